// Statuses: "was arrested", "died", "arrested 25-year-old X", a "who" clause's status.
#include "extract/attribute_reader.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace factdiff::attribute_reading {

bool AttributeReader::status_verb_at(std::size_t k, std::vector<Found>& out) const {
  constexpr std::size_t kReach = 8;  // words read from k, "both" and "also" among them
  if (k >= p_.words.size()) return false;
  const std::size_t sentence = p_.words[k].sentence;
  // The words read (without "both" and "also") are joined once; every shorter phrase is a
  // prefix of the joined one, looked up as a view, where joining each anew cost a string per
  // word of every length tried.
  std::string joined;
  std::array<std::size_t, kReach> phrase_size{};  // of the phrase of the first n + 1 words
  std::array<std::size_t, kReach> phrase_end{};   // the word after its last
  std::size_t words = 0;
  for (std::size_t i = k; is_word_in_sentence(p_, i, sentence) &&
                          words < lexicons_.longest_status_verb_words && i < k + kReach; ++i) {
    const std::string_view word = p_.words[i].lower;
    if (word == "both" || word == "also") continue;
    if (words > 0) joined += ' ';
    joined += word;
    phrase_size[words] = joined.size();
    phrase_end[words] = i + 1;
    ++words;
  }
  for (std::size_t n = words; n >= 1; --n) {
    auto it = lexicons_.status_verbs.find(std::string_view(joined).substr(0, phrase_size[n - 1]));
    if (it == lexicons_.status_verbs.end()) continue;
    out.push_back({"status", it->second, k, phrase_end[n - 1], "status-verbs"});
    return true;
  }
  return false;
}

std::optional<Found> AttributeReader::object_status_before(std::size_t begin) const {
  std::size_t j = begin;
  if (j >= 2 && p_.words[j - 1].lower == "old" && is_age_word(p_.words[j - 2].lower)) {
    j -= 2;  // "25-year old"
  } else if (j >= 1 && p_.words[j - 1].lower.find("year-old") != std::string::npos) {
    j -= 1;
  }
  if (j == 0 || !p_.words[j - 1].is_word || p_.words[j - 1].capitalized ||
      p_.words[j - 1].sentence != p_.words[begin].sentence) {
    return std::nullopt;
  }
  auto status = lexicons_.object_status_verbs.find(p_.words[j - 1].lower);
  if (status == lexicons_.object_status_verbs.end()) return std::nullopt;
  return Found{"status", status->second, j - 1, j, "object-status-verbs"};
}

bool AttributeReader::relative_clause_at(std::size_t k, std::vector<Found>& out) const {
  if (k >= p_.words.size() || !p_.words[k].is_word || p_.words[k].lower != "who") return false;
  if (status_verb_at(k + 1, out) || place_verb_at(k + 1, out)) return true;
  // "a firefighter who was killed", "who was among those killed": a status after a copula.
  const std::size_t copula = copula_length(k + 1, false);
  if (copula == 0) return false;
  if (const std::optional<Found> status = status_at(k + 1 + copula)) {
    out.push_back(*status);
    return true;
  }
  return among_status_at(k + 1 + copula, out);
}

std::size_t AttributeReader::copula_length(std::size_t k, bool plural) const {
  if (k >= p_.words.size() || !p_.words[k].is_word) return 0;
  const std::string& w = p_.words[k].lower;
  if (w == "is" || w == "was" || w == "remains" || w == "remained") return 1;
  // "she'd been shot": "had" glued to the word before.
  if (w == "been" && k > 0 && p_.words[k - 1].sentence == p_.words[k].sentence &&
      has_glued_auxiliary(p_.words[k - 1].lower)) {
    return 1;
  }
  if (plural && (w == "were" || w == "are" || w == "remain")) return 1;
  const bool has = w == "has" || w == "had" || (plural && w == "have");
  if (has && k + 1 < p_.words.size() && p_.words[k + 1].lower == "been") return 2;
  // "Ana Ruiz would have been a senior at Lakeside High": what a person killed was about to be
  // describes them too.
  if (w == "would" && k + 2 < p_.words.size() && p_.words[k + 1].lower == "have" && p_.words[k + 2].lower == "been") {
    return 3;
  }
  return 0;
}

bool AttributeReader::opens_copula(std::size_t k, bool plural) const {
  return copula_length(k, plural) > 0;
}

void AttributeReader::copula(std::size_t k, std::vector<Found>& out, bool plural) {
  const std::size_t length = copula_length(k, plural);
  if (length == 0) return;
  std::size_t i = k + length;
  if (i < p_.words.size() &&
      (p_.words[i].lower == "later" || p_.words[i].lower == "also" || p_.words[i].lower == "instead")) {
    ++i;
  }
  // "is now in federal custody": a status as it stands now. What is said of someone "now" with
  // a noun ("is now the main suspect in the slaying of X in Y") is left alone: the places after
  // it are the event's, not where the person lives.
  const bool now = i < p_.words.size() && p_.words[i].lower == "now";
  if (const std::optional<Found> status = status_at(now ? i + 1 : i)) {
    out.push_back(*status);
    return;
  }
  if (now) return;
  if (among_status_at(i, out)) return;
  // "X and Y were the owners": a plural noun is no role of each.
  if (plural) return;
  const std::size_t sentence = p_.words[k].sentence;
  if (i < p_.words.size() && lexicons_.word_class(p_.words[i].lower) == "determiner") {
    const std::size_t before = out.size();
    noun_phrase_at(i, out);
    // "was a carpenter and worked at the Norfolk Naval Shipyard": a verb joined to the role
    // still speaks of the subject.
    if (out.size() > before && out.back().name == "role" && is_word_in_sentence(p_, out.back().end, sentence) &&
        p_.words[out.back().end].lower == "and") {
      affiliation_verb_at(out.back().end + 1, out);
    }
    return;
  }
  // "was identified by French authorities on Monday as the presumed mastermind"
  const std::string& verb = p_.words[i].lower;
  const bool naming = is_naming_verb(verb);
  for (std::size_t j = i; is_word_in_sentence(p_, j, sentence) && j < i + 12; ++j) {
    if (p_.words[j].lower != "as" || !is_word_in_sentence(p_, j + 1, sentence)) continue;
    if (p_.words[j + 1].lower == "the") {
      if (naming) noun_phrase_at(j + 1, out);
      return;
    }
    // "has been identified as one of the slain victims": a status word of the group named.
    if (naming && p_.words[j + 1].lower == "one" && is_word_in_sentence(p_, j + 2, sentence) &&
        p_.words[j + 2].lower == "of" && is_word_in_sentence(p_, j + 3, sentence) && p_.words[j + 3].lower == "the") {
      if (const std::optional<Found> status = status_at(j + 4)) out.push_back(*status);
      return;
    }
  }
}

std::optional<Found> AttributeReader::status_at(std::size_t k) const {
  for (std::size_t n = lexicons_.longest_status_words; n >= 1; --n) {
    if (k + n > p_.words.size()) continue;
    std::string phrase;
    bool ok = true;
    for (std::size_t i = k; i < k + n; ++i) {
      if (!p_.words[i].is_word) {
        ok = false;
        break;
      }
      if (!phrase.empty()) phrase += ' ';
      phrase += p_.words[i].lower;
    }
    if (!ok) continue;
    auto it = lexicons_.statuses.find(phrase);
    if (it != lexicons_.statuses.end()) return Found{"status", it->second, k, k + n, "status-phrases"};
  }
  return std::nullopt;
}

bool AttributeReader::among_status_at(std::size_t k, std::vector<Found>& out) const {
  constexpr std::size_t kLongestGroup = 6;  // words: "the 53 others", "the people"
  if (k >= p_.words.size() || !p_.words[k].is_word || p_.words[k].lower != "among") return false;
  const std::size_t sentence = p_.words[k].sentence;
  for (std::size_t j = k + 1; is_word_in_sentence(p_, j, sentence) && j <= k + kLongestGroup; ++j) {
    if (const std::optional<Found> status = status_at(j)) {
      out.push_back({"status", status->value, k, status->end, "status-among"});
      return true;
    }
  }
  return false;
}

std::optional<Found> AttributeReader::warrant_before(std::size_t name_begin) const {
  constexpr std::size_t kLongestWarrantPhrase = 10;  // words: "a warrant for first degree murder was issued"
  if (name_begin == 0 || !p_.words[name_begin - 1].is_word || p_.words[name_begin - 1].lower != "for") {
    return std::nullopt;
  }
  const std::size_t sentence = p_.words[name_begin].sentence;
  for (std::size_t j = name_begin - 1; j-- > 0 && name_begin - j <= kLongestWarrantPhrase;) {
    if (!is_word_in_sentence(p_, j, sentence)) break;
    if (p_.words[j].lower == "warrant" || p_.words[j].lower == "warrants") {
      return Found{"status", "wanted", j, name_begin, "attribute-warrant"};
    }
  }
  return std::nullopt;
}

std::optional<Found> AttributeReader::funeral_before(std::size_t name_begin) const {
  constexpr std::size_t kLongestDescription = 5;  // words between "of" and the name
  if (name_begin == 0) return std::nullopt;
  const std::size_t sentence = p_.words[name_begin].sentence;
  for (std::size_t j = name_begin; j-- > 0 && name_begin - j <= kLongestDescription + 1;) {
    if (!is_word_in_sentence(p_, j, sentence)) return std::nullopt;
    const std::string& w = p_.words[j].lower;
    if (w == "of" || w == "for") {
      std::size_t noun = j;
      if (noun > 0 && (p_.words[noun - 1].lower == "service" || p_.words[noun - 1].lower == "services")) --noun;
      if (noun == 0 || !is_word_in_sentence(p_, noun - 1, sentence) || p_.words[noun - 1].lower != "funeral") {
        return std::nullopt;
      }
      return Found{"status", "dead", noun - 1, name_begin, "attribute-funeral"};
    }
    // "shooting victim", "the slain officer", "her son": a description of the person, no clause.
    const std::string& word_class = lexicons_.word_class(w);
    if (!word_class.empty() && word_class != "determiner" && !is_possessive_pronoun(w)) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace factdiff::attribute_reading
