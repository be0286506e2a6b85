// Words of an attribution paragraph as the attribute readers test them, and what they find.
//
// An attribute reader looks at words by index: whether one is a mark or a word of the same
// sentence, an age ("29", "18-year-old"), a generational suffix ("Jr."), and which place a
// "from"/"in" phrase names. What a reader finds is a `Found`: the attribute and its word range.
//
//   if (is_mark(p, k, ",") && is_age_word(p.words[k + 1].lower)) ...  // ", 29,"
//   auto place = place_after(p, k);  // "the Paris suburb of Drancy" -> {"Drancy", after it}
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "extract/quote_text.h"

namespace factdiff::attribute_reading {

// The longest description read after or before a name.
constexpr std::size_t kLongestAppositive = 16;  // words

// One attribute a reader found: its name ("role"), value ("prime minister"), the word range
// [begin, end) of its evidence in the paragraph and the id of the rule that read it.
struct Found {
  std::string name;
  std::string value;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string rule;
};

// Word k is the punctuation mark `mark` (false past the end).
bool is_mark(const AttributionParagraph& p, std::size_t k, std::string_view mark);
// Word k is the period of an abbreviation: glued to the word before it, with a capitalised word
// of the same sentence after it ("Asst. Chief").
bool is_abbreviation_period(const AttributionParagraph& p, std::size_t k);
// Word k is a word (not a mark) of sentence `sentence` (false past the end).
bool is_word_in_sentence(const AttributionParagraph& p, std::size_t k, std::size_t sentence);
// Word k written in capitals, two letters or more ("CNN", "NYPD").
bool is_capitals_word(const AttributionParagraph& p, std::size_t k);
// "a", "an", "the" (lower case): a word that opens a description.
bool is_article(const std::string& lower);
// "his", "her", "their" (lower case): an owner's pronoun before a description ("her son X").
bool is_possessive_pronoun(const std::string& lower);
// "named", "identified", "described" (lower case): a verb that gives a person's name or what they
// are ("identified as X", "was named as the suspect").
bool is_naming_verb(const std::string& lower);
// "realized", "knowing", "learned" (lower case): a verb whose clause tells a fact its own
// subject came to know, so a pronoun opening the clause is that subject ("X realized she had
// been shot"; not "thought", whose clause may be wrong, nor "said", which tells of others).
bool is_realizing_verb(const std::string& lower);
// "he'd", "she'd" (lower case, apostrophe straight): a pronoun with "had" or "would" glued to it.
bool has_glued_auxiliary(const std::string& lower);
// A lower-cased word that tells an age: "18-year-old", or one starting with a digit.
bool is_age_word(const std::string& lower);
// The place a "from"/"in" phrase from word k names and the word after it: the name after "of"
// ("the Paris suburb of Drancy"), else its first capitalised run ("Chartres, southwest of
// Paris"); nullopt when the phrase names none.
std::optional<std::pair<std::string, std::size_t>> place_after(const AttributionParagraph& p, std::size_t k);
// "Jr.", "Sr.", "II" (lower case, final period optional): a word that follows a surname and
// tells a generation apart.
bool is_generational_suffix(std::string_view lower);

}  // namespace factdiff::attribute_reading
