// Sentence splitter: sentence spans inside one block of original text.
//
// A period ends a sentence unless it closes an abbreviation (Abbreviations), an initial
// ("J. Smith") or an ellipsis followed by lower case; closing quotes after the final
// punctuation belong to the sentence they close ('war." He said' splits after the quote). The
// block's end always ends a sentence: headlines and captions without a final period are never
// merged with what follows. Leading bullets and spaces are left out of the span.
//
//   std::vector<Span> sentences = split_sentences(doc.bytes, block.span, abbreviations);
#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"
#include "text/abbreviations.h"

namespace factdiff {

// Sentence spans (absolute offsets into `text`) covering the non-space content of `block`.
std::vector<Span> split_sentences(std::string_view text, Span block,
                                  const Abbreviations& abbreviations);

}  // namespace factdiff
