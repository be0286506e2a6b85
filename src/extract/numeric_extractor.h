// NumericExtractor: every numeric claim of a document (counts, measures, money, percentages,
// ages, durations, dates and times), each a value interval with what it is about.
//
// Built once from the rules (rules/numeric/*.yaml) and shared; extraction reads the analysed
// sentences of one document and never looks at boilerplate. Relative dates resolve against the
// document's publication date when it is known. Conventions: docs/claims.md.
//
//   NumericExtractor extractor(*rules);
//   std::vector<Claim> claims = extractor.extract(analysis);   // sorted by start; ids left empty
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/claim.h"
#include "extract/numeric_lexicons.h"
#include "extract/numeric_pieces.h"
#include "rules/pattern_set.h"
#include "rules/rule_set.h"
#include "text/analyzed_document.h"

namespace factdiff {

class NumericExtractor {
 public:
  explicit NumericExtractor(const RuleSet& rules);
  // For tests: lexicons built by hand, no not-claim patterns.
  explicit NumericExtractor(NumericLexicons lexicons);

  // Claims of every content sentence, in text order; `doc` is set, `id` is left to the caller.
  std::vector<Claim> extract(const AnalyzedDocument& analysis) const;
  // Claims of one sentence; `today` (days since 1970-01-01) resolves relative dates.
  std::vector<Claim> extract_sentence(const Document& document, const Sentence& sentence,
                                      std::optional<long> today) const;

  const NumericLexicons& lexicons() const { return lexicons_; }

 private:
  // The not-claim patterns that match somewhere in `text`, in rule order: all of them when
  // there is no set of the stage's patterns or it could not answer.
  std::vector<const Rule*> not_claim_patterns_in(std::string_view text) const;
  // Appends the claims of one sentence to `claims`, cutting it into `cut` (storage reused).
  void read_sentence(const Document& document, const Sentence& sentence, std::optional<long> today,
                     SentencePieces& cut, std::vector<Claim>& claims) const;

  NumericLexicons lexicons_;
  std::vector<const Rule*> not_claim_patterns_;  // stage numeric, effect not_claim
  // The stage's patterns in one set (owned by the rules, as the patterns are; null when there
  // is none), and for each of them whether it is a not-claim pattern.
  const PatternSet* numeric_patterns_ = nullptr;
  std::vector<bool> is_not_claim_;
};

}  // namespace factdiff
