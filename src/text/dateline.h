// Dateline: the publication date a report states about itself, as ISO 8601.
//
// Only a line that is nothing but a date (and time), or a byline-like "Published/Updated: DATE"
// line, counts: a date inside a sentence or a photo caption ("... in Paris, Friday Nov. 13,
// 2015. (AP Photo)") is about the event, not the publication.
//
//   std::optional<std::string> date = find_dateline(bytes);   // "2015-11-17T16:01"
//   std::optional<std::string> iso = parse_date_text("Nov. 13, 2015");   // "2015-11-13"
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace factdiff {

// The first standalone date line of the text (lines of at most 80 bytes), as "YYYY-MM-DD" or
// "YYYY-MM-DDTHH:MM". Nullopt when there is none.
std::optional<std::string> find_dateline(std::string_view text);

// A whole text that is a date, optionally with a time ("November 17 2015, 16:01",
// "2015-11-16", "Mon, Nov. 16, 2015 4:01 PM"), as ISO 8601; nullopt otherwise.
std::optional<std::string> parse_date_text(std::string_view text);

}  // namespace factdiff
