// Shared helpers of the numeric tests: the bundled rules and word list loaded once, and a
// compact dump of the numeric claims of a text ("count 129 [129, 129] unit=people pred=kill").
#pragma once

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/claim.h"
#include "extract/numeric_extractor.h"
#include "rules/rule_set.h"
#include "text/text_analyzer.h"
#include "text/word_list.h"

namespace factdiff::testing {

struct NumericEnvironment {
  std::shared_ptr<const RuleSet> rules;
  std::shared_ptr<const WordList> words;
};

inline const NumericEnvironment& numeric_environment() {
  static const NumericEnvironment environment = [] {
    NumericEnvironment loaded;
    auto rules = RuleSet::load({std::string(FACTDIFF_SOURCE_DIR) + "/rules"});
    if (!rules.ok()) throw std::runtime_error(rules.status().message());
    loaded.rules = rules.value();
    auto words = WordList::load(FACTDIFF_DEFAULT_WORDLIST);
    loaded.words = words.ok() ? words.value() : WordList::from_words({});
    return loaded;
  }();
  return environment;
}

inline std::string bound_text(const std::optional<double>& bound) {
  return bound ? fmt::format("{:g}", *bound) : std::string("null");
}

inline std::string dump_claim(const Claim& claim, const std::string& text) {
  std::string line = fmt::format("{} \"{}\" [{}, {}]", to_string(claim.kind),
                                 text.substr(claim.span.start, claim.span.size()),
                                 bound_text(claim.value.low), bound_text(claim.value.high));
  if (!claim.unit.empty()) line += " unit=" + claim.unit;
  if (!claim.predicate.empty()) line += " pred=" + claim.predicate;
  if (!claim.qualifier.empty()) line += " qual=" + claim.qualifier;
  if (claim.negated) line += " negated";
  if (!claim.subject.empty()) line += " subject=" + claim.subject;
  return line;
}

// Numeric claims of `text` read as one document published on `published`.
inline std::vector<std::string> numeric_claims(const std::string& text,
                                               const std::string& published = "2015-11-16") {
  const NumericEnvironment& environment = numeric_environment();
  std::vector<Document> documents(1);
  documents[0].id = "t";
  documents[0].bytes = text;
  documents[0].published = published;
  auto analyses = analyze_documents(documents, *environment.rules, *environment.words);
  NumericExtractor extractor(*environment.rules);
  std::vector<std::string> lines;
  for (const Claim& claim : extractor.extract(analyses.front())) lines.push_back(dump_claim(claim, text));
  return lines;
}

}  // namespace factdiff::testing
