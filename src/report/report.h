// Report: the immutable model every reporter (text, md, json, html) renders.
//
//   Report report = ...;                              // built by the pipeline
//   std::string json = render_json_report(report);    // each sink only reads the model
//
// The sinks live beside this header (json_report.h, text_report.h, markdown_report.h,
// html_report.h); report_format.h picks one by name.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/entity.h"
#include "core/fact.h"
#include "extract/extraction.h"
#include "text/analyzed_document.h"

namespace factdiff {

enum class ReportMode { kInspect, kExtract, kCompare, kCheck };

struct Report {
  ReportMode mode = ReportMode::kCompare;
  std::vector<Document> documents;                 // in canonical order (by id)
  std::vector<AnalyzedDocument> analyses;          // parallel to documents; sentences in inspect only
  Extraction extraction;                           // claims and entities
  std::vector<Fact> facts;
  std::vector<Finding> findings;
  std::vector<Support> support;                    // check mode: parallel to claims
  std::string draft;                               // check mode: the draft's document id
  bool explain = false;
  std::vector<std::string> warnings;
};

// The document with this id, or nullptr.
const Document* find_document(const Report& report, std::string_view id);

// "path:line:column" of a byte offset (the id stands in for an empty path).
std::string source_location(const Document& document, std::size_t offset);

// Check mode: how many documents are sources (every document but the draft).
std::size_t check_source_count(const Report& report);

// One sentence counting reports, facts, agreements and findings by type (check mode: support).
std::string report_summary(const Report& report);

// The report's warnings followed by the extraction's, each once, in order.
std::vector<std::string> all_warnings(const Report& report);

}  // namespace factdiff
