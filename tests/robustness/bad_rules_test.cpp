// Broken rule files given with --rules: a load error is one line naming file:line:column with exit
// status 2; a failing example is named, with exit status 1. Checked through the command line.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "../cli/run_factdiff.h"
#include "robustness_support.h"

using namespace factdiff::robustness;
using factdiff::testing::CommandResult;
using factdiff::testing::run_factdiff;

namespace {

// A user's rule file holding one pattern rule; `pattern_line` and `extra` vary per case.
std::string rule_file(const std::string& pattern_line, const std::string& extra = {},
                      const std::string& example = "Menu | Home") {
  return "rules:\n"
         "  - id: custom.menu\n"
         "    type: pattern\n"
         "    stage: boilerplate\n"
         "    description: a custom menu line\n" +
         pattern_line + extra +
         "    examples:\n"
         "      - " + example + "\n"
         "    negatives:\n"
         "      - The menu was long.\n";
}

std::size_t count_lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// Both commands that load rules refuse the folder the same way: one line, file:line:column.
void require_load_error(const std::string& yaml, const std::string& location) {
  TemporaryFolder rules;
  std::ofstream(rules.path + "/custom.yaml") << yaml;
  const std::string where = rules.path + "/custom.yaml:" + location;
  for (const CommandResult& result :
       {run_factdiff({"rules", "test", "--rules", rules.path}),
        run_factdiff({"compare", "--rules", rules.path, "fixtures/paris-2015"})}) {
    INFO(result.err);
    CHECK(result.exit_status == 2);
    CHECK(count_lines(result.err) == 1);
    CHECK(result.err.find(where) != std::string::npos);
    CHECK(result.out.empty());
  }
}

}  // namespace

TEST_CASE("a valid user rule file is loaded and tested", "[robustness][rules]") {
  TemporaryFolder rules;
  std::ofstream(rules.path + "/custom.yaml") << rule_file("    pattern: '^Menu \\| Home$'\n");
  const CommandResult tested = run_factdiff({"rules", "test", "--rules", rules.path});
  INFO(tested.err);
  CHECK(tested.exit_status == 0);
  CHECK(run_factdiff({"compare", "--rules", rules.path, "fixtures/paris-2015"}).exit_status != 2);
}

TEST_CASE("a YAML syntax error names file:line:column", "[robustness][rules]") {
  // An unclosed flow sequence on line 6.
  require_load_error(rule_file("    pattern: [unclosed\n"), "");
  TemporaryFolder rules;
  std::ofstream(rules.path + "/custom.yaml") << rule_file("    pattern: [unclosed\n");
  const CommandResult result = run_factdiff({"rules", "test", "--rules", rules.path});
  // file:line:column, whatever line the parser settles on.
  const std::string prefix = rules.path + "/custom.yaml:";
  const std::size_t at = result.err.find(prefix);
  REQUIRE(at != std::string::npos);
  const std::string rest = result.err.substr(at + prefix.size());
  std::size_t line = 0, column = 0;
  CHECK(std::sscanf(rest.c_str(), "%zu:%zu", &line, &column) == 2);
  CHECK(line >= 6);
  CHECK(column >= 1);
}

TEST_CASE("an unknown key names file:line:column and the key", "[robustness][rules]") {
  require_load_error(rule_file("    pattern: '^Menu$'\n", "    colour: blue\n"), "7:5");
  TemporaryFolder rules;
  std::ofstream(rules.path + "/custom.yaml") << rule_file("    pattern: '^Menu$'\n", "    colour: blue\n");
  CHECK(run_factdiff({"rules", "test", "--rules", rules.path}).err.find("colour") != std::string::npos);
}

TEST_CASE("a pattern RE2 rejects names file:line:column and the rule", "[robustness][rules]") {
  // A back-reference: RE2 has none, by design (it never backtracks).
  require_load_error(rule_file("    pattern: '(a)\\1'\n"), "6:");
  TemporaryFolder rules;
  std::ofstream(rules.path + "/custom.yaml") << rule_file("    pattern: '(a+'\n");
  const CommandResult result = run_factdiff({"rules", "test", "--rules", rules.path});
  CHECK(result.exit_status == 2);
  CHECK(result.err.find("custom.menu") != std::string::npos);
  CHECK(result.err.find("custom.yaml:6:") != std::string::npos);
}

TEST_CASE("a failing example is named and exits 1", "[robustness][rules]") {
  TemporaryFolder rules;
  std::ofstream(rules.path + "/custom.yaml")
      << rule_file("    pattern: '^Menu \\| Home$'\n", "", "Menu | Away");
  const CommandResult result = run_factdiff({"rules", "test", "--rules", rules.path});
  INFO(result.out << result.err);
  CHECK(result.exit_status == 1);
  const std::string all = result.out + result.err;
  // Named by file and line, rule id and index.
  CHECK(all.find("custom.yaml:8") != std::string::npos);
  CHECK(all.find("custom.menu") != std::string::npos);
  CHECK(all.find("example 1") != std::string::npos);
}
