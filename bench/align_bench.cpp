// Alignment and judgement time as the number of documents grows: 10, 100 and 1,000 documents.
//
// Documents are the shared corpus's articles (analysed and extracted once, before timing), taken
// in a fixed order and, past the corpus size, repeated under new ids, as a large cluster of wire
// copy would be. Before timing, each run is checked: no fact holds two mentions of one document,
// and the Eigen cosine fast path agrees with the brute-force one on a sample. Reported: time per
// run and documents per second. Without the corpus the benchmarks skip with a message.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "align/alignment.h"
#include "align/context_space.h"
#include "extract/extraction.h"
#include "input/document_loader.h"
#include "judge/judgement.h"
#include "rules/rule_set.h"
#include "text/text_analyzer.h"
#include "text/word_list.h"

namespace factdiff {
namespace {

struct Prepared {
  std::vector<Document> documents;
  std::vector<AnalyzedDocument> analyses;
  Extraction extraction;
  std::size_t bytes = 0;
};

struct Setup {
  std::shared_ptr<const RuleSet> rules;
  CompareLexicons lexicons;
  std::vector<Document> corpus;  // every corpus article, by cluster then file
  std::string problem;
};

const Setup& setup() {
  static const Setup loaded = [] {
    Setup setup;
    auto rules = RuleSet::load({std::string(FACTDIFF_SOURCE_DIR) + "/rules"});
    if (!rules.ok()) {
      setup.problem = rules.status().message();
      return setup;
    }
    setup.rules = rules.value();
    setup.lexicons = compare_lexicons_from(*setup.rules);
    namespace fs = std::filesystem;
    if (!fs::is_directory(FACTDIFF_CORPUS_DIR)) {
      setup.problem = std::string("no corpus at ") + FACTDIFF_CORPUS_DIR;
      return setup;
    }
    std::vector<std::string> clusters;
    for (const auto& entry : fs::directory_iterator(FACTDIFF_CORPUS_DIR)) {
      if (entry.is_directory()) clusters.push_back(entry.path().string());
    }
    std::sort(clusters.begin(), clusters.end());
    for (const std::string& cluster : clusters) {
      auto loaded_cluster = load_documents({cluster}, {});
      if (!loaded_cluster.ok()) continue;
      for (Document& document : loaded_cluster.value().documents) {
        document.id = fs::path(cluster).filename().string() + "-" + document.id;
        setup.corpus.push_back(std::move(document));
      }
    }
    return setup;
  }();
  return loaded;
}

// n documents, analysed and extracted together once (cached per n).
const Prepared& prepared(std::size_t count) {
  static std::map<std::size_t, std::unique_ptr<Prepared>> cache;
  auto& slot = cache[count];
  if (slot) return *slot;
  slot = std::make_unique<Prepared>();
  const Setup& base = setup();
  auto words = WordList::load(FACTDIFF_DEFAULT_WORDLIST);
  const auto word_list = words.ok() ? words.value() : WordList::from_words({});
  for (std::size_t i = 0; i < count && !base.corpus.empty(); ++i) {
    Document document = base.corpus[i % base.corpus.size()];
    if (i >= base.corpus.size()) document.id += "-copy" + std::to_string(i / base.corpus.size());
    slot->bytes += document.bytes.size();
    slot->documents.push_back(std::move(document));
  }
  slot->analyses = analyze_documents(slot->documents, *base.rules, *word_list);
  slot->extraction = extract_claims(slot->analyses, *base.rules);
  return *slot;
}

// Check before timing: one mention per document per fact, and the fast cosine path is right.
std::string check(const Prepared& data, const std::vector<Fact>& facts) {
  for (const Fact& fact : facts) {
    std::set<std::string> docs;
    for (std::size_t mention : fact.mentions) {
      if (!docs.insert(data.extraction.claims[mention].doc).second) return "fact " + fact.id + " holds two mentions of one document";
    }
  }
  const std::vector<std::vector<std::string>> sample = {{"police", "said", "shooting"}, {"shooting", "victims"}, {"police", "victims", "night"}};
  const ContextSpace space(sample);
  const ContextVector a = space.vector_of(sample[0]), b = space.vector_of(sample[2]);
  const double fast = cosine_matrix({&a}, {&b})(0, 0);
  if (std::abs(fast - brute_force_cosine(sample[0], sample[2], sample)) > 1e-12) return "cosine fast path disagrees with brute force";
  return {};
}

void BM_Align(benchmark::State& state) {
  const Setup& base = setup();
  if (!base.problem.empty()) {
    state.SkipWithError(("SKIPPED: " + base.problem).c_str());
    return;
  }
  const Prepared& data = prepared(static_cast<std::size_t>(state.range(0)));
  const std::string problem = check(data, align_claims(data.extraction, data.analyses, base.lexicons));
  if (!problem.empty()) {
    state.SkipWithError(problem.c_str());
    return;
  }
  for (auto _ : state) {
    std::vector<Fact> facts = align_claims(data.extraction, data.analyses, base.lexicons);
    benchmark::DoNotOptimize(facts.data());
  }
  state.counters["claims"] = static_cast<double>(data.extraction.claims.size());
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(data.documents.size()), benchmark::Counter::kIsIterationInvariantRate);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(data.bytes));
}

void BM_AlignAndJudge(benchmark::State& state) {
  const Setup& base = setup();
  if (!base.problem.empty()) {
    state.SkipWithError(("SKIPPED: " + base.problem).c_str());
    return;
  }
  const Prepared& data = prepared(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    std::vector<Fact> facts = align_claims(data.extraction, data.analyses, base.lexicons);
    std::vector<Finding> findings = judge_facts(facts, data.extraction, data.analyses, base.lexicons);
    benchmark::DoNotOptimize(findings.data());
  }
  state.counters["claims"] = static_cast<double>(data.extraction.claims.size());
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(data.documents.size()), benchmark::Counter::kIsIterationInvariantRate);
}

BENCHMARK(BM_Align)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AlignAndJudge)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace factdiff

BENCHMARK_MAIN();
