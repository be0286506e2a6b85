#include <catch2/catch.hpp>

#include "text/dateline.h"

using factdiff::find_dateline;
using factdiff::parse_date_text;

TEST_CASE("dates and times parse to ISO 8601", "[text]") {
  CHECK(parse_date_text("November 17 2015, 16:01") == "2015-11-17T16:01");
  CHECK(parse_date_text("Nov. 13, 2015") == "2015-11-13");
  CHECK(parse_date_text("Friday Nov. 13, 2015") == "2015-11-13");
  CHECK(parse_date_text("17 November 2015") == "2015-11-17");
  CHECK(parse_date_text("2015-11-16") == "2015-11-16");
  CHECK(parse_date_text("2015-11-16T10:30:00Z") == "2015-11-16T10:30");
  CHECK(parse_date_text("Published: Mon, Nov 16, 2015 4:01 PM EST") == "2015-11-16T16:01");
  CHECK(parse_date_text("PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM") == "2013-05-02T13:32");
  CHECK(parse_date_text("First Published: June 13, 2013 4:59 PM EDT") == "2013-06-13T16:59");
  CHECK(parse_date_text("Updated 12:15 am") == std::nullopt);
  CHECK(parse_date_text("2015-13-01") == std::nullopt);
  CHECK(parse_date_text("He arrived on Nov. 13, 2015.") == std::nullopt);
}

TEST_CASE("only a standalone dateline gives the publication date", "[text]") {
  CHECK(find_dateline("Title\n\nBody text.\n\nNovember 17 2015, 16:01\n") == "2015-11-17T16:01");
  // A caption's date is the event's, not the publication's.
  CHECK(find_dateline("Title\n\nHollande arrives in Paris, Friday Nov. 13, 2015. (AP Photo)\n") ==
        std::nullopt);
  CHECK(find_dateline("Title\r\nPosted: June 29, 2014\r\nBody.") == "2014-06-29");
}
