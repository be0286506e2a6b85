// Attribute claims: which names of a document are subjects, and what the reader finds around
// them (the constructions themselves are read by AttributeReader, extract/attribute_reader.h).
#include "extract/attribute_extractor.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <set>
#include <tuple>

#include "extract/attribute_naming.h"
#include "extract/attribute_reader.h"
#include "extract/attribute_subjects.h"
#include "extract/entity_lexicons.h"
#include "extract/lower_case_words.h"
#include "extract/quote_text.h"
#include "extract/speaker_resolver.h"

namespace factdiff {
namespace {

using attribute_reading::AttributeReader;
using attribute_reading::DescribedPersons;
using attribute_reading::DescriptionSubject;
using attribute_reading::description_subject_at;
using attribute_reading::Found;
using attribute_reading::follows_opening_phrase;
using attribute_reading::group_members;
using attribute_reading::group_subject_length;
using attribute_reading::set_off_as_person;
using attribute_reading::OrganizationTest;
using attribute_reading::is_age_word;
using attribute_reading::is_article;
using attribute_reading::is_generational_suffix;
using attribute_reading::is_mark;
using attribute_reading::is_possessive_pronoun;
using attribute_reading::is_word_in_sentence;
using attribute_reading::naming_phrase_findings;
using attribute_reading::kLongestAppositive;

// ", an 18-year-old high school basketball star," after a name: the comma that closes a
// description set off after it (a determiner, then words up to the next comma), so that a list
// of names goes on past it; nullopt when word k opens no such description.
std::optional<std::size_t> end_of_described_name(const AttributionParagraph& p, std::size_t k) {
  if (!is_mark(p, k, ",") || k + 1 >= p.words.size()) return std::nullopt;
  const std::size_t sentence = p.words[k + 1].sentence;
  const std::string& determiner = p.words[k + 1].lower;
  if (!is_word_in_sentence(p, k + 1, sentence) || !is_article(determiner)) {
    return std::nullopt;
  }
  for (std::size_t j = k + 2; j < p.words.size() && j < k + 2 + kLongestAppositive; ++j) {
    if (is_mark(p, j, ",")) return j;
    if (!is_word_in_sentence(p, j, sentence)) return std::nullopt;
  }
  return std::nullopt;
}

// Whether the findings about one name already tell a status.
bool gives_status(const std::vector<Found>& findings) {
  return std::any_of(findings.begin(), findings.end(), [](const Found& found) { return found.name == "status"; });
}

// "X, left, and Y, right": the place of a person in a photo, set off after their name.
bool is_caption_position(const std::string& lower) {
  return lower == "left" || lower == "right" || lower == "center" || lower == "centre";
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
  // A list whose names carry commas separates them with semicolons ("X, 47; Y, 36; and Z").
  auto separator = [&p](std::size_t j) { return is_mark(p, j, ",") || is_mark(p, j, ";"); };
  for (std::size_t names = 0; names < kLongestList; ++names) {
    std::size_t j = k;
    // ", 31," : the age of the name before; ", left," in a photo caption: where they stand.
    if (is_mark(p, j, ",") && is_word_in_sentence(p, j + 1, sentence) &&
        (is_age_word(p.words[j + 1].lower) || is_caption_position(p.words[j + 1].lower)) && separator(j + 2)) {
      j += 2;
    } else if (const std::optional<std::size_t> close = end_of_described_name(p, j)) {
      j = *close;
    }
    const bool comma = separator(j);
    if (comma) ++j;
    const bool conjunction = is_word_in_sentence(p, j, sentence) && p.words[j].lower == "and";
    if (conjunction) ++j;
    if (!comma && !conjunction) break;
    // "and her grandson Y": a kin word between the possessive and the name.
    if (is_word_in_sentence(p, j + 1, sentence) && is_possessive_pronoun(p.words[j].lower) &&
        !p.words[j + 1].capitalized) {
      j += 2;
    }
    if (!is_word_in_sentence(p, j, sentence)) break;
    const std::optional<std::size_t> end = person_at(p, j);
    if (!end) break;
    k = *end;
    last = k;
    // "and" joins the last name, unless a photo caption goes on past it: "X, right, and Y, left,
    // and her grandson Z" joins each name with its place in the photo.
    const bool caption_goes_on = is_mark(p, k, ",") && is_word_in_sentence(p, k + 1, sentence) &&
                                 is_caption_position(p.words[k + 1].lower) && is_mark(p, k + 2, ",") &&
                                 is_word_in_sentence(p, k + 3, sentence) && p.words[k + 3].lower == "and";
    if (conjunction && !caption_goes_on) break;
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



}  // namespace

std::vector<Claim> extract_attributes(const AnalyzedDocument& document, const RuleSet& rules) {
  if (document.document == nullptr) return {};
  return extract_attributes(document, AttributionLexicons::from_rules(rules));
}

std::vector<Claim> extract_attributes(const AnalyzedDocument& document, const AttributionLexicons& lexicons) {
  if (document.document == nullptr) return {};
  const std::vector<AttributionParagraph> paragraphs =
      attribution_paragraphs(document, lexicons.abbreviations, lexicons.glued_verbs);
  return extract_attributes(document, lexicons, paragraphs, LowerCaseWords(paragraphs));
}

std::vector<Claim> extract_attributes(const AnalyzedDocument& document, const AttributionLexicons& lexicons,
                                      const std::vector<AttributionParagraph>& paragraphs,
                                      const LowerCaseWords& common_words) {
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
  // Words the document also writes in lower case (`common_words`): "Shot" in the headline
  // "Police Officer Shot" is no officer's name.
  auto has_common_word = [&](const AttributionParagraph& p, const NamePhrase& name) {
    for (std::size_t w = name.name_begin; w < name.end; ++w) {
      if (p.words[w].is_word && common_words.contains(p.words[w].lower)) return true;
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
    if (lone.find(' ') == std::string::npos && !surnames.count(lone) && common_words.contains(lone)) return false;
    // "the Officer Involved Shooting investigation": a run every word of which the document
    // also writes in lower case is a title-case phrase, no name (a surname of a full name of the
    // document stays one: "Long was killed").
    bool all_common = !surnames.count(lone);
    for (std::size_t w = name.name_begin; w < name.end && all_common; ++w) {
      all_common = !p.words[w].is_word || common_words.contains(p.words[w].lower);
    }
    if (all_common) return false;
    if (!name.roles.empty()) return true;
    const std::string folded = fold_text(name.name);
    if (name.begin > 0 && p.words[name.begin - 1].is_word) {
      const std::string& before = p.words[name.begin - 1].lower;
      // "the death of Kafoury", "fell near Rosario": after "of" or "near", the surname of a
      // full name the document gives is that person ("in", "from", "at" and "to" keep their
      // place: "from Sudan").
      const bool known_person = (before == "of" || before == "near") && surnames.count(folded) > 0;
      if ((before == "in" || before == "from" || before == "at" || before == "near" || before == "of" ||
           before == "to") && !known_person && !set_off_as_person(p, name, lexicons)) {
        return false;
      }
    }
    // The surname of a full name of the document is a person even when it is also an
    // organisation word ("Derrick Church ... Church was shot").
    if (surnames.count(folded)) return true;
    // A full name the name reader took for a person's though a word of it names organisations
    // ("Derrick Church, 19,": an age follows) is a person's.
    const bool full_person_name = name.person && folded.find(' ') != std::string::npos;
    if (!full_person_name && is_organization(name.name)) return false;
    if (folded.find(' ') != std::string::npos || surnames.count(folded)) return true;
    // "Christophe, his neighbour": a possessive appositive describes a person.
    const std::size_t after = name.end;
    return after + 1 < p.words.size() && p.words[after].lower == "," &&
           (p.words[after + 1].lower == "his" || p.words[after + 1].lower == "her");
  };
  std::string last_person;
  std::size_t last_person_paragraph = 0;
  // The person whose name opened the latest sentence that opened with one: a pronoun opening
  // the next sentence of the paragraph stands for them, status verbs too ("X was shot. He died").
  std::string opening_person;
  std::size_t opening_paragraph = SIZE_MAX;
  std::size_t opening_sentence = 0;
  DescribedPersons described;
  std::vector<Found> as_list;
  std::size_t as_list_sentence = 0;
  std::size_t as_list_paragraph = SIZE_MAX;

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
      const std::string folded_subject = fold_text(subject);
      if (!seen.insert({folded_subject, found.name, fold_text(found.value)}).second) return;
      // A description stands for a person named in full ("Suspect Dead" in a headline is nobody).
      if (found.name == "role" && (folded_subject.find(' ') != std::string::npos || surnames.count(folded_subject))) {
        described.remember_role(surname_of(folded_subject), subject, found.value, lexicons);
      }
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
      // "He was identified ... as ...": a pronoun opening its sentence, or right after a phrase
      // that opens it ("According to police, he ..."), stands for the last person named.
      const bool opens_sentence = k == 0 || p.words[k - 1].sentence != w.sentence;
      if ((w.lower == "he" || w.lower == "she") && (opens_sentence || follows_opening_phrase(p, k, lexicons)) &&
          !last_person.empty() && pi - last_person_paragraph <= 1) {
        const bool follows_its_subject = opens_sentence && opening_paragraph == pi &&
                                         opening_sentence + 1 == w.sentence && opening_person == last_person;
        for (const Found& found : reader.after_subject(k + 1, follows_its_subject)) {
          emit(last_person, k, k + 1, found);
        }
        continue;
      }
      // "Both men face murder charges": a status of the two persons named just before.
      if (const std::size_t group = opens_sentence ? group_subject_length(p, k) : 0; group > 0) {
        const std::vector<NamePhrase> members = group_members(paragraphs, pi, k, lexicons);
        for (const Found& found : reader.after_subject(k + group, true, true)) {
          if (found.name != "status") continue;
          for (const NamePhrase& member : members) emit(member.name, k, k + group, found);
        }
        k += group - 1;
        continue;
      }
      // "The gunman, an American citizen living in Florida,": a description standing for the one
      // person the document named with a role of its group. Opening its sentence it is the
      // subject of what follows; deeper in ("exchanged gunfire with the suspect, killing him")
      // only a status told right after it is read.
      if (const DescriptionSubject description = description_subject_at(p, k, lexicons); description.length > 0) {
        const std::string person = described.only_person(description.group);
        const bool subject = opens_sentence || follows_opening_phrase(p, k, lexicons);
        if (!person.empty()) {
          for (const Found& found : reader.after_subject(k + description.length)) {
            if (subject || found.name == "status") emit(person, k, k + description.length, found);
          }
        }
        k += description.length - 1;
        continue;
      }
      std::optional<NamePhrase> name = read_name_at(p, k, lexicons);
      if (!name) continue;
      const std::size_t next = name->end;
      const bool surname = surnames.count(fold_text(name->name)) > 0;
      if ((name->person || surname) && plausible_subject(p, *name)) {
        const std::size_t name_end = name->end;
        // "gun shop owner Ed Hensen": nouns before the first title say what it holds (not when an
        // organisation or place stands before the title, "CIA director").
        const std::size_t nouns = name->roles.empty() || name->role_begin != name->begin
                                      ? name->role_begin
                                      : reader.nouns_before_title(name->role_begin);
        for (std::size_t r = 0; r < name->roles.size(); ++r) {
          const bool described = r == 0 && nouns < name->role_begin;
          const std::string role =
              described ? std::string(p.slice(p.words[nouns].start, p.words[name->role_begin - 1].end)) + " " + name->roles[r]
                        : name->roles[r];
          emit(name->name, name->name_begin, name_end,
               Found{"role", role, described ? nouns : name->role_begin, name->name_begin, "person-titles"});
        }
        if (!name->roles.empty()) {
          for (const Found& found : reader.title_joined_before(name->begin)) {
            emit(name->name, name->name_begin, name_end, found);
          }
        }
        for (const Found& found : reader.description_before(name->begin, name_end)) {
          emit(name->name, name->name_begin, name_end, found);
        }
        if (const std::optional<Found> workplace = reader.opening_organization_before(name->begin);
            workplace && !name->roles.empty()) {
          emit(name->name, name->name_begin, name_end, *workplace);
        }
        if (const std::optional<Found> owner = reader.possessive_organization_before(name->begin)) {
          emit(name->name, name->name_begin, name_end, *owner);
        }
        if (const std::optional<Found> done = reader.object_status_before(name->begin)) {
          emit(name->name, name->name_begin, name_end, *done);
        }
        if (const std::optional<Found> wanted = reader.warrant_before(name->begin)) {
          emit(name->name, name->name_begin, name_end, *wanted);
        }
        if (const std::optional<Found> buried = reader.funeral_before(name->begin)) {
          emit(name->name, name->name_begin, name_end, *buried);
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
          as_list = naming_phrase_findings(p, listed - 1, lexicons);
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
          const bool own_status = gives_status(after);
          const std::optional<std::size_t> list_end = end_of_name_list(p, name_end, is_list_person);
          if (!own_status && list_end) {
            for (const Found& found : reader.after_subject(*list_end, true, true)) {
              if (found.name == "status") after.push_back(found);
            }
          }
          // "X, 18, and Y, 20, both of Hamilton, face charges": the place closing the list is where
          // each lives, and the status after it is each one's too.
          if (const std::optional<Found> home = reader.shared_residence_at(list_end.value_or(name_end))) {
            after.push_back(*home);
            if (!gives_status(after)) reader.status_after_place(home->end, after, true);
          }
          for (const Found& found : after) emit(name->name, name->name_begin, name_end, found);
        }
        last_person = name->name;
        last_person_paragraph = pi;
        if (name->begin == 0 || p.words[name->begin - 1].sentence != p.words[name->begin].sentence) {
          opening_person = name->name;
          opening_paragraph = pi;
          opening_sentence = p.words[name->begin].sentence;
        }
      }
      k = std::max(k, next - 1);
    }
  }
  return claims;
}

}  // namespace factdiff
