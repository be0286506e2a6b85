#include "report/html_report.h"

#include <algorithm>
#include <optional>
#include <set>

#include "core/utf8.h"
#include "report/claim_summary.h"
#include "report/excerpt.h"
#include "report/fact_table.h"
#include "report/html_assets.h"
#include "report/sha256.h"

namespace factdiff {
namespace {

// Element ids come from indexes, never from document text, so no text reaches an id.
std::string claim_anchor(std::size_t index) { return "c" + std::to_string(index); }

std::string fact_anchor(std::size_t index) { return "k" + std::to_string(index); }

std::string claim_list(const std::vector<std::size_t>& indexes) {
  std::string out;
  for (std::size_t index : indexes) {
    if (!out.empty()) out += ' ';
    out += claim_anchor(index);
  }
  return out;
}

// Which fact each claim belongs to (the first that lists it).
std::vector<std::optional<std::size_t>> fact_of_claims(const Report& report) {
  std::vector<std::optional<std::size_t>> fact_of(report.extraction.claims.size());
  for (std::size_t fact = 0; fact < report.facts.size(); ++fact) {
    for (std::size_t index : report.facts[fact].mentions) {
      if (index < fact_of.size() && !fact_of[index]) fact_of[index] = fact;
    }
  }
  return fact_of;
}

std::string status_class(const Report& report, const std::vector<std::optional<std::size_t>>& fact_of,
                         std::size_t index) {
  if (!fact_of[index]) return "st-none";
  return "st-" + std::string(to_string(report.facts[*fact_of[index]].status));
}

std::string page_title(const Report& report) {
  switch (report.mode) {
    case ReportMode::kCheck:
      return "factdiff: draft " + report.draft + " checked against " +
             std::to_string(check_source_count(report)) + " sources";
    case ReportMode::kExtract:
      return "factdiff: claims of " + std::to_string(report.documents.size()) + " reports";
    case ReportMode::kInspect:
    case ReportMode::kCompare: break;
  }
  return "factdiff: " + std::to_string(report.documents.size()) + " reports compared";
}

std::string header_section(const Report& report) {
  std::string out = "<header>\n<h1>" + html_escape(page_title(report)) + "</h1>\n";
  out += "<table class=\"sources\"><thead><tr><th>Report</th><th>Outlet</th><th>Published</th>"
         "<th>Title</th></tr></thead><tbody>\n";
  for (const Document& document : report.documents) {
    const bool draft = report.mode == ReportMode::kCheck && document.id == report.draft;
    out += "<tr><td>" + html_escape(document.id) + (draft ? " (draft)" : "") + "</td><td>" +
           (document.outlet.empty() ? "<span class=\"empty\">unknown</span>" : html_escape(document.outlet)) +
           "</td><td>" +
           (document.published.empty() ? "<span class=\"empty\">unknown</span>"
                                       : html_escape(document.published)) +
           "</td><td>" + html_escape(document.title) + "</td></tr>\n";
  }
  out += "</tbody></table>\n";
  if (report.mode != ReportMode::kExtract) {
    out += "<p class=\"summary\">" + html_escape(report_summary(report)) + "</p>\n";
  } else {
    out += "<p class=\"summary\">" + std::to_string(report.extraction.claims.size()) + " claims</p>\n";
  }
  out += "<p class=\"legend\">Claims by status: <mark class=\"claim st-agree\">agree</mark>"
         "<mark class=\"claim st-conflict\">conflict</mark><mark class=\"claim st-wording\">wording</mark>"
         "<mark class=\"claim st-variant\">variant</mark><mark class=\"claim st-single\">single</mark></p>\n";
  return out + "</header>\n";
}

std::string side_item(const Report& report, std::size_t index) {
  if (index >= report.extraction.claims.size()) return "";
  const Claim& claim = report.extraction.claims[index];
  const Document* document = find_document(report, claim.doc);
  if (document == nullptr) return "";
  const Excerpt excerpt = excerpt_around(*document, claim.span, claim.sentence, 50);
  // The file name alone keeps the line short; the full location is the link's tooltip.
  const std::string location = source_location(*document, claim.span.start);
  const std::size_t slash = location.rfind('/');
  const std::string short_location = slash == std::string::npos ? location : location.substr(slash + 1);
  return "<li><a href=\"#" + claim_anchor(index) + "\" data-claims=\"" + claim_anchor(index) +
         "\" title=\"" + html_escape(location) + "\">" + html_escape(short_location) + "</a> " +
         html_escape(excerpt.before) + "<b>" + html_escape(excerpt.claim) + "</b>" +
         html_escape(excerpt.after) + "</li>\n";
}

std::string finding_item(const Report& report, const Finding& finding, std::size_t number) {
  std::string label;
  for (const Fact& fact : report.facts) {
    if (fact.id == finding.fact) label = fact.label;
  }
  const std::string type(to_string(finding.type));
  const std::string severity(to_string(finding.severity));
  const std::string claims = claim_list(finding.mentions);
  std::string out = "<li class=\"finding sev-" + severity + " type-" + type + "\" id=\"item-finding-" +
                    std::to_string(number) + "\" data-type=\"" + type + "\" data-severity=\"" +
                    severity + "\" data-claims=\"" + claims + "\" data-finding-id=\"" +
                    html_escape(finding.id) + "\">\n";
  out += "<a class=\"finding-link\" href=\"#finding-" + std::to_string(number) + "\" data-claims=\"" +
         claims + "\"><span class=\"badge " + severity + "\">" + severity + "</span>" + type +
         (label.empty() ? "" : " \u00b7 " + html_escape(label)) + "</a>\n";
  out += "<p class=\"message\">" + html_escape(finding.message) + "</p>\n";
  if (!finding.mentions.empty()) {
    out += "<ul class=\"sides\">\n";
    for (std::size_t index : finding.mentions) out += side_item(report, index);
    out += "</ul>\n";
  }
  if (!finding.missing_from.empty()) {
    out += "<p class=\"missing\">Missing from:";
    for (const std::string& id : finding.missing_from) out += " " + html_escape(id);
    out += "</p>\n";
  }
  if (!finding.timeline.empty()) {
    out += "<p class=\"timeline\">Over time:";
    for (std::size_t point = 0; point < finding.timeline.size(); ++point) {
      const TimelinePoint& at = finding.timeline[point];
      out += (point == 0 ? " " : " \u2192 ") + html_escape(at.value) + " (" + html_escape(at.doc) +
             (at.published.empty() ? "" : ", " + html_escape(at.published)) + ")";
    }
    out += "</p>\n";
  }
  if (!finding.diff.empty()) out += "<p class=\"diff\">" + html_escape(finding.diff) + "</p>\n";
  return out + "</li>\n";
}

std::string filter_select(const std::string& id, const std::string& label,
                          const std::vector<std::string>& values) {
  std::string out = "<label>" + label + " <select id=\"" + id + "\"><option value=\"\">all</option>";
  for (const std::string& value : values) {
    out += "<option value=\"" + value + "\">" + value + "</option>";
  }
  return out + "</select></label>";
}

std::string findings_section(const Report& report) {
  std::string out = "<aside class=\"findings\" aria-label=\"Findings\">\n<h2>Findings (" +
                    std::to_string(report.findings.size()) + ")</h2>\n";
  out += "<div class=\"filters\">" +
         filter_select("filter-type", "Type",
                       {"conflict", "wording", "variant", "omission", "unsupported"}) +
         filter_select("filter-severity", "Severity", {"high", "medium", "low"}) +
         "<span id=\"filter-count\"></span></div>\n";
  if (report.findings.empty()) return out + "<p class=\"empty\">No findings.</p>\n</aside>\n";
  out += "<ol id=\"findings\">\n";
  // Most severe first, as in the text report; the judge's order is kept within a severity.
  std::size_t number = 0;
  for (Severity severity : {Severity::kHigh, Severity::kMedium, Severity::kLow, Severity::kNone}) {
    for (std::size_t index = 0; index < report.findings.size(); ++index) {
      if (report.findings[index].severity != severity) continue;
      out += finding_item(report, report.findings[index], number++);
    }
  }
  return out + "</ol>\n</aside>\n";
}

std::vector<Span> boilerplate_spans(const AnalyzedDocument* analysis) {
  std::vector<Span> spans;
  if (analysis == nullptr) return spans;
  for (const Block& block : analysis->blocks) {
    if (block.boilerplate) spans.push_back(block.span);
  }
  return spans;
}

// The document's text cut at every claim and boilerplate edge; each piece becomes one flat
// element, so overlapping claims never produce crossed tags.
std::string document_text(const Report& report, const Document& document,
                          const AnalyzedDocument* analysis,
                          const std::vector<std::optional<std::size_t>>& fact_of) {
  std::vector<std::size_t> claims;
  for (std::size_t index = 0; index < report.extraction.claims.size(); ++index) {
    const Claim& claim = report.extraction.claims[index];
    if (claim.doc == document.id && !claim.span.empty() && claim.span.end <= document.bytes.size()) {
      claims.push_back(index);
    }
  }
  const std::vector<Span> boilerplate = boilerplate_spans(analysis);

  std::set<std::size_t> cuts{0, document.bytes.size()};
  for (std::size_t index : claims) {
    cuts.insert(report.extraction.claims[index].span.start);
    cuts.insert(report.extraction.claims[index].span.end);
  }
  for (Span span : boilerplate) {
    cuts.insert(std::min<std::size_t>(span.start, document.bytes.size()));
    cuts.insert(std::min<std::size_t>(span.end, document.bytes.size()));
  }

  std::string out;
  std::set<std::size_t> anchored;
  for (auto cut = cuts.begin(); std::next(cut) != cuts.end(); ++cut) {
    const Span piece{*cut, *std::next(cut)};
    if (piece.empty()) continue;
    std::vector<std::size_t> covering;
    for (std::size_t index : claims) {
      if (report.extraction.claims[index].span.contains(piece)) covering.push_back(index);
    }
    const bool in_boilerplate = std::any_of(boilerplate.begin(), boilerplate.end(),
                                            [&](Span span) { return span.contains(piece); });
    for (std::size_t index : covering) {
      if (report.extraction.claims[index].span.start == piece.start && anchored.insert(index).second) {
        out += "<span id=\"" + claim_anchor(index) + "\"></span>";
      }
    }
    const std::string text = html_escape(document.view(piece));
    if (covering.empty()) {
      out += in_boilerplate ? "<span class=\"boilerplate\">" + text + "</span>" : text;
      continue;
    }
    // The innermost (shortest) claim gives the colour; the others show as a nested shade.
    const std::size_t innermost = *std::min_element(
        covering.begin(), covering.end(), [&](std::size_t left, std::size_t right) {
          return report.extraction.claims[left].span.size() < report.extraction.claims[right].span.size();
        });
    const Claim& claim = report.extraction.claims[innermost];
    std::string title = describe_claim(claim);
    std::string fact_attribute;
    if (fact_of[innermost]) {
      const Fact& fact = report.facts[*fact_of[innermost]];
      title = fact.label + " (" + std::string(to_string(fact.status)) + "): " + title;
      fact_attribute = " data-fact=\"" + fact_anchor(*fact_of[innermost]) + "\"";
    }
    if (report.mode == ReportMode::kCheck && innermost < report.support.size() &&
        claim.doc == report.draft) {
      title += " [" + std::string(to_string(report.support[innermost])) + "]";
    }
    out += "<mark class=\"claim " + status_class(report, fact_of, innermost) +
           (covering.size() > 1 ? " nested" : "") + (in_boilerplate ? " boilerplate" : "") +
           "\" data-claims=\"" + claim_list(covering) + "\"" + fact_attribute + " title=\"" +
           html_escape(title) + "\">" + text + "</mark>";
  }
  return out;
}

// Parallel to the documents (report.h); the pointer inside is not followed (see json_report.cpp).
const AnalyzedDocument* analysis_of(const Report& report, std::size_t index) {
  return index < report.analyses.size() ? &report.analyses[index] : nullptr;
}

std::string documents_section(const Report& report) {
  const auto fact_of = fact_of_claims(report);
  std::string out = "<section class=\"documents\" id=\"documents\" aria-label=\"Documents\">\n";
  for (std::size_t index = 0; index < report.documents.size(); ++index) {
    const Document& document = report.documents[index];
    out += "<article class=\"doc\" id=\"doc-" + std::to_string(index) + "\">\n<div class=\"doc-head\">"
           "<h2>" + html_escape(document.title.empty() ? document.id : document.title) + "</h2>"
           "<div class=\"meta\">" + html_escape(document.id) + " \u00b7 " +
           (document.outlet.empty() ? "outlet unknown" : html_escape(document.outlet)) + " \u00b7 " +
           (document.published.empty() ? "date unknown" : html_escape(document.published)) +
           (report.mode == ReportMode::kCheck && document.id == report.draft ? " \u00b7 draft" : "") +
           "</div></div>\n<div class=\"doc-text\" tabindex=\"0\">" +
           document_text(report, document, analysis_of(report, index), fact_of) + "</div>\n</article>\n";
  }
  return out + "</section>\n";
}

std::string facts_section(const Report& report) {
  std::string out = "<section class=\"facts\" aria-label=\"Facts by source\">\n<h2>Facts by source</h2>\n";
  if (report.facts.empty()) return out + "<p class=\"empty\">No facts.</p>\n</section>\n";
  out += "<table id=\"fact-table\"><thead><tr><th>Fact</th><th>Status</th>";
  for (const Document& document : report.documents) out += "<th>" + html_escape(document.id) + "</th>";
  out += "</tr></thead><tbody>\n";
  const std::vector<FactRow> rows = facts_by_source(report);
  for (std::size_t fact_number = 0; fact_number < rows.size(); ++fact_number) {
    const FactRow& row = rows[fact_number];
    const std::string status(to_string(row.fact->status));
    out += "<tr data-status=\"" + status + "\"><td>" +
           html_escape(row.fact->label.empty() ? row.fact->id : row.fact->label) +
           "</td><td><mark class=\"claim st-" + status + "\">" + status + "</mark></td>";
    for (const auto& cell : row.cells) {
      if (!cell) {
        out += "<td class=\"missing-cell\">missing</td>";
        continue;
      }
      out += "<td><a href=\"#" + claim_anchor(*cell) + "\" data-claims=\"" + claim_anchor(*cell) +
             "\" data-fact=\"" + fact_anchor(fact_number) + "\">" +
             html_escape(cell_text(report, *cell)) + "</a></td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody></table>\n</section>\n";
}

bool is_unsafe_control(char32_t code_point) {
  return (code_point < 0x20 && code_point != '\t' && code_point != '\n' && code_point != '\r') ||
         (code_point >= 0x7F && code_point <= 0x9F);
}

}  // namespace

std::string html_escape(std::string_view bytes) {
  const std::string decoded = decode_lossy(bytes);
  std::string out;
  out.reserve(decoded.size() + decoded.size() / 8);
  for (std::size_t offset = 0; offset < decoded.size();) {
    const std::size_t length = std::max<std::size_t>(1, utf8_sequence_length(decoded, offset));
    const char32_t code_point = utf8_decode_at(decoded, offset, length);
    switch (code_point) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if (is_unsafe_control(code_point)) {
          append_utf8(out, 0xFFFD);
        } else {
          out.append(decoded, offset, length);
        }
    }
    offset += length;
  }
  return out;
}

std::string html_content_security_policy() {
  const auto digest = sha256(html_script());
  return "default-src 'none'; script-src 'sha256-" + base64(digest.data(), digest.size()) +
         "'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; connect-src 'none'; "
         "media-src 'none'; object-src 'none'; frame-src 'none'; worker-src 'none'; "
         "manifest-src 'none'; form-action 'none'; base-uri 'none'";
}

std::string render_html_report(const Report& report) {
  std::string page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  page += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + html_content_security_policy() + "\">\n";
  page += "<meta name=\"referrer\" content=\"no-referrer\">\n";
  page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  page += "<title>" + html_escape(page_title(report)) + "</title>\n";
  page += "<style>" + std::string(html_stylesheet()) + "</style>\n</head>\n<body>\n";
  page += header_section(report);
  page += "<main>\n<div class=\"workspace\">\n" + findings_section(report) + documents_section(report) +
          "</div>\n" + facts_section(report) + "</main>\n";
  page += "<script>" + std::string(html_script()) + "</script>\n</body>\n</html>\n";
  return page;
}

}  // namespace factdiff
