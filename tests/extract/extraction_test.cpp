#include <catch2/catch.hpp>

#include "extract/extraction.h"
#include "numeric_test_support.h"

using namespace factdiff;

TEST_CASE("claims come sorted by document then offset, with ids counting each document", "[numeric][extraction]") {
  const auto& environment = testing::numeric_environment();
  std::vector<Document> documents(2);
  documents[0].id = "b";
  documents[0].bytes = "The attacks killed 129 on Friday. Police arrested two suspects.";
  documents[0].published = "2015-11-16";
  documents[1].id = "a";
  documents[1].bytes = "Around 137 have died.";
  auto analyses = analyze_documents(documents, *environment.rules, *environment.words);
  Extraction extraction = extract_claims(analyses, *environment.rules);
  std::vector<std::string> ids;
  for (const Claim& claim : extraction.claims) ids.push_back(claim.id());
  CHECK(ids == std::vector<std::string>{"b:1", "b:2", "b:3", "a:1"});
  CHECK(extraction.claims[0].span.start < extraction.claims[1].span.start);
  CHECK(extraction.claims[1].kind == ClaimKind::kDate);
  CHECK(extraction.claims[3].doc == "a");
  CHECK_FALSE(extraction.claims[0].rule.empty());
  CHECK_FALSE(extraction.claims[0].parts.empty());
}
