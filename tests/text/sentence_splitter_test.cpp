#include <catch2/catch.hpp>

#include "text/sentence_splitter.h"
#include "text_test_support.h"

using factdiff::split_sentences;
using factdiff::testing::news_abbreviations;
using factdiff::testing::texts_of;
using Strings = std::vector<std::string>;

namespace {
Strings split(const std::string& text) {
  return texts_of(text, split_sentences(text, {0, text.size()}, news_abbreviations()));
}
}  // namespace

TEST_CASE("sentences survive news abbreviations and initials", "[text]") {
  CHECK(split("Sen. John McCain met Gen. Smith in St. Louis. They spoke.") ==
        Strings{"Sen. John McCain met Gen. Smith in St. Louis.", "They spoke."});
  CHECK(split("It happened at 2:45 a.m. Sunday on Bourbon St. in New Orleans. No one died.") ==
        Strings{"It happened at 2:45 a.m. Sunday on Bourbon St. in New Orleans.", "No one died."});
  CHECK(split("He met U.S. President Barack Obama. It was brief.") ==
        Strings{"He met U.S. President Barack Obama.", "It was brief."});
  CHECK(split("She moved to the U.S. She was 12.") == Strings{"She moved to the U.S.", "She was 12."});
  CHECK(split("Officer Frank B. Robertson told J. Smith on Friday Nov. 13, 2015 to leave.") ==
        Strings{"Officer Frank B. Robertson told J. Smith on Friday Nov. 13, 2015 to leave."});
  CHECK(split("He was No. 5 on the list. I said no. Then he left.") ==
        Strings{"He was No. 5 on the list.", "I said no.", "Then he left."});
  CHECK(split("The victim, Freddie Rodgers, Jr. died at a hospital.") ==
        Strings{"The victim, Freddie Rodgers, Jr. died at a hospital."});
}

TEST_CASE("closing quotes stay with their sentence; quotes span sentences", "[text]") {
  CHECK(split("\"We're not at war. We are in a war against terrorism,\" he said. Then he left.") ==
        Strings{"\"We're not at war.", "We are in a war against terrorism,\" he said.", "Then he left."});
  CHECK(split("\xE2\x80\x9C" "France is at war.\xE2\x80\x9D Hollande spoke.") ==
        Strings{"\xE2\x80\x9C" "France is at war.\xE2\x80\x9D", "Hollande spoke."});
  CHECK(split("\"Where should we go?\" she asked.") == Strings{"\"Where should we go?\" she asked."});
}

TEST_CASE("ellipses, glued sentences, numbers and bullets", "[text]") {
  CHECK(split("Even as we grieve ... we can't lose sight.") ==
        Strings{"Even as we grieve ... we can't lose sight."});
  CHECK(split("He would cut spending before 2019.He acknowledged this.") ==
        Strings{"He would cut spending before 2019.", "He acknowledged this."});
  CHECK(split("The rate rose 2.5 percent. The U.S.-led coalition acted.") ==
        Strings{"The rate rose 2.5 percent.", "The U.S.-led coalition acted."});
  CHECK(split("  \xE2\x80\xA2 French president to meet Obama, Putin") ==
        Strings{"French president to meet Obama, Putin"});
  CHECK(split("5 Dead, 6 Wounded In Shooting") == Strings{"5 Dead, 6 Wounded In Shooting"});
  CHECK(split("").empty());
  CHECK(split("   ").empty());
}

TEST_CASE("a quote that never closes does not swallow the block end", "[text]") {
  CHECK(split("He said \"this will go on. And on and on") ==
        Strings{"He said \"this will go on.", "And on and on"});
}
