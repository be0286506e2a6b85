// The text layer over every cluster of the shared corpus: offsets hold, crawl debris is marked,
// and prose is rarely dropped. Skips, saying so, when the corpus is absent.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

#include "input/document_loader.h"
#include "rules/rule_set.h"
#include "text/text_analyzer.h"

using namespace factdiff;
namespace fs = std::filesystem;

namespace {

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Prose: a long block ending like a sentence. Dropping one is worth a look unless it is a
// repeat (analysed once elsewhere) or a photo caption.
bool is_prose(std::string_view text) {
  if (count_words(text) < 15) return false;
  const char last = text.back();
  return last == '.' || last == '"' || last == '!' || last == '?';
}

bool is_repeat_or_caption(const std::string& reason) {
  return reason.rfind("cue:repeated", 0) == 0 || reason == "cue:pull-quote" ||
         reason == "rule:boilerplate.photo-caption";
}

}  // namespace

TEST_CASE("corpus: offsets hold, debris is marked, prose is kept", "[text][corpus]") {
  const fs::path corpus(FACTDIFF_CORPUS_DIR);
  if (!fs::is_directory(corpus)) {
    WARN("SKIPPED: no corpus at " << corpus.string());
    return;
  }
  auto rules = RuleSet::load({std::string(FACTDIFF_SOURCE_DIR) + "/rules/text"});
  REQUIRE(rules.ok());
  auto words = WordList::load(FACTDIFF_DEFAULT_WORDLIST);
  REQUIRE(words.ok());
  std::vector<fs::path> clusters;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.is_directory()) clusters.push_back(entry.path());
  }
  std::sort(clusters.begin(), clusters.end());
  REQUIRE(clusters.size() >= 10);

  std::map<std::string, std::size_t> prose_dropped_by;
  std::size_t prose_kept = 0, prose_dropped = 0, blocks_dropped = 0, repairs = 0, sentences = 0;
  for (const fs::path& cluster : clusters) {
    auto loaded = load_documents({cluster.string()}, LoadOptions{});
    INFO(cluster.string() << ": " << loaded.status().message());
    REQUIRE(loaded.ok());
    const auto analyses = analyze_documents(loaded.value().documents, *rules.value(), *words.value());
    for (const AnalyzedDocument& analysis : analyses) {
      const Document& doc = *analysis.document;
      INFO(doc.path);
      for (const Block& block : analysis.blocks) {
        const std::string_view text = doc.view(block.span);
        if (block.boilerplate) ++blocks_dropped;
        if (!is_prose(text)) continue;
        if (!block.boilerplate) {
          ++prose_kept;
        } else if (!is_repeat_or_caption(block.reason)) {
          ++prose_dropped;
          ++prose_dropped_by[block.reason];
        }
      }
      for (const Sentence& sentence : analysis.sentences) {
        ++sentences;
        REQUIRE(analysis.blocks.at(sentence.block).span.contains(sentence.span));
        REQUIRE_FALSE(analysis.blocks[sentence.block].boilerplate);
        for (const Token& token : sentence.tokens) REQUIRE(sentence.span.contains(token.span));
        const std::string_view text = doc.view(sentence.span);
        CHECK(text.find("Skip in Skip") == std::string_view::npos);
        CHECK(text.find("All rights reserved") == std::string_view::npos);
        CHECK(text.find("Hide Caption") == std::string_view::npos);
        CHECK(text.find("Please enable Javascript") == std::string_view::npos);
        CHECK(text.find("Sign in using") == std::string_view::npos);
      }
      for (const GlueRepair& repair : analysis.repairs) {
        ++repairs;
        REQUIRE(repair.pieces.size() >= 2);
        CHECK(repair.pieces.front().start == repair.span.start);
        CHECK(repair.pieces.back().end == repair.span.end);
      }
    }
  }
  WARN("corpus: " << sentences << " sentences, " << blocks_dropped << " blocks marked boilerplate, "
                  << prose_kept << " prose blocks kept, " << prose_dropped
                  << " prose blocks marked (not repeats or captions), " << repairs << " glue repairs");
  for (const auto& [reason, count] : prose_dropped_by) WARN("prose marked by " << reason << ": " << count);
  CHECK(prose_dropped * 100 <= prose_kept);  // at most 1% of prose lost to chrome rules
  CHECK(repairs <= 40);                      // glue is rare outside the seeds; names must survive
}
