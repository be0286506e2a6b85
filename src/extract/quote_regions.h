// Quote regions: where quoted words begin and end across the paragraphs of one document.
//
// Straight marks toggle; curly and angle marks open or close as the quote_marks lexicon says. A
// paragraph that ends inside a quote continues it when the next paragraph opens with a quote mark
// (the newspaper convention for a quote over several paragraphs); otherwise the quote ends with
// its paragraph and a warning says so. A paragraph whose only mark is a closing one (not
// straight) at its end lost its opening mark in scraping: it continues a quote left open before
// it, or else is a quote of its own from its first word. A straight mark glued to the last word
// of a paragraph opens nothing. Single quotes inside a quote are nested quotes: kept as
// part of the words.
//
//   std::vector<QuoteRegion> regions = find_quote_regions(paragraphs, lexicons, &warnings);
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "extract/entity_lexicons.h"
#include "extract/quote_text.h"

namespace factdiff {

// The quoted words of one paragraph: word indices [first_word, end_word).
struct QuotePiece {
  std::size_t paragraph = 0;
  std::size_t first_word = 0;
  std::size_t end_word = 0;
};

struct QuoteRegion {
  std::vector<QuotePiece> pieces;
  std::size_t open_paragraph = 0;
  std::size_t open_mark = 0;       // word index of the opening mark
  std::size_t close_paragraph = 0;
  std::size_t close_mark = 0;      // word index of the closing mark, when closed
  bool closed = false;
  bool opening_lost = false;       // no opening mark: the quote runs from the paragraph's start


  bool covers(std::size_t paragraph, std::size_t word) const;
};

std::vector<QuoteRegion> find_quote_regions(const std::vector<AttributionParagraph>& paragraphs,
                                            const AttributionLexicons& lexicons,
                                            std::vector<std::string>* warnings);

}  // namespace factdiff
