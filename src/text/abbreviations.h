// Abbreviations: the dotted words after which a period does not end a sentence.
//
// Read from the `abbreviations` lexicon (rules/text/abbreviations.yaml). An entry's value says
// how it behaves at a sentence end: `title` (Mr., Sen., Gen., St.: always followed by a name,
// never final), `before_number` (Nov., No.: not final before a number, final otherwise: "I said
// no. Then...") or `may_end` (U.S., a.m., Inc.: final when a typical sentence opening follows).
//
//   Abbreviations abbreviations = Abbreviations::from_lexicon(rules.lexicon("abbreviations"));
//   if (abbreviations.contains("sen")) ...
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rules/rule_set.h"

namespace factdiff {

class Abbreviations {
 public:
  // Keys like "Mr." or "u.s." (trailing dot optional); values "title" or "may_end".
  static Abbreviations from_lexicon(const Lexicon& lexicon);
  static Abbreviations from_entries(const std::vector<std::pair<std::string, std::string>>& entries);

  // `word` without its final dot, any case ("U.S", "Mr").
  bool contains(std::string_view word) const;
  bool may_end_sentence(std::string_view word) const;
  // True for `before_number` entries: not final when a number follows.
  bool ends_unless_number(std::string_view word) const;

 private:
  void add(std::string_view key, std::string_view value);
  enum class Kind { kTitle, kBeforeNumber, kMayEnd };
  std::unordered_map<std::string, Kind> kinds_;  // lower-cased key without final dot
};

}  // namespace factdiff
