// Entity resolution: one entity per person, organisation or place across every document.
//
// Finds name mentions (capitalised runs, titles stripped), clusters aliases within and across
// documents (a surname joins the full name that ends with it; "Franois Hollande" joins "Francois
// Hollande" by a small edit distance on long names; alias lists from rules/attribution join
// "ISIS", "IS" and "Daesh"), then rewrites the speaker and subject of every claim to the
// canonical name with a stable id.
//
//   std::vector<Claim> claims = ...;   // from extract_quotes / extract_attributes / numeric
//   std::vector<Entity> entities = resolve_entities(analyses, claims, rules);
#pragma once

#include <string>
#include <vector>

#include "core/claim.h"
#include "core/entity.h"
#include "rules/rule_set.h"
#include "text/analyzed_document.h"

namespace factdiff {

struct AttributionLexicons;  // extract/entity_lexicons.h
struct AttributionParagraph;  // extract/quote_text.h

// Entities of all documents, sorted by id; ids are derived from canonical names, so they do not
// depend on document order. Fills speaker/speaker_id and subject/subject_id of `claims` (claims
// whose speaker or subject matches no entity keep their text and get an id from it; "unknown"
// stays "unknown" with an empty id).
std::vector<Entity> resolve_entities(const std::vector<AnalyzedDocument>& documents,
                                     std::vector<Claim>& claims, const RuleSet& rules);
// The same with the lexicons already gathered from the rules (AttributionLexicons::from_rules).
std::vector<Entity> resolve_entities(const std::vector<AnalyzedDocument>& documents,
                                     std::vector<Claim>& claims, const AttributionLexicons& lexicons);
// The same over each document's paragraphs already built (paragraphs[i] of documents[i], as
// attribution_paragraphs gives them with the lexicons' abbreviations and glued verbs).
std::vector<Entity> resolve_entities(const std::vector<AnalyzedDocument>& documents,
                                     const std::vector<std::vector<AttributionParagraph>>& paragraphs,
                                     std::vector<Claim>& claims, const AttributionLexicons& lexicons);

// The stable id of a canonical name: lower case ASCII, accents folded, words joined by '-'.
std::string entity_id_for(const std::string& canonical_name);

}  // namespace factdiff
