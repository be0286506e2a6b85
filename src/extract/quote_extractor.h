// Quotes and reported statements: who said what, to whom, in which words.
//
// Finds quoted words in straight or curly marks (across sentences, and across paragraphs when the
// next paragraph reopens the quote), pull quotes signed "-Name, role", and reported speech without
// quote marks ("Hollande said he would create 5,000 jobs"). Each claim names its speaker by the
// surface form found in the text (pronouns and role nouns already resolved to a person mentioned
// earlier); resolve_entities() later replaces it with the canonical name and a stable id.
//
//   std::vector<Claim> speech = extract_quotes(analysis, rules);
//   for (const Claim& c : speech) std::cout << c.speaker << " " << c.verb << ": " << c.quote;
#pragma once

#include <string>
#include <vector>

#include "core/claim.h"
#include "rules/rule_set.h"
#include "text/analyzed_document.h"

namespace factdiff {

struct AttributionLexicons;  // extract/entity_lexicons.h
struct AttributionParagraph;  // extract/quote_text.h
class LowerCaseWords;         // extract/lower_case_words.h

// Quotes (kind quote) and reported statements (kind statement) of one document, in text order.
// claim.quote_span is the quoted or reported words; claim.span the whole attribution. A quote
// without an attributable speaker gets speaker "unknown" and a note. Ids are left empty (the
// combiner numbers claims). Warnings (unclosed quotes) are added to `warnings` when given.
std::vector<Claim> extract_quotes(const AnalyzedDocument& document, const RuleSet& rules,
                                  std::vector<std::string>* warnings = nullptr);
// The same with the lexicons already gathered from `rules` (AttributionLexicons::from_rules),
// so that a run over many documents gathers them once.
std::vector<Claim> extract_quotes(const AnalyzedDocument& document, const RuleSet& rules,
                                  const AttributionLexicons& lexicons,
                                  std::vector<std::string>* warnings = nullptr);
// The same over the document's paragraphs already built (attribution_paragraphs with the
// lexicons' abbreviations and glued verbs) and their lower-case words, so that the extractors
// of a run build them once.
std::vector<Claim> extract_quotes(const AnalyzedDocument& document, const RuleSet& rules,
                                  const AttributionLexicons& lexicons,
                                  const std::vector<AttributionParagraph>& paragraphs,
                                  const LowerCaseWords& lower_words,
                                  std::vector<std::string>* warnings = nullptr);

}  // namespace factdiff
