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
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "extract/numeric_lexicons.h"
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
  std::string lexicon;       // the lexicon that gave its words, for --explain
};

// The figure starting exactly at pieces[at], or nothing.
std::optional<ParsedNumber> parse_number(const std::vector<Piece>& pieces, std::size_t at,
                                         const NumericLexicons& lexicons);

// The value of a digit run ("5,000" -> 5000, "2.5" -> 2.5); nothing when its thousands
// separators are misplaced ("1,23").
std::optional<double> parse_digits(std::string_view digits);

// Whether `phrases` holds `joined` (*found) and whether it may hold a longer key that starts
// with it. Only a sorted map can tell the second cheaply (its keys that start with `joined`
// follow it in order); any other map answers that it may.
template <typename Map, typename = void>
struct IsSortedStringMap : std::false_type {};
template <typename Map>
struct IsSortedStringMap<Map, std::void_t<typename Map::key_compare>>
    : std::is_same<typename Map::key_compare, std::less<std::string>> {};

template <typename Map>
bool may_extend_phrase(const Map& phrases, const std::string& joined, bool* found) {
  if constexpr (IsSortedStringMap<Map>::value) {
    auto it = phrases.lower_bound(joined);
    *found = it != phrases.end() && it->first == joined;
    if (*found) ++it;
    return it != phrases.end() && it->first.compare(0, joined.size(), joined) == 0;
  } else {
    *found = phrases.find(joined) != phrases.end();
    return true;
  }
}

// Longest key of `phrases` made of the words starting at pieces[at]; returns how many pieces
// it spans (0 when none) and sets *key. Hyphens between words are skipped ("twenty-five").
// Every longer phrase starts with the shorter one, so a sorted map stops the walk as soon as
// no key starts with the words read: most figures and words start no phrase at all.
template <typename Map>
std::size_t match_phrase(const std::vector<Piece>& pieces, std::size_t at, const Map& phrases,
                         std::string* key, std::size_t max_words = 5) {
  std::string joined;
  std::size_t best = 0;
  std::size_t words = 0;
  for (std::size_t j = at; j < pieces.size() && words < max_words; ++j) {
    if (pieces[j].shape == PieceShape::kPunct) break;
    if (!joined.empty()) joined.push_back(' ');
    joined += pieces[j].text;
    ++words;
    bool found = false;
    const bool may_extend = may_extend_phrase(phrases, joined, &found);
    if (found) {
      best = j + 1 - at;
      if (key) *key = joined;
    }
    if (!may_extend) break;
  }
  return best;
}

}  // namespace factdiff
