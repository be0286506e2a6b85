#include "judge/omissions.h"

#include <algorithm>
#include <set>

namespace factdiff {
namespace {

constexpr std::size_t kLeadParagraphs = 3;
constexpr std::size_t kLeadBytesWithoutBlocks = 600;
// In a large run, a fact a handful of reports carry is not one the others left out; requiring a
// share of the documents also keeps the findings' "missing_from" lists linear in the mentions
// (at most 16 entries per mention) instead of facts times documents. Up to 32 documents the
// minimum stays two.
constexpr std::size_t kMinimumCarrierShare = 16;  // one document in 16

std::size_t minimum_carriers(std::size_t documents) {
  return std::max<std::size_t>(2, (documents + kMinimumCarrierShare - 1) / kMinimumCarrierShare);
}

}  // namespace

bool is_casualty_fact(const Fact& fact, const JudgeContext& context) {
  for (std::size_t mention : fact.mentions) {
    const Claim& claim = context.claim(mention);
    if (is_numeric(claim.kind) && context.lexicons().is_casualty(claim.predicate)) return true;
  }
  return false;
}

bool in_lead(std::size_t claim_index, const JudgeContext& context) {
  const Claim& claim = context.claim(claim_index);
  const AnalyzedDocument* analysis = context.analysis(claim.doc);
  if (analysis == nullptr || analysis->blocks.size() < 2) return claim.span.start < kLeadBytesWithoutBlocks;
  std::size_t content_before = 0;
  for (const Block& block : analysis->blocks) {
    if (block.span.start > claim.span.start) break;
    if (block.span.contains(claim.span.start)) return content_before < kLeadParagraphs;
    if (!block.boilerplate) ++content_before;
  }
  return content_before < kLeadParagraphs;
}

double fact_importance(const Fact& fact, const JudgeContext& context) {
  std::set<std::string> docs;
  bool lead = false;
  for (std::size_t mention : fact.mentions) {
    docs.insert(context.claim(mention).doc);
    lead = lead || in_lead(mention, context);
  }
  const double coverage = context.doc_ids().empty() ? 0 : static_cast<double>(docs.size()) / static_cast<double>(context.doc_ids().size());
  double kind_weight = 0.2;
  if (is_numeric(fact.kind)) kind_weight = 0.5;
  if (fact.kind == ClaimKind::kQuote) kind_weight = 0.3;
  return (is_casualty_fact(fact, context) ? 3.0 : 0.0) + (lead ? 1.0 : 0.0) + coverage + kind_weight;
}

std::optional<Finding> omission_of(const Fact& fact, const JudgeContext& context,
                                   const std::vector<std::string>& documents) {
  // A date or a time says when another fact happened: the fact is what a report leaves out.
  const std::size_t needed = minimum_carriers(documents.size());
  if (fact.kind == ClaimKind::kDate || fact.kind == ClaimKind::kTime || fact.mentions.size() < needed) return std::nullopt;
  const std::set<std::string> wanted(documents.begin(), documents.end());
  std::set<std::string> carriers;
  std::vector<std::size_t> mentions;
  for (std::size_t mention : fact.mentions) {
    const std::string& doc = context.claim(mention).doc;
    if (wanted.count(doc) && carriers.insert(doc).second) mentions.push_back(mention);
  }
  if (carriers.size() < needed || carriers.size() == wanted.size()) return std::nullopt;
  Finding finding;
  finding.type = FindingType::kOmission;
  finding.fact = fact.id;
  finding.mentions = mentions;
  for (const std::string& doc : documents) {
    if (!carriers.count(doc)) finding.missing_from.push_back(doc);
  }
  bool lead = false;
  for (std::size_t mention : mentions) lead = lead || in_lead(mention, context);
  const bool majority = 2 * carriers.size() >= wanted.size();
  finding.severity = is_casualty_fact(fact, context) ? Severity::kHigh
                     : (lead && majority)            ? Severity::kMedium
                                                     : Severity::kLow;
  // The first carriers quote their words; the others are counted.
  constexpr std::size_t kQuoted = 3;
  std::string carried;
  for (std::size_t i = 0; i < mentions.size() && i < kQuoted; ++i) {
    carried += (carried.empty() ? "" : "; ") + context.doc_name(context.claim(mentions[i]).doc) + " \"" + context.claim_excerpt(mentions[i]) + "\"";
  }
  if (mentions.size() > kQuoted) carried += "; and " + std::to_string(mentions.size() - kQuoted) + " more";
  std::vector<std::string> missing_names;
  for (const std::string& doc : finding.missing_from) missing_names.push_back(context.doc_name(doc));
  const std::string missing = join_names(missing_names);
  finding.message = fact.label + " is missing from " + missing + " (reported by " + carried + ").";
  return finding;
}

}  // namespace factdiff
