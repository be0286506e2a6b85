// JsonObjectWriter: a JSON report's top-level object written member by member, and its long
// arrays element by element, with the bytes nlohmann::ordered_json::dump would give the whole.
//
//   JsonObjectWriter writer(/*pretty=*/true);
//   writer.member("schema", "factdiff.extract/1");
//   writer.begin_array("claims");
//   for (...) writer.element(claim_json(...));   // each element built, written and dropped
//   writer.end_array();
//   std::string text = writer.finish();
//
// Building the whole report as one tree first held every claim twice (tree and text): the tree
// took more memory than the analysed documents.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace factdiff {

class JsonObjectWriter {
 public:
  // pretty: two-space indentation, as dump(2); otherwise compact, as dump(-1).
  explicit JsonObjectWriter(bool pretty);

  // A member of the top-level object; keys are written as given (plain ASCII, no escaping).
  void member(std::string_view key, const nlohmann::ordered_json& value);
  // An array member written one element at a time, between begin_array and end_array.
  void begin_array(std::string_view key);
  void element(const nlohmann::ordered_json& value);
  void end_array();
  // The whole object's text (no trailing newline); the writer is spent.
  std::string finish();

 private:
  void start_member(std::string_view key);
  // Appends value.dump(), each of its lines after the first indented by `indent` more spaces.
  void append_dumped(const nlohmann::ordered_json& value, std::size_t indent);

  bool pretty_;
  std::string text_ = "{";
  std::size_t members_ = 0;
  std::size_t elements_ = 0;
};

}  // namespace factdiff
