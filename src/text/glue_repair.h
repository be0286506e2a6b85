// Glue repair: words run together by scraping ("Hollandetold", "ISISfollowing", "inwhich").
//
// A word token that occurs nowhere else in the documents checked together and is not an English
// word is split into two to four pieces, each an English word or a token seen elsewhere, at the
// cheapest boundaries (fewest pieces, boundaries at a change of case preferred). Names and typos
// must survive ("Henwood" is not "Hen wood", "morther" not "mort her"), so a split is kept only
// when every piece is plausible and the token shows evidence of glue:
// - a piece of one or two letters is a lower-case function word ("in", "a"); a lower-case piece
//   is seen elsewhere or is a dictionary word of five letters or more; a capitalized piece is seen
//   elsewhere as written, unless next to a function word ("theWhite");
// - evidence: a boundary at a change of case ("thatEuropean", "ISISfollowing"); for a
//   lower-case token, a function word among the pieces ("runand"); for a capitalized token, a
//   first piece seen elsewhere as written that is not a common word, followed by pieces seen
//   elsewhere ("Hollandecalled").
//
//   TokenCounts counts;  counts.add(token_text, &token.norm) for every token of every document
//   std::optional<GlueRepair> repair = repair_glued_token(doc.bytes, token, counts, words);
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/analyzed_document.h"
#include "text/string_table.h"
#include "text/word_list.h"

namespace factdiff {

// How often each token occurs across the documents checked together.
class TokenCounts {
 public:
  // Counts one more of `text` and of its normalized form (Token::norm), which `norm` gives when
  // it is at hand. A text seen before is counted under the norm it first came with, so the norm
  // of a text is needed (and made, when not given) only the first time: a reader may count
  // tokens without making them.
  void add(std::string_view text, const std::string* norm = nullptr);
  std::size_t by_norm(const std::string& norm) const;      // case-folded
  std::size_t exact(std::string_view text) const;          // as written

 private:
  // Every token of a run is counted: tables of the run's words, so that a word seen before costs
  // one lookup (its norm's id is remembered with it) and a new one its bytes in a buffer, where
  // maps of strings cost two lookups and a node and a string for each new word.
  // Room for the words of a run of a few dozen reports before the tables grow.
  static constexpr std::size_t kExpectedWords = 4096;
  StringTable exact_words_{kExpectedWords};
  std::vector<std::size_t> exact_counts_;   // by id of exact_words_
  std::vector<std::size_t> norm_of_exact_;  // by id of exact_words_: id of its norm in norm_words_
  StringTable norm_words_{kExpectedWords};
  std::vector<std::size_t> norm_counts_;    // by id of norm_words_
  std::string norm_buffer_;                 // the norm of a new text, made by add(text)
};

// The repair of one token, or nullopt when it is not glued (or no good split exists).
std::optional<GlueRepair> repair_glued_token(std::string_view text, const Token& token,
                                             const TokenCounts& counts, const WordList& words);

}  // namespace factdiff
