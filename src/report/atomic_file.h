// Atomic file output: a report file is either the old one or the complete new one, never half.
//
// The content goes to a temporary file in the target's folder (so the final rename stays on one
// file system), is flushed to disk, then renamed over the target. On any failure the temporary
// file is removed and the target is left as it was. An interrupted run (SIGINT, SIGTERM) removes
// the temporary file too, once install_interrupt_cleanup() has been called at start-up.
//
//   install_interrupt_cleanup();                      // first thing in main()
//   Status written = write_file_atomically("report.html", html);
//   Status streamed = write_file_atomically("report.json", [&](std::ostream& out) {
//     return write_report(report, ReportFormat::kJson, {}, out);   // never held whole
//   });
//   if (!written.ok()) std::cerr << written.message() << "\n";
#pragma once

#include <functional>
#include <ostream>
#include <string>

#include "core/status.h"

namespace factdiff {

// Replaces (or creates) `path` with `content` atomically. Errors name the path and the reason.
Status write_file_atomically(const std::string& path, const std::string& content);
// The same, with the content written by `produce` as it is made. When `produce` fails, or a write
// fails, the target is left as it was; the first write error is the one reported.
Status write_file_atomically(const std::string& path,
                             const std::function<Status(std::ostream&)>& produce);

// Installs SIGINT and SIGTERM handlers that remove the temporary file being written, if any, and
// end the process with status 128 + signal. Call once, before any output file is written.
void install_interrupt_cleanup();

}  // namespace factdiff
