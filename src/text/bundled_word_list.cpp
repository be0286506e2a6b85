#include "text/bundled_word_list.h"

namespace factdiff {

const Result<std::shared_ptr<const WordList>>& bundled_word_list() {
  static const Result<std::shared_ptr<const WordList>> words = WordList::load(FACTDIFF_DEFAULT_WORDLIST);
  return words;
}

}  // namespace factdiff
