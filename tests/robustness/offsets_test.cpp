// Offsets are exact everywhere: every span a report gives (claims, fact and finding mentions,
// entity mentions, explained parts, sentences) quotes exactly the original bytes it points at,
// over the whole corpus and the fixture, with LF and with CRLF line endings.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "input/document_loader.h"
#include "robustness_support.h"

using namespace factdiff;
using namespace factdiff::robustness;

namespace {

struct Totals {
  std::size_t clusters = 0, spans = 0, claims = 0;
};

void check_cluster(const std::string& cluster, bool crlf, Totals& totals) {
  Result<LoadedDocuments> loaded = load_documents({cluster}, LoadOptions{});
  INFO(cluster << ": " << (loaded.ok() ? "" : loaded.status().message()));
  REQUIRE(loaded.ok());
  std::vector<Document> documents = std::move(loaded.value().documents);
  if (crlf) {
    for (Document& document : documents) document.bytes = to_crlf(document.bytes);
  }
  const Report report = shared_pipeline().run(documents, ReportMode::kCompare);
  REQUIRE(report.documents.size() == documents.size());
  totals.claims += report.extraction.claims.size();
  ++totals.clusters;
  for (ReportMode mode : {ReportMode::kExtract, ReportMode::kCompare}) {
    std::size_t checked = 0;
    const std::vector<std::string> wrong =
        span_mismatches(json_of(report, mode, /*explain=*/true), report.documents, checked);
    totals.spans += checked;
    INFO((crlf ? "CRLF " : "LF ") << (mode == ReportMode::kExtract ? "extract" : "compare"));
    for (const std::string& line : wrong) UNSCOPED_INFO(line);
    CHECK(wrong.empty());
  }
}

void check_all(bool crlf) {
  Totals totals;
  check_cluster(paris_cluster(), crlf, totals);
  const std::vector<std::string> clusters = corpus_clusters();
  if (clusters.empty()) {
    WARN("SKIPPED: no corpus at " << FACTDIFF_CORPUS_DIR << "; checked the fixture only");
  }
  for (const std::string& cluster : clusters) check_cluster(cluster, crlf, totals);
  // The check is only worth something if the reports carry many spans.
  CHECK(totals.claims > 0);
  CHECK(totals.spans > totals.claims);
  WARN((crlf ? "CRLF: " : "LF: ") << totals.clusters << " clusters, " << totals.claims
                                  << " claims, " << totals.spans << " spans checked");
}

}  // namespace

TEST_CASE("every span of every report quotes its original bytes", "[robustness][offsets]") {
  check_all(/*crlf=*/false);
}

TEST_CASE("every span quotes its original bytes with CRLF line endings", "[robustness][offsets]") {
  check_all(/*crlf=*/true);
}

TEST_CASE("the span check catches a wrong offset", "[robustness][offsets]") {
  Document document;
  document.id = "a";
  document.bytes = "Police said 3 people were hurt.\n";
  std::size_t checked = 0;
  CHECK(span_mismatches(R"({"doc":"a","start":12,"end":13,"text":"3"})", {document}, checked).empty());
  CHECK(checked == 1);
  CHECK(span_mismatches(R"({"doc":"a","start":11,"end":13,"text":"3"})", {document}, checked).size() == 1);
  CHECK(span_mismatches(R"({"doc":"a","start":12,"end":99,"text":"3"})", {document}, checked).size() == 1);
  CHECK(span_mismatches(R"({"doc":"a","start":12,"end":13,"text":"3","sentence":"Police","sentence_start":0,"sentence_end":6})",
                        {document}, checked).size() == 1);
}
