// Rule file parsing: one YAML file's text into validated Rules, patterns compiled.
//
//   Result<std::vector<Rule>> rules = parse_rule_file("rules/text/boilerplate.yaml", text);
//   if (!rules.ok()) ... "rules/text/boilerplate.yaml:12:5: rule 'video-card': unknown key ..."
//
// This checks one file on its own (schema, types, RE2 syntax, lexicon entries, duplicate keys);
// what spans files (duplicate ids, overrides, lexicon merging) is RuleSet's job.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "rules/rule_set.h"

namespace factdiff {

// The rules of one file, in file order. The first error found, as
// "file:line:column: rule 'ID': what is wrong", stops parsing.
Result<std::vector<Rule>> parse_rule_file(const std::string& file_name, std::string_view text);

// The RE2 options every rule pattern is compiled with (UTF-8, errors not logged).
RE2::Options rule_pattern_options();

}  // namespace factdiff
