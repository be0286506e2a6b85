#include "report/excerpt.h"

#include <algorithm>

#include "core/utf8.h"

namespace factdiff {
namespace {

constexpr std::string_view kEllipsis = "\u2026";

bool is_continuation_byte(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

bool is_space_byte(char byte) { return byte == ' ' || byte == '\n' || byte == '\t' || byte == '\r'; }

bool is_unsafe(char32_t code_point) {
  return code_point < 0x20 || (code_point >= 0x7F && code_point <= 0x9F) ||
         (code_point >= 0x202A && code_point <= 0x202E) ||
         (code_point >= 0x2066 && code_point <= 0x2069);
}

bool is_white_space(char32_t code_point) {
  return code_point == ' ' || code_point == '\t' || code_point == '\n' || code_point == '\r' ||
         code_point == 0xA0 || code_point == 0x2028 || code_point == 0x2029;
}

}  // namespace

std::string one_line(std::string_view bytes) {
  const std::string decoded = decode_lossy(bytes);
  std::string out;
  out.reserve(decoded.size());
  bool pending_space = false;
  for (std::size_t offset = 0; offset < decoded.size();) {
    const std::size_t length = std::max<std::size_t>(1, utf8_sequence_length(decoded, offset));
    const char32_t code_point = utf8_decode_at(decoded, offset, length);
    if (is_white_space(code_point)) {
      pending_space = true;
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      if (is_unsafe(code_point)) {
        append_utf8(out, 0xFFFD);
      } else {
        out.append(decoded, offset, length);
      }
    }
    offset += length;
  }
  if (pending_space) out += ' ';
  return out;
}

std::string shorten(const std::string& text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t cut = max_bytes;
  while (cut > 0 && is_continuation_byte(text[cut])) --cut;
  return text.substr(0, cut) + std::string(kEllipsis);
}

Excerpt excerpt_around(const Document& document, Span span, Span limit, std::size_t context) {
  const std::string_view bytes = document.bytes;
  span.end = std::min<std::size_t>(span.end, bytes.size());
  span.start = std::min(span.start, span.end);
  if (limit.empty() || !limit.contains(span)) limit = Span{0, bytes.size()};
  limit.end = std::min<std::size_t>(limit.end, bytes.size());

  // Context before: start `context` bytes back, then move forward to a word start.
  std::size_t from = span.start - std::min<std::size_t>(context, span.start - limit.start);
  const bool cut_before = from > limit.start;
  if (cut_before) {
    while (from < span.start && !is_space_byte(bytes[from - 1])) ++from;
  }
  // Context after: stop `context` bytes on, then move back to a word end.
  std::size_t to = span.end + std::min<std::size_t>(context, limit.end - span.end);
  const bool cut_after = to < limit.end;
  if (cut_after) {
    while (to > span.end && !is_space_byte(bytes[to])) --to;
  }

  Excerpt excerpt;
  excerpt.before = one_line(bytes.substr(from, span.start - from));
  excerpt.claim = one_line(bytes.substr(span.start, span.size()));
  excerpt.after = one_line(bytes.substr(span.end, to - span.end));
  // Leading white space of the sentence says nothing; trailing white space neither.
  if (!cut_before) excerpt.before.erase(0, excerpt.before.find_first_not_of(' ') == std::string::npos
                                               ? excerpt.before.size()
                                               : excerpt.before.find_first_not_of(' '));
  if (!cut_after) {
    while (!excerpt.after.empty() && excerpt.after.back() == ' ') excerpt.after.pop_back();
  }
  if (cut_before) excerpt.before = std::string(kEllipsis) + excerpt.before;
  if (cut_after) excerpt.after += kEllipsis;
  return excerpt;
}

}  // namespace factdiff
