// Reading the compare lexicons out of a RuleSet, and the example checker of the `compare` stage.
#include <optional>

#include "align/compare_lexicons.h"
#include "align/compare_lexicons_rules.h"
#include "rules/lexicon_key.h"
#include "rules/rule_set.h"

namespace factdiff {
namespace {

// Plurals and -ed/-ing forms of a listed stem map too ("organisers" -> "organizers").
void add_spelling(SpellingVariants& spelling, const std::string& key, const std::string& value) {
  spelling[key] = value;
  spelling.emplace(value, value);
  static const char* suffixes[] = {"s", "es", "d", "ed", "ing", "r", "rs"};
  for (const char* suffix : suffixes) spelling.emplace(key + suffix, value + suffix);
}

}  // namespace

CompareLexicons compare_lexicons_from(const RuleSet& rules) {
  CompareLexicons lexicons;
  for (const auto& [key, entry] : rules.lexicon("spelling_variants")) {
    if (!entry.value.empty()) add_spelling(lexicons.spelling, key, entry.value);
  }
  for (const auto& [key, entry] : rules.lexicon("predicate_groups")) {
    const auto group = entry.fields.find("group");
    const std::string name = group == entry.fields.end() ? (entry.value.empty() ? key : entry.value) : group->second;
    lexicons.predicate_group[key] = name;
    const auto casualty = entry.fields.find("casualty");
    if (casualty != entry.fields.end() && casualty->second == "true") lexicons.casualty_groups.insert(name);
  }
  for (const auto& [key, entry] : rules.lexicon("unit_groups")) {
    const auto group = entry.fields.find("group");
    lexicons.unit_group[key] = group == entry.fields.end() ? entry.value : group->second;
  }
  for (const auto& [key, entry] : rules.lexicon("title_ranks")) lexicons.title_ranks.insert(key);
  for (const auto& [key, entry] : rules.lexicon("offices")) lexicons.offices.insert(key);
  for (const auto& [key, entry] : rules.lexicon("title_families")) lexicons.title_family[key] = entry.value;
  for (const auto& [key, entry] : rules.lexicon("quote_function_words")) lexicons.function_words.insert(key);
  for (const char* name : {"numeric_number_words", "numeric_scales", "numeric_fractions", "number_words"}) {
    for (const auto& [key, entry] : rules.lexicon(name)) lexicons.number_words.insert(key);
  }
  return lexicons;
}

Status check_compare_example(const Rule& rule, const RuleExample& example, bool negative) {
  const std::optional<std::string> key = normalize_lexicon_key(example.text);
  const LexiconEntry* listed = nullptr;
  for (const LexiconEntry& entry : rule.entries) {
    if (key && entry.key == *key) listed = &entry;
  }
  std::string group;
  if (listed != nullptr) {
    const auto found = listed->fields.find("group");
    group = found == listed->fields.end() ? listed->value : found->second;
  }
  if (negative) {
    if (listed == nullptr) return Status();
    return Status::error("'" + example.text + "' is listed" + (group.empty() ? "" : " in group '" + group + "'"));
  }
  const auto expected = example.expect.find("group");
  if (listed == nullptr) return Status::error("'" + example.text + "' is not listed");
  if (expected != example.expect.end() && group.empty()) return Status::error("'" + example.text + "' is in no group");
  if (expected != example.expect.end() && expected->second != group) {
    return Status::error("'" + example.text + "' is in group '" + group + "', expected '" + expected->second + "'");
  }
  return Status();
}

}  // namespace factdiff
