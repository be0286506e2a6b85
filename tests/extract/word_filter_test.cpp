// WordFilter: never turns away a key of its table, turns away words of no key's shape, and lets
// every word through when it was made over no table.
#include <catch2/catch.hpp>

#include <string>

#include "core/word_hash.h"
#include "extract/word_filter.h"

namespace factdiff {
namespace {

TEST_CASE("a word filter lets every key of its table through", "[attribution]") {
  WordSet titles = {"mayor", "prime minister", "chief", "spokeswoman", "lt"};
  WordMap<std::string> verbs = {{"said", "say"}, {"told", "tell"}, {"according", "accord"}};
  const WordFilter title_filter(titles);
  const WordFilter verb_filter(verbs);
  for (const std::string& key : titles) CHECK(title_filter.may_contain(key));
  for (const auto& [key, lemma] : verbs) CHECK(verb_filter.may_contain(key));
}

TEST_CASE("a word filter turns away words of no key's length, first and last letter", "[attribution]") {
  const WordFilter filter(WordSet{"said", "told", "says", "according"});
  for (const char* other : {"the", "of", "police", "sad", "sai", "aid", "xaid", "ordering"}) {
    INFO(other);
    CHECK_FALSE(filter.may_contain(other));
  }
  // A word of a key's shape may pass: the table's lookup answers for it.
  CHECK(filter.may_contain("seed"));
}

TEST_CASE("a word filter over an empty table turns every word away; one over none lets all through",
          "[attribution]") {
  const WordFilter over_empty{WordSet{}};
  CHECK_FALSE(over_empty.may_contain("said"));
  CHECK_FALSE(over_empty.may_contain(""));
  const WordFilter over_none;
  CHECK(over_none.may_contain("said"));
  CHECK(over_none.may_contain(""));
}

}  // namespace
}  // namespace factdiff
