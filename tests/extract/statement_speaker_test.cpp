// Who speaks reported speech without quote marks: sources described by the words before their
// noun, a description after "with" left out, a named audience after its article, a speaker
// named after the verb that closes the sentence, and a time after "that".
#include <catch2/catch.hpp>

#include "attribution_test_support.h"

using namespace factdiff;
using testing::find_claim;
using testing::run_headlined_text;
using testing::speaker_of;

TEST_CASE("the words that describe a speaker noun belong to the speaker", "[attribution]") {
  const auto run = run_headlined_text(
      "Coast guard officials said the ferry had left the harbour two hours late.\n\n"
      "More than 200 people were on board when the engine failed, federal authorities said.\n\n"
      "Northport security officials have told the FBI they believe the crew ignored the warning.\n\n"
      "Later that night officials said the captain had been questioned.\n\n"
      "A senior port official said the crane had been inspected in May.\n\n"
      "Mayor Ida Lund opened the pier in June. The local coast guard said the pier would stay open.\n");
  CHECK(speaker_of(run, "the ferry had left the harbour", ClaimKind::kStatement) == "coast guard officials");
  CHECK(speaker_of(run, "More than 200 people were on board", ClaimKind::kStatement) == "federal authorities");
  CHECK(speaker_of(run, "they believe the crew ignored the warning", ClaimKind::kStatement) == "northport security officials");
  // "Later that night" says when, and describes nobody.
  CHECK(speaker_of(run, "the captain had been questioned", ClaimKind::kStatement) == "officials");
  CHECK(speaker_of(run, "the crane had been inspected in May", ClaimKind::kStatement) == "senior port official");
  // "The" refers back: the description is not read into the speaker.
  CHECK(speaker_of(run, "the pier would stay open", ClaimKind::kStatement) == "guard");
}

TEST_CASE("a description after with is no part of the speaker", "[attribution]") {
  const auto run = run_headlined_text(
      "A port official with knowledge of the inquiry confirmed that the crane had failed twice.\n");
  CHECK(speaker_of(run, "the crane had failed twice", ClaimKind::kStatement) == "port official");
}

TEST_CASE("a speaker named after the verb closes the reported sentence", "[attribution]") {
  const auto run = run_headlined_text(
      "She sold bread at the Friday market for thirty years, said Pastor Ola Berg.\n\n"
      "The market hall stays shut until the roof is repaired, said the mayor on Monday.\n\n"
      "The ferry was late again, said police would look into the delays.\n");
  CHECK(speaker_of(run, "She sold bread at the Friday market", ClaimKind::kStatement) == "Ola Berg");
  CHECK(speaker_of(run, "The market hall stays shut", ClaimKind::kStatement) == "mayor");
  // Not a tag: more of the sentence follows the noun, and no speaker is named for it.
  CHECK(speaker_of(run, "The ferry was late again", ClaimKind::kStatement) == "(no claim)");
  CHECK(find_claim(run.claims, ClaimKind::kStatement, "Ola Berg") == nullptr);
}

TEST_CASE("a time after that ends the sentence, and no clause follows", "[attribution]") {
  const auto run = run_headlined_text(
      "The band played until the lights went out, the club said that night.\n\n"
      "The club said that the band would return in spring.\n");
  CHECK(speaker_of(run, "The band played until the lights went out", ClaimKind::kStatement) == "club");
  CHECK(speaker_of(run, "the band would return in spring", ClaimKind::kStatement) == "club");
}

TEST_CASE("a person named before of and a place speaks, not the place", "[attribution]") {
  const auto run = run_headlined_text(
      "Sen. Ruth Alder of Vermont said that the dam had been inspected in May.\n");
  CHECK(speaker_of(run, "the dam had been inspected in May", ClaimKind::kStatement) == "Ruth Alder");
}

TEST_CASE("a participle after the speaker of reported words shares that speaker", "[attribution]") {
  const auto run = run_headlined_text(
      "\"The harbour is calm again,\" Mark Ober told reporters.\n\n"
      "He was arrested near the pier and questioned by detectives, Sheriff Lina Voss said in a "
      "news conference on Friday, adding that the boat had been seized.\n");
  CHECK(speaker_of(run, "He was arrested near the pier", ClaimKind::kStatement) == "Lina Voss");
  CHECK(speaker_of(run, "the boat had been seized", ClaimKind::kStatement) == "Lina Voss");
}

TEST_CASE("a time word that an auxiliary follows opens the reported clause", "[attribution]") {
  const auto run = run_headlined_text(
      "Neighbours said Friday was the first quiet night in weeks.\n\n"
      "The harbour police said Monday afternoon that the boat had been found.\n");
  CHECK(speaker_of(run, "Friday was the first quiet night", ClaimKind::kStatement) == "Neighbours");
  // A time the verb's own "that" follows stays the time of the saying.
  CHECK(speaker_of(run, "the boat had been found", ClaimKind::kStatement) == "police");
}
