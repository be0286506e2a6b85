// Reading one document at a time is checked against the whole-run path it replaces in the
// pipeline: analyse every document, extract, then align with each claim's context read from the
// analyses kept whole.
#include "pipeline/document_reading.h"

#include <catch2/catch.hpp>

#include "align/compare_lexicons.h"
#include "../judge/compare_run.h"

namespace factdiff {
namespace {

using testing::load_cluster;
using testing::paris_dir;
using testing::run_compare;
using testing::shared_resources;

TEST_CASE("documents read one at a time give the claims and facts of the whole run", "[pipeline]") {
  const auto whole = run_compare(load_cluster(paris_dir()));
  const testing::SharedResources& resources = shared_resources();
  const CompareLexicons lexicons = compare_lexicons_from(*resources.rules);
  ReadDocuments read = read_documents(whole->documents, *resources.rules, *resources.words, &lexicons);

  REQUIRE(read.extraction.claims.size() == whole->extraction.claims.size());
  for (std::size_t i = 0; i < read.extraction.claims.size(); ++i) {
    const Claim& one = read.extraction.claims[i];
    const Claim& other = whole->extraction.claims[i];
    CHECK(one.id() == other.id());
    CHECK(one.span == other.span);
    CHECK(one.sentence == other.sentence);
    CHECK(one.speaker_id == other.speaker_id);
    CHECK(one.subject_id == other.subject_id);
  }
  CHECK(read.extraction.entities.size() == whole->extraction.entities.size());
  CHECK(read.extraction.warnings == whole->extraction.warnings);

  REQUIRE(read.analyses.size() == whole->analyses.size());
  for (std::size_t d = 0; d < read.analyses.size(); ++d) {
    CHECK(read.analyses[d].blocks.size() == whole->analyses[d].blocks.size());
    CHECK(read.analyses[d].repairs.size() == whole->analyses[d].repairs.size());
    CHECK(read.analyses[d].warnings == whole->analyses[d].warnings);
    CHECK(read.analyses[d].sentences.empty());  // let go with their tokens
  }

  REQUIRE(read.contexts.has_value());
  CHECK(read.contexts->claim_terms.size() == read.extraction.claims.size());
  const std::vector<Fact> facts = align_claims(read.extraction, std::move(*read.contexts), lexicons);
  REQUIRE(facts.size() == whole->facts.size());
  for (std::size_t i = 0; i < facts.size(); ++i) {
    CHECK(facts[i].id == whole->facts[i].id);
    CHECK(facts[i].label == whole->facts[i].label);
    CHECK(facts[i].mentions == whole->facts[i].mentions);
  }
}

TEST_CASE("extraction alone gathers no contexts", "[pipeline]") {
  const testing::SharedResources& resources = shared_resources();
  std::vector<Document> documents = load_cluster(paris_dir());
  const ReadDocuments read = read_documents(documents, *resources.rules, *resources.words, nullptr);
  CHECK_FALSE(read.contexts.has_value());
  CHECK_FALSE(read.extraction.claims.empty());
}

}  // namespace
}  // namespace factdiff
