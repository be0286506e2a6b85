// Mutation test: change one document of a real cluster in memory (a shared figure, a qualifier, a
// quote's speaker, a word inside a shared quote, a person's age, nationality or title) and expect
// the compare stage to report exactly there. The changes are the library mutator's
// (eval/mutator.h), the same that `factdiff bench --mutate` samples; here every candidate of every
// fixture cluster runs, not a sample (about a minute and a half over the corpus). The catch rate
// must reach 0.95.
#include <iostream>
#include <map>

#include <catch2/catch.hpp>

#include "align/title_test.h"
#include "compare_run.h"
#include "eval/bench_fixture.h"
#include "eval/mutator.h"
#include "pipeline/pipeline.h"

using namespace factdiff;
using namespace factdiff::testing;

namespace {

Pipeline bundled_pipeline() {
  PipelineOptions options;
  options.rule_directories = {FACTDIFF_DEFAULT_RULES_DIR};
  options.word_list_path = FACTDIFF_DEFAULT_WORDLIST;
  Result<Pipeline> pipeline = Pipeline::create(options);
  if (!pipeline.ok()) throw std::runtime_error(pipeline.status().message());
  return std::move(pipeline).value();
}

// Every candidate mutation of every fixture whose texts are at hand.
MutationSummary mutate_every_fixture(const Pipeline& pipeline) {
  const CompareFunction compare = [&pipeline](std::vector<Document> documents) {
    return pipeline.run(std::move(documents), ReportMode::kCompare);
  };
  const TitleTest is_title = title_test_from(pipeline.rules());
  Result<std::vector<BenchFixture>> fixtures = find_fixtures(std::string(FACTDIFF_SOURCE_DIR) + "/fixtures");
  if (!fixtures.ok()) throw std::runtime_error(fixtures.status().message());
  MutationSummary total;
  for (const BenchFixture& fixture : fixtures.value()) {
    Result<FixtureDocuments> loaded = load_fixture_documents(fixture, FACTDIFF_CORPUS_DIR);
    if (!loaded.ok()) throw std::runtime_error(loaded.status().message());
    if (!loaded.value().skipped.empty()) continue;
    const std::vector<Document>& documents = loaded.value().documents;
    const Report baseline = compare(documents);
    MutationSummary summary =
        run_mutations(compare, documents, baseline, is_title, mutation_candidates(baseline, is_title));
    for (MutationOutcome& outcome : summary.outcomes) outcome.mutation.doc = fixture.name + " " + outcome.mutation.doc;
    total += summary;
  }
  return total;
}

}  // namespace

TEST_CASE("mutations of one report are caught where they were made", "[judge][mutation]") {
  if (!corpus_available()) std::cout << "SKIPPED: mutation test over corpus clusters: no corpus; paris-2015 only\n";
  const MutationSummary summary = mutate_every_fixture(bundled_pipeline());
  for (const MutationOutcome& outcome : summary.outcomes) {
    if (!outcome.caught) std::cout << "missed: " << outcome.mutation.describe() << "\n";
  }
  for (const MutationKind kind : {MutationKind::kNumber, MutationKind::kQualifier, MutationKind::kSpeaker,
                                  MutationKind::kQuoteWord, MutationKind::kAttribute}) {
    const auto found = summary.by_kind.find(kind);
    if (found == summary.by_kind.end()) {
      std::cout << "SKIPPED: no " << to_string(kind) << " mutation: the extraction gives no claim to change\n";
      continue;
    }
    std::cout << "mutation " << to_string(kind) << ": caught " << found->second.passed << " of "
              << found->second.total << "\n";
  }
  std::cout << "mutation catch rate: " << summary.caught.rate() << " (" << summary.caught.passed << " of "
            << summary.caught.total << "), " << summary.false_findings << " false findings in "
            << summary.runs_with_false_findings << " runs\n";
  REQUIRE(summary.caught.total > 0);
  CHECK(summary.caught.rate() >= 0.95);
}

TEST_CASE("the unchanged paris-2015 seeds give no conflict", "[judge][mutation]") {
  const auto run = run_compare(load_cluster(paris_dir()));
  for (const Finding& finding : run->findings) {
    CAPTURE(finding.message);
    CHECK(finding.type != FindingType::kConflict);
  }
}
