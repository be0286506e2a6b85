// Table-driven checks of the numeric extractor through the whole text layer: each text gives
// exactly the listed claims (compact dumps: kind "text" [low, high] unit= pred= qual=).
#include <catch2/catch.hpp>

#include "numeric_test_support.h"

using factdiff::testing::numeric_claims;

namespace {

struct Case {
  const char* text;
  std::vector<std::string> claims;
};

void check(const Case& test, const std::string& published = "2015-11-16") {
  INFO(test.text);
  CHECK(numeric_claims(test.text, published) == test.claims);
}

}  // namespace

TEST_CASE("counts with their unit, predicate and qualifier", "[numeric]") {
  const Case cases[] = {
      {"The attacks killed 129.", {"count \"129\" [129, 129] unit=people pred=kill"}},
      {"Police had arrested nearly two dozen people in 168 raids.",
       {"count \"nearly two dozen people\" [20, 23] unit=people pred=arrest qual=nearly",
        "count \"168 raids\" [168, 168] unit=raid"}},
      {"Prosecutors have identified five of the seven dead assailants.",
       {"count \"five\" [5, 5] unit=assailant pred=identify",
        "count \"seven dead assailants\" [7, 7] unit=assailant pred=die"}},
      {"Around 137 have died in the fighting.",
       {"count \"Around 137\" [123, 151] unit=people pred=die qual=around"}},
      {"He killed five, injuring three others.",
       {"count \"five\" [5, 5] unit=people pred=kill", "count \"three others\" [3, 3] unit=people pred=injure"}},
      {"Two St. Mary Parish sheriff's deputies were wounded.",
       {"count \"Two St. Mary Parish sheriff's deputies\" [2, 2] unit=deputy pred=wound"}},
      {"He critically wounded two sheriff's deputies.",
       {"count \"two sheriff's deputies\" [2, 2] unit=deputy pred=wound"}},
      {"Two teens are dead and 18 people are injured.",
       {"count \"Two teens\" [2, 2] unit=teen pred=die",
        "count \"18 people\" [18, 18] unit=people pred=injure"}},
      {"Between 20 and 30 people were hurt.",
       {"count \"Between 20 and 30 people\" [20, 30] unit=people pred=hurt"}},
      {"Officials said 12 people were not injured.",
       {"count \"12 people\" [12, 12] unit=people pred=injure negated"}},
  };
  for (const Case& test : cases) check(test);
}

TEST_CASE("\"more\" after a figure leaves its unit and verb where they are", "[numeric]") {
  const Case cases[] = {
      {"He has nearly three more hours.",
       {"duration \"nearly three more hours\" [8640, 10800] unit=hour qual=nearly"}},
      {"Five people are dead and six more were shot.",
       {"count \"Five people\" [5, 5] unit=people pred=die", "count \"six more\" [6, 6] unit=people pred=shoot"}},
      {"Police arrested two more men.", {"count \"two more men\" [2, 2] unit=man pred=arrest"}},
      {"Five were killed and three more were injured.",
       {"count \"Five\" [5, 5] unit=people pred=kill", "count \"three more\" [3, 3] unit=people pred=injure"}},
      // a comparison, and a date after it, are no part of the figure's phrase
      {"Ten more than expected came.", {"count \"Ten\" [10, 10]"}},
      {"Two died and three more July 18.",
       {"count \"Two\" [2, 2] unit=people pred=die", "count \"three\" [3, 3]",
        "date \"July 18\" [16634, 16634] unit=day"}},
  };
  for (const Case& test : cases) check(test);
}

TEST_CASE("\"a man\" states a toll only with a verb of the sentence", "[numeric]") {
  const Case cases[] = {
      {"A man was shot on Main Street.", {"count \"A man\" [1, 1] unit=man pred=shoot"}},
      {"A woman died Wednesday night.",
       {"count \"A woman\" [1, 1] unit=woman pred=die", "date \"Wednesday\" [16750, 16750] unit=day"}},
      // a participle before the noun describes the person
      {"He was carrying an injured man.", {}},
      {"I see a dead body of a young kid.", {}},
      // the word after an article is the noun it introduces
      {"Timmons fired a shot at them.", {}},
  };
  for (const Case& test : cases) check(test);
}

TEST_CASE("\"a third\" after a count of two is one more, with a verb of the toll", "[numeric]") {
  const Case cases[] = {
      {"She killed two coworkers and wounded a third.",
       {"count \"two coworkers\" [2, 2] unit=coworker pred=kill",
        "count \"a third\" [1, 1] unit=people pred=wound"}},
      // an attempt states no toll, as with "a man"
      {"He shot two men and tried to kill a third.", {"count \"two men\" [2, 2] unit=man pred=shoot"}},
      // an ordinal before a noun counts nothing; a fraction after a preposition stays one
      {"She wounded two officers and shot at a third person.",
       {"count \"two officers\" [2, 2] unit=officer pred=wound"}},
      {"After two shootings, sales fell by a third.",
       {"count \"two shootings\" [2, 2] unit=shooting", "count \"a third\" [0.333333, 0.333333]"}},
  };
  for (const Case& test : cases) check(test);
}

TEST_CASE("the outcome said after the verb of an event is the predicate", "[numeric]") {
  const Case cases[] = {
      {"A man was shot and killed on Main Street.", {"count \"A man\" [1, 1] unit=man pred=kill"}},
      {"Seven people were shot and wounded.", {"count \"Seven people\" [7, 7] unit=people pred=wound"}},
      {"A woman was stabbed and killed.", {"count \"A woman\" [1, 1] unit=woman pred=kill"}},
      {"Two men were shot dead.", {"count \"Two men\" [2, 2] unit=man pred=die"}},
      {"A teen was shot and critically wounded.", {"count \"A teen\" [1, 1] unit=teen pred=wound"}},
      {"A man was shot to death.", {"count \"A man\" [1, 1] unit=man pred=kill"}},
      // the figure did the deed: the outcome belongs to the object
      {"A man shot and killed his neighbour.", {}},
      {"Two officers shot and killed the teen.", {"count \"Two officers\" [2, 2] unit=officer pred=shoot"}},
      // a second outcome adds to the first
      {"Two victims were killed and injured.", {"count \"Two victims\" [2, 2] unit=victim pred=kill"}},
      // "and" before a clause of its own
      {"Seven victims were shot and three died.",
       {"count \"Seven victims\" [7, 7] unit=victim pred=shoot", "count \"three\" [3, 3] unit=people pred=die"}},
  };
  for (const Case& test : cases) check(test);
}

TEST_CASE("an age-described object of a relative clause that states the toll counts as one", "[numeric]") {
  const Case cases[] = {
      {"It was the drive-by shooting that killed a 1-year-old girl.",
       {"count \"a 1-year-old girl\" [1, 1] unit=girl pred=kill", "age \"1-year-old\" [1, 1] unit=year"}},
      {"The crash that killed a 66-year-old woman closed the road.",
       {"count \"a 66-year-old woman\" [1, 1] unit=woman pred=kill", "age \"66-year-old\" [66, 66] unit=year"}},
      {"It was the gunman who allegedly shot a three-year-old outside the store.",
       {"count \"a three-year-old\" [1, 1] unit=people pred=shoot", "age \"three-year-old\" [3, 3] unit=year"}},
      // elsewhere the phrase describes the person the story is about: only the age is a claim
      {"A man shot a 3-year-old after an argument.", {"age \"3-year-old\" [3, 3] unit=year"}},
      {"A 3-year-old girl was shot.", {"age \"3-year-old\" [3, 3] unit=year"}},
      // a relative clause whose verb states no toll
      {"It was the shooting that left a 1-year-old girl in critical condition.",
       {"age \"1-year-old\" [1, 1] unit=year"}},
  };
  for (const Case& test : cases) check(test);
}

TEST_CASE("durations, ages, money and percentages", "[numeric]") {
  const Case cases[] = {
      {"Schools re-opened after a 48-hour shutdown.",
       {"duration \"48-hour\" [172800, 172800] unit=hour"}},
      {"Salah Abdeslam, a 26-year-old Frenchman, is wanted.",
       {"age \"26-year-old\" [26, 26] unit=year subject=Salah Abdeslam"}},
      {"The fund holds $1.2bn.", {"money \"$1.2bn\" [1.2e+09, 1.2e+09] unit=USD"}},
      {"Turnout was 12.5%.", {"percent \"12.5%\" [12.5, 12.5] unit=percent"}},
      {"All flights within 50 miles landed.", {"measure \"within 50 miles\" [null, 50] unit=mile pred=land qual=within"}},
  };
  for (const Case& test : cases) check(test);
}

TEST_CASE("dates and times resolve against the publication date", "[numeric]") {
  const Case cases[] = {
      {"It happened on Friday.", {"date \"Friday\" [16752, 16752] unit=day"}},
      {"He met them last month.", {"date \"last month\" [16709, 16739] unit=day"}},
      {"It was Friday, June 17, 2016.", {"date \"Friday, June 17, 2016\" [16969, 16969] unit=day"}},
      // a possessive date says when the noun after it happened: the preposition bounds the noun
      {"Six victims were brought in after Friday's shooting.",
       {"count \"Six victims\" [6, 6] unit=victim pred=bring", "date \"Friday\" [16752, 16752] unit=day"}},
      {"It ended after Friday.", {"date \"after Friday\" [16752, null] unit=day qual=after"}},
      {"They moved two months ago.", {"date \"two months ago\" [16694, 16694] unit=day"}},
      {"They met a week ago tonight.",
       {"date \"a week ago\" [16748, 16748] unit=day", "date \"tonight\" [16755, 16755] unit=day"}},
      {"It began at 1:30 a.m. and ended at midday.",
       {"time \"1:30 a.m.\" [5400, 5400] unit=second", "time \"midday\" [43200, 43200] unit=second"}},
  };
  for (const Case& test : cases) check(test);
  check({"It happened on Friday.", {"date \"Friday\" [null, null] unit=day"}}, "");
}

TEST_CASE("a future marker in its clause puts a weekday on or after the publication date", "[numeric]") {
  // Published on Monday 2015-11-16 (16755): the Tuesday before is 16749, the one after 16756.
  const Case cases[] = {
      {"He is due to meet Hollande on Tuesday.", {"date \"Tuesday\" [16756, 16756] unit=day"}},
      {"Putin will travel to Moscow on Thursday.", {"date \"Thursday\" [16758, 16758] unit=day"}},
      {"He is expected to be arraigned Wednesday.", {"date \"Wednesday\" [16757, 16757] unit=day"}},
      {"The joint service will be at 11 a.m. Tuesday.",
       {"time \"11 a.m.\" [39600, 39600] unit=second", "date \"Tuesday\" [16756, 16756] unit=day"}},
      // the publication day itself is on or after it
      {"The summit is set to open on Monday.", {"date \"Monday\" [16755, 16755] unit=day"}},
      // right before the weekday, "next" means the first one after the publication day
      {"The talks will resume next Monday.", {"date \"next Monday\" [16762, 16762] unit=day"}},
      // the nearest marker decides: a past one, or a finite past verb, keeps the weekday behind
      {"He will explain what he said on Friday.", {"date \"Friday\" [16752, 16752] unit=day"}},
      {"He will be charged for the attack that happened on Tuesday.",
       {"date \"Tuesday\" [16749, 16749] unit=day"}},
      {"He will be formally charged on Tuesday.", {"date \"Tuesday\" [16756, 16756] unit=day"}},
      // clause punctuation ends the look back
      {"Obama, who will travel to Paris, met Hollande on Tuesday.",
       {"date \"Tuesday\" [16749, 16749] unit=day"}},
      {"Hollande met Obama on Tuesday.", {"date \"Tuesday\" [16749, 16749] unit=day"}},
      {"They met last Monday.", {"date \"last Monday\" [16748, 16748] unit=day"}},
  };
  for (const Case& test : cases) check(test);
  check({"He will travel to Moscow on Thursday.", {"date \"Thursday\" [null, null] unit=day"}}, "");
}

TEST_CASE("numbers that are not claims give nothing", "[numeric]") {
  const char* texts[] = {
      "He fought in the Second World War.", "Obama spoke at a Group of 20 summit.",
      "The G20 summit opened.",           "Take Route 66 west.",
      "Call (816) 555-0123 now.",         "It happened at 908 Truman Blvd.",
      "A third brother was arrested.",    "He carried a .22-caliber rifle.",
      "It sounded like a 22.",            "We will have witnesses on day two, three and four.",
      "Those who believe a loved one may be a victim can call.",
      "At one point, the lawyer asked him to stop.",
      "They loved cruises and were happy to be headed on another one.",
      "The town will move forward as one, he said.",
  };
  for (const char* text : texts) {
    INFO(text);
    CHECK(numeric_claims(text).empty());
  }
}
