// Span: a half-open byte range [start, end) into a document's original bytes.
//
// Every claim, entity mention, fact mention and finding points at the original text with spans,
// so any report can quote and highlight exactly what the source said.
#pragma once

#include <cstddef>

namespace factdiff {

struct Span {
  std::size_t start = 0;
  std::size_t end = 0;

  std::size_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool contains(std::size_t offset) const { return offset >= start && offset < end; }
  bool contains(const Span& other) const { return other.start >= start && other.end <= end; }
  bool overlaps(const Span& other) const { return start < other.end && other.start < end; }
  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

}  // namespace factdiff
