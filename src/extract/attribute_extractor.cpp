// Attribute claims from pre-name titles, appositives and copulas.
#include "extract/attribute_extractor.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <set>
#include <tuple>

#include "extract/entity_lexicons.h"
#include "extract/quote_text.h"
#include "extract/speaker_resolver.h"

namespace factdiff {
namespace {

constexpr std::size_t kLongestAppositive = 16;  // words

struct Found {
  std::string name;
  std::string value;
  std::size_t begin = 0;  // word range of the evidence
  std::size_t end = 0;
  std::string rule;
};

bool is_mark(const AttributionParagraph& p, std::size_t k, std::string_view mark) {
  return k < p.words.size() && !p.words[k].is_word && p.words[k].lower == mark;
}

bool is_word_in_sentence(const AttributionParagraph& p, std::size_t k, std::size_t sentence) {
  return k < p.words.size() && p.words[k].is_word && p.words[k].sentence == sentence;
}

// Word k written in capitals, two letters or more ("CNN", "NYPD").
bool is_capitals_word(const AttributionParagraph& p, std::size_t k) {
  const std::string_view text = p.slice(p.words[k].start, p.words[k].end);
  return text.size() >= 2 && is_all_caps(text);
}

bool is_age_word(const std::string& lower) {
  return lower.find("year-old") != std::string::npos ||
         (!lower.empty() && std::isdigit(static_cast<unsigned char>(lower[0])));
}

// The place a "from"/"in" phrase names: the name after "of" ("the Paris suburb of Drancy"),
// else its first capitalised run ("Chartres, southwest of Paris").
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

// ", an 18-year-old high school basketball star," after a name: the comma that closes a
// description set off after it (a determiner, then words up to the next comma), so that a list
// of names goes on past it; nullopt when word k opens no such description.
std::optional<std::size_t> end_of_described_name(const AttributionParagraph& p, std::size_t k) {
  if (!is_mark(p, k, ",") || k + 1 >= p.words.size()) return std::nullopt;
  const std::size_t sentence = p.words[k + 1].sentence;
  const std::string& determiner = p.words[k + 1].lower;
  if (!is_word_in_sentence(p, k + 1, sentence) || (determiner != "a" && determiner != "an" && determiner != "the")) {
    return std::nullopt;
  }
  for (std::size_t j = k + 2; j < p.words.size() && j < k + 2 + kLongestAppositive; ++j) {
    if (is_mark(p, j, ",")) return j;
    if (!is_word_in_sentence(p, j, sentence)) return std::nullopt;
  }
  return std::nullopt;
}

// The end of a list of names that goes on after a name ending at word k ("X, 31, and Y, 14,
// were killed"; "X, a student, and Y were killed"; "X, Y and Z were arrested"): the word after
// its last name, nullopt when no other name follows. Each further name is read by `person_at`
// (its end, or nullopt).
using PersonAt = std::function<std::optional<std::size_t>(const AttributionParagraph&, std::size_t)>;
std::optional<std::size_t> end_of_name_list(const AttributionParagraph& p, std::size_t k, const PersonAt& person_at) {
  constexpr std::size_t kLongestList = 6;  // names
  std::optional<std::size_t> last;
  if (k >= p.words.size()) return last;
  const std::size_t sentence = p.words[k].sentence;
  for (std::size_t names = 0; names < kLongestList; ++names) {
    std::size_t j = k;
    // ", 31," : the age of the name before.
    if (is_mark(p, j, ",") && is_word_in_sentence(p, j + 1, sentence) && is_age_word(p.words[j + 1].lower) &&
        is_mark(p, j + 2, ",")) {
      j += 2;
    } else if (const std::optional<std::size_t> close = end_of_described_name(p, j)) {
      j = *close;
    }
    const bool comma = is_mark(p, j, ",");
    if (comma) ++j;
    const bool conjunction = is_word_in_sentence(p, j, sentence) && p.words[j].lower == "and";
    if (conjunction) ++j;
    if (!comma && !conjunction) break;
    if (!is_word_in_sentence(p, j, sentence)) break;
    const std::optional<std::size_t> end = person_at(p, j);
    if (!end) break;
    k = *end;
    last = k;
    if (conjunction) break;  // "and" joins the last name
  }
  return last;
}

// "MS08-067", "N. Y.": a name with a digit, or made only of initials, is a code or an
// abbreviated place, nobody's name.
bool names_nobody(const std::string& name) {
  if (std::any_of(name.begin(), name.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    return true;
  }
  bool only_initials = true;
  std::size_t from = 0;
  while (from < name.size() && only_initials) {
    const std::size_t space = std::min(name.find(' ', from), name.size());
    std::string_view word = std::string_view(name).substr(from, space - from);
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    only_initials = word.size() == 1;
    from = space + 1;
  }
  return only_initials;
}

// "Jr.", "Sr.", "II": a word that follows a surname and tells a generation apart.
bool is_generational_suffix(std::string_view lower) {
  if (lower.ends_with('.')) lower.remove_suffix(1);
  return lower == "jr" || lower == "sr" || lower == "ii" || lower == "iii" || lower == "iv";
}

// The surname of a folded full name: its last word, before a generational suffix ("ware" of
// "travis ware ii", "rodgers" of "freddie rodgers jr.").
std::string surname_of(const std::string& folded_name) {
  std::size_t end = folded_name.size();
  while (true) {
    const std::size_t space = folded_name.rfind(' ', end - 1);
    if (space == std::string::npos || space == 0) break;
    if (!is_generational_suffix(std::string_view(folded_name).substr(space + 1, end - space - 1))) break;
    end = space;
    if (end > 0 && folded_name[end - 1] == ',') --end;  // "rodgers, jr."
  }
  const std::size_t space = folded_name.rfind(' ', end - 1);
  return folded_name.substr(space == std::string::npos ? 0 : space + 1, end - (space == std::string::npos ? 0 : space + 1));
}

// "The victims who died have been identified as ...", "One of the five victims killed has been
// named as ...": a status word in a subject about victims, before the naming verb at word
// `verb`, holds for the names after it. Without "victim" the subject may be the one who did it
// ("The man who killed three people was identified as ...").
std::optional<Found> victims_status(const AttributionParagraph& p, std::size_t verb,
                                    const AttributionLexicons& lexicons) {
  const std::size_t sentence = p.words[verb].sentence;
  std::size_t begin = verb;
  while (begin > 0 && p.words[begin - 1].sentence == sentence) --begin;
  bool victims = false;
  std::optional<Found> status;
  for (std::size_t k = begin; k < verb; ++k) {
    if (!p.words[k].is_word) continue;
    const std::string& w = p.words[k].lower;
    victims = victims || w == "victim" || w == "victims";
    if (status) continue;
    if (auto phrase = lexicons.statuses.find(w); phrase != lexicons.statuses.end()) {
      status = Found{"status", phrase->second, k, k + 1, "attribute-naming"};
    } else if (auto verb_form = lexicons.status_verbs.find(w); verb_form != lexicons.status_verbs.end()) {
      status = Found{"status", verb_form->second, k, k + 1, "attribute-naming"};
    }
  }
  if (!victims) return std::nullopt;
  return status;
}

using OrganizationTest = std::function<bool(const std::string&)>;

class AttributeReader {
 public:
  AttributeReader(const AttributionParagraph& p, const AttributionLexicons& lexicons,
                  const OrganizationTest& is_organization)
      : p_(p), lexicons_(lexicons), is_organization_(is_organization) {}

  // "for Lee Memorial Hospital", "of the Missouri State Highway Patrol", "with CNN": the
  // organisation a role belongs to, read from the preposition at word k.
  bool affiliation_at(std::size_t k, std::vector<Found>& out) const {
    if (k >= p_.words.size() || !p_.words[k].is_word) return false;
    const std::string& w = p_.words[k].lower;
    if (w != "of" && w != "for" && w != "at" && w != "with") return false;
    // In a headline written in capitals every word looks like an acronym.
    if (is_capitals_word(p_, k)) return false;
    const std::size_t sentence = p_.words[k].sentence;
    std::size_t begin = k + 1;
    const bool article = is_word_in_sentence(p_, begin, sentence) && p_.words[begin].lower == "the";
    if (article) ++begin;
    // "Michael Oehme of Council Bluffs" is a place: "of" names an organisation with "the" or
    // an acronym ("of CNN").
    if (w == "of" && !article && !(is_word_in_sentence(p_, begin, sentence) && is_capitals_word(p_, begin))) {
      return false;
    }
    return organizations_at(begin, sentence, false, out);
  }

  // The organisations named from word `begin`, one or several joined by "and" ("Emory
  // University and CNN"; with `article_after_and`, "the Puerto Rico National Guard and the
  // Alaska Army National Guard"), added to `out`. True when there was one.
  bool organizations_at(std::size_t begin, std::size_t sentence, bool article_after_and,
                        std::vector<Found>& out) const {
    const std::size_t before = out.size();
    std::size_t end = organization_at(begin, sentence, out);
    while (end > begin && is_word_in_sentence(p_, end, sentence) && p_.words[end].lower == "and") {
      std::size_t next = end + 1;
      if (article_after_and && is_word_in_sentence(p_, next, sentence) && p_.words[next].lower == "the") ++next;
      // "the FBI's Detroit Division and Chief James Craig of ...": a title after "and" opens a person.
      if (is_word_in_sentence(p_, next, sentence) && lexicons_.titles.count(p_.words[next].lower)) break;
      const std::size_t after = organization_at(next, sentence, out);
      if (after == next) break;
      end = after;
    }
    return out.size() > before;
  }

  // The organisation named from word `begin` ("the Atlanta-area Catholic Church of the
  // Transfiguration" -> "Catholic Church of the Transfiguration"), added to `out` when it is one.
  // Returns the word after the name (`begin` when none).
  std::size_t organization_at(std::size_t begin, std::size_t sentence, std::vector<Found>& out) const {
    // A place word of a compound ("Atlanta-area", "Tampa-based") says where, not who.
    while (is_word_in_sentence(p_, begin, sentence) && p_.words[begin].capitalized &&
           (p_.words[begin].lower.ends_with("-area") || p_.words[begin].lower.ends_with("-based"))) {
      ++begin;
    }
    std::size_t end = begin;
    while (is_word_in_sentence(p_, end, sentence) && end < begin + 8) {
      if (p_.words[end].capitalized) {
        ++end;
        continue;
      }
      // "Council of American-Islamic Relations", "Church of the Transfiguration": linking words
      // inside the name.
      const std::string& link = p_.words[end].lower;
      std::size_t capital = end + 1;
      if (link == "of" && is_word_in_sentence(p_, capital, sentence) && p_.words[capital].lower == "the") ++capital;
      // "Surrey Fire and Rescue Service": "and" inside a name whose first part names no
      // organisation on its own ("Emory University and CNN" are two).
      const bool inner_and = link == "and" && end > begin &&
                             !is_organization_(std::string(p_.slice(p_.words[begin].start, p_.words[end - 1].end)));
      if ((link == "of" || link == "for" || inner_and) && end > begin && is_word_in_sentence(p_, capital, sentence) &&
          p_.words[capital].capitalized) {
        end = capital + 1;
        continue;
      }
      break;
    }
    if (end == begin) return begin;
    const std::string organization(p_.slice(p_.words[begin].start, p_.words[end - 1].end));
    if (!is_organization_(organization)) return begin;
    out.push_back({"affiliation", organization, begin, end, "attribute-affiliation"});
    return end;
  }

  // "Terry Andres also worked at the Norfolk Naval Shipyard", "served in both the Puerto Rico
  // National Guard and the Alaska Army National Guard": organisations joined by a verb.
  bool affiliation_verb_at(std::size_t k, std::vector<Found>& out) const {
    if (k < p_.words.size() && (p_.words[k].lower == "also" || p_.words[k].lower == "later")) ++k;
    if (k >= p_.words.size()) return false;
    const std::size_t sentence = p_.words[k].sentence;
    const std::size_t n = longest_known_phrase(p_, k, lexicons_.longest_affiliation_verb_words,
                                               [this](const std::string& phrase, std::size_t) {
      return lexicons_.affiliation_verbs.count(phrase) > 0;
    });
    if (n == 0) return false;
    std::size_t begin = k + n;
    if (is_word_in_sentence(p_, begin, sentence) && p_.words[begin].lower == "both") ++begin;
    if (is_word_in_sentence(p_, begin, sentence) && p_.words[begin].lower == "the") ++begin;
    return organizations_at(begin, sentence, true, out);
  }

  // "Ana Ruiz grew up in Lyon", "who is originally from Quito", "moved to Florida": a verb from
  // the place_verbs lexicon and the place after it give an origin or a residence.
  bool place_verb_at(std::size_t k, std::vector<Found>& out) const {
    if (k >= p_.words.size() || !p_.words[k].is_word) return false;
    const std::size_t n = longest_known_phrase(p_, k, lexicons_.longest_place_verb_words,
                                               [this](const std::string& phrase, std::size_t) {
      return lexicons_.place_verbs.count(phrase) > 0;
    });
    if (n == 0 || !is_word_in_sentence(p_, k + n, p_.words[k].sentence)) return false;
    const std::optional<std::pair<std::string, std::size_t>> place = place_after(p_, k + n);
    if (!place || is_organization_(place->first)) return false;
    std::string phrase;
    for (std::size_t i = k; i < k + n; ++i) phrase += (i > k ? " " : "") + p_.words[i].lower;
    const std::string& name = lexicons_.place_verbs.at(phrase);
    out.push_back({name, place->first, k, place->second, "place-verbs"});
    if (phrase.ends_with(" to")) move_origin_at(place->second, out);
    return true;
  }

  // "moved to Florida two months ago from Ohio": the place a move started from, after the place
  // it went to and a few lower-case words (a time), is where the person comes from.
  void move_origin_at(std::size_t k, std::vector<Found>& out) const {
    constexpr std::size_t kLongestGap = 4;  // words: "two months ago", "in 2015"
    if (k >= p_.words.size()) return;
    const std::size_t sentence = p_.words[k].sentence;
    for (std::size_t j = k; is_word_in_sentence(p_, j, sentence) && j <= k + kLongestGap; ++j) {
      if (p_.words[j].lower == "from") {
        const std::optional<std::pair<std::string, std::size_t>> place = place_after(p_, j + 1);
        if (place && !is_organization_(place->first)) out.push_back({"origin", place->first, j, place->second, "place-verbs"});
        return;
      }
      if (p_.words[j].capitalized) return;
    }
  }

  // "Born in Lyon, Ana Ruiz moved ...": a verb of place opening the sentence, whose place the
  // comma right before the name at word `name_begin` closes, speaks of that name.
  std::optional<Found> opening_place_before(std::size_t name_begin) const {
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

  // "Freddie Rodgers died", "Ware and Jones face charges": a status told by the verb after a name.
  // "both" and "also" inside the verb are skipped ("are both being held").
  bool status_verb_at(std::size_t k, std::vector<Found>& out) const {
    if (k >= p_.words.size()) return false;
    const std::size_t sentence = p_.words[k].sentence;
    std::vector<std::size_t> words;
    for (std::size_t i = k; is_word_in_sentence(p_, i, sentence) &&
                            words.size() < lexicons_.longest_status_verb_words && i < k + 8; ++i) {
      if (p_.words[i].lower == "both" || p_.words[i].lower == "also") continue;
      words.push_back(i);
    }
    for (std::size_t n = words.size(); n >= 1; --n) {
      std::string phrase;
      for (std::size_t i = 0; i < n; ++i) phrase += (i ? " " : "") + p_.words[words[i]].lower;
      auto it = lexicons_.status_verbs.find(phrase);
      if (it == lexicons_.status_verbs.end()) continue;
      out.push_back({"status", it->second, k, words[n - 1] + 1, "status-verbs"});
      return true;
    }
    return false;
  }

  // "Officers arrested 25-year-old Ana Ruiz", "Prosecutors charged Omar Reyes": a verb right
  // before the name at word `begin` (past an age) tells what was done to that person.
  std::optional<Found> object_status_before(std::size_t begin) const {
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

  // "of" and a capitalised place right after a name: a residence ("Ian Cole of Council Bluffs").
  // A headline in title case ("Fatal Shooting Of ...") writes "Of" capitalised and is left out;
  // the place is one to three words, none in capitals, followed by no further name.
  bool residence_of_at(std::size_t k, std::vector<Found>& out) {
    constexpr std::size_t kLongestPlace = 3;  // words
    if (k >= p_.words.size() || !p_.words[k].is_word || p_.words[k].lower != "of" || p_.words[k].capitalized) {
      return false;
    }
    const std::size_t sentence = p_.words[k].sentence;
    if (!is_word_in_sentence(p_, k + 1, sentence) || !p_.words[k + 1].capitalized) return false;
    std::vector<Found> found;
    if (!location_at(k, found, nullptr, false, true) || found.size() != 1) return false;
    const Found& place = found.front();
    if (place.end - (k + 1) > kLongestPlace || is_organization_(place.value) || is_all_caps(place.value)) return false;
    if (is_word_in_sentence(p_, place.end, sentence) &&
        (p_.words[place.end].capitalized || p_.words[place.end].lower == "of")) {
      return false;
    }
    out.insert(out.end(), found.begin(), found.end());
    return true;
  }

  // Location phrases: "from X" (origin), "living in X", "based in X", "currently in X", "in X"
  // after a role noun (residence).
  // With `after_name`, "of X" right after a name is a residence too.
  bool location_at(std::size_t k, std::vector<Found>& out, std::size_t* next, bool after_role,
                   bool after_name = false) {
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

  // A noun phrase after a determiner: nationality words, a role, then location phrases. With
  // `bare` the phrase has no determiner ("Jesse Davis, police chief at the airport") and must
  // end in a title word to be a role.
  void noun_phrase_at(std::size_t k, std::vector<Found>& out, bool bare = false) {
    const std::size_t sentence = p_.words[k].sentence;
    std::size_t i = k;
    const std::string& det_class = lexicons_.word_class(p_.words[i].lower);
    if (det_class == "determiner") ++i;
    std::vector<std::size_t> role_words;
    std::optional<Found> named_before_title;  // the organisation of "a CNN correspondent"
    for (; is_word_in_sentence(p_, i, sentence) && i < k + kLongestAppositive; ++i) {
      const std::string& w = p_.words[i].lower;
      // "director of public affairs": the office goes on over "of" and a common noun.
      // Written as a capitalised title, the words after "of" are too ("Director of Trauma
      // Services").
      const bool capitalised_title = !role_words.empty() && p_.words[role_words.front()].capitalized;
      if (bare && w == "of" && !role_words.empty() && is_word_in_sentence(p_, i + 1, sentence) &&
          p_.words[i + 1].capitalized == capitalised_title &&
          lexicons_.word_class(p_.words[i + 1].lower).empty() &&
          !is_age_word(p_.words[i + 1].lower) &&
          lexicons_.title_words.count(p_.words[role_words.back()].lower)) {
        role_words.push_back(i);
        continue;
      }
      if (w == "who" || w == "which" || w == "that" || w == "of" || w == "and" || w == "with" ||
          w == "as" || w == "to" || w == "for" || w == "at" || w == "on" || w == "by" || lexicons_.speech_verb_at(p_.words, i)) {
        break;
      }
      // "special agent in charge": the office goes on.
      if (w == "in" && !role_words.empty() && is_word_in_sentence(p_, i + 1, sentence) &&
          p_.words[i + 1].lower == "charge") {
        role_words.push_back(i);
        role_words.push_back(++i);
        continue;
      }
      if (w == "from" || w == "in" || w == "living" || w == "based" || w == "currently") break;
      if (is_age_word(w)) continue;
      // "a Broward County commissioner", "FBI special agent in charge": a name before the title
      // says where or for whom the role is; when it names an organisation, that is an affiliation.
      if (role_words.empty() && p_.words[i].capitalized && !lexicons_.nationality(w) &&
          !lexicons_.title_words.count(w) && !lexicons_.title_modifiers.count(w)) {
        const std::size_t title = title_after_name_run(i);
        if (title > i) {
          const std::string run(p_.slice(p_.words[i].start, p_.words[title - 1].end));
          if (is_organization_(run)) named_before_title = Found{"affiliation", run, i, title, "attribute-affiliation"};
          i = title - 1;
          continue;
        }
      }
      // Without a determiner a role is a title, not a verb phrase ("X, alerted the police").
      if (bare && !lexicons_.word_class(w).empty()) return;
      if (bare && role_words.empty() && !lexicons_.title_words.count(w) && !lexicons_.title_modifiers.count(w)) return;
      if (const std::string* nationality = lexicons_.nationality(w)) {
        out.push_back({"nationality", *nationality, i, i + 1, "attribute-nationality"});
        continue;
      }
      // A name, not a description; a title may be capitalised ("Peter Guest, Assistant Chief
      // Fire Officer at ...", "X, the Police Chief").
      const bool title_goes_on = std::any_of(role_words.begin(), role_words.end(),
                                             [this](std::size_t r) { return p_.words[r].lower == "of"; });
      if (p_.words[i].capitalized &&
          !(lexicons_.title_words.count(w) || lexicons_.title_modifiers.count(w) || (bare && title_goes_on))) {
        return;
      }
      if (lexicons_.word_class(w) == "pronoun") return;  // "X, them": no description
      // "the school's police chief": the role is what follows the owner's possessive, when the
      // owner opens the phrase (deeper in, "the first person shot after ... his father's home"
      // is no role).
      if (is_possessive(w) && !p_.words[i].capitalized && role_words.empty()) {
        role_words.clear();
        continue;
      }
      // A participle ends the noun phrase: "a tourist visiting from Australia"; after a title
      // word a past one does too ("a Navy lieutenant assigned to ...").
      if (w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0 && !role_words.empty()) break;
      if (w.size() > 4 && w.ends_with("ed") && !role_words.empty() &&
          lexicons_.title_words.count(p_.words[role_words.back()].lower) && !lexicons_.title_words.count(w)) {
        break;
      }
      role_words.push_back(i);
    }
    // "Tony Hale, the affidavit says": the phrase is the subject of a speech verb, not an
    // appositive.
    if (i < p_.words.size() && p_.words[i].is_word && lexicons_.speech_verb_at(p_.words, i)) role_words.clear();
    // Kinship ("his son") and a bare nationality head ("an American citizen") are no roles.
    if (role_words.size() == 1 && (lexicons_.relation_nouns.count(p_.words[role_words[0]].lower) ||
                                   lexicons_.nationality_heads.count(p_.words[role_words[0]].lower))) {
      role_words.clear();
    }
    for (std::size_t r : role_words) {
      if (lexicons_.relation_nouns.count(p_.words[r].lower)) role_words.clear();
      if (role_words.empty()) break;
    }
    if (bare && !role_words.empty()) {
      // The head of the role is its last word before "of" ("director" of "director of public
      // affairs"); without a determiner it must be a title word.
      std::size_t head = role_words.back();
      for (std::size_t r : role_words) {
        if (p_.words[r].lower == "of" || p_.words[r].lower == "in") {  // "agent" of "agent in charge"
          head = r - 1;
          break;
        }
      }
      if (!lexicons_.title_words.count(p_.words[head].lower)) return;
    }
    if (!role_words.empty() && role_words.size() <= (bare ? 6 : 4)) {
      std::string role;
      for (std::size_t r : role_words) {
        if (!role.empty()) role += ' ';
        role += p_.slice(p_.words[r].start, p_.words[r].end);
      }
      if (named_before_title) out.push_back(*named_before_title);
      out.push_back({"role", role, role_words.front(), role_words.back() + 1, "attribute-role"});
    }
    // "a critic of NYPD" is no member of it: "of" joins an organisation to a title ("chief of
    // the Central Mat-Su Fire Department"), "for", "at" and "with" to any role.
    const bool of_title = i < p_.words.size() && p_.words[i].lower == "of" && !role_words.empty() &&
                          lexicons_.title_words.count(p_.words[role_words.back()].lower) > 0;
    if (!role_words.empty() && (of_title || (i < p_.words.size() && p_.words[i].lower != "of")) &&
        affiliation_at(i, out)) {
      relative_clause_at(out.back().end, out);
      return;
    }
    if (!role_words.empty() && relative_clause_at(i, out)) return;
    std::size_t next = i;
    while (location_at(next, out, &next, !role_words.empty())) {
      if (is_mark(p_, next, ",")) break;
    }
  }

  // "a medical assistant at Lakeside Hospital who grew up in Kissimmee", "a nurse who died on
  // Sunday": a "who" clause right after a description of a person speaks of that person, so its
  // status verb or verb of place is theirs too. True when it gave one.
  bool relative_clause_at(std::size_t k, std::vector<Found>& out) const {
    if (k >= p_.words.size() || !p_.words[k].is_word || p_.words[k].lower != "who") return false;
    return status_verb_at(k + 1, out) || place_verb_at(k + 1, out);
  }

  // What follows a subject: ", a petty criminal", ", 29, from Chartres", " was arrested".
  // `named`: the subject is a name, not a pronoun read as the last person named; a status
  // told by a verb ("She died") is then left alone, the pronoun may stand for someone the
  // sentence before named only as a place's victim.
  // `plural`: the subject closes a list of names ("X and Y were arrested"), so a plural copula
  // speaks of it too.
  std::vector<Found> after_subject(std::size_t k, bool named = true, bool plural = false) {
    std::vector<Found> out;
    if (k >= p_.words.size()) return out;
    // "Freddie Rodgers, Jr. died": the suffix after the comma still belongs to the name.
    if (is_mark(p_, k, ",") && is_word_in_sentence(p_, k + 1, p_.words[k].sentence) &&
        is_generational_suffix(p_.words[k + 1].lower)) {
      k += 2;
      if (is_mark(p_, k, ".") && is_word_in_sentence(p_, k + 1, p_.words[k].sentence)) ++k;  // "Jr" "."
      if (k >= p_.words.size()) return out;
    }
    if (!is_mark(p_, k, ",")) {
      // "Clark Parrott of the Missouri State Highway Patrol said"
      if (affiliation_at(k, out)) return out;
      if (named && status_verb_at(k, out)) return out;
      if (named && affiliation_verb_at(k, out)) return out;
      if (named && place_verb_at(k, out)) return out;
      copula(k, out, plural);
      return out;
    }
    // "her father, 62-year-old Ian Cole, died at the airport": the comma closes an appositive the
    // name was, and the status verb after it tells what happened to the name.
    if (named && status_verb_at(k + 1, out)) return out;
    // "One of the passengers, Hal Brennick, was killed": the comma closes an appositive the name
    // was, and the copula after it speaks of the name.
    if (opens_copula(k + 1, plural)) {
      copula(k + 1, out, plural);
      return out;
    }
    appositive(k + 1, out);
    // "Nora Lind, 29, from Uppsala, was arrested": the copula after the appositive.
    const std::size_t sentence = p_.words[k].sentence;
    std::size_t close = k + 1;
    std::size_t commas = 0;
    while (close < p_.words.size() && p_.words[close].sentence == sentence && close < k + kLongestAppositive) {
      if (is_mark(p_, close, ",") && ++commas == 2) break;
      if (is_mark(p_, close, ",") && close + 1 < p_.words.size() && !p_.words[close + 1].is_word) break;
      if (is_mark(p_, close, ",") && commas == 1 && close + 1 < p_.words.size() &&
          (p_.words[close + 1].lower == "from" || p_.words[close + 1].lower == "of")) {
        ++close;
        continue;
      }
      if (is_mark(p_, close, ",")) break;
      ++close;
    }
    if (is_mark(p_, close, ",") && !(named && status_verb_at(close + 1, out))) copula(close + 1, out, plural);
    return out;
  }

  void appositive(std::size_t k, std::vector<Found>& out) {
    // ", 29, from Chartres": skip the age.
    if (k < p_.words.size() && p_.words[k].is_word && is_age_word(p_.words[k].lower) && is_mark(p_, k + 1, ",")) {
      k += 2;
    }
    if (k >= p_.words.size() || !p_.words[k].is_word) return;
    const std::string& w = p_.words[k].lower;
    if (location_at(k, out, nullptr, false)) return;
    // "X, who died Sunday,", "X, who grew up in Kissimmee,", "X, who is on the run,".
    if (w == "who") {
      if (!status_verb_at(k + 1, out) && !place_verb_at(k + 1, out)) copula(k + 1, out);
      return;
    }
    if (possessive_organization_role(k, out)) return;
    if (lexicons_.word_class(w) == "determiner" && w != "this" && w != "that" && w != "these" &&
        w != "those" && w != "no") {
      noun_phrase_at(k, out);
    } else if (lexicons_.word_class(w).empty() &&
               (!p_.words[k].capitalized || lexicons_.title_words.count(w) || lexicons_.title_modifiers.count(w) ||
                organization_before_title(k))) {
      noun_phrase_at(k, out, true);
    }
  }

  // "X, FBI special agent in charge": without a determiner only an organisation may stand before
  // the title ("Betty Ford, Rehires Attorney" in a headline is none).
  bool organization_before_title(std::size_t k) const {
    const std::size_t title = title_after_name_run(k);
    return title > k && is_organization_(std::string(p_.slice(p_.words[k].start, p_.words[title - 1].end)));
  }

  // The word after a run of up to three capitalised words from word k when a title begins there
  // ("Broward County commissioner", "FBI Special Agent"); k when there is none. The longest such
  // run wins ("Broward County Commissioner" is no "County Commissioner"), but a title modifier
  // belongs to the title ("Special").
  std::size_t title_after_name_run(std::size_t k) const {
    constexpr std::size_t kLongestRun = 3;  // words
    const std::size_t sentence = p_.words[k].sentence;
    std::size_t best = k;
    for (std::size_t end = k + 1; end <= k + kLongestRun; ++end) {
      if (!is_word_in_sentence(p_, end - 1, sentence)) break;
      const ParagraphWord& last = p_.words[end - 1];
      if (!last.capitalized || lexicons_.title_modifiers.count(last.lower)) break;
      if (is_possessive(last.lower)) return k;  // "Le's attorney": someone's, not a place's
      if (is_word_in_sentence(p_, end, sentence) && title_begins_at(end)) best = end;
    }
    return best;
  }

  // A title starts at word k, after any title modifiers ("Special Agent"; "Press photographer" is
  // no title).
  bool title_begins_at(std::size_t k) const {
    const std::size_t sentence = p_.words[k].sentence;
    while (is_word_in_sentence(p_, k, sentence) && lexicons_.title_modifiers.count(p_.words[k].lower) &&
           !lexicons_.title(p_.words[k].lower)) {
      ++k;
    }
    return is_word_in_sentence(p_, k, sentence) &&
           longest_known_phrase(p_, k, lexicons_.longest_title_words, [this](const std::string& phrase, std::size_t) {
             return lexicons_.title(phrase) != nullptr;
           }) > 0;
  }

  // "an eyewitness, Mark Lea, told", "A lawyer for the Council of American-Islamic Relations,
  // Omar Saleh, said", "CNN's medical correspondent, Dr. Sanjay Gupta,": a description closed by
  // a comma right before a name set off by commas (or ending its sentence) describes that name.
  // Its head must be a title word, so that "In a statement, X said" describes nobody.
  std::vector<Found> description_before(std::size_t name_begin, std::size_t name_end) {
    std::vector<Found> none;
    if (name_begin < 2 || !is_mark(p_, name_begin - 1, ",")) return none;
    const std::size_t comma = name_begin - 1;
    const std::size_t sentence = p_.words[name_begin].sentence;
    const bool name_closes = name_end >= p_.words.size() || p_.words[name_end].sentence != sentence ||
                             is_mark(p_, name_end, ",") || is_mark(p_, name_end, ".");
    if (!name_closes) return none;
    for (std::size_t j = comma; j-- > 0 && comma - j <= kLongestAppositive;) {
      if (!is_word_in_sentence(p_, j, sentence)) break;
      std::vector<Found> found;
      const std::string& w = p_.words[j].lower;
      const bool opens_run = p_.words[j].capitalized && (j == 0 || !p_.words[j - 1].capitalized);
      if (!(opens_run && possessive_organization_role(j, found)) && (w == "a" || w == "an" || w == "the")) {
        noun_phrase_at(j, found);
      }
      if (found.empty()) continue;
      std::size_t end = 0;
      const Found* role = nullptr;
      for (const Found& f : found) {
        end = std::max(end, f.end);
        if (f.name == "role") role = &f;
      }
      if (end == comma && role != nullptr && names_a_person(role->value)) return found;
    }
    return none;
  }

  // "The Washington Post's Howard Kurtz", "the FBI's Piro": an organisation's possessive right
  // before a name is the person's affiliation.
  std::optional<Found> possessive_organization_before(std::size_t name_begin) const {
    constexpr std::size_t kLongestOrganization = 5;  // words
    if (name_begin == 0) return std::nullopt;
    const std::size_t owner = name_begin - 1;
    const std::size_t sentence = p_.words[name_begin].sentence;
    if (!is_word_in_sentence(p_, owner, sentence) || !p_.words[owner].capitalized || !is_possessive(p_.words[owner].lower)) {
      return std::nullopt;
    }
    std::size_t begin = owner;
    while (begin > 0 && owner - begin < kLongestOrganization && is_word_in_sentence(p_, begin - 1, sentence) &&
           p_.words[begin - 1].capitalized && !is_possessive(p_.words[begin - 1].lower)) {
      --begin;
    }
    std::string organization(p_.slice(p_.words[begin].start, p_.words[owner].end));
    organization.resize(organization.size() - possessive_length(organization));
    if (!is_organization_(organization)) return std::nullopt;
    return Found{"affiliation", organization, begin, owner + 1, "attribute-affiliation"};
  }

  // A role one person can hold: its head (the word before "of"/"in", else the last) is a title
  // word and not a plural ("the victims, X, Y and Z" names several).
  bool names_a_person(const std::string& role) const {
    std::string head;
    std::size_t from = 0;
    while (from <= role.size()) {
      const std::size_t space = std::min(role.find(' ', from), role.size());
      const std::string word = fold_text(role.substr(from, space - from));
      if (word == "of" || word == "in") break;
      head = word;
      from = space + 1;
    }
    if (head.size() > 2 && head.back() == 's' && head[head.size() - 2] != 's') return false;
    return lexicons_.title_words.count(head) > 0;
  }

  // The words a copula at word k takes (0 when there is none): "was", "has been"; with `plural`
  // also "were", "are", "have been".
  std::size_t copula_length(std::size_t k, bool plural) const {
    if (k >= p_.words.size() || !p_.words[k].is_word) return 0;
    const std::string& w = p_.words[k].lower;
    if (w == "is" || w == "was" || w == "remains" || w == "remained") return 1;
    if (plural && (w == "were" || w == "are" || w == "remain")) return 1;
    const bool has = w == "has" || w == "had" || (plural && w == "have");
    if (has && k + 1 < p_.words.size() && p_.words[k + 1].lower == "been") return 2;
    return 0;
  }

  bool opens_copula(std::size_t k, bool plural) const { return copula_length(k, plural) > 0; }

  // "X, CNN's chief medical correspondent", "X, the Washington Post's media critic": an
  // organisation's possessive and a title after it give an affiliation and a role.
  bool possessive_organization_role(std::size_t k, std::vector<Found>& out) {
    constexpr std::size_t kLongestOrganization = 5;  // words
    const std::size_t sentence = p_.words[k].sentence;
    std::size_t begin = k;
    if (p_.words[begin].lower == "the") ++begin;
    std::size_t owner = begin;
    while (is_word_in_sentence(p_, owner, sentence) && p_.words[owner].capitalized && owner < begin + kLongestOrganization &&
           !is_possessive(p_.words[owner].lower)) {
      ++owner;
    }
    if (!is_word_in_sentence(p_, owner, sentence) || !p_.words[owner].capitalized ||
        !is_possessive(p_.words[owner].lower)) {
      return false;
    }
    std::string organization(p_.slice(p_.words[begin].start, p_.words[owner].end));
    organization.resize(organization.size() - possessive_length(organization));
    if (!is_organization_(organization)) return false;
    std::vector<Found> role;
    noun_phrase_at(owner + 1, role, true);
    if (role.empty() || role.front().name != "role") return false;
    out.push_back({"affiliation", organization, begin, owner + 1, "attribute-affiliation"});
    out.insert(out.end(), role.begin(), role.end());
    return true;
  }

  static std::size_t possessive_length(const std::string& word) {
    for (std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
      if (word.size() > suffix.size() && word.ends_with(suffix)) return suffix.size();
    }
    return 0;
  }

  static bool is_possessive(const std::string& word) { return possessive_length(word) > 0; }

  void copula(std::size_t k, std::vector<Found>& out, bool plural = false) {
    const std::size_t length = copula_length(k, plural);
    if (length == 0) return;
    std::size_t i = k + length;
    if (i < p_.words.size() && (p_.words[i].lower == "later" || p_.words[i].lower == "also")) ++i;
    if (const std::optional<Found> status = status_at(i)) {
      out.push_back(*status);
      return;
    }
    // "X and Y were the owners": a plural noun is no role of each.
    if (plural) return;
    if (i < p_.words.size() && lexicons_.word_class(p_.words[i].lower) == "determiner") {
      noun_phrase_at(i, out);
      return;
    }
    // "was identified by French authorities on Monday as the presumed mastermind"
    const std::size_t sentence = p_.words[k].sentence;
    for (std::size_t j = i; is_word_in_sentence(p_, j, sentence) && j < i + 12; ++j) {
      if (p_.words[j].lower == "as" && j + 1 < p_.words.size() && p_.words[j + 1].lower == "the") {
        const std::string& verb = p_.words[i].lower;
        if (verb == "identified" || verb == "named" || verb == "described") noun_phrase_at(j + 1, out);
        return;
      }
    }
  }

  std::optional<Found> status_at(std::size_t k) const {
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

 private:
  const AttributionParagraph& p_;
  const AttributionLexicons& lexicons_;
  const OrganizationTest& is_organization_;
};

}  // namespace

std::vector<Claim> extract_attributes(const AnalyzedDocument& document, const RuleSet& rules) {
  if (document.document == nullptr) return {};
  return extract_attributes(document, AttributionLexicons::from_rules(rules));
}

std::vector<Claim> extract_attributes(const AnalyzedDocument& document, const AttributionLexicons& lexicons) {
  if (document.document == nullptr) return {};
  return extract_attributes(document, lexicons,
                            attribution_paragraphs(document, lexicons.abbreviations, lexicons.glued_verbs));
}

std::vector<Claim> extract_attributes(const AnalyzedDocument& document, const AttributionLexicons& lexicons,
                                      const std::vector<AttributionParagraph>& paragraphs) {
  std::vector<Claim> claims;
  if (document.document == nullptr) return claims;
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  const OrganizationTest is_organization = [&lexicons](const std::string& name) {
    const std::string folded = fold_text(name);
    if (auto alias = lexicons.aliases.find(folded); alias != lexicons.aliases.end()) {
      return alias->second.type == "organization";
    }
    std::size_t from = 0;
    while (from <= folded.size()) {
      const std::size_t space = std::min(folded.find(' ', from), folded.size());
      if (lexicons.organization_words.count(folded.substr(from, space - from))) return true;
      from = space + 1;
    }
    // An acronym ("OPD", "ATF") names an organisation.
    return folded.size() >= 2 && folded.find(' ') == std::string::npos &&
           std::all_of(name.begin(), name.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  };
  // Surnames of the document's full names: a one-word subject must be one of them.
  std::set<std::string> surnames;
  for (const AttributionParagraph& p : paragraphs) {
    for (std::size_t k = 0; k < p.words.size(); ++k) {
      std::optional<NamePhrase> name = read_name_at(p, k, lexicons);
      if (!name) continue;
      const std::string folded = fold_text(name->name);
      if (name->person && folded.find(' ') != std::string::npos) surnames.insert(surname_of(folded));
      k = std::max(k, name->end - 1);
    }
  }
  // Words the document also writes in lower case: "Shot" in the headline "Police Officer Shot"
  // is no officer's name.
  const std::unordered_set<std::string> common_words = lower_case_words(paragraphs);
  auto has_common_word = [&](const AttributionParagraph& p, const NamePhrase& name) {
    for (std::size_t w = name.name_begin; w < name.end; ++w) {
      if (p.words[w].is_word && common_words.count(p.words[w].lower)) return true;
    }
    return false;
  };
  // A name after "in", "from", "at" is a place; a one-word name must be a known surname.
  auto plausible_subject = [&](const AttributionParagraph& p, const NamePhrase& name) {
    if (names_nobody(name.name)) return false;
    const std::string lone = fold_text(name.name);
    // "Assistant Chief Fire Officer": a title read as a name is nobody.
    bool all_title_words = true;
    for (std::size_t w = name.name_begin; w < name.end && all_title_words; ++w) {
      all_title_words = !p.words[w].is_word || lexicons.title_words.count(p.words[w].lower) > 0;
    }
    if (all_title_words) return false;
    if (lone.find(' ') == std::string::npos && !surnames.count(lone) && common_words.count(lone)) return false;
    if (!name.roles.empty()) return true;
    const std::string folded = fold_text(name.name);
    if (name.begin > 0 && p.words[name.begin - 1].is_word) {
      const std::string& before = p.words[name.begin - 1].lower;
      // "the death of Kafoury", "fell near Rosario": after "of" or "near", the surname of a
      // full name the document gives is that person ("in", "from", "at" and "to" keep their
      // place: "from Sudan").
      const bool known_person = (before == "of" || before == "near") && surnames.count(folded) > 0;
      if ((before == "in" || before == "from" || before == "at" || before == "near" || before == "of" ||
           before == "to") && !known_person) {
        return false;
      }
    }
    // The surname of a full name of the document is a person even when it is also an
    // organisation word ("Derrick Church ... Church was shot").
    if (surnames.count(folded)) return true;
    if (is_organization(name.name)) return false;
    if (folded.find(' ') != std::string::npos || surnames.count(folded)) return true;
    // "Christophe, his neighbour": a possessive appositive describes a person.
    const std::size_t after = name.end;
    return after + 1 < p.words.size() && p.words[after].lower == "," &&
           (p.words[after + 1].lower == "his" || p.words[after + 1].lower == "her");
  };
  std::string last_person;
  std::size_t last_person_paragraph = 0;
  std::vector<Found> as_list;
  std::size_t as_list_sentence = 0;
  std::size_t as_list_paragraph = SIZE_MAX;
  // "Police named two of the French attackers as ...": nationality and role from the words
  // between a naming verb and "as".
  auto naming_phrase = [&lexicons](const AttributionParagraph& p, std::size_t as) {
    std::vector<Found> found;
    std::size_t verb = as;
    while (verb > 0 && as - verb < 8 && p.words[verb - 1].is_word && p.words[verb - 1].sentence == p.words[as].sentence) {
      --verb;
      const std::string& w = p.words[verb].lower;
      if (w == "named" || w == "identified" || w == "described") break;
    }
    const std::string& naming = p.words[verb].lower;
    if (verb == as || (naming != "named" && naming != "identified" && naming != "described")) return found;
    for (std::size_t k = verb + 1; k < as; ++k) {
      if (const std::string* nationality = lexicons.nationality(p.words[k].lower)) {
        found.push_back({"nationality", *nationality, k, k + 1, "attribute-naming"});
      }
    }
    if (std::optional<Found> status = victims_status(p, verb, lexicons)) found.push_back(*status);
    const std::string& head = p.words[as - 1].lower;
    // "identified the injured as X": a status word is what happened to them, not a role.
    if (auto status = lexicons.statuses.find(head); as - 1 > verb && status != lexicons.statuses.end()) {
      found.push_back({"status", status->second, as - 1, as, "attribute-naming"});
    } else if (as - 1 > verb && lexicons.word_class(head).empty() && !p.words[as - 1].capitalized &&
        !lexicons.nationality(head)) {
      std::string role = head;
      if (role.size() > 3 && role.back() == 's') role.pop_back();  // "attackers": each is an attacker
      found.push_back({"role", role, as - 1, as, "attribute-naming"});
    }
    return found;
  };

  // A further name of a list: a person, or the surname of one.
  auto is_list_person = [&](const AttributionParagraph& p, std::size_t k) -> std::optional<std::size_t> {
    std::optional<NamePhrase> other = read_name_at(p, k, lexicons);
    if (!other || !(other->person || surnames.count(fold_text(other->name))) || !plausible_subject(p, *other)) {
      return std::nullopt;
    }
    return other->end;
  };

  for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
    const AttributionParagraph& p = paragraphs[pi];
    AttributeReader reader(p, lexicons, is_organization);
    auto emit = [&](const std::string& subject, std::size_t subject_begin, std::size_t subject_end,
                    const Found& found) {
      if (found.value.empty()) return;
      if (!seen.insert({fold_text(subject), found.name, fold_text(found.value)}).second) return;
      Claim claim;
      claim.doc = document.document->id;
      claim.kind = ClaimKind::kAttribute;
      claim.rule = found.rule;
      claim.subject = subject;
      claim.attribute_name = found.name;
      claim.attribute_value = found.value;
      const std::size_t begin = std::min(subject_begin, found.begin);
      const std::size_t end = std::max(subject_end, found.end);
      claim.span = p.to_original(p.words[begin].start, p.words[end - 1].end);
      const auto& sentence = p.sentences[p.words[found.begin].sentence];
      claim.sentence = p.to_original(sentence.first, sentence.second);
      claim.parts.push_back({"subject", p.to_original(p.words[subject_begin].start, p.words[subject_end - 1].end)});
      claim.parts.push_back({found.name, p.to_original(p.words[found.begin].start, p.words[found.end - 1].end)});
      claims.push_back(std::move(claim));
    };
    for (std::size_t k = 0; k < p.words.size(); ++k) {
      const ParagraphWord& w = p.words[k];
      if (!w.is_word) continue;
      // "He was identified ... as ...": a sentence-initial pronoun stands for the last person named.
      if ((w.lower == "he" || w.lower == "she") && (k == 0 || p.words[k - 1].sentence != w.sentence) &&
          !last_person.empty() && pi - last_person_paragraph <= 1) {
        for (const Found& found : reader.after_subject(k + 1, false)) emit(last_person, k, k + 1, found);
        continue;
      }
      std::optional<NamePhrase> name = read_name_at(p, k, lexicons);
      if (!name) continue;
      const std::size_t next = name->end;
      const bool surname = surnames.count(fold_text(name->name)) > 0;
      if ((name->person || surname) && plausible_subject(p, *name)) {
        const std::size_t name_end = name->end;
        for (const std::string& role : name->roles) {
          emit(name->name, name->name_begin, name_end, Found{"role", role, name->role_begin, name->name_begin, "person-titles"});
        }
        for (const Found& found : reader.description_before(name->begin, name_end)) {
          emit(name->name, name->name_begin, name_end, found);
        }
        if (const std::optional<Found> owner = reader.possessive_organization_before(name->begin)) {
          emit(name->name, name->name_begin, name_end, *owner);
        }
        if (const std::optional<Found> done = reader.object_status_before(name->begin)) {
          emit(name->name, name->name_begin, name_end, *done);
        }
        // "CIA director John Brennan": the organisation before the title is an affiliation (a
        // place before it, "Orlando Mayor", is not).
        if (!name->organization.empty() && is_organization(name->organization)) {
          emit(name->name, name->name_begin, name_end,
               Found{"affiliation", name->organization, name->begin, std::max(name->begin + 1, name->role_begin), "person-titles"});
        }
        if (const std::optional<Found> place = reader.opening_place_before(name->begin)) {
          emit(name->name, name->name_begin, name_end, *place);
        }
        // "Belgian national Abdelhamid Abaaoud"
        const std::size_t at = name->begin;
        if (at >= 2 && p.words[at - 1].is_word && lexicons.nationality_heads.count(p.words[at - 1].lower)) {
          if (const std::string* nationality = lexicons.nationality(p.words[at - 2].lower)) {
            emit(name->name, name->name_begin, name_end,
                 Found{"nationality", *nationality, at - 2, at, "nationality-heads"});
          }
        }
        // "named two of the French attackers as X, 29, ..., and Y": what the naming phrase says
        // holds for every name of the list.
        // An age before the name stays outside it ("identified as 18-year-old X and 14-year-old Y").
        const std::size_t listed = at > 0 && is_age_word(p.words[at - 1].lower) ? at - 1 : at;
        if (listed > 0 && p.words[listed - 1].lower == "as") {
          as_list = naming_phrase(p, listed - 1);
          as_list_sentence = p.words[at].sentence;
          as_list_paragraph = pi;
        } else if (listed > 0 && p.words[listed - 1].lower == "and" && as_list_paragraph == pi &&
                   as_list_sentence == p.words[at].sentence) {
          // the same list continues
        } else if (as_list_paragraph != pi || as_list_sentence != p.words[at].sentence) {
          as_list.clear();
        }
        if ((listed > 0 && (p.words[listed - 1].lower == "as" || p.words[listed - 1].lower == "and"))) {
          for (const Found& found : as_list) emit(name->name, name->name_begin, name_end, found);
        }
        const bool possessive = name->name.size() < std::string(p.slice(p.words[name->name_begin].start,
                                                                        p.words[name_end - 1].end)).size() &&
                                p.words[name_end - 1].lower.find('\'') != std::string::npos;
        if (!possessive) {
          const bool closes_list = at > 0 && p.words[at - 1].lower == "and";
          std::vector<Found> after = reader.after_subject(name_end, true, closes_list);
          // "Olga Woltering of Georgia": "of" and a place right after a person's full name say
          // where they live. A name any of whose words the document writes in lower case
          // ("Pacific Ring of Fire") or in capitals is no person's.
          if (after.empty() && name->person && fold_text(name->name).find(' ') != std::string::npos &&
              !is_all_caps(name->name) && !has_common_word(p, *name)) {
            reader.residence_of_at(name_end, after);
          }
          // "Ware and Jones face charges", "X, 31, and Y, 14, were killed": the status after the
          // last name of a list holds for every name of it; a description of the name itself
          // ("X, a student, and Y were killed") does not end the list.
          const bool own_status = std::any_of(after.begin(), after.end(),
                                              [](const Found& found) { return found.name == "status"; });
          if (!own_status) {
            if (const std::optional<std::size_t> last_end = end_of_name_list(p, name_end, is_list_person)) {
              for (const Found& found : reader.after_subject(*last_end, true, true)) {
                if (found.name == "status") after.push_back(found);
              }
            }
          }
          for (const Found& found : after) emit(name->name, name->name_begin, name_end, found);
        }
        last_person = name->name;
        last_person_paragraph = pi;
      }
      k = std::max(k, next - 1);
    }
  }
  return claims;
}

}  // namespace factdiff
