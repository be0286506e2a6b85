#include "pipeline/document_reading.h"

#include "text/text_analyzer.h"

namespace factdiff {

ReadingTables::ReadingTables(const RuleSet& rules)
    : text_rules(TextRules::from_rule_set(rules)), extractor(rules) {}

ReadDocuments read_documents(const std::vector<Document>& documents, const RuleSet& rules,
                             const WordList& words, const CompareLexicons* lexicons) {
  return read_documents(documents, ReadingTables(rules), words, lexicons);
}

ReadDocuments read_documents(const std::vector<Document>& documents, const ReadingTables& tables,
                             const WordList& words, const CompareLexicons* lexicons) {
  const TextRules& text_rules = tables.text_rules;
  ReadDocuments read;
  // Glue repair trusts a token seen elsewhere in the run: every document is counted first.
  TokenCounts counts;
  read.analyses.reserve(documents.size());
  for (const Document& document : documents) {
    AnalyzedDocument& analysis = read.analyses.emplace_back(analyze_layout(document, text_rules, counts));
    // Every document's blocks are held to the end of the run: without the room they grew into.
    analysis.blocks.shrink_to_fit();
  }

  ExtractionRun run(tables.extractor);
  if (lexicons != nullptr) read.contexts.emplace(*lexicons);
  for (AnalyzedDocument& analysis : read.analyses) {
    tokenize_and_repair(analysis, text_rules, counts, words);
    for (const Claim& claim : run.add_document(analysis)) {
      if (read.contexts) read.contexts->add(claim, &analysis);
    }
    // Nothing after this needs the sentences (judgement and the reports read blocks): they go
    // with their tokens.
    std::vector<Sentence>().swap(analysis.sentences);
  }
  read.extraction = std::move(run).finish();
  return read;
}

}  // namespace factdiff
