// StringTable: distinct strings kept back to back in one buffer, each under a dense id.
//
//   StringTable table;
//   auto [id, added] = table.insert("wood");     // id 0, added; "wood" again gives 0, not added
//   table.find("wood") == 0;  table.find("tree") == StringTable::kAbsent;  table.text(0) == "wood"
//
// Words counted or listed by the text layer are many and short. A node-based map of strings
// allocates a node (and often a string) for each new word and follows a pointer for each lookup;
// here a new word costs its bytes in one buffer and an id in an open-addressing table of slots.
// Strings are compared byte for byte: callers fold case themselves when they want it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace factdiff {

class StringTable {
 public:
  static constexpr std::size_t kAbsent = static_cast<std::size_t>(-1);

  // Room for `expected` strings before the table of slots grows.
  explicit StringTable(std::size_t expected = 0);

  // The id of `text` (ids count up from 0 in order of insertion), or kAbsent.
  std::size_t find(std::string_view text) const;
  // The id of `text`, added when it is new; `second` tells whether it was added.
  // The buffer holds at most 4 GiB of distinct strings: beyond, insert throws std::length_error.
  std::pair<std::size_t, bool> insert(std::string_view text);

  std::string_view text(std::size_t id) const {
    return std::string_view(buffer_).substr(entries_[id].offset, entries_[id].length);
  }
  std::size_t size() const { return entries_.size(); }
  // Reserves the buffer for strings of `bytes` in all.
  void reserve_bytes(std::size_t bytes) { buffer_.reserve(bytes); }

 private:
  struct Entry {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    std::uint32_t hash = 0;  // low bits of the string's hash: growing rehashes nothing, and a
                             // probe compares bytes only when these agree
  };
  // The slot that holds `text` (whose hash is `hash`), or the empty slot where it would go.
  std::size_t slot_of(std::string_view text, std::uint32_t hash) const;
  void grow();

  std::string buffer_;                // the strings, back to back
  std::vector<Entry> entries_;        // by id
  std::vector<std::uint32_t> slots_;  // id + 1, or 0 for an empty slot; size a power of two
};

}  // namespace factdiff
