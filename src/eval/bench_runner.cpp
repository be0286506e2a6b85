#include "eval/bench_runner.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <map>

#include "eval/attribution_score.h"
#include "eval/bench_fixture.h"
#include "eval/bench_gold_facts.h"
#include "eval/gold_file.h"
#include "eval/numeric_scoring.h"

namespace factdiff {
namespace {

using Clock = std::chrono::steady_clock;

double cpu_now() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

PrecisionRecall counts_of(const NumericScore& score) {
  PrecisionRecall counts;
  counts.predicted = score.extracted;
  counts.predicted_correct = score.matched;
  counts.gold = score.gold;
  counts.gold_found = score.matched;
  return counts;
}

// Quotes with their speakers, through the attribution scorer.
Status score_quotes(const std::string& gold_path, const std::vector<Document>& documents,
                    const Report& report, const SpellingVariants& spelling, FixtureResult& result) {
  Result<AttributionGold> gold = read_attribution_gold(gold_path);
  if (!gold.ok()) return gold.status();
  const Status checked = check_attribution_gold(gold.value(), documents);
  if (!checked.ok()) {
    result.notes.push_back("quotes not scored: " + checked.message());
    return Status();
  }
  const AttributionScore score =
      score_attribution(gold.value(), report.extraction.claims, report.extraction.entities, spelling);
  PrecisionRecall& quotes = result.scores.quotes;
  quotes.gold = score.gold_quotes;
  quotes.gold_found = score.right_quote_speakers;
  for (const Claim& claim : report.extraction.claims) {
    const auto document = gold.value().documents.find(claim.doc);
    if (claim.kind == ClaimKind::kQuote && document != gold.value().documents.end() &&
        !document->second.quotes.empty()) {
      ++quotes.predicted;
    }
  }
  quotes.predicted_correct = std::min(quotes.predicted, score.right_quote_speakers);
  return Status();
}

// Numeric claims, quotes, alignment and findings against the fixture's gold.yaml.
Status score_fixture_gold(const BenchFixture& fixture, const std::vector<Document>& documents,
                          const Report& report, const SpellingVariants& spelling,
                          FixtureResult& result) {
  if (fixture.gold_path.empty()) return Status();
  FACTDIFF_RETURN_IF_ERROR(score_quotes(fixture.gold_path, documents, report, spelling, result));
  Result<GoldFile> numeric = read_gold_file(fixture.gold_path);
  if (!numeric.ok()) return numeric.status();
  const Status located = locate_gold(numeric.value(), documents);
  if (located.ok()) {
    const NumericScore score = score_numeric(report.extraction.claims, numeric.value(), documents);
    result.scores.numeric = counts_of(score);
  } else {
    result.notes.push_back("numeric gold not scored: " + located.message());
  }
  Result<GoldJudgement> judgement = read_gold_judgement(fixture.gold_path);
  if (!judgement.ok()) return judgement.status();
  const Status facts_located = locate_gold_judgement(judgement.value(), documents, fixture.gold_path);
  if (!facts_located.ok()) {
    result.notes.push_back("facts not scored: " + facts_located.message());
    return Status();
  }
  result.scores.alignment = score_alignment(judgement.value(), report);
  result.scores.findings_gold = score_findings(judgement.value(), report);
  return Status();
}

Status score_dataset(const std::string& corpus_cluster_yaml, const Report& report,
                     FixtureResult& result) {
  if (corpus_cluster_yaml.empty()) return Status();
  Result<DatasetGold> gold = read_dataset_gold(corpus_cluster_yaml);
  if (!gold.ok()) return gold.status();
  const DatasetScore score = score_dataset_gold(gold.value(), report);
  result.scores.gva_killed = score.killed;
  result.scores.gva_injured = score.injured;
  result.scores.ecb_chains = score.chains;
  result.scores.ecb_pairs = score.chain_pairs;
  result.notes.insert(result.notes.end(), score.misses.begin(), score.misses.end());
  return Status();
}

class ProgressLine {
 public:
  explicit ProgressLine(bool enabled) : enabled_(enabled) {}
  ~ProgressLine() {
    if (enabled_ && shown_) std::fprintf(stderr, "\r\033[K");
  }
  void show(std::size_t done, std::size_t total, const std::string& name) {
    if (!enabled_) return;
    shown_ = true;
    std::fprintf(stderr, "\r\033[Kbench %zu/%zu %s", done + 1, total, name.c_str());
    std::fflush(stderr);
  }

 private:
  bool enabled_;
  bool shown_ = false;
};

Result<FixtureResult> run_fixture_bench(const CompareFunction& compare, const BenchFixture& fixture,
                                        const BenchOptions& options) {
  FixtureResult result;
  result.name = fixture.name;
  result.set = fixture.set;
  Result<FixtureDocuments> loaded = load_fixture_documents(fixture, options.corpus_dir);
  if (!loaded.ok()) return loaded.status();
  FixtureDocuments& documents = loaded.value();
  if (!documents.skipped.empty()) {
    result.skipped = documents.skipped;
    result.scores.skipped = 1;
    return result;
  }
  BenchScores& scores = result.scores;
  scores.fixtures = 1;
  scores.documents = documents.documents.size();
  for (const Document& document : documents.documents) scores.bytes += document.bytes.size();

  const Clock::time_point start = Clock::now();
  const double cpu_start = cpu_now();
  const Report report = compare(documents.documents);
  scores.cpu_seconds = cpu_now() - cpu_start;
  scores.seconds = seconds_since(start);
  scores.claims = report.extraction.claims.size();
  scores.facts = report.facts.size();
  scores.findings = report.findings.size();

  FACTDIFF_RETURN_IF_ERROR(score_fixture_gold(fixture, documents.documents, report, options.spelling, result));
  FACTDIFF_RETURN_IF_ERROR(score_dataset(documents.corpus_cluster_yaml, report, result));
  if (options.mutate > 0) {
    const std::vector<Mutation> plan = plan_mutations(report, options.is_title, options.mutate, options.seed);
    scores.mutation = run_mutations(compare, documents.documents, report, options.is_title, plan);
  }
  return result;
}

}  // namespace

BenchScores& BenchScores::operator+=(const BenchScores& other) {
  fixtures += other.fixtures;
  skipped += other.skipped;
  documents += other.documents;
  bytes += other.bytes;
  seconds += other.seconds;
  cpu_seconds += other.cpu_seconds;
  claims += other.claims;
  facts += other.facts;
  findings += other.findings;
  numeric += other.numeric;
  quotes += other.quotes;
  alignment += other.alignment;
  findings_gold += other.findings_gold;
  gva_killed += other.gva_killed;
  gva_injured += other.gva_injured;
  ecb_chains += other.ecb_chains;
  ecb_pairs += other.ecb_pairs;
  mutation += other.mutation;
  return *this;
}

double BenchResult::megabytes_per_second() const {
  return overall.cpu_seconds <= 0 ? 0.0 : static_cast<double>(overall.bytes) / 1e6 / overall.cpu_seconds;
}

double BenchResult::documents_per_second() const {
  return overall.cpu_seconds <= 0 ? 0.0 : static_cast<double>(overall.documents) / overall.cpu_seconds;
}

long peak_memory_kb() {
  rusage usage{};
  if (getrusage(RUSAGE_SELF, &usage) != 0) return 0;
  return usage.ru_maxrss;  // KiB on Linux
}

Result<BenchResult> run_bench(const CompareFunction& compare, const BenchOptions& options) {
  const Clock::time_point start = Clock::now();
  std::vector<std::string> directories = options.fixture_dirs;
  if (directories.empty()) directories.push_back("fixtures");
  std::vector<BenchFixture> fixtures;
  for (const std::string& directory : directories) {
    Result<std::vector<BenchFixture>> found = find_fixtures(directory);
    if (!found.ok()) return found.status();
    fixtures.insert(fixtures.end(), found.value().begin(), found.value().end());
  }
  BenchResult result;
  result.seed = options.seed;
  result.mutate = options.mutate;
  std::map<std::string, BenchScores> by_set;
  {
    ProgressLine progress(options.progress);
    for (std::size_t i = 0; i < fixtures.size(); ++i) {
      progress.show(i, fixtures.size(), fixtures[i].name);
      Result<FixtureResult> fixture = run_fixture_bench(compare, fixtures[i], options);
      if (!fixture.ok()) return fixture.status();
      by_set[fixture.value().set] += fixture.value().scores;
      result.overall += fixture.value().scores;
      result.fixtures.push_back(std::move(fixture).value());
    }
  }
  for (auto& [name, scores] : by_set) result.sets.push_back({name, scores});
  result.wall_seconds = seconds_since(start);
  result.peak_memory_kb = peak_memory_kb();
  return result;
}

}  // namespace factdiff
