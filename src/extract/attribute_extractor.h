// Attribute claims: what a report asserts about a person, group or place.
//
// Nationality and origin ("a Belgian national", "from Chartres"), residence ("living in Syria"),
// role and title ("Prime Minister Manuel Valls", "a petty criminal"), affiliation and status
// ("on the run", "was arrested"), read from pre-name titles, appositives and copulas.
//
//   std::vector<Claim> attributes = extract_attributes(analysis, rules);
//   // attributes[0].subject == "Manuel Valls", attribute_name == "role", value "prime minister"
#pragma once

#include <vector>

#include "core/claim.h"
#include "rules/rule_set.h"
#include "text/analyzed_document.h"

namespace factdiff {

struct AttributionLexicons;  // extract/entity_lexicons.h
struct AttributionParagraph;  // extract/quote_text.h
class LowerCaseWords;         // extract/lower_case_words.h

// Attribute claims of one document, in text order; subject is the surface name found in the text
// (resolve_entities() makes it canonical). Ids are left empty.
std::vector<Claim> extract_attributes(const AnalyzedDocument& document, const RuleSet& rules);
// The same with the lexicons already gathered from the rules (AttributionLexicons::from_rules).
std::vector<Claim> extract_attributes(const AnalyzedDocument& document, const AttributionLexicons& lexicons);
// The same over the document's paragraphs already built (attribution_paragraphs with the
// lexicons' abbreviations and glued verbs) and their lower-case words, so that the extractors
// of a run build them once.
std::vector<Claim> extract_attributes(const AnalyzedDocument& document, const AttributionLexicons& lexicons,
                                      const std::vector<AttributionParagraph>& paragraphs,
                                      const LowerCaseWords& lower_words);

}  // namespace factdiff
