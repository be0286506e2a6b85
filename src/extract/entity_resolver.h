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

#include <memory>
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

// The same a document at a time, for a caller that builds each document's paragraphs and can
// let them go before the next one (a run of many documents then never holds all of them):
//   EntityResolver resolver(lexicons);
//   for (each document) resolver.add_document(analysis, paragraphs_of_it);
//   std::vector<Entity> entities = resolver.resolve(claims);
class EntityResolver {
 public:
  // `lexicons` must outlive the resolver.
  explicit EntityResolver(const AttributionLexicons& lexicons);
  ~EntityResolver();
  EntityResolver(const EntityResolver&) = delete;
  EntityResolver& operator=(const EntityResolver&) = delete;

  // The name mentions of one document; documents are added in the order resolve_entities
  // takes them. Nothing of `paragraphs` is kept.
  void add_document(const AnalyzedDocument& document, const std::vector<AttributionParagraph>& paragraphs);
  // The entities of every document added and of the speakers and subjects of `claims`, whose
  // names and ids are filled as resolve_entities fills them. Call once.
  std::vector<Entity> resolve(std::vector<Claim>& claims);

 private:
  struct Mentions;
  std::unique_ptr<Mentions> mentions_;
};

// The stable id of a canonical name: lower case ASCII, accents folded, words joined by '-'.
std::string entity_id_for(const std::string& canonical_name);

}  // namespace factdiff
