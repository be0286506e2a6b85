// Shared helpers of the attribution tests: bundled rules and word list loaded once, and a run of
// the attribution extractors over texts or fixture documents.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/claim.h"
#include "core/document.h"
#include "core/entity.h"
#include "extract/attribute_extractor.h"
#include "extract/entity_resolver.h"
#include "extract/quote_extractor.h"
#include "rules/rule_set.h"
#include "text/text_analyzer.h"
#include "text/word_list.h"

namespace factdiff::testing {

struct AttributionEnvironment {
  std::shared_ptr<const RuleSet> rules;
  std::shared_ptr<const WordList> words;
};

inline const AttributionEnvironment& attribution_environment() {
  static const AttributionEnvironment environment = [] {
    AttributionEnvironment loaded;
    auto rules = RuleSet::load({std::string(FACTDIFF_SOURCE_DIR) + "/rules"});
    if (!rules.ok()) throw std::runtime_error(rules.status().message());
    loaded.rules = rules.value();
    auto words = WordList::load(FACTDIFF_DEFAULT_WORDLIST);
    loaded.words = words.ok() ? words.value() : WordList::from_words({});
    return loaded;
  }();
  return environment;
}

struct AttributionRun {
  std::vector<Claim> claims;
  std::vector<Entity> entities;
  std::vector<std::string> warnings;
};

// Quotes, statements and attributes of the documents, entities resolved across them.
inline AttributionRun run_attribution(const std::vector<Document>& documents) {
  const AttributionEnvironment& environment = attribution_environment();
  AttributionRun run;
  const std::vector<AnalyzedDocument> analyses =
      analyze_documents(documents, *environment.rules, *environment.words);
  for (const AnalyzedDocument& analysis : analyses) {
    std::vector<Claim> quotes = extract_quotes(analysis, *environment.rules, &run.warnings);
    std::vector<Claim> attributes = extract_attributes(analysis, *environment.rules);
    run.claims.insert(run.claims.end(), quotes.begin(), quotes.end());
    run.claims.insert(run.claims.end(), attributes.begin(), attributes.end());
  }
  run.entities = resolve_entities(analyses, run.claims, *environment.rules);
  return run;
}

inline Document text_document(const std::string& id, const std::string& text) {
  Document document;
  document.id = id;
  document.path = id + ".txt";
  document.bytes = text;
  return document;
}

// The same for one document whose text is `body` under a headline line, so that the first line
// of `body` is read as story text, not as the title.
inline AttributionRun run_headlined_text(const std::string& body) {
  return run_attribution({text_document("doc", "Headline of the day\n\n" + body)});
}

inline const Claim* find_claim(const std::vector<Claim>& claims, ClaimKind kind, const std::string& words) {
  for (const Claim& claim : claims) {
    if (claim.kind == kind && claim.quote.find(words) != std::string::npos) return &claim;
  }
  return nullptr;
}

// The speaker of the claim of `kind` whose words include `words`, or "(no claim)".
inline std::string speaker_of(const AttributionRun& run, const std::string& words,
                              ClaimKind kind = ClaimKind::kQuote) {
  const Claim* claim = find_claim(run.claims, kind, words);
  return claim == nullptr ? std::string("(no claim)") : claim->speaker.str();
}

}  // namespace factdiff::testing
