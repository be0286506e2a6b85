#include "report/fact_table.h"

#include "report/excerpt.h"

namespace factdiff {

std::vector<FactRow> facts_by_source(const Report& report) {
  std::vector<FactRow> rows;
  rows.reserve(report.facts.size());
  for (const Fact& fact : report.facts) {
    FactRow row;
    row.fact = &fact;
    row.cells.resize(report.documents.size());
    for (std::size_t index : fact.mentions) {
      if (index >= report.extraction.claims.size()) continue;
      const std::string& doc = report.extraction.claims[index].doc;
      for (std::size_t column = 0; column < report.documents.size(); ++column) {
        // A fact holds one mention per document; should a second appear, the first stays.
        if (report.documents[column].id == doc && !row.cells[column]) row.cells[column] = index;
      }
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string cell_text(const Report& report, std::size_t claim_index) {
  const Claim& claim = report.extraction.claims.at(claim_index);
  const Document* document = find_document(report, claim.doc);
  if (document == nullptr) return claim.id();
  return shorten(one_line(document->view(claim.span)), 80);
}

}  // namespace factdiff
