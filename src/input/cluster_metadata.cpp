#include "input/cluster_metadata.h"

#include <fstream>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "text/dateline.h"

namespace factdiff {
namespace {

std::string scalar_or_empty(const YAML::Node& node) {
  return node && node.IsScalar() ? node.as<std::string>() : std::string();
}

std::string position(const std::string& path, const YAML::Mark& mark) {
  return path + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
}

}  // namespace

const ArticleMetadata* ClusterMetadata::find(const std::string& file_name) const {
  auto it = articles.find(file_name);
  return it == articles.end() ? nullptr : &it->second;
}

Result<ClusterMetadata> parse_cluster_metadata(const std::string& path, const std::string& text) {
  ClusterMetadata metadata;
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& error) {
    return Status::error(position(path, error.mark) + ": " + error.msg);
  }
  if (!root || root.IsNull()) return metadata;
  if (!root.IsMap()) return Status::error(path + ": expected a mapping at the top level");
  const YAML::Node articles = root["articles"];
  if (!articles || articles.IsNull()) return metadata;
  if (!articles.IsSequence()) {
    return Status::error(position(path, articles.Mark()) + ": 'articles' must be a list");
  }
  for (const YAML::Node& article : articles) {
    if (!article.IsMap()) {
      return Status::error(position(path, article.Mark()) + ": each article must be a mapping");
    }
    const std::string file = scalar_or_empty(article["file"]);
    if (file.empty()) {
      return Status::error(position(path, article.Mark()) + ": an article without 'file'");
    }
    ArticleMetadata entry;
    entry.outlet = scalar_or_empty(article["outlet"]);
    std::string published = scalar_or_empty(article["published"]);
    if (published.empty()) published = scalar_or_empty(article["dct"]);
    if (!published.empty()) {
      std::optional<std::string> iso = parse_date_text(published);
      if (!iso) {
        return Status::error(position(path, article.Mark()) + ": '" + published +
                             "' is not a date (expected ISO 8601, e.g. 2015-11-16)");
      }
      entry.published = *iso;
    }
    metadata.articles[file] = std::move(entry);
  }
  return metadata;
}

Result<ClusterMetadata> read_cluster_metadata(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error(path + ": cannot read");
  std::ostringstream text;
  text << in.rdbuf();
  return parse_cluster_metadata(path, text.str());
}

}  // namespace factdiff
