// WordList: the English words glue repair must never split, and may split into.
//
//   Result<std::shared_ptr<const WordList>> words = WordList::load("/usr/share/dict/words");
//   bool known = words.value()->contains("nightclub");   // case-insensitive
//
// Loaded once from a plain word list (one word a line, such as Debian's wamerican);
// possessive forms ("France's") are dropped and words are stored case-folded; entries written
// in lower case are also remembered as common words (names are capitalized in such lists).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace factdiff {

class WordList {
 public:
  static Result<std::shared_ptr<const WordList>> load(const std::string& path);
  static std::shared_ptr<const WordList> from_words(const std::vector<std::string>& words);

  bool contains(std::string_view word) const;  // case-insensitive, ASCII folding
  // Written in lower case in the list ("wood", not only "Wood"): a common word, not just a name.
  bool is_common_word(std::string_view word) const;
  std::size_t size() const { return entries_.size(); }

 private:
  // The list is loaded at every start: one buffer of folded words and an open-addressing table
  // of entry numbers load in a few milliseconds, where a node-based set of 100,000 strings took
  // tens of milliseconds to build and again to free.
  struct Entry {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    bool common = false;  // written all in lower case in the list
  };
  static std::shared_ptr<const WordList> build(const std::vector<std::string_view>& words);
  void add(std::string_view word);
  const Entry* find(std::string_view folded) const;
  std::string_view text_of(const Entry& entry) const { return std::string_view(buffer_).substr(entry.offset, entry.length); }

  std::string buffer_;                // folded words, back to back
  std::vector<Entry> entries_;
  std::vector<std::uint32_t> slots_;  // entry number + 1, or 0 for an empty slot; size a power of two
};

}  // namespace factdiff
