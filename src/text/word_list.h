// WordList: the English words glue repair must never split, and may split into.
//
//   Result<std::shared_ptr<const WordList>> words = WordList::load("/usr/share/dict/words");
//   bool known = words.value()->contains("nightclub");   // case-insensitive
//
// Loaded once from a plain word list (one word a line, such as Debian's wamerican);
// possessive forms ("France's") are dropped and words are stored case-folded; entries written
// in lower case are also remembered as common words (names are capitalized in such lists).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "text/string_table.h"

namespace factdiff {

class WordList {
 public:
  static Result<std::shared_ptr<const WordList>> load(const std::string& path);
  static std::shared_ptr<const WordList> from_words(const std::vector<std::string>& words);

  bool contains(std::string_view word) const;  // case-insensitive, ASCII folding
  // Written in lower case in the list ("wood", not only "Wood"): a common word, not just a name.
  bool is_common_word(std::string_view word) const;
  std::size_t size() const { return words_.size(); }

 private:
  // The list is loaded at every start: one table of folded words (StringTable) loads in a few
  // milliseconds, where a node-based set of 100,000 strings took tens of milliseconds to build
  // and again to free.
  static std::shared_ptr<const WordList> build(const std::vector<std::string_view>& words);
  void add(std::string_view word);

  StringTable words_;                // folded
  std::vector<bool> common_;         // by id of words_: written all in lower case in the list
};

}  // namespace factdiff
