// Golden test of the text layer over the three seed reports of fixtures/paris-2015.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "input/document_loader.h"
#include "rules/rule_set.h"
#include "text/text_analyzer.h"

using namespace factdiff;

namespace {

const std::string kFixture = std::string(FACTDIFF_SOURCE_DIR) + "/fixtures/paris-2015";

std::shared_ptr<const RuleSet> text_rules() {
  std::vector<std::pair<std::string, std::string>> files;
  const std::filesystem::path folder = std::filesystem::path(FACTDIFF_SOURCE_DIR) / "rules/text";
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    files.emplace_back("rules/text/" + path.filename().string(), text.str());
  }
  auto rules = RuleSet::load_texts(files);
  INFO(rules.status().message());
  REQUIRE(rules.ok());
  return rules.value();
}

const WordList& words() {
  static auto list = WordList::load(FACTDIFF_DEFAULT_WORDLIST);
  return *list.value();
}

std::vector<Document> seeds() {
  auto loaded = load_documents({kFixture}, LoadOptions{});
  INFO(loaded.status().message());
  REQUIRE(loaded.ok());
  REQUIRE(loaded.value().documents.size() == 3);
  return loaded.value().documents;
}

std::string without_cr(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
  return text;
}

std::vector<std::string> sentence_texts(const AnalyzedDocument& analysis) {
  std::vector<std::string> out;
  for (const Sentence& sentence : analysis.sentences) {
    out.push_back(without_cr(analysis.document->text_of(sentence.span)));
  }
  return out;
}

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Sentences lie inside their block, start and end on text, tokens inside them, and together
// they hold every non-space byte of the block (a leading bullet aside).
void check_offsets(const AnalyzedDocument& analysis) {
  const std::string& bytes = analysis.document->bytes;
  std::size_t covered_block = analysis.blocks.size();
  std::string from_sentences;
  auto flush = [&]() {
    if (covered_block == analysis.blocks.size()) return;
    const Block& block = analysis.blocks[covered_block];
    std::string expected;
    for (char c : bytes.substr(block.span.start, block.span.size())) {
      if (!is_space_byte(c)) expected += c;
    }
    if (expected.rfind("\xE2\x80\xA2", 0) == 0) expected.erase(0, 3);
    CHECK(from_sentences == expected);
    from_sentences.clear();
  };
  for (const Sentence& sentence : analysis.sentences) {
    const Block& block = analysis.blocks.at(sentence.block);
    REQUIRE(block.span.contains(sentence.span));
    CHECK_FALSE(block.boilerplate);
    CHECK_FALSE(is_space_byte(bytes[sentence.span.start]));
    CHECK_FALSE(is_space_byte(bytes[sentence.span.end - 1]));
    for (const Token& token : sentence.tokens) {
      REQUIRE(sentence.span.contains(token.span));
      CHECK_FALSE(token.span.empty());
    }
    if (sentence.block != covered_block) {
      flush();
      covered_block = sentence.block;
    }
    for (char c : bytes.substr(sentence.span.start, sentence.span.size())) {
      if (!is_space_byte(c)) from_sentences += c;
    }
  }
  flush();
}

const AnalyzedDocument& by_id(const std::vector<AnalyzedDocument>& analyses, const std::string& id) {
  for (const AnalyzedDocument& analysis : analyses) {
    if (analysis.document->id == id) return analysis;
  }
  FAIL("no document " << id);
  return analyses.front();
}

std::vector<std::string> boilerplate_texts(const AnalyzedDocument& analysis) {
  std::vector<std::string> out;
  for (const Block& block : analysis.blocks) {
    if (block.boilerplate) out.push_back(without_cr(analysis.document->text_of(block.span)));
  }
  return out;
}

bool contains_line_starting(const std::vector<std::string>& texts, const std::string& prefix) {
  for (const std::string& text : texts) {
    if (text.rfind(prefix, 0) == 0) return true;
  }
  return false;
}

void check_seeds(const std::vector<Document>& documents, const RuleSet& rules) {
  const std::vector<AnalyzedDocument> analyses = analyze_documents(documents, rules, words());
  for (const AnalyzedDocument& analysis : analyses) {
    INFO(analysis.document->id);
    check_offsets(analysis);
  }
  const AnalyzedDocument& cbc = by_id(analyses, "000_58abc12c3fbfb92e");

  // A passage with a glued sentence end, quotes across sentences and U.S.-led.
  const std::vector<std::string> sentences = sentence_texts(cbc);
  auto first = std::find(sentences.begin(), sentences.end(), "No ground troops, Obama says");
  REQUIRE(first != sentences.end());
  const std::vector<std::string> passage(first, std::min(first + 6, sentences.end()));
  CHECK(passage == std::vector<std::string>{
      "No ground troops, Obama says",
      "Speaking in Turkey at the same time asHollande,Obamacalled Friday's attacks a \"terrible "
      "and sickening setback\"but maintained that the U.S.-led coalition was making progress.",
      "\"Even as we grieve with our French friends ... we can't lose sight that there has been "
      "progress,\"Obamasaid at a Group of 20 summit, ruling out sending in ground troops.",
      "U.S. Secretary of State John Kerry, visiting Paris to pay respects to those killed in the "
      "attacks, said,\"Tonight we are\nall Parisians\" and pledged the United States would stand "
      "\"shoulder to shoulder\" with France against ISIS militants.",
      "He is due to meet Hollande on Tuesday morning.",
      "Much of France came to a standstill at midday for a minute's silence to remember the dead, "
      "many of whom were young people killed as they enjoyed a night out."});
  CHECK(std::find(sentences.begin(), sentences.end(),
                  "Hollandesaid he would create 5,000 jobs in the security forces, boost prison "
                  "service staff by 2,500 and avoid cuts to defence spending before 2019.") !=
        sentences.end());

  // The page chrome of seed 000.
  const std::vector<std::string> chrome = boilerplate_texts(cbc);
  for (const char* prefix : {"Home WebMail Saturday", "World", "Latest", "9 years ago",
                             "Duration 2:02", "Franois Hollande declares France in 'state of war'",
                             "Friday's act of war was decided upon",
                             "\xE2\x80\xA2 French president to meet Obama, Putin"}) {
    INFO(prefix);
    CHECK(contains_line_starting(chrome, prefix));
  }
  for (const std::string& sentence : sentences) {
    INFO(sentence);
    CHECK(sentence.find("WebMail") == std::string::npos);
    CHECK(sentence.find("years ago") == std::string::npos);
    CHECK(sentence.find("Duration") == std::string::npos);
  }
  CHECK(cbc.blocks.front().is_title);
  CHECK_FALSE(cbc.blocks.front().boilerplate);

  // A photo caption is reporting: only its verbatim repeat is chrome.
  CHECK_FALSE(contains_line_starting(chrome, "A couple kiss in front of the Eiffel Tower"));

  // Seed 002: the second copy of its repeated caption and the search box; seed 003: its dateline.
  const std::vector<std::string> chrome_002 = boilerplate_texts(by_id(analyses, "002_da1ee77d9be1b1bc"));
  CHECK(contains_line_starting(chrome_002, "Search in Site"));
  CHECK(std::count_if(chrome_002.begin(), chrome_002.end(), [](const std::string& text) {
          return text.rfind("French President Francois Hollande arrives", 0) == 0;
        }) == 1);

  // Glue repair.
  bool repaired = false;
  for (const GlueRepair& repair : cbc.repairs) {
    if (cbc.document->text_of(repair.span) == "Hollandetold") {
      CHECK(repair.shown == "Hollande told");
      repaired = true;
    }
  }
  CHECK(repaired);
  bool saw_piece = false;
  for (const Sentence& sentence : cbc.sentences) {
    for (const Token& token : sentence.tokens) {
      if (token.repaired && token.norm == "told") saw_piece = true;
      CHECK(token.norm != "nightclub");  // not present, and never split if it were
    }
  }
  CHECK(saw_piece);
}

}  // namespace

TEST_CASE("golden: seeds of paris-2015 analysed", "[text][golden]") {
  auto rules = text_rules();
  const std::vector<Document> documents = seeds();
  CHECK(documents[2].published == "2015-11-17T16:01");
  CHECK(documents[2].published_source == "dateline");
  check_seeds(documents, *rules);
}

TEST_CASE("golden: the same with CRLF line endings", "[text][golden]") {
  auto rules = text_rules();
  std::vector<Document> documents = seeds();
  for (Document& document : documents) {
    std::string crlf;
    for (char c : document.bytes) {
      if (c == '\n') crlf += '\r';
      crlf += c;
    }
    document.bytes = crlf;
  }
  check_seeds(documents, *rules);
}
