// Check mode: the draft against its sources. Each draft claim is compared with the source
// mentions of its fact; what the sources alone disagree on is not the draft's problem and is left
// out. When publication dates order the sources, a draft figure is checked against the latest.
#include <algorithm>
#include <set>

#include "align/fact_key.h"
#include "core/admitted_values.h"
#include "judge/attribute_judge.h"
#include "judge/fact_judge.h"
#include "judge/finding_order.h"
#include "judge/judgement.h"
#include "judge/numeric_judge.h"
#include "judge/omissions.h"

namespace factdiff {
namespace {

std::string speaker_of(const Claim& claim) {
  if (!claim.speaker_id.empty()) return claim.speaker_id;
  return claim.speaker == "unknown" ? std::string() : claim.speaker.str();
}

// Source mentions that still stand: with dates on every source, only the latest reports.
std::vector<std::size_t> current_sources(const std::vector<std::size_t>& sources, const JudgeContext& context) {
  std::string latest;
  for (std::size_t mention : sources) {
    const std::string published = context.published(context.claim(mention).doc);
    if (published.empty()) return sources;
    latest = std::max(latest, published);
  }
  std::vector<std::size_t> current;
  for (std::size_t mention : sources) {
    if (context.published(context.claim(mention).doc) == latest) current.push_back(mention);
  }
  return current;
}

// The source mentions the draft mention cannot both be true with.
std::vector<std::size_t> contradicting(std::size_t draft, const std::vector<std::size_t>& sources,
                                       const JudgeContext& context) {
  const Claim& claim = context.claim(draft);
  std::vector<std::size_t> against;
  if (is_numeric(claim.kind)) {
    for (std::size_t source : current_sources(sources, context)) {
      if (!admitted_values(claim).intersects(admitted_values(context.claim(source)))) against.push_back(source);
    }
  } else if (claim.kind == ClaimKind::kAttribute) {
    if (!is_exclusive_attribute(claim.attribute_name)) return {};
    for (std::size_t source : sources) {
      if (!attribute_claims_agree(claim, context.claim(source), context.lexicons())) against.push_back(source);
    }
  } else {
    const std::string speaker = speaker_of(claim);
    for (std::size_t source : sources) {
      const std::string other = speaker_of(context.claim(source));
      if (!speaker.empty() && !other.empty() && other != speaker) against.push_back(source);
    }
  }
  return against;
}

std::string describe(std::size_t mention, const JudgeContext& context) {
  const Claim& claim = context.claim(mention);
  if (is_numeric(claim.kind)) return mention_value(mention, context);
  if (claim.kind == ClaimKind::kQuote || claim.kind == ClaimKind::kStatement) {
    return "\"" + context.claim_excerpt(mention) + "\" (speaker: " + (claim.speaker.empty() ? "unknown" : claim.speaker) + ")";
  }
  return "\"" + context.claim_excerpt(mention) + "\"";
}

Severity unsupported_severity(const Fact& fact, const JudgeContext& context) {
  if (is_casualty_fact(fact, context) || fact.kind == ClaimKind::kQuote) return Severity::kHigh;
  return Severity::kMedium;
}

}  // namespace

CheckOutcome judge_check(std::vector<Fact>& facts, const Extraction& extraction,
                         const std::vector<AnalyzedDocument>& documents, const CompareLexicons& lexicons,
                         const std::string& draft) {
  const JudgeContext context(extraction, documents, lexicons);
  CheckOutcome outcome;
  outcome.support.assign(extraction.claims.size(), Support::kNone);
  std::vector<std::string> sources;
  for (const std::string& doc : context.doc_ids()) {
    if (doc != draft) sources.push_back(doc);
  }
  for (Fact& fact : facts) {
    fact.importance = fact_importance(fact, context);
    FactVerdict verdict = judge_fact(fact, context);
    fact.status = verdict.status;
    std::vector<std::size_t> source_mentions;
    std::optional<std::size_t> draft_mention;
    for (std::size_t mention : fact.mentions) {
      if (extraction.claims[mention].doc == draft) draft_mention = mention;
      else source_mentions.push_back(mention);
    }
    std::vector<Finding> findings;
    if (!draft_mention) {
      // Left out by the draft: an omission when at least half of the sources carry it.
      std::set<std::string> carriers;
      for (std::size_t mention : source_mentions) carriers.insert(extraction.claims[mention].doc);
      if (!carriers.empty() && 2 * carriers.size() >= sources.size()) {
        std::vector<std::string> with_draft = sources;
        with_draft.push_back(draft);
        if (auto omission = omission_of(fact, context, with_draft)) {
          omission->missing_from = {draft};
          omission->message = fact.label + " is missing from the draft (" +
                              std::to_string(carriers.size()) + " of " + std::to_string(sources.size()) +
                              " sources carry it, e.g. " + context.doc_name(extraction.claims[omission->mentions.front()].doc) +
                              " \"" + context.claim_excerpt(omission->mentions.front()) + "\").";
          findings.push_back(std::move(*omission));
        } else if (carriers.size() == 1) {
          Finding finding;
          finding.type = FindingType::kOmission;
          finding.severity = is_casualty_fact(fact, context) ? Severity::kHigh : Severity::kLow;
          finding.mentions = source_mentions;
          finding.missing_from = {draft};
          finding.message = fact.label + " is missing from the draft (" +
                            context.doc_name(extraction.claims[source_mentions.front()].doc) + " says \"" +
                            context.claim_excerpt(source_mentions.front()) + "\").";
          findings.push_back(std::move(finding));
        }
      }
    } else if (source_mentions.empty()) {
      outcome.support[*draft_mention] = Support::kUnsupported;
      Finding finding;
      finding.type = FindingType::kUnsupported;
      finding.severity = unsupported_severity(fact, context);
      finding.mentions = {*draft_mention};
      finding.message = "The draft says " + describe(*draft_mention, context) + " (" + fact.label + "); no source carries it.";
      findings.push_back(std::move(finding));
    } else {
      const std::vector<std::size_t> against = contradicting(*draft_mention, source_mentions, context);
      if (!against.empty()) {
        outcome.support[*draft_mention] = Support::kContradicted;
        Finding finding;
        finding.type = FindingType::kConflict;
        finding.severity = (fact.kind == ClaimKind::kDate || fact.kind == ClaimKind::kTime) ? Severity::kMedium : Severity::kHigh;
        finding.mentions = {*draft_mention};
        finding.mentions.insert(finding.mentions.end(), against.begin(), against.end());
        std::string others;
        for (std::size_t source : against) {
          others += (others.empty() ? "" : "; ") + context.doc_name(extraction.claims[source].doc) + " says " + describe(source, context);
        }
        finding.message = fact.label + ": the draft says " + describe(*draft_mention, context) + "; " + others + ".";
        findings.push_back(std::move(finding));
      } else {
        outcome.support[*draft_mention] = Support::kSupported;
      }
      // Wording and variants that involve the draft stay; conflicts are re-judged above.
      for (Finding& finding : verdict.findings) {
        const bool involves_draft = std::count(finding.mentions.begin(), finding.mentions.end(), *draft_mention) > 0;
        if (involves_draft && finding.type != FindingType::kConflict) findings.push_back(std::move(finding));
      }
    }
    for (Finding& finding : findings) {
      finding.fact = fact.id;
      finding.id = stable_id(to_string(finding.type), fact.key);
      outcome.findings.push_back(std::move(finding));
    }
  }
  rank_findings(outcome.findings, facts);
  return outcome;
}

}  // namespace factdiff
