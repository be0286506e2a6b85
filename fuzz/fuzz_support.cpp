#include "fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "input/document_loader.h"

namespace factdiff {
namespace {

[[noreturn]] void broken(const std::string& what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what.c_str());
  std::abort();
}

void check_span(const Span& span, std::size_t size, const char* what) {
  if (span.start > span.end || span.end > size) {
    broken(std::string(what) + " span [" + std::to_string(span.start) + ", " +
           std::to_string(span.end) + ") outside a document of " + std::to_string(size) +
           " bytes");
  }
}

}  // namespace

const FuzzContext& fuzz_context() {
  static const FuzzContext context = [] {
    Result<std::shared_ptr<const RuleSet>> rules = RuleSet::load({default_rules_dir()});
    if (!rules.ok()) broken("bundled rules do not load: " + rules.status().message());
    Result<std::shared_ptr<const WordList>> words = WordList::load(FACTDIFF_DEFAULT_WORDLIST);
    if (!words.ok()) broken("word list does not load: " + words.status().message());
    return FuzzContext{rules.value(), words.value()};
  }();
  return context;
}

std::vector<Document> fuzz_documents(const std::uint8_t* data, std::size_t size) {
  std::vector<Document> documents;
  if (size == 0) return documents;
  const std::size_t count = 1 + data[0] % 3;
  const std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::size_t part = rest.size() / count;
  for (std::size_t i = 0; i < count; ++i) {
    LoadOptions options;
    const std::size_t begin = i * part;
    options.standard_input = std::string(rest.substr(begin, i + 1 == count ? std::string_view::npos
                                                                            : part));
    Result<LoadedDocuments> loaded = load_documents({"-"}, options);
    if (!loaded.ok()) continue;
    for (Document& document : loaded.value().documents) {
      document.id = "doc" + std::to_string(i + 1);
      documents.push_back(std::move(document));
    }
  }
  return documents;
}

void check_analyses(const std::vector<AnalyzedDocument>& analyses) {
  for (const AnalyzedDocument& analysis : analyses) {
    const std::size_t size = analysis.document->bytes.size();
    for (const Block& block : analysis.blocks) check_span(block.span, size, "block");
    for (const Sentence& sentence : analysis.sentences) {
      check_span(sentence.span, size, "sentence");
      for (const Token& token : sentence.tokens) {
        check_span(token.span, size, "token");
        if (!sentence.span.contains(token.span)) broken("a token outside its sentence");
      }
    }
    for (const GlueRepair& repair : analysis.repairs) {
      check_span(repair.span, size, "repair");
      for (const Span& piece : repair.pieces) check_span(piece, size, "repair piece");
    }
  }
}

void check_extraction(const std::vector<Document>& documents, const Extraction& extraction) {
  for (const Claim& claim : extraction.claims) {
    const Document* document = nullptr;
    for (const Document& candidate : documents) {
      if (candidate.id == claim.doc) document = &candidate;
    }
    if (document == nullptr) broken("claim " + claim.id() + " names an unknown document");
    const std::size_t size = document->bytes.size();
    check_span(claim.span, size, "claim");
    check_span(claim.sentence, size, "claim sentence");
    check_span(claim.quote_span, size, "claim quote");
    for (const MatchedPart& part : claim.parts) check_span(part.span, size, "claim part");
    // What every report shows: the original bytes, decoded. It must not fail on any span.
    if (document->text_of(claim.span).size() < claim.span.size() / 4) {
      broken("claim " + claim.id() + " text is shorter than its bytes allow");
    }
  }
}

}  // namespace factdiff
