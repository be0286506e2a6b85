// Attribute claims: which names of a document are subjects, and what the reader finds around
// them (the constructions themselves are read by AttributeReader, extract/attribute_reader.h).
#include "extract/attribute_extractor.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>

#include "core/word_hash.h"
#include "extract/attribute_naming.h"
#include "extract/attribute_reader.h"
#include "extract/attribute_subjects.h"
#include "extract/entity_lexicons.h"
#include "extract/lower_case_words.h"
#include "extract/quote_regions.h"
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
using attribute_reading::written_before;
using attribute_reading::OrganizationTest;
using attribute_reading::PlacePerson;
using attribute_reading::place_person_at;
using attribute_reading::place_person_before;
using attribute_reading::first_name_sharing_surname;
using attribute_reading::is_age_word;
using attribute_reading::is_article;
using attribute_reading::is_generational_suffix;
using attribute_reading::is_mark;
using attribute_reading::is_possessive_pronoun;
using attribute_reading::is_word_in_sentence;
using attribute_reading::list_introduction_status;
using attribute_reading::naming_phrase_findings;
using attribute_reading::names_no_person_a_pronoun_stands_for;
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

// What a group's description says of each of its members: a status, where they come from or
// live (a role of a plural noun is no role of each).
bool held_by_each_of_a_group(const Found& found) {
  return found.name == "status" || found.name == "origin" || found.name == "residence";
}

// "he", "she", "she'd": a pronoun that may open a clause about a person.
bool is_clause_pronoun(const std::string& lower) {
  const std::string_view pronoun = attribute_reading::has_glued_auxiliary(lower)
                                       ? std::string_view(lower).substr(0, lower.size() - 2)
                                       : std::string_view(lower);
  return pronoun == "he" || pronoun == "she";
}

// Word k opens the clause of a verb of realising ("realized she", "knowing that he").
bool opens_realized_clause(const AttributionParagraph& p, std::size_t k) {
  std::size_t verb = k;
  if (verb >= 1 && p.words[verb - 1].lower == "that") --verb;
  return verb >= 1 && p.words[verb - 1].sentence == p.words[k].sentence &&
         attribute_reading::is_realizing_verb(p.words[verb - 1].lower);
}

// "The Lakeside Post reports that 21-year-old Ana Ruiz ...": the name at word `begin` (an age
// may stand before it) opens the clause a verb gives with "that" (the verb is a lower-case
// word: "reports", "learned").
bool opens_reported_clause(const AttributionParagraph& p, std::size_t begin) {
  std::size_t j = begin;
  if (j >= 1 && attribute_reading::is_age_word(p.words[j - 1].lower)) --j;
  return j >= 2 && p.words[j - 1].lower == "that" && p.words[j - 2].sentence == p.words[begin].sentence &&
         p.words[j - 2].is_word && !p.words[j - 2].capitalized;
}

// Whether the findings about one name already tell a status.
bool gives_status(const std::vector<Found>& findings) {
  return std::any_of(findings.begin(), findings.end(), [](const Found& found) { return found.name == "status"; });
}

// "X, left, and Y, right": the place of a person in a photo, set off after their name.
bool is_caption_position(const std::string& lower) {
  return lower == "left" || lower == "right" || lower == "center" || lower == "centre";
}

// "Ana Ruiz (left) was killed", "Ivo Marsh (r.) remains in a coma": the place of a person in a
// photo, in brackets after their name, says nothing of them. The word after the brackets when
// word k opens them, else k.
std::size_t past_caption_position(const AttributionParagraph& p, std::size_t k) {
  if (!is_mark(p, k, "(") || k + 2 >= p.words.size() || !p.words[k + 1].is_word) return k;
  std::string position = p.words[k + 1].lower;
  if (!position.empty() && position.back() == '.') position.pop_back();
  if (!is_caption_position(position) && position != "l" && position != "r" && position != "c") return k;
  std::size_t close = k + 2;
  if (is_mark(p, close, ".")) ++close;
  return is_mark(p, close, ")") ? close + 1 : k;
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

// "reporters Bob Woodward and Carl Bernstein", "officers Ana Ruiz, Ivo Marsh and Omar Reyes": a
// plural title in lower case right before an untitled name is the role of each name of the list
// that name opens, up to a name with a title of its own. The role and the names (the first one
// included, each passing `is_person`) in text order; no names when no plural title stands there.
using NameTest = std::function<bool(const AttributionParagraph&, const NamePhrase&)>;
struct SharedTitle {
  Found role;
  std::vector<NamePhrase> names;
};
SharedTitle plural_title_before(const AttributionParagraph& p, const NamePhrase& first,
                                const AttributionLexicons& lexicons, const NameTest& is_person) {
  constexpr std::size_t kLongestList = 6;  // names
  SharedTitle shared;
  if (!first.roles.empty() || first.begin == 0 || !p.words[first.begin - 1].is_word ||
      p.words[first.begin - 1].capitalized) {
    return shared;
  }
  const std::size_t title_word = first.begin - 1;
  const std::string& title = p.words[title_word].lower;
  if (title.size() < 4 || title.back() != 's' || lexicons.title(title) != nullptr) return shared;
  const std::string* role = lexicons.title(title.substr(0, title.size() - 1));
  if (role == nullptr) return shared;
  shared.role = Found{"role", *role, title_word, first.begin, "person-titles-plural"};
  const std::size_t sentence = p.words[first.begin].sentence;
  std::vector<NamePhrase> names = {first};
  std::size_t k = first.end;
  while (names.size() < kLongestList) {
    const bool comma = is_mark(p, k, ",");
    if (comma) ++k;
    const bool conjunction = is_word_in_sentence(p, k, sentence) && p.words[k].lower == "and";
    if (conjunction) ++k;
    if ((!comma && !conjunction) || !is_word_in_sentence(p, k, sentence)) break;
    const std::optional<NamePhrase> next = read_name_at(p, k, lexicons);
    if (!next || next->begin != k || !next->roles.empty() || !is_person(p, *next)) break;
    names.push_back(*next);
    k = next->end;
    if (conjunction) break;
  }
  // One name alone after a plural ("told reporters Ana Ruiz said") is no list of the title's.
  if (names.size() > 1) shared.names = std::move(names);
  return shared;
}

// Whether word k is the first word of its paragraph. Marks and bullets may stand before it
// ("► X", "• X"): a bullet is read as a word, but has no letter or digit.
bool opens_paragraph(const AttributionParagraph& p, std::size_t k) {
  return std::none_of(p.words.begin(), p.words.begin() + static_cast<std::ptrdiff_t>(k), [](const ParagraphWord& word) {
    return word.is_word && std::any_of(word.lower.begin(), word.lower.end(),
                                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
  });
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

// "X was shot in the head ... X died": a person the document says is dead was no longer just
// injured, so the injury read from the shooting is dropped. A one-word subject stands for the one
// full name of the document's attributes with that surname ("Gray" for "Kimani Gray"); with two
// ("Ann Lund" dead, "Ivo Lund" injured) it stands for nobody, and each keeps their own status.
void drop_injuries_of_the_dead(std::vector<Claim>& claims) {
  std::map<std::string, std::set<std::string>> full_names;  // surname -> folded full names
  for (const Claim& claim : claims) {
    const std::string folded = fold_text(claim.subject);
    if (folded.find(' ') != std::string::npos) full_names[surname_of(folded)].insert(folded);
  }
  auto person = [&](const std::string& subject) {
    const std::string folded = fold_text(subject);
    if (folded.find(' ') != std::string::npos) return folded;
    const auto named = full_names.find(folded);
    return named != full_names.end() && named->second.size() == 1 ? *named->second.begin() : folded;
  };
  std::set<std::string> dead;
  for (const Claim& claim : claims) {
    if (claim.attribute_name == "status" && claim.attribute_value == "dead") dead.insert(person(claim.subject));
  }
  std::erase_if(claims, [&](const Claim& claim) {
    return claim.attribute_name == "status" && claim.attribute_value == "injured" && dead.count(person(claim.subject));
  });
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
  // Whether `name` (folded: `folded`) names an organisation; is_organization folds it first.
  const auto names_organization = [&lexicons](const std::string& name, const std::string& folded) {
    if (auto alias = lexicons.aliases.find(folded); alias != lexicons.aliases.end()) {
      return alias->second.type == "organization";
    }
    if (lexicons.holds_organization_word(folded)) return true;
    // An acronym ("OPD", "ATF") names an organisation.
    return folded.size() >= 2 && folded.find(' ') == std::string::npos &&
           std::all_of(name.begin(), name.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  };
  const OrganizationTest is_organization = [&names_organization](const std::string& name) {
    return names_organization(name, fold_text(name));
  };
  // Surnames of the document's full names: a one-word subject must be one of them. These sets
  // are asked at most names of the document and filled from every capitalised word: hashed,
  // not ordered, which they need not be.
  WordSet surnames;
  for (const AttributionParagraph& p : paragraphs) {
    std::optional<NamePhrase> scratch;  // a name read afresh, when a paragraph keeps none
    for (std::size_t k = 0; k < p.words.size(); ++k) {
      const NamePhrase* name = find_name_at(p, k, lexicons, scratch);
      if (!name) continue;
      if (name->person) {  // only a person's name is folded
        const std::string folded = fold_text(name->name);
        if (folded.find(' ') != std::string::npos) surnames.insert(surname_of(folded));
      }
      k = std::max(k, name->end - 1);
    }
  }
  // Whether the document writes a one-word name (folded) inside a sentence, where capitals tell
  // a name. Few documents ask (of one-word names opening a sentence, set off by a comma): the
  // set of such words is filled on the first asking, and a document none asks of does without.
  std::optional<WordSet> names_inside_sentences;
  auto written_inside_a_sentence = [&](const std::string& folded_name) {
    if (!names_inside_sentences) {
      names_inside_sentences.emplace();
      for (const AttributionParagraph& p : paragraphs) {
        for (std::size_t k = 1; k < p.words.size(); ++k) {
          if (p.words[k].is_word && p.words[k].capitalized && p.words[k - 1].sentence == p.words[k].sentence) {
            names_inside_sentences->insert(p.words[k].lower);
          }
        }
      }
    }
    return names_inside_sentences->count(folded_name) > 0;
  };
  // Words the document also writes in lower case (`common_words`): "Shot" in the headline
  // "Police Officer Shot" is no officer's name.
  auto has_common_word = [&](const AttributionParagraph& p, const NamePhrase& name) {
    for (std::size_t w = name.name_begin; w < name.end; ++w) {
      if (p.words[w].is_word && common_words.contains(p.words[w].lower)) return true;
    }
    return false;
  };
  // "Gupta, the TV star and neurosurgeon": a one-word name set off by an appositive whose role
  // only a person holds is a person's, though the document never gives the full name (the
  // entities of all reports may: resolve_entities joins the surname to it).
  // Opening its sentence the word must be capitalised elsewhere too ("Ultimately, the judge").
  auto described_as_person = [&](const AttributionParagraph& p, const NamePhrase& name) {
    const std::size_t after = name.end;
    const bool opens = name.begin == 0 || p.words[name.begin - 1].sentence != p.words[name.begin].sentence;
    if (name.name.find(' ') != std::string::npos || is_organization(name.name) || !is_mark(p, after, ",") ||
        (opens && !written_inside_a_sentence(fold_text(name.name))) ||
        !is_word_in_sentence(p, after + 1, p.words[after].sentence) || !is_article(p.words[after + 1].lower)) {
      return false;
    }
    AttributeReader reader(p, lexicons, is_organization);
    std::vector<Found> found;
    reader.noun_phrase_at(after + 1, found);
    return std::any_of(found.begin(), found.end(),
                       [&](const Found& f) { return f.name == "role" && reader.names_a_person(f.value); });
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
    // "Suspect Dead", "Gunman Leaves 4 Dead": in a headline, capitalised words after a title may be
    // the headline's own; they name a person when the document does in full elsewhere.
    if (!name.roles.empty()) return !p.is_title || surnames.count(surname_of(lone)) > 0;
    const std::string& folded = lone;
    if (name.begin > 0 && p.words[name.begin - 1].is_word) {
      // A view, compared with the prepositions by size first: this is asked of most names.
      const std::string_view before = p.words[name.begin - 1].lower;
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
    if (!full_person_name && names_organization(name.name, folded)) return false;
    if (folded.find(' ') != std::string::npos || surnames.count(folded)) return true;
    // "Christophe, his neighbour": a possessive appositive describes a person.
    const std::size_t after = name.end;
    return (after + 1 < p.words.size() && p.words[after].lower == "," &&
            (p.words[after + 1].lower == "his" || p.words[after + 1].lower == "her")) ||
           described_as_person(p, name);
  };
  std::string last_person;
  std::size_t last_person_paragraph = 0;
  // The person whose name opened the latest sentence that opened with one: a pronoun opening
  // the next sentence of the paragraph stands for them, status verbs too ("X was shot. He died").
  std::string opening_person;
  std::size_t opening_paragraph = SIZE_MAX;
  std::size_t opening_sentence = 0;
  // The person the current sentence is about: a name or a pronoun opening it.
  struct SentenceSubject {
    std::string person;
    std::size_t paragraph = SIZE_MAX;
    std::size_t sentence = 0;
  } sentence_subject;
  DescribedPersons described;
  // "A Lakeside man is behind bars ... Ana Ruiz, 25, is charged": an indefinite description
  // opening a sentence introduces a person the next sentences name; it stands for the first
  // person named in full after it whom the document had not named, when that name opens one of
  // the next few sentences (a name deeper in a sentence is more often someone else's).
  struct IntroducedPerson {
    std::size_t paragraph = 0;
    std::size_t sentence = 0;  // ordinal in the document
    std::size_t begin = 0;     // the description's words
    std::size_t end = 0;
    std::vector<Found> findings;
  };
  constexpr std::size_t kSentencesToName = 3;
  std::optional<IntroducedPerson> introduced;
  std::set<std::string> surnames_named;  // persons named so far
  std::vector<std::size_t> sentence_base;  // the ordinal of each paragraph's first sentence
  for (std::size_t pi = 0, total = 0; pi < paragraphs.size(); total += paragraphs[pi].sentences.size(), ++pi) {
    sentence_base.push_back(total);
  }
  // Whether the document tells a death: asked only of names after a naming phrase ("identified
  // as"), so read on the first asking, not for every document.
  std::optional<bool> deaths_told;
  auto tells_a_death = [&]() {
    if (!deaths_told) deaths_told = attribute_reading::tells_a_death(paragraphs, lexicons);
    return *deaths_told;
  };
  // Quoted words of each paragraph: a pronoun there is the speaker's ("He was a happy baby," his
  // aunt said), not the report's, so it stands for no person the report named. Only a pronoun
  // that could stand for the last person named asks: the quotes are found on the first asking,
  // and a document none asks of does without.
  std::optional<std::vector<std::vector<QuotePiece>>> quoted;
  auto is_quoted = [&](std::size_t paragraph, std::size_t word) {
    if (!quoted) {
      quoted.emplace(paragraphs.size());
      for (const QuoteRegion& region : find_quote_regions(paragraphs, lexicons, nullptr)) {
        for (const QuotePiece& piece : region.pieces) (*quoted)[piece.paragraph].push_back(piece);
      }
    }
    const std::vector<QuotePiece>& pieces = (*quoted)[paragraph];
    return std::any_of(pieces.begin(), pieces.end(), [word](const QuotePiece& piece) {
      return piece.first_word <= word && word < piece.end_word;
    });
  };
  std::vector<Found> as_list;
  std::size_t as_list_sentence = 0;
  std::size_t as_list_paragraph = SIZE_MAX;
  // "The names of these slain victims are:" and a name opening each paragraph after it: the
  // status the introduction gives, while its list goes on.
  std::optional<Found> listed_status;
  bool list_goes_on = false;

  // A further name of a list: a person, or the surname of one.
  auto is_list_person = [&](const AttributionParagraph& p, std::size_t k) -> std::optional<std::size_t> {
    std::optional<NamePhrase> scratch;
    const NamePhrase* other = find_name_at(p, k, lexicons, scratch);
    if (!other || !(other->person || surnames.count(fold_text(other->name))) || !plausible_subject(p, *other)) {
      return std::nullopt;
    }
    return other->end;
  };

  for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
    const AttributionParagraph& p = paragraphs[pi];
    AttributeReader reader(p, lexicons, is_organization);
    if (pi > 0) {
      if (std::optional<Found> list_status = list_introduction_status(paragraphs[pi - 1], lexicons)) {
        listed_status = list_status;
      } else if (!list_goes_on) {
        listed_status.reset();
      }
    }
    list_goes_on = false;
    // What a description in paragraph `at` says of a person: the words of both are `at`'s.
    auto emit_in = [&](const AttributionParagraph& at, const std::string& subject, std::size_t subject_begin,
                       std::size_t subject_end, const Found& found) {
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
      claim.span = at.to_original(at.words[begin].start, at.words[end - 1].end);
      const auto& sentence = at.sentences[at.words[found.begin].sentence];
      claim.sentence = at.to_original(sentence.first, sentence.second);
      claim.parts.push_back({"subject", at.to_original(at.words[subject_begin].start, at.words[subject_end - 1].end)});
      claim.parts.push_back({found.name, at.to_original(at.words[found.begin].start, at.words[found.end - 1].end)});
      claims.push_back(std::move(claim));
    };
    auto emit = [&](const std::string& subject, std::size_t subject_begin, std::size_t subject_end,
                    const Found& found) { emit_in(p, subject, subject_begin, subject_end, found); };
    std::optional<NamePhrase> scratch;  // a name read afresh, when a paragraph keeps none
    for (std::size_t k = 0; k < p.words.size(); ++k) {
      const ParagraphWord& w = p.words[k];
      if (!w.is_word) continue;
      // "He was identified ... as ...": a pronoun opening its sentence, or right after a phrase
      // that opens it ("According to police, he ..."), stands for the last person named.
      const bool opens_sentence = k == 0 || p.words[k - 1].sentence != w.sentence;
      const std::string_view lower_word = w.lower;  // compared with literals by size first: at every word
      if ((lower_word == "he" || lower_word == "she") && (opens_sentence || follows_opening_phrase(p, k, lexicons)) &&
          !last_person.empty() && pi - last_person_paragraph <= 1 && !is_quoted(pi, k)) {
        const bool follows_its_subject = opens_sentence && opening_paragraph == pi &&
                                         opening_sentence + 1 == w.sentence && opening_person == last_person;
        for (const Found& found : reader.after_subject(k + 1, follows_its_subject)) {
          emit(last_person, k, k + 1, found);
        }
        sentence_subject = {last_person, pi, w.sentence};
        continue;
      }
      // "Ana Lee realized she'd been shot", "He ran, not knowing he was hurt": a pronoun opening
      // the clause of a verb of realising is the sentence's own subject.
      if (!opens_sentence && is_clause_pronoun(w.lower) && opens_realized_clause(p, k) &&
          sentence_subject.paragraph == pi && sentence_subject.sentence == w.sentence) {
        for (const Found& found : reader.after_subject(k + 1, false)) emit(sentence_subject.person, k, k + 1, found);
        continue;
      }
      // "Both men face murder charges", "The couple, from Lakeside, flew": a status or a home of
      // the two persons named just before.
      if (const std::size_t group = opens_sentence ? group_subject_length(p, k) : 0; group > 0) {
        const std::vector<NamePhrase> members = group_members(paragraphs, pi, k, lexicons);
        for (const Found& found : reader.after_subject(k + group, true, true)) {
          if (!held_by_each_of_a_group(found)) continue;
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
      // The article first: most words are none, and need no look back for an opening phrase.
      if (is_article(w.lower) && (opens_sentence || follows_opening_phrase(p, k, lexicons))) {
        // "The Lakeside native texted his daughter": a definite place description stands, like
        // "he", for the latest person named.
        const std::size_t place = is_age_word(p.words[std::min(k + 1, p.words.size() - 1)].lower) ? k + 2 : k + 1;
        const PlacePerson home = place_person_at(p, place, lexicons, common_words);
        const std::size_t end = place + home.length;
        if (home.length > 0 && w.lower == "the") {
          if (!last_person.empty() && pi - last_person_paragraph <= 1) {
            emit(last_person, k, end, home.found);
            for (const Found& found : reader.after_subject(end, false)) emit(last_person, k, end, found);
          }
          k = end - 1;
          continue;
        }
        // "Ana Lee's ordeal went on. The intern for Lakeside News ran ...": a definite description
        // opening the sentence after one its person opened, with a title only a person holds
        // that the document has not used before, tells more of that person (a title used before,
        // "The officer", refers back to its own mention).
        if (w.lower == "the" && opens_sentence && opening_paragraph == pi && opening_sentence + 1 == w.sentence &&
            opening_person == last_person && !last_person.empty()) {
          std::vector<Found> description;
          reader.noun_phrase_at(k, description);
          const auto role = std::find_if(description.begin(), description.end(),
                                         [](const Found& found) { return found.name == "role"; });
          if (role != description.end() && role->begin == k + 1 && reader.names_a_person(role->value) &&
              !written_before(paragraphs, pi, k, p.words[role->end - 1].lower)) {
            for (const Found& found : description) emit(last_person, k, role->end, found);
          }
        }
        if (w.lower != "the") {
          IntroducedPerson person{pi, sentence_base[pi] + w.sentence, k, end, {}};
          if (home.length > 0) {
            person.findings = reader.after_subject(end);
            person.findings.insert(person.findings.begin(), home.found);
          } else {
            // "A lawyer for the Lakeside Council says": a role only a person holds, who speaks or
            // whose "who" clause tells a status ("An aspiring firefighter who was among those
            // killed"); a description doing anything else, "A judge sentenced ...", is more often
            // someone the next sentences do not name.
            reader.noun_phrase_at(k, person.findings);
            const bool role = std::any_of(person.findings.begin(), person.findings.end(), [&](const Found& f) {
              return f.name == "role" && reader.names_a_person(f.value);
            });
            for (const Found& found : person.findings) person.end = std::max(person.end, found.end);
            if (!role || !(lexicons.speech_verb_at(p.words, person.end) || gives_status(person.findings))) {
              person.findings.clear();
            }
          }
          if (!person.findings.empty()) introduced = std::move(person);
        }
      }
      const NamePhrase* name = find_name_at(p, k, lexicons, scratch);
      if (!name) continue;
      const std::size_t next = name->end;
      const bool surname = surnames.count(fold_text(name->name)) > 0;
      if ((name->person || surname || described_as_person(p, *name)) && plausible_subject(p, *name)) {
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
        const SharedTitle plural = plural_title_before(p, *name, lexicons, [&](const AttributionParagraph& at, const NamePhrase& other) {
          return other.person && plausible_subject(at, other);
        });
        for (const NamePhrase& member : plural.names) emit(member.name, member.name_begin, member.end, plural.role);
        if (!name->roles.empty()) {
          // "CNN medical reporter and Grady hospital neurosurgeon Dr. X": the organisation
          // before the title, then a title joined before it.
          std::size_t phrase_begin = name->begin;
          if (name->role_begin == name->begin) {
            if (const std::optional<Found> workplace = reader.lower_case_organization_before(name->role_begin)) {
              emit(name->name, name->name_begin, name_end, *workplace);
              phrase_begin = workplace->begin;
            }
          }
          for (const Found& found : reader.title_joined_before(phrase_begin)) {
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
        if (listed_status && opens_paragraph(p, name->begin)) {
          emit(name->name, name->name_begin, name_end,
               Found{"status", listed_status->value, name->name_begin, name_end, listed_status->rule});
          list_goes_on = true;
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
        // "Ohio traveler Ana Ruiz"
        if (const PlacePerson home = place_person_before(p, name->begin, lexicons, common_words); home.length > 0) {
          emit(name->name, name->name_begin, name_end, home.found);
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
          as_list = naming_phrase_findings(p, listed - 1, lexicons, tells_a_death());
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
          std::vector<Found> after = reader.after_subject(past_caption_position(p, name_end), true, closes_list);
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
          // "Steve and Shirley Timmons traveled from Ohio": Steve Timmons did too.
          const std::string partner = first_name_sharing_surname(p, *name, lexicons, [&](const std::string& word) {
            return surnames.count(word) > 0 || common_words.contains(word);
          });
          if (!partner.empty()) {
            for (const Found& found : after) emit(partner, name->begin - 2, name_end, found);
          }
        }
        // The person an indefinite description introduced, named in full for the first time.
        const std::string folded_surname = surname_of(fold_text(name->name));
        const std::size_t ordinal = sentence_base[pi] + p.words[name->begin].sentence;
        // A name after "the" is a newspaper's or another organisation's ("The Lakeside Post
        // reports that ..."), no person's.
        const bool after_article = name->name_begin > 0 && p.words[name->name_begin - 1].lower == "the";
        if (introduced && name->person && name->name.find(' ') != std::string::npos && !after_article &&
            !surnames_named.count(folded_surname) && ordinal > introduced->sentence) {
          const bool opens = name->begin == 0 || p.words[name->begin - 1].sentence != p.words[name->begin].sentence ||
                             follows_opening_phrase(p, name->begin, lexicons) ||
                             opens_reported_clause(p, name->begin);
          // A titled name is an official telling of them ("Sheriff Ann Lee said"), not the person.
          if (opens && name->roles.empty() && ordinal <= introduced->sentence + kSentencesToName) {
            for (const Found& found : introduced->findings) {
              emit_in(paragraphs[introduced->paragraph], name->name, introduced->begin, introduced->end, found);
            }
          }
          introduced.reset();
        }
        surnames_named.insert(folded_surname);
        // "of Lakeside, New Mexico. He was charged": "he" stands for a person, not for a place
        // named after them.
        if (!names_no_person_a_pronoun_stands_for(p, *name)) {
          last_person = name->name;
          last_person_paragraph = pi;
          const bool opens_its_sentence =
              name->begin == 0 || p.words[name->begin - 1].sentence != p.words[name->begin].sentence;
          if (opens_its_sentence || follows_opening_phrase(p, name->begin, lexicons)) {
            sentence_subject = {name->name, pi, p.words[name->begin].sentence};
          }
          if (opens_its_sentence) {
            opening_person = name->name;
            opening_paragraph = pi;
            opening_sentence = p.words[name->begin].sentence;
          }
        }
      }
      k = std::max(k, next - 1);
    }
  }
  drop_injuries_of_the_dead(claims);
  return claims;
}

}  // namespace factdiff
