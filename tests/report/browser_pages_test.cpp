// Writes the pages tests/report/browser_test.sh opens in a headless browser. Hidden from the
// normal run; the script calls it by tag with FACTDIFF_BROWSER_PAGES set to an output folder.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "report/atomic_file.h"
#include "report/html_report.h"
#include "sample_report.h"

namespace factdiff {
namespace {

Document fixture_document(const std::string& file, std::string outlet, std::string published) {
  const std::string path = std::string(FACTDIFF_SOURCE_DIR) + "/fixtures/paris-2015/" + file;
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  std::stringstream bytes;
  bytes << in.rdbuf();
  Document document = testing::sample_document(file.substr(0, file.rfind('.')), std::move(outlet),
                                               std::move(published), bytes.str());
  document.path = "fixtures/paris-2015/" + file;
  return document;
}

Claim located(const Document& document, const std::string& text, ClaimKind kind, double low,
              std::optional<double> high, const std::string& unit, const std::string& predicate) {
  Claim claim = testing::numeric_claim(document, text, low, high, unit, predicate);
  claim.kind = kind;
  if (kind == ClaimKind::kQuote) {
    claim.quote_span = claim.span;
    claim.quote = text;
    claim.speaker = "François Hollande";
    claim.speaker_id = "francois-hollande";
  }
  return claim;
}

// paris-2015 with a hand-built model of what the pipeline finds in it, plus (when asked) one
// hostile report that claims 12 killed.
Report paris_report(bool with_hostile) {
  Report report;
  report.documents = {fixture_document("000_58abc12c3fbfb92e.txt", "Action News", "2015-11-16"),
                      fixture_document("002_da1ee77d9be1b1bc.txt", "", "2015-11-16"),
                      fixture_document("003_0c1def4fa664b652.txt", "", "2015-11-17")};
  const Report hostile = testing::hostile_report();
  report.documents.push_back(hostile.documents.back());
  const Document& d000 = report.documents[0];
  const Document& d002 = report.documents[1];
  const Document& d003 = report.documents[2];
  const Document& bad = report.documents[3];
  const std::string civilizations =
      "We're not engaged in a war of civilizations, because these assassins do not represent any.";
  auto& claims = report.extraction.claims;
  claims = {
      located(d000, "killed 129", ClaimKind::kCount, 129, 129, "people", "kill"),            // 0
      located(d000, civilizations, ClaimKind::kQuote, 0, 0, "", "say"),                       // 1
      located(d000, "five of the seven", ClaimKind::kCount, 5, 5, "assailant", "identify"),  // 2
      located(d000, "at least four people", ClaimKind::kCount, 4, std::nullopt, "people", "help"),
      located(d000, "nearly two dozen people", ClaimKind::kCount, 22, 23, "people", "arrest"),
      located(d000, "168 raids", ClaimKind::kCount, 168, 168, "raid", "raid"),                // 5
      located(d002, "France is at war. But we\u2019re not engaged in a war of civilisations, because "
                    "these assassins do not represent any.", ClaimKind::kQuote, 0, 0, "", "say"),
      located(d002, "Five of the seven", ClaimKind::kCount, 5, 5, "assailant", "identify"),  // 7
      located(d002, "at least four people", ClaimKind::kCount, 4, std::nullopt, "people", "help"),
      located(d003, "killed 129", ClaimKind::kCount, 129, 129, "people", "kill"),            // 9
      located(d003, civilizations, ClaimKind::kQuote, 0, 0, "", "say"),                       // 10
      located(bad, "killed 12", ClaimKind::kCount, 12, 12, "people", "kill"),                 // 11
      located(bad, "<img src=x onerror", ClaimKind::kCount, 1, 1, "image", ""),               // 12
  };
  testing::number_claims(claims);
  report.facts = {
      {"f-killed", "count|people|kill", ClaimKind::kCount, "people killed", FactStatus::kConflict,
       {0, 9, 11}, 3},
      {"f-quote", "quote|francois-hollande", ClaimKind::kQuote, "Hollande: war of civilizations",
       FactStatus::kWording, {1, 6, 10}, 2},
      {"f-assailants", "count|assailant|identify", ClaimKind::kCount, "assailants identified",
       FactStatus::kAgree, {2, 7}, 2},
      {"f-helpers", "count|people|help", ClaimKind::kCount, "people who helped", FactStatus::kAgree,
       {3, 8}, 2},
      {"f-arrested", "count|people|arrest", ClaimKind::kCount, "people arrested", FactStatus::kSingle,
       {4}, 1},
      {"f-raids", "count|raid|raid", ClaimKind::kCount, "raids", FactStatus::kSingle, {5}, 1},
      {"f-hostile", "count|image", ClaimKind::kCount, "<script>alert('label')</script>",
       FactStatus::kSingle, {12}, 0},
  };
  Finding conflict;
  conflict.id = "conflict-killed";
  conflict.type = FindingType::kConflict;
  conflict.severity = Severity::kHigh;
  conflict.fact = "f-killed";
  conflict.message = "hostile gives 12 people killed; 000 and 003 give 129. " + bad.bytes.substr(60, 120);
  conflict.mentions = {0, 9, 11};
  Finding omission;
  omission.id = "omission-killed";
  omission.type = FindingType::kOmission;
  omission.severity = Severity::kMedium;
  omission.fact = "f-killed";
  omission.message = "002 does not give the death toll that 000 and 003 give (129 killed).";
  omission.mentions = {0, 9};
  omission.missing_from = {"002_da1ee77d9be1b1bc"};
  Finding wording;
  wording.id = "wording-quote";
  wording.type = FindingType::kWording;
  wording.severity = Severity::kLow;
  wording.fact = "f-quote";
  wording.message = "002 joins Hollande's quote to \"France is at war\" with an added \"But\".";
  wording.mentions = {1, 6};
  wording.diff = "{+France is at war. But+} we're not engaged in a war of [-civilizations-] {+civilisations+}";
  Finding variant;
  variant.id = "variant-quote";
  variant.type = FindingType::kVariant;
  variant.severity = Severity::kLow;
  variant.fact = "f-quote";
  variant.message = "000 and 003 quote Hollande with the same words.";
  variant.mentions = {1, 10};
  report.findings = {conflict, omission, wording, variant};
  if (!with_hostile) {
    report.documents.pop_back();
    claims.resize(11);
    report.facts[0].mentions = {0, 9};
    report.facts[0].status = FactStatus::kAgree;
    report.facts.pop_back();
    report.findings.erase(report.findings.begin());
  }
  return report;
}

TEST_CASE("write the pages of the browser test", "[.browser-pages]") {
  const char* folder = std::getenv("FACTDIFF_BROWSER_PAGES");
  REQUIRE(folder != nullptr);
  REQUIRE(write_file_atomically(std::string(folder) + "/paris-2015.html",
                                render_html_report(paris_report(true))).ok());
  REQUIRE(write_file_atomically(std::string(folder) + "/paris-2015-clean.html",
                                render_html_report(paris_report(false))).ok());
  REQUIRE(write_file_atomically(std::string(folder) + "/hostile.html",
                                render_html_report(testing::hostile_report())).ok());
}

}  // namespace
}  // namespace factdiff
