// Calendar reader: dates and clock times in a sentence, as claims of kind date and time.
//
// Dates: "Nov. 13, 2015", "13 November 2015", "November 2016", "in September", "2013-2014",
// "in 2013", "Friday", "Friday's", "last month", "this year", "yesterday", each resolved to the
// first and last day meant (days since 1970-01-01), relative ones against the publication date.
// Times: "1:30 a.m.", "10 p.m.", "midday", as seconds since midnight.
//
//   std::optional<NumericMention> date = read_calendar(sentence, at);   // starts at pieces[at]
#pragma once

#include <optional>

#include "extract/numeric_mention.h"
#include "extract/numeric_sentence.h"

namespace factdiff {

// A date or time starting exactly at pieces[at], or nothing.
std::optional<NumericMention> read_calendar(const NumericSentence& sentence, std::size_t at);

// True when pieces[at] is a year (1900-2100 written as four plain digits).
bool is_year_at(const NumericSentence& sentence, std::size_t at);

}  // namespace factdiff
