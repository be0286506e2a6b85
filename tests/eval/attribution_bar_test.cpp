// The bar of attribution: quote recall and right-speaker rate of at least 0.95, attribute recall
// and precision of at least 0.9, on paris-2015 and the annotated corpus clusters together.
#include <catch2/catch.hpp>

#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "eval/attribution_score.h"
#include "eval/bench_fixture.h"
#include "eval/fixture_scoring.h"
#include "../extract/attribution_test_support.h"

using namespace factdiff;

namespace {

constexpr double kQuoteBar = 0.95;
constexpr double kAttributeBar = 0.9;

void print(const std::string& name, const AttributionScore& score, bool details) {
  std::cout << fmt::format(
      "attribution {:<20} quotes {:2}/{:2} R {:.3f} speaker {:.3f} | statements {:2}/{:2} R {:.3f} "
      "speaker {:.3f} | attributes R {:2}/{:2} {:.3f} P {:2}/{:2} {:.3f}\n",
      name, score.found_quotes, score.gold_quotes, score.quote_recall(), score.quote_speaker_rate(),
      score.found_statements, score.gold_statements, score.statement_recall(),
      score.statement_speaker_rate(), score.found_attributes, score.gold_attributes,
      score.attribute_recall(), score.correct_attributes, score.extracted_attributes,
      score.attribute_precision());
  if (details) {
    for (const std::string& line : score.misses) std::cout << "  " << line << "\n";
  }
}

// Scores one fixture folder; false when it had to be skipped.
bool score_fixture(const std::string& folder, bool strict_gold, AttributionScore& total) {
  auto found = find_fixtures(folder);
  REQUIRE(found.ok());
  REQUIRE(found.value().size() == 1);
  const BenchFixture& fixture = found.value().front();
  auto documents = load_fixture_documents(fixture, FACTDIFF_CORPUS_DIR);
  REQUIRE(documents.ok());
  if (!documents.value().skipped.empty()) {
    std::cout << "SKIPPED: " << fixture.name << ": " << documents.value().skipped << "\n";
    return false;
  }
  auto gold = read_attribution_gold(folder + "/gold.yaml");
  REQUIRE(gold.ok());
  const Status located = check_attribution_gold(gold.value(), documents.value().documents);
  if (strict_gold) {
    INFO(located.message());
    REQUIRE(located.ok());
  } else if (!located.ok()) {
    std::cout << "  gold warning: " << located.message() << "\n";
  }
  const testing::AttributionRun run = testing::run_attribution(documents.value().documents);
  const AttributionScore score = score_attribution(
      gold.value(), run.claims, run.entities,
      SpellingVariants::from_rules(*testing::attribution_environment().rules));
  print(std::filesystem::path(folder).filename().string(), score, true);
  total.add(score);
  return true;
}

}  // namespace

TEST_CASE("attribution reaches the bar on paris-2015 and the annotated corpus clusters",
          "[eval][attribution]") {
  AttributionScore total;
  score_fixture(std::string(FACTDIFF_SOURCE_DIR) + "/fixtures/paris-2015", true, total);
  if (!std::filesystem::is_directory(FACTDIFF_CORPUS_DIR)) {
    std::cout << "SKIPPED: corpus folder " << FACTDIFF_CORPUS_DIR << " is absent; paris-2015 only\n";
  } else {
    for (const std::string& folder : fixture_folders(std::string(FACTDIFF_SOURCE_DIR) + "/fixtures/corpus")) {
      score_fixture(folder, false, total);
    }
  }
  print("all", total, false);
  CHECK(total.gold_quotes > 0);
  CHECK(total.quote_recall() >= kQuoteBar);
  CHECK(total.quote_speaker_rate() >= kQuoteBar);
  CHECK(total.attribute_recall() >= kAttributeBar);
  CHECK(total.attribute_precision() >= kAttributeBar);
}

TEST_CASE("attribution scoring matches words after normalization and speakers through aliases",
          "[eval][attribution]") {
  auto gold = parse_attribution_gold("gold.yaml", R"(
documents:
  d:
    quotes:
      - {text: "a war of civilisations", speaker: François Hollande, verb: say}
      - {text: "never said", speaker: Jane Roe}
    attributes:
      - {text: "x", subject: François Hollande, name: role, value: President}
entities:
  - {name: François Hollande, type: person, aliases: [Francois Hollande, Hollande]}
)");
  REQUIRE(gold.ok());
  Claim quote;
  quote.doc = "d";
  quote.kind = ClaimKind::kQuote;
  quote.quote = "We're not engaged in a war of Civilizations, because...";
  quote.speaker = "Francois Hollande";
  Claim role;
  role.doc = "d";
  role.kind = ClaimKind::kAttribute;
  role.subject = "Hollande";
  role.attribute_name = "role";
  role.attribute_value = "the president";
  Claim wrong = role;
  wrong.attribute_value = "prime minister";
  SpellingVariants spelling;
  spelling.add("civilisations", "civilizations");
  const AttributionScore score = score_attribution(gold.value(), {quote, role, wrong}, {}, spelling);
  CHECK(score.gold_quotes == 2);
  CHECK(score.found_quotes == 1);
  CHECK(score.right_quote_speakers == 1);
  CHECK(score.found_attributes == 1);
  CHECK(score.extracted_attributes == 2);
  CHECK(score.correct_attributes == 1);
}
