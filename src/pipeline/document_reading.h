// Document reading: every document of a run analysed, its claims extracted and their contexts
// gathered, one document at a time.
//
// A document's tokens are the largest part of what the text layer makes of it (ten times its
// bytes), and nothing after extraction and context gathering needs them or the sentences: each
// document's are let go before the next document is read, so a run never holds more than one
// document's tokens.
// Glue repair counts the tokens of every document first (text_analyzer.h), which costs one more
// pass over each sentence's token spans (no tokens are made by it).
//
//   const ReadingTables tables(rules);  // once, for every run
//   ReadDocuments read = read_documents(documents, tables, words, &lexicons);
//   std::vector<Fact> facts = align_claims(read.extraction, std::move(*read.contexts), lexicons);
#pragma once

#include <optional>
#include <vector>

#include "align/claim_contexts.h"
#include "align/compare_lexicons.h"
#include "core/document.h"
#include "extract/extraction.h"
#include "rules/rule_set.h"
#include "text/analyzed_document.h"
#include "text/text_analyzer.h"
#include "text/word_list.h"

namespace factdiff {

struct ReadDocuments {
  // Parallel to the documents: blocks, repairs and warnings; no sentences or tokens.
  std::vector<AnalyzedDocument> analyses;
  Extraction extraction;  // what extract_claims gives for the same documents
  // One per claim of extraction, when lexicons were given.
  std::optional<ClaimContexts> contexts;
};

// The tables a run reads with, built from the rules (about a millisecond and a half): a caller
// with several runs builds them once and lends them to each.
struct ReadingTables {
  // `rules` must outlive the tables.
  explicit ReadingTables(const RuleSet& rules);

  TextRules text_rules;
  ClaimExtractor extractor;
};

// `documents`, `words` and `lexicons` must outlive the result (`tables` is read during the call
// only). With `lexicons` null the claims' contexts are not gathered (extraction alone).
ReadDocuments read_documents(const std::vector<Document>& documents, const ReadingTables& tables,
                             const WordList& words, const CompareLexicons* lexicons);
// The same with tables built for this run alone.
ReadDocuments read_documents(const std::vector<Document>& documents, const RuleSet& rules,
                             const WordList& words, const CompareLexicons* lexicons);

}  // namespace factdiff
