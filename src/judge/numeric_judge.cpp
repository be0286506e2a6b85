#include "judge/numeric_judge.h"

#include <algorithm>

#include "align/word_sequence.h"
#include "core/admitted_values.h"
#include "judge/value_text.h"

namespace factdiff {
namespace {

struct Side {
  Interval value;
  std::vector<std::size_t> mentions;
};

// Mentions grouped by equal interval, in canonical order of their first mention.
std::vector<Side> sides_of(const Fact& fact, const JudgeContext& context) {
  std::vector<Side> sides;
  for (std::size_t mention : fact.mentions) {
    const Interval& value = context.claim(mention).value;
    auto found = std::find_if(sides.begin(), sides.end(), [&](const Side& side) { return side.value == value; });
    if (found == sides.end()) sides.push_back({value, {mention}});
    else found->mentions.push_back(mention);
  }
  return sides;
}

std::string who(const std::vector<std::size_t>& mentions, const JudgeContext& context) {
  std::vector<std::string> names;
  for (std::size_t mention : mentions) names.push_back(context.doc_name(context.claim(mention).doc));
  return join_names(names);
}

std::string side_text(const Side& side, const JudgeContext& context) {
  const char* verb = side.mentions.size() == 1 ? " says " : " say ";
  return who(side.mentions, context) + verb + mention_value(side.mentions.front(), context);
}

bool has_digit(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "Tuesday" in a report of Monday and in one of Wednesday names two days once resolved, but
// says the same thing: a relative date written the same way is never a conflict by itself.
bool same_relative_words(const Side& a, const Side& b, const JudgeContext& context) {
  const ClaimKind kind = context.claim(a.mentions.front()).kind;
  if (kind != ClaimKind::kDate && kind != ClaimKind::kTime) return false;
  const std::string left = fold_word(context.claim_text(a.mentions.front()));
  const std::string right = fold_word(context.claim_text(b.mentions.front()));
  return left == right && !has_digit(left);
}

// The values a side admits: "one of the five people killed" and "five people were killed" can
// both be true, so a side made only of parts of a group admits every value from its count up.
Interval admitted_by(const Side& side, const JudgeContext& context) {
  for (std::size_t mention : side.mentions) {
    if (!counts_part_of_group(context.claim(mention))) return side.value;
  }
  return admitted_values(context.claim(side.mentions.front()));
}

bool sides_conflict(const std::vector<Side>& sides, const JudgeContext& context) {
  for (std::size_t i = 0; i < sides.size(); ++i) {
    for (std::size_t j = i + 1; j < sides.size(); ++j) {
      if (!admitted_by(sides[i], context).intersects(admitted_by(sides[j], context)) &&
          !same_relative_words(sides[i], sides[j], context)) {
        return true;
      }
    }
  }
  return false;
}

// A timeline explains the conflict when, in publication order, the reports fall into runs that
// each agree within themselves, every change of figure falls between two publication dates, and
// the reports of one date agree (a rising toll: 49, 49, then 50).
bool build_timeline(const Fact& fact, const JudgeContext& context, Finding& finding, std::string& latest_doc,
                    std::vector<std::size_t>& timeline_mentions) {
  std::vector<std::size_t> ordered = fact.mentions;
  for (std::size_t mention : ordered) {
    if (context.published(context.claim(mention).doc).empty()) return false;
  }
  std::stable_sort(ordered.begin(), ordered.end(), [&](std::size_t a, std::size_t b) {
    return context.published(context.claim(a).doc) < context.published(context.claim(b).doc);
  });
  std::vector<std::size_t> run;  // the current run of agreeing reports
  std::size_t runs = 1;
  for (std::size_t mention : ordered) {
    const Claim& claim = context.claim(mention);
    const bool agrees = std::all_of(run.begin(), run.end(), [&](std::size_t other) {
      return admitted_values(context.claim(other)).intersects(admitted_values(claim));
    });
    if (!agrees) {
      // A change of figure: only between dates, never within one.
      const std::string previous = context.published(context.claim(run.back()).doc);
      if (previous == context.published(claim.doc)) return false;
      for (std::size_t other : run) {
        if (context.published(context.claim(other).doc) == context.published(claim.doc)) return false;
      }
      run.clear();
      ++runs;
    }
    run.push_back(mention);
  }
  if (runs < 2) return false;
  timeline_mentions = ordered;
  for (std::size_t mention : ordered) {
    const Claim& claim = context.claim(mention);
    finding.timeline.push_back({claim.doc, context.published(claim.doc), value_text(claim.kind, claim.value)});
  }
  latest_doc = context.claim(ordered.back()).doc;
  return true;
}

}  // namespace

std::string mention_value(std::size_t claim, const JudgeContext& context) {
  const Claim& mention = context.claim(claim);
  return value_text(mention.kind, mention.value) + " (\"" + context.claim_text(claim) + "\")";
}

FactVerdict judge_numeric(const Fact& fact, const JudgeContext& context) {
  FactVerdict verdict;
  if (fact.mentions.size() < 2) {
    verdict.status = FactStatus::kSingle;
    return verdict;
  }
  const std::vector<Side> sides = sides_of(fact, context);
  if (sides.size() == 1) return verdict;  // every report gives the same interval
  Finding finding;
  finding.fact = fact.id;
  for (const Side& side : sides) finding.mentions.insert(finding.mentions.end(), side.mentions.begin(), side.mentions.end());
  std::string listing;
  for (const Side& side : sides) listing += (listing.empty() ? "" : "; ") + side_text(side, context);
  if (!sides_conflict(sides, context)) {
    verdict.status = FactStatus::kVariant;
    finding.type = FindingType::kVariant;
    finding.severity = Severity::kLow;
    bool relative = true;  // every difference is one relative date written the same way
    for (std::size_t i = 0; i < sides.size(); ++i) {
      for (std::size_t j = i + 1; j < sides.size(); ++j) relative = relative && same_relative_words(sides[i], sides[j], context);
    }
    finding.message = fact.label + (relative ? ": the same words, resolved against each report's publication date: "
                                             : ": the figures agree within their qualifiers: ") + listing + ".";
    verdict.findings.push_back(std::move(finding));
    return verdict;
  }
  verdict.status = FactStatus::kConflict;
  finding.type = FindingType::kConflict;
  const bool weak_kind = fact.kind == ClaimKind::kDate || fact.kind == ClaimKind::kTime;
  finding.severity = weak_kind ? Severity::kMedium : Severity::kHigh;
  std::string latest_doc;
  std::vector<std::size_t> timeline_mentions;
  if (build_timeline(fact, context, finding, latest_doc, timeline_mentions)) {
    std::size_t latest_mention = fact.mentions.front();
    for (std::size_t mention : fact.mentions) {
      if (context.claim(mention).doc == latest_doc) latest_mention = mention;
    }
    std::string earlier;
    const Interval latest_value = admitted_values(context.claim(latest_mention));
    for (std::size_t i = 0; i < finding.timeline.size(); ++i) {
      const TimelinePoint& point = finding.timeline[i];
      const Claim& claim = context.claim(timeline_mentions[i]);
      if (point.published == context.published(latest_doc) || admitted_values(claim).intersects(latest_value)) continue;
      earlier += (earlier.empty() ? "" : ", ") + context.doc_name(point.doc) + " (" + point.published + ") said " + point.value;
    }
    finding.severity = Severity::kMedium;
    finding.message = fact.label + ": the later report " + context.doc_name(latest_doc) + " (" +
                      context.published(latest_doc) + ") updates the figure to " +
                      mention_value(latest_mention, context) + "; " + earlier + ".";
  } else {
    finding.message = fact.label + ": " + listing + ".";
  }
  verdict.findings.push_back(std::move(finding));
  return verdict;
}

}  // namespace factdiff
