// Report formats: the one place that maps --format to a sink.
//
//   std::optional<ReportFormat> format = report_format_from_string("html");
//   Result<std::string> shown = render_report(report, *format, RenderOptions{.color = true});
//   if (shown.ok()) FACTDIFF_RETURN_IF_ERROR(write_file_atomically(path, shown.value()));
//   Status written = write_report(report, *format, {}, std::cout);   // streamed where it can be
#pragma once

#include <optional>
#include <ostream>
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

// The same bytes written to `out`. JSON is streamed as it is made (a report of many documents is
// ten times their size); the other formats are rendered whole first. Nothing is written when the
// format does not exist for the report's mode.
Status write_report(const Report& report, ReportFormat format, const RenderOptions& options,
                    std::ostream& out);

}  // namespace factdiff
