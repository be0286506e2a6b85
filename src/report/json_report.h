// JSON reports: the machine contracts documented in docs/json.md, one versioned schema per mode.
//
//   std::string json = render_json_report(report);          // pretty, ends with a newline
//   std::string line = render_json_report(report, false);   // one line, for JSON Lines
//   write_json_report(report, std::cout);                   // the same bytes, streamed
//
// Keys come in a fixed order and nothing depends on the run (no time, no path of the machine),
// so the same input gives byte-identical output.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "report/report.h"

namespace factdiff {

inline constexpr std::string_view kInspectSchema = "factdiff.inspect/1";
inline constexpr std::string_view kExtractSchema = "factdiff.extract/1";
inline constexpr std::string_view kCompareSchema = "factdiff.compare/1";
inline constexpr std::string_view kCheckSchema = "factdiff.check/1";

// The schema string of a report's mode.
std::string_view json_schema_of(ReportMode mode);

// The report in the schema of its mode; `pretty` indents by two spaces, otherwise one line.
// Invalid UTF-8 anywhere in the model is written as U+FFFD.
std::string render_json_report(const Report& report, bool pretty = true);
// The same text written to `out` as it is made, so a large report is never held whole.
void write_json_report(const Report& report, std::ostream& out, bool pretty = true);

}  // namespace factdiff
