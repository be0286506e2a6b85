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
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "core/claim.h"
#include "rules/rule_set.h"
#include "text/analyzed_document.h"

namespace factdiff {

struct AttributionLexicons;  // extract/entity_lexicons.h
struct AttributionParagraph;  // extract/quote_text.h
class LowerCaseWords;         // extract/lower_case_words.h

// The quote rules that read a whole paragraph as a signed pull quote ("Our harbour will be the
// safest in Europe by next summer.-Lena Hartmann, harbour master"), ready for every paragraph of
// a run: found in the rules, and their groups looked up, once rather than at every paragraph.
//
//   const PullQuoteRules pull_quotes(rules);
//   if (const PullQuoteRule* rule = pull_quotes.first_whole_match(text, &groups)) { ... }
struct PullQuoteRule {
  const Rule* rule = nullptr;  // the rule set's, with its "quote" and "speaker" groups
  int quote_group = 0;
  int speaker_group = 0;
  // The pattern cannot match a text without a sentence end and a dash (signature_dash_required),
  // so a paragraph without one is passed over before the pattern reads it.
  bool needs_signature_dash = false;
};

class PullQuoteRules {
 public:
  // `rules` must outlive this.
  explicit PullQuoteRules(const RuleSet& rules);
  // The first rule (in the rule set's order) whose pattern matches all of `text`, with its groups
  // in `groups` (resized to the rule's groups + 1); null when none does.
  const PullQuoteRule* first_whole_match(std::string_view text, std::vector<re2::StringPiece>* groups) const;

  // True when every match of `pattern` holds a sentence end (".", "!" or "?"), then white space
  // or nothing, then a dash ("-", U+2013 or U+2014): the pattern opens with a group "(?P<quote>"
  // that ends with "[.!?]" and is followed, at the top level, by "\s*[-\x{2013}\x{2014}]", and
  // has no alternation that could go around them. False when that cannot be shown this way.
  static bool signature_dash_required(std::string_view pattern);
  // True when `text` holds a sentence end, then white space or nothing, then a dash.
  static bool has_signature_dash(std::string_view text);

 private:
  std::vector<PullQuoteRule> rules_;
};

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
// lexicons' abbreviations and glued verbs), their lower-case words and the pull quote rules, so
// that the extractors of a run build them once.
std::vector<Claim> extract_quotes(const AnalyzedDocument& document, const PullQuoteRules& pull_quotes,
                                  const AttributionLexicons& lexicons,
                                  const std::vector<AttributionParagraph>& paragraphs,
                                  const LowerCaseWords& lower_words,
                                  std::vector<std::string>* warnings = nullptr);

}  // namespace factdiff
