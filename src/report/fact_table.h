// Fact table: the facts by source, one row per fact, one column per document.
//
//   for (const FactRow& row : facts_by_source(report))
//     for (std::size_t column = 0; column < report.documents.size(); ++column)
//       show(row.cells[column] ? cell_text(report, *row.cells[column]) : "missing");
//
// Markdown and HTML reports both show this table; the cell says what that source states.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "report/report.h"

namespace factdiff {

struct FactRow {
  const Fact* fact = nullptr;
  std::vector<std::optional<std::size_t>> cells;  // per document (report order): claim index
};

// One row per fact, in the report's order; a cell is empty where the source lacks the fact.
std::vector<FactRow> facts_by_source(const Report& report);

// What a source states, short and on one line: the claim's own words (quotes shortened).
std::string cell_text(const Report& report, std::size_t claim_index);

}  // namespace factdiff
