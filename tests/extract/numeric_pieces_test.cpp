// split_into_pieces: tokens cut into runs of letters, runs of digits and single marks, with
// their spans, lower-cased; a token that is not ASCII is read from its normalized form.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <fmt/format.h>

#include "extract/numeric_pieces.h"

namespace factdiff {
namespace {

// One line a piece: text, span, shape and flags ("27 [2,4) digits glued").
std::vector<std::string> dump(const Document& document, const Sentence& sentence) {
  SentencePieces cut;
  split_into_pieces(document, sentence, cut);
  std::vector<std::string> lines;
  for (const Piece& piece : cut.pieces) {
    const char* shape = piece.shape == PieceShape::kDigits ? "digits"
                        : piece.shape == PieceShape::kWord ? "word"
                                                           : "punct";
    std::string line = fmt::format("{} [{},{}) {}", piece.text, piece.span.start, piece.span.end, shape);
    if (piece.capitalized) line += " capitalized";
    if (piece.all_caps) line += " all_caps";
    if (piece.glued) line += " glued";
    lines.push_back(line);
  }
  return lines;
}

Token token(std::size_t start, std::size_t end, std::string norm) {
  Token made;
  made.span = {start, end};
  made.norm = std::move(norm);
  return made;
}

TEST_CASE("ASCII tokens are cut into lower-case pieces with their own spans", "[numeric]") {
  Document document;
  document.bytes = "A 27-year-old US$1.2bn, WWII.";
  Sentence sentence;
  sentence.span = {0, document.bytes.size()};
  sentence.tokens = {token(0, 1, "a"), token(2, 13, "27-year-old"), token(14, 22, "us$1.2bn"),
                     token(22, 23, ","), token(24, 28, "wwii"), token(28, 29, ".")};
  CHECK(dump(document, sentence) ==
        std::vector<std::string>{"a [0,1) word capitalized",
                                 "27 [2,4) digits",
                                 "- [4,5) punct glued",
                                 "year [5,9) word glued",
                                 "- [9,10) punct glued",
                                 "old [10,13) word glued",
                                 "us [14,16) word capitalized all_caps",
                                 "$ [16,17) punct glued",
                                 "1.2 [17,20) digits glued",
                                 "bn [20,22) word glued",
                                 ", [22,23) punct glued",
                                 "wwii [24,28) word capitalized all_caps",
                                 ". [28,29) punct glued"});
}

TEST_CASE("a token that is not ASCII is cut from its normalized form, every piece on its span", "[numeric]") {
  Document document;
  document.bytes = "Zoë 12\xE2\x80\x91" "15";  // a non-breaking hyphen between the figures
  Sentence sentence;
  sentence.span = {0, document.bytes.size()};
  sentence.tokens = {token(0, 4, "zoe"), token(5, 12, "12-15")};
  CHECK(dump(document, sentence) ==
        std::vector<std::string>{"zoe [0,4) word capitalized",
                                 "12 [5,12) digits",
                                 "- [5,12) punct glued",
                                 "15 [5,12) digits glued"});
}

}  // namespace
}  // namespace factdiff
