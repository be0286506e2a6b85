// Rule directories: finding and reading the rule files of one folder.
//
//   Result<std::vector<RuleFileText>> files = read_rule_directory("rules");
//   // {"rules/numeric/number_words.yaml", "rules: ..."}, ... sorted by relative path
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "rules/rule_set.h"

namespace factdiff {

// Every *.yaml file under directory, recursively, sorted by path relative to it (byte order),
// each named directory/relative-path. Files and folders whose name starts with '.' are skipped
// (editor and version-control leftovers). Error: the directory is missing, is not a directory,
// or a file cannot be read; the message names it.
Result<std::vector<RuleFileText>> read_rule_directory(const std::string& directory);

}  // namespace factdiff
