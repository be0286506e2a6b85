#include <catch2/catch.hpp>

#include <re2/re2.h>

#include "text/boilerplate.h"

using namespace factdiff;

namespace {

BoilerplateRules sample_rules() {
  BoilerplateRules rules;
  auto pattern = [](const char* id, const char* regex, bool absorbs = false) {
    return BoilerplatePattern{id, std::make_shared<const RE2>(regex), absorbs};
  };
  rules.patterns.push_back(pattern("video-age", "(?i)^\\d+ years? ago$"));
  rules.patterns.push_back(pattern("video-duration", "(?i)^duration \\d+:\\d\\d$", true));
  rules.add_navigation_word("world", "nav");
  rules.add_navigation_word("latest", "nav");
  return rules;
}

struct Marked {
  std::string text;
  std::string reason;
};

std::vector<Marked> classify(const std::string& text) {
  std::vector<Block> blocks = find_blocks(text);
  mark_boilerplate(text, blocks, sample_rules());
  std::vector<Marked> out;
  for (const Block& block : blocks) {
    out.push_back({text.substr(block.span.start, block.span.size()),
                   block.boilerplate ? block.reason : (block.is_title ? "title" : "content")});
  }
  return out;
}

}  // namespace

TEST_CASE("blocks are paragraphs, lines that do not continue split off", "[text]") {
  const std::string text =
      "Title line\r\nWorld\r\n\r\nFirst paragraph that wraps\r\nonto a second line.\r\n"
      "A caption on its own line.\n\n\n  Last one  \n";
  std::vector<Block> blocks = find_blocks(text);
  REQUIRE(blocks.size() == 5);
  auto at = [&](std::size_t i) { return text.substr(blocks[i].span.start, blocks[i].span.size()); };
  CHECK(blocks[0].is_title);
  CHECK(at(0) == "Title line");
  CHECK(at(1) == "World");
  CHECK(at(2) == "First paragraph that wraps\r\nonto a second line.");
  CHECK(at(3) == "A caption on its own line.");
  CHECK(at(4) == "Last one");
  CHECK(find_blocks("").empty());
  CHECK(find_blocks("\n \n").empty());
}

TEST_CASE("rules, navigation words and cards are marked; the title never", "[text]") {
  auto marked = classify(
      "Headline\nWorld\n\nA paragraph about the attack, which killed 129 people in Paris.\n\n"
      "Paris moment of silence\n\n9 years ago\nDuration 4:13\nThousands gather for a minute\n\n"
      "The president spoke to parliament on Monday and asked for a coalition.\n");
  REQUIRE(marked.size() == 8);
  CHECK(marked[0].reason == "title");
  CHECK(marked[1].reason == "rule:nav");
  CHECK(marked[2].reason == "content");
  CHECK(marked[3].reason == "cue:heading-of-boilerplate");
  CHECK(marked[4].reason == "rule:video-age");
  CHECK(marked[5].reason == "rule:video-duration");
  CHECK(marked[6].reason == "rule:video-duration");  // the card's title
  CHECK(marked[7].reason == "content");
}

TEST_CASE("repeats, pull quotes, headline lists and title-case links are cues", "[text]") {
  const std::string body =
      "\"Friday's act of war was decided upon and planned in Syria, prepared and organised in "
      "Belgium,\" said Hollande.";
  auto marked = classify(
      "Paris attacks: France seeks global coalition against ISIS - News\n\n"
      "Paris attacks: France seeks global coalition against ISIS\n\n"
      "A caption shown twice by the page, with the same words.\n\n"
      "A caption shown twice by the page,  with the same words.\n\n"
      "Friday's act of war was decided upon and planned in Syria, prepared and organised in "
      "Belgium.-Hollande, French president\n\n" + body + "\n\n"
      "\xE2\x80\xA2 French president to meet Obama, Putin\n"
      "\xE2\x80\xA2 Police seize arms, rocket launcher\n\n"
      "Woman Killed In Queens Hit-And-Run Accident\n\n"
      "___\n");
  REQUIRE(marked.size() == 10);
  CHECK(marked[0].reason == "title");
  CHECK(marked[1].reason == "cue:repeated-title");
  CHECK(marked[2].reason == "content");
  CHECK(marked[3].reason == "cue:repeated-block");
  CHECK(marked[4].reason == "cue:pull-quote");
  CHECK(marked[5].reason == "content");
  CHECK(marked[6].reason == "cue:headline-list");
  CHECK(marked[7].reason == "cue:headline-list");
  CHECK(marked[8].reason == "cue:title-case-line");
  CHECK(marked[9].reason == "cue:no-words");
}

TEST_CASE("a bulleted list of facts is not a headline list", "[text]") {
  auto marked = classify(
      "Victims named\n\n"
      "\xE2\x80\xA2 Danielle Kendrick, 28, who was shot in the back;\n"
      "\xE2\x80\xA2 Thomia Wadley, 21, who was shot in the leg; and\n"
      "\xE2\x80\xA2 Dontarious Bartley, 19, who was shot in the arm.\n");
  REQUIRE(marked.size() == 4);
  for (std::size_t i = 1; i < marked.size(); ++i) CHECK(marked[i].reason == "content");
}

TEST_CASE("a document that is only boilerplate keeps only its title", "[text]") {
  auto marked = classify("Headline\n\nWorld\n\nLatest\n\n9 years ago\n");
  REQUIRE(marked.size() == 4);
  CHECK(marked[0].reason == "title");
  for (std::size_t i = 1; i < marked.size(); ++i) CHECK(marked[i].reason.rfind("rule:", 0) == 0);
}

TEST_CASE("a run of teasers each shown twice in a row is chrome, both copies", "[text]") {
  auto marked = classify(
      "County fair opens - Local News\n\n"
      "A comet passes close to the moon on Tuesday night.\n\n"
      "A comet passes close to the moon on Tuesday night.\n\n"
      "The library extends its hours for three weeks.\n\n"
      "The library extends its hours for three weeks.\n\n"
      "A bakery wins a prize for its rye bread.\n\n"
      "A bakery wins a prize for its rye bread.\n\n"
      "The county fair opened on Saturday with 40 rides.\n\n"
      "A fourth teaser after one story is still part of the rail.\n\n"
      "A fourth teaser after one story is still part of the rail.\n");
  REQUIRE(marked.size() == 10);
  for (std::size_t b = 1; b <= 6; ++b) CHECK(marked[b].reason == "cue:teaser-rail");
  CHECK(marked[7].reason == "content");
  CHECK(marked[8].reason == "cue:teaser-rail");
  CHECK(marked[9].reason == "cue:teaser-rail");
}

TEST_CASE("a teaser of a rail may be cut at two lengths; a short repeat is no teaser", "[text]") {
  auto marked = classify(
      "County fair opens - Local News\n\n"
      "A comet passes close to the moon on Tuesday night.\n\n"
      "A comet passes close to the moon on Tuesday night.\n\n"
      "The library extends its hours for three weeks.\n\n"
      "The library extends its hours for three weeks.\n\n"
      "The governor signed six new measures on Friday that will change how the state pays its teachers and funds...\n\n"
      "The governor signed six new measures on Friday that will change how the state pays its teachers and...\n\n"
      "The county fair opened on Saturday with 40 rides.\n\n"
      "Fair opens.\n\n"
      "Fair opens with...\n");
  REQUIRE(marked.size() == 10);
  for (std::size_t b = 1; b <= 6; ++b) CHECK(marked[b].reason == "cue:teaser-rail");
  CHECK(marked[7].reason == "content");
  CHECK(marked[8].reason == "content");
  CHECK(marked[9].reason == "content");
}

TEST_CASE("short lines a page sets between its paragraphs more than once are links or headings",
          "[text]") {
  auto marked = classify(
      "Storm floods the river town - Local News\n\n"
      "The river rose four feet overnight and flooded the lower town, the mayor said.\n\n"
      "Ten hikers rescued after a week on the glacier\n\n"
      "Crews pumped water from the basements of 30 homes on Tuesday.\n\n"
      "\"We have never seen the water this high,\" the mayor said.\n\n"
      "Update on the families who lost their homes\n\n"
      "The county opened two shelters at the high school.\n\n"
      "\"We will rebuild every house on this street,\"\n\n"
      "The state sent 12 trucks of sandbags.\n");
  REQUIRE(marked.size() == 9);
  CHECK(marked[1].reason == "content");
  CHECK(marked[2].reason == "cue:interleaved-heading");
  CHECK(marked[3].reason == "content");
  CHECK(marked[5].reason == "cue:interleaved-heading");
  CHECK(marked[7].reason == "content");  // a quote cut at its comma is a sentence
}

TEST_CASE("one short line between paragraphs, or a captioned photo, stays content", "[text]") {
  auto marked = classify(
      "Storm floods the river town - Local News\n\n"
      "The river rose four feet overnight and flooded the lower town, the mayor said.\n\n"
      "Jane Smith, 40, outside her flooded home\n\n"
      "Crews pumped water from the basements of 30 homes on Tuesday.\n\n"
      "Volunteers carry sandbags along the levee (Photo by John Doe)\n\n"
      "The county opened two shelters at the high school.\n");
  REQUIRE(marked.size() == 6);
  for (std::size_t b = 1; b < marked.size(); ++b) CHECK(marked[b].reason == "content");
}
