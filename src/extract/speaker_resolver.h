// Reading who a phrase names: titled names, speech subjects, and pronouns or role nouns resolved
// to a person mentioned earlier in the same document.
//
//   std::optional<NamePhrase> name = read_name_at(paragraph, k, lexicons);
//   // "French Prime Minister Manuel Valls": name "Manuel Valls", roles {"prime minister"}
//   SpeakerMemory memory;
//   memory.remember_speaker("Bernard Cazeneuve", true, 12);
//   memory.resolve_pronoun("he", 13);   // "Bernard Cazeneuve"
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/entity_lexicons.h"
#include "extract/name_phrase.h"
#include "extract/quote_text.h"

namespace factdiff {

// A titled or plain name starting at word k (a leading "the" is skipped). Nullopt when word k
// does not start one. Alias phrases of the lexicon ("Islamic State in Iraq and Syria") win.
// A paragraph whose names were read with these lexicons (read_paragraph_names) answers from
// its table; any other is read afresh.
std::optional<NamePhrase> read_name_at(const AttributionParagraph& paragraph, std::size_t k,
                                       const AttributionLexicons& lexicons);

// The name at word k read afresh (as read_name_at reads it) into `scratch`; null when there is
// none.
const NamePhrase* read_name_into(const AttributionParagraph& paragraph, std::size_t k,
                                 const AttributionLexicons& lexicons, std::optional<NamePhrase>& scratch);

// The name read_name_at gives, without copying it: the paragraph's own when its names were read
// with `lexicons`, else one read afresh into `scratch`. Null when word k starts no name; the
// name lives as long as the paragraph and `scratch` do, and is not to be changed.
inline const NamePhrase* find_name_at(const AttributionParagraph& paragraph, std::size_t k,
                                      const AttributionLexicons& lexicons, std::optional<NamePhrase>& scratch) {
  // Asked at nearly every word by the scans over whole documents: the table's answer is found
  // inline, and only a paragraph read without it pays for a call.
  if (paragraph.names_lexicons == &lexicons && k < paragraph.name_at_word.size()) {
    const std::uint32_t at = paragraph.name_at_word[k];
    return at == 0 ? nullptr : &paragraph.names[at - 1];
  }
  return read_name_into(paragraph, k, lexicons, scratch);
}

// Reads the name at every word of each paragraph once, into the paragraph's `names`, so that
// the scans that each try every word (mentions, titled names, attributes, entities) share it.
void read_paragraph_names(std::vector<AttributionParagraph>& paragraphs,
                          const AttributionLexicons& lexicons);

// Word k ends in a possessive ("Lindqvist's", "Ross'"): the name it ends owns what follows.
bool ends_in_possessive(const AttributionParagraph& paragraph, std::size_t k);

enum class SubjectKind { kName, kPronoun, kCommon };

struct SubjectPhrase {
  std::size_t begin = 0;
  std::size_t end = 0;
  SubjectKind kind = SubjectKind::kCommon;
  std::string text;   // the name, the pronoun, or the noun phrase without its determiner
  std::string head;   // kCommon: the speaker noun ("president", "officials")
  bool definite = false;  // "the president" refers back; "a source" introduces
  std::string owner;      // kCommon: "Lindqvist" in "Lindqvist's family", whose family speaks
  std::string owner_suffix;  // "'s", or "'" after a plural or a name in s ("Ross'")
  std::string owner_pronoun;  // kCommon: "he" in "his daughter", whose daughter speaks
  NamePhrase name;    // kName
};

// The subject of the verb at word `verb`: the phrase right before it (skipping adverbs and a
// comma-delimited appositive), or a short clause-initial noun phrase with a speaker noun.
std::optional<SubjectPhrase> read_subject_before(const AttributionParagraph& paragraph,
                                                 std::size_t verb,
                                                 const AttributionLexicons& lexicons);

// A subject phrase starting at word k, reading forward (the speaker after "said"); a noun
// phrase ends before word `limit` ("by police as ...": the phrase stops at "as").
std::optional<SubjectPhrase> read_subject_at(const AttributionParagraph& paragraph, std::size_t k,
                                             const AttributionLexicons& lexicons,
                                             std::size_t limit = SIZE_MAX);

// The subject that opens the sentence of word `verb`, or, after a leading phrase, the one after
// its first comma ("In a grave speech to the parliament, Hollande ..."); for a coordinated verb
// ("and said", ", saying") that shares it. Nullopt when neither place starts a subject.
std::optional<SubjectPhrase> read_sentence_subject(const AttributionParagraph& paragraph, std::size_t verb,
                                                   const AttributionLexicons& lexicons);

// Who has spoken, and who has been named, so far in one document.
class SpeakerMemory {
 public:
  void remember_roles(const std::string& name, const std::vector<std::string>& roles);
  void remember_speaker(const std::string& name, bool person, std::size_t paragraph);
  void remember_mention(const std::string& name, bool person, std::size_t paragraph);
  // The person a pronoun refers to: the latest person speaker of the last few paragraphs,
  // else the latest person named; "he" and "she" skip a person the other pronoun stood for (and
  // remember whom they stood for). Empty when nobody fits.
  std::string resolve_pronoun(const std::string& pronoun, std::size_t paragraph);
  // "the president", "the source": the latest speaker (then mention) with that role or head.
  std::string resolve_role(const std::string& head, std::size_t paragraph) const;
  // The longest name remembered so far that ends with `surname` ("Nora Lindqvist" for
  // "Lindqvist"); `surname` itself when none does.
  std::string full_name(const std::string& surname) const;
  const std::string& last_speaker() const { return last_speaker_; }
  std::size_t last_speaker_paragraph() const { return last_speaker_paragraph_; }

 private:
  struct Seen {
    std::string name;
    bool person = false;
    std::size_t paragraph = 0;
  };
  bool has_role(const std::string& name, const std::string& head) const;

  std::vector<Seen> speakers_;
  std::vector<Seen> mentions_;
  std::map<std::string, std::set<std::string>> roles_;  // name -> role words
  std::map<std::string, char> genders_;  // folded name -> 'm' or 'f', from resolved pronouns
  std::string last_speaker_;
  std::size_t last_speaker_paragraph_ = 0;
};

// The roles of every titled name of a document ("Franois Hollande" and "Hollande" -> president).
void collect_titled_names(const std::vector<AttributionParagraph>& paragraphs,
                          const AttributionLexicons& lexicons, SpeakerMemory& memory);

}  // namespace factdiff
