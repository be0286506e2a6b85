#include "report/json_object_writer.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

namespace factdiff {
namespace {

using nlohmann::ordered_json;

// The writer must give the bytes of dump() over the same object built whole.
std::string whole_dump(const ordered_json& object, bool pretty) {
  return object.dump(pretty ? 2 : -1, ' ', false, ordered_json::error_handler_t::replace);
}

ordered_json nested_claim(int n) {
  ordered_json claim;
  claim["id"] = "a:" + std::to_string(n);
  claim["text"] = "line one\nline two \"quoted\"";  // an escaped newline is no line break
  claim["value"] = n * 1.5;
  claim["parts"] = ordered_json::array({ordered_json{{"name", "count"}, {"start", n}}});
  claim["notes"] = ordered_json::array();
  claim["speaker"] = nullptr;
  return claim;
}

TEST_CASE("json object writer lays out members and streamed arrays as dump does", "[report]") {
  for (const bool pretty : {true, false}) {
    for (const int claims : {0, 1, 3}) {
      ordered_json whole;
      whole["schema"] = "factdiff.extract/1";
      whole["documents"] = ordered_json::array({ordered_json{{"id", "a"}, {"title", nullptr}}});
      whole["claims"] = ordered_json::array();
      for (int n = 0; n < claims; ++n) whole["claims"].push_back(nested_claim(n));
      whole["empty"] = ordered_json::object();
      whole["warnings"] = std::vector<std::string>{};

      JsonObjectWriter writer(pretty);
      writer.member("schema", whole["schema"]);
      writer.member("documents", whole["documents"]);
      writer.begin_array("claims");
      for (int n = 0; n < claims; ++n) writer.element(nested_claim(n));
      writer.end_array();
      writer.member("empty", ordered_json::object());
      writer.member("warnings", std::vector<std::string>{});
      CAPTURE(pretty, claims);
      CHECK(writer.finish() == whole_dump(whole, pretty));
    }
  }
}

TEST_CASE("json object writer streamed gives the bytes it gives whole", "[report]") {
  for (const bool pretty : {true, false}) {
    // Enough claims that the text goes out in several pieces.
    JsonObjectWriter whole(pretty);
    std::ostringstream out;
    JsonObjectWriter streamed(pretty, out);
    for (JsonObjectWriter* writer : {&whole, &streamed}) {
      writer->member("schema", "factdiff.extract/1");
      writer->begin_array("claims");
      for (int n = 0; n < 2000; ++n) writer->element(nested_claim(n));
      writer->end_array();
    }
    const std::string text = whole.finish();
    CHECK(streamed.finish().empty());
    CAPTURE(pretty);
    CHECK(text.size() > 128 * 1024);
    CHECK(out.str() == text);
  }
}

TEST_CASE("json object writer with no member writes an empty object", "[report]") {
  CHECK(JsonObjectWriter(true).finish() == "{}");
  CHECK(JsonObjectWriter(false).finish() == "{}");
}

TEST_CASE("json object writer replaces invalid UTF-8 as dump does", "[report]") {
  ordered_json whole;
  whole["text"] = std::string("bad \xC3 byte");
  JsonObjectWriter writer(true);
  writer.member("text", whole["text"]);
  CHECK(writer.finish() == whole_dump(whole, true));
}

}  // namespace
}  // namespace factdiff
