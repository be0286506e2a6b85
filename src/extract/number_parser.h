// Number parser: reads one figure from a sentence's pieces, as written in any form.
//
// Digits with thousands separators and decimals (129, 5,000, 2.5), with a scale (2.5 million,
// 1.2bn), spelled-out numbers in any case (Seventeen, twenty-five, one hundred and twenty),
// multiples (two dozen, a dozen, a hundred), fractions (half, a third, two and a half) and vague
// amounts from the lexicon (dozens of, hundreds of thousands of, a couple of). The result is an
// interval: exact figures have low == high, vague amounts a range.
//
//   std::optional<ParsedNumber> number = parse_number(pieces, 3, lexicons);
//   if (number) use(number->low, number->high, number->end);   // end: one past the last piece
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/numeric_lexicons.h"
#include "extract/numeric_phrase_map.h"
#include "extract/numeric_pieces.h"

namespace factdiff {

enum class NumberForm { kDigits, kWords, kVague, kFraction };

struct ParsedNumber {
  double low = 0;
  double high = 0;
  std::size_t begin = 0;  // first piece
  std::size_t end = 0;    // one past the last piece
  NumberForm form = NumberForm::kDigits;
  bool has_article = false;  // "a dozen", "a third": starts with a/an
  bool integer = true;       // whole number (no decimals, no fraction)
  // The lexicon that gave its words, for --explain: a name written in the code, not a string
  // built for each figure read (most are read and dropped).
  std::string_view lexicon;
};

// The figure starting exactly at pieces[at], or nothing. The pieces' word flags must be set
// (Piece::word_flags, from `lexicons`): the lexicons are asked only of words their flags name.
std::optional<ParsedNumber> parse_number(const std::vector<Piece>& pieces, std::size_t at,
                                         const NumericLexicons& lexicons);

// The value of a digit run ("5,000" -> 5000, "2.5" -> 2.5); nothing when its thousands
// separators are misplaced ("1,23").
std::optional<double> parse_digits(std::string_view digits);

// Longest phrase of `phrases` made of the words starting at pieces[at]; returns how many pieces
// it spans (0 when none) and sets *key. A punctuation piece ends the words read. Every longer
// phrase goes on from a shorter one, so the walk stops at the first words no phrase goes on
// from; the first word is looked up as it stands, with no string built, since most words and
// figures start no phrase at all.
template <typename Value>
std::size_t match_phrase(const std::vector<Piece>& pieces, std::size_t at,
                         const PhraseMap<Value>& phrases, std::string* key,
                         std::size_t max_words = 5) {
  if (at >= pieces.size() || pieces[at].shape == PieceShape::kPunct || max_words == 0) return 0;
  const std::string_view first = pieces[at].text;
  std::size_t best = 0;
  if (phrases.count(first)) {
    best = 1;
    if (key) *key = first;
  }
  if (!phrases.continues(first)) return best;
  std::string joined(first);
  for (std::size_t j = at + 1, words = 1; j < pieces.size() && words < max_words; ++j, ++words) {
    if (pieces[j].shape == PieceShape::kPunct) break;
    joined.push_back(' ');
    joined += pieces[j].text;
    if (phrases.count(joined)) {
      best = j + 1 - at;
      if (key) *key = joined;
    }
    if (!phrases.continues(joined)) break;
  }
  return best;
}

}  // namespace factdiff
