#include "report/report.h"

#include <algorithm>
#include <array>
#include <map>

namespace factdiff {
namespace {

std::string plural(std::size_t count, const std::string& singular, const std::string& plural_form) {
  return std::to_string(count) + " " + (count == 1 ? singular : plural_form);
}

std::string support_summary(const Report& report) {
  std::array<std::size_t, 4> counts{};
  std::size_t draft_claims = 0;
  for (std::size_t index = 0; index < report.extraction.claims.size(); ++index) {
    if (report.extraction.claims[index].doc != report.draft) continue;
    ++draft_claims;
    const Support support = index < report.support.size() ? report.support[index] : Support::kNone;
    ++counts[static_cast<std::size_t>(support)];
  }
  return "draft " + report.draft + ": " + plural(draft_claims, "claim", "claims") + ", " +
         std::to_string(counts[static_cast<std::size_t>(Support::kSupported)]) + " supported, " +
         std::to_string(counts[static_cast<std::size_t>(Support::kContradicted)]) +
         " contradicted, " +
         std::to_string(counts[static_cast<std::size_t>(Support::kUnsupported)]) + " unsupported. ";
}

}  // namespace

std::string report_summary(const Report& report) {
  std::map<FactStatus, std::size_t> facts;
  for (const Fact& fact : report.facts) ++facts[fact.status];
  std::map<FindingType, std::size_t> findings;
  for (const Finding& finding : report.findings) ++findings[finding.type];

  std::string out;
  if (report.mode == ReportMode::kCheck) out += support_summary(report);
  out += plural(report.documents.size(), "report", "reports") + ", " +
         plural(report.facts.size(), "fact", "facts") + ": " +
         plural(facts[FactStatus::kAgree], "agreement", "agreements") + ", " +
         plural(findings[FindingType::kConflict], "conflict", "conflicts") + ", " +
         plural(findings[FindingType::kOmission], "omission", "omissions") + ", " +
         plural(findings[FindingType::kWording], "wording change", "wording changes") + ", " +
         plural(findings[FindingType::kVariant], "variant", "variants");
  if (report.mode == ReportMode::kCheck) {
    out += ", " + plural(findings[FindingType::kUnsupported], "unsupported claim", "unsupported claims");
  }
  out += ", " + std::to_string(facts[FactStatus::kSingle]) + " in one report only.";
  return out;
}

std::size_t check_source_count(const Report& report) {
  return static_cast<std::size_t>(std::count_if(
      report.documents.begin(), report.documents.end(),
      [&](const Document& document) { return document.id != report.draft; }));
}

const Document* find_document(const Report& report, std::string_view id) {
  // Documents are kept in order of id, and reporters look one up per claim, mention and
  // finding: a scan each time made reports quadratic in the documents. A report assembled in
  // another order still finds its documents by the scan below.
  const auto by_id = std::lower_bound(report.documents.begin(), report.documents.end(), id,
                                      [](const Document& document, std::string_view wanted) {
                                        return document.id < wanted;
                                      });
  if (by_id != report.documents.end() && by_id->id == id) return &*by_id;
  for (const Document& document : report.documents) {
    if (document.id == id) return &document;
  }
  return nullptr;
}

std::string source_location(const Document& document, std::size_t offset) {
  const auto [line, column] = document.line_column(offset);
  const std::string& name = document.path.empty() ? document.id : document.path;
  return name + ":" + std::to_string(line) + ":" + std::to_string(column);
}

std::vector<std::string> all_warnings(const Report& report) {
  std::vector<std::string> warnings;
  auto add = [&](const std::string& warning) {
    if (std::find(warnings.begin(), warnings.end(), warning) == warnings.end()) {
      warnings.push_back(warning);
    }
  };
  for (const std::string& warning : report.warnings) add(warning);
  for (const std::string& warning : report.extraction.warnings) add(warning);
  return warnings;
}

}  // namespace factdiff
