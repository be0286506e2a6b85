// LowerCaseWords: the words a document writes uncapitalised somewhere, and only those.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/lower_case_words.h"

namespace factdiff {
namespace {

ParagraphWord word(const std::string& lower, bool capitalized, bool is_word = true) {
  ParagraphWord w;
  w.lower = lower;
  w.capitalized = capitalized;
  w.is_word = is_word;
  return w;
}

TEST_CASE("a document's lower-case words are those it writes uncapitalised somewhere", "[attribution]") {
  AttributionParagraph headline;  // "Firefighter Hurt In Blaze"
  headline.words = {word("firefighter", true), word("hurt", true), word("in", true), word("blaze", true)};
  AttributionParagraph body;  // "A firefighter was hurt, Chief Adams said."
  body.words = {word("a", true),     word("firefighter", false), word("was", false),
                word("hurt", false), word(",", false, false),    word("chief", true),
                word("adams", true), word("said", false),        word(".", false, false)};
  const LowerCaseWords lower_words({headline, body});
  for (const char* written_lower : {"firefighter", "was", "hurt", "said"}) {
    INFO(written_lower);
    CHECK(lower_words.contains(written_lower));
  }
  for (const char* only_capitalised : {"blaze", "in", "a", "chief", "adams", ",", ".", ""}) {
    INFO(only_capitalised);
    CHECK_FALSE(lower_words.contains(only_capitalised));
  }
  CHECK_FALSE(LowerCaseWords({}).contains("hurt"));
}

}  // namespace
}  // namespace factdiff
