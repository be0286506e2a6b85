#include "eval/dataset_gold.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

namespace factdiff {
namespace {

const std::set<std::string>& number_words() {
  static const std::set<std::string> words = {
      "one",      "two",     "three",    "four",      "five",     "six",      "seven",
      "eight",    "nine",    "ten",      "eleven",    "twelve",   "thirteen", "fourteen",
      "fifteen",  "sixteen", "seventeen", "eighteen", "nineteen", "twenty",   "thirty",
      "forty",    "fifty",   "sixty",    "seventy",   "eighty",   "ninety",   "hundred",
      "hundreds", "thousand", "thousands", "million", "millions", "billion",  "dozen",
      "dozens",   "half",    "twice",    "single",    "couple"};
  return words;
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string stem_of(const std::string& file_name) {
  return std::filesystem::path(file_name).stem().string();
}

std::optional<long long> count_of(const YAML::Node& node) {
  if (!node || !node.IsScalar()) return std::nullopt;
  try {
    return node.as<long long>();
  } catch (const YAML::Exception&) {
    return std::nullopt;
  }
}

std::vector<CorefChain> read_chains(const YAML::Node& list,
                                    const std::map<std::string, std::string>& file_of_doc_id) {
  std::vector<CorefChain> chains;
  if (!list || !list.IsSequence()) return chains;
  for (const YAML::Node& entry : list) {
    CorefChain chain;
    if (entry["instance_id"]) chain.id = entry["instance_id"].as<std::string>();
    if (entry["descriptor"]) chain.descriptor = entry["descriptor"].as<std::string>();
    if (entry["tag"]) chain.tag = entry["tag"].as<std::string>();
    const YAML::Node mentions = entry["mentions"];
    if (!mentions || !mentions.IsMap()) continue;
    for (const auto& pair : mentions) {
      const std::string doc_id = pair.first.as<std::string>();
      const auto file = file_of_doc_id.find(doc_id);
      const std::string ours = file != file_of_doc_id.end() ? stem_of(file->second) : doc_id;
      for (const YAML::Node& text : pair.second) {
        chain.mentions[ours].push_back(text.as<std::string>());
      }
    }
    chains.push_back(std::move(chain));
  }
  return chains;
}

// Value interval contains the number.
bool holds(const Interval& value, double number) {
  if (!value.low && !value.high) return false;
  return (!value.low || *value.low <= number + 1e-9) && (!value.high || *value.high >= number - 1e-9);
}

bool text_mentions(const Report& report, const Claim& claim, const std::vector<std::string>& words) {
  const Document* document = find_document(report, claim.doc);
  if (document == nullptr) return false;
  const std::string text = lower(document->text_of(claim.span));
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& word) { return text.find(word) != std::string::npos; });
}

bool about_killed(const Report& report, const Claim& claim) {
  if (claim.kind != ClaimKind::kCount || claim.negated) return false;
  if (claim.predicate == "kill" || claim.predicate == "die") return true;
  return claim.unit == "people" && text_mentions(report, claim, {"dead"});
}

bool about_injured(const Report& report, const Claim& claim) {
  if (claim.kind != ClaimKind::kCount || claim.negated) return false;
  if (claim.predicate == "injure" || claim.predicate == "wound" || claim.predicate == "hurt") {
    return true;
  }
  return claim.unit == "people" && text_mentions(report, claim, {"injured", "wounded", "hurt"});
}

// Groups of claim indexes to test together: the facts, or each claim alone when there are none.
std::vector<std::vector<std::size_t>> claim_groups(const Report& report) {
  std::vector<std::vector<std::size_t>> groups;
  for (const Fact& fact : report.facts) groups.push_back(fact.mentions);
  if (groups.empty()) {
    for (std::size_t i = 0; i < report.extraction.claims.size(); ++i) groups.push_back({i});
  }
  return groups;
}

template <typename IsAbout>
bool some_fact_holds(const Report& report, long long number, IsAbout is_about) {
  const std::vector<Claim>& claims = report.extraction.claims;
  for (const std::vector<std::size_t>& group : claim_groups(report)) {
    const bool about = std::any_of(group.begin(), group.end(), [&](std::size_t i) {
      return i < claims.size() && is_about(report, claims[i]);
    });
    if (!about) continue;
    for (std::size_t i : group) {
      if (i < claims.size() && holds(claims[i].value, static_cast<double>(number))) return true;
    }
  }
  return false;
}

// Claims of `doc` overlapping any occurrence of `text`.
std::vector<std::size_t> claims_at(const Report& report, const std::string& doc,
                                   const std::string& text, bool& text_found) {
  std::vector<std::size_t> found;
  const Document* document = find_document(report, doc);
  if (document == nullptr || text.empty()) return found;
  for (std::size_t at = document->bytes.find(text); at != std::string::npos;
       at = document->bytes.find(text, at + 1)) {
    text_found = true;
    const Span occurrence{at, at + text.size()};
    for (std::size_t i = 0; i < report.extraction.claims.size(); ++i) {
      const Claim& claim = report.extraction.claims[i];
      if (claim.doc == doc && claim.span.overlaps(occurrence)) found.push_back(i);
    }
  }
  return found;
}

void score_chain(const CorefChain& chain, const Report& report,
                 const std::vector<std::size_t>& fact_of_claim, DatasetScore& score,
                 std::map<std::size_t, std::string>& chain_of_claim) {
  // Per document: the facts its mentions land in.
  std::map<std::string, std::set<std::size_t>> facts_by_doc;
  for (const auto& [doc, texts] : chain.mentions) {
    bool text_found = false;
    std::set<std::size_t> facts;
    for (const std::string& text : texts) {
      if (!names_number(text)) continue;
      for (std::size_t claim : claims_at(report, doc, text, text_found)) {
        chain_of_claim[claim] = chain.id;
        if (fact_of_claim[claim] != SIZE_MAX) facts.insert(fact_of_claim[claim]);
      }
    }
    if (text_found) facts_by_doc[doc] = std::move(facts);
  }
  if (facts_by_doc.size() < 2) return;
  ++score.chains.total;
  // One fact shared by every document's mentions.
  std::set<std::size_t> common = facts_by_doc.begin()->second;
  for (const auto& [doc, facts] : facts_by_doc) {
    std::set<std::size_t> kept;
    std::set_intersection(common.begin(), common.end(), facts.begin(), facts.end(),
                          std::inserter(kept, kept.begin()));
    common = std::move(kept);
  }
  if (!common.empty()) ++score.chains.passed;
  for (auto a = facts_by_doc.begin(); a != facts_by_doc.end(); ++a) {
    for (auto b = std::next(a); b != facts_by_doc.end(); ++b) {
      ++score.chain_pairs.gold;
      const bool shared = std::any_of(a->second.begin(), a->second.end(),
                                      [&](std::size_t fact) { return b->second.count(fact) > 0; });
      if (shared) ++score.chain_pairs.gold_found;
    }
  }
}

}  // namespace

bool names_number(const std::string& text) {
  std::string word;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : ' ';
    if (std::isdigit(static_cast<unsigned char>(c))) return true;
    if (std::isalpha(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      continue;
    }
    if (!word.empty() && number_words().count(word) > 0) return true;
    word.clear();
  }
  return false;
}

Result<DatasetGold> read_dataset_gold(const std::string& cluster_yaml_path) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(cluster_yaml_path);
  } catch (const YAML::Exception& error) {
    return Status::error(cluster_yaml_path + ":" + std::to_string(error.mark.line + 1) + ":" +
                         std::to_string(error.mark.column + 1) + ": " + error.msg);
  }
  if (!root.IsMap()) return Status::error(cluster_yaml_path + ": not a mapping");
  DatasetGold gold;
  try {
    if (root["cluster_id"]) gold.cluster = root["cluster_id"].as<std::string>();
    if (root["dataset"]) gold.dataset = root["dataset"].as<std::string>();
    std::map<std::string, std::string> file_of_doc_id;
    for (const YAML::Node& article : root["articles"]) {
      if (article["doc_id"] && article["file"]) {
        file_of_doc_id[article["doc_id"].as<std::string>()] = article["file"].as<std::string>();
      }
    }
    const YAML::Node dataset_gold = root["gold"];
    if (dataset_gold && dataset_gold.IsMap()) {
      gold.killed = count_of(dataset_gold["killed"]);
      gold.injured = count_of(dataset_gold["injured"]);
      gold.chains = read_chains(dataset_gold["cross_doc_coreference"], file_of_doc_id);
    }
  } catch (const YAML::Exception& error) {
    return Status::error(cluster_yaml_path + ":" + std::to_string(error.mark.line + 1) + ":" +
                         std::to_string(error.mark.column + 1) + ": " + error.msg);
  }
  return gold;
}

DatasetScore score_dataset_gold(const DatasetGold& gold, const Report& report) {
  DatasetScore score;
  if (gold.killed && *gold.killed > 0) {
    ++score.killed.total;
    if (some_fact_holds(report, *gold.killed, about_killed)) {
      ++score.killed.passed;
    } else {
      score.misses.push_back("killed " + std::to_string(*gold.killed) +
                             " is in no fact about people killed");
    }
  }
  if (gold.injured && *gold.injured > 0) {
    ++score.injured.total;
    if (some_fact_holds(report, *gold.injured, about_injured)) {
      ++score.injured.passed;
    } else {
      score.misses.push_back("injured " + std::to_string(*gold.injured) +
                             " is in no fact about people injured");
    }
  }
  if (gold.chains.empty()) return score;

  std::vector<std::size_t> fact_of_claim(report.extraction.claims.size(), SIZE_MAX);
  for (std::size_t f = 0; f < report.facts.size(); ++f) {
    for (std::size_t claim : report.facts[f].mentions) {
      if (claim < fact_of_claim.size()) fact_of_claim[claim] = f;
    }
  }
  std::map<std::size_t, std::string> chain_of_claim;
  for (const CorefChain& chain : gold.chains) {
    score_chain(chain, report, fact_of_claim, score, chain_of_claim);
  }
  // Precision side: pairs we placed in one fact among claims the chains located.
  for (const Fact& fact : report.facts) {
    for (std::size_t a = 0; a < fact.mentions.size(); ++a) {
      for (std::size_t b = a + 1; b < fact.mentions.size(); ++b) {
        const auto first = chain_of_claim.find(fact.mentions[a]);
        const auto second = chain_of_claim.find(fact.mentions[b]);
        if (first == chain_of_claim.end() || second == chain_of_claim.end()) continue;
        ++score.chain_pairs.predicted;
        if (first->second == second->second) ++score.chain_pairs.predicted_correct;
      }
    }
  }
  return score;
}

}  // namespace factdiff
