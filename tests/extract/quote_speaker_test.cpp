// Who speaks a quote when the text names the speaker indirectly: an owner through its post or
// statement, a family through a possessive, a relative "who", a colon that introduces a quoted
// paragraph, the next quote's attribution, and scraped lines that lost a quote mark.
#include <catch2/catch.hpp>

#include "attribution_test_support.h"

using namespace factdiff;
using testing::find_claim;
using testing::run_headlined_text;
using testing::speaker_of;

TEST_CASE("an owner speaks through its post or statement", "[attribution]") {
  const auto run = run_headlined_text(
      "\"We closed the kitchen at ten and sent everyone home,\" the bakery's post said.\n\n"
      "\"Our staff did everything they could that night,\" Ida Marsh's statement said.\n");
  CHECK(speaker_of(run, "We closed the kitchen at ten") == "bakery");
  CHECK(speaker_of(run, "Our staff did everything") == "Ida Marsh");
}

TEST_CASE("a family speaks as the family of the person named in full", "[attribution]") {
  const auto run = run_headlined_text(
      "Nora Lindqvist, 71, taught music for forty years.\n\n"
      "Lindqvist's family put out a statement on Sunday, calling her \"the heart of every gathering.\"\n\n"
      "\"We will miss her laugh more than we can say,\" they wrote.\n");
  CHECK(speaker_of(run, "the heart of every gathering") == "Nora Lindqvist's family");
  CHECK(speaker_of(run, "We will miss her laugh") == "Nora Lindqvist's family");
}

TEST_CASE("who after a name speaks for it, and had this to say is a speech verb", "[attribution]") {
  const auto run = run_headlined_text(
      "Reporters spoke with Mayor Ruth Alder on Friday, who had this to say: \"The whole town is "
      "grieving tonight.\"\n\n"
      "\"I'm all right, thank you,\" translated a friend of the driver.\n\n"
      "\"Get down now!\" the guard shouted.\n");
  CHECK(speaker_of(run, "The whole town is grieving") == "Ruth Alder");
  CHECK(speaker_of(run, "I'm all right") == "friend of the driver");
  CHECK(speaker_of(run, "Get down now") == "guard");
}

TEST_CASE("a colon introduces the quoted paragraph after it", "[attribution]") {
  const auto run = run_headlined_text(
      "The Harbour Club posted this message on its page on Monday:\n\n"
      "\"We are shocked by what happened outside our doors and will help the police in every way.\"\n\n"
      "The Quay Club Bar and Grill posted the following statement:\n\n"
      "\"Our doors stay closed until the families have buried their dead.\"\n");
  CHECK(speaker_of(run, "We are shocked by what happened") == "Harbour Club");
  CHECK(speaker_of(run, "Our doors stay closed") == "Quay Club Bar and Grill");
}

TEST_CASE("a quote followed right away by another takes the next one's speaker", "[attribution]") {
  const auto run = run_headlined_text(
      "Mina Park hid behind the bar as the man kept \u201Cshooting at everything that moved.\u201D "
      "\u201CI closed my eyes and waited,\u201D Park said.\n");
  CHECK(speaker_of(run, "shooting at everything that moved") == "Mina Park");
  CHECK(speaker_of(run, "I closed my eyes and waited") == "Mina Park");
}

TEST_CASE("scraped lines that lost a quote mark", "[attribution]") {
  SECTION("a straight mark glued to the end of a line opens no quote") {
    const auto run = run_headlined_text(
        "A council spokeswoman said: \"The bridge is closed in both directions.\n"
        "\"Engineers are checking the supports tonight.\n"
        "Nobody was on the bridge when it cracked.\"\n"
        "\"Drivers should use the ring road until further notice.\"\n");
    CHECK(speaker_of(run, "Engineers are checking the supports") == "council spokeswoman");
    CHECK(speaker_of(run, "Drivers should use the ring road") == "council spokeswoman");
  }
  SECTION("a paragraph that ends with a lone closing mark is a quote from its first word") {
    const auto run = run_headlined_text(
        "The rowing club said in a statement on Sunday that its boathouse would stay shut.\n\n"
        "Everyone at the club is heartbroken and we ask for privacy for the families.\u201D\n");
    CHECK(speaker_of(run, "Everyone at the club is heartbroken") == "club");
  }
}

TEST_CASE("a relation after his or her belongs to the person the pronoun stands for", "[attribution]") {
  const auto run = run_headlined_text(
      "Tomas Ek, 58, ran the ferry for twenty years.\n\n"
      "He loved the sea more than anything, his daughter said.\n\n"
      "His son Karl Ek said the ferry would sail again in spring.\n");
  CHECK(speaker_of(run, "He loved the sea", ClaimKind::kStatement) == "Tomas Ek's daughter");
  CHECK(speaker_of(run, "the ferry would sail again", ClaimKind::kStatement) == "Karl Ek");
}

TEST_CASE("reported words before a source and a trailing time or channel", "[attribution]") {
  const auto run = run_headlined_text(
      "Lena Dahl joined the Northport Rowing Club in 2009, the club said Saturday.\n\n"
      "The boathouse will reopen next month, the council said in a statement on Monday.\n");
  CHECK(speaker_of(run, "Lena Dahl joined the Northport Rowing Club", ClaimKind::kStatement) ==
        "Northport Rowing Club");
  CHECK(speaker_of(run, "The boathouse will reopen next month", ClaimKind::kStatement) == "council");
}

TEST_CASE("a pronoun opening a sentence stands for the person the sentence before opens with", "[attribution]") {
  const auto run = run_headlined_text(
      "\"The bridge will hold,\" said Mayor Paul Dorn.\n\n"
      "Mira Olsen, the engineer's sister, met the inspectors on Sunday. During the visit, she "
      "described the cables as rusty and \"older than anyone admits.\"\n\n"
      "Ben Carr met Ada Finch at the gate. She said \"nobody had checked the bolts in years.\"\n");
  CHECK(speaker_of(run, "older than anyone admits") == "Mira Olsen");
  // Two people named before: the sentence before does not say which one "she" is.
  CHECK(speaker_of(run, "nobody had checked the bolts") != "Ben Carr");
}

TEST_CASE("thought introduces quoted words, and calling from is no speech", "[attribution]") {
  const auto run = run_headlined_text(
      "Ivo Brandt, who had moved to the coast in May, saw the boat drift and thought, \"It will "
      "never make the harbour.\"\n\n"
      "Ivo Brandt thought the harbour gate was locked for the night.\n\n"
      "A caller is calling from under a table \"by the bar\".\n");
  CHECK(speaker_of(run, "It will never make the harbour") == "Ivo Brandt");
  CHECK(speaker_of(run, "the harbour gate was locked", ClaimKind::kStatement) == "(no claim)");
  CHECK(speaker_of(run, "by the bar") == "(no claim)");
}
