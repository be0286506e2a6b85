// Fuzz target: any bytes as one to three documents, through the document loader and the text
// layer (normalizing, boilerplate, sentences, tokens, glue repair). Every span must stay inside
// its document.
#include <cstdint>

#include "fuzz_support.h"
#include "text/text_analyzer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace factdiff;
  const FuzzContext& context = fuzz_context();
  const std::vector<Document> documents = fuzz_documents(data, size);
  check_analyses(analyze_documents(documents, *context.rules, *context.words));
  return 0;
}
