#include <catch2/catch.hpp>

#include "text/tokenizer.h"
#include "text_test_support.h"

using factdiff::TokenShape;
using factdiff::tokenize;
using factdiff::testing::news_abbreviations;
using factdiff::testing::texts_of;
using Strings = std::vector<std::string>;

namespace {
Strings tokens(const std::string& text) {
  return texts_of(text, tokenize(text, {0, text.size()}, news_abbreviations()));
}
}  // namespace

TEST_CASE("numbers keep separators and signs", "[text]") {
  CHECK(tokens("create 5,000 jobs and 10,000 more") ==
        Strings{"create", "5,000", "jobs", "and", "10,000", "more"});
  CHECK(tokens("-11.5 and 2.5, (-3) at 2:02") ==
        Strings{"-11.5", "and", "2.5", ",", "(", "-3", ")", "at", "2:02"});
  CHECK(tokens("$1.2bn") == Strings{"$", "1.2", "bn"});
  CHECK(tokens("the 3rd of 5,00") == Strings{"the", "3rd", "of", "5", ",", "00"});
  CHECK(tokens("in 2013-2014.") == Strings{"in", "2013-2014", "."});
}

TEST_CASE("compounds and abbreviations stay whole", "[text]") {
  CHECK(tokens("a 27-year-old after a 48-hour shutdown") ==
        Strings{"a", "27-year-old", "after", "a", "48-hour", "shutdown"});
  CHECK(tokens("the U.S.-led, co-ordinated strikes") ==
        Strings{"the", "U.S.-led", ",", "co-ordinated", "strikes"});
  CHECK(tokens("U.S. Secretary Mr. Kerry at 9 a.m.") ==
        Strings{"U.S.", "Secretary", "Mr.", "Kerry", "at", "9", "a.m."});
  CHECK(tokens("France's war, we're told") == Strings{"France's", "war", ",", "we're", "told"});
  CHECK(tokens("J. Smith left.") == Strings{"J.", "Smith", "left", "."});
  CHECK(tokens("Bashar al-Assad") == Strings{"Bashar", "al-Assad"});
}

TEST_CASE("tokens carry offsets, norms and shapes", "[text]") {
  const std::string text = "\xE2\x80\x9C" "Fran\xC3\xA7ois\xE2\x80\x9D killed 129.";
  auto result = tokenize(text, {0, text.size()}, news_abbreviations());
  REQUIRE(result.size() == 6);
  CHECK(result[0].norm == "\"");
  CHECK(result[0].shape == TokenShape::kPunctuation);
  CHECK(result[1].span.start == 3);
  CHECK(result[1].span.end == 12);
  CHECK(result[1].norm == "francois");
  CHECK(result[1].capitalized);
  CHECK(result[3].norm == "killed");
  CHECK_FALSE(result[3].capitalized);
  CHECK(result[4].shape == TokenShape::kNumber);
  CHECK(text.substr(result[4].span.start, result[4].span.size()) == "129");
  CHECK(tokens("-11.5\xC2\xB0" "C")[1] == "\xC2\xB0");
}

TEST_CASE("a 400-digit number is one token", "[text]") {
  const std::string digits(400, '7');
  CHECK(tokens(digits + " people") == Strings{digits, "people"});
}

TEST_CASE("token spans are the spans of the tokens", "[text]") {
  const std::string text =
      "Mr. Smith, 27, said the U.S.-led raid on Nov. 3rd killed 129 -- or 2.5 million? "
      "\xE2\x80\x9CWe're at war\xE2\x80\x9D (Fran\xC3\xA7ois Hollande) at 2:02 p.m. ... $1.2bn";
  const factdiff::Span whole{0, text.size()};
  const std::vector<factdiff::Token> made = tokenize(text, whole, news_abbreviations());
  std::vector<factdiff::Span> spans = {{0, 1}};  // cleared by the call
  factdiff::token_spans(text, whole, news_abbreviations(), spans);
  REQUIRE(spans.size() == made.size());
  for (std::size_t t = 0; t < made.size(); ++t) {
    CHECK(spans[t].start == made[t].span.start);
    CHECK(spans[t].end == made[t].span.end);
  }
}

TEST_CASE("a word runs on across non-ASCII letters, apostrophes and hyphens", "[text]") {
  // Plain ASCII words are read quickly; a word going on past its ASCII letters is read whole.
  CHECK(tokens("a na\xC3\xAFve don\xE2\x80\x99t co\xE2\x80\x90operate") ==
        Strings{"a", "na\xC3\xAFve", "don\xE2\x80\x99t", "co\xE2\x80\x90operate"});
  CHECK(tokens("Caf\xC3\xA9 staff,\tsaid:\n\"no\" (yes)") ==
        Strings{"Caf\xC3\xA9", "staff", ",", "said", ":", "\"", "no", "\"", "(", "yes", ")"});
  CHECK(tokens("end+3 x-ray .5 ok.") == Strings{"end", "+", "3", "x-ray", ".", "5", "ok", "."});
}
