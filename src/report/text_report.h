// Text report: what an editor reads in a terminal, the default format of every command.
//
//   std::cout << render_text_report(report, TextOptions{.color = true});
//
// compare and check: findings grouped by severity (high first), each quoting every side as
// `file:line:column` with a short excerpt, then the facts only one report carries, then a one-line
// summary. extract: one claim per line (`<id> count=129 unit=people pred=kill @[812,822)
// "killed 129"`). inspect: cleaned sentences with byte ranges, dropped boilerplate and why, glue
// repairs. Document text is made terminal-safe (see excerpt.h) before it is printed.
#pragma once

#include <string>

#include "report/report.h"

namespace factdiff {

struct TextOptions {
  bool color = false;  // ANSI colour; the command line decides (see terminal_style.h)
};

// The report in the layout of its mode; ends with a newline.
std::string render_text_report(const Report& report, const TextOptions& options = {});

}  // namespace factdiff
