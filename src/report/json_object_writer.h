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
//   JsonObjectWriter streamed(/*pretty=*/true, std::cout);  // the text goes out as it grows
//
// Building the whole report as one tree first held every claim twice (tree and text): the tree
// took more memory than the analysed documents. Held as one string, the text alone is ten times
// the input (every claim repeats its sentence), so a report for a file or a pipe is streamed.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace factdiff {

class JsonObjectWriter {
 public:
  // pretty: two-space indentation, as dump(2); otherwise compact, as dump(-1).
  explicit JsonObjectWriter(bool pretty);
  // The same text written to `out` piece by piece; `out` must outlive the writer.
  JsonObjectWriter(bool pretty, std::ostream& out);

  // A member of the top-level object; keys are written as given (plain ASCII, no escaping).
  void member(std::string_view key, const nlohmann::ordered_json& value);
  // An array member written one element at a time, between begin_array and end_array.
  void begin_array(std::string_view key);
  void element(const nlohmann::ordered_json& value);
  void end_array();
  // The whole object's text (no trailing newline), or, when streaming, the rest of it written
  // to the stream and an empty string; the writer is spent.
  std::string finish();

 private:
  void start_member(std::string_view key);
  // Appends value.dump(), each of its lines after the first indented by `indent` more spaces.
  void append_dumped(const nlohmann::ordered_json& value, std::size_t indent);
  // When streaming, hands the text so far to the stream once it is long enough to be worth it.
  void flush_if_long();

  bool pretty_;
  std::ostream* out_ = nullptr;
  std::string text_ = "{";
  std::size_t members_ = 0;
  std::size_t elements_ = 0;
};

}  // namespace factdiff
