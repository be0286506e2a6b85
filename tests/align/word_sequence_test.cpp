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

TEST_CASE("ASCII words fold as the full Unicode folding folds them", "[align][words]") {
  // The ASCII fast path must agree with utf8proc's NFKC case folding on every ASCII character;
  // a word with one non-ASCII letter takes the full path.
  std::string every_ascii;
  for (int c = 1; c < 0x80; ++c) every_ascii.push_back(static_cast<char>(c));
  std::string lowered = every_ascii;
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  CHECK(fold_word(every_ascii) == lowered);
  CHECK(fold_word(every_ascii + "\xC3\x89") == lowered + "e");  // "É" folds and loses its accent
  CHECK(fold_word("ﬁnal") == "final");                          // compatibility ligature
}
