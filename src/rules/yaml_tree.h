// YamlTree: one YAML document as a small read-only tree whose every node knows its position.
//
//   Result<std::vector<YamlNode>> documents = parse_yaml_documents(text);
//   for (const YamlNode& item : documents.value()[0].items) { ... item.mark.line ... }
//
// Built straight from yaml-cpp's parser events rather than through YAML::Node: rule files need
// positions on every node, never need aliases, and a tree without aliases is as large as its
// text, so a few hostile lines cannot expand into millions of nodes. Aliases are refused.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/mark.h>

#include "core/status.h"

namespace factdiff {

struct YamlNode {
  enum class Kind { kNull, kScalar, kSequence, kMap };

  Kind kind = Kind::kNull;
  YAML::Mark mark;               // 0-based line and column, as yaml-cpp gives them
  std::string scalar;            // kScalar: the text
  std::vector<YamlNode> items;   // kSequence: the items; kMap: key, value, key, value, ...

  bool is_null() const { return kind == Kind::kNull; }
  bool is_scalar() const { return kind == Kind::kScalar; }
  bool is_sequence() const { return kind == Kind::kSequence; }
  bool is_map() const { return kind == Kind::kMap; }
  // kMap: the number of key-value pairs, and each pair's parts.
  std::size_t pair_count() const { return items.size() / 2; }
  const YamlNode& key(std::size_t pair) const { return items[2 * pair]; }
  const YamlNode& value(std::size_t pair) const { return items[2 * pair + 1]; }
};

// Every document of a YAML text. Error "LINE:COLUMN: what is wrong" (1-based) for a syntax
// error, nesting deeper than yaml-cpp allows, or an alias (*name).
Result<std::vector<YamlNode>> parse_yaml_documents(std::string_view text);

}  // namespace factdiff
