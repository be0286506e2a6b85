// Report formats: the one place that maps --format to a sink.
//
//   std::optional<ReportFormat> format = report_format_from_string("html");
//   Result<std::string> shown = render_report(report, *format, RenderOptions{.color = true});
//   if (shown.ok()) FACTDIFF_RETURN_IF_ERROR(write_file_atomically(path, shown.value()));
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"
#include "report/report.h"

namespace factdiff {

enum class ReportFormat { kText, kMarkdown, kJson, kHtml };

// "text", "md" (or "markdown"), "json", "html"; nullopt for anything else.
std::optional<ReportFormat> report_format_from_string(std::string_view name);
std::string_view to_string(ReportFormat format);

struct RenderOptions {
  bool color = false;  // text only: ANSI colour (see terminal_style.h for the decision)
};

// The report in `format`. Error when the format does not exist for the report's mode
// (inspect has text and json only).
Result<std::string> render_report(const Report& report, ReportFormat format,
                                  const RenderOptions& options = {});

}  // namespace factdiff
