// Tokenizer: word, number, punctuation and symbol tokens with original byte offsets.
//
// Numbers keep their separators and sign (5,000; -11.5; 2:02); hyphenated compounds stay whole
// (27-year-old, U.S.-led, co-ordinated); dotted abbreviations keep their dots (U.S., a.m., Mr.);
// a number glued to a unit splits ($1.2bn -> $ 1.2 bn), ordinals do not (3rd). Token.norm is the
// normalized form (normalizer.h).
//
//   std::vector<Token> tokens = tokenize(doc.bytes, sentence.span, abbreviations);
//   token_spans(doc.bytes, sentence.span, abbreviations, spans);  // the same tokens' spans only
#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"
#include "text/abbreviations.h"
#include "text/analyzed_document.h"

namespace factdiff {

// Tokens of text[span], in order, with absolute offsets.
std::vector<Token> tokenize(std::string_view text, Span span, const Abbreviations& abbreviations);

// The spans of the tokens tokenize gives for text[span], in order, into `spans` (cleared
// first): for a reader that needs only the tokens' bytes, without their norms and shapes.
void token_spans(std::string_view text, Span span, const Abbreviations& abbreviations, std::vector<Span>& spans);

// A token for text[span] with its norm, shape and capitalization filled in.
Token make_token(std::string_view text, Span span);

}  // namespace factdiff
