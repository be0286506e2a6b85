// Subjects of attributes beyond a plain name opening a sentence.
#include "extract/attribute_subjects.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "extract/attribute_words.h"
#include "extract/speaker_resolver.h"

namespace factdiff::attribute_reading {

bool follows_opening_phrase(const AttributionParagraph& p, std::size_t k, const AttributionLexicons& lexicons) {
  constexpr std::size_t kLongestOpening = 8;  // words
  if (k < 2 || !is_mark(p, k - 1, ",")) return false;
  const std::size_t comma = k - 1;
  const std::size_t sentence = p.words[k].sentence;
  std::size_t start = comma;
  while (start > 0 && p.words[start - 1].sentence == sentence) --start;
  if (start == comma || comma - start > kLongestOpening) return false;
  const std::string& opening = lexicons.word_class(p.words[start].lower);
  if (p.words[start].lower != "according" && opening != "preposition" && opening != "time" && opening != "adverb") {
    return false;
  }
  for (std::size_t j = start + 1; j < comma; ++j) {
    if (!p.words[j].is_word) return false;
    if (p.words[j].capitalized && lexicons.word_class(p.words[j].lower) != "time") return false;
  }
  return true;
}

std::size_t group_subject_length(const AttributionParagraph& p, std::size_t k) {
  const auto is_group_noun = [&](std::size_t i) {
    return i < p.words.size() && p.words[i].is_word && p.words[i].sentence == p.words[k].sentence &&
           (p.words[i].lower == "men" || p.words[i].lower == "women" || p.words[i].lower == "suspects");
  };
  if (k >= p.words.size() || !p.words[k].is_word) return 0;
  if (p.words[k].lower == "both" && is_group_noun(k + 1)) return 2;
  // "The couple", "The pair": two persons by the noun itself.
  if (p.words[k].lower == "the" && k + 1 < p.words.size() && p.words[k + 1].sentence == p.words[k].sentence &&
      (p.words[k + 1].lower == "couple" || p.words[k + 1].lower == "pair")) {
    return 2;
  }
  if (p.words[k].lower == "the" && k + 1 < p.words.size() && p.words[k + 1].lower == "two" && is_group_noun(k + 2)) {
    return 3;
  }
  return 0;
}

namespace {

// "his wife Kari", "with husband Ralph": a first name right after a kin word (a possessive may
// stand before it) is a person's, though the document gives no surname with it.
bool named_by_relation(const AttributionParagraph& p, const NamePhrase& name, const AttributionLexicons& lexicons) {
  const std::size_t at = name.begin;
  return at > 0 && name.roles.empty() && name.name.find(' ') == std::string::npos &&
         p.words[at - 1].sentence == p.words[at].sentence && lexicons.relation_nouns.count(p.words[at - 1].lower) > 0;
}

}  // namespace

std::vector<NamePhrase> group_members(const std::vector<AttributionParagraph>& paragraphs, std::size_t paragraph,
                                      std::size_t k, const AttributionLexicons& lexicons) {
  constexpr std::size_t kGroupSize = 2;
  constexpr std::size_t kSentencesBack = 2;
  std::vector<NamePhrase> members;
  // The sentence before word k's, in its paragraph or at the end of the paragraph before.
  std::size_t pi = paragraph;
  std::size_t sentence = paragraphs[pi].words[k].sentence;
  for (std::size_t back = 0; back < kSentencesBack && members.size() < kGroupSize; ++back) {
    if (sentence == 0) {
      // A photo caption between is page furniture, no sentence of the story.
      std::size_t before = pi;
      while (before > 0 && is_photo_caption(paragraphs[before - 1])) --before;
      if (before == 0 || paragraphs[before - 1].sentences.empty()) break;
      pi = before - 1;
      sentence = paragraphs[pi].sentences.size();
    }
    --sentence;
    const AttributionParagraph& p = paragraphs[pi];
    for (std::size_t i = 0; i < p.words.size(); ++i) {
      if (p.words[i].sentence != sentence) continue;
      std::optional<NamePhrase> name = read_name_at(p, i, lexicons);
      if (!name) continue;
      i = std::max(i, name->end - 1);
      const bool full_name = name->person && name->name.find(' ') != std::string::npos;
      if (!full_name && !named_by_relation(p, *name, lexicons)) continue;
      const bool known = std::any_of(members.begin(), members.end(),
                                     [&](const NamePhrase& member) { return member.name == name->name; });
      if (!known) members.push_back(*name);
    }
  }
  if (members.size() != kGroupSize) members.clear();
  return members;
}

bool set_off_as_person(const AttributionParagraph& p, const NamePhrase& name, const AttributionLexicons& lexicons) {
  if (!name.person || name.name.find(' ') == std::string::npos || name.begin == 0) return false;
  const std::size_t sentence = p.words[name.begin].sentence;
  if (!is_mark(p, name.end, ",") || !is_word_in_sentence(p, name.end + 1, sentence)) return false;
  const std::string& before = p.words[name.begin - 1].lower;
  const std::string& after = p.words[name.end + 1].lower;
  if (before == "of") return after == "of" && is_word_in_sentence(p, name.end + 2, sentence) &&
                             p.words[name.end + 2].capitalized;
  const bool according_to = before == "to" && name.begin > 1 && p.words[name.begin - 2].lower == "according";
  return according_to && (lexicons.title_words.count(after) > 0 || lexicons.title_modifiers.count(after) > 0);
}

bool written_before(const std::vector<AttributionParagraph>& paragraphs, std::size_t paragraph, std::size_t k,
                    const std::string& lower) {
  const std::string plural = lower + "s";
  for (std::size_t pi = 0; pi <= paragraph && pi < paragraphs.size(); ++pi) {
    const std::vector<ParagraphWord>& words = paragraphs[pi].words;
    const std::size_t end = pi == paragraph ? std::min(k, words.size()) : words.size();
    for (std::size_t i = 0; i < end; ++i) {
      if (words[i].is_word && (words[i].lower == lower || words[i].lower == plural)) return true;
    }
  }
  return false;
}

bool names_no_person_a_pronoun_stands_for(const AttributionParagraph& p, const NamePhrase& name) {
  if (name.begin == 0 || !name.roles.empty()) return false;
  const std::size_t sentence = p.words[name.begin].sentence;
  if (is_word_in_sentence(p, name.begin - 1, sentence) && is_article(p.words[name.begin - 1].lower)) return true;
  const bool closes_sentence = name.end >= p.words.size() || p.words[name.end].sentence != sentence ||
                               is_mark(p, name.end, ".");
  if (!closes_sentence || !is_mark(p, name.begin - 1, ",")) return false;
  // Back over the capitalised words of the place before the comma, to the word before them.
  std::size_t k = name.begin - 1;
  while (k > 0 && is_word_in_sentence(p, k - 1, sentence) && p.words[k - 1].capitalized) --k;
  if (k == name.begin - 1 || k == 0 || !is_word_in_sentence(p, k - 1, sentence)) return false;
  const std::string& before = p.words[k - 1].lower;
  return before == "in" || before == "of" || before == "from" || before == "at" || before == "near";
}

DescriptionSubject description_subject_at(const AttributionParagraph& p, std::size_t k,
                                          const AttributionLexicons& lexicons) {
  constexpr std::size_t kMostModifiers = 2;  // words: "the accused lone gunman"
  // Asked at every word: "the" is compared as a view, by its size first.
  if (k >= p.words.size() || !p.words[k].is_word || std::string_view(p.words[k].lower) != "the") return {};
  const std::size_t sentence = p.words[k].sentence;
  for (std::size_t i = k + 1; is_word_in_sentence(p, i, sentence) && i <= k + 1 + kMostModifiers; ++i) {
    const ParagraphWord& word = p.words[i];
    if (word.capitalized) return {};
    if (const auto noun = lexicons.description_subjects.find(word.lower); noun != lexicons.description_subjects.end()) {
      if (is_word_in_sentence(p, i + 1, sentence) && p.words[i + 1].capitalized) return {};
      return {i + 1 - k, noun->second};
    }
    // "the accused gunman": a modifier is a plain word, no pronoun, preposition or verb of speech.
    if (!lexicons.word_class(word.lower).empty() || lexicons.speech_verb_at(p.words, i)) return {};
  }
  return {};
}

namespace {

// "Zealand-born", "Texas-based": a lower-case part after a hyphen makes the word a description
// of the place ("Wilkes-Barre" is a place).
bool describes_with_suffix(std::string_view word) {
  const std::size_t hyphen = word.rfind('-');
  return hyphen != std::string_view::npos && hyphen + 1 < word.size() &&
         std::islower(static_cast<unsigned char>(word[hyphen + 1]));
}

}  // namespace

PlacePerson place_person_at(const AttributionParagraph& p, std::size_t k, const AttributionLexicons& lexicons,
                            const LowerCaseWords& common_words) {
  constexpr std::size_t kLongestPlace = 3;  // words: "Fort Walton Beach"
  if (k >= p.words.size() || !p.words[k].is_word) return {};
  const std::size_t sentence = p.words[k].sentence;
  bool all_common = true;
  for (std::size_t end = k; is_word_in_sentence(p, end, sentence) && end < k + kLongestPlace + 1; ++end) {
    const ParagraphWord& word = p.words[end];
    if (!word.capitalized) {
      const auto noun = lexicons.place_person_nouns.find(word.lower);
      if (end == k || all_common || noun == lexicons.place_person_nouns.end()) return {};
      const std::string place(p.slice(p.words[k].start, p.words[end - 1].end));
      return {end + 1 - k, Found{noun->second, place, k, end + 1, "place-person-nouns"}};
    }
    // A place is no demonym ("American man"), title, pronoun or article, organisation or
    // possessive ("Lee's man").
    if (lexicons.nationality(word.lower) || lexicons.title_words.count(word.lower) ||
        lexicons.title_modifiers.count(word.lower) || !lexicons.word_class(word.lower).empty() ||
        lexicons.organization_words.count(word.lower) || word.lower.find('\'') != std::string::npos ||
        is_capitals_word(p, end) || describes_with_suffix(p.slice(word.start, word.end))) {
      return {};
    }
    all_common = all_common && common_words.contains(word.lower);
  }
  return {};
}

PlacePerson place_person_before(const AttributionParagraph& p, std::size_t name_begin,
                                const AttributionLexicons& lexicons, const LowerCaseWords& common_words) {
  constexpr std::size_t kLongest = 4;  // words: a place of three and its noun
  if (name_begin == 0) return {};
  const std::size_t sentence = p.words[name_begin].sentence;
  for (std::size_t begin = name_begin - std::min(name_begin, kLongest); begin + 1 < name_begin; ++begin) {
    if (!is_word_in_sentence(p, begin, sentence)) continue;
    // The place is the whole capitalised run before the noun: "The Ohio man", not "Fort" "Ohio".
    const bool opens = begin == 0 || !is_word_in_sentence(p, begin - 1, sentence) ||
                       !p.words[begin - 1].capitalized || is_article(p.words[begin - 1].lower);
    if (!opens) continue;
    const PlacePerson found = place_person_at(p, begin, lexicons, common_words);
    if (found.length > 0 && begin + found.length == name_begin) return found;
  }
  return {};
}

std::string first_name_sharing_surname(const AttributionParagraph& p, const NamePhrase& name,
                                       const AttributionLexicons& lexicons,
                                       const std::function<bool(const std::string&)>& known_word) {
  const std::size_t space = name.name.find(' ');
  if (!name.person || !name.roles.empty() || name.begin != name.name_begin || name.begin < 2 ||
      space == std::string::npos || name.name.find(' ', space + 1) != std::string::npos) {
    return {};
  }
  const std::size_t sentence = p.words[name.begin].sentence;
  const std::size_t first = name.begin - 2;
  if (!is_word_in_sentence(p, first, sentence) || p.words[name.begin - 1].lower != "and") return {};
  const ParagraphWord& word = p.words[first];
  if (!word.capitalized || is_capitals_word(p, first) || !lexicons.word_class(word.lower).empty() ||
      lexicons.title_words.count(word.lower) || lexicons.nationality(word.lower) || known_word(word.lower)) {
    return {};
  }
  if (is_word_in_sentence(p, first - 1, sentence) && first > 0 &&
      (p.words[first - 1].capitalized || lexicons.word_class(p.words[first - 1].lower) == "preposition" ||
       !p.words[first - 1].is_word)) {
    return {};
  }
  return std::string(p.slice(word.start, word.end)) + name.name.substr(space);
}

void DescribedPersons::remember_role(const std::string& key, const std::string& name, const std::string& role,
                                     const AttributionLexicons& lexicons) {
  const std::string folded = fold_text(role);
  const auto group = lexicons.description_subjects.find(folded.substr(folded.rfind(' ') + 1));
  if (group == lexicons.description_subjects.end()) return;
  std::string& kept = persons_[group->second][key];
  if (name.size() > kept.size()) kept = name;
}

std::string DescribedPersons::only_person(const std::string& group) const {
  const auto persons = persons_.find(group);
  if (persons == persons_.end() || persons->second.size() != 1) return {};
  return persons->second.begin()->second;
}

}  // namespace factdiff::attribute_reading
