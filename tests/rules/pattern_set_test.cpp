// PatternSet: which patterns open at the text's start, counted repeats left open, and a set's
// answers checked against every pattern matched on its own.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "rules/pattern_set.h"
#include "rules/rule_file_parser.h"
#include "rules/rule_set.h"

namespace factdiff {
namespace {

struct AnchorCase {
  const char* pattern;
  bool opens_at_start;
};

TEST_CASE("a pattern opens at the text's start only when every alternative opens with ^", "[rules]") {
  const AnchorCase cases[] = {
      {"^share$", true},
      {"(?i)^\\s*duration\\s+\\d+", true},
      {"(?i)(?s)^a", true},
      {"^a|^b(?:c|d)|^[|(]x", true},
      {"^\\s*\\(?\\d{3}\\)?[\\s.-]*\\d{3}", true},
      {"^[^]|]x|^y", true},
      {"^[[:alpha:]|]+|^z", true},
      {"share", false},
      {"^a|b", false},
      {"a|^b", false},
      {"(?:^a|^b)", false},       // a group first: not looked into
      {"(?m)^share$", false},     // '^' starts every line
      {"^a|(?im:^b)", false},
      {"^?a", false},
      {"^*a", false},
      {"^\\Q|\\E", false},
      {"^[a", false},
      {"^a)", false},
      {"", false},
      {"(?i)", false},
      {"^a|", false},
  };
  for (const AnchorCase& c : cases) {
    INFO(c.pattern);
    CHECK(opens_at_text_start(c.pattern) == c.opens_at_start);
  }
}

// The indexes a set reports, sorted, against each pattern's own RE2::PartialMatch.
std::vector<int> matched_one_by_one(const std::vector<std::string>& patterns, const std::string& text) {
  std::vector<int> matched;
  for (std::size_t p = 0; p < patterns.size(); ++p) {
    if (RE2::PartialMatch(text, RE2(patterns[p], rule_pattern_options()))) matched.push_back(static_cast<int>(p));
  }
  return matched;
}

std::vector<int> matched_by_set(const PatternSet& set, const std::string& text) {
  std::vector<int> matched;
  RE2::Set::ErrorInfo error{RE2::Set::kInconsistent};
  set.match(text, &matched, &error);
  CHECK(error.kind == RE2::Set::kNoError);
  std::sort(matched.begin(), matched.end());
  return matched;
}

TEST_CASE("a pattern set reports the patterns that match on their own, anchored or not", "[rules]") {
  const std::vector<std::string> patterns = {"(?i)^\\s*share\\s*$", "cookies", "^By [A-Z]\\w+$|^Photo",
                                             "(?i)published \\d{4}", "^\\d+ of \\d+$"};
  std::unique_ptr<PatternSet> set = PatternSet::compile(patterns, rule_pattern_options());
  REQUIRE(set != nullptr);
  const std::vector<std::string> texts = {"Share",  "  share ", "We share cookies", "By Reuters",
                                          "Photo 3 of 12", "3 of 12", "Story published 2015", "",
                                          "Nothing here at all"};
  for (const std::string& text : texts) {
    INFO(text);
    CHECK(matched_by_set(*set, text) == matched_one_by_one(patterns, text));
  }
  CHECK_FALSE(set->match("Nothing here at all", nullptr));
  CHECK(set->match("By Reuters", nullptr));
}

TEST_CASE("counted repeats are left open outside classes and escapes", "[rules]") {
  CHECK(without_repeat_bounds("a{2,5}") == "a{2,}");
  CHECK(without_repeat_bounds("(?i)\\b\\d{1,2}:\\d{2}.{0,80}?x") == "(?i)\\b\\d{1,}:\\d{2}.{0,}?x");
  CHECK(without_repeat_bounds("[^!?{]{0,40}") == "[^!?{]{0,}");
  CHECK(without_repeat_bounds("x{3}|y{2,}|z{,4}") == "x{3}|y{2,}|z{,4}");  // exact, open, literal
  CHECK(without_repeat_bounds("[a{1,2}]\\{1,2}") == "[a{1,2}]\\{1,2}");   // in a class, escaped
  CHECK(without_repeat_bounds("\\Qa{1,2}\\E") == "\\Qa{1,2}\\E");      // quoted: left whole
  CHECK(without_repeat_bounds("a{1,2") == "a{1,2");                           // never closes
}

TEST_CASE("a set may report a counted pattern beyond its count, never miss one", "[rules]") {
  const std::vector<std::string> patterns = {"^a{1,3}$", "b{2,4}c"};
  std::unique_ptr<PatternSet> set = PatternSet::compile(patterns, rule_pattern_options());
  REQUIRE(set != nullptr);
  CHECK(matched_by_set(*set, "aa") == std::vector<int>{0});
  CHECK(matched_by_set(*set, "bbbc") == std::vector<int>{1});
  // Past the count: reported by the set, refused by the pattern itself.
  CHECK(matched_by_set(*set, "aaaa") == std::vector<int>{0});
  CHECK(matched_one_by_one(patterns, "aaaa").empty());
  CHECK(matched_by_set(*set, "bc").empty());  // the lower bound holds
}

TEST_CASE("the bundled boilerplate set answers as its patterns do on every example", "[rules]") {
  auto rules = RuleSet::load({default_rules_dir()});
  REQUIRE(rules.ok());
  const PatternSet* set = rules.value()->pattern_set("boilerplate");
  REQUIRE(set != nullptr);
  std::vector<std::string> patterns;
  for (const Rule* rule : rules.value()->patterns("boilerplate")) patterns.push_back(rule->pattern);
  std::size_t texts = 0;
  for (const Rule* rule : rules.value()->patterns("boilerplate")) {
    for (const auto* examples : {&rule->examples, &rule->negatives}) {
      for (const RuleExample& example : *examples) {
        INFO(rule->id << ": " << example.text);
        CHECK(matched_by_set(*set, example.text) == matched_one_by_one(patterns, example.text));
        ++texts;
      }
    }
  }
  CHECK(texts > patterns.size());
}

}  // namespace
}  // namespace factdiff
