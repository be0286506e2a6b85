#include "align/word_sequence.h"

#include <catch2/catch.hpp>

using namespace factdiff;

TEST_CASE("words fold case, accents, apostrophes, hyphens and digit groups", "[align][words]") {
  const WordSequence words = split_words("We\xE2\x80\x99re Fran\xC3\xA7ois, co-ordinated 5,000 jobs.", {});
  REQUIRE(words.size() == 5);
  CHECK(words.folded == std::vector<std::string>{"we're", "francois", "coordinated", "5000", "jobs"});
  CHECK(words.surface[1] == "Fran\xC3\xA7ois");
  CHECK(words.trailing[1] == ",");
  CHECK(words.trailing[4] == ".");
}

TEST_CASE("spelling variants and sentence segments", "[align][words]") {
  const SpellingVariants variants = {{"civilisations", "civilizations"}};
  const WordSequence words = split_words("France is at war. But not a war of civilisations", variants);
  REQUIRE(words.size() == 10);
  CHECK(words.folded.back() == "civilizations");
  CHECK(words.segment[3] == 0);
  CHECK(words.segment[4] == 1);
  CHECK(words.segment_count() == 2);
}
