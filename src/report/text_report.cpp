#include "report/text_report.h"

#include <array>
#include <cctype>

#include "report/claim_summary.h"
#include "report/excerpt.h"
#include "report/terminal_style.h"

namespace factdiff {
namespace {

std::string byte_range(Span span) {
  return "@[" + std::to_string(span.start) + "," + std::to_string(span.end) + ")";
}

std::string plural(std::size_t count, const std::string& singular, const std::string& plural_form) {
  return std::to_string(count) + " " + (count == 1 ? singular : plural_form);
}

std::string document_line(const Report& report, const Document& document, const TerminalStyle& style) {
  std::string line = "  " + style.bold(document.id);
  if (report.mode == ReportMode::kCheck && document.id == report.draft) line += " (draft)";
  line += "  " + (document.outlet.empty() ? std::string("outlet unknown") : one_line(document.outlet));
  line += ", " + (document.published.empty() ? std::string("date unknown") : document.published);
  if (!document.published_source.empty() && document.published_source != "cluster.yaml" &&
      !document.published.empty()) {
    line += " (" + document.published_source + ")";
  }
  if (!document.title.empty()) line += "  " + style.dim(shorten(one_line(document.title), 90));
  return line + "\n";
}

std::string documents_section(const Report& report, const TerminalStyle& style) {
  std::string out;
  for (const Document& document : report.documents) out += document_line(report, document, style);
  return out;
}

std::string quoted_claim(const Report& report, const Claim& claim, const TerminalStyle& style) {
  const Document* document = find_document(report, claim.doc);
  if (document == nullptr) return "    " + claim.id() + " (document missing)\n";
  const Excerpt excerpt = excerpt_around(*document, claim.span, claim.sentence);
  // Without colour the claim is bracketed, so it still stands out in a log or a pipe.
  const std::string marked =
      style.enabled() ? style.highlight(excerpt.claim) : "[" + excerpt.claim + "]";
  return "    " + style.dim(source_location(*document, claim.span.start)) + "  " + excerpt.before +
         marked + excerpt.after + "\n";
}

const Fact* find_fact(const Report& report, const std::string& id) {
  for (const Fact& fact : report.facts) {
    if (fact.id == id) return &fact;
  }
  return nullptr;
}

std::string severity_heading(Severity severity, std::size_t count, const TerminalStyle& style) {
  std::string name(to_string(severity));
  for (char& letter : name) letter = static_cast<char>(std::toupper(static_cast<unsigned char>(letter)));
  const std::string heading = name + " (" + plural(count, "finding", "findings") + ")";
  switch (severity) {
    case Severity::kHigh: return style.red(heading);
    case Severity::kMedium: return style.yellow(heading);
    case Severity::kLow: return style.cyan(heading);
    case Severity::kNone: return style.dim(heading);
  }
  return heading;
}

std::string finding_block(const Report& report, const Finding& finding, const TerminalStyle& style) {
  const Fact* fact = find_fact(report, finding.fact);
  std::string out = "  " + style.bold(std::string(to_string(finding.type)));
  if (fact != nullptr && !fact->label.empty()) out += " \u00b7 " + one_line(fact->label);
  out += "  " + style.dim(finding.id) + "\n";
  out += "    " + one_line(finding.message) + "\n";
  for (std::size_t index : finding.mentions) {
    if (index < report.extraction.claims.size()) {
      out += quoted_claim(report, report.extraction.claims[index], style);
    }
  }
  if (!finding.missing_from.empty()) {
    out += "    missing from:";
    for (const std::string& id : finding.missing_from) {
      const Document* document = find_document(report, id);
      out += " " + (document != nullptr && !document->path.empty() ? document->path : id);
    }
    out += "\n";
  }
  if (!finding.timeline.empty()) {
    out += "    timeline:";
    for (std::size_t point = 0; point < finding.timeline.size(); ++point) {
      const TimelinePoint& at = finding.timeline[point];
      out += point == 0 ? " " : " \u2192 ";
      out += one_line(at.value) + " (" + at.doc;
      if (!at.published.empty()) out += ", " + at.published;
      out += ")";
    }
    out += "\n";
  }
  if (!finding.diff.empty()) out += "    diff: " + one_line(finding.diff) + "\n";
  return out;
}

std::string findings_section(const Report& report, const TerminalStyle& style) {
  if (report.findings.empty()) return "No findings.\n";
  std::string out;
  for (Severity severity : {Severity::kHigh, Severity::kMedium, Severity::kLow, Severity::kNone}) {
    std::size_t count = 0;
    std::string body;
    for (const Finding& finding : report.findings) {
      if (finding.severity != severity) continue;
      ++count;
      body += finding_block(report, finding, style);
    }
    if (count == 0) continue;
    out += "\n" + severity_heading(severity, count, style) + "\n" + body;
  }
  return out;
}

std::string claim_line(const Report& report, const Claim& claim) {
  const Document* document = find_document(report, claim.doc);
  const std::string text = document != nullptr ? one_line(document->view(claim.span)) : "";
  return describe_claim(claim) + " " + byte_range(claim.span) + " \"" + shorten(text, 100) + "\"";
}

std::string single_facts_section(const Report& report, const TerminalStyle& style) {
  std::string body;
  std::size_t count = 0;
  for (const Fact& fact : report.facts) {
    if (fact.status != FactStatus::kSingle || fact.mentions.empty()) continue;
    const std::size_t index = fact.mentions.front();
    if (index >= report.extraction.claims.size()) continue;
    const Claim& claim = report.extraction.claims[index];
    const Document* document = find_document(report, claim.doc);
    ++count;
    body += "    " + style.dim(document ? source_location(*document, claim.span.start) : claim.doc.str()) +
            "  " + claim_line(report, claim) + "\n";
  }
  if (count == 0) return "";
  return "\n" + style.bold("Only in one report") + " (" + std::to_string(count) + ")\n" + body;
}

std::string warnings_section(const Report& report, const TerminalStyle& style) {
  std::string out;
  for (const std::string& warning : all_warnings(report)) {
    out += style.yellow("warning: ") + one_line(warning) + "\n";
  }
  return out;
}

std::string render_comparison(const Report& report, const TerminalStyle& style) {
  std::string out;
  if (report.mode == ReportMode::kCheck) {
    out += style.bold("Checked draft " + report.draft + " against " +
                      plural(check_source_count(report), "source", "sources")) + "\n";
  } else {
    out += style.bold("Compared " + plural(report.documents.size(), "report", "reports")) + "\n";
  }
  out += documents_section(report, style);
  out += findings_section(report, style);
  out += single_facts_section(report, style);
  out += "\n" + warnings_section(report, style) + style.bold("Summary: " + report_summary(report) + "\n");
  return out;
}

std::string explain_lines(const Report& report, const Claim& claim) {
  const Document* document = find_document(report, claim.doc);
  std::string out = "    rule=" + claim.rule;
  for (const MatchedPart& part : claim.parts) {
    out += " " + part.name + "=" + byte_range(part.span);
    if (document != nullptr) out += "\"" + shorten(one_line(document->view(part.span)), 60) + "\"";
  }
  out += "\n";
  for (const std::string& note : claim.notes) out += "    note: " + one_line(note) + "\n";
  return out;
}

std::string render_extraction(const Report& report, const TerminalStyle& style) {
  std::string out;
  for (const Document& document : report.documents) {
    out += style.bold("# " + document.id) + "  " + style.dim(document.path) + "\n";
    for (const Claim& claim : report.extraction.claims) {
      if (claim.doc != document.id) continue;
      out += claim.id() + " " + claim_line(report, claim) + "\n";
      if (report.explain) out += explain_lines(report, claim);
    }
  }
  if (!report.extraction.entities.empty()) {
    out += style.bold("# entities") + "\n";
    for (const Entity& entity : report.extraction.entities) {
      out += entity.id + " " + std::string(to_string(entity.type)) + " \"" + one_line(entity.name) +
             "\" " + plural(entity.mentions.size(), "mention", "mentions");
      if (!entity.aliases.empty()) {
        out += " aliases:";
        for (const std::string& alias : entity.aliases) out += " \"" + one_line(alias) + "\"";
      }
      out += "\n";
    }
  }
  out += warnings_section(report, style);
  out += "Summary: " + plural(report.extraction.claims.size(), "claim", "claims") + " in " +
         plural(report.documents.size(), "document", "documents") + ", " +
         plural(report.extraction.entities.size(), "entity", "entities") + ".\n";
  return out;
}

std::string render_inspection(const Report& report, const TerminalStyle& style) {
  std::string out;
  for (std::size_t index = 0; index < report.documents.size(); ++index) {
    const Document& document = report.documents[index];
    out += style.bold("# " + document.id) + "  " + style.dim(document.path) + "\n";
    if (index >= report.analyses.size()) continue;
    const AnalyzedDocument& analysis = report.analyses[index];
    out += "sentences:\n";
    for (const Sentence& sentence : analysis.sentences) {
      out += "  " + style.dim(byte_range(sentence.span)) + " " + one_line(document.view(sentence.span)) + "\n";
    }
    out += "dropped:\n";
    for (const Block& block : analysis.blocks) {
      if (!block.boilerplate) continue;
      out += "  " + style.dim(byte_range(block.span)) + " " + style.yellow(block.reason) + " \"" +
             shorten(one_line(document.view(block.span)), 100) + "\"\n";
    }
    out += "repairs:\n";
    for (const GlueRepair& repair : analysis.repairs) {
      out += "  " + style.dim(byte_range(repair.span)) + " \"" + one_line(document.view(repair.span)) +
             "\" -> \"" + one_line(repair.shown) + "\"\n";
    }
    for (const std::string& warning : analysis.warnings) {
      out += style.yellow("warning: ") + one_line(warning) + "\n";
    }
  }
  return out;
}

}  // namespace

std::string render_text_report(const Report& report, const TextOptions& options) {
  const TerminalStyle style(options.color);
  switch (report.mode) {
    case ReportMode::kInspect: return render_inspection(report, style);
    case ReportMode::kExtract: return render_extraction(report, style);
    case ReportMode::kCompare:
    case ReportMode::kCheck: return render_comparison(report, style);
  }
  return {};
}

}  // namespace factdiff
