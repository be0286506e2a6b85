// Who an attribute is about when the sentence does not open with a plain name: a pronoun after
// a phrase opening its sentence, a group of two ("Both men"), a description standing for a
// person named before ("The gunman"), a name after a preposition that its own description
// shows to be a person's, and a name no later pronoun stands for.
//
//   if (follows_opening_phrase(p, k, lexicons)) ...  // "According to police, he ..."
//   std::size_t n = group_subject_length(p, k);      // "Both men" -> 2
//   described.remember_role("mateen", "Omar Mateen", "suspect", lexicons);
//   DescriptionSubject d = description_subject_at(p, k, lexicons);  // "The gunman" -> 2, perpetrator
//   std::string who = described.only_person(d.group);                // "Omar Mateen"
//   PlacePerson home = place_person_at(p, k, lexicons, common_words);  // "Lyon man" -> residence Lyon
//   if (names_no_person_a_pronoun_stands_for(p, name)) ...  // "a Lakeside County jail": no "he"
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "extract/attribute_words.h"
#include "extract/entity_lexicons.h"
#include "extract/lower_case_words.h"
#include "extract/name_phrase.h"
#include "extract/quote_text.h"

namespace factdiff::attribute_reading {

// "According to police, he was taken into custody", "On Monday, she was released": word k right
// after the comma closing a phrase that opens its sentence (with "according", a preposition, a
// time or an adverb) and names nobody (no capitalised word but a time).
bool follows_opening_phrase(const AttributionParagraph& p, std::size_t k, const AttributionLexicons& lexicons);

// "Both men", "Both women", "The two suspects", "The couple", "The pair" at word k: a subject
// that stands for two persons named just before; the words it takes (0 when word k opens none).
std::size_t group_subject_length(const AttributionParagraph& p, std::size_t k);

// The two persons such a group at word k of paragraph `paragraph` stands for: the persons the
// sentence before names (in the paragraph or the one before it, past photo captions), or the two
// sentences before, when that makes exactly two ("Ana Lee ... and Eva Roe ... Both women died";
// a first name after a kin word counts: "Ivo Marsh and his wife Lena"); empty when there are
// more or fewer.
std::vector<NamePhrase> group_members(const std::vector<AttributionParagraph>& paragraphs, std::size_t paragraph,
                                      std::size_t k, const AttributionLexicons& lexicons);

// Whether the document writes `lower` (or its plural) as a word before word k of paragraph
// `paragraph`: "The officer" then refers back to an officer mentioned, not to a person named.
bool written_before(const std::vector<AttributionParagraph>& paragraphs, std::size_t paragraph, std::size_t k,
                    const std::string& lower);

// "a Lakeside County jail", "of Lakeside, New Mexico.": a name a pronoun after it cannot stand
// for, though its words may be a person's: written right after an article it is a modifier of
// the noun after it, and closing its sentence right after a comma that follows a place (a name
// after "in", "of", "from", "at" or "near") it is the larger place that one lies in.
bool names_no_person_a_pronoun_stands_for(const AttributionParagraph& p, const NamePhrase& name);

// A definite description at word k whose noun stands for a person named before: its words
// ("The accused gunman" -> 3) and the group of roles its noun belongs to (description_subjects).
// Up to two lower-case modifiers may stand before the noun; a name right after it makes it a
// title ("the gunman Omar Mateen"), so none. {0, ""} when word k opens no such description.
struct DescriptionSubject {
  std::size_t length = 0;
  std::string group;
};
DescriptionSubject description_subject_at(const AttributionParagraph& p, std::size_t k,
                                          const AttributionLexicons& lexicons);

// The persons a document has named with a role of each description group, so that "The gunman"
// stands for the one person named as the suspect, and for nobody when two were.
class DescribedPersons {
 public:
  // Remembers that the person `name` (told apart from others by `key`, their surname) holds
  // `role`; a role whose last word is in no group is ignored. The longest name of a key is kept.
  void remember_role(const std::string& key, const std::string& name, const std::string& role,
                     const AttributionLexicons& lexicons);
  // The one person named with a role of `group`; empty when nobody or several were.
  std::string only_person(const std::string& group) const;

 private:
  std::map<std::string, std::map<std::string, std::string>> persons_;  // group -> key -> name
};

// "Lakeside man", "Lyon native", "Ohio traveler" at word k: a capitalised place of one to three
// words and a noun of place_person_nouns right after it, which says what the place is to the
// person (origin or residence). `length` is 0 when word k opens none. The place may be no
// nationality, title, function or organisation word, nor made only of words the document also
// writes in lower case (`common_words`: "Local man").
struct PlacePerson {
  std::size_t length = 0;  // words, the noun included
  Found found;             // {"residence", "Lakeside", k, k + length, ...}
};
PlacePerson place_person_at(const AttributionParagraph& p, std::size_t k, const AttributionLexicons& lexicons,
                            const LowerCaseWords& common_words);

// "Ohio traveler Ana Ruiz": a place and its person noun right before the name at word
// `name_begin`, opening its sentence or after a word that is no capitalised one (an article may
// stand before it). `length` 0 when there is none.
PlacePerson place_person_before(const AttributionParagraph& p, std::size_t name_begin,
                                const AttributionLexicons& lexicons, const LowerCaseWords& common_words);

// "Steve and Shirley Timmons traveled from Ohio": a capitalised word joined by "and" to a full
// name of two words shares its surname ("Steve Timmons"), and what is said of the pair. Empty
// when the words before `name` are no such first name: a word `known_word` accepts (a surname
// or a word the document writes in lower case), a function or title word, one after a
// preposition ("in Paris and Ana Ruiz") or a capitalised word, or a titled name.
std::string first_name_sharing_surname(const AttributionParagraph& p, const NamePhrase& name,
                                       const AttributionLexicons& lexicons,
                                       const std::function<bool(const std::string&)>& known_word);

// "according to Ana Ruiz, assistant director of ...", "the arm of Ana Ruiz, of Tulsa,": a full
// name after a preposition is a person's when a comma and a title (after "according to") or a
// residence (after "of") follow it.
bool set_off_as_person(const AttributionParagraph& p, const NamePhrase& name, const AttributionLexicons& lexicons);

}  // namespace factdiff::attribute_reading
