#include <catch2/catch.hpp>

#include "text/glue_repair.h"
#include "text/tokenizer.h"
#include "text_test_support.h"

using namespace factdiff;

namespace {

// Glue repair over `text` with the tokens of `context` counted as "elsewhere".
struct GlueCase {
  std::string text;
  TokenCounts counts;
  std::vector<Token> tokens;

  GlueCase(const std::string& glued, const std::string& context) : text(glued + "\n" + context) {
    tokens = tokenize(text, {0, text.size()}, testing::news_abbreviations());
    for (const Token& token : tokens) {
      counts.add(std::string_view(text).substr(token.span.start, token.span.size()));
    }
  }
  std::string repair(const WordList& words) const {
    std::optional<GlueRepair> repair = repair_glued_token(text, tokens.at(0), counts, words);
    return repair ? repair->shown : "";
  }
};

const WordList& dictionary() {
  static auto words = WordList::load(FACTDIFF_DEFAULT_WORDLIST);
  return *words.value();
}

const char* kContext =
    "Francois Hollande said ISIS attacked and called for national unity, following talks. "
    "Barack Obama and Manuel Valls met Bashar Assad. One attacker is on the run. "
    "The European leaders told Vladimir Putin at the Marseillaise concert.";

}  // namespace

TEST_CASE("glued words split into known pieces", "[text]") {
  const std::pair<const char*, const char*> cases[] = {
      {"Hollandecalled", "Hollande called"},   {"Hollandetold", "Hollande told"},
      {"ISISfollowing", "ISIS following"},     {"inwhich", "in which"},
      {"thatEuropean", "that European"},       {"Basharal-Assad", "Bashar al-Assad"},
      {"BarackObamaand", "Barack Obama and"},  {"ManuelVallstold", "Manuel Valls told"},
      {"onthe", "on the"},                     {"runand", "run and"},
      {"overnightand", "overnight and"},       {"VladimirPutinin", "Vladimir Putin in"},
      {"Marseillaisenational", "Marseillaise national"}, {"theWhite", "the White"},
  };
  for (const auto& [glued, shown] : cases) {
    GlueCase glue(glued, kContext);
    INFO(glued);
    CHECK(glue.repair(dictionary()) == shown);
  }
}

TEST_CASE("real words, names and repeated tokens are not split", "[text]") {
  const char* kept[] = {"nightclub", "Henwood", "lockdown", "YouTube", "Caruthersville",
                        "NYPD", "Abdeslam", "Robertson", "Philando", "Daytona", "Newtown",
                        "morther", "orginally", "LinkedIn", "Santee", "Hasan"};
  for (const char* word : kept) {
    GlueCase glue(word, kContext);
    INFO(word);
    CHECK(glue.repair(dictionary()).empty());
  }
  // A glued form seen twice is a real token of these documents.
  GlueCase twice("Hollandetold", std::string(kContext) + " Hollandetold");
  CHECK(twice.repair(dictionary()).empty());
}

TEST_CASE("repairs record pieces inside the original token", "[text]") {
  GlueCase glue("Hollandetold", kContext);
  auto repair = repair_glued_token(glue.text, glue.tokens[0], glue.counts, dictionary());
  REQUIRE(repair);
  CHECK(repair->span == Span{0, 12});
  REQUIRE(repair->pieces.size() == 2);
  CHECK(repair->pieces[0] == Span{0, 8});
  CHECK(repair->pieces[1] == Span{8, 12});
}

TEST_CASE("tokens counted with or without their norms count the same", "[text]") {
  const std::string text = "Hollande told the Senate. HOLLANDE said: hollande, Hollande and Fran\xC3\xA7ois.";
  const std::vector<Token> tokens = tokenize(text, {0, text.size()}, testing::news_abbreviations());
  TokenCounts with_norms;
  TokenCounts without_norms;
  for (const Token& token : tokens) {
    const std::string_view bytes = std::string_view(text).substr(token.span.start, token.span.size());
    with_norms.add(bytes, &token.norm);
    without_norms.add(bytes);
  }
  for (const Token& token : tokens) {
    const std::string_view bytes = std::string_view(text).substr(token.span.start, token.span.size());
    CHECK(with_norms.exact(bytes) == without_norms.exact(bytes));
    CHECK(with_norms.by_norm(token.norm) == without_norms.by_norm(token.norm));
  }
  CHECK(without_norms.by_norm("hollande") == 4);
  CHECK(without_norms.exact("Hollande") == 2);
  CHECK(without_norms.by_norm("francois") == 1);
}
