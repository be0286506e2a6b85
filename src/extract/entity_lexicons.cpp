// Gathers the attribution lexicons from the RuleSet into lookup tables.
#include "extract/entity_lexicons.h"

#include <algorithm>

#include "extract/quote_text.h"

namespace factdiff {
namespace {

std::size_t word_count(const std::string& phrase) {
  return static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
}

std::string field_or(const LexiconEntry& entry, const std::string& name, const std::string& fallback) {
  auto it = entry.fields.find(name);
  return it == entry.fields.end() ? fallback : it->second;
}

// A scalar entry's value, or the named field of a mapping entry, or the key itself.
std::string value_of(const LexiconEntry& entry, const std::string& field) {
  if (!entry.value.empty()) return entry.value;
  return field_or(entry, field, entry.key);
}

}  // namespace

AttributionLexicons AttributionLexicons::from_rules(const RuleSet& rules) {
  AttributionLexicons out;
  // Keys are looked up in folded form (accents dropped), whatever the rule file wrote.
  auto each = [&rules](const char* name, auto&& use) {
    for (const auto& [written_key, entry] : rules.lexicon(name)) use(fold_text(written_key), entry);
  };
  // A lexicon read as a set of its keys.
  auto keys_into = [&each](const char* name, WordSet& set) {
    each(name, [&set](const std::string& key, const LexiconEntry&) { set.insert(key); });
  };
  each(kSpeechVerbs, [&](const std::string& key, const LexiconEntry& entry) {
    const std::string lemma = value_of(entry, "lemma");
    out.speech_verbs[key] = lemma;
    const std::string audience = field_or(entry, "audience", "");
    if (audience == "true" || audience == "yes") out.audience_verbs.insert(lemma);
    if (field_or(entry, "clause", "") == "that") out.that_verbs.insert(lemma);
    if (field_or(entry, "glued", "") == "yes") out.glued_verbs.push_back(key);
    if (field_or(entry, "quoted", "") == "only") out.quoted_only_verbs.insert(lemma);
    if (const std::string next = field_or(entry, "not_before", ""); !next.empty()) out.not_before[key] = next;
  });
  each(kCharacterisingVerbs, [&](const std::string& key, const LexiconEntry& entry) {
    out.characterising_verbs[key] = value_of(entry, "lemma");
  });
  each(kTitles, [&](const std::string& key, const LexiconEntry& entry) {
    out.titles[key] = value_of(entry, "role");
    out.longest_title_words = std::max(out.longest_title_words, word_count(key));
    std::size_t from = 0;
    while (from <= key.size()) {
      const std::size_t space = std::min(key.find(' ', from), key.size());
      out.title_words.insert(key.substr(from, space - from));
      from = space + 1;
    }
  });
  each(kNationalities, [&](const std::string& key, const LexiconEntry& entry) {
    out.nationalities[key] = value_of(entry, "nationality");
  });
  each(kCountries, [&](const std::string& key, const LexiconEntry& entry) {
    out.countries[key] = value_of(entry, "name");
    out.country_first_words.insert(key.substr(0, key.find(' ')));
  });
  each(kCountryNationalities, [&](const std::string& key, const LexiconEntry& entry) {
    out.country_nationalities[key] = value_of(entry, "nationality");
  });
  each(kAliases, [&](const std::string& key, const LexiconEntry& entry) {
    out.aliases[key] = AliasEntry{value_of(entry, "canonical"), field_or(entry, "type", "other")};
    out.alias_first_words.insert(key.substr(0, key.find(' ')));
  });
  keys_into(kSpeakerNouns, out.speaker_nouns);
  keys_into(kSpeechChannels, out.speech_channels);
  each(kTitleModifiers, [&](const std::string& key, const LexiconEntry& entry) {
    out.title_modifiers[key] = value_of(entry, "full");
  });
  out.title_or_modifier_words = out.title_words;
  for (const auto& [modifier, full] : out.title_modifiers) out.title_or_modifier_words.insert(modifier);
  keys_into(kHonorifics, out.honorifics);
  keys_into(kCourtesyTitles, out.courtesy_titles);
  each(kStatusVerbs, [&](const std::string& key, const LexiconEntry& entry) {
    out.status_verbs[key] = value_of(entry, "status");
    out.longest_status_verb_words = std::max(out.longest_status_verb_words, word_count(key));
  });
  each(kObjectStatusVerbs, [&](const std::string& key, const LexiconEntry& entry) {
    out.object_status_verbs[key] = value_of(entry, "status");
  });
  each(kAffiliationVerbs, [&](const std::string& key, const LexiconEntry&) {
    out.affiliation_verbs.insert(key);
    out.longest_affiliation_verb_words = std::max(out.longest_affiliation_verb_words, word_count(key));
  });
  each(kRoleVerbs, [&](const std::string& key, const LexiconEntry&) {
    out.role_verbs.insert(key);
    out.longest_role_verb_words = std::max(out.longest_role_verb_words, word_count(key));
  });
  each(kPlaceVerbs, [&](const std::string& key, const LexiconEntry& entry) {
    out.place_verbs[key] = value_of(entry, "attribute");
    out.longest_place_verb_words = std::max(out.longest_place_verb_words, word_count(key));
  });
  keys_into(kSchoolYears, out.school_years);
  keys_into(kRelationNouns, out.relation_nouns);
  keys_into(kBusinessTitles, out.business_titles);
  keys_into(kAudienceNouns, out.audience_nouns);
  each(kStatuses, [&](const std::string& key, const LexiconEntry& entry) {
    out.statuses[key] = value_of(entry, "status");
    out.longest_status_words = std::max(out.longest_status_words, word_count(key));
  });
  keys_into(kNationalityHeads, out.nationality_heads);
  each(kDescriptionSubjects, [&](const std::string& key, const LexiconEntry& entry) {
    out.description_subjects[key] = value_of(entry, "group");
  });
  each(kPlacePersonNouns, [&](const std::string& key, const LexiconEntry& entry) {
    out.place_person_nouns[key] = value_of(entry, "attribute");
  });
  keys_into(kOrganizationWords, out.organization_words);
  each(kFunctionWords, [&](const std::string& key, const LexiconEntry& entry) {
    out.function_words[key] = value_of(entry, "class");
  });
  each(kSpelling, [&](const std::string& key, const LexiconEntry& entry) {
    out.spelling[key] = value_of(entry, "common");
  });
  // The text layer's abbreviations ("gov.", "u.s."): the word before the period.
  each(kAbbreviations, [&](const std::string& key, const LexiconEntry&) {
    out.abbreviations.push_back(!key.empty() && key.back() == '.' ? key.substr(0, key.size() - 1) : key);
  });
  // Quote marks are matched as written: folding would make curly marks straight.
  for (const auto& [key, entry] : rules.lexicon(kQuoteMarks)) out.quote_marks[entry.written] = value_of(entry, "role");
  std::sort(out.glued_verbs.begin(), out.glued_verbs.end());
  std::sort(out.abbreviations.begin(), out.abbreviations.end());
  out.filters = {WordFilter(out.speech_verbs),           WordFilter(out.function_words),
                 WordFilter(out.title_or_modifier_words), WordFilter(out.nationalities),
                 WordFilter(out.statuses),                WordFilter(out.status_verbs),
                 WordFilter(out.organization_words),      WordFilter(out.alias_first_words),
                 WordFilter(out.country_first_words),     WordFilter(out.quote_marks)};
  return out;
}

bool AttributionLexicons::holds_organization_word(const std::string& folded_name) const {
  std::size_t from = 0;
  while (from <= folded_name.size()) {
    const std::size_t space = std::min(folded_name.find(' ', from), folded_name.size());
    if (organization_words.count(folded_name.substr(from, space - from))) return true;
    from = space + 1;
  }
  return false;
}

const std::string* AttributionLexicons::speech_verb(const std::string& lower) const {
  if (!filters.speech_verbs.may_contain(lower)) return nullptr;
  auto it = speech_verbs.find(lower);
  return it == speech_verbs.end() ? nullptr : &it->second;
}

const std::string* AttributionLexicons::speech_verb_at(const std::vector<ParagraphWord>& words,
                                                      std::size_t k) const {
  if (k >= words.size() || !words[k].is_word) return nullptr;
  const bool opens_sentence = k == 0 || words[k - 1].sentence != words[k].sentence;
  if (words[k].capitalized && !opens_sentence) return nullptr;
  // Most words are no speech verb: that one lookup turns them away before the second.
  const std::string* lemma = speech_verb(words[k].lower);
  if (lemma == nullptr) return nullptr;
  // "is calling from a car": the word after the form says it is no speech here.
  if (auto it = not_before.find(words[k].lower);
      it != not_before.end() && k + 1 < words.size() && words[k + 1].lower == it->second) {
    return nullptr;
  }
  return lemma;
}

const std::string* AttributionLexicons::title(const std::string& lower_phrase) const {
  auto it = titles.find(lower_phrase);
  return it == titles.end() ? nullptr : &it->second;
}

const std::string* AttributionLexicons::nationality(const std::string& lower) const {
  if (!filters.nationalities.may_contain(lower)) return nullptr;
  auto it = nationalities.find(lower);
  return it == nationalities.end() ? nullptr : &it->second;
}

const std::string* AttributionLexicons::abbreviated_modifier(const std::string& lower) const {
  auto it = title_modifiers.find(lower);
  return it == title_modifiers.end() || it->second == lower ? nullptr : &it->second;
}

const std::string& AttributionLexicons::word_class(const std::string& lower) const {
  static const std::string kNoClass;
  if (!filters.function_words.may_contain(lower)) return kNoClass;
  auto it = function_words.find(lower);
  return it == function_words.end() ? kNoClass : it->second;
}

}  // namespace factdiff
