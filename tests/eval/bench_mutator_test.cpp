#include <catch2/catch.hpp>

#include <string>

#include "bench_fake_compare.h"
#include "eval/bench_fixture.h"
#include "eval/mutator.h"

namespace factdiff {
namespace {

// Only a title is a mutation's attribute; here "mayor" is the one title.
bool is_mayor(std::string_view role) { return role == "mayor"; }

Document make_document(const std::string& id, const std::string& text) {
  Document document;
  document.id = id;
  document.path = id + ".txt";
  document.bytes = text;
  return document;
}

std::vector<Document> storm_documents() {
  return {make_document("a", "Storm\nThe storm left 12 killed and 40 injured in the town.\n"),
          make_document("b", "Toll\nRescuers counted 12 killed and 41 injured by night.\n"),
          make_document("c", "Late\nA report gave 12 killed, and 3 injured in the next town.\n")};
}

TEST_CASE("mutation candidates change shared numbers to values no other report admits",
          "[bench]") {
  const Report baseline = testing::fake_compare(storm_documents());
  const std::vector<Mutation> candidates = mutation_candidates(baseline, is_mayor);
  REQUIRE(candidates.size() == 6);  // killed and injured in each of three reports
  const Mutation& first = candidates.front();
  CHECK(first.doc == "a");
  CHECK(first.kind == MutationKind::kNumber);
  CHECK(first.before == "12");
  CHECK(first.after == "13");
  CHECK(first.expected == FindingType::kConflict);
  // 40 may not become 41 (report b says 41) nor 39... 39 is free: the nearest free value.
  CHECK(candidates[1].before == "40");
  CHECK(candidates[1].after == "39");
  CHECK(first.describe() == "a@[21,23): number '12' -> '13', expect conflict");
}

TEST_CASE("mutation plans are deterministic for a seed and never repeat a change", "[bench]") {
  const Report baseline = testing::fake_compare(storm_documents());
  const std::vector<Mutation> once = plan_mutations(baseline, is_mayor, 4, 42);
  const std::vector<Mutation> again = plan_mutations(baseline, is_mayor, 4, 42);
  REQUIRE(once.size() == 4);
  for (std::size_t i = 0; i < once.size(); ++i) CHECK(once[i].describe() == again[i].describe());
  for (std::size_t i = 0; i < once.size(); ++i) {
    for (std::size_t j = i + 1; j < once.size(); ++j) CHECK(once[i].describe() != once[j].describe());
  }
  CHECK(plan_mutations(baseline, is_mayor, 100, 42).size() == 6);  // no more than the candidates
}

TEST_CASE("a mutated number is caught as a conflict touching the changed span", "[bench]") {
  const std::vector<Document> documents = storm_documents();
  const Report baseline = testing::fake_compare(documents);
  const MutationSummary summary =
      run_mutations(testing::fake_compare, documents, baseline, is_mayor, plan_mutations(baseline, is_mayor, 6, 7));
  CHECK(summary.caught.total == 6);
  CHECK(summary.caught.passed == 6);
  CHECK(summary.false_findings == 0);
  const std::vector<Document> mutated = apply_mutation(documents, summary.outcomes[0].mutation);
  const bool changed = mutated[0].bytes != documents[0].bytes ||
                       mutated[1].bytes != documents[1].bytes ||
                       mutated[2].bytes != documents[2].bytes;
  CHECK(changed);
}

TEST_CASE("a compare that ignores the change misses it and its new findings count as false",
          "[bench]") {
  const std::vector<Document> documents = storm_documents();
  const Report baseline = testing::fake_compare(documents);
  // This compare reports an unrelated finding and never the conflict.
  const CompareFunction blind = [&](std::vector<Document> changed) {
    Report report = baseline;
    report.documents = std::move(changed);
    report.findings.clear();
    Finding unrelated;
    unrelated.id = "omission-elsewhere";
    unrelated.type = FindingType::kOmission;
    report.findings.push_back(unrelated);
    return report;
  };
  const MutationSummary summary =
      run_mutations(blind, documents, baseline, is_mayor, plan_mutations(baseline, is_mayor, 2, 3));
  CHECK(summary.caught.passed == 0);
  CHECK(summary.caught.total == 2);
  CHECK(summary.false_findings == 2);
  CHECK(summary.runs_with_false_findings == 2);
}

TEST_CASE("number words are changed as words, keeping their capital", "[bench]") {
  Document a = make_document("a", "Five killed in the crash.\n");
  Document b = make_document("b", "The crash left five dead.\n");
  Report baseline;
  baseline.documents = {a, b};
  for (const auto& [doc, start] : {std::pair{std::string("a"), std::size_t{0}}, {"b", 15}}) {
    Claim claim;
    claim.doc = doc;
    claim.kind = ClaimKind::kCount;
    claim.span = {start, start + 4};
    claim.value = Interval::exactly(5);
    claim.parts.push_back({"number", {start, start + 4}});
    baseline.extraction.claims.push_back(claim);
  }
  baseline.facts.push_back(Fact{});
  baseline.facts[0].id = "dead";
  baseline.facts[0].mentions = {0, 1};
  const std::vector<Mutation> candidates = mutation_candidates(baseline, is_mayor);
  REQUIRE(candidates.size() == 2);
  CHECK(candidates[0].after == "Six");
  CHECK(candidates[1].after == "six");
}

}  // namespace
}  // namespace factdiff

namespace factdiff {
namespace {

// Two reports sharing a qualified count, a quote and a title; the claims are hand-built.
Report attributed_reports() {
  const std::string a_text = "At least 4 died. \"We will rebuild the harbor,\" said Ann Lee. Mayor Ann Lee spoke.";
  const std::string b_text = "Five died. \"We will rebuild the harbor,\" Ann Lee said. Mayor Ann Lee came.";
  Report report;
  report.documents = {make_document("a", a_text), make_document("b", b_text)};
  auto span_of = [](const std::string& text, const std::string& part) {
    const std::size_t at = text.find(part);
    return Span{at, at + part.size()};
  };
  auto add = [&](Claim claim) {
    report.extraction.claims.push_back(claim);
    return report.extraction.claims.size() - 1;
  };
  Claim count;
  count.doc = "a";
  count.kind = ClaimKind::kCount;
  count.span = span_of(a_text, "At least 4");
  count.value = {4.0, std::nullopt};
  count.qualifier = "at least";
  count.parts = {{"qualifier", span_of(a_text, "At least")}, {"number", span_of(a_text, "4")}};
  Claim five = count;
  five.doc = "b";
  five.span = span_of(b_text, "Five");
  five.value = Interval::exactly(5);
  five.qualifier.clear();
  five.parts = {{"number", span_of(b_text, "Five")}};
  Claim quote;
  quote.doc = "a";
  quote.kind = ClaimKind::kQuote;
  quote.span = span_of(a_text, "\"We will rebuild the harbor,\"");
  quote.quote_span = span_of(a_text, "We will rebuild the harbor");
  quote.speaker_id = "ann-lee";
  quote.parts = {{"speaker", span_of(a_text, "Ann Lee")}};
  Claim quote_b = quote;
  quote_b.doc = "b";
  quote_b.span = span_of(b_text, "\"We will rebuild the harbor,\"");
  quote_b.quote_span = span_of(b_text, "We will rebuild the harbor");
  quote_b.parts = {{"speaker", span_of(b_text, "Ann Lee")}};
  Claim title;
  title.doc = "a";
  title.kind = ClaimKind::kAttribute;
  title.span = span_of(a_text, "Mayor Ann Lee");
  title.attribute_name = "role";
  title.attribute_value = "mayor";
  title.parts = {{"role", span_of(a_text, "Mayor")}};
  Claim title_b = title;
  title_b.doc = "b";
  title_b.span = span_of(b_text, "Mayor Ann Lee");
  title_b.parts = {{"role", span_of(b_text, "Mayor")}};
  const std::vector<std::pair<std::size_t, std::size_t>> pairs = {
      {add(count), add(five)}, {add(quote), add(quote_b)}, {add(title), add(title_b)}};
  for (const auto& [first, second] : pairs) {
    Fact fact;
    fact.id = "fact-" + std::to_string(first);
    fact.mentions = {first, second};
    report.facts.push_back(fact);
  }
  Entity ann;
  ann.id = "ann-lee";
  ann.name = "Ann Lee";
  ann.type = EntityType::kPerson;
  Entity bo;
  bo.id = "bo-park";
  bo.name = "Bo Park";
  bo.type = EntityType::kPerson;
  report.extraction.entities = {ann, bo};
  return report;
}

TEST_CASE("qualifiers, speakers, quote words and titles each make a mutation", "[bench]") {
  const Report baseline = attributed_reports();
  std::map<std::string, std::string> changes;  // "doc kind" -> "before -> after"
  for (const Mutation& mutation : mutation_candidates(baseline, is_mayor)) {
    changes[mutation.doc + " " + std::string(to_string(mutation.kind))] =
        mutation.before + " -> " + mutation.after + " " + std::string(to_string(mutation.expected));
  }
  CHECK(changes["a qualifier"] == "At least -> Fewer than conflict");
  CHECK(changes["a speaker"] == "Ann Lee -> Bo Park conflict");
  CHECK(changes["b speaker"] == "Ann Lee -> Bo Park conflict");
  CHECK(changes["a quote-word"] == "rebuild -> never wording");
  CHECK(changes["a attribute"] == "Mayor -> Governor conflict");
  // "at least 4" admits every value from 4 up, so the nearest value it excludes is 3.
  CHECK(changes["b number"] == "Five -> Three conflict");
}

}  // namespace
}  // namespace factdiff
