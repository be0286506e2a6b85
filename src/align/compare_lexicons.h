// CompareLexicons: the word lists alignment and judgement read, taken from the rules once.
//
// Spelling variants (civilisations = civilizations), predicate groups (kill = die = dead; injure =
// wound = hurt), the predicates that make a fact a casualty figure, and number words. Built from a
// RuleSet with compare_lexicons_from(), or filled by hand in tests:
//
//   CompareLexicons lexicons;
//   lexicons.predicate_group = {{"hurt", "injure"}, {"wound", "injure"}};
//   std::vector<Fact> facts = align_claims(extraction, analyses, lexicons);
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "align/word_sequence.h"

namespace factdiff {

class RuleSet;

struct CompareLexicons {
  SpellingVariants spelling;                                      // variant -> shared form
  std::unordered_map<std::string, std::string> predicate_group;   // lemma -> group name
  std::unordered_map<std::string, std::string> unit_group;        // unit lemma -> unit it counts as
  std::unordered_set<std::string> casualty_groups;                // groups ranked first
  std::unordered_set<std::string> number_words;                   // "five", "dozen"
  std::unordered_set<std::string> title_ranks;                    // "vice", "deputy": another office
  std::unordered_set<std::string> offices;                        // "president", "mayor": one at a time
  std::unordered_map<std::string, std::string> title_family;      // "sergeant" -> "police"
  std::unordered_set<std::string> function_words;                 // "the", "it", "will": no content

  // The office or family title a role ends with ("french president" -> "president"), or "".
  std::string title_of(std::string_view role) const;
  // The family of a role's title ("police" for "state trooper"), or "".
  std::string family_of(std::string_view role) const;

  // The group a predicate belongs to; the predicate itself when it has none.
  std::string group_of(std::string_view predicate) const;
  bool is_casualty(std::string_view predicate) const;
};

// Reads the lexicons `spelling_variants`, `predicate_groups`, `unit_groups`, `title_ranks`,
// `offices`, `title_families`, `quote_function_words` and
// the numeric number words when the rules
// hold them; a missing lexicon leaves its list empty (predicates then only match themselves).
CompareLexicons compare_lexicons_from(const RuleSet& rules);

}  // namespace factdiff
