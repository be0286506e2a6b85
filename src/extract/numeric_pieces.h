// NumericPieces: a sentence cut into the small pieces numbers are read from.
//
// The text layer's tokens keep "27-year-old", "$1.2bn" and "2013-2014" whole, which is right
// for words but too coarse for figures; pieces split them into runs of letters, runs of digits
// (with their thousands separators and decimal point) and single punctuation marks, each with
// its own byte span, lower-cased. A token whose bytes are not ASCII is read from its normalized
// form and every piece of it keeps the whole token's span.
//
//   std::vector<Piece> pieces = split_into_pieces(document, sentence);
//   // "a 27-year-old" -> "a" "27" "-" "year" "-" "old"
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/span.h"
#include "text/analyzed_document.h"

namespace factdiff {

enum class PieceShape { kWord, kDigits, kPunct };

struct Piece {
  std::string text;        // lower case
  Span span;
  PieceShape shape = PieceShape::kWord;
  bool capitalized = false;  // first letter upper case in the original
  bool glued = false;        // no space between this piece and the one before
  bool all_caps = false;     // "US", "WWII"
};

// Pieces of every token of the sentence, in order.
std::vector<Piece> split_into_pieces(const Document& document, const Sentence& sentence);

// Whether `test` holds for the shape and lower-case text of some piece of the sentence, read
// in order without building the pieces (a sentence filter's second look).
bool any_piece(const Document& document, const Sentence& sentence,
               const std::function<bool(PieceShape, const std::string&)>& test);

}  // namespace factdiff
