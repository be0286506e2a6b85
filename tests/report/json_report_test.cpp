#include "report/json_report.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "golden.h"
#include "sample_report.h"

namespace factdiff {
namespace {

using nlohmann::ordered_json;

std::vector<std::string> keys_of(const ordered_json& object) {
  std::vector<std::string> keys;
  for (const auto& item : object.items()) keys.push_back(item.key());
  return keys;
}

TEST_CASE("json compare report follows the contract", "[report]") {
  const Report report = testing::sample_report();
  const ordered_json json = ordered_json::parse(render_json_report(report));

  CHECK(keys_of(json) ==
        std::vector<std::string>{"schema", "documents", "facts", "findings", "warnings"});
  CHECK(json["schema"] == "factdiff.compare/1");
  CHECK(keys_of(json["documents"][0]) ==
        std::vector<std::string>{"id", "path", "title", "outlet", "published", "published_source"});
  CHECK(json["documents"][1]["outlet"].is_null());

  const ordered_json& fact = json["facts"][0];
  CHECK(keys_of(fact) == std::vector<std::string>{"id", "kind", "label", "status", "mentions"});
  CHECK(fact["status"] == "conflict");
  REQUIRE(fact["mentions"].size() == 3);
  const ordered_json& claim = fact["mentions"][2];
  CHECK(claim["id"] == "riverton-c:1");
  CHECK(claim["text"] == "killed 14");
  CHECK(claim["value"]["low"] == 14);
  CHECK(claim["value"]["low"].is_number_integer());
  const Document& c = report.documents[2];
  CHECK(c.bytes.substr(claim["start"].get<std::size_t>(),
                       claim["end"].get<std::size_t>() - claim["start"].get<std::size_t>()) ==
        "killed 14");
  CHECK(claim["sentence"].get<std::string>().find("has killed 14 people") != std::string::npos);
  CHECK_FALSE(claim.contains("parts"));  // only with --explain
  CHECK_FALSE(claim.contains("support"));  // only in check mode

  const ordered_json& conflict = json["findings"][0];
  CHECK(keys_of(conflict) == std::vector<std::string>{"id", "type", "severity", "fact", "message",
                                                      "mentions", "missing_from", "timeline"});
  CHECK(conflict["timeline"][2]["value"] == "14");
  const ordered_json& omission = json["findings"][1];
  CHECK(omission["missing_from"] == ordered_json::array({"riverton-b"}));
  CHECK_FALSE(omission.contains("timeline"));
  CHECK(json["findings"][2]["diff"] == "We lost {+many+} good people tonight");
}

TEST_CASE("json extract report carries numeric, quote fields and entities", "[report]") {
  Report report = testing::sample_report(ReportMode::kExtract);
  report.explain = true;
  const ordered_json json = ordered_json::parse(render_json_report(report));
  CHECK(keys_of(json) ==
        std::vector<std::string>{"schema", "documents", "claims", "entities", "warnings"});
  CHECK(json["schema"] == "factdiff.extract/1");
  REQUIRE(json["claims"].size() == report.extraction.claims.size());

  const ordered_json& nearly = json["claims"][2];
  CHECK(keys_of(nearly) ==
        std::vector<std::string>{"id", "doc", "kind", "text", "start", "end", "sentence",
                                 "sentence_start", "sentence_end", "rule", "value", "qualifier",
                                 "unit", "predicate", "negated", "resolved", "subject",
                                 "subject_id", "speaker", "speaker_id", "parts", "notes"});
  CHECK(nearly["value"]["low"].is_null());
  CHECK(nearly["value"]["high"] == 24);
  CHECK(nearly["qualifier"] == "nearly");
  CHECK(nearly["subject"].is_null());
  CHECK(nearly["parts"][0]["name"] == "number");
  CHECK(nearly["parts"][0]["text"] == "Nearly two dozen workers");

  const ordered_json& quote = json["claims"][1];
  CHECK(quote["kind"] == "quote");
  CHECK(quote["speaker_id"] == "ann-cole");
  CHECK(quote["quote"] == "We lost good people tonight,");
  CHECK(quote["notes"][0] == "speaker found after the quote");
  CHECK_FALSE(quote.contains("value"));

  CHECK(json["entities"][0]["id"] == "ann-cole");
  CHECK(json["entities"][0]["mentions"].size() == 3);
  CHECK(json["entities"][0]["mentions"][0]["text"] == "Mayor Ann Cole");
}

TEST_CASE("json check report marks the support of each draft claim", "[report]") {
  const Report report = testing::sample_report(ReportMode::kCheck);
  const ordered_json json = ordered_json::parse(render_json_report(report));
  CHECK(json["schema"] == "factdiff.check/1");
  CHECK(json["draft"] == "riverton-b");
  const ordered_json& killed = json["facts"][0]["mentions"];
  CHECK_FALSE(killed[0].contains("support"));  // riverton-a is a source
  CHECK(killed[1]["support"] == "contradicted");
  CHECK(json["facts"][3]["mentions"][0]["support"] == "unsupported");
  CHECK(json["findings"].back()["type"] == "unsupported");
}

TEST_CASE("json inspect report lists sentences, dropped boilerplate and repairs", "[report]") {
  Report report = testing::sample_report(ReportMode::kInspect);
  testing::add_sample_analyses(report);
  const ordered_json json = ordered_json::parse(render_json_report(report));
  CHECK(json["schema"] == "factdiff.inspect/1");
  const ordered_json& first = json["documents"][0];
  CHECK(first["sentences"][0]["text"] == "Warehouse fire in Riverton kills 12");
  CHECK(first["boilerplate"].size() == 1);
  CHECK(first["boilerplate"][0]["reason"] == "rule:share-links");
  CHECK(first["repairs"][0]["shown"] == "fire chief");
  CHECK(first["repairs"][0]["pieces"][1]["text"] == "chief");
  CHECK(first["warnings"].size() == 1);
}

TEST_CASE("json output is byte-identical across runs and survives invalid UTF-8", "[report]") {
  Report report = testing::sample_report();
  report.documents[0].bytes[5] = '\xff';  // inside the title, outside every claim
  report.facts[0].label = "bad \xc3 label";
  const std::string first = render_json_report(report);
  CHECK(first == render_json_report(report));
  const ordered_json json = ordered_json::parse(first);
  CHECK(json["facts"][0]["label"] == "bad \xef\xbf\xbd label");
  const std::string line = render_json_report(report, false);
  CHECK(line.find('\n') == line.size() - 1);
}

TEST_CASE("json golden files of the sample cluster", "[report]") {
  testing::check_golden("riverton.compare.json", render_json_report(testing::sample_report()));
  testing::check_golden("riverton.check.json",
                        render_json_report(testing::sample_report(ReportMode::kCheck)));
  Report extract = testing::sample_report(ReportMode::kExtract);
  extract.explain = true;
  testing::check_golden("riverton.extract.json", render_json_report(extract));
  Report inspect = testing::sample_report(ReportMode::kInspect);
  testing::add_sample_analyses(inspect);
  testing::check_golden("riverton.inspect.json", render_json_report(inspect));
}

}  // namespace
}  // namespace factdiff
