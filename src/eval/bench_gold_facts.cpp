#include "eval/bench_gold_facts.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

namespace factdiff {
namespace {

std::string where(const std::string& path, const YAML::Node& node) {
  return path + ":" + std::to_string(node.Mark().line + 1) + ":" +
         std::to_string(node.Mark().column + 1);
}

std::string scalar(const YAML::Node& node, const char* key) {
  const YAML::Node value = node[key];
  return value && value.IsScalar() ? value.as<std::string>() : std::string();
}

// A fact mention is `doc: "text"` or `doc: {text, occurrence}`.
Result<GoldFactMention> read_mention(const std::string& path, const std::string& doc,
                                     const YAML::Node& node) {
  GoldFactMention mention;
  mention.doc = doc;
  if (node.IsScalar()) {
    mention.text = node.as<std::string>();
  } else if (node.IsMap()) {
    mention.text = scalar(node, "text");
    if (node["occurrence"]) mention.occurrence = node["occurrence"].as<int>();
  }
  if (mention.text.empty()) return Status::error(where(path, node) + ": fact mention without text");
  return mention;
}

Result<GoldFact> read_fact(const std::string& path, const YAML::Node& node) {
  GoldFact fact;
  fact.label = scalar(node, "label");
  if (fact.label.empty()) return Status::error(where(path, node) + ": fact without label");
  const YAML::Node mentions = node["mentions"];
  if (!mentions || !mentions.IsMap()) {
    return Status::error(where(path, node) + ": fact '" + fact.label + "' without mentions");
  }
  for (const auto& pair : mentions) {
    Result<GoldFactMention> mention = read_mention(path, pair.first.as<std::string>(), pair.second);
    if (!mention.ok()) return mention.status();
    fact.mentions.push_back(std::move(mention).value());
  }
  return fact;
}

Result<GoldJudgement> read_sections(const std::string& path, const YAML::Node& root) {
  GoldJudgement gold;
  if (const YAML::Node facts = root["facts"]; facts && facts.IsSequence()) {
    gold.has_facts = true;
    for (const YAML::Node& node : facts) {
      Result<GoldFact> fact = read_fact(path, node);
      if (!fact.ok()) return fact.status();
      gold.facts.push_back(std::move(fact).value());
    }
  }
  if (const YAML::Node findings = root["findings"]; findings && findings.IsSequence()) {
    gold.has_findings = true;
    for (const YAML::Node& node : findings) {
      GoldFinding finding;
      finding.type = scalar(node, "type");
      finding.fact = scalar(node, "fact");
      finding.severity = scalar(node, "severity");
      if (const YAML::Node missing = node["missing_from"]; missing && missing.IsSequence()) {
        for (const YAML::Node& doc : missing) finding.missing_from.push_back(doc.as<std::string>());
      }
      const bool known = std::any_of(gold.facts.begin(), gold.facts.end(),
                                     [&](const GoldFact& fact) { return fact.label == finding.fact; });
      if (!known) {
        return Status::error(where(path, node) + ": finding names fact '" + finding.fact +
                             "', which is not in the facts list");
      }
      gold.findings.push_back(std::move(finding));
    }
  }
  return gold;
}

bool claim_on(const Claim& claim, const GoldFactMention& mention) {
  return claim.doc == mention.doc && claim.span.overlaps(mention.span);
}

// For each claim index: the facts of ours it belongs to.
std::vector<std::size_t> fact_of_claims(const Report& report) {
  std::vector<std::size_t> fact_of(report.extraction.claims.size(), SIZE_MAX);
  for (std::size_t f = 0; f < report.facts.size(); ++f) {
    for (std::size_t claim : report.facts[f].mentions) {
      if (claim < fact_of.size()) fact_of[claim] = f;
    }
  }
  return fact_of;
}

// Our facts with a claim on the gold mention.
std::set<std::size_t> facts_on(const Report& report, const std::vector<std::size_t>& fact_of,
                               const GoldFactMention& mention) {
  std::set<std::size_t> facts;
  for (std::size_t i = 0; i < report.extraction.claims.size(); ++i) {
    if (fact_of[i] != SIZE_MAX && claim_on(report.extraction.claims[i], mention)) {
      facts.insert(fact_of[i]);
    }
  }
  return facts;
}

bool share_one(const std::set<std::size_t>& a, const std::set<std::size_t>& b) {
  return std::any_of(a.begin(), a.end(), [&](std::size_t x) { return b.count(x) > 0; });
}

}  // namespace

Result<GoldJudgement> read_gold_judgement(const std::string& path) {
  try {
    const YAML::Node root = YAML::LoadFile(path);
    if (!root.IsMap()) return GoldJudgement{};
    return read_sections(path, root);
  } catch (const YAML::Exception& error) {
    return Status::error(path + ":" + std::to_string(error.mark.line + 1) + ":" +
                         std::to_string(error.mark.column + 1) + ": " + error.msg);
  }
}

Status locate_gold_judgement(GoldJudgement& gold, const std::vector<Document>& documents,
                             const std::string& path) {
  for (GoldFact& fact : gold.facts) {
    for (GoldFactMention& mention : fact.mentions) {
      const auto document = std::find_if(documents.begin(), documents.end(),
                                         [&](const Document& d) { return d.id == mention.doc; });
      if (document == documents.end()) {
        return Status::error(path + ": fact '" + fact.label + "' names document " + mention.doc +
                             ", which the fixture does not have");
      }
      std::size_t at = std::string::npos;
      for (int seen = 0; seen < mention.occurrence; ++seen) {
        at = document->bytes.find(mention.text, at == std::string::npos ? 0 : at + 1);
        if (at == std::string::npos) break;
      }
      if (at == std::string::npos) {
        return Status::error(path + ": fact '" + fact.label + "': \"" + mention.text +
                             "\" not found in " + mention.doc);
      }
      mention.span = {at, at + mention.text.size()};
    }
  }
  return Status();
}

PrecisionRecall score_alignment(const GoldJudgement& gold, const Report& report) {
  PrecisionRecall score;
  if (!gold.has_facts) return score;
  const std::vector<std::size_t> fact_of = fact_of_claims(report);
  for (const GoldFact& fact : gold.facts) {
    for (std::size_t a = 0; a < fact.mentions.size(); ++a) {
      for (std::size_t b = a + 1; b < fact.mentions.size(); ++b) {
        if (fact.mentions[a].doc == fact.mentions[b].doc) continue;
        ++score.gold;
        if (share_one(facts_on(report, fact_of, fact.mentions[a]),
                      facts_on(report, fact_of, fact.mentions[b]))) {
          ++score.gold_found;
        }
      }
    }
  }
  // Our pairs between claims that sit on gold mentions: right when one gold fact holds both.
  const std::vector<Claim>& claims = report.extraction.claims;
  auto gold_facts_of = [&](const Claim& claim) {
    std::set<std::size_t> found;
    for (std::size_t g = 0; g < gold.facts.size(); ++g) {
      for (const GoldFactMention& mention : gold.facts[g].mentions) {
        if (claim_on(claim, mention)) found.insert(g);
      }
    }
    return found;
  };
  for (const Fact& fact : report.facts) {
    for (std::size_t a = 0; a < fact.mentions.size(); ++a) {
      for (std::size_t b = a + 1; b < fact.mentions.size(); ++b) {
        if (fact.mentions[a] >= claims.size() || fact.mentions[b] >= claims.size()) continue;
        const Claim& first = claims[fact.mentions[a]];
        const Claim& second = claims[fact.mentions[b]];
        if (first.doc == second.doc) continue;
        const std::set<std::size_t> first_gold = gold_facts_of(first);
        const std::set<std::size_t> second_gold = gold_facts_of(second);
        if (first_gold.empty() || second_gold.empty()) continue;
        ++score.predicted;
        if (share_one(first_gold, second_gold)) ++score.predicted_correct;
      }
    }
  }
  return score;
}

PrecisionRecall score_findings(const GoldJudgement& gold, const Report& report) {
  PrecisionRecall score;
  if (!gold.has_findings) return score;
  const std::vector<Claim>& claims = report.extraction.claims;
  // Claims of a finding: its own mentions and those of the fact it names.
  auto finding_claims = [&](const Finding& finding) {
    std::vector<std::size_t> indexes = finding.mentions;
    for (const Fact& fact : report.facts) {
      if (fact.id == finding.fact) indexes.insert(indexes.end(), fact.mentions.begin(), fact.mentions.end());
    }
    return indexes;
  };
  auto matches = [&](const Finding& finding, const GoldFinding& expected) {
    if (to_string(finding.type) != expected.type) return false;
    const auto fact = std::find_if(gold.facts.begin(), gold.facts.end(),
                                   [&](const GoldFact& f) { return f.label == expected.fact; });
    if (fact == gold.facts.end()) return false;
    for (std::size_t index : finding_claims(finding)) {
      if (index >= claims.size()) continue;
      for (const GoldFactMention& mention : fact->mentions) {
        if (claim_on(claims[index], mention)) return true;
      }
    }
    return false;
  };
  for (const GoldFinding& expected : gold.findings) {
    ++score.gold;
    if (std::any_of(report.findings.begin(), report.findings.end(),
                    [&](const Finding& finding) { return matches(finding, expected); })) {
      ++score.gold_found;
    }
  }
  for (const Finding& finding : report.findings) {
    if (finding.type == FindingType::kUnsupported) continue;
    ++score.predicted;
    if (std::any_of(gold.findings.begin(), gold.findings.end(),
                    [&](const GoldFinding& expected) { return matches(finding, expected); })) {
      ++score.predicted_correct;
    }
  }
  return score;
}

}  // namespace factdiff
