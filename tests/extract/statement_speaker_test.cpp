// Who speaks reported speech without quote marks: sources described by the words before their
// noun, a description after "with" left out, a named audience after its article, a speaker
// named after the verb that closes the sentence, and a time after "that".
#include <catch2/catch.hpp>

#include "attribution_test_support.h"

using namespace factdiff;
using testing::find_claim;
using testing::run_headlined_text;

namespace {

// The speaker of the statement whose words include `words`, or "(no claim)".
std::string statement_speaker(const testing::AttributionRun& run, const std::string& words) {
  const Claim* claim = find_claim(run.claims, ClaimKind::kStatement, words);
  return claim == nullptr ? std::string("(no claim)") : claim->speaker;
}

}  // namespace

TEST_CASE("the words that describe a speaker noun belong to the speaker", "[attribution]") {
  const auto run = run_headlined_text(
      "Coast guard officials said the ferry had left the harbour two hours late.\n\n"
      "More than 200 people were on board when the engine failed, federal authorities said.\n\n"
      "Northport security officials have told the FBI they believe the crew ignored the warning.\n\n"
      "Later that night officials said the captain had been questioned.\n\n"
      "A senior port official said the crane had been inspected in May.\n\n"
      "Mayor Ida Lund opened the pier in June. The local coast guard said the pier would stay open.\n");
  CHECK(statement_speaker(run, "the ferry had left the harbour") == "coast guard officials");
  CHECK(statement_speaker(run, "More than 200 people were on board") == "federal authorities");
  CHECK(statement_speaker(run, "they believe the crew ignored the warning") == "northport security officials");
  // "Later that night" says when, and describes nobody.
  CHECK(statement_speaker(run, "the captain had been questioned") == "officials");
  CHECK(statement_speaker(run, "the crane had been inspected in May") == "senior port official");
  // "The" refers back: the description is not read into the speaker.
  CHECK(statement_speaker(run, "the pier would stay open") == "guard");
}

TEST_CASE("a description after with is no part of the speaker", "[attribution]") {
  const auto run = run_headlined_text(
      "A port official with knowledge of the inquiry confirmed that the crane had failed twice.\n");
  CHECK(statement_speaker(run, "the crane had failed twice") == "port official");
}

TEST_CASE("a speaker named after the verb closes the reported sentence", "[attribution]") {
  const auto run = run_headlined_text(
      "She sold bread at the Friday market for thirty years, said Pastor Ola Berg.\n\n"
      "The market hall stays shut until the roof is repaired, said the mayor on Monday.\n\n"
      "The ferry was late again, said police would look into the delays.\n");
  CHECK(statement_speaker(run, "She sold bread at the Friday market") == "Ola Berg");
  CHECK(statement_speaker(run, "The market hall stays shut") == "mayor");
  // Not a tag: more of the sentence follows the noun, and no speaker is named for it.
  CHECK(statement_speaker(run, "The ferry was late again") == "(no claim)");
  CHECK(find_claim(run.claims, ClaimKind::kStatement, "Ola Berg") == nullptr);
}

TEST_CASE("a time after that ends the sentence, and no clause follows", "[attribution]") {
  const auto run = run_headlined_text(
      "The band played until the lights went out, the club said that night.\n\n"
      "The club said that the band would return in spring.\n");
  CHECK(statement_speaker(run, "The band played until the lights went out") == "club");
  CHECK(statement_speaker(run, "the band would return in spring") == "club");
}

TEST_CASE("a person named before of and a place speaks, not the place", "[attribution]") {
  const auto run = run_headlined_text(
      "Sen. Ruth Alder of Vermont said that the dam had been inspected in May.\n");
  CHECK(statement_speaker(run, "the dam had been inspected in May") == "Ruth Alder");
}

TEST_CASE("a participle after the speaker of reported words shares that speaker", "[attribution]") {
  const auto run = run_headlined_text(
      "\"The harbour is calm again,\" Mark Ober told reporters.\n\n"
      "He was arrested near the pier and questioned by detectives, Sheriff Lina Voss said in a "
      "news conference on Friday, adding that the boat had been seized.\n");
  CHECK(statement_speaker(run, "He was arrested near the pier") == "Lina Voss");
  CHECK(statement_speaker(run, "the boat had been seized") == "Lina Voss");
}

TEST_CASE("a time word that an auxiliary follows opens the reported clause", "[attribution]") {
  const auto run = run_headlined_text(
      "Neighbours said Friday was the first quiet night in weeks.\n\n"
      "The harbour police said Monday afternoon that the boat had been found.\n");
  CHECK(statement_speaker(run, "Friday was the first quiet night") == "Neighbours");
  // A time the verb's own "that" follows stays the time of the saying.
  CHECK(statement_speaker(run, "the boat had been found") == "police");
}
