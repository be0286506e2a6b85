// Loading valid rule files: what a RuleSet holds, how directories override one another, how
// lexicons merge, and the one-pass pattern set.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "rules/rule_set.h"

namespace factdiff {
namespace {

std::shared_ptr<const RuleSet> load_or_fail(const std::vector<std::vector<RuleFileText>>& layers) {
  Result<std::shared_ptr<const RuleSet>> loaded = RuleSet::load_layers(layers);
  INFO(loaded.status().message());
  REQUIRE(loaded.ok());
  return loaded.value();
}

const char* const kBoilerplate =
    "rules:\n"
    "  - id: video-card\n"
    "    type: pattern\n"
    "    stage: boilerplate\n"
    "    description: the duration line of an embedded video\n"
    "    pattern: '(?i)^duration \\d+:\\d\\d$'\n"
    "    fields: {reason: video-card}\n"
    "    examples:\n"
    "      - Duration 2:02\n"
    "      - text: DURATION 12:59\n"
    "        expect: {reason: video-card}\n"
    "    negatives:\n"
    "      - A duration of two hours\n"
    "      - text: 'Duration: 2 hours'\n"
    "  - id: search-box\n"
    "    type: pattern\n"
    "    stage: boilerplate\n"
    "    pattern: '(?i)search in site'\n"
    "    examples: [Search in Site]\n";

const char* const kNumberWords =
    "rules:\n"
    "  - id: number-words\n"
    "    type: lexicon\n"
    "    stage: numeric\n"
    "    lexicon: number_words\n"
    "    entries:\n"
    "      one: 1\n"
    "      '  Two   Hundred ': 200\n"
    "      Dozen: {value: 12, kind: multiplier}\n"
    "    examples:\n"
    "      - text: two hundred\n"
    "        expect: {value: '200'}\n";

TEST_CASE("a rule file loads into rules with every field", "[rules]") {
  auto rules = load_or_fail({{{"text/boilerplate.yaml", kBoilerplate}}});
  REQUIRE(rules->rules().size() == 2);
  const Rule* video = rules->find("video-card");
  REQUIRE(video != nullptr);
  CHECK(video->type == RuleType::kPattern);
  CHECK(video->stage == "boilerplate");
  CHECK(video->description == "the duration line of an embedded video");
  CHECK(video->source.file == "text/boilerplate.yaml");
  CHECK(video->source.line == 2);
  CHECK(video->source.column == 5);
  CHECK(video->fields == std::map<std::string, std::string>{{"reason", "video-card"}});
  REQUIRE(video->regex != nullptr);
  CHECK(RE2::FullMatch("Duration 2:02", *video->regex));
  CHECK_FALSE(RE2::PartialMatch("Duration: 2 hours", *video->regex));

  REQUIRE(video->examples.size() == 2);
  CHECK(video->examples[0].text == "Duration 2:02");
  CHECK(video->examples[0].expect.empty());
  CHECK(video->examples[0].source.line == 9);
  CHECK(video->examples[1].text == "DURATION 12:59");
  CHECK(video->examples[1].expect == std::map<std::string, std::string>{{"reason", "video-card"}});
  CHECK(video->examples[1].source.line == 10);
  REQUIRE(video->negatives.size() == 2);
  CHECK(video->negatives[1].text == "Duration: 2 hours");
  CHECK(rules->find("no-such-rule") == nullptr);
}

TEST_CASE("lexicon keys are normalized and entries keep values and fields", "[rules]") {
  auto rules = load_or_fail({{{"numeric/number_words.yaml", kNumberWords}}});
  const Lexicon& words = rules->lexicon("number_words");
  REQUIRE(words.size() == 3);
  CHECK(words.at("one").value == "1");
  CHECK(words.at("two hundred").value == "200");
  CHECK(words.at("two hundred").written == "  Two   Hundred ");
  CHECK(words.at("two hundred").rule_id == "number-words");
  CHECK(words.at("dozen").value.empty());
  CHECK(words.at("dozen").fields ==
        std::map<std::string, std::string>{{"kind", "multiplier"}, {"value", "12"}});
  CHECK(rules->lexicon("no_such_lexicon").empty());
}

TEST_CASE("lexicon keys fold case beyond ASCII", "[rules]") {
  CHECK(normalize_lexicon_key("  At\tLEAST  ") == "at least");
  CHECK(normalize_lexicon_key("FRANÇOIS") == "françois");
  CHECK(normalize_lexicon_key("Straße") == "strasse");
  CHECK(normalize_lexicon_key("") == "");
  CHECK_FALSE(normalize_lexicon_key("caf\xe9").has_value());
}

TEST_CASE("lexicons merge the entries of every rule naming them, the later rule winning",
          "[rules]") {
  const std::string more =
      "rules:\n"
      "  - id: number-words-large\n"
      "    type: lexicon\n"
      "    stage: numeric\n"
      "    lexicon: number_words\n"
      "    entries: {thousand: 1000, ONE: uno}\n"
      "    examples: [a thousand]\n";
  // File names order the rules: "a-" before "b-" whatever the order given.
  auto rules = load_or_fail({{{"numeric/b-more.yaml", more}, {"numeric/a-words.yaml", kNumberWords}}});
  const Lexicon& words = rules->lexicon("number_words");
  CHECK(words.size() == 4);
  CHECK(words.at("thousand").value == "1000");
  CHECK(words.at("one").value == "uno");
  CHECK(words.at("one").rule_id == "number-words-large");
  CHECK(words.at("dozen").rule_id == "number-words");
}

TEST_CASE("a later directory's rule replaces the earlier rule with its id", "[rules]") {
  const std::string user =
      "rules:\n"
      "  - id: video-card\n"
      "    type: pattern\n"
      "    stage: boilerplate\n"
      "    pattern: '(?i)^video \\d+:\\d\\d$'\n"
      "    examples: [Video 2:02]\n"
      "  - id: video-card-title\n"
      "    type: pattern\n"
      "    stage: boilerplate\n"
      "    pattern: '^Watch:'\n"
      "    examples: ['Watch: the attacks']\n";
  auto rules = load_or_fail({{{"bundled/boilerplate.yaml", kBoilerplate}},
                             {{"mine/boilerplate.yaml", user}}});
  REQUIRE(rules->rules().size() == 3);
  CHECK(rules->rules()[0].id == "search-box");
  CHECK(rules->rules()[1].id == "video-card");
  CHECK(rules->rules()[1].source.file == "mine/boilerplate.yaml");
  CHECK(rules->rules()[2].id == "video-card-title");
  const Rule* video = rules->find("video-card");
  REQUIRE(video != nullptr);
  CHECK(video->pattern == "(?i)^video \\d+:\\d\\d$");
  REQUIRE(rules->patterns("boilerplate").size() == 3);
  CHECK(rules->patterns("boilerplate")[1] == video);
}

TEST_CASE("a lexicon rule replaced by id no longer contributes its entries", "[rules]") {
  const std::string user =
      "rules:\n"
      "  - id: number-words\n"
      "    type: lexicon\n"
      "    stage: numeric\n"
      "    lexicon: number_words\n"
      "    entries: [eleven]\n"
      "    examples: [eleven]\n";
  auto rules = load_or_fail({{{"a.yaml", kNumberWords}}, {{"b.yaml", user}}});
  const Lexicon& words = rules->lexicon("number_words");
  CHECK(words.size() == 1);
  CHECK(words.count("eleven") == 1);
}

// The set's memory budget bounds its DFA cache; a budget too small for the bundled patterns
// would leave the set uncompiled, and every block would be read by each pattern in turn.
TEST_CASE("the bundled boilerplate patterns compile into one set within its memory budget", "[rules]") {
  auto rules = RuleSet::load({default_rules_dir()});
  REQUIRE(rules.ok());
  const PatternSet* set = rules.value()->pattern_set("boilerplate");
  REQUIRE(set != nullptr);
  std::vector<int> matched;
  RE2::Set::ErrorInfo error{RE2::Set::kInconsistent};
  set->match("Police said on Tuesday that nobody was hurt in the fire.", &matched, &error);
  CHECK(error.kind == RE2::Set::kNoError);
}

TEST_CASE("a stage's pattern set finds every pattern in one pass, anchored or not", "[rules]") {
  auto rules = load_or_fail({{{"boilerplate.yaml", kBoilerplate}}});
  const PatternSet* set = rules->pattern_set("boilerplate");
  REQUIRE(set != nullptr);
  const std::vector<const Rule*>& patterns = rules->patterns("boilerplate");
  REQUIRE(patterns.size() == 2);

  std::vector<int> matched;
  CHECK(set->match("Please Search in Site now", &matched));
  REQUIRE(matched.size() == 1);
  CHECK(patterns[static_cast<std::size_t>(matched[0])]->id == "search-box");

  matched.clear();
  CHECK(set->match("Duration 2:02", &matched));
  REQUIRE(matched.size() == 1);
  CHECK(patterns[static_cast<std::size_t>(matched[0])]->id == "video-card");

  matched.clear();
  CHECK_FALSE(set->match("A duration of two hours", &matched));
  CHECK(matched.empty());

  CHECK(rules->pattern_set("numeric") == nullptr);
  CHECK(rules->patterns("numeric").empty());
}

TEST_CASE("a stage's pattern set is compiled once, whichever thread asks first", "[rules]") {
  auto rules = load_or_fail({{{"boilerplate.yaml", kBoilerplate}}});
  const PatternSet* seen[2] = {nullptr, nullptr};
  std::thread first([&] { seen[0] = rules->pattern_set("boilerplate"); });
  std::thread second([&] { seen[1] = rules->pattern_set("boilerplate"); });
  first.join();
  second.join();
  REQUIRE(seen[0] != nullptr);
  CHECK(seen[0] == seen[1]);
  CHECK(rules->pattern_set("boilerplate") == seen[0]);
}

TEST_CASE("an empty file and an empty rule list hold no rules", "[rules]") {
  auto rules = load_or_fail({{{"empty.yaml", ""}, {"comments.yaml", "# nothing yet\n"},
                              {"none.yaml", "rules: []\n"}}});
  CHECK(rules->rules().empty());
}

// A scratch folder under the system's temporary directory, removed at the end of the test.
class ScratchDirectory {
 public:
  explicit ScratchDirectory(const std::string& name)
      : path_(std::filesystem::temp_directory_path() /
              ("factdiff-rules-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::create_directories(path_);
  }
  ~ScratchDirectory() { std::filesystem::remove_all(path_); }
  void write(const std::string& relative, const std::string& text) const {
    std::filesystem::create_directories((path_ / relative).parent_path());
    std::ofstream(path_ / relative, std::ios::binary) << text;
  }
  std::string path() const { return path_.generic_string(); }

 private:
  std::filesystem::path path_;
};

TEST_CASE("load reads *.yaml files recursively, sorted by relative path", "[rules]") {
  ScratchDirectory bundled("bundled");
  bundled.write("text/boilerplate.yaml", kBoilerplate);
  bundled.write("numeric/number_words.yaml", kNumberWords);
  bundled.write("numeric/notes.txt", "not a rule file");
  bundled.write(".hidden/broken.yaml", "rules: [");
  bundled.write("numeric/.#number_words.yaml", "rules: [");
  ScratchDirectory user("user");
  user.write("video.yaml",
             "rules:\n"
             "  - id: video-card\n"
             "    type: pattern\n"
             "    stage: boilerplate\n"
             "    pattern: '^Video'\n"
             "    examples: [Video]\n");

  Result<std::shared_ptr<const RuleSet>> loaded = RuleSet::load({bundled.path(), user.path()});
  INFO(loaded.status().message());
  REQUIRE(loaded.ok());
  const std::vector<Rule>& rules = loaded.value()->rules();
  REQUIRE(rules.size() == 3);
  CHECK(rules[0].id == "number-words");
  CHECK(rules[0].source.file == bundled.path() + "/numeric/number_words.yaml");
  CHECK(rules[1].id == "search-box");
  CHECK(rules[2].id == "video-card");
  CHECK(rules[2].source.file == user.path() + "/video.yaml");
}

TEST_CASE("load refuses a missing directory and names it", "[rules]") {
  ScratchDirectory scratch("missing");
  const std::string missing = scratch.path() + "/nowhere";
  Result<std::shared_ptr<const RuleSet>> loaded = RuleSet::load({missing});
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().message() == missing + ": rules directory does not exist");

  scratch.write("file.yaml", "rules: []\n");
  loaded = RuleSet::load({scratch.path() + "/file.yaml"});
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().message() == scratch.path() + "/file.yaml: rules path is not a directory");
}

TEST_CASE("duplicate ids are checked per directory, in files found recursively", "[rules]") {
  ScratchDirectory scratch("duplicates");
  scratch.write("a/boilerplate.yaml", kBoilerplate);
  scratch.write("b/boilerplate.yaml", kBoilerplate);
  Result<std::shared_ptr<const RuleSet>> loaded = RuleSet::load({scratch.path()});
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().message() ==
        scratch.path() + "/b/boilerplate.yaml:2:5: rule 'video-card': duplicate id "
                         "'video-card', first defined at " +
            scratch.path() +
            "/a/boilerplate.yaml:2:5 (ids are unique within one rules directory)");
}

TEST_CASE("default_rules_dir honours FACTDIFF_RULES_DIR", "[rules]") {
  const char* before = std::getenv("FACTDIFF_RULES_DIR");
  const std::string saved = before != nullptr ? before : "";
  ::setenv("FACTDIFF_RULES_DIR", "/elsewhere/rules", 1);
  CHECK(default_rules_dir() == "/elsewhere/rules");
  ::unsetenv("FACTDIFF_RULES_DIR");
  CHECK(default_rules_dir() == FACTDIFF_DEFAULT_RULES_DIR);
  if (before != nullptr) ::setenv("FACTDIFF_RULES_DIR", saved.c_str(), 1);
}

TEST_CASE("a rule set is shared read-only and cannot be copied", "[rules]") {
  STATIC_REQUIRE_FALSE(std::is_copy_constructible_v<RuleSet>);
  STATIC_REQUIRE_FALSE(std::is_copy_assignable_v<RuleSet>);
  STATIC_REQUIRE(std::is_same_v<decltype(RuleSet::load_texts({})),
                                Result<std::shared_ptr<const RuleSet>>>);
}

TEST_CASE("the bundled rules load", "[rules]") {
  Result<std::shared_ptr<const RuleSet>> loaded = RuleSet::load({default_rules_dir()});
  INFO(loaded.status().message());
  REQUIRE(loaded.ok());
  CHECK_FALSE(loaded.value()->rules().empty());
  for (const Rule& rule : loaded.value()->rules()) {
    INFO(rule.id);
    CHECK_FALSE(rule.examples.empty());
    CHECK((rule.type == RuleType::kLexicon) == (rule.regex == nullptr));
  }
}

TEST_CASE("the order files are given in does not change the rule set", "[rules]") {
  const std::string more =
      "rules:\n"
      "  - id: number-words-large\n"
      "    type: lexicon\n"
      "    stage: numeric\n"
      "    lexicon: number_words\n"
      "    entries: {one: uno}\n"
      "    examples: [a thousand]\n";
  auto forward = load_or_fail({{{"a.yaml", kNumberWords}, {"b.yaml", more}, {"c.yaml", kBoilerplate}}});
  auto backward = load_or_fail({{{"c.yaml", kBoilerplate}, {"b.yaml", more}, {"a.yaml", kNumberWords}}});
  REQUIRE(forward->rules().size() == backward->rules().size());
  for (std::size_t i = 0; i < forward->rules().size(); ++i) {
    CHECK(forward->rules()[i].id == backward->rules()[i].id);
  }
  CHECK(backward->lexicon("number_words").at("one").value == "uno");
}

// The schema example of docs/rules.md is what users copy: it must load as written.
TEST_CASE("the schema example in docs/rules.md loads", "[rules]") {
  std::ifstream in(std::string(FACTDIFF_SOURCE_DIR) + "/docs/rules.md");
  REQUIRE(in);
  std::string line;
  std::string yaml;
  bool inside = false;
  while (std::getline(in, line)) {
    if (!inside && line == "```yaml" && yaml.empty()) {
      inside = true;
    } else if (inside && line == "```") {
      break;
    } else if (inside) {
      yaml += line + "\n";
    }
  }
  Result<std::shared_ptr<const RuleSet>> loaded = RuleSet::load_texts({{"docs/rules.md", yaml}});
  INFO(loaded.status().message());
  REQUIRE(loaded.ok());
  REQUIRE(loaded.value()->rules().size() == 2);
  CHECK(loaded.value()->lexicon("number_words").at("a dozen").value == "12");
  CHECK(loaded.value()->find("video-duration")->examples[1].expect.at("reason") == "video-card");
}

}  // namespace
}  // namespace factdiff
