#include "judge/baseline.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace factdiff {
namespace {

std::string trimmed(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  const auto end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(begin, end - begin + 1));
}

}  // namespace

Result<BaselineIds> parse_baseline(std::string_view text, const std::string& name) {
  BaselineIds ids;
  const std::string body = trimmed(text);
  if (!body.empty() && (body[0] == '{' || body[0] == '[')) {
    const nlohmann::json json = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded()) return Status::error(name + ": baseline is not valid JSON");
    const nlohmann::json* findings = &json;
    if (json.is_object()) {
      if (!json.contains("findings") || !json["findings"].is_array()) {
        return Status::error(name + ": baseline JSON has no \"findings\" list (expected a factdiff report)");
      }
      findings = &json["findings"];
    }
    for (const nlohmann::json& item : *findings) {
      if (item.is_string()) ids.insert(item.get<std::string>());
      else if (item.is_object() && item.contains("id") && item["id"].is_string()) ids.insert(item["id"].get<std::string>());
      else return Status::error(name + ": baseline finding without a string \"id\"");
    }
    return ids;
  }
  std::istringstream lines{std::string(text)};
  std::string line;
  while (std::getline(lines, line)) {
    const std::string id = trimmed(line.substr(0, line.find('#')));
    if (!id.empty()) ids.insert(id);
  }
  return ids;
}

Result<BaselineIds> load_baseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error(path + ": cannot read the baseline file");
  std::ostringstream text;
  text << in.rdbuf();
  return parse_baseline(text.str(), path);
}

std::vector<Finding> drop_reviewed(std::vector<Finding> findings, const BaselineIds& reviewed) {
  std::vector<Finding> kept;
  for (Finding& finding : findings) {
    if (!reviewed.count(finding.id)) kept.push_back(std::move(finding));
  }
  return kept;
}

}  // namespace factdiff
