#include "core/document.h"

#include <algorithm>

#include "core/utf8.h"

namespace factdiff {

std::string_view Document::view(Span span) const {
  const std::size_t start = std::min<std::size_t>(span.start, bytes.size());
  const std::size_t end = std::clamp<std::size_t>(span.end, start, bytes.size());
  return std::string_view(bytes).substr(start, end - start);
}

std::string Document::text_of(Span span) const { return decode_lossy(view(span)); }

std::pair<std::size_t, std::size_t> Document::line_column(std::size_t offset) const {
  offset = std::min(offset, bytes.size());
  const auto begin = bytes.begin();
  const std::size_t line = 1 + static_cast<std::size_t>(std::count(begin, begin + offset, '\n'));
  const std::size_t line_start = bytes.rfind('\n', offset == 0 ? 0 : offset - 1);
  const std::size_t column =
      (line_start == std::string::npos || offset == 0) ? offset + 1 : offset - line_start;
  return {line, column};
}

}  // namespace factdiff
