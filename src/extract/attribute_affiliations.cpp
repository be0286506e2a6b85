// Affiliations: "of the Missouri State Highway Patrol", "CNN's chief medical correspondent",
// "worked at the Norfolk Naval Shipyard".
#include "extract/attribute_reader.h"

#include <algorithm>
#include <cctype>

namespace factdiff::attribute_reading {

bool AttributeReader::affiliation_at(std::size_t k, std::vector<Found>& out) const {
  if (k >= p_.words.size() || !p_.words[k].is_word) return false;
  const std::string& w = p_.words[k].lower;
  if (w != "of" && w != "for" && w != "at" && w != "with") return false;
  // In a headline written in capitals every word looks like an acronym.
  if (is_capitals_word(p_, k)) return false;
  const std::size_t sentence = p_.words[k].sentence;
  std::size_t begin = k + 1;
  const bool article = is_word_in_sentence(p_, begin, sentence) && p_.words[begin].lower == "the";
  if (article) ++begin;
  // "Michael Oehme of Council Bluffs" is a place: "of" names an organisation with "the", an
  // acronym ("of CNN"), or a name an organisation word ends ("of Emory University and CNN").
  // "the owner of Pulse": after a business title, "of" names the business whatever its name.
  if (w == "of" && !article && k > 0 && lexicons_.business_titles.count(p_.words[k - 1].lower)) {
    if (const std::optional<Found> business = business_name_at(begin, sentence)) {
      out.push_back(*business);
      return true;
    }
  }
  if (w == "of" && !article && !(is_word_in_sentence(p_, begin, sentence) && is_capitals_word(p_, begin))) {
    std::vector<Found> named;
    if (!organizations_at(begin, sentence, false, named)) return false;
    for (const Found& organization : named) {
      if (!names_organization_not_place(organization.value)) return false;
      // "Death of Brooklyn Teen Killed By Police": a headline in title case capitalises its
      // function words too; a name does not.
      for (std::size_t w = organization.begin; w < organization.end; ++w) {
        const std::string& word_class = lexicons_.word_class(p_.words[w].lower);
        if (p_.words[w].capitalized && !word_class.empty() && word_class != "determiner") return false;
      }
    }
    out.insert(out.end(), named.begin(), named.end());
    return true;
  }
  return organizations_at(begin, sentence, false, out);
}

bool AttributeReader::school_year_at(std::size_t k, std::vector<Found>& out) const {
  constexpr std::size_t kLongestVerbPhrase = 7;  // words: "was due to enter eighth grade"
  if (k >= p_.words.size()) return false;
  const std::size_t sentence = p_.words[k].sentence;
  for (std::size_t j = k; j < k + kLongestVerbPhrase && is_word_in_sentence(p_, j + 2, sentence); ++j) {
    const ParagraphWord& word = p_.words[j];
    // A capitalised word or another noun phrase opens a clause of someone else's; the owner's
    // pronoun of the year ("his senior year") is the subject's own.
    if (!word.is_word || word.capitalized || lexicons_.speech_verb(word.lower) != nullptr) return false;
    if (lexicons_.word_class(word.lower) == "determiner" && !is_possessive_pronoun(word.lower)) return false;
    const std::string& unit = p_.words[j + 1].lower;
    if (!lexicons_.school_years.count(word.lower) || (unit != "year" && unit != "grade") ||
        p_.words[j + 2].lower != "at") {
      continue;
    }
    const std::size_t before = out.size();
    if (!affiliation_at(j + 2, out)) return false;
    for (std::size_t found = before; found < out.size(); ++found) {
      out[found].begin = j;
      out[found].rule = "school-years";
    }
    return true;
  }
  return false;
}

std::optional<Found> AttributeReader::business_name_at(std::size_t begin, std::size_t sentence) const {
  constexpr std::size_t kLongestName = 5;  // words
  std::size_t end = begin;
  // Capitalised words that are no function words ("of His" names nothing) nor places.
  while (end < begin + kLongestName && is_word_in_sentence(p_, end, sentence) && p_.words[end].capitalized &&
         lexicons_.word_class(p_.words[end].lower).empty() && !is_possessive(p_.words[end].lower)) {
    ++end;
  }
  if (end == begin || (is_word_in_sentence(p_, end, sentence) && p_.words[end].capitalized)) return std::nullopt;
  const std::string name(p_.slice(p_.words[begin].start, p_.words[end - 1].end));
  if (lexicons_.countries.count(fold_text(name))) return std::nullopt;
  return Found{"affiliation", name, begin, end, "attribute-affiliation"};
}

bool AttributeReader::organizations_at(std::size_t begin, std::size_t sentence, bool article_after_and,
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

namespace {

// "29" of "Fox 29": one to three digits, no year or figure.
bool names_station_number(const std::string& lower) {
  constexpr std::size_t kLongestNumber = 3;
  return !lower.empty() && lower.size() <= kLongestNumber &&
         std::all_of(lower.begin(), lower.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

std::size_t AttributeReader::organization_at(std::size_t begin, std::size_t sentence, std::vector<Found>& out) const {
  // A place word of a compound ("Atlanta-area", "Tampa-based") says where, not who.
  while (is_word_in_sentence(p_, begin, sentence) && p_.words[begin].capitalized &&
         (p_.words[begin].lower.ends_with("-area") || p_.words[begin].lower.ends_with("-based"))) {
    ++begin;
  }
  std::size_t end = begin;
  bool linked_by_of = false;
  while (is_word_in_sentence(p_, end, sentence) && end < begin + 8) {
    if (p_.words[end].capitalized) {
      ++end;
      continue;
    }
    // "Fox 29", "Channel 9": a station's number after a capitalised word is part of its name.
    if (end > begin && names_station_number(p_.words[end].lower)) {
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
      linked_by_of = linked_by_of || link == "of";
      end = capital + 1;
      continue;
    }
    break;
  }
  if (end == begin) return begin;
  // "the Bureau of Alcohol, Tobacco, Firearms and Explosives": after "of", a comma and one
  // capitalised word closed by a comma or "and" go on with a list inside the name, read only as
  // a name the alias lexicon knows ("the Council of Civic Relations, Omar Salem," ends at the
  // comma).
  const bool list_goes_on = is_mark(p_, end, ",") && is_word_in_sentence(p_, end + 1, sentence) &&
                            p_.words[end + 1].capitalized &&
                            (is_mark(p_, end + 2, ",") || (is_word_in_sentence(p_, end + 2, sentence) &&
                                                           p_.words[end + 2].lower == "and"));
  if (linked_by_of && list_goes_on) return known_listed_organization(begin, end, sentence, out);
  const std::string organization(p_.slice(p_.words[begin].start, p_.words[end - 1].end));
  if (!is_organization_(organization)) return begin;
  out.push_back({"affiliation", organization, begin, end, "attribute-affiliation"});
  return end;
}

std::size_t AttributeReader::known_listed_organization(std::size_t begin, std::size_t list, std::size_t sentence,
                                                       std::vector<Found>& out) const {
  std::size_t end = list;
  while (is_mark(p_, end, ",") && is_word_in_sentence(p_, end + 1, sentence) && p_.words[end + 1].capitalized) end += 2;
  if (is_mark(p_, end, ",")) ++end;  // the serial comma
  const bool closed = is_word_in_sentence(p_, end, sentence) && p_.words[end].lower == "and" &&
                      is_word_in_sentence(p_, end + 1, sentence) && p_.words[end + 1].capitalized;
  if (!closed) return begin;
  end += 2;
  const auto alias = lexicons_.aliases.find(fold_text(std::string(p_.slice(p_.words[begin].start, p_.words[end - 1].end))));
  if (alias == lexicons_.aliases.end() || alias->second.type != "organization") return begin;
  out.push_back({"affiliation", alias->second.canonical, begin, end, "attribute-affiliation"});
  return end;
}

bool AttributeReader::affiliation_verb_at(std::size_t k, std::vector<Found>& out) const {
  if (k < p_.words.size() && (p_.words[k].lower == "also" || p_.words[k].lower == "later")) ++k;
  if (k >= p_.words.size()) return false;
  const std::size_t sentence = p_.words[k].sentence;
  const std::size_t n = longest_known_phrase(p_, k, lexicons_.longest_affiliation_verb_words,
                                             [this](std::string_view phrase, std::size_t) {
    return lexicons_.affiliation_verbs.count(phrase) > 0;
  });
  if (n == 0) return false;
  std::size_t begin = k + n;
  // "owned his own business, Boundaryline Surveys": the name set off after one's own business
  // names it whatever its words, as the "of" after "owner" does.
  if (n >= 2 && p_.words[begin - 2].lower == "own") {
    if (!is_mark(p_, begin, ",")) return false;
    const std::optional<Found> business = business_name_at(begin + 1, sentence);
    if (business) out.push_back(*business);
    return business.has_value();
  }
  if (is_word_in_sentence(p_, begin, sentence) && p_.words[begin].lower == "both") ++begin;
  if (is_word_in_sentence(p_, begin, sentence) && p_.words[begin].lower == "the") ++begin;
  if (organizations_at(begin, sentence, true, out)) return true;
  // "served in Iraq with the National Guard": the organisation after the place served in.
  const std::optional<std::pair<std::string, std::size_t>> place = place_after(p_, begin);
  return place && affiliation_at(place->second, out);
}

void AttributeReader::role_after_organization(std::size_t k, std::vector<Found>& out) {
  if (k >= p_.words.size()) return;
  const std::size_t sentence = p_.words[k - 1].sentence;
  // "the Lakeside Fire Department/LFD": the organisation's short name after a slash.
  if (is_mark(p_, k, "/") && p_.words[k].start == p_.words[k - 1].end && is_word_in_sentence(p_, k + 1, sentence) &&
      p_.words[k + 1].start == p_.words[k].end && p_.words[k + 1].capitalized) {
    k += 2;
  }
  // "as a" or "as an": "as the crowd watched" opens a clause, not a description.
  if (!is_word_in_sentence(p_, k, sentence) || p_.words[k].lower != "as" ||
      !is_word_in_sentence(p_, k + 1, sentence) || (p_.words[k + 1].lower != "a" && p_.words[k + 1].lower != "an")) {
    return;
  }
  std::vector<Found> found;
  noun_phrase_at(k + 1, found);
  // Only the role is this one's (what follows it speaks of the role); a past form ending it is a
  // clause's verb ("as a storm passed").
  for (const Found& f : found) {
    if (f.name == "role" && (names_a_person(f.value) || !p_.words[f.end - 1].lower.ends_with("ed"))) out.push_back(f);
  }
}

std::optional<Found> AttributeReader::opening_organization_before(std::size_t name_begin) const {
  if (name_begin < 3 || !is_mark(p_, name_begin - 1, ",")) return std::nullopt;
  const std::size_t sentence = p_.words[name_begin].sentence;
  std::size_t start = name_begin;
  while (start > 0 && p_.words[start - 1].sentence == sentence) --start;
  if (!p_.words[start].is_word || p_.words[start].lower != "at") return std::nullopt;
  std::size_t begin = start + 1;
  if (is_word_in_sentence(p_, begin, sentence) && p_.words[begin].lower == "the") ++begin;
  std::vector<Found> found;
  if (organization_at(begin, sentence, found) != name_begin - 1 || found.size() != 1) return std::nullopt;
  return found.front();
}

std::optional<Found> AttributeReader::possessive_organization_before(std::size_t name_begin) const {
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

std::optional<Found> AttributeReader::lower_case_organization_before(std::size_t title_begin) const {
  constexpr std::size_t kLongestName = 3;  // words
  if (title_begin < 2 || title_begin >= p_.words.size() || p_.words[title_begin].capitalized) return std::nullopt;
  const std::size_t word = title_begin - 1;
  const std::size_t sentence = p_.words[title_begin].sentence;
  if (!is_word_in_sentence(p_, word, sentence) || p_.words[word].capitalized ||
      !lexicons_.organization_words.count(p_.words[word].lower)) {
    return std::nullopt;
  }
  std::size_t begin = word;
  while (begin > 0 && word - begin < kLongestName && is_word_in_sentence(p_, begin - 1, sentence) &&
         p_.words[begin - 1].capitalized && !is_possessive(p_.words[begin - 1].lower) &&
         lexicons_.word_class(p_.words[begin - 1].lower).empty() && !lexicons_.title_words.count(p_.words[begin - 1].lower)) {
    --begin;
  }
  // The name must be whole: no capitalised word before it ("the Fort Grady hospital" is read
  // from "Fort"). One word opening the sentence may be capitalised only for that ("Homicidal
  // club shooter X").
  const bool opens_sentence = !is_word_in_sentence(p_, begin - 1, sentence);
  if (begin == word || (!opens_sentence && p_.words[begin - 1].capitalized) || (opens_sentence && begin + 1 == word)) {
    return std::nullopt;
  }
  return Found{"affiliation", std::string(p_.slice(p_.words[begin].start, p_.words[word].end)), begin, title_begin,
               "attribute-affiliation"};
}

bool AttributeReader::possessive_organization_role(std::size_t k, std::vector<Found>& out) {
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

bool AttributeReader::organization_before_title(std::size_t k) const {
  const std::size_t title = title_after_name_run(k);
  return title > k && is_organization_(std::string(p_.slice(p_.words[k].start, p_.words[title - 1].end)));
}

std::size_t AttributeReader::possessive_length(const std::string& word) {
  for (std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (word.size() > suffix.size() && word.ends_with(suffix)) return suffix.size();
  }
  return 0;
}

bool AttributeReader::is_possessive(const std::string& word) {
  return possessive_length(word) > 0;
}

}  // namespace factdiff::attribute_reading
