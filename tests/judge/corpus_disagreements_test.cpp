// Real disagreements between reports of the shared corpus: each must be a conflict finding that
// carries both sides' spans.
#include <iostream>

#include <catch2/catch.hpp>

#include "align/compare_lexicons.h"
#include "compare_run.h"

using namespace factdiff;
using namespace factdiff::testing;

namespace {

// A conflict of the predicate group whose mentions include a figure of each value.
const Finding* conflict_between(const CompareRun& run, const std::string& group, double a, double b) {
  const CompareLexicons lexicons = compare_lexicons_from(*shared_resources().rules);
  for (const Finding& finding : run.findings) {
    if (finding.type != FindingType::kConflict) continue;
    bool has_a = false, has_b = false, in_group = false;
    for (std::size_t mention : finding.mentions) {
      const Claim& claim = run.extraction.claims[mention];
      in_group = in_group || lexicons.group_of(claim.predicate) == group;
      has_a = has_a || (claim.value.is_exact() && *claim.value.low == a);
      has_b = has_b || (claim.value.is_exact() && *claim.value.low == b);
    }
    if (has_a && has_b && in_group) return &finding;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("corpus: disagreements between reports are conflicts with both spans", "[judge][corpus]") {
  if (!corpus_available()) {
    std::cout << "SKIPPED: corpus disagreements: no corpus at " << FACTDIFF_CORPUS_DIR << "\n";
    return;
  }
  const struct {
    const char* cluster;
    const char* group;
    double a, b;
  } cases[] = {
      {"gva-773002", "injure", 5, 6},   // five others hurt against six hurt
      {"gva-577157", "kill", 49, 50},   // 50 killed in the first report, 49 later
      {"gva-803054", "injure", 14, 15}, // 14 injured against 15 hurt
      {"gva-611479", "kill", 1, 2},     // one person killed against two
  };
  for (const auto& test : cases) {
    CAPTURE(test.cluster);
    const auto run = run_compare(load_cluster(std::string(FACTDIFF_CORPUS_DIR) + "/" + test.cluster));
    const Finding* conflict = conflict_between(*run, test.group, test.a, test.b);
    REQUIRE(conflict != nullptr);
    CHECK(conflict->message.find(std::to_string(static_cast<int>(test.a))) != std::string::npos);
    CHECK(conflict->message.find(std::to_string(static_cast<int>(test.b))) != std::string::npos);
    for (std::size_t mention : conflict->mentions) CHECK_FALSE(run->extraction.claims[mention].span.empty());
  }
  // A figure that changes with publication date says the later report updates it.
  const auto orlando = run_compare(load_cluster(std::string(FACTDIFF_CORPUS_DIR) + "/gva-577157"));
  const Finding* toll = conflict_between(*orlando, "kill", 49, 50);
  REQUIRE(toll != nullptr);
  CHECK_FALSE(toll->timeline.empty());
  CHECK(toll->message.find("updates the figure to 49") != std::string::npos);
}
