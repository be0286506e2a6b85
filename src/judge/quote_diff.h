// Quote diff: a word-level comparison of two renderings of one quote, after folding.
//
// Words compare folded (case, accents, apostrophes, spelling variants); what is left is a list of
// added and dropped words, shown as "[-old-] {+new+}" hunks with a little context. A quote that
// joins two quotes is first cut down to the run of its sentences that best matches the other.
//
//   QuoteDiff diff = diff_words(split_words(a, {}), split_words(b, {}));
//   diff.added == {"but"}; diff.text == "{+But+} we're not engaged"
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "align/word_sequence.h"

namespace factdiff {

struct QuoteDiff {
  std::vector<std::string> dropped;          // surface words of `from` missing from `to`
  std::vector<std::string> added;            // surface words of `to` missing from `from`
  std::vector<bool> dropped_opens_sentence;  // parallel to dropped: the word starts a sentence
  std::vector<bool> added_opens_sentence;
  std::string text;                          // hunks with two words of context, " ... " between
  std::size_t changed() const { return dropped.size() + added.size(); }
};

// Word-level diff of `from` -> `to` (longest common subsequence of folded words).
QuoteDiff diff_words(const WordSequence& from, const WordSequence& to);

// The contiguous run of sentences of `longer` that best matches `anchor` (most common words,
// fewest extra words); `longer` itself when it has one sentence.
WordSequence best_window(const WordSequence& longer, const WordSequence& anchor);

// True when both have the same folded words but are written differently inside the quote
// (punctuation between words, case, spelling); the punctuation after the last word is ignored.
bool differs_in_form(const WordSequence& a, const WordSequence& b);

}  // namespace factdiff
