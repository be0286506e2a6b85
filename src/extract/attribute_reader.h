// AttributeReader: the attribute constructions read around one name of a paragraph.
//
// The extractor finds a person's name and asks the reader what the words around it say about
// them: titles and descriptions before it, appositives, copulas, verbs of status or place and
// organisations after it. Each construction family has its own source file: roles and
// appositives (attribute_roles.cpp), affiliations (attribute_affiliations.cpp), places
// (attribute_places.cpp) and statuses (attribute_statuses.cpp). The reader only reads; which
// name a finding belongs to is the extractor's choice.
//
//   AttributeReader reader(paragraph, lexicons, is_organization);
//   for (const Found& found : reader.after_subject(name_end)) ...  // ", a petty criminal"
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "extract/attribute_words.h"
#include "extract/entity_lexicons.h"
#include "extract/quote_text.h"

namespace factdiff::attribute_reading {

// Whether a capitalised name names an organisation ("Orlando Police Department", "ATF").
using OrganizationTest = std::function<bool(const std::string&)>;

// Reads attributes in one paragraph. Word indices are into `p.words`; findings are appended to
// `out` with their word range. The paragraph, lexicons and test must outlive the reader.
class AttributeReader {
 public:
  AttributeReader(const AttributionParagraph& p, const AttributionLexicons& lexicons,
                  const OrganizationTest& is_organization)
      : p_(p), lexicons_(lexicons), is_organization_(is_organization) {}

  // Roles: appositives, descriptions and titles (attribute_roles.cpp).

  // What follows a subject: ", a petty criminal", ", 29, from Chartres", " was arrested".
  // `named`: the subject is a name, not a pronoun read as the last person named; a status
  // told by a verb ("She died") is then left alone, the pronoun may stand for someone the
  // sentence before named only as a place's victim (verbs of affiliation and place are read).
  // `plural`: the subject closes a list of names ("X and Y were arrested"), so a plural copula
  // speaks of it too.
  std::vector<Found> after_subject(std::size_t k, bool named = true, bool plural = false);

  void appositive(std::size_t k, std::vector<Found>& out);

  // "Ana Ruiz worked as a nurse at Lakeside Hospital", "was hired for the fair, advertised as a
  // festival, as a security guard": a verb of the role_verbs lexicon at word k, and the first "as a" or
  // "as an" after it in the sentence whose description names a person, give that role and what
  // the description says after it. True when it gave a role.
  bool role_verb_at(std::size_t k, std::vector<Found>& out);

  // "U.S. citizen", "French national" at word k: a country (countries lexicon) and a nationality
  // head after it give the nationality of the country's citizens (country_nationalities);
  // nullopt when word k opens no such phrase or the country has no nationality there.
  std::optional<Found> country_nationality_at(std::size_t k) const;

  // A noun phrase after a determiner: nationality words, a role, then location phrases. With
  // `bare` the phrase has no determiner ("Jesse Davis, police chief at the airport") and must
  // end in a title word to be a role.
  void noun_phrase_at(std::size_t k, std::vector<Found>& out, bool bare = false);

  // "a neurosurgeon and chief medical correspondent for CNN", "a surgeon and CNN's chief medical
  // reporter": a second description joined by the "and" at word k after a role describes the
  // same person. True when it gave a role (with what it says after it); `out` is left as it was
  // otherwise.
  bool coordinated_role_at(std::size_t k, std::vector<Found>& out);

  // "an eyewitness, Mark Lea, told", "A lawyer for the Council of American-Islamic Relations,
  // Omar Saleh, said", "CNN's medical correspondent, Dr. Sanjay Gupta,": a description closed by
  // a comma right before a name set off by commas (or ending its sentence) describes that name.
  // Its head must be a title word, so that "In a statement, X said" describes nobody.
  // The description may end in the place its office is of ("the governor of Qeshm, X, told").
  // "the gunman, identified as 30-year-old Omar Reyes, fled": a naming participle (and "as",
  // and an age) between the comma and the name still sets the name off.
  std::vector<Found> description_before(std::size_t name_begin, std::size_t name_end);

  // "of Qeshm" in "the governor of Qeshm": word k is "of" and the words from it up to word `end`
  // are capitalised words of no organisation, the place an office is held for.
  bool names_place_of_office(std::size_t k, std::size_t end) const;

  // The word where a naming verb ("identified", with an "as" and an age after it) stands right
  // before the name opening at word `name_begin`; `name_begin` when none does.
  std::size_t naming_participle_before(std::size_t name_begin) const;

  // "neurosurgeon and CNN medical correspondent Dr. Sanjay Gupta", "CNN medical reporter and
  // Grady hospital neurosurgeon Dr. X": a title without a determiner joined by "and" to the
  // titled name opening at word `name_begin` is another role of that person (the caller tells
  // that the name has a title: "the suspect and Bryan Cole" are two). Nothing when a determiner
  // or possessive opens the first title ("a teacher and Officer X" may be two people).
  std::vector<Found> title_joined_before(std::size_t name_begin);

  // A role one person can hold: its head (the word before "of"/"in", else the last) is a title
  // word and not a plural ("the victims, X, Y and Z" names several).
  bool names_a_person(const std::string& role) const;

  // A name the lexicons know as an organisation's: an alias of one, or a name with a word of
  // organization_words ("CNN", "Lakeside Police"); an unknown acronym ("VP") is not.
  bool names_known_organization(const std::string& name) const;

  // The word after a run of up to three capitalised words from word k when a title begins there
  // ("Broward County commissioner", "FBI Special Agent"); k when there is none. The longest such
  // run wins ("Broward County Commissioner" is no "County Commissioner"), but a title modifier
  // belongs to the title ("Special").
  std::size_t title_after_name_run(std::size_t k) const;

  // "gun shop owner Ed Hensen": one or two lower-case nouns right before a title written in
  // lower case that opens a name (at word `title_begin`) say what the title holds, when a mark,
  // an article or the start of the sentence stands before them ("shot officer X" is a verb
  // before a title). The first such word; `title_begin` when there are none.
  std::size_t nouns_before_title(std::size_t title_begin) const;

  // A title starts at word k, after any title modifiers ("Special Agent"; "Press photographer" is
  // no title).
  bool title_begins_at(std::size_t k) const;

  // Affiliations: organisations a person belongs to (attribute_affiliations.cpp).

  // "for Lee Memorial Hospital", "of the Missouri State Highway Patrol", "with CNN": the
  // organisation a role belongs to, read from the preposition at word k.
  bool affiliation_at(std::size_t k, std::vector<Found>& out) const;

  // "Pulse" after "the owner of": the capitalised name from word `begin` (up to five words, no
  // function word, possessive or country) that a business title's "of" gives; nullopt when
  // there is none.
  std::optional<Found> business_name_at(std::size_t begin, std::size_t sentence) const;

  // The organisations named from word `begin`, one or several joined by "and" ("Emory
  // University and CNN"; with `article_after_and`, "the Puerto Rico National Guard and the
  // Alaska Army National Guard"), added to `out`. True when there was one.
  bool organizations_at(std::size_t begin, std::size_t sentence, bool article_after_and,
                        std::vector<Found>& out) const;

  // The organisation named from word `begin` ("the Atlanta-area Catholic Church of the
  // Transfiguration" -> "Catholic Church of the Transfiguration"), added to `out` when it is one.
  // Returns the word after the name (`begin` when none).
  std::size_t organization_at(std::size_t begin, std::size_t sentence, std::vector<Found>& out) const;

  // "the Bureau of Alcohol, Tobacco, Firearms and Explosives": a name from word `begin` whose
  // part after "of" goes on with a list at word `list` (a comma) is read up to the capitalised
  // word after the list's "and", and taken only when the alias lexicon knows it as an
  // organisation (its canonical name, "ATF", is added to `out`). Returns the word after it,
  // `begin` when there is none.
  std::size_t known_listed_organization(std::size_t begin, std::size_t list, std::size_t sentence,
                                        std::vector<Found>& out) const;

  // "Terry Andres also worked at the Norfolk Naval Shipyard", "served in both the Puerto Rico
  // National Guard and the Alaska Army National Guard": organisations joined by a verb.
  bool affiliation_verb_at(std::size_t k, std::vector<Found>& out) const;

  // "Ana Ruiz was due to enter eighth grade at Lakeside Middle School", "was to start his senior
  // year at X": a school year (a word of school_years, then "year" or "grade") a few lower-case
  // words after the subject (from word k), and the school after its "at", are where the person
  // studies. No determiner, speech verb or mark may stand between ("said the boy was in eighth
  // grade at X" is the boy's). True when it gave an affiliation.
  bool school_year_at(std::size_t k, std::vector<Found>& out) const;

  // "joined the Lakeside Fire Department as a volunteer driver": "as" and a description right
  // after an organisation a verb joined the person to (from word k, past a short name after a
  // slash: "Department/LFD") give the role they hold there.
  void role_after_organization(std::size_t k, std::vector<Found>& out);

  // "At the Lakeside Community Church, the Rev. Ana Ruiz told ...": an organisation after "at"
  // opening the sentence, closed by the comma right before the name at word `name_begin`, is
  // where the person works (the caller tells that the name has a title: a person merely there
  // has none).
  std::optional<Found> opening_organization_before(std::size_t name_begin) const;

  // "The Washington Post's Howard Kurtz", "the FBI's Piro": an organisation's possessive right
  // before a name is the person's affiliation.
  std::optional<Found> possessive_organization_before(std::size_t name_begin) const;

  // "Grady hospital neurosurgeon Dr. X", "Lakeside police spokeswoman X": a capitalised name of
  // up to three words and an organisation word in lower case right before a lower-case title
  // (at word `title_begin`) name the organisation the title belongs to; nullopt when none do.
  std::optional<Found> lower_case_organization_before(std::size_t title_begin) const;

  // "X, CNN's chief medical correspondent", "X, the Washington Post's media critic": an
  // organisation's possessive and a title after it give an affiliation and a role.
  bool possessive_organization_role(std::size_t k, std::vector<Found>& out);

  // "X, FBI special agent in charge": without a determiner only an organisation may stand before
  // the title ("Betty Ford, Rehires Attorney" in a headline is none).
  bool organization_before_title(std::size_t k) const;

  static std::size_t possessive_length(const std::string& word);

  static bool is_possessive(const std::string& word);

  // Places: origin and residence (attribute_places.cpp).

  // "Ana Ruiz grew up in Lyon", "who is originally from Quito", "moved to Florida": a verb from
  // the place_verbs lexicon and the place after it give an origin or a residence. An adverb in
  // -ly after the verb's first word is skipped ("who is reportedly from Quito").
  bool place_verb_at(std::size_t k, std::vector<Found>& out) const;

  // "moved to Florida two months ago from Ohio": the place a move started from, after the place
  // it went to and a few lower-case words (a time), is where the person comes from.
  void move_origin_at(std::size_t k, std::vector<Found>& out) const;

  // "Born in Lyon, Ana Ruiz moved ...": a verb of place opening the sentence, whose place the
  // comma right before the name at word `name_begin` closes, speaks of that name.
  std::optional<Found> opening_place_before(std::size_t name_begin) const;

  // "of" and a capitalised place right after a name: a residence ("Ian Cole of Council Bluffs").
  // A headline in title case ("Fatal Shooting Of ...") writes "Of" capitalised and is left out;
  // the place is one to three words, none in capitals, followed by no further name.
  // The status told after it is read too ("Ian Cole of Council Bluffs, Iowa, was killed").
  bool residence_of_at(std::size_t k, std::vector<Found>& out);

  // ", all of Orlando", ", 20, both of Ocala": a place that "all of" or "both of" gives after the
  // last name of a list (from word k, past an age set off by a comma) is where each name of the
  // list lives. nullopt when word k opens no such phrase.
  std::optional<Found> shared_residence_at(std::size_t k) const;

  // " died", ", Iowa, was killed": the status verb or copula status from word k, right after a
  // residence read after a name (past a comma and a region set off by commas).
  // With `plural` the place closes a list of names, so a plural copula speaks of it too.
  void status_after_place(std::size_t k, std::vector<Found>& out, bool plural = false);

  // Location phrases: "from X" (origin), "living in X", "based in X", "currently in X", "in X"
  // after a role noun (residence).
  // With `after_name`, "of X" right after a name is a residence too.
  bool location_at(std::size_t k, std::vector<Found>& out, std::size_t* next, bool after_role,
                   bool after_name = false);

  // A name after a verb of place names an organisation, not a place, when an organisation word
  // ends it ("Lakeside Police") or it is one word the organisation test accepts ("ATF");
  // "Council Bluffs" is a place.
  bool names_organization_not_place(const std::string& name) const;

  // Statuses: what happened to a person (attribute_statuses.cpp).

  // "Freddie Rodgers died", "Ware and Jones face charges": a status told by the verb after a name.
  // "both" and "also" inside the verb are skipped ("are both being held").
  bool status_verb_at(std::size_t k, std::vector<Found>& out) const;

  // "Officers arrested 25-year-old Ana Ruiz", "Prosecutors charged Omar Reyes": a verb right
  // before the name at word `begin` (past an age) tells what was done to that person.
  std::optional<Found> object_status_before(std::size_t begin) const;

  // "A warrant for first degree murder was issued for Ana Ruiz": a name after "for" in a
  // sentence that names a warrant a few words before is wanted.
  std::optional<Found> warrant_before(std::size_t name_begin) const;

  // "the funeral of shooting victim Ana Ruiz", "a funeral service for her son Omar Reyes": a name
  // a few words after a funeral's "of" or "for" (no comma, no other preposition between) is dead.
  std::optional<Found> funeral_before(std::size_t name_begin) const;

  // "among the 53 others wounded" after a copula: a status word closing the group a person was
  // among (from word k, "among") is theirs. True when it gave one.
  bool among_status_at(std::size_t k, std::vector<Found>& out) const;

  // "a medical assistant at Lakeside Hospital who grew up in Kissimmee", "a nurse who died on
  // Sunday", "a firefighter who was among those killed": a "who" clause right after a
  // description of a person speaks of that person, so its status verb, verb of place or status
  // after a copula is theirs too. True when it gave one.
  bool relative_clause_at(std::size_t k, std::vector<Found>& out) const;

  // The words a copula at word k takes (0 when there is none): "was", "has been", "would have
  // been"; with `plural` also "were", "are", "have been".
  std::size_t copula_length(std::size_t k, bool plural) const;

  bool opens_copula(std::size_t k, bool plural) const;

  void copula(std::size_t k, std::vector<Found>& out, bool plural = false);

  std::optional<Found> status_at(std::size_t k) const;

 private:
  const AttributionParagraph& p_;
  const AttributionLexicons& lexicons_;
  const OrganizationTest& is_organization_;
};

}  // namespace factdiff::attribute_reading
