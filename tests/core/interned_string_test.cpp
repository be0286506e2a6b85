#include "core/interned_string.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

using namespace factdiff;

namespace {

std::size_t length_of(const std::string& text) { return text.size(); }
std::size_t length_of_view(std::string_view text) { return text.size(); }

}  // namespace

TEST_CASE("an interned string holds one copy of each text", "[core][interned]") {
  const std::string owned = "arrest";
  const InternedString from_string = owned;
  const InternedString from_view = std::string_view("arrest, then").substr(0, 6);
  const InternedString from_literal = "arrest";
  CHECK(&from_string.str() == &from_view.str());
  CHECK(&from_string.str() == &from_literal.str());
  CHECK(sizeof(InternedString) == sizeof(std::uint32_t));
}

TEST_CASE("an interned string reads back among thousands of others", "[core][interned]") {
  // More texts than one chunk of the pool holds, each read back after all were added.
  std::vector<InternedString> texts;
  for (int i = 0; i < 10000; ++i) texts.emplace_back("pool test text " + std::to_string(i));
  for (int i = 0; i < 10000; ++i) {
    REQUIRE(texts[i] == "pool test text " + std::to_string(i));
    REQUIRE(texts[i] == InternedString("pool test text " + std::to_string(i)));
  }
  CHECK(texts[0] != texts[9999]);
}

TEST_CASE("threads interning the same texts get the same strings", "[core][interned]") {
  constexpr int kTexts = 6000;  // more than one chunk of the pool
  std::vector<std::vector<InternedString>> interned(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < interned.size(); ++t) {
    threads.emplace_back([t, &interned] {
      for (int i = 0; i < kTexts; ++i) interned[t].emplace_back("shared text " + std::to_string((i * (t + 1)) % kTexts));
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (std::size_t t = 0; t < interned.size(); ++t) {
    for (int i = 0; i < kTexts; ++i) {
      const std::string expected = "shared text " + std::to_string((i * (t + 1)) % kTexts);
      REQUIRE(interned[t][i] == expected);
      REQUIRE(interned[t][i] == InternedString(expected));
    }
  }
}

TEST_CASE("an interned string reads and compares as a string", "[core][interned]") {
  InternedString unit;
  CHECK(unit.empty());
  CHECK(unit == "");
  CHECK(unit.str().empty());
  unit = std::string("people");
  CHECK(unit == "people");
  CHECK("people" == unit);
  CHECK(unit == std::string("people"));
  CHECK(unit == std::string_view("people"));
  CHECK(unit != "person");
  CHECK(unit.size() == 6);
  CHECK(length_of(unit) == 6);
  CHECK(length_of_view(unit) == 6);
  CHECK(unit + "|" + InternedString("kill") == "people|kill");
  CHECK(unit.find('o') == 2);
  CHECK(unit.substr(0, 3) == "peo");
  std::ostringstream out;
  out << unit;
  CHECK(out.str() == "people");
  const InternedString before = unit;
  unit += " killed";
  CHECK(unit == "people killed");
  CHECK(before == "people");
  unit.clear();
  CHECK(unit.empty());
  unit = "";
  CHECK(unit == InternedString());
}

TEST_CASE("interned strings order by text, as std::string does", "[core][interned]") {
  // "zebra" is interned first, so an order by address would put it first.
  std::vector<InternedString> words = {"zebra", "apple", "mango", "", "apple"};
  std::sort(words.begin(), words.end());
  CHECK(words == std::vector<InternedString>{"", "apple", "apple", "mango", "zebra"});
  CHECK(InternedString("apple") < std::string("banana"));
  CHECK(std::string("banana") > InternedString("apple"));
  std::map<std::string, int> counts;
  ++counts[InternedString("apple")];
  CHECK(counts.at("apple") == 1);
}
