// TermLists: many short lists of ids, back to back in one array, each list a range of it.
//
// Every claim of a run holds a list of context terms. A vector per claim cost a pointer triple,
// an allocation and its slack each; and the claims of one sentence often read the same list,
// which a list may then share with an earlier one instead of storing it again.
//
//   TermLists lists;
//   const std::size_t first = lists.add(std::vector<std::uint32_t>{3, 7, 9});
//   lists.add_shared(first);                         // a second list, the same ids
//   std::span<const std::uint32_t> terms = lists[1];  // {3, 7, 9}
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace factdiff {

class TermLists {
 public:
  // Appends a copy of `ids` as a new list; returns the list's index.
  std::size_t add(std::span<const std::uint32_t> ids) {
    const auto start = static_cast<std::uint32_t>(ids_.size());
    ids_.insert(ids_.end(), ids.begin(), ids.end());
    ranges_.push_back({start, static_cast<std::uint32_t>(ids_.size())});
    return ranges_.size() - 1;
  }
  // Appends a list that shares the ids of list `index`; returns the new list's index.
  std::size_t add_shared(std::size_t index) {
    ranges_.push_back(ranges_[index]);
    return ranges_.size() - 1;
  }
  // The ids of list `index` (valid until the next add).
  std::span<const std::uint32_t> operator[](std::size_t index) const {
    const Range range = ranges_[index];
    return std::span<const std::uint32_t>(ids_.data() + range.start, range.end - range.start);
  }
  std::size_t size() const { return ranges_.size(); }

 private:
  struct Range {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
  };
  std::vector<std::uint32_t> ids_;
  std::vector<Range> ranges_;
};

}  // namespace factdiff
