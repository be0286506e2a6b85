#include "align/fact_key.h"

#include <cstdint>
#include <cstdio>
#include <unordered_map>

namespace factdiff {
namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

std::string stable_id(std::string_view prefix, std::string_view key) {
  std::uint64_t hash = 1469598103934665603ULL;
  for (const char c : key) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  char digits[17];
  std::snprintf(digits, sizeof digits, "%016llx", static_cast<unsigned long long>(hash));
  return std::string(prefix) + "-" + std::string(digits, 12);
}

std::string plural_of(std::string_view noun) {
  // Irregular plurals of the nouns news reports count.
  static const std::unordered_map<std::string_view, std::string_view> irregular = {
      {"person", "people"}, {"people", "people"}, {"child", "children"}, {"police", "police"},
      {"staff", "staff"},   {"year", "years"},    {"foot", "feet"},     {"crisis", "crises"}};
  if (noun.empty()) return {};
  if (const auto found = irregular.find(noun); found != irregular.end()) return std::string(found->second);
  const std::string word(noun);
  if (ends_with(word, "man")) return word.substr(0, word.size() - 3) + "men";
  if (ends_with(word, "s") || ends_with(word, "x") || ends_with(word, "ch") || ends_with(word, "sh")) return word + "es";
  if (word.size() > 1 && word.back() == 'y' && !is_vowel(word[word.size() - 2])) return word.substr(0, word.size() - 1) + "ies";
  return word + "s";
}

std::string participle_of(std::string_view verb) {
  static const std::unordered_map<std::string_view, std::string_view> irregular = {
      {"hurt", "hurt"}, {"shoot", "shot"}, {"hit", "hit"},   {"find", "found"}, {"hold", "held"},
      {"take", "taken"}, {"flee", "fled"}, {"leave", "left"}, {"give", "given"}, {"make", "made"},
      {"say", "said"},  {"tell", "told"},  {"send", "sent"}, {"lose", "lost"},  {"build", "built"},
      {"set", "set"},   {"put", "put"},    {"cut", "cut"},   {"stab", "stabbed"}, {"be", "been"}};
  if (verb.empty()) return {};
  if (const auto found = irregular.find(verb); found != irregular.end()) return std::string(found->second);
  const std::string word(verb);
  if (word.back() == 'e') return word + "d";
  if (word.size() > 1 && word.back() == 'y' && !is_vowel(word[word.size() - 2])) return word.substr(0, word.size() - 1) + "ied";
  return word + "ed";
}

std::string count_label(std::string_view unit, std::string_view predicate) {
  std::string label = plural_of(unit);
  const std::string participle = participle_of(predicate);
  if (!participle.empty()) label += (label.empty() ? "" : " ") + participle;
  return label;
}

}  // namespace factdiff
