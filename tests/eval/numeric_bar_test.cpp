// The bar of numeric extraction: recall and precision of at least 0.95 on every gold fixture, and
// no page-chrome number extracted. paris-2015 is held to the bar itself; the annotated corpus
// clusters, scored together, are held to floors at their last measured level and report how far
// they are from the bar (see score_floor.h).
#include <catch2/catch.hpp>

#include <filesystem>
#include <iostream>
#include <optional>

#include <fmt/format.h>

#include "eval/fixture_scoring.h"
#include "../extract/numeric_test_support.h"
#include "score_floor.h"

using namespace factdiff;

namespace {

constexpr double kBar = 0.95;
// Last measured on the ten annotated corpus clusters together: P 0.964 (661 of 686 extracted),
// R 0.969 (661 of 682 gold); the floors are those values rounded down.
constexpr double kCorpusPrecisionFloor = 0.963;
constexpr double kCorpusRecallFloor = 0.969;
// Extracted claims over spans the gold marks as no claim (chrome, teasers, idioms); last measured 0.
constexpr std::size_t kCorpusNotClaimsCeiling = 0;

void report(const FixtureRun& run) {
  const NumericScore& score = run.score;
  std::cout << fmt::format("numeric {:<22} gold {:3}  extracted {:3}  matched {:3}  P {:.3f}  R {:.3f}  F1 {:.3f}"
                           "  (gold in boilerplate {})\n",
                           run.name, score.gold, score.extracted, score.matched, score.precision(),
                           score.recall(), score.f1(), run.gold_in_boilerplate);
  for (const std::string& line : score.missed) std::cout << "  missed: " << line << "\n";
  for (const std::string& line : score.false_positives) std::cout << "  extra:  " << line << "\n";
  for (const std::string& line : score.not_claims_found) std::cout << "  NOT-CLAIM: " << line << "\n";
}

// Scores one fixture folder; nothing when its texts are absent.
std::optional<NumericScore> score_fixture(const std::string& folder) {
  const auto& environment = testing::numeric_environment();
  auto run = run_fixture(folder, FACTDIFF_CORPUS_DIR, *environment.rules, *environment.words);
  INFO(folder);
  REQUIRE(run.ok());
  if (run.value().skipped) {
    std::cout << "SKIPPED: " << run.value().name << ": " << run.value().skip_reason << "\n";
    return std::nullopt;
  }
  report(run.value());
  const NumericScore& score = run.value().score;
  CHECK(score.gold > 0);
  return score;
}

}  // namespace

TEST_CASE("numeric claims of paris-2015 reach the bar", "[eval][numeric-bar]") {
  const auto score = score_fixture(std::string(FACTDIFF_SOURCE_DIR) + "/fixtures/paris-2015");
  REQUIRE(score);
  CHECK(score->recall() >= kBar);
  CHECK(score->precision() >= kBar);
  CHECK(score->not_claims_found.empty());
}

TEST_CASE("numeric claims of the annotated corpus clusters stay above their floors",
          "[eval][numeric-bar]") {
  if (!std::filesystem::is_directory(FACTDIFF_CORPUS_DIR)) {
    std::cout << "SKIPPED: corpus folder " << FACTDIFF_CORPUS_DIR << " is absent\n";
    return;
  }
  NumericScore total;
  for (const std::string& folder : fixture_folders(std::string(FACTDIFF_SOURCE_DIR) + "/fixtures/corpus")) {
    if (auto score = score_fixture(folder)) total.add(*score);
  }
  if (total.gold == 0) {
    std::cout << "SKIPPED: no annotated corpus fixture under fixtures/corpus\n";
    return;
  }
  std::cout << fmt::format("numeric corpus total: gold {} extracted {} matched {}\n", total.gold,
                           total.extracted, total.matched);
  testing::check_score("numeric precision, annotated corpus", total.precision(), kCorpusPrecisionFloor, kBar);
  testing::check_score("numeric recall, annotated corpus", total.recall(), kCorpusRecallFloor, kBar);
  std::cout << fmt::format("  claims over not-claim spans: {} (ceiling {}, target 0)\n",
                           total.not_claims_found.size(), kCorpusNotClaimsCeiling);
  CHECK(total.not_claims_found.size() <= kCorpusNotClaimsCeiling);
}

TEST_CASE("the scorer matches by span overlap, equal interval and predicate", "[eval]") {
  Document document;
  document.id = "d";
  document.bytes = "The attacks killed 129 and injured at least 300.";
  GoldFile gold;
  gold.documents["d"].numeric.push_back({"killed 129", 1, ClaimKind::kCount, {129, 129}, "people", "kill", "", {}, 0});
  gold.documents["d"].numeric.push_back({"at least 300", 1, ClaimKind::kCount, {300, std::nullopt}, "people", "injure", "at least", {}, 0});
  gold.documents["d"].not_claims.push_back({"The", 1, {}, 0});
  REQUIRE(locate_gold(gold, {document}).ok());

  Claim killed;
  killed.doc = "d";
  killed.span = {19, 22};
  killed.value = {129, 129};
  killed.predicate = "kill";
  Claim injured = killed;
  injured.span = {35, 47};
  injured.value = {300, std::nullopt};
  injured.predicate = "wound";  // wrong predicate: no match
  Claim chrome = killed;
  chrome.span = {0, 3};
  chrome.value = {1, 1};

  NumericScore score = score_numeric({killed, injured, chrome}, gold, {document});
  CHECK(score.gold == 2);
  CHECK(score.extracted == 3);
  CHECK(score.matched == 1);
  CHECK(score.recall() == Approx(0.5));
  CHECK(score.precision() == Approx(1.0 / 3));
  CHECK(score.not_claims_found.size() == 1);

  injured.predicate = "injure";
  score = score_numeric({killed, injured}, gold, {document});
  CHECK(score.matched == 2);
  CHECK(score.precision() == 1.0);
  CHECK(same_interval({1.0, 2.0}, {1.0 + 1e-9, 2.0}));
  CHECK_FALSE(same_interval({1.0, std::nullopt}, {1.0, 2.0}));
}
