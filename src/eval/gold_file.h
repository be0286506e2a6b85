// Gold files: what a careful reader finds in a fixture's documents (docs/fixtures.md).
//
// This reads the numeric part of gold.yaml: each document's numeric claims and the numbers that
// must not be extracted (not_claims). Claims are located by a short exact substring of the
// document (`text`, with `occurrence` when it repeats); locate_gold turns those into byte spans.
//
//   Result<GoldFile> gold = read_gold_file("fixtures/paris-2015/gold.yaml");
//   Status located = locate_gold(gold.value(), documents);   // fills every span
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/claim.h"
#include "core/document.h"
#include "core/status.h"

namespace factdiff {

struct GoldNumeric {
  std::string text;
  int occurrence = 1;
  ClaimKind kind = ClaimKind::kCount;
  Interval value;          // dates as days since 1970-01-01 (gold may write ISO strings)
  std::string unit;
  std::string predicate;   // empty: any predicate matches
  std::string qualifier;
  Span span;               // filled by locate_gold
  int line = 0;            // in gold.yaml, for messages
};

struct GoldNotClaim {
  std::string text;
  int occurrence = 1;
  Span span;
  int line = 0;
};

struct GoldDocument {
  std::vector<GoldNumeric> numeric;
  std::vector<GoldNotClaim> not_claims;
};

struct GoldFile {
  std::string path;
  std::map<std::string, GoldDocument> documents;  // by document id
};

// Reads the numeric sections of a gold file; errors name file:line:column.
Result<GoldFile> read_gold_file(const std::string& path);
Result<GoldFile> parse_gold_file(const std::string& path, const std::string& text);

// Finds every annotation's span in its document; an annotation whose text is not found (or a
// document id with no document) is an error naming the gold file's line.
Status locate_gold(GoldFile& gold, const std::vector<Document>& documents);

}  // namespace factdiff
