// Numeric scoring: precision and recall of extracted numeric claims against a gold file.
//
// An extracted claim matches a gold claim when their spans overlap, their value intervals are
// equal (bounds within a relative tolerance of 1e-6, open bounds equal only to open bounds) and,
// where gold gives a predicate, the predicates are equal. Each claim matches at most once.
// Precision counts every extracted numeric claim of the fixture's documents; recall every gold
// claim. An extracted claim over a `not_claims` entry is listed separately as well.
//
//   NumericScore score = score_numeric(extraction.claims, gold);
//   std::cout << score.precision() << " " << score.recall() << "\n";
#pragma once

#include <string>
#include <vector>

#include "core/claim.h"
#include "eval/gold_file.h"

namespace factdiff {

struct NumericScore {
  std::size_t gold = 0;
  std::size_t extracted = 0;
  std::size_t matched = 0;
  std::vector<std::string> missed;            // gold claims not found: "doc: text [low, high] pred"
  std::vector<std::string> false_positives;   // extracted claims matching no gold claim
  std::vector<std::string> not_claims_found;  // extracted claims over a not_claims entry

  double precision() const { return extracted == 0 ? 1.0 : double(matched) / double(extracted); }
  double recall() const { return gold == 0 ? 1.0 : double(matched) / double(gold); }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
  void add(const NumericScore& other);
};

// True when two intervals are equal for scoring (relative tolerance 1e-6).
bool same_interval(const Interval& a, const Interval& b);

// Scores the numeric claims among `claims` (other kinds are ignored) against located gold.
NumericScore score_numeric(const std::vector<Claim>& claims, const GoldFile& gold,
                           const std::vector<Document>& documents);

// A compact line for a claim in messages: `129 [129, 129] kill @[812,822) "killed 129"`.
std::string describe_claim(const Claim& claim, const Document& document);

}  // namespace factdiff
