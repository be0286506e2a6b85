#include <algorithm>

#include <catch2/catch.hpp>

#include "../align/synthetic_cluster.h"
#include "align/alignment.h"
#include "judge/baseline.h"
#include "judge/judgement.h"

using namespace factdiff;
using factdiff::testing::SyntheticCluster;

namespace {

CompareLexicons check_lexicons() {
  CompareLexicons lexicons;
  lexicons.predicate_group = {{"kill", "kill"}, {"arrest", "arrest"}};
  lexicons.casualty_groups = {"kill", "arrest"};
  return lexicons;
}

SyntheticCluster draft_and_sources() {
  SyntheticCluster cluster;
  cluster.add_document("draft", "The attacks killed 132 people.\nPolice made 300 raids.\n");
  cluster.add_document("src1", "The attacks killed 129 people.\nPolice arrested 23 people overnight.\n");
  cluster.add_document("src2", "The attacks in Paris killed 129 people.\nPolice arrested 23 people overnight.\n");
  cluster.count("draft", "killed 132 people", 132, 132, "people", "kill");
  cluster.count("draft", "300 raids", 300, 300, "raid");
  cluster.count("src1", "killed 129 people", 129, 129, "people", "kill");
  cluster.count("src1", "arrested 23 people", 23, 23, "people", "arrest");
  cluster.count("src2", "killed 129 people", 129, 129, "people", "kill");
  cluster.count("src2", "arrested 23 people", 23, 23, "people", "arrest");
  cluster.finish();
  return cluster;
}

const Finding* finding_of_type(const CheckOutcome& outcome, FindingType type) {
  for (const Finding& finding : outcome.findings) {
    if (finding.type == type) return &finding;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("check mode: contradicted, unsupported and omitted claims of a draft", "[judge][check]") {
  const SyntheticCluster cluster = draft_and_sources();
  std::vector<Fact> facts = align_claims(cluster.extraction, cluster.analyses, check_lexicons());
  const CheckOutcome outcome = judge_check(facts, cluster.extraction, cluster.analyses, check_lexicons(), "draft");
  REQUIRE(outcome.support.size() == cluster.extraction.claims.size());
  CHECK(outcome.support[cluster.index_of("draft", "killed 132 people")] == Support::kContradicted);
  CHECK(outcome.support[cluster.index_of("draft", "300 raids")] == Support::kUnsupported);
  CHECK(outcome.support[cluster.index_of("src1", "killed 129 people")] == Support::kNone);

  const Finding* conflict = finding_of_type(outcome, FindingType::kConflict);
  REQUIRE(conflict != nullptr);
  CHECK(conflict->message.find("the draft says 132") != std::string::npos);
  CHECK(std::count(conflict->mentions.begin(), conflict->mentions.end(), cluster.index_of("draft", "killed 132 people")) == 1);
  const Finding* unsupported = finding_of_type(outcome, FindingType::kUnsupported);
  REQUIRE(unsupported != nullptr);
  const Finding* omission = finding_of_type(outcome, FindingType::kOmission);
  REQUIRE(omission != nullptr);
  CHECK(omission->missing_from == std::vector<std::string>{"draft"});
  CHECK(omission->severity == Severity::kHigh);  // arrests
  CHECK(outcome.findings.size() == 3);
}

TEST_CASE("check mode: a draft that agrees with the latest source is supported", "[judge][check]") {
  SyntheticCluster cluster;
  cluster.add_document("draft", "The gunman killed 50 people.\n", "2016-06-14");
  cluster.add_document("early", "The gunman killed 49 people.\n", "2016-06-12");
  cluster.add_document("late", "The gunman killed 50 people at the club.\n", "2016-06-13");
  cluster.count("draft", "killed 50 people", 50, 50, "people", "kill");
  cluster.count("early", "killed 49 people", 49, 49, "people", "kill");
  cluster.count("late", "killed 50 people", 50, 50, "people", "kill");
  cluster.finish();
  std::vector<Fact> facts = align_claims(cluster.extraction, cluster.analyses, check_lexicons());
  const CheckOutcome outcome = judge_check(facts, cluster.extraction, cluster.analyses, check_lexicons(), "draft");
  CHECK(outcome.support[cluster.index_of("draft", "killed 50 people")] == Support::kSupported);
  CHECK(outcome.findings.empty());
}

TEST_CASE("check mode judges titles as compare does: one family supports, an office contradicts",
          "[judge][check]") {
  SyntheticCluster cluster;
  cluster.add_document("draft", "Sgt. Ana Ruiz spoke. Mayor Ian Cole left.\n");
  cluster.add_document("source", "Officer Ana Ruiz spoke. Detective Ian Cole left.\n");
  cluster.attribute("draft", "Sgt.", "ana-ruiz", "role", "sergeant");
  cluster.attribute("draft", "Mayor", "ian-cole", "role", "mayor");
  cluster.attribute("source", "Officer", "ana-ruiz", "role", "officer");
  cluster.attribute("source", "Detective", "ian-cole", "role", "detective");
  cluster.finish();
  CompareLexicons lexicons = check_lexicons();
  lexicons.offices = {"mayor"};
  lexicons.title_family = {{"officer", "police"}, {"sergeant", "police"}, {"detective", "police"}};
  std::vector<Fact> facts = align_claims(cluster.extraction, cluster.analyses, lexicons);
  const CheckOutcome outcome = judge_check(facts, cluster.extraction, cluster.analyses, lexicons, "draft");
  CHECK(outcome.support[cluster.index_of("draft", "Sgt.")] == Support::kSupported);
  CHECK(outcome.support[cluster.index_of("draft", "Mayor")] == Support::kContradicted);
}

TEST_CASE("a baseline hides reviewed findings, from a report or a list of ids", "[judge][baseline]") {
  const SyntheticCluster cluster = draft_and_sources();
  std::vector<Fact> facts = align_claims(cluster.extraction, cluster.analyses, check_lexicons());
  const CheckOutcome outcome = judge_check(facts, cluster.extraction, cluster.analyses, check_lexicons(), "draft");
  REQUIRE(outcome.findings.size() == 3);
  const std::string report = "{\"schema\": \"factdiff.compare/1\", \"findings\": [{\"id\": \"" + outcome.findings[0].id +
                             "\", \"type\": \"conflict\"}]}";
  const Result<BaselineIds> from_report = parse_baseline(report, "old.json");
  REQUIRE(from_report.ok());
  CHECK(drop_reviewed(outcome.findings, from_report.value()).size() == 2);

  const std::string list = "# reviewed on Monday\n" + outcome.findings[1].id + "\n\n" + outcome.findings[2].id + "  # ok\n";
  const Result<BaselineIds> from_list = parse_baseline(list, "reviewed.txt");
  REQUIRE(from_list.ok());
  const std::vector<Finding> left = drop_reviewed(outcome.findings, from_list.value());
  REQUIRE(left.size() == 1);
  CHECK(left[0].id == outcome.findings[0].id);

  CHECK(parse_baseline("{\"facts\": []}", "bad.json").status().message() ==
        "bad.json: baseline JSON has no \"findings\" list (expected a factdiff report)");
  CHECK(parse_baseline("{oops", "broken.json").status().message() == "broken.json: baseline is not valid JSON");
  CHECK(load_baseline("/nonexistent/baseline.json").status().message() ==
        "/nonexistent/baseline.json: cannot read the baseline file");
}
