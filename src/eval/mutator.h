// Mutator: change one thing in one document of a real cluster and expect exactly that finding.
//
//   const TitleTest is_title = title_test_from(rules);   // align/title_test.h
//   std::vector<Mutation> plan = plan_mutations(baseline_report, is_title, 20, /*seed=*/7);
//   MutationSummary summary = run_mutations(compare, documents, baseline_report, is_title, plan);
//
// Each mutation rewrites one span of one document (in memory): a number two documents share
// (digits or words), a qualifier ("at least four" -> "fewer than four"), a quote's speaker, a
// word inside a shared quote, or a person's age, nationality or title. Only claims of facts
// carried by two or more documents are mutated, so the change has something to disagree with.
// The title test says which roles are titles: an office or a title of a family ("mayor",
// "sergeant"), which a person holds one of at a time; other roles ("gunman", "owner") may stand
// beside any office, so replacing one with an office is no contradiction.
// Plans are deterministic for a seed: std::mt19937_64 with raw 64-bit values taken modulo n.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/fact.h"
#include "eval/bench_metrics.h"
#include "eval/compare_function.h"
#include "report/report.h"

namespace factdiff {

// True when a role is a title (align/title_test.h builds one from the rules); an empty test
// takes no role for a title.
using TitleTest = std::function<bool(std::string_view role)>;

enum class MutationKind { kNumber, kQualifier, kSpeaker, kQuoteWord, kAttribute };

std::string_view to_string(MutationKind kind);

struct Mutation {
  MutationKind kind = MutationKind::kNumber;
  std::string doc;        // document id
  Span original;          // bytes replaced, in the unmutated document
  std::string before;     // those bytes
  std::string after;      // what replaces them
  FindingType expected = FindingType::kConflict;
  std::string fact;       // the baseline fact whose mention was changed

  // Where the replacement sits in the mutated document.
  Span changed() const { return {original.start, original.start + after.size()}; }
  // "gva-773002 02_wsiltv.com@[812,815): number '129' -> '131', expect conflict"
  std::string describe() const;
};

// Up to `count` distinct mutations of the baseline's shared facts (fewer when the cluster has
// fewer candidates). The baseline is the compare report of the unmutated documents.
std::vector<Mutation> plan_mutations(const Report& baseline, const TitleTest& is_title,
                                     std::size_t count, std::uint64_t seed);

// Every candidate mutation of the baseline, in a fixed order (for tests and for the count).
std::vector<Mutation> mutation_candidates(const Report& baseline, const TitleTest& is_title);

// The documents with the mutation applied; the other documents are unchanged.
std::vector<Document> apply_mutation(std::vector<Document> documents, const Mutation& mutation);

// True when `mutated` has a finding of the expected type among whose mentions is a claim of the
// mutated document touching the changed span.
bool mutation_caught(const Mutation& mutation, const Report& mutated);

struct MutationOutcome {
  Mutation mutation;
  bool caught = false;
  std::vector<std::string> false_findings;  // ids of new findings not about the changed span
};

struct MutationSummary {
  std::size_t candidates = 0;               // mutations the baseline allowed
  Share caught;                             // over all mutations run
  std::map<MutationKind, Share> by_kind;
  std::size_t false_findings = 0;           // summed over runs
  std::size_t runs_with_false_findings = 0;
  std::vector<MutationOutcome> outcomes;

  MutationSummary& operator+=(const MutationSummary& other);
};

// Runs compare once per mutation and scores it against the baseline.
MutationSummary run_mutations(const CompareFunction& compare, const std::vector<Document>& documents,
                              const Report& baseline, const TitleTest& is_title,
                              const std::vector<Mutation>& plan);

}  // namespace factdiff
