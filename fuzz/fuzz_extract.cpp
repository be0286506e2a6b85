// Fuzz target: any bytes as one to three documents, through the text layer and every extractor
// (numbers, dates, quotes, statements, attributes, entities). Every span of every claim must
// stay inside its document.
#include <cstdint>

#include "extract/extraction.h"
#include "fuzz_support.h"
#include "text/text_analyzer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace factdiff;
  const FuzzContext& context = fuzz_context();
  const std::vector<Document> documents = fuzz_documents(data, size);
  const std::vector<AnalyzedDocument> analyses =
      analyze_documents(documents, *context.rules, *context.words);
  check_analyses(analyses);
  check_extraction(documents, extract_claims(analyses, *context.rules));
  return 0;
}
