// Figure reader: one number in a sentence and what it is about.
//
// Around the number (see number_parser.h) it reads the qualifier ("nearly", "at least", "or
// more"), a range ("between 20 and 30", "15 to 20"), a currency or percent sign, the unit or
// head noun ("168 raids", "48-hour", "a 27-year-old"), a part and its whole ("five of the
// seven"), the predicate verb with negation ("killed 129", "Around 137 have died") and, for ages,
// the person. Numbers that name things (G20, Route 66, "No. 1", ordinals) give nothing.
//
//   std::optional<NumericMention> figure = read_figure(sentence, at);   // starts at pieces[at]
#pragma once

#include <optional>

#include "extract/numeric_mention.h"
#include "extract/numeric_sentence.h"

namespace factdiff {

// The figure whose qualifier, currency sign or number starts at pieces[at], or nothing.
std::optional<NumericMention> read_figure(const NumericSentence& sentence, std::size_t at);

}  // namespace factdiff
