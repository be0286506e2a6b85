// Attribution scoring: quotes, statements and attributes against a fixture's gold.yaml.
//
// Reads the `quotes`, `statements` and `attributes` sections of each document and the top-level
// `entities` list (docs/fixtures.md), then scores extracted claims:
//   - a gold quote (statement) is found when an extracted quote (statement) of its document holds
//     the gold text after normalization (case, accents, punctuation, British/American spelling);
//     its speaker is right when the extracted speaker is the gold speaker or one of its aliases;
//   - attributes are compared per document as (subject, name, value) triples, each counted once;
//     precision counts only documents whose gold has an `attributes` section.
//
//   Result<AttributionGold> gold = read_attribution_gold("fixtures/paris-2015/gold.yaml");
//   AttributionScore score = score_attribution(gold.value(), claims, entities, spelling);
//   std::cout << score.quote_recall() << " " << score.quote_speaker_rate();
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/claim.h"
#include "core/document.h"
#include "core/entity.h"
#include "core/status.h"
#include "extract/spelling_variants.h"

namespace factdiff {

struct GoldSpeech {
  std::string text;
  std::string speaker;  // canonical entity name, or "unknown"
  std::string verb;
  std::string audience;
  int line = 0;
};

struct GoldAttribute {
  std::string text;
  std::string subject;
  std::string name;
  std::string value;
  int line = 0;
};

struct GoldAttributionDocument {
  std::vector<GoldSpeech> quotes;
  std::vector<GoldSpeech> statements;
  std::vector<GoldAttribute> attributes;
  bool has_attributes = false;  // the section is present (possibly empty)
};

struct GoldEntity {
  std::string name;
  std::string type;
  std::vector<std::string> aliases;
};

struct AttributionGold {
  std::string path;
  std::map<std::string, GoldAttributionDocument> documents;
  std::vector<GoldEntity> entities;
};

// Errors name the file and line:column.
Result<AttributionGold> read_attribution_gold(const std::string& path);
Result<AttributionGold> parse_attribution_gold(const std::string& path, const std::string& text);

// Every gold text must occur in its document: an error naming the gold line otherwise.
Status check_attribution_gold(const AttributionGold& gold, const std::vector<Document>& documents);

struct AttributionScore {
  std::size_t gold_quotes = 0, found_quotes = 0, right_quote_speakers = 0;
  std::size_t gold_statements = 0, found_statements = 0, right_statement_speakers = 0;
  std::size_t gold_attributes = 0, found_attributes = 0;          // recall side
  std::size_t extracted_attributes = 0, correct_attributes = 0;   // precision side
  std::vector<std::string> misses;  // one line per missed or wrong item, for test output

  // Ratios are 1 when there is nothing to score.
  double quote_recall() const { return ratio(found_quotes, gold_quotes); }
  double quote_speaker_rate() const { return ratio(right_quote_speakers, gold_quotes); }
  double statement_recall() const { return ratio(found_statements, gold_statements); }
  double statement_speaker_rate() const { return ratio(right_statement_speakers, gold_statements); }
  double attribute_recall() const { return ratio(found_attributes, gold_attributes); }
  double attribute_precision() const { return ratio(correct_attributes, extracted_attributes); }
  void add(const AttributionScore& other);

 private:
  static double ratio(std::size_t a, std::size_t b) { return b == 0 ? 1.0 : static_cast<double>(a) / b; }
};

// Scores the claims of the gold's documents. `entities` (from resolve_entities) lets an extracted
// speaker match through its aliases.
AttributionScore score_attribution(const AttributionGold& gold, const std::vector<Claim>& claims,
                                   const std::vector<Entity>& entities, const SpellingVariants& spelling);

}  // namespace factdiff
