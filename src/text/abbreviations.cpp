#include "text/abbreviations.h"

namespace factdiff {
namespace {

std::string lookup_key(std::string_view word) {
  while (!word.empty() && word.back() == '.') word.remove_suffix(1);
  std::string key(word);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

}  // namespace

void Abbreviations::add(std::string_view key, std::string_view value) {
  std::string lookup = lookup_key(key);
  if (lookup.empty()) return;
  kinds_[lookup] = value == "title"           ? Kind::kTitle
                   : value == "before_number" ? Kind::kBeforeNumber
                                              : Kind::kMayEnd;
}

Abbreviations Abbreviations::from_lexicon(const Lexicon& lexicon) {
  Abbreviations abbreviations;
  for (const auto& [key, entry] : lexicon) {
    std::string value = entry.value;
    if (value.empty()) {
      auto it = entry.fields.find("kind");
      if (it != entry.fields.end()) value = it->second;
    }
    abbreviations.add(key, value);
  }
  return abbreviations;
}

Abbreviations Abbreviations::from_entries(
    const std::vector<std::pair<std::string, std::string>>& entries) {
  Abbreviations abbreviations;
  for (const auto& [key, value] : entries) abbreviations.add(key, value);
  return abbreviations;
}

bool Abbreviations::contains(std::string_view word) const {
  return kinds_.count(lookup_key(word)) > 0;
}

bool Abbreviations::may_end_sentence(std::string_view word) const {
  auto it = kinds_.find(lookup_key(word));
  return it == kinds_.end() || it->second != Kind::kTitle;
}

bool Abbreviations::ends_unless_number(std::string_view word) const {
  auto it = kinds_.find(lookup_key(word));
  return it != kinds_.end() && it->second == Kind::kBeforeNumber;
}

}  // namespace factdiff
