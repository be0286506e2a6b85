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
//   TokenCounts counts;  counts.add(token_text, token.norm) for every token of every document
//   std::optional<GlueRepair> repair = repair_glued_token(doc.bytes, token, counts, words);
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "text/analyzed_document.h"
#include "text/word_list.h"

namespace factdiff {

// How often each token occurs across the documents checked together.
class TokenCounts {
 public:
  void add(std::string_view text, const std::string& norm);
  std::size_t by_norm(const std::string& norm) const;      // case-folded
  std::size_t exact(std::string_view text) const;          // as written

 private:
  // Looked up by string_view, so that counting every token of a run copies only new words.
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  using CountMap = std::unordered_map<std::string, std::size_t, TextHash, std::equal_to<>>;
  CountMap by_norm_;
  CountMap exact_;
};

// The repair of one token, or nullopt when it is not glued (or no good split exists).
std::optional<GlueRepair> repair_glued_token(std::string_view text, const Token& token,
                                             const TokenCounts& counts, const WordList& words);

}  // namespace factdiff
