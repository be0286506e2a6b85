// NumericPieces: a sentence cut into the small pieces numbers are read from.
//
// The text layer's tokens keep "27-year-old", "$1.2bn" and "2013-2014" whole, which is right
// for words but too coarse for figures; pieces split them into runs of letters, runs of digits
// (with their thousands separators and decimal point) and single punctuation marks, each with
// its own byte span, lower-cased. A token whose bytes are not ASCII is read from its normalized
// form and every piece of it keeps the whole token's span.
//
// A piece's text is a view, not a string of its own: of the document's bytes when they are
// already lower case (most pieces), of the token's normalized form, or of the lower-cased copy
// the SentencePieces keep. Cutting one sentence after another into the same SentencePieces
// reuses their storage.
//
//   SentencePieces cut;
//   split_into_pieces(document, sentence, cut);
//   // "a 27-year-old" -> "a" "27" "-" "year" "-" "old"
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/span.h"
#include "text/analyzed_document.h"

namespace factdiff {

enum class PieceShape : std::uint8_t { kWord, kDigits, kPunct };

struct Piece {
  std::string_view text;   // lower case; see SentencePieces for what it views
  Span span;
  PieceShape shape = PieceShape::kWord;
  bool capitalized = false;  // first letter upper case in the original
  bool glued = false;        // no space between this piece and the one before
  bool all_caps = false;     // "US", "WWII"
  // The NumericLexicons flags of its text (word classes, triggers), set by the extractor once
  // the sentence is cut: 0 until then.
  unsigned word_flags = 0;
};

// The pieces of one sentence and the lower-cased copies some of their texts view.
struct SentencePieces {
  std::vector<Piece> pieces;
  std::string lowered;  // never grows past the capacity reserved for a sentence: views stay put
};

// Pieces of every token of the sentence, in order, into `out` (its earlier pieces dropped). The
// pieces' texts stay valid while `document`, `sentence` and `out` live, until the next split
// into `out`.
void split_into_pieces(const Document& document, const Sentence& sentence, SentencePieces& out);

// Whether `test` holds for the shape and lower-case text of some piece of the sentence, read
// in order without building the pieces (a sentence filter's second look); the text it is given
// lives for the call only.
bool any_piece(const Document& document, const Sentence& sentence,
               const std::function<bool(PieceShape, std::string_view)>& test);

}  // namespace factdiff
