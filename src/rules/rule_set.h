// RuleSet: every rule file of rules/ (and of --rules DIR), validated and compiled once.
//
// A rule is data: a lexicon (number words, qualifiers, speech verbs, abbreviations...) or an RE2
// pattern, always with its own examples and negatives. The set is immutable and shared:
//
//   Result<std::shared_ptr<const RuleSet>> rules = RuleSet::load({default_rules_dir()});
//   if (!rules.ok()) { ... rules.status().message() names file:line:column and the rule id ... }
//   const Lexicon& numbers = rules.value()->lexicon("number_words");
//   for (const Rule* rule : rules.value()->patterns("boilerplate")) { ... *rule->regex ... }
//
// Later directories extend the earlier ones; a rule whose id is already loaded from an earlier
// directory replaces it; two rules with one id inside one directory are an error.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "core/status.h"
#include "rules/lexicon_key.h"
#include "rules/pattern_set.h"

namespace factdiff {

// A position in a rule file, 1-based, for file:line:column messages.
struct RuleSource {
  std::string file;
  int line = 0;
  int column = 0;
};

// One example of a rule: a text and the fields expected from it (checker-specific).
struct RuleExample {
  std::string text;
  std::map<std::string, std::string> expect;
  RuleSource source;
};

// One entry of a lexicon: "nearly" -> value "below", fields {low_factor: 0.9}.
struct LexiconEntry {
  std::string key;    // normalized (lower case, single spaces): see rules/lexicon_key.h
  std::string value;  // a scalar entry's value, or empty
  std::map<std::string, std::string> fields;  // a mapping entry's fields
  std::string rule_id;
  std::string written;  // the key as the rule file writes it
  RuleSource source;    // where the key is written
};

using Lexicon = std::unordered_map<std::string, LexiconEntry>;

enum class RuleType { kLexicon, kPattern };

struct Rule {
  std::string id;
  RuleType type = RuleType::kLexicon;
  std::string stage;        // which stage uses it and checks its examples: boilerplate, numeric...
  std::string description;
  RuleSource source;

  // kLexicon
  std::string lexicon;                 // the lexicon its entries join
  std::vector<LexiconEntry> entries;

  // kPattern
  std::string pattern;
  std::shared_ptr<const RE2> regex;    // compiled once
  std::map<std::string, std::string> fields;  // what a match means: kind, unit, reason...

  std::vector<RuleExample> examples;
  std::vector<RuleExample> negatives;  // texts that must give nothing
};

// One rule file in memory: its name (as messages show it) and its YAML text.
using RuleFileText = std::pair<std::string, std::string>;

class RuleSet {
 public:
  // Loads every *.yaml file under each directory (recursively; hidden files and folders skipped;
  // files sorted by relative path), directories in order. Errors name file:line:column and the
  // rule id; a missing directory or unreadable file is an error naming it.
  static Result<std::shared_ptr<const RuleSet>> load(const std::vector<std::string>& directories);
  // The same from in-memory files of one directory: (name, YAML text) pairs, sorted by name
  // before loading; used by tests and fuzzing.
  static Result<std::shared_ptr<const RuleSet>> load_texts(const std::vector<RuleFileText>& files);
  // Several directories' files, earliest first: what load does once the files are read.
  static Result<std::shared_ptr<const RuleSet>> load_layers(
      const std::vector<std::vector<RuleFileText>>& directories);

  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;

  // Every rule in load order: a directory's rules after the earlier directories', a rule that
  // replaces an earlier one by id sitting where its own directory puts it.
  const std::vector<Rule>& rules() const { return rules_; }
  const Rule* find(std::string_view id) const;
  // The merged entries of every rule naming this lexicon (a later rule wins on the same key);
  // an empty lexicon when there is none. Look keys up with normalize_lexicon_key.
  const Lexicon& lexicon(std::string_view name) const;
  // Pattern rules of one stage, in load order.
  const std::vector<const Rule*>& patterns(std::string_view stage) const;
  // One-pass filter of all of a stage's patterns: which may match (rules/pattern_set.h);
  // indexes into patterns(stage). Compiled on the first call for the stage (thread-safe), since
  // a stage's set costs as much as all its patterns again and not every run needs it. Null if
  // the stage has no pattern, or if RE2 cannot fit its patterns in sets (test patterns(stage)
  // one by one then).
  const PatternSet* pattern_set(std::string_view stage) const;

 private:
  RuleSet() = default;
  friend class RuleSetBuilder;

  std::vector<Rule> rules_;
  std::unordered_map<std::string, std::size_t> by_id_;
  std::unordered_map<std::string, Lexicon> lexicons_;
  std::unordered_map<std::string, std::vector<const Rule*>> patterns_;
  struct LazyPatternSet {
    std::once_flag compiled;
    std::unique_ptr<PatternSet> set;  // null until compiled, or when it cannot be
  };
  std::unordered_map<std::string, std::unique_ptr<LazyPatternSet>> pattern_sets_;
};

// The bundled rules folder: $FACTDIFF_RULES_DIR when set, else the one the build was made from.
std::string default_rules_dir();

}  // namespace factdiff
