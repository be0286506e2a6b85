// Places: "from Chartres", "of Council Bluffs", "living in Syria", "grew up in Kissimmee".
#include "extract/attribute_reader.h"

#include <algorithm>

namespace factdiff::attribute_reading {

namespace {

// "reportedly", "originally" (and a misspelt "orginally"): an adverb in -ly.
bool is_ly_adverb(const ParagraphWord& word) {
  constexpr std::size_t kShortestAdverb = 5;
  return word.is_word && !word.capitalized && word.lower.size() >= kShortestAdverb && word.lower.ends_with("ly");
}

}  // namespace

bool AttributeReader::place_verb_at(std::size_t k, std::vector<Found>& out) const {
  if (k >= p_.words.size() || !p_.words[k].is_word) return false;
  const std::size_t sentence = p_.words[k].sentence;
  const std::size_t n = longest_known_phrase(p_, k, lexicons_.longest_place_verb_words,
                                             [this](std::string_view phrase, std::size_t) {
    return lexicons_.place_verbs.count(phrase) > 0;
  });
  std::string phrase;
  std::size_t verb_end = k + n;
  if (n > 0) {
    for (std::size_t i = k; i < k + n; ++i) phrase += (i > k ? " " : "") + p_.words[i].lower;
  } else if (is_word_in_sentence(p_, k + 1, sentence) && is_ly_adverb(p_.words[k + 1])) {
    // "who is reportedly from Quito": an adverb after the verb's first word leaves the verb
    // whole (the longest phrase of the lexicon wins).
    std::string skipped = p_.words[k].lower;
    for (std::size_t i = k + 2; is_word_in_sentence(p_, i, sentence) && i < k + 1 + lexicons_.longest_place_verb_words;
         ++i) {
      skipped += " " + p_.words[i].lower;
      if (lexicons_.place_verbs.count(skipped)) {
        phrase = skipped;
        verb_end = i + 1;
      }
    }
  }
  if (phrase.empty() || !is_word_in_sentence(p_, verb_end, sentence)) return false;
  const std::optional<std::pair<std::string, std::size_t>> place = place_after(p_, verb_end);
  if (!place || names_organization_not_place(place->first)) return false;
  const std::string& name = lexicons_.place_verbs.at(phrase);
  out.push_back({name, place->first, k, place->second, "place-verbs"});
  if (phrase.ends_with(" to")) move_origin_at(place->second, out);
  return true;
}

void AttributeReader::move_origin_at(std::size_t k, std::vector<Found>& out) const {
  constexpr std::size_t kLongestGap = 4;  // words: "two months ago", "in 2015"
  if (k >= p_.words.size()) return;
  const std::size_t sentence = p_.words[k].sentence;
  for (std::size_t j = k; is_word_in_sentence(p_, j, sentence) && j <= k + kLongestGap; ++j) {
    if (p_.words[j].lower == "from") {
      const std::optional<std::pair<std::string, std::size_t>> place = place_after(p_, j + 1);
      if (place && !names_organization_not_place(place->first)) out.push_back({"origin", place->first, j, place->second, "place-verbs"});
      return;
    }
    if (p_.words[j].capitalized) return;
  }
}

std::optional<Found> AttributeReader::opening_place_before(std::size_t name_begin) const {
  if (name_begin < 3 || !is_mark(p_, name_begin - 1, ",")) return std::nullopt;
  const std::size_t sentence = p_.words[name_begin].sentence;
  std::size_t start = name_begin;
  while (start > 0 && p_.words[start - 1].sentence == sentence) --start;
  std::vector<Found> found;
  if (!place_verb_at(start, found) || found.size() != 1 || found.front().end != name_begin - 1) {
    return std::nullopt;
  }
  return found.front();
}

bool AttributeReader::residence_of_at(std::size_t k, std::vector<Found>& out) {
  constexpr std::size_t kLongestPlace = 3;  // words
  if (k >= p_.words.size() || !p_.words[k].is_word || p_.words[k].lower != "of" || p_.words[k].capitalized) {
    return false;
  }
  const std::size_t sentence = p_.words[k].sentence;
  if (!is_word_in_sentence(p_, k + 1, sentence) || !p_.words[k + 1].capitalized) return false;
  // "Lakeside Chief of Police Ann Ruiz": "of" after a title word goes on with the title.
  if (k > 0 && p_.words[k - 1].is_word && lexicons_.title_words.count(p_.words[k - 1].lower)) return false;
  std::vector<Found> found;
  if (!location_at(k, found, nullptr, false, true) || found.size() != 1) return false;
  const Found& place = found.front();
  if (place.end - (k + 1) > kLongestPlace || names_organization_not_place(place.value) || is_all_caps(place.value)) {
    return false;
  }
  if (is_word_in_sentence(p_, place.end, sentence) &&
      (p_.words[place.end].capitalized || p_.words[place.end].lower == "of")) {
    return false;
  }
  out.insert(out.end(), found.begin(), found.end());
  status_after_place(place.end, out);
  return true;
}

std::optional<Found> AttributeReader::shared_residence_at(std::size_t k) const {
  constexpr std::size_t kLongestPlace = 3;  // words
  if (k >= p_.words.size()) return std::nullopt;
  const std::size_t sentence = p_.words[k].sentence;
  if (is_mark(p_, k, ",") && is_word_in_sentence(p_, k + 1, sentence) && is_age_word(p_.words[k + 1].lower)) {
    k += 2;  // ", 20": the age of the last name
  }
  if (!is_mark(p_, k, ",") || !is_word_in_sentence(p_, k + 1, sentence) ||
      !is_word_in_sentence(p_, k + 2, sentence) || p_.words[k + 2].lower != "of") {
    return std::nullopt;
  }
  const std::string& quantifier = p_.words[k + 1].lower;
  if (quantifier != "all" && quantifier != "both") return std::nullopt;
  const std::optional<std::pair<std::string, std::size_t>> place = place_after(p_, k + 3);
  // "all of Orlando" names a place; "both of them", "all of the victims" name none.
  if (!place || !p_.words[k + 3].capitalized || place->second - (k + 3) > kLongestPlace ||
      names_organization_not_place(place->first) || is_all_caps(place->first)) {
    return std::nullopt;
  }
  return Found{"residence", place->first, k + 1, place->second, "attribute-residence"};
}

void AttributeReader::status_after_place(std::size_t k, std::vector<Found>& out, bool plural) {
  constexpr std::size_t kLongestRegion = 3;  // words: "Iowa", "New South Wales"
  if (k >= p_.words.size()) return;
  const std::size_t sentence = p_.words[k].sentence;
  std::size_t after = k;
  if (is_mark(p_, k, ",")) {
    after = k + 1;
    // ", Iowa,": the region the place lies in, set off by commas.
    std::size_t region = after;
    while (is_word_in_sentence(p_, region, sentence) && p_.words[region].capitalized &&
           region < after + kLongestRegion) {
      ++region;
    }
    if (region > after && is_mark(p_, region, ",")) after = region + 1;
  }
  if (status_verb_at(after, out)) return;
  const std::optional<Found> status = opens_copula(after, plural)
                                          ? status_at(after + copula_length(after, plural))
                                          : std::nullopt;
  if (status) out.push_back(*status);
}

bool AttributeReader::names_organization_not_place(const std::string& name) const {
  if (!is_organization_(name)) return false;
  const std::size_t space = name.rfind(' ');
  if (space == std::string::npos) return true;
  return lexicons_.organization_words.count(fold_text(name.substr(space + 1))) > 0;
}

bool AttributeReader::location_at(std::size_t k, std::vector<Found>& out, std::size_t* next, bool after_role,
                                  bool after_name) {
  if (k >= p_.words.size() || !p_.words[k].is_word) return false;
  const std::string& w = p_.words[k].lower;
  std::string name;
  std::size_t at = k + 1;
  if (w == "from") {
    name = "origin";
  } else if (w == "of" && !after_role && (after_name || (k > 0 && is_mark(p_, k - 1, ",")))) {
    name = "residence";  // "Carmen Feldman, of Orlando"
  } else if ((w == "living" || w == "based" || w == "currently" || w == "now" || w == "lives") &&
             k + 1 < p_.words.size() && p_.words[k + 1].lower == "in") {
    name = "residence";
    at = k + 2;
  } else if (w == "in" && after_role) {
    name = "residence";
  } else {
    return false;
  }
  std::optional<std::pair<std::string, std::size_t>> place = place_after(p_, at);
  if (!place) return false;
  // "of Ward 3": a numbered district; its number is part of its name.
  if (place->second < p_.words.size() && p_.words[place->second].is_word &&
      p_.words[place->second].sentence == p_.words[k].sentence &&
      std::isdigit(static_cast<unsigned char>(p_.words[place->second].lower[0]))) {
    const std::size_t number = place->second;
    place->first += " " + std::string(p_.slice(p_.words[number].start, p_.words[number].end));
    place->second = number + 1;
  }

  out.push_back({name, place->first, k, place->second, name == "origin" ? "attribute-origin" : "attribute-residence"});
  if (next) *next = place->second;
  return true;
}

}  // namespace factdiff::attribute_reading
