// Span: a half-open byte range [start, end) into a document's original bytes.
//
// Every claim, entity mention, fact mention and finding points at the original text with spans,
// so any report can quote and highlight exactly what the source said.
//
//   Span span{12, 20};                  // from any two offsets
//   std::size_t length = span.size();
//
// Contract: offsets are held in 32 bits, so a document is below 4 GiB; the loader refuses a
// larger file (load_documents). A run holds a span in every claim, matched part, name mention
// and block, and at 16 bytes they were a large part of a run's memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>

namespace factdiff {

struct Span {
  // The largest offset a span can hold.
  static constexpr std::size_t kMaxOffset = std::numeric_limits<std::uint32_t>::max();

  std::uint32_t start = 0;
  std::uint32_t end = 0;

  constexpr Span() noexcept = default;
  constexpr Span(std::size_t start_offset, std::size_t end_offset) noexcept
      : start(static_cast<std::uint32_t>(start_offset)), end(static_cast<std::uint32_t>(end_offset)) {}

  std::size_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool contains(std::size_t offset) const { return offset >= start && offset < end; }
  bool contains(const Span& other) const { return other.start >= start && other.end <= end; }
  bool overlaps(const Span& other) const { return start < other.end && other.start < end; }
  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

}  // namespace factdiff
