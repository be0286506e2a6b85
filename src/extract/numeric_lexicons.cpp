#include "extract/numeric_lexicons.h"

#include <cstdlib>

#include "text/bundled_word_list.h"

namespace factdiff {
namespace {

double to_number(const std::string& text, double fallback = 0) {
  if (text.empty()) return fallback;
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end == text.c_str()) return fallback;
  // "1/3" is written as a fraction in the rule files.
  if (*end == '/') {
    const double denominator = std::strtod(end + 1, nullptr);
    if (denominator != 0) return value / denominator;
  }
  return value;
}

std::string field(const LexiconEntry& entry, const std::string& name) {
  auto it = entry.fields.find(name);
  return it == entry.fields.end() ? std::string() : it->second;
}

// A scalar entry gives its value; a mapping entry its `value` field.
std::string scalar(const LexiconEntry& entry) {
  return entry.value.empty() ? field(entry, "value") : entry.value;
}

std::optional<QualifierEffect> effect_from(const std::string& name) {
  static const std::map<std::string, QualifierEffect> kEffects = {
      {"at_least", QualifierEffect::kAtLeast}, {"more_than", QualifierEffect::kMoreThan},
      {"at_most", QualifierEffect::kAtMost},   {"less_than", QualifierEffect::kLessThan},
      {"nearly", QualifierEffect::kNearly},    {"about", QualifierEffect::kAbout},
      {"before", QualifierEffect::kBefore},    {"after", QualifierEffect::kAfter},
  };
  auto it = kEffects.find(name);
  if (it == kEffects.end()) return std::nullopt;
  return it->second;
}

UnitKind unit_kind_from(const std::string& name) {
  static const std::map<std::string, UnitKind> kKinds = {
      {"count", UnitKind::kCount},       {"people", UnitKind::kPeople},
      {"duration", UnitKind::kDuration}, {"measure", UnitKind::kMeasure},
      {"percent", UnitKind::kPercent},   {"money", UnitKind::kMoney},
      {"age", UnitKind::kAge},
  };
  auto it = kKinds.find(name);
  return it == kKinds.end() ? UnitKind::kCount : it->second;
}

// The key of a map's entry or a set's element.
template <typename Key, typename Value>
const Key& entry_key(const std::pair<const Key, Value>& entry) { return entry.first; }
inline const std::string& entry_key(const std::string& key) { return key; }

template <typename Set>
void fill_set(const RuleSet& rules, const char* name, Set& out) {
  for (const auto& [key, entry] : rules.lexicon(name)) out.insert(key);
}

}  // namespace

// The bundled English word list, the same one glue repair reads (text/bundled_word_list.h), or
// an empty list when it cannot be read.
std::shared_ptr<const WordList> bundled_words() {
  static const std::shared_ptr<const WordList> words =
      bundled_word_list().ok() ? bundled_word_list().value() : WordList::from_words({});
  return words;
}

NumericLexicons NumericLexicons::from_rules(const RuleSet& rules,
                                            std::shared_ptr<const WordList> words) {
  NumericLexicons lex;
  lex.words = words ? std::move(words) : bundled_words();
  for (const auto& [key, entry] : rules.lexicon("numeric_irregular_verbs")) {
    lex.irregular_verbs[key] = scalar(entry);
  }
  for (const auto& [key, entry] : rules.lexicon("numeric_number_words")) {
    lex.number_words[key] = to_number(scalar(entry));
  }
  for (const auto& [key, entry] : rules.lexicon("numeric_scales")) {
    const double value = to_number(scalar(entry));
    if (field(entry, "glued_only") == "true") {
      lex.glued_scales[key] = value;
    } else {
      lex.scales[key] = value;
      lex.glued_scales[key] = value;
    }
  }
  for (const auto& [key, entry] : rules.lexicon("numeric_fractions")) {
    lex.fractions[key] = to_number(scalar(entry));
  }
  for (const auto& [key, entry] : rules.lexicon("numeric_vague")) {
    lex.vague[key] = {to_number(field(entry, "low")), to_number(field(entry, "high")),
                      entry.rule_id};
  }
  for (const auto& [key, entry] : rules.lexicon("numeric_qualifiers")) {
    auto effect = effect_from(field(entry, "effect").empty() ? entry.value : field(entry, "effect"));
    if (!effect) continue;
    auto& target = field(entry, "position") == "after" ? lex.postfix_qualifiers : lex.qualifiers;
    target[key] = {*effect, entry.rule_id, field(entry, "overrides_prefix") == "true"};
  }
  for (const auto& [key, entry] : rules.lexicon("numeric_units")) {
    UnitInfo unit;
    unit.lemma = field(entry, "lemma").empty() ? key : field(entry, "lemma");
    unit.kind = unit_kind_from(field(entry, "kind"));
    unit.factor = to_number(field(entry, "factor"), 1);
    unit.rule_id = entry.rule_id;
    lex.units[key] = unit;
  }
  for (const auto& [key, entry] : rules.lexicon("numeric_predicates")) {
    std::string lemma = field(entry, "lemma").empty() ? scalar(entry) : field(entry, "lemma");
    if (lemma.empty()) lemma = key;
    lex.predicates[key] = lemma;
    if (field(entry, "event") == "true") lex.event_predicates.insert(lemma);
  }
  fill_set(rules, "numeric_outcome_verbs", lex.outcome_verbs);
  fill_set(rules, "numeric_perception_verbs", lex.perception_verbs);
  fill_set(rules, "numeric_raising_verbs", lex.raising_verbs);
  for (const auto& [key, entry] : rules.lexicon("numeric_outcome_phrases")) {
    lex.outcome_phrases[key] = scalar(entry);
  }
  for (const auto& [key, entry] : rules.lexicon("numeric_irregular_plurals")) {
    lex.irregular_plurals[key] = scalar(entry);
  }
  for (const auto& [key, entry] : rules.lexicon("numeric_months")) {
    lex.months[key] = static_cast<int>(to_number(scalar(entry)));
  }
  for (const auto& [key, entry] : rules.lexicon("numeric_weekdays")) {
    lex.weekdays[key] = static_cast<int>(to_number(scalar(entry)));
  }
  for (const auto& [key, entry] : rules.lexicon("numeric_future_markers")) {
    lex.future_markers[key] = scalar(entry);
  }
  fill_set(rules, "numeric_past_markers", lex.past_markers);
  for (const auto& [key, entry] : rules.lexicon("numeric_currencies")) {
    lex.currencies[key] = scalar(entry);
  }
  for (const auto& [key, entry] : rules.lexicon("numeric_lost_currency_signs")) {
    lex.lost_currency_signs[key] = scalar(entry);
  }
  for (const auto& [key, entry] : rules.lexicon("numeric_clock_words")) {
    lex.clock_words[key] = to_number(scalar(entry));
  }
  fill_set(rules, "numeric_age_words", lex.age_words);
  fill_set(rules, "numeric_time_zones", lex.time_zones);
  fill_set(rules, "numeric_time_prepositions", lex.time_prepositions);
  for (const Rule* rule : rules.patterns("numeric")) {
    auto effect = rule->fields.find("effect");
    if (effect != rule->fields.end() && effect->second == "figure") lex.digit_figure = rule->regex;
  }
  fill_set(rules, "numeric_ordinals", lex.ordinals);
  fill_set(rules, "numeric_negations", lex.negations);
  fill_set(rules, "numeric_skippable", lex.skippable);
  fill_set(rules, "numeric_auxiliaries", lex.auxiliaries);
  fill_set(rules, "numeric_date_prepositions", lex.date_prepositions);
  fill_set(rules, "numeric_phrase_prepositions", lex.phrase_prepositions);
  fill_set(rules, "numeric_picking_out_words", lex.picking_out_words);
  fill_set(rules, "numeric_relative_pronouns", lex.relative_pronouns);
  fill_set(rules, "numeric_name_words", lex.name_words);
  fill_set(rules, "numeric_one_idioms", lex.one_idioms);
  fill_set(rules, "numeric_stop_words", lex.stop_words);
  fill_set(rules, "numeric_name_followers", lex.name_followers);
  for (const Rule& rule : rules.rules()) {
    if (rule.type == RuleType::kLexicon && !rule.lexicon.empty()) {
      lex.rule_of.emplace(rule.lexicon, rule.id);
    }
  }
  lex.collect_triggers();
  return lex;
}

void NumericLexicons::collect_triggers() {
  auto first_word = [](const std::string& key) { return key.substr(0, key.find(' ')); };
  word_flags.clear();
  const auto trigger = [this](const std::string& word) { word_flags[word] |= kTriggerWord; };
  for (const auto& [key, value] : number_words) trigger(key);
  for (const auto& [key, value] : fractions) trigger(key);
  for (const auto& [key, value] : vague) trigger(first_word(key));
  for (const auto& [key, value] : months) trigger(key);
  for (const auto& [key, value] : weekdays) trigger(key);
  for (const auto& [key, value] : clock_words) trigger(key);
  for (const auto& [key, value] : currencies) trigger(first_word(key));
  for (const auto& [key, value] : lost_currency_signs) trigger(key);
  // Words the readers know by themselves: articles ("a dozen", "a man"), "between 20 and 30",
  // relative dates, and the currency prefix "US$".
  for (const char* word : {"a", "an", "another", "between", "half", "us", "yesterday", "today", "tonight",
                           "last", "past", "this", "next"}) {
    trigger(word);
  }
  // Qualifiers come last: a first word of theirs that no other lexicon holds is a lone qualifier.
  for (const auto& [key, value] : qualifiers) {
    unsigned& flags = word_flags[first_word(key)];
    if (!(flags & kTriggerWord)) flags |= kTriggerWord | kLoneQualifierWord;
    flags |= kQualifierFirstWord;
  }
  for (const auto& [form, lemma] : predicates) {
    if (event_predicates.count(lemma)) word_flags[form] |= kEventVerbWord;
  }
  for (const auto& [key, unit] : units) word_flags[key] |= kUnitWord;
  for (const auto& [key, amount] : vague) word_flags[first_word(key)] |= kVagueFirstWord;
  for (const char* word : {"a", "an", "another"}) word_flags[word] |= kArticleWord;
  collect_word_classes();
}

void NumericLexicons::collect_word_classes() {
  auto first_word = [](const std::string& key) { return key.substr(0, key.find(' ')); };
  const auto mark_keys = [this](const auto& lexicon, unsigned flag) {
    for (const auto& entry : lexicon) word_flags[entry_key(entry)] |= flag;
  };
  const auto mark_openings = [&](const auto& lexicon, unsigned flag) {
    for (const auto& entry : lexicon) word_flags[first_word(entry.first)] |= flag;
  };
  mark_keys(number_words, kNumberWord);
  mark_keys(scales, kScaleWord);
  mark_keys(glued_scales, kGluedScaleWord);
  mark_keys(fractions, kFractionWord);
  mark_keys(stop_words, kStopWord);
  mark_keys(auxiliaries, kAuxiliaryWord);
  mark_keys(predicates, kPredicateWord);
  mark_keys(irregular_verbs, kIrregularVerbWord);
  mark_keys(skippable, kSkippableWord);
  mark_keys(negations, kNegationWord);
  mark_keys(months, kMonthWord);
  mark_keys(weekdays, kWeekdayWord);
  mark_keys(ordinals, kOrdinalWord);
  mark_keys(irregular_plurals, kIrregularPluralWord);
  mark_keys(qualifiers, kQualifierWord);
  mark_keys(clock_words, kClockWord);
  mark_keys(currencies, kCurrencyWord);
  mark_keys(past_markers, kPastMarkerWord);
  mark_keys(date_prepositions, kDatePrepositionWord);
  mark_openings(units, kUnitOpening);
  mark_openings(postfix_qualifiers, kPostfixQualifierOpening);
  mark_openings(outcome_phrases, kOutcomePhraseOpening);
  mark_openings(future_markers, kFutureMarkerOpening);
  flag_table.build(word_flags);
}

void WordFlagTable::build(const WordMap<unsigned>& flags) {
  std::size_t size = 16;
  // A quarter full: most words asked have no flags, and their probe ends at the first empty slot.
  while (size < 4 * flags.size()) size *= 2;
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  for (const auto& [word, classes] : flags) {
    if (classes == 0) continue;
    const std::size_t hash = WordHash{}(word);
    std::size_t at = hash & mask_;
    while (slots_[at].flags != 0) at = (at + 1) & mask_;
    slots_[at] = {hash, word, classes};
  }
}

const UnitInfo* NumericLexicons::find_unit(std::string_view word) const {
  return units.find(word);
}

std::optional<double> NumericLexicons::number_word(std::string_view word) const {
  auto it = number_words.find(word);
  if (it == number_words.end()) return std::nullopt;
  return it->second;
}

std::string NumericLexicons::lemma_of_noun(std::string_view word) const {
  if (auto it = irregular_plurals.find(word); it != irregular_plurals.end()) return it->second;
  const std::string text(word);
  auto ends_with = [&](std::string_view suffix) {
    return text.size() > suffix.size() + 1 &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends_with("ies")) return text.substr(0, text.size() - 3) + "y";
  if (ends_with("sses") || ends_with("shes") || ends_with("ches") || ends_with("xes") ||
      ends_with("zes")) {
    return text.substr(0, text.size() - 2);
  }
  if (ends_with("ss") || ends_with("us") || ends_with("is")) return text;
  if (ends_with("s")) return text.substr(0, text.size() - 1);
  return text;
}

std::string NumericLexicons::verb_lemma(std::string_view word) const {
  // Most words asked about are no verb form: they are looked up as written, and only a regular
  // past form is copied to be cut into stems.
  if (auto it = predicates.find(word); it != predicates.end()) return it->second;
  if (auto it = irregular_verbs.find(word); it != irregular_verbs.end()) return it->second;
  if (word.size() < 4 || !words || !word.ends_with("ed")) return {};
  const std::string text(word);
  auto known = [&](const std::string& candidate) { return words->contains(candidate); };
  // "lied", "tied": four letters are enough when "-ied" leaves a stem that takes "-ie".
  if (text.ends_with("ied")) {
    const std::string stem = text.substr(0, text.size() - 3);
    if (known(stem + "y")) return stem + "y";
    if (known(stem + "ie")) return stem + "ie";
    return {};
  }
  if (text.size() < 5) return {};
  const std::string stem = text.substr(0, text.size() - 2);
  const char last = stem.back();
  const bool doubled = stem.size() > 2 && stem[stem.size() - 2] == last &&
                       std::string_view("bdgklmnprtvz").find(last) != std::string_view::npos;
  // "admitted" -> admit, but "killed" -> kill: the undoubled stem only when it is a word.
  if (doubled && known(stem.substr(0, stem.size() - 1))) return stem.substr(0, stem.size() - 1);
  // "fired" is fire, not fir; "hoped" hope: after one short vowel between consonants, the
  // silent e was dropped. "opened" keeps open since "opene" is no word.
  auto vowel = [](char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; };
  const std::size_t n = stem.size();
  const bool short_syllable = !vowel(last) && last != 'w' && last != 'x' && last != 'y' &&
                              vowel(stem[n - 2]) && (n == 2 || !vowel(stem[n - 3]));
  if (known(stem + "e") && (short_syllable || !known(stem))) return stem + "e";
  if (known(stem)) return stem;
  return {};
}

std::string NumericLexicons::progressive_lemma(std::string_view word) const {
  if (word.size() < 6 || !word.ends_with("ing") || !words) return {};
  const std::string stem(word.substr(0, word.size() - 3));
  auto known = [&](const std::string& candidate) { return words->contains(candidate); };
  const char last = stem.back();
  const std::size_t n = stem.size();
  // "calling" is call; "stopping" is stop.
  if (n > 2 && stem[n - 2] == last) {
    if (known(stem)) return stem;
    if (std::string_view("bdgklmnprtvz").find(last) != std::string_view::npos &&
        known(stem.substr(0, n - 1))) {
      return stem.substr(0, n - 1);
    }
  }
  // "firing" is fire, not fir: after one short vowel between consonants the silent e was dropped.
  auto vowel = [](char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; };
  const bool short_syllable = n >= 2 && !vowel(last) && last != 'w' && last != 'x' && last != 'y' &&
                              vowel(stem[n - 2]) && (n == 2 || !vowel(stem[n - 3]));
  if (known(stem + "e") && (short_syllable || !known(stem))) return stem + "e";
  if (known(stem)) return stem;
  return {};
}

}  // namespace factdiff
