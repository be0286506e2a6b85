// HTML report: one self-contained page an editor opens in a browser, offline.
//
//   std::string page = render_html_report(report);
//
// The page shows a header with the documents (outlets, dates), the findings (filterable by type
// and severity), the documents side by side with every claim highlighted and coloured by its
// fact's status, and a table of facts by source. Clicking a finding (or opening the page at
// `#finding-N`) scrolls each document to its mention and marks it. Everything is inline; a
// Content-Security-Policy forbids every network request and lets only the page's own script run
// (by its SHA-256), and all document text is escaped, so an article cannot inject markup.
#pragma once

#include <string>
#include <string_view>

#include "report/report.h"

namespace factdiff {

// The page for an extract, compare or check report; ends with a newline.
std::string render_html_report(const Report& report);

// Text made safe in HTML content and quoted attribute values (& < > " ' escaped; control
// characters other than tab and line breaks become U+FFFD). Invalid UTF-8 becomes U+FFFD.
std::string html_escape(std::string_view bytes);

// The Content-Security-Policy the page carries (exposed for tests).
std::string html_content_security_policy();

}  // namespace factdiff
