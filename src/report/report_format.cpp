#include "report/report_format.h"

#include "report/html_report.h"
#include "report/json_report.h"
#include "report/markdown_report.h"
#include "report/text_report.h"

namespace factdiff {

std::optional<ReportFormat> report_format_from_string(std::string_view name) {
  if (name == "text") return ReportFormat::kText;
  if (name == "md" || name == "markdown") return ReportFormat::kMarkdown;
  if (name == "json") return ReportFormat::kJson;
  if (name == "html") return ReportFormat::kHtml;
  return std::nullopt;
}

std::string_view to_string(ReportFormat format) {
  switch (format) {
    case ReportFormat::kText: return "text";
    case ReportFormat::kMarkdown: return "md";
    case ReportFormat::kJson: return "json";
    case ReportFormat::kHtml: return "html";
  }
  return "text";
}

namespace {

Status check_format_exists(const Report& report, ReportFormat format) {
  if (report.mode == ReportMode::kInspect &&
      (format == ReportFormat::kMarkdown || format == ReportFormat::kHtml)) {
    return Status::error("inspect has no " + std::string(to_string(format)) +
                         " format; use --format text or --format json");
  }
  return Status();
}

}  // namespace

Result<std::string> render_report(const Report& report, ReportFormat format,
                                  const RenderOptions& options) {
  const Status exists = check_format_exists(report, format);
  if (!exists.ok()) return exists;
  switch (format) {
    case ReportFormat::kText: return render_text_report(report, TextOptions{.color = options.color});
    case ReportFormat::kMarkdown: return render_markdown_report(report);
    case ReportFormat::kJson: return render_json_report(report);
    case ReportFormat::kHtml: return render_html_report(report);
  }
  return Status::error("unknown report format");
}

Status write_report(const Report& report, ReportFormat format, const RenderOptions& options,
                    std::ostream& out) {
  if (format == ReportFormat::kJson) {
    write_json_report(report, out);
    return Status();
  }
  Result<std::string> shown = render_report(report, format, options);
  if (!shown.ok()) return shown.status();
  out << shown.value();
  return Status();
}

}  // namespace factdiff
