// CompareFunction: how the bench and the mutator run the compare stage over documents in memory.
//
//   CompareFunction compare = [&](std::vector<Document> docs) {
//     return pipeline.run(std::move(docs), ReportMode::kCompare);
//   };
//
// Taking a function rather than a Pipeline lets tests score hand-built reports.
#pragma once

#include <functional>
#include <vector>

#include "core/document.h"
#include "report/report.h"

namespace factdiff {

using CompareFunction = std::function<Report(std::vector<Document>)>;

}  // namespace factdiff
