// British and American spellings as one word for matching (civilisations = civilizations).
//
//   SpellingVariants spelling = SpellingVariants::from_rules(rules);
//   spelling.common_form("Sombre");                   // "somber"
//   spelling.normalize("a packed, sombre chamber");   // "a packed, somber chamber"
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "rules/rule_set.h"

namespace factdiff {

class SpellingVariants {
 public:
  // From the spelling_variants lexicon of rules/attribution.
  static SpellingVariants from_rules(const RuleSet& rules);
  void add(const std::string& variant, const std::string& common);

  // The folded common form of one word: listed variants, then their -s/-ed/-ing forms.
  std::string common_form(std::string_view word) const;
  // The text folded (case, accents, curly quotes) with every word in its common form.
  std::string normalize(std::string_view text) const;
  bool same_word(std::string_view a, std::string_view b) const { return common_form(a) == common_form(b); }

 private:
  std::unordered_map<std::string, std::string> common_;
};

}  // namespace factdiff
