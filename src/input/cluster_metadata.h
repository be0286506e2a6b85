// Cluster metadata: the per-document outlet and publication date of a folder's cluster.yaml.
//
//   Result<ClusterMetadata> meta = read_cluster_metadata("fixtures/paris-2015/cluster.yaml");
//   const ArticleMetadata* article = meta.value().find("000_58abc12c3fbfb92e.txt");
//
// Format (docs/fixtures.md): `articles: [{file, outlet, published | dct}]`; other keys, at any
// level, are ignored, so the shared corpus's richer files read the same way.
#pragma once

#include <map>
#include <string>

#include "core/status.h"

namespace factdiff {

struct ArticleMetadata {
  std::string outlet;
  std::string published;  // ISO 8601 as written, or converted from a plain date
};

struct ClusterMetadata {
  std::map<std::string, ArticleMetadata> articles;  // by file name
  const ArticleMetadata* find(const std::string& file_name) const;
};

// Reads one cluster.yaml; a YAML error names the file, line and column.
Result<ClusterMetadata> read_cluster_metadata(const std::string& path);
// The same from text already read (path is only for messages).
Result<ClusterMetadata> parse_cluster_metadata(const std::string& path, const std::string& text);

}  // namespace factdiff
