#include "report/markdown_report.h"

#include <cctype>

#include "report/claim_summary.h"
#include "report/excerpt.h"
#include "report/fact_table.h"

namespace factdiff {
namespace {

std::string location_of(const Report& report, const Claim& claim) {
  const Document* document = find_document(report, claim.doc);
  return document != nullptr ? source_location(*document, claim.span.start) : claim.id();
}

std::string documents_table(const Report& report) {
  std::string out = "| Report | Outlet | Published | Title |\n|---|---|---|---|\n";
  for (const Document& document : report.documents) {
    const bool draft = report.mode == ReportMode::kCheck && document.id == report.draft;
    out += "| " + markdown_escape(document.id) + (draft ? " (draft)" : "") + " | " +
           (document.outlet.empty() ? "unknown" : markdown_escape(document.outlet)) + " | " +
           (document.published.empty() ? "unknown" : markdown_escape(document.published)) + " | " +
           markdown_escape(shorten(one_line(document.title), 100)) + " |\n";
  }
  return out;
}

std::string side_line(const Report& report, std::size_t index) {
  if (index >= report.extraction.claims.size()) return "";
  const Claim& claim = report.extraction.claims[index];
  const Document* document = find_document(report, claim.doc);
  if (document == nullptr) return "";
  const Excerpt excerpt = excerpt_around(*document, claim.span, claim.sentence);
  return "  - " + markdown_escape(location_of(report, claim)) + ": " +
         markdown_escape(excerpt.before) + "**" + markdown_escape(excerpt.claim) + "**" +
         markdown_escape(excerpt.after) + "\n";
}

std::string finding_item(const Report& report, const Finding& finding) {
  std::string label;
  for (const Fact& fact : report.facts) {
    if (fact.id == finding.fact) label = fact.label;
  }
  std::string out = "- **" + std::string(to_string(finding.type)) + "**";
  if (!label.empty()) out += " \u00b7 " + markdown_escape(label);
  out += ": " + markdown_escape(finding.message) + "\n";
  for (std::size_t index : finding.mentions) out += side_line(report, index);
  if (!finding.missing_from.empty()) {
    out += "  - missing from:";
    for (const std::string& id : finding.missing_from) out += " " + markdown_escape(id);
    out += "\n";
  }
  if (!finding.timeline.empty()) {
    out += "  - timeline:";
    for (std::size_t point = 0; point < finding.timeline.size(); ++point) {
      const TimelinePoint& at = finding.timeline[point];
      out += (point == 0 ? " " : " \u2192 ") + markdown_escape(at.value) + " (" +
             markdown_escape(at.doc) + (at.published.empty() ? "" : ", " + at.published) + ")";
    }
    out += "\n";
  }
  if (!finding.diff.empty()) out += "  - diff: " + markdown_escape(finding.diff) + "\n";
  return out;
}

std::string findings_section(const Report& report) {
  std::string out = "### Findings\n\n";
  if (report.findings.empty()) return out + "No findings.\n\n";
  for (Severity severity : {Severity::kHigh, Severity::kMedium, Severity::kLow, Severity::kNone}) {
    std::string items;
    for (const Finding& finding : report.findings) {
      if (finding.severity == severity) items += finding_item(report, finding);
    }
    if (items.empty()) continue;
    std::string name(to_string(severity));
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
    out += "**" + name + "**\n\n" + items + "\n";
  }
  return out;
}

std::string facts_table(const Report& report) {
  std::string out = "### Facts by source\n\n| Fact | Status |";
  std::string rule = "|---|---|";
  for (const Document& document : report.documents) {
    out += " " + markdown_escape(document.id) + " |";
    rule += "---|";
  }
  out += "\n" + rule + "\n";
  for (const FactRow& row : facts_by_source(report)) {
    out += "| " + markdown_escape(row.fact->label.empty() ? row.fact->id : row.fact->label) + " | " +
           std::string(to_string(row.fact->status)) + " |";
    for (const auto& cell : row.cells) {
      out += " " + (cell ? markdown_escape(cell_text(report, *cell)) : std::string("missing")) + " |";
    }
    out += "\n";
  }
  return out;
}

std::string render_comparison(const Report& report) {
  std::string out;
  if (report.mode == ReportMode::kCheck) {
    out += "## factdiff: draft " + markdown_escape(report.draft) + " checked against " +
           std::to_string(check_source_count(report)) + " sources\n\n";
  } else {
    out += "## factdiff: " + std::to_string(report.documents.size()) + " reports compared\n\n";
  }
  out += documents_table(report) + "\n";
  out += "**Summary:** " + markdown_escape(report_summary(report)) + "\n\n";
  out += findings_section(report);
  out += facts_table(report);
  return out;
}

std::string render_extraction(const Report& report) {
  std::string out = "## factdiff: claims of " + std::to_string(report.documents.size()) +
                    " reports\n\n" + documents_table(report);
  for (const Document& document : report.documents) {
    out += "\n### " + markdown_escape(document.id) + "\n\n| Claim | Text | Reading | Where |\n"
           "|---|---|---|---|\n";
    for (const Claim& claim : report.extraction.claims) {
      if (claim.doc != document.id) continue;
      out += "| " + markdown_escape(claim.id()) + " | " +
             markdown_escape(shorten(one_line(document.view(claim.span)), 80)) + " | " +
             markdown_escape(describe_claim(claim)) + " | " +
             markdown_escape(location_of(report, claim)) + " |\n";
    }
  }
  return out;
}

}  // namespace

std::string markdown_escape(std::string_view text) {
  const std::string line = one_line(text);
  std::string out;
  out.reserve(line.size() + 8);
  auto alphanumeric = [&](std::size_t at) {
    return at < line.size() && std::isalnum(static_cast<unsigned char>(line[at]));
  };
  for (std::size_t at = 0; at < line.size(); ++at) {
    const char character = line[at];
    // An underscore inside a word (000_58abc) never starts emphasis, so it stays as it is.
    if (character == '_' && at > 0 && alphanumeric(at - 1) && alphanumeric(at + 1)) {
      out += character;
      continue;
    }
    switch (character) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      // Without [ and ] no link or image can form, so ( ) and ! stay readable as they are.
      case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '~':
        out += '\\';
        out += character;
        break;
      default: out += character;
    }
  }
  return out;
}

std::string render_markdown_report(const Report& report) {
  switch (report.mode) {
    case ReportMode::kExtract: return render_extraction(report);
    case ReportMode::kInspect:
    case ReportMode::kCompare:
    case ReportMode::kCheck: break;
  }
  return render_comparison(report);
}

}  // namespace factdiff
