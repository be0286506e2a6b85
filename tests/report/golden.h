// Golden files: a reporter's whole output compared byte for byte with tests/report/golden/NAME.
//
// To regenerate after an intended change, run the tests with FACTDIFF_UPDATE_GOLDEN=1 and review
// the diff of tests/report/golden/ before committing it.
#pragma once

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

namespace factdiff::testing {

inline std::string golden_path(const std::string& name) {
  return std::string(FACTDIFF_SOURCE_DIR) + "/tests/report/golden/" + name;
}

inline bool updating_golden() {
  const char* update = std::getenv("FACTDIFF_UPDATE_GOLDEN");
  return update != nullptr && std::string(update) == "1";
}

inline void check_golden(const std::string& name, const std::string& actual) {
  const std::string path = golden_path(name);
  if (updating_golden()) {
    std::ofstream(path, std::ios::binary) << actual;
    WARN("updated " << path);
    return;
  }
  std::ifstream in(path, std::ios::binary);
  INFO("golden file " << path << " (regenerate with FACTDIFF_UPDATE_GOLDEN=1)");
  REQUIRE(in.good());
  std::stringstream expected;
  expected << in.rdbuf();
  CHECK(actual == expected.str());
}

}  // namespace factdiff::testing
