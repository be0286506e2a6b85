// What the fuzz targets share: the bundled rules and word list loaded once, and the checks every
// run must pass (offsets inside the document, quoted text equal to the original bytes).
//
//   const FuzzContext& context = fuzz_context();
//   std::vector<AnalyzedDocument> analyses = analyze_documents(docs, *context.rules, *context.words);
//   check_analyses(analyses);   // aborts, naming the broken invariant, when one fails
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "extract/extraction.h"
#include "rules/rule_set.h"
#include "text/analyzed_document.h"
#include "text/word_list.h"

namespace factdiff {

struct FuzzContext {
  std::shared_ptr<const RuleSet> rules;
  std::shared_ptr<const WordList> words;
};

// Loaded on first use; aborts with the loader's message when the bundled files do not load, since
// no run would mean anything then.
const FuzzContext& fuzz_context();

// The fuzz input as one to three documents: the first byte says how many, the rest is cut into
// that many nearly equal parts, each read through the document loader as standard input.
// Parts the loader refuses (NUL bytes, UTF-16) are dropped, as the command line would refuse them.
std::vector<Document> fuzz_documents(const std::uint8_t* data, std::size_t size);

// Every span of the analyses lies inside its document, in order; aborts otherwise.
void check_analyses(const std::vector<AnalyzedDocument>& analyses);
// Every span of every claim (its own, its sentence's, its quote's, its parts') lies inside its
// document, and the claim's text can be shown from the original bytes.
void check_extraction(const std::vector<Document>& documents, const Extraction& extraction);

}  // namespace factdiff
