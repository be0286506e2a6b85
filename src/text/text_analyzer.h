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

}  // namespace factdiff
