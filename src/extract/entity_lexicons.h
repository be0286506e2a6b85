// The word lists the attribution extractors read, gathered once from the RuleSet.
//
// Everything language-specific (speech verbs and their lemmas, titles, nationality words,
// aliases, status phrases, spelling variants) lives in rules/attribution/*.yaml; this struct is
// their lookup form. Tests may fill one directly.
//
//   AttributionLexicons words = AttributionLexicons::from_rules(rules);
//   if (const std::string* lemma = words.speech_verb("told")) { ... "tell" ... }
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/word_hash.h"
#include "extract/quote_text.h"
#include "extract/word_filter.h"
#include "rules/rule_set.h"

namespace factdiff {

struct AliasEntry {
  std::string canonical;  // "Islamic State"
  std::string type;       // person, organization, place
};

struct AttributionLexicons {
  // Lexicon names in rules/attribution/*.yaml.
  static constexpr const char* kSpeechVerbs = "speech_verbs";          // said -> say
  static constexpr const char* kTitles = "person_titles";              // prime minister -> role
  static constexpr const char* kNationalities = "nationalities";       // frenchman -> French
  static constexpr const char* kCountries = "countries";               // france -> France
  static constexpr const char* kCountryNationalities = "country_nationalities";  // united states -> American
  static constexpr const char* kAliases = "entity_aliases";            // daesh -> Islamic State
  static constexpr const char* kSpeakerNouns = "speaker_nouns";        // officials, source
  static constexpr const char* kSpeechChannels = "speech_channels";    // post, statement
  static constexpr const char* kAudienceNouns = "audience_nouns";      // reporters
  static constexpr const char* kStatuses = "status_phrases";           // on the run -> on the run
  static constexpr const char* kNationalityHeads = "nationality_heads";  // national, citizen
  static constexpr const char* kOrganizationWords = "organization_words";  // police, radio
  static constexpr const char* kFunctionWords = "function_words";      // the, he, in, monday
  static constexpr const char* kSpelling = "spelling_variants";        // neighbour -> neighbor
  static constexpr const char* kAbbreviations = "abbreviations";       // mr, gen
  static constexpr const char* kTitleModifiers = "title_modifiers";   // assistant, interim
  static constexpr const char* kRelationNouns = "relation_nouns";     // son, neighbour's wife
  static constexpr const char* kBusinessTitles = "business_titles";   // owner: "owner of Pulse"
  static constexpr const char* kQuoteMarks = "quote_marks";            // “ -> open
  static constexpr const char* kHonorifics = "honorific_titles";       // dr, rev
  static constexpr const char* kCourtesyTitles = "courtesy_titles";    // mr, mrs: no role
  static constexpr const char* kStatusVerbs = "status_verbs";          // died -> dead
  static constexpr const char* kObjectStatusVerbs = "object_status_verbs";  // arrested X -> arrested
  static constexpr const char* kAffiliationVerbs = "affiliation_verbs";  // worked at
  static constexpr const char* kRoleVerbs = "role_verbs";                // worked (as a nurse)
  static constexpr const char* kPlaceVerbs = "place_verbs";            // grew up in -> origin
  static constexpr const char* kSchoolYears = "school_years";          // senior: "his senior year at X"
  static constexpr const char* kCharacterisingVerbs = "characterising_verbs";  // treated -> treat
  static constexpr const char* kDescriptionSubjects = "description_subjects";  // gunman -> perpetrator
  static constexpr const char* kPlacePersonNouns = "place_person_nouns";  // man -> residence, native -> origin

  WordMap<std::string> speech_verbs;            // surface -> lemma
  WordSet audience_verbs;                       // lemmas taking "told Y": tell
  WordMap<std::string> characterising_verbs;    // "treated ... as": treat
  WordSet that_verbs;                           // lemmas reporting only "that ..."
  WordSet quoted_only_verbs;                    // lemmas of quoted words only: think
  WordMap<std::string> not_before;              // "calling" -> "from": no speech then
  WordMap<std::string> titles;                  // phrase -> role value
  std::size_t longest_title_words = 1;
  WordSet title_words;                          // every word of every title
  WordMap<std::string> title_modifiers;         // asst -> assistant, deputy -> deputy
  // title_words and the keys of title_modifiers together (from_rules fills it from both): a
  // word in neither is turned away with one lookup where the name reader asked both of every word.
  WordSet title_or_modifier_words;
  WordSet relation_nouns;                       // son, sister: not roles
  WordSet business_titles;                      // owner: "of" names a business
  WordSet honorifics;                           // doctor, reverend: a role of their own
  WordSet courtesy_titles;                      // mr, mrs: a person, no role
  WordMap<std::string> nationalities;           // word -> nationality
  WordMap<std::string> countries;               // word(s) -> place name
  WordMap<std::string> country_nationalities;   // folded place name -> nationality
  WordMap<AliasEntry> aliases;                  // folded surface -> canonical
  // The first word of every country and alias phrase: a word that starts none needs no phrase
  // joined and looked up at every length.
  WordSet country_first_words;
  WordSet alias_first_words;
  WordSet speaker_nouns;
  WordSet speech_channels;                      // "the club's post said": the owner speaks
  WordSet audience_nouns;
  WordMap<std::string> statuses;                // phrase -> status value
  std::size_t longest_status_words = 1;
  WordMap<std::string> status_verbs;            // phrase right after a name -> status
  std::size_t longest_status_verb_words = 1;
  WordMap<std::string> object_status_verbs;     // word right before a name -> status
  WordSet affiliation_verbs;                    // phrase right after a name
  std::size_t longest_affiliation_verb_words = 1;
  WordSet role_verbs;                           // phrase right after a name, before "as a"
  std::size_t longest_role_verb_words = 1;
  WordMap<std::string> place_verbs;             // phrase before a place -> origin|residence
  std::size_t longest_place_verb_words = 1;
  WordSet school_years;                         // senior, eighth: before "year"/"grade"
  WordSet nationality_heads;
  WordMap<std::string> description_subjects;    // noun -> group of roles it stands for
  WordMap<std::string> place_person_nouns;      // noun after a place -> origin|residence
  WordSet organization_words;
  WordMap<std::string> function_words;          // word -> class (pronoun, time...)
  WordMap<std::string> spelling;                // variant -> common form
  std::vector<std::string> abbreviations;
  std::vector<std::string> glued_verbs;  // speech verb forms split off a glued name ("told")
  WordMap<std::string> quote_marks;             // mark as written -> open|close|both

  // Filters over the tables asked of nearly every word: most words are in none of them, and
  // are turned away by a bit test before the table is searched. from_rules fills them once the
  // tables are full; lexicons filled otherwise keep empty filters, which let every word through.
  struct Filters {
    WordFilter speech_verbs;
    WordFilter function_words;
    WordFilter title_or_modifier_words;
    WordFilter nationalities;
    WordFilter statuses;
    WordFilter status_verbs;
    WordFilter organization_words;
    WordFilter alias_first_words;
    WordFilter country_first_words;
    WordFilter quote_marks;  // asked of every punctuation mark of every paragraph
  } filters;

  static AttributionLexicons from_rules(const RuleSet& rules);

  const std::string* speech_verb(const std::string& lower) const;
  // The lemma of word k when it is a speech verb there: written in lower case, or opening its
  // sentence ("States" in "the United States" is no verb).
  const std::string* speech_verb_at(const std::vector<ParagraphWord>& words, std::size_t k) const;
  const std::string* title(const std::string& lower_phrase) const;
  const std::string* nationality(const std::string& lower) const;
  // The full word of a title modifier written as an abbreviation ("asst" -> "assistant"), or
  // nullptr when `lower` is no such abbreviation.
  const std::string* abbreviated_modifier(const std::string& lower) const;
  bool is_function_word(const std::string& lower) const { return function_words.count(lower) > 0; }
  // "pronoun", "determiner", "time", "preposition", ... or empty. The reference lives as long as
  // the lexicons (it is asked of most words, several times: no copy).
  const std::string& word_class(const std::string& lower) const;
  // Whether a word of `folded_name` (folded text, words split by single spaces) is one of
  // `organization_words` ("lakeside police department" holds "police").
  bool holds_organization_word(const std::string& folded_name) const;
};

}  // namespace factdiff
