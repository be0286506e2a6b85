// Report: the immutable model every reporter (text, md, json, html) renders.
//
//   Report report = ...;                 // built by the pipeline
//   write_json_report(report, out);      // each sink only reads the model
#pragma once

#include <string>
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
  std::vector<AnalyzedDocument> analyses;          // parallel to documents
  Extraction extraction;                           // claims and entities
  std::vector<Fact> facts;
  std::vector<Finding> findings;
  std::vector<Support> support;                    // check mode: parallel to claims
  std::string draft;                               // check mode: the draft's document id
  bool explain = false;
  std::vector<std::string> warnings;
};

}  // namespace factdiff
