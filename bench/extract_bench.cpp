// Extraction throughput over the whole shared corpus, rules already loaded.
//
// Before timing, the claims of paris-2015 are checked against its gold (a fast wrong answer is
// worth nothing). Then two measures, in bytes of article text per second on one core:
//   BM_NumericExtraction   the numeric extractor alone, over analyses made beforehand;
//   BM_AnalyzeAndExtract   the text layer and extract_claims together, every document's tokens
//                          held at once;
//   BM_ReadDocuments       the same as `factdiff extract` reads a run (read_documents): each
//                          document's tokens made, read and let go in turn (glue repair counts
//                          every document first).
// Without the corpus (FACTDIFF_CORPUS_DIR absent) the corpus benchmarks skip with a message.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "eval/fixture_scoring.h"
#include "extract/extraction.h"
#include "extract/numeric_extractor.h"
#include "input/document_loader.h"
#include "pipeline/document_reading.h"
#include "rules/rule_set.h"
#include "text/text_analyzer.h"
#include "text/word_list.h"

namespace factdiff {
namespace {

struct Corpus {
  std::shared_ptr<const RuleSet> rules;
  std::shared_ptr<const WordList> words;
  std::vector<std::vector<Document>> clusters;  // analysed together, as one run each
  std::size_t bytes = 0;
  std::size_t documents = 0;
  std::string problem;  // why the benchmarks cannot run, if they cannot
};

const Corpus& corpus() {
  static const Corpus loaded = [] {
    Corpus corpus;
    auto rules = RuleSet::load({std::string(FACTDIFF_SOURCE_DIR) + "/rules"});
    if (!rules.ok()) {
      corpus.problem = rules.status().message();
      return corpus;
    }
    corpus.rules = rules.value();
    auto words = WordList::load(FACTDIFF_DEFAULT_WORDLIST);
    corpus.words = words.ok() ? words.value() : WordList::from_words({});
    // Check before timing: paris-2015 must reach the bar.
    auto paris = run_fixture(std::string(FACTDIFF_SOURCE_DIR) + "/fixtures/paris-2015", "",
                             *corpus.rules, *corpus.words);
    if (!paris.ok()) {
      corpus.problem = paris.status().message();
      return corpus;
    }
    const NumericScore& score = paris.value().score;
    std::cerr << "paris-2015 check: precision " << score.precision() << ", recall " << score.recall() << "\n";
    if (score.precision() < 0.95 || score.recall() < 0.95) {
      corpus.problem = "paris-2015 claims do not match the gold; not timing a wrong answer";
      return corpus;
    }
    namespace fs = std::filesystem;
    if (!fs::is_directory(FACTDIFF_CORPUS_DIR)) {
      corpus.problem = std::string("SKIPPED: corpus folder ") + FACTDIFF_CORPUS_DIR + " is absent";
      return corpus;
    }
    std::vector<std::string> folders;
    for (const auto& entry : fs::directory_iterator(FACTDIFF_CORPUS_DIR)) {
      if (entry.is_directory()) folders.push_back(entry.path().string());
    }
    std::sort(folders.begin(), folders.end());
    for (const std::string& folder : folders) {
      auto documents = load_documents({folder}, {});
      if (!documents.ok()) continue;
      for (const Document& document : documents.value().documents) corpus.bytes += document.bytes.size();
      corpus.documents += documents.value().documents.size();
      corpus.clusters.push_back(std::move(documents.value().documents));
    }
    return corpus;
  }();
  return loaded;
}

void report(benchmark::State& state, const Corpus& data) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * data.bytes));
  state.counters["documents/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * data.documents), benchmark::Counter::kIsRate);
}

void BM_NumericExtraction(benchmark::State& state) {
  const Corpus& data = corpus();
  if (!data.problem.empty()) {
    state.SkipWithError(data.problem.c_str());
    return;
  }
  std::vector<std::vector<AnalyzedDocument>> analyses;
  for (const auto& cluster : data.clusters) {
    analyses.push_back(analyze_documents(cluster, *data.rules, *data.words));
  }
  const NumericExtractor extractor(*data.rules);
  std::size_t claims = 0;
  for (auto _ : state) {
    for (const auto& cluster : analyses) {
      for (const AnalyzedDocument& analysis : cluster) claims += extractor.extract(analysis).size();
    }
  }
  benchmark::DoNotOptimize(claims);
  report(state, data);
}
BENCHMARK(BM_NumericExtraction)->Unit(benchmark::kMillisecond);

void BM_AnalyzeAndExtract(benchmark::State& state) {
  const Corpus& data = corpus();
  if (!data.problem.empty()) {
    state.SkipWithError(data.problem.c_str());
    return;
  }
  // Rules loaded means their tables built too, once, as a process does for all its runs.
  const TextRules text_rules = TextRules::from_rule_set(*data.rules);
  const ClaimExtractor extractor(*data.rules);
  std::size_t claims = 0;
  for (auto _ : state) {
    for (const auto& cluster : data.clusters) {
      auto analyses = analyze_documents(cluster, text_rules, *data.words);
      claims += extractor.extract(analyses).claims.size();
    }
  }
  benchmark::DoNotOptimize(claims);
  report(state, data);
}
BENCHMARK(BM_AnalyzeAndExtract)->Unit(benchmark::kMillisecond);

void BM_ReadDocuments(benchmark::State& state) {
  const Corpus& data = corpus();
  if (!data.problem.empty()) {
    state.SkipWithError(data.problem.c_str());
    return;
  }
  // Rules loaded means their tables built too, once, as a process does for all its runs.
  const ReadingTables tables(*data.rules);
  std::size_t claims = 0;
  for (auto _ : state) {
    for (const auto& cluster : data.clusters) {
      claims += read_documents(cluster, tables, *data.words, nullptr).extraction.claims.size();
    }
  }
  benchmark::DoNotOptimize(claims);
  report(state, data);
}
BENCHMARK(BM_ReadDocuments)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace factdiff

BENCHMARK_MAIN();
