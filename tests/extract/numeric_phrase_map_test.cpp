// PhraseMap and match_phrase: the longest phrase of a lexicon at a piece, read word by word.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/number_parser.h"
#include "extract/numeric_phrase_map.h"

namespace factdiff {
namespace {

std::vector<Piece> pieces_of(const std::vector<std::string>& texts) {
  std::vector<Piece> pieces;
  for (const std::string& text : texts) {
    Piece piece;
    piece.text = text;
    const bool digits = !text.empty() && text[0] >= '0' && text[0] <= '9';
    const bool letters = !text.empty() && text[0] >= 'a' && text[0] <= 'z';
    piece.shape = digits ? PieceShape::kDigits : (letters ? PieceShape::kWord : PieceShape::kPunct);
    pieces.push_back(piece);
  }
  return pieces;
}

PhraseMap<int> amounts() {
  PhraseMap<int> map;
  map["dozens"] = 1;
  map["dozens of"] = 2;
  map["hundreds of thousands of"] = 3;
  map["at least"] = 4;
  return map;
}

TEST_CASE("a phrase map holds its phrases and knows which first words go on", "[numeric]") {
  const PhraseMap<int> map = amounts();
  CHECK(map.size() == 4);
  CHECK(map.count("dozens of") == 1);
  CHECK(map.at("hundreds of thousands of") == 3);
  CHECK(map.find("hundreds") == nullptr);
  CHECK_THROWS_AS(map.at("hundreds"), std::out_of_range);
  CHECK(map.continues("dozens"));
  CHECK(map.continues("hundreds"));
  CHECK(map.continues("hundreds of thousands"));
  CHECK_FALSE(map.continues("dozens of"));                 // a whole phrase, no longer one after it
  CHECK_FALSE(map.continues("hundreds of thousands of"));
  CHECK_FALSE(map.continues("at least"));
  CHECK_FALSE(map.continues("hun"));                       // words, not letters, go on
}

TEST_CASE("match_phrase finds the longest phrase at a piece, word by word", "[numeric]") {
  const PhraseMap<int> map = amounts();
  struct Case {
    std::vector<std::string> words;
    std::size_t at;
    std::size_t max_words;
    std::size_t length;
    std::string key;
  };
  const Case cases[] = {
      {{"dozens", "of", "people"}, 0, 5, 2, "dozens of"},
      {{"dozens", "were", "hurt"}, 0, 5, 1, "dozens"},
      {{"dozens", "of", "people"}, 0, 1, 1, "dozens"},          // no more words than allowed
      {{"hundreds", "of", "thousands", "of", "people"}, 0, 5, 4, "hundreds of thousands of"},
      {{"hundreds", "of", "thousands", "of"}, 0, 3, 0, ""},
      {{"hundreds", "of", "people"}, 0, 5, 0, ""},             // a start of a phrase alone is none
      {{"killed", "at", "least", "5"}, 1, 4, 2, "at least"},
      {{"at", ",", "least"}, 0, 4, 0, ""},                     // punctuation ends the words read
      {{"5", "people"}, 0, 5, 0, ""},
      {{"dozens"}, 1, 5, 0, ""},                               // past the end
  };
  for (const Case& test : cases) {
    INFO(test.words.size() << " words from " << test.at);
    std::string key;
    CHECK(match_phrase(pieces_of(test.words), test.at, map, &key, test.max_words) == test.length);
    CHECK(key == test.key);
  }
}

}  // namespace
}  // namespace factdiff
