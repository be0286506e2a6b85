// Text layer throughput on the corpus: boilerplate, sentences, tokens and glue repair, cluster by
// cluster as a real run analyses them (glue repair looks at all documents of a run together).
// Before timing, every analysis is checked: sentences and tokens lie inside their document, in
// order and without overlap, and every document with text gets at least one sentence.
#include <benchmark/benchmark.h>

#include <string>

#include "corpus_documents.h"
#include "pipeline/pipeline.h"

namespace factdiff {
namespace {

const Pipeline& pipeline() {
  static const Pipeline created = [] {
    Result<Pipeline> result = Pipeline::create(PipelineOptions{});
    if (!result.ok()) throw std::runtime_error(result.status().message());
    return std::move(result).value();
  }();
  return created;
}

// An empty string when the analyses are sound, else what is wrong.
std::string check_analyses(const std::vector<Document>& documents,
                           const std::vector<AnalyzedDocument>& analyses) {
  if (analyses.size() != documents.size()) return "one analysis per document expected";
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const std::size_t size = documents[i].bytes.size();
    if (size > 200 && analyses[i].sentences.empty()) return documents[i].id + ": no sentence";
    std::size_t previous_end = 0;
    for (const Sentence& sentence : analyses[i].sentences) {
      if (sentence.span.end > size || sentence.span.start < previous_end || sentence.span.empty()) {
        return documents[i].id + ": sentence out of order or out of bounds";
      }
      previous_end = sentence.span.end;
      for (const Token& token : sentence.tokens) {
        if (!sentence.span.contains(token.span) && !token.span.empty()) {
          return documents[i].id + ": token outside its sentence";
        }
      }
    }
  }
  return "";
}

void BM_TextLayerCorpus(benchmark::State& state) {
  static const std::vector<std::vector<Document>> clusters = bench::corpus_clusters();
  if (clusters.empty()) {
    state.SkipWithError("SKIPPED: corpus folder absent (FACTDIFF_CORPUS_DIR)");
    return;
  }
  std::size_t bytes = 0;
  std::size_t documents = 0;
  for (const auto& cluster : clusters) {
    const std::string problem = check_analyses(cluster, pipeline().analyze(cluster));
    if (!problem.empty()) {
      state.SkipWithError(problem.c_str());
      return;
    }
    bytes += bench::total_bytes(cluster);
    documents += cluster.size();
  }
  for (auto _ : state) {
    for (const auto& cluster : clusters) benchmark::DoNotOptimize(pipeline().analyze(cluster));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["documents/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * documents), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TextLayerCorpus)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
}  // namespace factdiff

BENCHMARK_MAIN();
