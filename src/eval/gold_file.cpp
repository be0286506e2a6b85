#include "eval/gold_file.h"

#include <fstream>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "extract/numeric_dates.h"

namespace factdiff {
namespace {

std::string where(const std::string& path, const YAML::Node& node) {
  return path + ":" + std::to_string(node.Mark().line + 1) + ":" + std::to_string(node.Mark().column + 1);
}

// A bound: a number, an ISO date (days since 1970-01-01), or null for an open bound.
Result<std::optional<double>> read_bound(const std::string& path, const YAML::Node& node) {
  if (!node || node.IsNull()) return std::optional<double>();
  const std::string text = node.as<std::string>();
  if (text == "null" || text == "~" || text.empty()) return std::optional<double>();
  if (auto day = parse_iso_day(text); day && text.size() >= 10 && text[4] == '-') {
    return std::optional<double>(static_cast<double>(*day));
  }
  try {
    std::size_t used = 0;
    const double value = std::stod(text, &used);
    if (used == text.size()) return std::optional<double>(value);
  } catch (const std::exception&) {
  }
  return Status::error(where(path, node) + ": value bound '" + text + "' is not a number, a date or null");
}

std::string text_of(const YAML::Node& node, const char* key) {
  const YAML::Node value = node[key];
  return value && value.IsScalar() ? value.as<std::string>() : std::string();
}

Result<GoldNumeric> read_numeric(const std::string& path, const YAML::Node& node) {
  GoldNumeric claim;
  claim.line = node.Mark().line + 1;
  claim.text = text_of(node, "text");
  if (claim.text.empty()) return Status::error(where(path, node) + ": numeric claim without text");
  if (node["occurrence"]) claim.occurrence = node["occurrence"].as<int>();
  const std::string kind = text_of(node, "kind");
  auto parsed_kind = claim_kind_from_string(kind);
  if (!parsed_kind || !is_numeric(*parsed_kind)) {
    return Status::error(where(path, node) + ": unknown numeric kind '" + kind + "'");
  }
  claim.kind = *parsed_kind;
  const YAML::Node value = node["value"];
  if (!value || !value.IsSequence() || value.size() != 2) {
    return Status::error(where(path, node) + ": value must be [low, high]");
  }
  auto low = read_bound(path, value[0]);
  if (!low.ok()) return low.status();
  auto high = read_bound(path, value[1]);
  if (!high.ok()) return high.status();
  claim.value = {low.value(), high.value()};
  claim.unit = text_of(node, "unit");
  claim.predicate = text_of(node, "predicate");
  claim.qualifier = text_of(node, "qualifier");
  return claim;
}

Status read_document(const std::string& path, const YAML::Node& node, GoldDocument& out) {
  if (const YAML::Node numeric = node["numeric"]; numeric && numeric.IsSequence()) {
    for (const YAML::Node& item : numeric) {
      auto claim = read_numeric(path, item);
      if (!claim.ok()) return claim.status();
      out.numeric.push_back(std::move(claim).value());
    }
  }
  if (const YAML::Node not_claims = node["not_claims"]; not_claims && not_claims.IsSequence()) {
    for (const YAML::Node& item : not_claims) {
      GoldNotClaim entry;
      entry.line = item.Mark().line + 1;
      entry.text = item.IsScalar() ? item.as<std::string>() : text_of(item, "text");
      if (item.IsMap() && item["occurrence"]) entry.occurrence = item["occurrence"].as<int>();
      if (entry.text.empty()) return Status::error(where(path, item) + ": not_claims entry without text");
      out.not_claims.push_back(std::move(entry));
    }
  }
  return Status();
}

// Byte span of the occurrence-th appearance of text, or nothing.
std::optional<Span> find_occurrence(const std::string& bytes, const std::string& text, int occurrence) {
  std::size_t from = 0;
  for (int seen = 0;; ++seen) {
    const std::size_t at = bytes.find(text, from);
    if (at == std::string::npos) return std::nullopt;
    if (seen + 1 == occurrence) return Span{at, at + text.size()};
    from = at + 1;
  }
}

}  // namespace

Result<GoldFile> parse_gold_file(const std::string& path, const std::string& text) {
  GoldFile gold;
  gold.path = path;
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& error) {
    return Status::error(path + ":" + std::to_string(error.mark.line + 1) + ":" +
                         std::to_string(error.mark.column + 1) + ": " + error.msg);
  }
  const YAML::Node documents = root["documents"];
  if (!documents) return gold;
  if (!documents.IsMap()) return Status::error(where(path, documents) + ": documents must be a mapping");
  try {
    for (const auto& item : documents) {
      GoldDocument document;
      FACTDIFF_RETURN_IF_ERROR(read_document(path, item.second, document));
      gold.documents[item.first.as<std::string>()] = std::move(document);
    }
  } catch (const YAML::Exception& error) {
    return Status::error(path + ":" + std::to_string(error.mark.line + 1) + ":" +
                         std::to_string(error.mark.column + 1) + ": " + error.msg);
  }
  return gold;
}

Result<GoldFile> read_gold_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error(path + ": cannot read the gold file");
  std::ostringstream text;
  text << in.rdbuf();
  return parse_gold_file(path, text.str());
}

Status locate_gold(GoldFile& gold, const std::vector<Document>& documents) {
  for (auto& [id, annotations] : gold.documents) {
    const Document* document = nullptr;
    for (const Document& candidate : documents) {
      if (candidate.id == id) document = &candidate;
    }
    if (!document) return Status::error(gold.path + ": no document '" + id + "' in the fixture");
    for (GoldNumeric& claim : annotations.numeric) {
      auto span = find_occurrence(document->bytes, claim.text, claim.occurrence);
      if (!span) {
        return Status::error(gold.path + ":" + std::to_string(claim.line) + ": text '" + claim.text +
                             "' (occurrence " + std::to_string(claim.occurrence) + ") not found in " + id);
      }
      claim.span = *span;
    }
    for (GoldNotClaim& entry : annotations.not_claims) {
      auto span = find_occurrence(document->bytes, entry.text, entry.occurrence);
      if (!span) {
        return Status::error(gold.path + ":" + std::to_string(entry.line) + ": text '" + entry.text +
                             "' not found in " + id);
      }
      entry.span = *span;
    }
  }
  return Status();
}

}  // namespace factdiff
