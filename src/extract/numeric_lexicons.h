// NumericLexicons: the vocabulary of numeric claims, compiled once from rules/numeric/*.yaml.
//
// Number words, scales, vague amounts, fractions, qualifiers, units with their dimensions,
// predicate verbs with their lemmas, month and weekday names, currencies, and the words that
// make a number part of a name. The extractor reads only this struct, so it can be built from a
// RuleSet or, in tests, by hand.
//
//   NumericLexicons lexicons = NumericLexicons::from_rules(*rules);
//   const UnitInfo* hour = lexicons.find_unit("hours");   // {lemma "hour", kind duration, 3600}
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/word_hash.h"
#include "extract/numeric_phrase_map.h"
#include "rules/rule_set.h"
#include "text/word_list.h"

namespace factdiff {

// How a qualifier turns a figure into an interval (see docs/claims.md).
enum class QualifierEffect {
  kAtLeast,      // at least N, N or more
  kMoreThan,     // more than N, over N
  kAtMost,       // up to N, no more than N
  kLessThan,     // fewer than N, under N
  kNearly,       // nearly N, almost N
  kAbout,        // about N, around N, some N
  kBefore,       // before 2019 (dates)
  kAfter,        // after 2019 (dates)
};

struct QualifierInfo {
  QualifierEffect effect = QualifierEffect::kAbout;
  std::string rule_id;
  // Replaces a qualifier written before the figure ("up to 15 years to life" is at least 15).
  bool overrides_prefix = false;
};

enum class UnitKind { kCount, kPeople, kDuration, kMeasure, kPercent, kMoney, kAge };

struct UnitInfo {
  std::string lemma;         // "hour", "people", "mile", "USD"
  UnitKind kind = UnitKind::kCount;
  double factor = 1;         // seconds for durations, 1 otherwise
  std::string rule_id;
};

struct VagueAmount {
  double low = 0;
  double high = 0;
  std::string rule_id;
};

// A word's flags (NumericLexicons::word_flags) in an open-addressing table of their own, found
// by the word's hash and one comparison: flags are asked of every token and piece read, and a
// standard table's lookup (a division for the bucket, a walk of its nodes) cost more than the
// hash itself. Words without flags are not held.
class WordFlagTable {
 public:
  void build(const WordMap<unsigned>& flags);
  // The flags of `word`, 0 when it has none.
  unsigned find(std::string_view word) const {
    if (slots_.empty()) return 0;
    const std::size_t hash = WordHash{}(word);
    for (std::size_t at = hash & mask_;; at = (at + 1) & mask_) {
      const Slot& slot = slots_[at];
      if (slot.flags == 0) return 0;
      if (slot.hash == hash && std::string_view(slot.word) == word) return slot.flags;
    }
  }

 private:
  struct Slot {
    std::size_t hash = 0;
    std::string word;
    unsigned flags = 0;  // 0: an empty slot
  };
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

struct NumericLexicons {
  WordMap<double> number_words;  // "seventeen" -> 17
  WordMap<double> scales;        // "million" -> 1e6, "dozen" -> 12
  WordMap<double> glued_scales;  // "bn" -> 1e9 (only glued: "1.2bn")
  WordMap<double> fractions;     // "half" -> 0.5, "third" -> 1/3
  // Lexicons whose keys may be phrases of several words are PhraseMaps: read word by word.
  PhraseMap<VagueAmount> vague;                 // "hundreds of" -> [200, 999]
  PhraseMap<QualifierInfo> qualifiers;          // "at least" -> kAtLeast
  PhraseMap<QualifierInfo> postfix_qualifiers;  // "or more" -> kAtLeast
  PhraseMap<UnitInfo> units;                    // surface form -> unit
  WordMap<std::string> predicates;  // "killed" -> "kill"
  WordSet event_predicates;  // lemmas that state an event's toll: kill...
  // How an event ended for its victims, said after the verb of the event: lemmas of verbs
  // joined to it by "and" ("shot and killed"), and phrases right after it ("shot dead").
  std::unordered_set<std::string> outcome_verbs;                     // kill, die, wound ...
  std::unordered_set<std::string> perception_verbs;                  // see, feel, hear ...
  std::unordered_set<std::string> raising_verbs;                     // report, expect, believe ...
  PhraseMap<std::string> outcome_phrases;                            // "to death" -> "kill"
  WordSet name_followers;    // "caliber": the figure names a thing
  WordMap<std::string> irregular_plurals;  // "women" -> "woman"
  WordMap<std::string> irregular_verbs;    // "spent" -> "spend"
  WordMap<int> months;           // "september", "sept" -> 9
  WordMap<int> weekdays;         // "monday" -> 1 ... "sunday" -> 7
  // Words that put a weekday after the publication date: "clause" ones anywhere before it in its
  // clause ("will travel on Thursday"), "adjacent" ones right before it ("next Thursday").
  PhraseMap<std::string> future_markers;  // "is due to" -> "clause"
  WordSet past_markers;          // "was", "said": the clause tells the past
  WordMap<std::string> currencies;  // "$" -> USD, "euros" -> EUR
  // Letters a scraper left for a lost sign ("e85 million" for EUR 85 million): read only
  // before a figure with a scale.
  WordMap<std::string> lost_currency_signs;
  WordSet ordinals;              // "second", "third", "22nd" suffixes
  WordSet negations;             // "not", "no", "never"
  WordSet skippable;             // words between a verb and its figure
  WordSet auxiliaries;           // have, been, were ...
  WordSet date_prepositions;     // in, since, before ...
  WordSet phrase_prepositions;   // "from": "two people from X were hurt"
  WordSet picking_out_words;     // "was", "to": "was one of the two killed"
  WordSet relative_pronouns;     // "that", "who": "the crash that killed"
  WordSet name_words;            // route, channel, interstate ...
  std::unordered_set<std::string> one_idioms;            // "loved one", "at one point": no figure
  WordSet stop_words;            // words that end a noun phrase
  WordMap<double> clock_words;    // "noon" -> 43200 seconds
  WordSet age_words;             // "aged", "age"
  WordSet time_zones;            // "gmt", "utc", "est"
  WordSet time_prepositions;     // "at", "until": "at 5:30" is a time
  std::shared_ptr<const RE2> digit_figure;               // what a written figure looks like
  std::map<std::string, std::string, std::less<>> rule_of;  // lexicon name -> a rule id, for parts
  std::shared_ptr<const WordList> words;                 // English words, to lemmatize verbs
  // One lookup for the sentence filter and the readers: per word, the classes it belongs to
  // (flags below). A lone qualifier word ("in", "at", "over") is a trigger only as the first
  // word of a qualifier: a mention starts there only before a figure, a date or an article. A
  // qualifier's first word is the first word of a qualifier written before a figure; a vague
  // amount's first word, the first word of one ("dozens" of "dozens of").
  static constexpr unsigned kTriggerWord = 1, kEventVerbWord = 2, kUnitWord = 4, kArticleWord = 8,
                            kLoneQualifierWord = 16, kQualifierFirstWord = 32, kVagueFirstWord = 64;
  // The readers ask the same piece of several lexicons, often more than once: these flags answer
  // from the one lookup a piece's flags take. A "...Word" flag says the word is a key of that
  // lexicon; an "...Opening" flag that some phrase of it starts with the word (so match_phrase
  // finds nothing at a piece without it).
  static constexpr unsigned kNumberWord = 1u << 7, kScaleWord = 1u << 8, kGluedScaleWord = 1u << 9,
                            kFractionWord = 1u << 10, kStopWord = 1u << 11, kAuxiliaryWord = 1u << 12,
                            kPredicateWord = 1u << 13, kIrregularVerbWord = 1u << 14,
                            kSkippableWord = 1u << 15, kNegationWord = 1u << 16, kMonthWord = 1u << 17,
                            kWeekdayWord = 1u << 18, kUnitOpening = 1u << 19,
                            kPostfixQualifierOpening = 1u << 20, kOutcomePhraseOpening = 1u << 21,
                            kFutureMarkerOpening = 1u << 22, kOrdinalWord = 1u << 23,
                            kIrregularPluralWord = 1u << 24, kQualifierWord = 1u << 25,
                            kClockWord = 1u << 26, kCurrencyWord = 1u << 27, kPastMarkerWord = 1u << 28,
                            kDatePrepositionWord = 1u << 29;
  WordMap<unsigned> word_flags;
  WordFlagTable flag_table;  // word_flags again, for flags_of; collect_triggers fills both

  // `words` may be null: the bundled word list is then loaded once and shared.
  static NumericLexicons from_rules(const RuleSet& rules,
                                    std::shared_ptr<const WordList> words = nullptr);

  const UnitInfo* find_unit(std::string_view word) const;
  std::optional<double> number_word(std::string_view word) const;
  // Singular lemma of a noun: irregular plurals from the lexicon, else English suffix rules.
  std::string lemma_of_noun(std::string_view word) const;
  // Lemma of a verb form: the predicate lexicon, irregular verbs, then regular past forms
  // ("tackled" -> "tackle", "admitted" -> "admit") checked against the word list; empty when
  // the word is not a verb form it knows.
  std::string verb_lemma(std::string_view word) const;
  // Lemma of an -ing form ("tackling" -> "tackle", "stopping" -> "stop") checked against the
  // word list; empty otherwise. Callers use it only after a form of "be" ("were tackling").
  std::string progressive_lemma(std::string_view word) const;
  // Fills `word_flags` from the other lexicons; from_rules calls it, hand-built lexicons must.
  void collect_triggers();
  // The word classes of `word_flags` past the triggers (collect_triggers calls it).
  void collect_word_classes();
  // True when a mention may start at a piece with this text (digits always may).
  bool may_start(std::string_view word) const { return (flags_of(word) & kTriggerWord) != 0; }
  // Whether a qualifier written before a figure may start at a piece with this text.
  bool may_start_qualifier(std::string_view word) const {
    return (flags_of(word) & kQualifierFirstWord) != 0;
  }
  // Whether `word` is a form the verb lexicons may know: a key of the predicates or of the
  // irregular verbs (given its flags), or a regular past form verb_lemma reads by rule.
  static bool may_be_verb_form(std::string_view word, unsigned flags) {
    return (flags & (kPredicateWord | kIrregularVerbWord)) != 0 || (word.size() >= 4 && word.ends_with("ed"));
  }
  unsigned flags_of(std::string_view word) const { return flag_table.find(word); }
};

}  // namespace factdiff
