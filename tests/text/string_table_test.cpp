#include <catch2/catch.hpp>

#include <string>

#include "text/string_table.h"

using factdiff::StringTable;

TEST_CASE("string table gives each distinct string one id, in order of insertion", "[text]") {
  StringTable table;
  CHECK(table.insert("wood") == std::make_pair(std::size_t{0}, true));
  CHECK(table.insert("Wood") == std::make_pair(std::size_t{1}, true));  // bytes, not folded
  CHECK(table.insert("wood") == std::make_pair(std::size_t{0}, false));
  CHECK(table.insert("") == std::make_pair(std::size_t{2}, true));
  CHECK(table.find("wood") == 0);
  CHECK(table.find("") == 2);
  CHECK(table.find("tree") == StringTable::kAbsent);
  CHECK(table.text(1) == "Wood");
  CHECK(table.size() == 3);
}

TEST_CASE("string table keeps every string as it grows past its first slots", "[text]") {
  StringTable table;
  for (int i = 0; i < 5000; ++i) CHECK(table.insert("w" + std::to_string(i)).first == static_cast<std::size_t>(i));
  for (int i = 0; i < 5000; ++i) CHECK(table.find("w" + std::to_string(i)) == static_cast<std::size_t>(i));
  CHECK(table.find("w5000") == StringTable::kAbsent);
  CHECK(table.text(4999) == "w4999");
}
