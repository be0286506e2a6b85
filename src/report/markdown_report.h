// Markdown report: for a newsroom chat or a note in the CMS.
//
//   std::string note = render_markdown_report(report);
//
// compare and check: the documents, a one-line summary, the findings by severity (each side with
// file:line:column and its excerpt, the claim in bold), and a table of facts by source (each
// source's words, or `missing`). extract: a table of claims per document. Document text is
// escaped so it can never turn into markup, links or HTML in the renderer.
#pragma once

#include <string>
#include <string_view>

#include "report/report.h"

namespace factdiff {

// The report as Markdown (CommonMark with GitHub tables); ends with a newline.
std::string render_markdown_report(const Report& report);

// One line of text made inert in Markdown: & < > as entities; \ ` * _ [ ] | ~ backslash-escaped
// (enough that no emphasis, code, link, image, table cell or HTML can form); breaks as spaces.
std::string markdown_escape(std::string_view text);

}  // namespace factdiff
