// Not a test: prints the numeric claims of every .txt file of $FACTDIFF_DUMP_DIR, for reading
// extractor output by hand on clusters nobody annotated. Run with the tag [.numeric-dump].
#include <catch2/catch.hpp>

#include <cstdlib>
#include <iostream>

#include "extract/extraction.h"
#include "input/document_loader.h"
#include "numeric_test_support.h"

using namespace factdiff;

TEST_CASE("dump numeric claims of a folder", "[.numeric-dump]") {
  const char* folder = std::getenv("FACTDIFF_DUMP_DIR");
  if (folder == nullptr) {
    WARN("SKIPPED: set FACTDIFF_DUMP_DIR");
    return;
  }
  const auto& environment = testing::numeric_environment();
  auto loaded = load_documents({folder}, {});
  REQUIRE(loaded.ok());
  const auto& documents = loaded.value().documents;
  auto analyses = analyze_documents(documents, *environment.rules, *environment.words);
  if (std::getenv("FACTDIFF_DUMP_BLOCKS") != nullptr) {
    for (const AnalyzedDocument& analysis : analyses) {
      for (const Block& block : analysis.blocks) {
        if (!block.boilerplate) continue;
        std::cout << analysis.document->id << " boilerplate " << block.reason << " @" << block.span.start
                  << ": " << analysis.document->text_of(block.span).substr(0, 90) << "\n";
      }
    }
  }
  Extraction extraction = extract_claims(analyses, *environment.rules);
  for (const Claim& claim : extraction.claims) {
    const Document* document = nullptr;
    for (const Document& candidate : documents) {
      if (candidate.id == claim.doc) document = &candidate;
    }
    std::cout << claim.doc << " @" << claim.span.start << " " << testing::dump_claim(claim, document->bytes)
              << "\n";
  }
}
