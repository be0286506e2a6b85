// Gold facts and findings: the `facts:` and `findings:` sections of gold.yaml, scored on compare.
//
//   Result<GoldJudgement> gold = read_gold_judgement("fixtures/paris-2015/gold.yaml");
//   FACTDIFF_RETURN_IF_ERROR(locate_gold_judgement(gold.value(), documents));
//   PrecisionRecall pairs = score_alignment(gold.value(), report);
//   PrecisionRecall found = score_findings(gold.value(), report);
//
// Alignment is scored on pairs of mentions: the gold facts imply every cross-document pair of
// their mentions; a pair is found when both spans fall on claims of one fact of ours. Our pairs
// count for precision when both claims fall on gold fact mentions. A gold finding is found when
// a finding of its type names a fact whose mentions overlap the gold fact's mentions.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "eval/bench_metrics.h"
#include "report/report.h"

namespace factdiff {

struct GoldFactMention {
  std::string doc;
  std::string text;
  int occurrence = 1;
  Span span;  // filled by locate_gold_judgement
};

struct GoldFact {
  std::string label;
  std::vector<GoldFactMention> mentions;
};

struct GoldFinding {
  std::string type;  // conflict, wording, variant, omission
  std::string fact;  // a gold fact label
  std::vector<std::string> missing_from;
  std::string severity;
};

struct GoldJudgement {
  bool has_facts = false;     // the file has a `facts:` section (alignment is scored)
  bool has_findings = false;  // the file has a `findings:` section (findings are scored)
  std::vector<GoldFact> facts;
  std::vector<GoldFinding> findings;
};

// Reads the facts and findings sections; a missing section is not an error. Errors name
// file:line:column (a finding naming an unknown fact label, a malformed mention).
Result<GoldJudgement> read_gold_judgement(const std::string& path);

// Fills every mention's span; a text not found in its document is an error naming the file.
Status locate_gold_judgement(GoldJudgement& gold, const std::vector<Document>& documents,
                             const std::string& path);

PrecisionRecall score_alignment(const GoldJudgement& gold, const Report& report);
PrecisionRecall score_findings(const GoldJudgement& gold, const Report& report);

}  // namespace factdiff
