#include <catch2/catch.hpp>

#include "text/word_list.h"

using factdiff::WordList;

TEST_CASE("word list is case-insensitive and drops possessives", "[text]") {
  auto words = WordList::from_words({"Nightclub", "France's", "France", "told"});
  CHECK(words->contains("nightclub"));
  CHECK(words->contains("NIGHTCLUB"));
  CHECK(words->contains("france"));
  CHECK_FALSE(words->contains("france's"));
  CHECK_FALSE(words->contains("hollandetold"));
  CHECK(words->size() == 3);
}

TEST_CASE("word list loads the system dictionary", "[text]") {
  auto loaded = WordList::load(FACTDIFF_DEFAULT_WORDLIST);
  REQUIRE(loaded.ok());
  CHECK(loaded.value()->contains("nightclub"));
  CHECK(loaded.value()->contains("which"));
  CHECK_FALSE(loaded.value()->contains("inwhich"));
  auto missing = WordList::load("/nonexistent/words");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().message() == "/nonexistent/words: cannot read the word list");
}
