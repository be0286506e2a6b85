// SyntheticCluster: documents and hand-built claims for alignment and judgement tests, so those
// stages are tested without the extractors. One sentence per line: a claim's sentence is its line.
#pragma once

#include <algorithm>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/document.h"
#include "extract/extraction.h"
#include "text/analyzed_document.h"

namespace factdiff::testing {

class SyntheticCluster {
 public:
  void add_document(const std::string& id, const std::string& text, const std::string& published = "") {
    auto document = std::make_shared<Document>();
    document->id = id;
    document->path = id + ".txt";
    document->bytes = text;
    document->published = published;
    documents_.push_back(std::move(document));
  }

  Claim& count(const std::string& doc, const std::string& span_text, std::optional<double> low,
               std::optional<double> high, const std::string& unit, const std::string& predicate = "",
               const std::string& qualifier = "", int occurrence = 1) {
    Claim& claim = add(doc, span_text, ClaimKind::kCount, occurrence);
    claim.value = {low, high};
    claim.unit = unit;
    claim.predicate = predicate;
    claim.qualifier = qualifier;
    return claim;
  }

  Claim& numeric(const std::string& doc, const std::string& span_text, ClaimKind kind, std::optional<double> low,
                 std::optional<double> high, const std::string& unit = "") {
    Claim& claim = add(doc, span_text, kind, 1);
    claim.value = {low, high};
    claim.unit = unit;
    return claim;
  }

  Claim& quote(const std::string& doc, const std::string& words, const std::string& speaker_id,
               const std::string& speaker, int occurrence = 1) {
    Claim& claim = add(doc, words, ClaimKind::kQuote, occurrence);
    claim.quote = words;
    claim.quote_span = claim.span;
    claim.speaker_id = speaker_id;
    claim.speaker = speaker;
    claim.verb = "say";
    return claim;
  }

  Claim& attribute(const std::string& doc, const std::string& span_text, const std::string& subject_id,
                   const std::string& name, const std::string& value) {
    Claim& claim = add(doc, span_text, ClaimKind::kAttribute, 1);
    claim.subject_id = subject_id;
    claim.subject = subject_id;
    claim.attribute_name = name;
    claim.attribute_value = value;
    return claim;
  }

  // Sorts claims by document and position, numbers them, and builds the analyses.
  void finish() {
    std::stable_sort(extraction.claims.begin(), extraction.claims.end(), [](const Claim& a, const Claim& b) {
      return a.doc != b.doc ? a.doc < b.doc : a.span < b.span;
    });
    std::map<std::string, std::uint32_t> counters;
    for (Claim& claim : extraction.claims) claim.number = ++counters[claim.doc];
    analyses.clear();
    for (const auto& document : documents_) {
      AnalyzedDocument analysis;
      analysis.document = document.get();
      analysis.blocks.push_back({Span{0, document->bytes.size()}, "", false, false});
      analyses.push_back(std::move(analysis));
    }
  }

  const Document& document(const std::string& id) const {
    for (const auto& document : documents_) {
      if (document->id == id) return *document;
    }
    throw std::runtime_error("no document " + id);
  }
  std::vector<Document> documents() const {
    std::vector<Document> copies;
    for (const auto& document : documents_) copies.push_back(*document);
    return copies;
  }
  std::size_t index_of(const std::string& doc, const std::string& span_text) const {
    for (std::size_t i = 0; i < extraction.claims.size(); ++i) {
      const Claim& claim = extraction.claims[i];
      if (claim.doc == doc && document(doc).bytes.substr(claim.span.start, claim.span.size()) == span_text) return i;
    }
    throw std::runtime_error("no claim " + doc + " " + span_text);
  }

  Extraction extraction;
  std::vector<AnalyzedDocument> analyses;

 private:
  Claim& add(const std::string& doc, const std::string& span_text, ClaimKind kind, int occurrence) {
    const std::string& text = document(doc).bytes;
    std::size_t start = std::string::npos, from = 0;
    for (int i = 0; i < occurrence; ++i) {
      start = text.find(span_text, from);
      if (start == std::string::npos) throw std::runtime_error("not in " + doc + ": " + span_text);
      from = start + 1;
    }
    std::size_t line_start = text.rfind('\n', start);
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    std::size_t line_end = text.find('\n', start);
    if (line_end == std::string::npos) line_end = text.size();
    Claim claim;
    claim.doc = doc;
    claim.kind = kind;
    claim.span = {start, start + span_text.size()};
    claim.sentence = {line_start, line_end};
    claim.rule = "test";
    extraction.claims.push_back(claim);
    return extraction.claims.back();
  }

  std::vector<std::shared_ptr<Document>> documents_;
};

}  // namespace factdiff::testing
