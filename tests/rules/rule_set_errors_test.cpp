// Every class of rule file error, with the exact message a user sees: file:line:column, the rule
// id, what is wrong and the offending text.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "rules/rule_set.h"

namespace factdiff {
namespace {

struct ErrorCase {
  const char* name;
  std::string yaml;
  std::string message;
};

std::string load_error(const std::vector<RuleFileText>& files) {
  Result<std::shared_ptr<const RuleSet>> loaded = RuleSet::load_texts(files);
  if (loaded.ok()) return "(loaded without error)";
  return loaded.status().message();
}

const std::vector<ErrorCase>& error_cases() {
  static const std::vector<ErrorCase> cases = {
      {"YAML syntax error",
       "rules:\n"
       "  - id: video-card\n"
       "    type: [pattern\n",
       "x.yaml:4:1: YAML syntax error: end of sequence flow not found"},
      {"YAML syntax error: bad indentation",
       "rules:\n"
       "  - id: video-card\n"
       "     type: pattern\n",
       "x.yaml:3:10: YAML syntax error: illegal map value"},
      {"YAML syntax error: a stray comma (found by fuzzing: yaml-cpp looped on it)",
       ", l",
       "x.yaml:1:1: YAML syntax error: unexpected ','"},
      {"a file that is not a mapping",
       "- id: video-card\n",
       "x.yaml:1:1: a rule file is a mapping with the key 'rules' (found a list)"},
      {"unknown top-level key",
       "rules: []\n"
       "rule: []\n",
       "x.yaml:2:1: unknown key 'rule' (allowed: rules)"},
      {"rules is not a list",
       "rules: video-card\n",
       "x.yaml:1:8: 'rules' must be a list of rules (found 'video-card')"},
      {"a rule that is not a mapping",
       "rules:\n"
       "  - video-card\n",
       "x.yaml:2:5: rule #1: a rule must be a mapping (found 'video-card')"},
      {"unknown key",
       "rules:\n"
       "  - id: video-card\n"
       "    type: pattern\n"
       "    stage: boilerplate\n"
       "    patern: 'Duration'\n"
       "    examples: [Duration 2:02]\n",
       "x.yaml:5:5: rule 'video-card': unknown key 'patern' (allowed: id, type, stage, "
       "description, lexicon, entries, pattern, fields, examples, negatives)"},
      {"a key of the other type",
       "rules:\n"
       "  - id: video-card\n"
       "    type: pattern\n"
       "    stage: boilerplate\n"
       "    pattern: 'Duration'\n"
       "    entries: [one]\n"
       "    examples: [Duration 2:02]\n",
       "x.yaml:6:5: rule 'video-card': key 'entries' is not allowed in a pattern rule (allowed: "
       "id, type, stage, description, pattern, fields, examples, negatives)"},
      {"a key written twice",
       "rules:\n"
       "  - id: video-card\n"
       "    type: pattern\n"
       "    type: lexicon\n",
       "x.yaml:4:5: rule #1: key 'type' appears twice"},
      {"wrong type: stage is a list",
       "rules:\n"
       "  - id: video-card\n"
       "    type: pattern\n"
       "    stage: [boilerplate]\n",
       "x.yaml:4:12: rule 'video-card': 'stage' must be a text (found a list)"},
      {"wrong type: examples is a mapping",
       "rules:\n"
       "  - id: video-card\n"
       "    type: pattern\n"
       "    stage: boilerplate\n"
       "    pattern: Duration\n"
       "    examples: {text: Duration 2:02}\n",
       "x.yaml:6:15: rule 'video-card': 'examples' must be a list (found a mapping)"},
      {"wrong type: fields value is a list",
       "rules:\n"
       "  - id: video-card\n"
       "    type: pattern\n"
       "    stage: boilerplate\n"
       "    pattern: Duration\n"
       "    fields: {reason: [video]}\n"
       "    examples: [Duration 2:02]\n",
       "x.yaml:6:22: rule 'video-card': field 'reason' must be a text (found a list)"},
      {"unknown type",
       "rules:\n"
       "  - id: video-card\n"
       "    type: regex\n",
       "x.yaml:3:11: rule 'video-card': unknown type 'regex' (allowed: lexicon, pattern)"},
      {"missing id",
       "rules:\n"
       "  - type: pattern\n"
       "    stage: boilerplate\n",
       "x.yaml:2:5: rule #1: missing key 'id'"},
      {"invalid id",
       "rules:\n"
       "  - id: Video Card\n",
       "x.yaml:2:9: rule #1: invalid id 'Video Card' (use lower-case letters, digits, '-' and "
       "'.', starting with a letter or digit)"},
      {"missing type",
       "rules:\n"
       "  - id: video-card\n"
       "    stage: boilerplate\n",
       "x.yaml:2:5: rule 'video-card': missing key 'type'"},
      {"missing stage",
       "rules:\n"
       "  - id: video-card\n"
       "    type: pattern\n",
       "x.yaml:2:5: rule 'video-card': missing key 'stage'"},
      {"a pattern RE2 rejects",
       "rules:\n"
       "  - id: video-card\n"
       "    type: pattern\n"
       "    stage: boilerplate\n"
       "    pattern: '(?i)^duration (\\d+:\\d\\d$'\n"
       "    examples: [Duration 2:02]\n",
       "x.yaml:5:14: rule 'video-card': RE2 rejects the pattern '(?i)^duration (\\d+:\\d\\d$': "
       "missing ): '(?i)^duration (\\d+:\\d\\d$'"},
      {"a pattern with a backreference",
       "rules:\n"
       "  - id: repeated-word\n"
       "    type: pattern\n"
       "    stage: spelling\n"
       "    pattern: '(\\w+) \\1'\n"
       "    examples: [the the]\n",
       "x.yaml:5:14: rule 'repeated-word': RE2 rejects the pattern '(\\w+) \\1': invalid escape "
       "sequence: '\\1'"},
      {"a pattern RE2 rejects, written over two lines (found by fuzzing)",
       "rules:\n"
       "  - id: video-card\n"
       "    type: pattern\n"
       "    stage: boilerplate\n"
       "    pattern: \"(Duration\\n2:02\"\n"
       "    examples: [Duration 2:02]\n",
       "x.yaml:5:14: rule 'video-card': RE2 rejects the pattern '(Duration\\n2:02': missing ): "
       "'(Duration\\n2:02'"},
      {"a rule without examples",
       "rules:\n"
       "  - id: video-card\n"
       "    type: pattern\n"
       "    stage: boilerplate\n"
       "    pattern: Duration\n",
       "x.yaml:2:5: rule 'video-card': no examples: every rule needs 'examples' (at least one)"},
      {"a rule with an empty list of examples",
       "rules:\n"
       "  - id: video-card\n"
       "    type: pattern\n"
       "    stage: boilerplate\n"
       "    pattern: Duration\n"
       "    examples: []\n",
       "x.yaml:6:15: rule 'video-card': no examples: every rule needs 'examples' (at least one)"},
      {"an example with an unknown key",
       "rules:\n"
       "  - id: video-card\n"
       "    type: pattern\n"
       "    stage: boilerplate\n"
       "    pattern: Duration\n"
       "    examples:\n"
       "      - text: Duration 2:02\n"
       "        expected: {reason: video}\n",
       "x.yaml:8:9: rule 'video-card': example 1: unknown key 'expected' (allowed: text, "
       "expect)"},
      {"a negative with an expectation",
       "rules:\n"
       "  - id: video-card\n"
       "    type: pattern\n"
       "    stage: boilerplate\n"
       "    pattern: Duration\n"
       "    examples: [Duration 2:02]\n"
       "    negatives:\n"
       "      - A duration of two hours\n"
       "      - {text: Lasting 2:02, expect: {reason: video}}\n",
       "x.yaml:9:30: rule 'video-card': negative 2: unknown key 'expect' (allowed: text)"},
      {"an example without text",
       "rules:\n"
       "  - id: video-card\n"
       "    type: pattern\n"
       "    stage: boilerplate\n"
       "    pattern: Duration\n"
       "    examples:\n"
       "      - expect: {reason: video}\n",
       "x.yaml:7:9: rule 'video-card': example 1: missing key 'text'"},
      {"a lexicon rule without a lexicon name",
       "rules:\n"
       "  - id: number-words\n"
       "    type: lexicon\n"
       "    stage: numeric\n"
       "    entries: {one: 1}\n"
       "    examples: [one]\n",
       "x.yaml:2:5: rule 'number-words': missing key 'lexicon' (the lexicon its entries join)"},
      {"bad lexicon entry: a list as value",
       "rules:\n"
       "  - id: number-words\n"
       "    type: lexicon\n"
       "    stage: numeric\n"
       "    lexicon: number_words\n"
       "    entries:\n"
       "      one: [1, 2]\n"
       "    examples: [one]\n",
       "x.yaml:7:12: rule 'number-words': bad lexicon entry 'one': the value must be a text or a "
       "mapping of texts (found a list)"},
      {"bad lexicon entry: no value",
       "rules:\n"
       "  - id: number-words\n"
       "    type: lexicon\n"
       "    stage: numeric\n"
       "    lexicon: number_words\n"
       "    entries:\n"
       "      one:\n"
       "      two: 2\n"
       "    examples: [one]\n",
       "x.yaml:7:7: rule 'number-words': bad lexicon entry 'one': the value must be a text or a "
       "mapping of texts (found nothing)"},
      {"bad lexicon entry: a nested field",
       "rules:\n"
       "  - id: qualifiers\n"
       "    type: lexicon\n"
       "    stage: numeric\n"
       "    lexicon: qualifiers\n"
       "    entries:\n"
       "      nearly: {bound: below, factor: {low: 0.9}}\n"
       "    examples: [nearly 100]\n",
       "x.yaml:7:38: rule 'qualifiers': bad lexicon entry 'nearly': field 'factor' must be a text "
       "(found a mapping)"},
      {"bad lexicon entry: a list item that is a mapping",
       "rules:\n"
       "  - id: speech-verbs\n"
       "    type: lexicon\n"
       "    stage: quote\n"
       "    lexicon: speech_verbs\n"
       "    entries:\n"
       "      - said\n"
       "      - {told: tell}\n"
       "    examples: [he said]\n",
       "x.yaml:8:9: rule 'speech-verbs': bad lexicon entry a mapping: an item of an 'entries' "
       "list must be a text"},
      {"bad lexicon entry: empty key",
       "rules:\n"
       "  - id: speech-verbs\n"
       "    type: lexicon\n"
       "    stage: quote\n"
       "    lexicon: speech_verbs\n"
       "    entries: ['said', '  ']\n"
       "    examples: [he said]\n",
       "x.yaml:6:23: rule 'speech-verbs': bad lexicon entry '  ': the key is empty"},
      {"bad lexicon entry: two spellings of one key",
       "rules:\n"
       "  - id: number-words\n"
       "    type: lexicon\n"
       "    stage: numeric\n"
       "    lexicon: number_words\n"
       "    entries:\n"
       "      one: 1\n"
       "      Two: 2\n"
       "      two : 2\n"
       "    examples: [one]\n",
       "x.yaml:9:7: rule 'number-words': bad lexicon entry 'two': same key as the entry at "
       "line 8"},
      {"empty entries",
       "rules:\n"
       "  - id: number-words\n"
       "    type: lexicon\n"
       "    stage: numeric\n"
       "    lexicon: number_words\n"
       "    entries: []\n"
       "    examples: [one]\n",
       "x.yaml:6:14: rule 'number-words': 'entries' is empty"},
      {"a YAML alias",
       "rules:\n"
       "  - id: video-card\n"
       "    type: pattern\n"
       "    stage: boilerplate\n"
       "    pattern: &duration Duration\n"
       "    examples: [*duration]\n",
       "x.yaml:6:16: YAML aliases (*name) are not supported in rule files"},
      {"YAML nested too deep",
       "rules: " + std::string(600, '[') + std::string(600, ']') + "\n",
       "x.yaml:1:1208: YAML nesting deeper than 500 levels"},
      {"two YAML documents",
       "rules: []\n"
       "---\n"
       "rules: []\n",
       "x.yaml:3:1: a rule file holds one YAML document (found a second one)"},
      {"a NUL byte",
       std::string("rules: []\n# \0\n", 14),
       "x.yaml:2:3: NUL byte at byte 12 (rule files are UTF-8 text)"},
      {"invalid UTF-8",
       "rules:\n"
       "  - id: number-words\n"
       "    description: caf\xe9\n",
       "x.yaml:3:21: invalid UTF-8 at byte 48 (rule files are UTF-8 text)"},
  };
  return cases;
}

TEST_CASE("each rule file error names file, line, column, rule and the offending text",
          "[rules]") {
  for (const ErrorCase& error_case : error_cases()) {
    SECTION(error_case.name) {
      CHECK(load_error({{"x.yaml", error_case.yaml}}) == error_case.message);
    }
  }
}

TEST_CASE("two rules with one id inside one directory are an error naming both places",
          "[rules]") {
  const std::string rule =
      "rules:\n"
      "  - id: video-card\n"
      "    type: pattern\n"
      "    stage: boilerplate\n"
      "    pattern: Duration\n"
      "    examples: [Duration 2:02]\n";
  SECTION("in two files: the message points at the later file by name order") {
    CHECK(load_error({{"text/b.yaml", rule}, {"text/a.yaml", rule}}) ==
          "text/b.yaml:2:5: rule 'video-card': duplicate id 'video-card', first defined at "
          "text/a.yaml:2:5 (ids are unique within one rules directory)");
  }
  SECTION("in one file") {
    const std::string twice = rule + rule.substr(std::string("rules:\n").size());
    CHECK(load_error({{"a.yaml", twice}}) ==
          "a.yaml:7:5: rule 'video-card': duplicate id 'video-card', first defined at "
          "a.yaml:2:5 (ids are unique within one rules directory)");
  }
}

}  // namespace
}  // namespace factdiff
