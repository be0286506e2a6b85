#include "eval/numeric_scoring.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace factdiff {
namespace {

bool same_bound(const std::optional<double>& a, const std::optional<double>& b) {
  if (!a || !b) return !a && !b;
  const double scale = std::max({std::fabs(*a), std::fabs(*b), 1e-12});
  return std::fabs(*a - *b) <= 1e-6 * scale;
}

std::string bound_text(const std::optional<double>& bound) {
  return bound ? fmt::format("{:g}", *bound) : std::string("null");
}

const Document* find_document(const std::vector<Document>& documents, const std::string& id) {
  for (const Document& document : documents) {
    if (document.id == id) return &document;
  }
  return nullptr;
}

std::string describe_gold(const std::string& doc, const GoldNumeric& claim) {
  return fmt::format("{}: {} \"{}\" [{}, {}]{}", doc, to_string(claim.kind), claim.text,
                     bound_text(claim.value.low), bound_text(claim.value.high),
                     claim.predicate.empty() ? "" : " " + claim.predicate);
}

}  // namespace

void NumericScore::add(const NumericScore& other) {
  gold += other.gold;
  extracted += other.extracted;
  matched += other.matched;
  missed.insert(missed.end(), other.missed.begin(), other.missed.end());
  false_positives.insert(false_positives.end(), other.false_positives.begin(), other.false_positives.end());
  not_claims_found.insert(not_claims_found.end(), other.not_claims_found.begin(), other.not_claims_found.end());
}

bool same_interval(const Interval& a, const Interval& b) {
  return same_bound(a.low, b.low) && same_bound(a.high, b.high);
}

std::string describe_claim(const Claim& claim, const Document& document) {
  return fmt::format("{}: {} \"{}\" [{}, {}]{} unit={} rule={}", claim.doc, to_string(claim.kind),
                     document.text_of(claim.span), bound_text(claim.value.low),
                     bound_text(claim.value.high), claim.predicate.empty() ? "" : " " + claim.predicate,
                     claim.unit, claim.rule);
}

NumericScore score_numeric(const std::vector<Claim>& claims, const GoldFile& gold,
                           const std::vector<Document>& documents) {
  NumericScore score;
  std::vector<const Claim*> numeric;
  for (const Claim& claim : claims) {
    if (is_numeric(claim.kind) && find_document(documents, claim.doc)) numeric.push_back(&claim);
  }
  score.extracted = numeric.size();
  std::vector<bool> used(numeric.size(), false);
  for (const auto& [doc, annotations] : gold.documents) {
    for (const GoldNumeric& expected : annotations.numeric) {
      ++score.gold;
      bool found = false;
      for (std::size_t i = 0; i < numeric.size() && !found; ++i) {
        const Claim& claim = *numeric[i];
        if (used[i] || claim.doc != doc || !claim.span.overlaps(expected.span)) continue;
        if (!same_interval(claim.value, expected.value)) continue;
        if (!expected.predicate.empty() && claim.predicate != expected.predicate) continue;
        used[i] = true;
        found = true;
      }
      if (found) {
        ++score.matched;
      } else {
        score.missed.push_back(describe_gold(doc, expected));
      }
    }
  }
  for (std::size_t i = 0; i < numeric.size(); ++i) {
    const Claim& claim = *numeric[i];
    const Document& document = *find_document(documents, claim.doc);
    if (!used[i]) score.false_positives.push_back(describe_claim(claim, document));
    auto annotations = gold.documents.find(claim.doc);
    if (annotations == gold.documents.end()) continue;
    for (const GoldNotClaim& entry : annotations->second.not_claims) {
      if (claim.span.overlaps(entry.span)) {
        score.not_claims_found.push_back(describe_claim(claim, document) + " over not_claims \"" +
                                         entry.text + "\"");
      }
    }
  }
  return score;
}

}  // namespace factdiff
