#include "align/compare_lexicons.h"

#include <catch2/catch.hpp>

#include "align/compare_lexicons_rules.h"
#include "rules/rule_set.h"

using namespace factdiff;

TEST_CASE("the compare lexicons come from the bundled rules", "[align][lexicons]") {
  const auto rules = RuleSet::load({default_rules_dir()});
  REQUIRE(rules.ok());
  const CompareLexicons lexicons = compare_lexicons_from(*rules.value());
  CHECK(lexicons.group_of("wound") == "injure");
  CHECK(lexicons.group_of("die") == lexicons.group_of("kill"));
  CHECK(lexicons.group_of("create") == "create");  // unlisted: its own group
  CHECK(lexicons.is_casualty("arrest"));
  CHECK_FALSE(lexicons.is_casualty("raid"));
  CHECK(lexicons.unit_group.at("other") == "people");
  CHECK(lexicons.spelling.at("civilisations") == "civilizations");
  CHECK(lexicons.spelling.at("organisers") == "organizers");  // a listed stem's plural
  CHECK(lexicons.number_words.count("five") == 1);
  CHECK(lexicons.function_words.count("the") == 1);
  CHECK(lexicons.function_words.count("we're") == 1);
  CHECK(lexicons.function_words.count("never") == 0);  // a changed negation changes the meaning
}

TEST_CASE("the compare stage checks its rule examples", "[align][lexicons]") {
  const auto rules = RuleSet::load({default_rules_dir()});
  REQUIRE(rules.ok());
  const Rule* groups = rules.value()->find("compare.predicate-groups");
  REQUIRE(groups != nullptr);
  RuleExample example;
  example.text = "hurt";
  example.expect["group"] = "injure";
  CHECK(check_compare_example(*groups, example, false).ok());
  example.expect["group"] = "kill";
  CHECK(check_compare_example(*groups, example, false).message() == "'hurt' is in group 'injure', expected 'kill'");
  example.text = "create";
  CHECK(check_compare_example(*groups, example, true).ok());
  // A word list without groups: an example is listed, a negative is not.
  const Rule* function_words = rules.value()->find("compare.function-words");
  REQUIRE(function_words != nullptr);
  RuleExample word;
  word.text = "the";
  CHECK(check_compare_example(*function_words, word, false).ok());
  CHECK(check_compare_example(*function_words, word, true).message() == "'the' is listed");
  word.text = "chief";
  CHECK(check_compare_example(*function_words, word, false).message() == "'chief' is not listed");
}
