// Dataset gold: the annotation the shared corpus ships with each cluster, scored on our output.
//
//   Result<DatasetGold> gold = read_dataset_gold(corpus_dir + "/gva-773002/cluster.yaml");
//   DatasetScore score = score_dataset_gold(gold.value(), report);
//
// Gun Violence Archive clusters (gva-*) give the incident's killed and injured counts: a cluster
// passes when some fact about people killed (injured) has that number in at least one report.
// ECB+ clusters (ecbplus-*) give cross-document coreference chains: the chains whose mentions
// name a number (digits or number words) should land in one fact of ours.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "eval/bench_metrics.h"
#include "report/report.h"

namespace factdiff {

struct CorefChain {
  std::string id;          // the dataset's instance id
  std::string descriptor;  // "t14b_fire"
  std::string tag;         // ACTION_OCCURRENCE, HUMAN_PART_PER, ...
  std::map<std::string, std::vector<std::string>> mentions;  // document id -> surface texts
};

struct DatasetGold {
  std::string cluster;                  // cluster_id
  std::string dataset;                  // "gva-semeval2018t5", "ecbplus"
  std::optional<long long> killed;      // gva only
  std::optional<long long> injured;     // gva only
  std::vector<CorefChain> chains;       // ecbplus only; mention keys are our document ids
};

// Reads a corpus cluster.yaml. Chain mentions are re-keyed from the dataset's doc_id to our
// document ids (the article file name without extension). Errors name the file.
Result<DatasetGold> read_dataset_gold(const std::string& cluster_yaml_path);

// True when the text names a number: a digit or an English number word ("two", "dozen").
bool names_number(const std::string& text);

struct DatasetScore {
  Share killed;   // 0/1 per gva cluster with killed > 0
  Share injured;  // 0/1 per gva cluster with injured > 0
  std::vector<std::string> misses;  // "killed 1 is in no fact about people killed"
  Share chains;   // numeric ECB+ chains whose located mentions (>= 2 documents) share one fact
  PrecisionRecall chain_pairs;  // cross-document mention pairs of those chains placed in one fact
};

// Scores one cluster's dataset gold against a compare report of its documents.
DatasetScore score_dataset_gold(const DatasetGold& gold, const Report& report);

}  // namespace factdiff
