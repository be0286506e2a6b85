// WordSequence: the words of a quote or sentence, folded for comparison, kept as written for diffs.
//
// Folding applies NFKC, case folding and accent stripping, unifies apostrophes, joins
// hyphenated words ("co-ordinated" = "coordinated") and digit groups ("5,000" = "5000"), and maps
// spelling variants to one form ("civilisations" -> "civilizations"). Sentence breaks inside the
// text are kept as segment numbers, so a quote that joins two quotes can be cut back into them.
//
//   WordSequence words = split_words("France is at war. But we're not...", variants);
//   words.folded[0] == "france"; words.segment[4] == 1   // "but" opens the second sentence
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace factdiff {

// Spelling variant -> the form both spellings compare as.
using SpellingVariants = std::unordered_map<std::string, std::string>;

struct WordSequence {
  std::vector<std::string> folded;   // compared
  std::vector<std::string> surface;  // as written, punctuation that follows a word excluded
  std::vector<std::size_t> segment;  // 0-based sentence number inside the text, per word
  std::vector<std::string> trailing; // punctuation written right after each word (",", ".")

  std::size_t size() const { return folded.size(); }
  std::size_t segment_count() const { return segment.empty() ? 0 : segment.back() + 1; }
};

// Case- and accent-folded form of one word (NFKC, case fold, marks stripped).
std::string fold_word(std::string_view word);

// Splits text into words; invalid UTF-8 is read as U+FFFD. `variants` may be empty.
WordSequence split_words(std::string_view text, const SpellingVariants& variants);

// The folded words of a short text joined by single spaces ("Sheriff Paul  Bailey" ->
// "sheriff paul bailey"): names compared as wholes.
std::string folded_words(std::string_view text);

}  // namespace factdiff
