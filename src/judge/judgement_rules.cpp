// The RuleSet entry points of alignment and judgement: read the lexicons once, then delegate.
#include "align/alignment.h"
#include "judge/judgement.h"

namespace factdiff {

std::vector<Fact> align_claims(const Extraction& extraction, const std::vector<AnalyzedDocument>& documents,
                               const RuleSet& rules) {
  return align_claims(extraction, documents, compare_lexicons_from(rules));
}

std::vector<Finding> judge_facts(std::vector<Fact>& facts, const Extraction& extraction,
                                 const std::vector<AnalyzedDocument>& documents, const RuleSet& rules) {
  return judge_facts(facts, extraction, documents, compare_lexicons_from(rules));
}

CheckOutcome judge_check(std::vector<Fact>& facts, const Extraction& extraction,
                         const std::vector<AnalyzedDocument>& documents, const RuleSet& rules,
                         const std::string& draft) {
  return judge_check(facts, extraction, documents, compare_lexicons_from(rules), draft);
}

}  // namespace factdiff
