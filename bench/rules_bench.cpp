// Rule loading: the bundled rules and a synthetic 100-rule set, parsed, validated and compiled.
// A command-line run pays this once per invocation, so it must stay well under the time a person
// notices. Each benchmark first checks that loading succeeds with the expected rule count.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include <fmt/format.h>

#include "rules/rule_directory.h"
#include "rules/rule_set.h"

namespace factdiff {
namespace {

// Half pattern rules (alternations, classes, counted repeats: what real rules look like), half
// lexicons of twenty entries with fields; every rule with two examples and a negative.
std::vector<RuleFileText> synthetic_rules(int count) {
  std::vector<RuleFileText> files;
  const int per_file = 10;
  for (int file = 0; file * per_file < count; ++file) {
    std::string text = "rules:\n";
    for (int i = file * per_file; i < count && i < (file + 1) * per_file; ++i) {
      if (i % 2 == 0) {
        text += fmt::format(
            "  - id: synthetic-pattern-{0}\n"
            "    type: pattern\n"
            "    stage: stage{1}\n"
            "    description: a measure with one of three words\n"
            "    pattern: '(?i)\\b(?:alpha{0}|beta{0}|gamma{0})\\s+(\\d{{1,3}}(?:,\\d{{3}})*(?:\\.\\d+)?)"
            "\\s*(?:km|miles|people|dollars)\\b'\n"
            "    fields: {{kind: measure, unit: synthetic}}\n"
            "    examples:\n"
            "      - text: alpha{0} 1,200 km\n"
            "        expect: {{value: '1200'}}\n"
            "      - beta{0} 3.5 miles\n"
            "    negatives: [gamma{0} many people]\n",
            i, i % 4);
      } else {
        text += fmt::format(
            "  - id: synthetic-lexicon-{0}\n"
            "    type: lexicon\n"
            "    stage: numeric\n"
            "    lexicon: synthetic_{1}\n"
            "    entries:\n",
            i, i % 5);
        for (int entry = 0; entry < 20; ++entry) {
          text += fmt::format("      Word {} Of Rule {}: {{value: '{}', bound: below}}\n", entry, i,
                              entry * i);
        }
        text += fmt::format(
            "    examples:\n"
            "      - word 1 of rule {0}\n"
            "      - text: word 2 of rule {0}\n"
            "        expect: {{value: '{1}'}}\n"
            "    negatives: [nothing here]\n",
            i, 2 * i);
      }
    }
    files.emplace_back(fmt::format("synthetic/{:03d}.yaml", file), std::move(text));
  }
  return files;
}

void BM_LoadBundledRules(benchmark::State& state) {
  const std::string directory = default_rules_dir();
  Result<std::shared_ptr<const RuleSet>> check = RuleSet::load({directory});
  if (!check.ok()) {
    state.SkipWithError(check.status().message().c_str());
    return;
  }
  const std::size_t rule_count = check.value()->rules().size();
  if (rule_count == 0) {
    state.SkipWithError("the bundled rules directory holds no rules");
    return;
  }
  std::size_t bytes = 0;
  Result<std::vector<RuleFileText>> files = read_rule_directory(directory);
  for (const RuleFileText& file : files.value()) bytes += file.second.size();

  for (auto _ : state) {
    Result<std::shared_ptr<const RuleSet>> loaded = RuleSet::load({directory});
    benchmark::DoNotOptimize(loaded);
  }
  state.counters["rules"] = static_cast<double>(rule_count);
  state.counters["files"] = static_cast<double>(files.value().size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes));
}
BENCHMARK(BM_LoadBundledRules)->Unit(benchmark::kMillisecond);

void BM_LoadSyntheticRules(benchmark::State& state) {
  const int count = static_cast<int>(state.range(0));
  const std::vector<RuleFileText> files = synthetic_rules(count);
  Result<std::shared_ptr<const RuleSet>> check = RuleSet::load_texts(files);
  if (!check.ok()) {
    state.SkipWithError(check.status().message().c_str());
    return;
  }
  if (check.value()->rules().size() != static_cast<std::size_t>(count) ||
      check.value()->patterns("stage0").size() != static_cast<std::size_t>((count + 3) / 4) ||
      check.value()->lexicon("synthetic_1").size() != 20 * static_cast<std::size_t>((count + 8) / 10)) {
    state.SkipWithError("the synthetic rule set did not load as generated");
    return;
  }
  std::size_t bytes = 0;
  for (const RuleFileText& file : files) bytes += file.second.size();

  for (auto _ : state) {
    Result<std::shared_ptr<const RuleSet>> loaded = RuleSet::load_texts(files);
    benchmark::DoNotOptimize(loaded);
  }
  state.counters["rules"] = count;
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes));
}
BENCHMARK(BM_LoadSyntheticRules)->Arg(100)->Arg(400)->Unit(benchmark::kMillisecond);

// The hot path rules exist for: one pass of a stage's pattern set over a line of text.
void BM_PatternSetMatch(benchmark::State& state) {
  Result<std::shared_ptr<const RuleSet>> loaded = RuleSet::load_texts(synthetic_rules(100));
  if (!loaded.ok()) {
    state.SkipWithError(loaded.status().message().c_str());
    return;
  }
  const PatternSet* set = loaded.value()->pattern_set("stage0");
  const std::string hit = "The road runs for alpha40 1,200 km along the coast.";
  const std::string miss = "Officials said at least 129 people were killed in the attacks.";
  std::vector<int> matched;
  if (set == nullptr || !set->match(hit, &matched) || matched.size() != 1 ||
      set->match(miss, nullptr)) {
    state.SkipWithError("the pattern set does not answer as expected");
    return;
  }
  for (auto _ : state) {
    matched.clear();
    benchmark::DoNotOptimize(set->match(miss, &matched));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(miss.size()));
}
BENCHMARK(BM_PatternSetMatch);

}  // namespace
}  // namespace factdiff

BENCHMARK_MAIN();
