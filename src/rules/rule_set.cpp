#include "rules/rule_set.h"

#include <algorithm>
#include <cstdlib>
#include <optional>

#include <fmt/format.h>

#include "rules/rule_directory.h"
#include "rules/rule_file_parser.h"

namespace factdiff {

// Assembles a RuleSet from parsed files: ids checked and overridden, lexicons merged, pattern
// sets compiled. Everything that needs more than one file happens here.
class RuleSetBuilder {
 public:
  static Result<std::shared_ptr<const RuleSet>> build(
      const std::vector<std::vector<RuleFileText>>& directories);

 private:
  static Result<std::vector<Rule>> parse_directory(std::vector<const RuleFileText*> files);
  static void index(RuleSet& set);
  static void prepare_pattern_sets(RuleSet& set);
};

namespace {

std::string position(const RuleSource& source) {
  return fmt::format("{}:{}:{}", source.file, source.line, source.column);
}

// For each of a stage's two sets (rules/pattern_set.h): large enough for a few hundred patterns
// and a DFA cache that rarely fills (the boilerplate patterns' cache, in one set, grew to about
// 8 MB on a run of a thousand reports). A 2 MiB budget saved that memory but refilled the
// cache so often that matching the set cost five times as many instructions. A set whose DFA still runs out of memory reports kOutOfMemory, and its
// callers then try every pattern on its own (text/boilerplate.cpp).
constexpr int64_t kPatternSetMemory = int64_t{64} << 20;

}  // namespace

Result<std::vector<Rule>> RuleSetBuilder::parse_directory(std::vector<const RuleFileText*> files) {
  std::stable_sort(files.begin(), files.end(),
                   [](const RuleFileText* a, const RuleFileText* b) { return a->first < b->first; });
  std::vector<Rule> rules;
  std::unordered_map<std::string, RuleSource> first_place;
  for (const RuleFileText* file : files) {
    Result<std::vector<Rule>> parsed = parse_rule_file(file->first, file->second);
    if (!parsed.ok()) return parsed.status();
    for (Rule& rule : parsed.value()) {
      auto [it, inserted] = first_place.emplace(rule.id, rule.source);
      if (!inserted) {
        return Status::error(fmt::format(
            "{}: rule '{}': duplicate id '{}', first defined at {} (ids are unique within one "
            "rules directory)",
            position(rule.source), rule.id, rule.id, position(it->second)));
      }
      rules.push_back(std::move(rule));
    }
  }
  return rules;
}

Result<std::shared_ptr<const RuleSet>> RuleSetBuilder::build(
    const std::vector<std::vector<RuleFileText>>& directories) {
  std::vector<std::optional<Rule>> slots;  // emptied when a later directory replaces the rule
  std::unordered_map<std::string, std::size_t> slot_of_id;
  for (const std::vector<RuleFileText>& files : directories) {
    std::vector<const RuleFileText*> pointers;
    for (const RuleFileText& file : files) pointers.push_back(&file);
    Result<std::vector<Rule>> rules = parse_directory(std::move(pointers));
    if (!rules.ok()) return rules.status();
    for (Rule& rule : rules.value()) {
      auto it = slot_of_id.find(rule.id);
      if (it != slot_of_id.end()) slots[it->second].reset();
      slot_of_id[rule.id] = slots.size();
      slots.emplace_back(std::move(rule));
    }
  }

  std::shared_ptr<RuleSet> set(new RuleSet());
  set->rules_.reserve(slot_of_id.size());
  for (std::optional<Rule>& slot : slots) {
    if (slot) set->rules_.push_back(std::move(*slot));
  }
  index(*set);
  prepare_pattern_sets(*set);
  return std::shared_ptr<const RuleSet>(std::move(set));
}

void RuleSetBuilder::index(RuleSet& set) {
  for (std::size_t i = 0; i < set.rules_.size(); ++i) {
    const Rule& rule = set.rules_[i];
    set.by_id_.emplace(rule.id, i);
    if (rule.type == RuleType::kPattern) {
      set.patterns_[rule.stage].push_back(&rule);
      continue;
    }
    Lexicon& lexicon = set.lexicons_[rule.lexicon];
    for (const LexiconEntry& entry : rule.entries) lexicon.insert_or_assign(entry.key, entry);
  }
}

void RuleSetBuilder::prepare_pattern_sets(RuleSet& set) {
  for (const auto& entry : set.patterns_) {
    set.pattern_sets_.emplace(entry.first, std::make_unique<RuleSet::LazyPatternSet>());
  }
}

Result<std::shared_ptr<const RuleSet>> RuleSet::load(const std::vector<std::string>& directories) {
  std::vector<std::vector<RuleFileText>> layers;
  for (const std::string& directory : directories) {
    Result<std::vector<RuleFileText>> files = read_rule_directory(directory);
    if (!files.ok()) return files.status();
    layers.push_back(std::move(files).value());
  }
  return RuleSetBuilder::build(layers);
}

Result<std::shared_ptr<const RuleSet>> RuleSet::load_texts(const std::vector<RuleFileText>& files) {
  return RuleSetBuilder::build({files});
}

Result<std::shared_ptr<const RuleSet>> RuleSet::load_layers(
    const std::vector<std::vector<RuleFileText>>& directories) {
  return RuleSetBuilder::build(directories);
}

const Rule* RuleSet::find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &rules_[it->second];
}

const Lexicon& RuleSet::lexicon(std::string_view name) const {
  static const Lexicon kEmpty;
  auto it = lexicons_.find(std::string(name));
  return it == lexicons_.end() ? kEmpty : it->second;
}

const std::vector<const Rule*>& RuleSet::patterns(std::string_view stage) const {
  static const std::vector<const Rule*> kNone;
  auto it = patterns_.find(std::string(stage));
  return it == patterns_.end() ? kNone : it->second;
}

namespace {

// Every pattern already compiled on its own at load, so adding one cannot fail on syntax; only
// sets too large for their memory budget fail, and then the caller falls back to single patterns.
std::unique_ptr<PatternSet> compile_pattern_set(const std::vector<const Rule*>& rules) {
  RE2::Options options = rule_pattern_options();
  options.set_max_mem(kPatternSetMemory);
  std::vector<std::string> patterns;
  patterns.reserve(rules.size());
  for (const Rule* rule : rules) patterns.push_back(rule->pattern);
  return PatternSet::compile(patterns, options);
}

}  // namespace

const PatternSet* RuleSet::pattern_set(std::string_view stage) const {
  auto it = pattern_sets_.find(std::string(stage));
  if (it == pattern_sets_.end()) return nullptr;
  LazyPatternSet& lazy = *it->second;
  std::call_once(lazy.compiled, [&] { lazy.set = compile_pattern_set(patterns(stage)); });
  return lazy.set.get();
}

std::string default_rules_dir() {
  const char* configured = std::getenv("FACTDIFF_RULES_DIR");
  if (configured != nullptr && *configured != '\0') return configured;
  return FACTDIFF_DEFAULT_RULES_DIR;
}

}  // namespace factdiff
