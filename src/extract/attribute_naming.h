// What a naming verb says about the names it gives: "Police named two of the French attackers
// as X and Y", "The victims who died have been identified as X", "The suspect – later identified
// as X". The extractor reads the names after "as"; these findings hold for each of them.
//
//   std::vector<Found> said = naming_phrase_findings(p, as, lexicons);  // word `as` is "as"
//   // "named two of the French attackers as" -> nationality French, role attacker
//   std::optional<Found> listed = list_introduction_status(p, lexicons);
//   // "The names of the slain victims are:" -> dead, for the names opening the next paragraphs
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "extract/attribute_words.h"
#include "extract/entity_lexicons.h"
#include "extract/quote_text.h"

namespace factdiff::attribute_reading {

// Nationality, role and status the words around a naming verb ("named", "identified",
// "described") give the names after the "as" at word `as`: nationality words between the verb
// and "as", the noun before "as" (before a relative clause: "the officers who were hurt as"),
// a status word there or in a subject about victims; empty when no naming verb comes before.
// With `deaths_told` (the document tells that someone died: tells_a_death) the victims a naming
// verb names are the dead ("identified the victim as X" in a report of a deadly shooting).
std::vector<Found> naming_phrase_findings(const AttributionParagraph& p, std::size_t as,
                                          const AttributionLexicons& lexicons, bool deaths_told = false);

// Whether a word of the paragraphs tells that someone died: a one-word status phrase or status
// verb whose status is "dead" ("killed", "died", "dead").
bool tells_a_death(const std::vector<AttributionParagraph>& paragraphs, const AttributionLexicons& lexicons);

// "Police gave the names of the slain victims:": a paragraph ending with a
// colon whose last sentence gives victims a status word right before or after "victims" ("slain
// victims", "victims killed") introduces a list; each paragraph after it that opens with a name
// is a victim so described. The status, with its word range in `p`; nullopt when `p` introduces
// no such list ("The victims were identified as:" tells none).
std::optional<Found> list_introduction_status(const AttributionParagraph& p, const AttributionLexicons& lexicons);

}  // namespace factdiff::attribute_reading
