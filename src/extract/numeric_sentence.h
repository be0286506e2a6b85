// NumericSentence: what the readers of figures, dates and times share about one sentence.
//
//   NumericSentence sentence{document, pieces, lexicons, today, title_case};
//   std::optional<NumericMention> date = read_calendar(sentence, 4);
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "extract/numeric_lexicons.h"
#include "extract/numeric_pieces.h"

namespace factdiff {

struct NumericSentence {
  const Document& document;
  const std::vector<Piece>& pieces;
  const NumericLexicons& lexicons;
  std::optional<long> today;  // publication day, days since 1970-01-01
  bool title_case = false;    // a headline in title case: capitals say nothing about names

  std::size_t size() const { return pieces.size(); }
  bool is(std::size_t at, std::string_view text) const {
    return at < pieces.size() && pieces[at].text == text;
  }
  bool is_digits(std::size_t at) const {
    return at < pieces.size() && pieces[at].shape == PieceShape::kDigits;
  }
  bool is_word(std::size_t at) const {
    return at < pieces.size() && pieces[at].shape == PieceShape::kWord;
  }
  bool glued(std::size_t at) const { return at < pieces.size() && pieces[at].glued; }
  // Whether the piece at `at` is in one of the word classes `flags` (NumericLexicons::k...).
  bool has(std::size_t at, unsigned flags) const {
    return at < pieces.size() && (pieces[at].word_flags & flags) != 0;
  }
  // NumericLexicons::verb_lemma of the piece at `at`, asked only when its flags leave it
  // possibly a verb form (most pieces are not, and the answer is then empty).
  std::string verb_lemma(std::size_t at) const {
    const Piece& piece = pieces[at];
    if (!NumericLexicons::may_be_verb_form(piece.text, piece.word_flags)) return {};
    return lexicons.verb_lemma(piece.text);
  }
};

}  // namespace factdiff
