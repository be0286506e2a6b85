// The text layer's entry point: documents in, analysed documents out.
//
//   std::vector<AnalyzedDocument> analyses = analyze_documents(documents, rules, words);
//
// Marks boilerplate, splits sentences and tokens, and repairs glued words. Glue repair looks at
// every document checked together (a token seen elsewhere is a real token), so the documents of a
// run are analysed together. analyses[i].document points at documents[i].
#pragma once

#include <vector>

#include "core/document.h"
#include "rules/rule_set.h"
#include "text/abbreviations.h"
#include "text/analyzed_document.h"
#include "text/boilerplate.h"
#include "text/glue_repair.h"
#include "text/word_list.h"

namespace factdiff {

std::vector<AnalyzedDocument> analyze_documents(const std::vector<Document>& documents,
                                                const RuleSet& rules, const WordList& words);

// The text layer's rules, taken from a RuleSet once (or built directly in tests).
struct TextRules {
  Abbreviations abbreviations;  // lexicon `abbreviations`
  BoilerplateRules boilerplate;  // stage `boilerplate`, lexicon `navigation_words`
  static TextRules from_rule_set(const RuleSet& rules);
};

std::vector<AnalyzedDocument> analyze_documents(const std::vector<Document>& documents,
                                                const TextRules& rules, const WordList& words);

// The same a document at a time, for a run that lets each document's tokens go once it has read
// them: every document is first laid out (its tokens counted for glue repair from their spans
// alone, without making them), then each is tokenized and repaired, read, and its sentences let
// go before the next.
//
//   TokenCounts counts;
//   for (i) analyses[i] = analyze_layout(documents[i], rules, counts);
//   for (i) { tokenize_and_repair(analyses[i], rules, counts, words); read(analyses[i]); ... }
//
// Blocks, boilerplate, sentence spans and warnings; sentences without tokens, glue not repaired.
AnalyzedDocument analyze_layout(const Document& document, const TextRules& rules, TokenCounts& counts);
// The sentences of a laid-out document tokenized and their glue repaired with the counts of every
// document of the run: then the same as analyze_documents gives for it.
void tokenize_and_repair(AnalyzedDocument& analysis, const TextRules& rules, const TokenCounts& counts,
                         const WordList& words);

}  // namespace factdiff
