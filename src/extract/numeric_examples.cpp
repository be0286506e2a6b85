#include "extract/numeric_examples.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "extract/numeric_dates.h"
#include "extract/numeric_extractor.h"
#include "text/text_analyzer.h"

namespace factdiff {
namespace {

std::string bound_text(const std::optional<double>& bound) {
  return bound ? fmt::format("{:g}", *bound) : std::string("null");
}

std::string describe(const Claim& claim, const Document& document) {
  std::string text = fmt::format("{} \"{}\" [{}, {}]", to_string(claim.kind),
                                 document.text_of(claim.span), bound_text(claim.value.low),
                                 bound_text(claim.value.high));
  if (!claim.unit.empty()) text += " unit=" + claim.unit;
  if (!claim.predicate.empty()) text += " predicate=" + claim.predicate;
  if (!claim.qualifier.empty()) text += " qualifier=" + claim.qualifier;
  if (claim.negated) text += " negated";
  if (!claim.subject.empty()) text += " subject=" + claim.subject;
  return text;
}

bool bound_matches(const std::optional<double>& actual, const std::string& expected) {
  if (expected.empty() || expected == "null" || expected == "~") return !actual;
  if (!actual) return false;
  double value = 0;
  if (auto day = parse_iso_day(expected); day && expected.size() >= 10 && expected[4] == '-') {
    value = static_cast<double>(*day);
  } else {
    try {
      value = std::stod(expected);
    } catch (const std::exception&) {
      return false;
    }
  }
  return std::fabs(*actual - value) <= 1e-6 * std::max(1.0, std::fabs(value));
}

bool field_matches(const Claim& claim, const std::string& key, const std::string& expected) {
  if (key == "kind") return to_string(claim.kind) == expected;
  if (key == "low") return bound_matches(claim.value.low, expected);
  if (key == "high") return bound_matches(claim.value.high, expected);
  if (key == "unit") return claim.unit == expected;
  if (key == "predicate") return claim.predicate == expected;
  if (key == "qualifier") return claim.qualifier == expected;
  if (key == "negated") return (claim.negated ? "true" : "false") == expected;
  if (key == "subject") return claim.subject == expected;
  return false;
}

std::vector<Claim> claims_of(const RuleSet& rules, const WordList& words, const std::string& text) {
  std::vector<Document> documents(1);
  documents[0].id = "example";
  documents[0].path = "example";
  documents[0].bytes = text;
  documents[0].published = kNumericExamplePublished;
  std::vector<AnalyzedDocument> analyses = analyze_documents(documents, rules, words);
  const NumericExtractor extractor(rules);
  return extractor.extract(analyses.front());
}

}  // namespace

Status check_numeric_example(const RuleSet& rules, const WordList& words, const Rule& rule,
                             const RuleExample& example, bool negative) {
  (void)rule;
  std::vector<Claim> claims = claims_of(rules, words, example.text);
  Document shown;
  shown.bytes = example.text;
  std::string found;
  for (const Claim& claim : claims) found += (found.empty() ? "" : "; ") + describe(claim, shown);
  if (negative) {
    if (claims.empty()) return Status();
    return Status::error("expected no numeric claim, got: " + found);
  }
  for (const auto& [key, value] : example.expect) {
    static const char* kKnown[] = {"kind", "low", "high", "unit", "predicate", "qualifier", "negated", "subject"};
    if (std::find(std::begin(kKnown), std::end(kKnown), key) == std::end(kKnown)) {
      return Status::error("unknown expected key '" + key + "'");
    }
  }
  int matching = 0;
  for (const Claim& claim : claims) {
    bool all = true;
    for (const auto& [key, value] : example.expect) all = all && field_matches(claim, key, value);
    matching += all ? 1 : 0;
  }
  if (matching == 1) return Status();
  if (claims.empty()) return Status::error("expected a numeric claim, got none");
  return Status::error(fmt::format("expected exactly one claim with the expected fields, {} match; got: {}",
                                   matching, found));
}

void add_numeric_checker(ExampleCheckers& checkers, const RuleSet& rules, const WordList& words) {
  checkers.add("numeric", [&rules, &words](const Rule& rule, const RuleExample& example, bool negative) {
    return check_numeric_example(rules, words, rule, example, negative);
  });
}

}  // namespace factdiff
