// Word tests shared by the attribute readers.
#include "extract/attribute_words.h"

#include <cctype>

namespace factdiff::attribute_reading {

bool is_mark(const AttributionParagraph& p, std::size_t k, std::string_view mark) {
  return k < p.words.size() && !p.words[k].is_word && p.words[k].lower == mark;
}

bool is_abbreviation_period(const AttributionParagraph& p, std::size_t k) {
  return k > 0 && is_mark(p, k, ".") && p.words[k].start == p.words[k - 1].end && p.words[k - 1].is_word &&
         is_word_in_sentence(p, k + 1, p.words[k].sentence) && p.words[k + 1].capitalized;
}

bool is_word_in_sentence(const AttributionParagraph& p, std::size_t k, std::size_t sentence) {
  return k < p.words.size() && p.words[k].is_word && p.words[k].sentence == sentence;
}

bool is_capitals_word(const AttributionParagraph& p, std::size_t k) {
  const std::string_view text = p.slice(p.words[k].start, p.words[k].end);
  return text.size() >= 2 && is_all_caps(text);
}

// Words are compared with literals as views: the sizes first, and bytes only when they match,
// where comparing a string with a C string measured the literal and compared bytes every time.
// These tests run at most words.
bool is_article(const std::string& lower) {
  const std::string_view word = lower;
  return word == "a" || word == "an" || word == "the";
}

bool is_possessive_pronoun(const std::string& lower) {
  const std::string_view word = lower;
  return word == "his" || word == "her" || word == "their";
}

bool is_naming_verb(const std::string& lower) {
  const std::string_view word = lower;
  return word == "named" || word == "identified" || word == "described";
}

bool is_realizing_verb(const std::string& lower) {
  const std::string_view word = lower;
  return word == "realized" || word == "realised" || word == "realizing" || word == "realising" ||
         word == "knowing" || word == "knew" || word == "learned" || word == "learnt" ||
         word == "discovered" || word == "noticed";
}

bool has_glued_auxiliary(const std::string& lower) {
  return lower.size() > 2 && lower.ends_with("'d");
}

bool is_age_word(const std::string& lower) {
  return lower.find("year-old") != std::string::npos ||
         (!lower.empty() && std::isdigit(static_cast<unsigned char>(lower[0])));
}

std::optional<std::pair<std::string, std::size_t>> place_after(const AttributionParagraph& p, std::size_t k) {
  const std::size_t sentence = k < p.words.size() ? p.words[k].sentence : 0;
  std::size_t end = k;
  while (is_word_in_sentence(p, end, sentence) && end < k + 8) ++end;
  std::string first_run;
  std::size_t first_end = k;
  for (std::size_t i = k; i < end; ++i) {
    if (p.words[i].lower == "of" && i + 1 < end && p.words[i + 1].capitalized) {
      std::size_t j = i + 1;
      while (j < end && p.words[j].capitalized) ++j;
      return std::make_pair(std::string(p.slice(p.words[i + 1].start, p.words[j - 1].end)), j);
    }
  }
  for (std::size_t i = k; i < end; ++i) {
    if (!p.words[i].capitalized) {
      if (!first_run.empty()) break;
      if (p.words[i].lower == "the") continue;
      return std::nullopt;
    }
    first_run = std::string(p.slice(p.words[k].start, p.words[i].end));
    if (p.words[k].lower == "the") first_run = std::string(p.slice(p.words[k + 1].start, p.words[i].end));
    first_end = i + 1;
  }
  if (first_run.empty()) return std::nullopt;
  return std::make_pair(first_run, first_end);
}

bool is_generational_suffix(std::string_view lower) {
  if (lower.ends_with('.')) lower.remove_suffix(1);
  return lower == "jr" || lower == "sr" || lower == "ii" || lower == "iii" || lower == "iv";
}

}  // namespace factdiff::attribute_reading
