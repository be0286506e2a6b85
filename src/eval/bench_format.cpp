#include "eval/bench_format.h"

#include <fmt/format.h>

#include <map>

namespace factdiff {
namespace {

std::string triple(const PrecisionRecall& score) {
  if (score.gold == 0) return "-";
  return fmt::format("{:.2f}/{:.2f}/{:.2f}", score.precision(), score.recall(), score.f1());
}

std::string share(const Share& value) {
  if (value.total == 0) return "-";
  return fmt::format("{}/{} ({:.2f})", value.passed, value.total, value.rate());
}

nlohmann::ordered_json pr_json(const PrecisionRecall& score) {
  nlohmann::ordered_json json;
  json["precision"] = score.precision();
  json["recall"] = score.recall();
  json["f1"] = score.f1();
  json["predicted"] = score.predicted;
  json["predicted_correct"] = score.predicted_correct;
  json["gold"] = score.gold;
  json["gold_found"] = score.gold_found;
  return json;
}

nlohmann::ordered_json share_json(const Share& value) {
  return {{"passed", value.passed}, {"total", value.total}, {"rate", value.rate()}};
}

nlohmann::ordered_json mutation_json(const MutationSummary& summary, bool with_outcomes) {
  nlohmann::ordered_json json;
  json["candidates"] = summary.candidates;
  json["caught"] = share_json(summary.caught);
  nlohmann::ordered_json kinds = nlohmann::ordered_json::object();
  for (const auto& [kind, value] : summary.by_kind) kinds[std::string(to_string(kind))] = share_json(value);
  json["by_kind"] = kinds;
  json["false_findings"] = summary.false_findings;
  json["runs_with_false_findings"] = summary.runs_with_false_findings;
  if (with_outcomes) {
    nlohmann::ordered_json outcomes = nlohmann::ordered_json::array();
    for (const MutationOutcome& outcome : summary.outcomes) {
      outcomes.push_back({{"mutation", outcome.mutation.describe()},
                          {"caught", outcome.caught},
                          {"false_findings", outcome.false_findings}});
    }
    json["outcomes"] = outcomes;
  }
  return json;
}

nlohmann::ordered_json scores_json(const BenchScores& scores, bool with_outcomes) {
  nlohmann::ordered_json json;
  json["counts"] = {{"fixtures", scores.fixtures}, {"skipped", scores.skipped},
                    {"documents", scores.documents}, {"bytes", scores.bytes},
                    {"claims", scores.claims},       {"facts", scores.facts},
                    {"findings", scores.findings}};
  json["seconds"] = scores.seconds;
  json["cpu_seconds"] = scores.cpu_seconds;
  json["numeric"] = pr_json(scores.numeric);
  json["quotes"] = pr_json(scores.quotes);
  json["alignment"] = pr_json(scores.alignment);
  json["findings"] = pr_json(scores.findings_gold);
  json["dataset"] = {{"gva_killed", share_json(scores.gva_killed)},
                     {"gva_injured", share_json(scores.gva_injured)},
                     {"ecb_chains", share_json(scores.ecb_chains)},
                     {"ecb_pairs", pr_json(scores.ecb_pairs)}};
  json["mutation"] = mutation_json(scores.mutation, with_outcomes);
  return json;
}

std::string mutation_line(const BenchResult& result) {
  const MutationSummary& summary = result.overall.mutation;
  std::string line = fmt::format("mutation ({} per fixture, seed {}): caught {}", result.mutate,
                                 result.seed, share(summary.caught));
  for (const auto& [kind, value] : summary.by_kind) {
    line += fmt::format("; {} {}", to_string(kind), share(value));
  }
  line += fmt::format("; false findings {} in {} of {} runs", summary.false_findings,
                      summary.runs_with_false_findings, summary.caught.total);
  return line;
}

std::optional<double> pr_metric(const PrecisionRecall& score, const std::string& which) {
  if (which == "precision") return score.precision();
  if (which == "recall") return score.recall();
  if (which == "f1") return score.f1();
  return std::nullopt;
}

std::optional<double> scores_metric(const BenchResult& result, const BenchScores& scores,
                                    const std::string& name) {
  const std::size_t dot = name.rfind('.');
  const std::string group = dot == std::string::npos ? name : name.substr(0, dot);
  const std::string which = dot == std::string::npos ? "" : name.substr(dot + 1);
  const std::map<std::string, const PrecisionRecall*> scored = {
      {"numeric", &scores.numeric},     {"quotes", &scores.quotes},
      {"alignment", &scores.alignment}, {"findings", &scores.findings_gold},
      {"ecb.pairs", &scores.ecb_pairs}};
  if (const auto it = scored.find(group); it != scored.end()) return pr_metric(*it->second, which);
  if (name == "gva.killed") return scores.gva_killed.rate();
  if (name == "gva.injured") return scores.gva_injured.rate();
  if (name == "ecb.chains") return scores.ecb_chains.rate();
  if (name == "mutation.catch_rate") return scores.mutation.caught.rate();
  if (name == "throughput.mb_per_second" || name == "throughput.documents_per_second") {
    if (scores.cpu_seconds <= 0) return 0.0;
    const double amount = name == "throughput.mb_per_second" ? scores.bytes / 1e6 : scores.documents;
    return amount / scores.cpu_seconds;
  }
  (void)result;
  return std::nullopt;
}

}  // namespace

std::string format_bench_text(const BenchResult& result) {
  const BenchScores& all = result.overall;
  std::string out = fmt::format(
      "factdiff bench: {} fixtures run, {} skipped; {} documents, {:.2f} MB\n\n", all.fixtures,
      all.skipped, all.documents, all.bytes / 1e6);
  out += fmt::format("{:<14} {:>5} {:>6} {:<16} {:<16} {:<16} {:<16}\n", "set", "fix", "docs",
                     "numeric P/R/F1", "quotes P/R/F1", "alignment P/R/F1", "findings P/R/F1");
  auto row = [&](const std::string& name, const BenchScores& scores) {
    out += fmt::format("{:<14} {:>5} {:>6} {:<16} {:<16} {:<16} {:<16}\n", name, scores.fixtures,
                       scores.documents, triple(scores.numeric), triple(scores.quotes),
                       triple(scores.alignment), triple(scores.findings_gold));
  };
  for (const SetResult& set : result.sets) row(set.name, set.scores);
  row("overall", all);
  out += fmt::format(
      "\ndataset gold: gva killed {}, gva injured {}; ecbplus numeric chains in one fact {}, "
      "chain pairs P/R/F1 {}\n",
      share(all.gva_killed), share(all.gva_injured), share(all.ecb_chains), triple(all.ecb_pairs));
  if (result.mutate > 0) out += mutation_line(result) + "\n";
  out += fmt::format(
      "throughput: {:.2f} MB/s, {:.1f} documents/s (compare over {} documents: {:.3f} s CPU, "
      "{:.3f} s wall; {} claims, {} facts, {} findings); whole run {:.2f} s; peak memory "
      "{:.1f} MiB\n",
      result.megabytes_per_second(), result.documents_per_second(), all.documents,
      all.cpu_seconds, all.seconds,
      all.claims, all.facts, all.findings, result.wall_seconds, result.peak_memory_kb / 1024.0);
  bool skipped_header = false;
  for (const FixtureResult& fixture : result.fixtures) {
    if (fixture.skipped.empty()) continue;
    if (!skipped_header) out += "\nskipped:\n";
    skipped_header = true;
    out += fmt::format("  {}: {}\n", fixture.name, fixture.skipped);
  }
  bool notes_header = false;
  for (const FixtureResult& fixture : result.fixtures) {
    for (const std::string& note : fixture.notes) {
      if (!notes_header) out += "\nnotes:\n";
      notes_header = true;
      out += fmt::format("  {}: {}\n", fixture.name, note);
    }
  }
  return out;
}

nlohmann::ordered_json bench_to_json(const BenchResult& result) {
  nlohmann::ordered_json json;
  json["schema"] = kBenchSchema;
  json["overall"] = scores_json(result.overall, false);
  nlohmann::ordered_json sets = nlohmann::ordered_json::array();
  for (const SetResult& set : result.sets) {
    nlohmann::ordered_json entry = {{"name", set.name}};
    entry.update(scores_json(set.scores, false));
    sets.push_back(entry);
  }
  json["sets"] = sets;
  nlohmann::ordered_json fixtures = nlohmann::ordered_json::array();
  for (const FixtureResult& fixture : result.fixtures) {
    nlohmann::ordered_json entry = {{"name", fixture.name}, {"set", fixture.set}};
    if (!fixture.skipped.empty()) entry["skipped"] = fixture.skipped;
    entry["notes"] = fixture.notes;
    entry.update(scores_json(fixture.scores, true));
    fixtures.push_back(entry);
  }
  json["fixtures"] = fixtures;
  json["throughput"] = {{"seconds", result.overall.seconds},
                        {"cpu_seconds", result.overall.cpu_seconds},
                        {"bytes", result.overall.bytes},
                        {"documents", result.overall.documents},
                        {"mb_per_second", result.megabytes_per_second()},
                        {"documents_per_second", result.documents_per_second()}};
  json["mutation"] = {{"per_fixture", result.mutate}, {"seed", result.seed}};
  json["wall_seconds"] = result.wall_seconds;
  json["peak_memory_kb"] = result.peak_memory_kb;
  return json;
}

Result<double> bench_metric(const BenchResult& result, const std::string& name) {
  const std::size_t colon = name.find(':');
  const BenchScores* scores = &result.overall;
  std::string metric = name;
  if (colon != std::string::npos) {
    const std::string set = name.substr(0, colon);
    metric = name.substr(colon + 1);
    scores = nullptr;
    for (const SetResult& candidate : result.sets) {
      if (candidate.name == set) scores = &candidate.scores;
    }
    if (scores == nullptr) return Status::error("--fail-under " + name + ": no fixture set " + set);
  }
  const std::optional<double> value = scores_metric(result, *scores, metric);
  if (!value) {
    return Status::error("--fail-under " + name + ": unknown metric " + metric +
                         " (numeric|quotes|alignment|findings|ecb.pairs .precision|.recall|.f1, "
                         "gva.killed, gva.injured, ecb.chains, mutation.catch_rate, "
                         "throughput.mb_per_second, throughput.documents_per_second)");
  }
  return *value;
}

Status check_thresholds(const BenchResult& result, const std::vector<std::string>& specs) {
  std::vector<std::string> below;
  for (const std::string& spec : specs) {
    const std::size_t equals = spec.find('=');
    if (equals == std::string::npos || equals == 0 || equals + 1 == spec.size()) {
      return Status::error("--fail-under " + spec + ": expected METRIC=MINIMUM");
    }
    const std::string name = spec.substr(0, equals);
    double minimum = 0;
    try {
      std::size_t used = 0;
      minimum = std::stod(spec.substr(equals + 1), &used);
      if (used != spec.size() - equals - 1) throw std::invalid_argument(spec);
    } catch (const std::exception&) {
      return Status::error("--fail-under " + spec + ": the minimum is not a number");
    }
    Result<double> value = bench_metric(result, name);
    if (!value.ok()) return value.status();
    if (value.value() < minimum) {
      below.push_back(fmt::format("{} is {:.4f}, under {}", name, value.value(), spec.substr(equals + 1)));
    }
  }
  if (below.empty()) return Status();
  std::string message = "bench below thresholds: ";
  for (std::size_t i = 0; i < below.size(); ++i) message += (i > 0 ? "; " : "") + below[i];
  return Status::error(message);
}

}  // namespace factdiff
