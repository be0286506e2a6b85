// Spelling variants: British forms mapped to the common (American) form, word by word.
#include "extract/spelling_variants.h"

#include <array>
#include <cctype>

#include "extract/entity_lexicons.h"
#include "extract/quote_text.h"

namespace factdiff {

SpellingVariants SpellingVariants::from_rules(const RuleSet& rules) {
  SpellingVariants variants;
  for (const auto& [key, entry] : rules.lexicon(AttributionLexicons::kSpelling)) {
    variants.add(entry.written, entry.value.empty() ? key : entry.value);
  }
  return variants;
}

void SpellingVariants::add(const std::string& variant, const std::string& common) {
  common_[fold_text(variant)] = fold_text(common);
}

std::string SpellingVariants::common_form(std::string_view word) const {
  const std::string folded = fold_text(word);
  if (auto it = common_.find(folded); it != common_.end()) return it->second;
  // An inflected form of a listed stem: "neighbourhoods" is not listed, "neighbourhood" is.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kEndings = {{
      {"s", "s"}, {"es", "es"}, {"d", "d"}, {"ing", "ing"}}};
  for (const auto& [ending, again] : kEndings) {
    if (folded.size() <= ending.size() + 2 ||
        folded.compare(folded.size() - ending.size(), ending.size(), ending) != 0) {
      continue;
    }
    const std::string stem = folded.substr(0, folded.size() - ending.size());
    if (auto it = common_.find(stem); it != common_.end()) return it->second + std::string(again);
  }
  return folded;
}

std::string SpellingVariants::normalize(std::string_view text) const {
  const std::string folded = fold_text(text);
  std::string out;
  std::size_t i = 0;
  while (i < folded.size()) {
    const unsigned char c = static_cast<unsigned char>(folded[i]);
    if (!(std::isalnum(c) || c >= 0x80)) {
      out.push_back(folded[i++]);
      continue;
    }
    std::size_t end = i;
    while (end < folded.size() && (std::isalnum(static_cast<unsigned char>(folded[end])) ||
                                   static_cast<unsigned char>(folded[end]) >= 0x80 ||
                                   folded[end] == '-')) {
      ++end;
    }
    out += common_form(std::string_view(folded).substr(i, end - i));
    i = end;
  }
  return out;
}

}  // namespace factdiff
