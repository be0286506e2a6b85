// Attribution scoring against gold.yaml.
#include "eval/attribution_score.h"

#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "extract/quote_text.h"

namespace factdiff {
namespace {

std::string scalar(const YAML::Node& node, const char* key) {
  const YAML::Node value = node[key];
  return value && value.IsScalar() ? value.Scalar() : std::string();
}

int line_of(const YAML::Node& node) { return node.Mark().line + 1; }

std::vector<GoldSpeech> read_speech(const YAML::Node& list) {
  std::vector<GoldSpeech> out;
  if (!list || !list.IsSequence()) return out;
  for (const YAML::Node& item : list) {
    out.push_back({scalar(item, "text"), scalar(item, "speaker"), scalar(item, "verb"),
                   scalar(item, "audience"), line_of(item)});
  }
  return out;
}

// Words only: case, accents, punctuation and spelling variants do not count.
std::string normalized(const SpellingVariants& spelling, std::string_view text) {
  const std::string folded = spelling.normalize(text);
  std::string out;
  for (char c : folded) {
    const unsigned char u = static_cast<unsigned char>(c);
    const bool keep = std::isalnum(u) || u >= 0x80;
    if (keep) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != ' ' && c != '\'' ) {
      out.push_back(' ');
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string normalized_value(const SpellingVariants& spelling, std::string_view text) {
  std::string value = normalized(spelling, text);
  for (std::string_view article : {"the ", "a ", "an "}) {
    if (value.rfind(article, 0) == 0) value = value.substr(article.size());
  }
  return value;
}

// Names compare without case, accents and a leading article ("a Surrey Police spokeswoman").
std::string name_key(const std::string& name) {
  std::string key = fold_text(name);
  for (std::string_view article : {"the ", "a ", "an "}) {
    if (key.rfind(article, 0) == 0) key = key.substr(article.size());
  }
  return key;
}

class NameMatcher {
 public:
  NameMatcher(const AttributionGold& gold, const std::vector<Entity>& entities) {
    for (const GoldEntity& entity : gold.entities) {
      std::set<std::string>& names = gold_names_[name_key(entity.name)];
      names.insert(name_key(entity.name));
      for (const std::string& alias : entity.aliases) names.insert(name_key(alias));
    }
    for (const Entity& entity : entities) {
      std::set<std::string>& names = extracted_names_[name_key(entity.name)];
      names.insert(name_key(entity.name));
      for (const std::string& alias : entity.aliases) names.insert(name_key(alias));
    }
  }

  // The extracted name is the gold entity or one of its aliases (or the extracted entity has the
  // gold name among its own aliases).
  bool same(const std::string& gold_name, const std::string& extracted_name) const {
    const std::string gold = name_key(gold_name);
    const std::string extracted = name_key(extracted_name);
    if (gold == extracted) return true;
    std::set<std::string> gold_side = {gold};
    if (auto it = gold_names_.find(gold); it != gold_names_.end()) gold_side = it->second;
    if (gold_side.count(extracted)) return true;
    if (auto it = extracted_names_.find(extracted); it != extracted_names_.end()) {
      for (const std::string& alias : it->second) {
        if (gold_side.count(alias)) return true;
      }
    }
    return false;
  }

 private:
  std::map<std::string, std::set<std::string>> gold_names_;
  std::map<std::string, std::set<std::string>> extracted_names_;
};

void score_speech(const std::string& doc, const std::vector<GoldSpeech>& gold, ClaimKind kind,
                  const std::vector<const Claim*>& claims, const NameMatcher& names,
                  const SpellingVariants& spelling, std::size_t& found, std::size_t& right,
                  std::vector<std::string>& misses) {
  for (const GoldSpeech& item : gold) {
    const std::string wanted = normalized(spelling, item.text);
    bool any = false;
    bool speaker_right = false;
    std::string seen_speaker;
    for (const Claim* claim : claims) {
      if (claim->kind != kind) continue;
      if (normalized(spelling, claim->quote).find(wanted) == std::string::npos) continue;
      any = true;
      seen_speaker = claim->speaker;
      if (names.same(item.speaker, claim->speaker)) {
        speaker_right = true;
        break;
      }
    }
    found += any ? 1 : 0;
    right += speaker_right ? 1 : 0;
    if (!any) {
      misses.push_back(fmt::format("{} {} missed (line {}): \"{}\" by {}", doc, to_string(kind),
                                   item.line, item.text, item.speaker));
    } else if (!speaker_right) {
      misses.push_back(fmt::format("{} {} wrong speaker (line {}): \"{}\" by {}, extracted {}", doc,
                                   to_string(kind), item.line, item.text, item.speaker, seen_speaker));
    }
  }
}

}  // namespace

Result<AttributionGold> parse_attribution_gold(const std::string& path, const std::string& text) {
  AttributionGold gold;
  gold.path = path;
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& error) {
    return Status::error(fmt::format("{}:{}:{}: YAML error: {}", path, error.mark.line + 1,
                                     error.mark.column + 1, error.msg));
  }
  if (!root || !root.IsMap()) return Status::error(path + ":1:1: a gold file is a mapping");
  const YAML::Node documents = root["documents"];
  if (documents && documents.IsMap()) {
    for (auto it = documents.begin(); it != documents.end(); ++it) {
      GoldAttributionDocument doc;
      const YAML::Node node = it->second;
      if (!node || !node.IsMap()) continue;
      doc.quotes = read_speech(node["quotes"]);
      doc.statements = read_speech(node["statements"]);
      const YAML::Node attributes = node["attributes"];
      doc.has_attributes = static_cast<bool>(attributes);
      if (attributes && attributes.IsSequence()) {
        for (const YAML::Node& item : attributes) {
          doc.attributes.push_back({scalar(item, "text"), scalar(item, "subject"), scalar(item, "name"),
                                    scalar(item, "value"), line_of(item)});
        }
      }
      gold.documents[it->first.Scalar()] = std::move(doc);
    }
  }
  const YAML::Node entities = root["entities"];
  if (entities && entities.IsSequence()) {
    for (const YAML::Node& item : entities) {
      GoldEntity entity{scalar(item, "name"), scalar(item, "type"), {}};
      if (const YAML::Node aliases = item["aliases"]; aliases && aliases.IsSequence()) {
        for (const YAML::Node& alias : aliases) entity.aliases.push_back(alias.Scalar());
      }
      gold.entities.push_back(std::move(entity));
    }
  }
  return gold;
}

Result<AttributionGold> read_attribution_gold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error(path + ": cannot read the gold file");
  std::ostringstream text;
  text << in.rdbuf();
  return parse_attribution_gold(path, text.str());
}

Status check_attribution_gold(const AttributionGold& gold, const std::vector<Document>& documents) {
  for (const auto& entry : gold.documents) {
    const std::string& id = entry.first;  // a plain name: lambdas below capture it
    const auto& doc = entry.second;
    const Document* found = nullptr;
    for (const Document& d : documents) {
      if (d.id == id) found = &d;
    }
    const bool annotated = !doc.quotes.empty() || !doc.statements.empty() || !doc.attributes.empty();
    if (found == nullptr) {
      if (!annotated) continue;
      return Status::error(fmt::format("{}: document '{}' is not among the fixture's documents", gold.path, id));
    }
    auto check = [&](const std::string& text, int line) -> Status {
      if (found->bytes.find(text) == std::string::npos) {
        return Status::error(fmt::format("{}:{}: \"{}\" does not occur in {}", gold.path, line, text, id));
      }
      return Status();
    };
    for (const GoldSpeech& item : doc.quotes) FACTDIFF_RETURN_IF_ERROR(check(item.text, item.line));
    for (const GoldSpeech& item : doc.statements) FACTDIFF_RETURN_IF_ERROR(check(item.text, item.line));
    for (const GoldAttribute& item : doc.attributes) FACTDIFF_RETURN_IF_ERROR(check(item.text, item.line));
  }
  return Status();
}

void AttributionScore::add(const AttributionScore& other) {
  gold_quotes += other.gold_quotes;
  found_quotes += other.found_quotes;
  right_quote_speakers += other.right_quote_speakers;
  gold_statements += other.gold_statements;
  found_statements += other.found_statements;
  right_statement_speakers += other.right_statement_speakers;
  gold_attributes += other.gold_attributes;
  found_attributes += other.found_attributes;
  extracted_attributes += other.extracted_attributes;
  correct_attributes += other.correct_attributes;
  misses.insert(misses.end(), other.misses.begin(), other.misses.end());
}

AttributionScore score_attribution(const AttributionGold& gold, const std::vector<Claim>& claims,
                                   const std::vector<Entity>& entities, const SpellingVariants& spelling) {
  AttributionScore score;
  const NameMatcher names(gold, entities);
  for (const auto& [doc, annotated] : gold.documents) {
    std::vector<const Claim*> doc_claims;
    for (const Claim& claim : claims) {
      if (claim.doc == doc) doc_claims.push_back(&claim);
    }
    score.gold_quotes += annotated.quotes.size();
    score.gold_statements += annotated.statements.size();
    score_speech(doc, annotated.quotes, ClaimKind::kQuote, doc_claims, names, spelling,
                 score.found_quotes, score.right_quote_speakers, score.misses);
    score_speech(doc, annotated.statements, ClaimKind::kStatement, doc_claims, names, spelling,
                 score.found_statements, score.right_statement_speakers, score.misses);
    if (!annotated.has_attributes) continue;

    // Each (subject, name, value) once per document, on both sides.
    std::vector<const GoldAttribute*> gold_items;
    std::set<std::tuple<std::string, std::string, std::string>> gold_seen;
    for (const GoldAttribute& item : annotated.attributes) {
      if (gold_seen.insert({fold_text(item.subject), item.name, normalized_value(spelling, item.value)}).second) {
        gold_items.push_back(&item);
      }
    }
    std::vector<const Claim*> extracted;
    std::set<std::tuple<std::string, std::string, std::string>> extracted_seen;
    for (const Claim* claim : doc_claims) {
      if (claim->kind != ClaimKind::kAttribute) continue;
      if (extracted_seen.insert({fold_text(claim->subject), claim->attribute_name,
                                 normalized_value(spelling, claim->attribute_value)}).second) {
        extracted.push_back(claim);
      }
    }
    // A value that names an organisation or a place matches through the gold entity's aliases,
    // as speakers do ("Missouri Highway Patrol" for the Missouri State Highway Patrol).
    auto same_value = [&](const GoldAttribute& item, const Claim& claim) {
      if (normalized_value(spelling, item.value) == normalized_value(spelling, claim.attribute_value)) return true;
      const bool names_entity = item.name == "affiliation" || item.name == "origin" || item.name == "residence";
      return names_entity && names.same(item.value, claim.attribute_value);
    };
    auto matches = [&](const GoldAttribute& item, const Claim& claim) {
      return item.name == claim.attribute_name && same_value(item, claim) && names.same(item.subject, claim.subject);
    };
    score.gold_attributes += gold_items.size();
    score.extracted_attributes += extracted.size();
    for (const GoldAttribute* item : gold_items) {
      bool found = false;
      for (const Claim* claim : extracted) found = found || matches(*item, *claim);
      score.found_attributes += found ? 1 : 0;
      if (!found) {
        score.misses.push_back(fmt::format("{} attribute missed (line {}): {} {}={}", doc, item->line,
                                           item->subject, item->name, item->value));
      }
    }
    for (const Claim* claim : extracted) {
      bool correct = false;
      for (const GoldAttribute* item : gold_items) correct = correct || matches(*item, *claim);
      score.correct_attributes += correct ? 1 : 0;
      if (!correct) {
        score.misses.push_back(fmt::format("{} attribute not in gold: {} {}={}", doc, claim->subject,
                                           claim->attribute_name, claim->attribute_value));
      }
    }
  }
  return score;
}

}  // namespace factdiff
