#include "report/atomic_file.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "report/report_format.h"
#include "sample_report.h"

namespace factdiff {
namespace {

namespace fs = std::filesystem;

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

// A fresh, empty folder under the system's temporary folder.
fs::path scratch_folder(const std::string& name) {
  const fs::path folder = fs::temp_directory_path() / ("factdiff-report-" + name + "-" +
                                                       std::to_string(::getpid()));
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}

std::size_t entries_in(const fs::path& folder) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

TEST_CASE("atomic write creates and replaces a file, leaving nothing behind", "[report]") {
  const fs::path folder = scratch_folder("write");
  const fs::path target = folder / "report.json";
  REQUIRE(write_file_atomically(target.string(), "first\n").ok());
  CHECK(read_all(target) == "first\n");
  REQUIRE(write_file_atomically(target.string(), "second, longer\n").ok());
  CHECK(read_all(target) == "second, longer\n");
  CHECK(entries_in(folder) == 1);
  fs::remove_all(folder);
}

TEST_CASE("atomic write failures name the path and leave the folder clean", "[report]") {
  const fs::path folder = scratch_folder("fail");
  const Status missing = write_file_atomically((folder / "no" / "such" / "x.txt").string(), "x");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.message().rfind((folder / "no" / "such" / "x.txt").string() + ": cannot write: ", 0) == 0);

  // A rename over a non-empty folder fails after the temporary file was written.
  const fs::path occupied = folder / "occupied";
  fs::create_directories(occupied / "inside");
  const Status refused = write_file_atomically(occupied.string(), "content");
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.message().find("renaming into place") != std::string::npos);
  CHECK(entries_in(folder) == 1);  // only the folder itself: the temporary file is gone
  CHECK(fs::is_directory(occupied / "inside"));
  CHECK_FALSE(write_file_atomically("", "x").ok());
  fs::remove_all(folder);
}

TEST_CASE("an existing file is never left half-written, even when the writer is killed", "[report]") {
  const fs::path folder = scratch_folder("kill");
  const fs::path target = folder / "report.html";
  const std::string old_content(1 << 20, 'o');
  const std::string new_content(24 << 20, 'n');
  REQUIRE(write_file_atomically(target.string(), old_content).ok());

  // Kill the writer at several moments; each time the file is whole: old or new, never a mix.
  for (int delay_ms : {0, 2, 5, 10, 20, 40}) {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      const Status written = write_file_atomically(target.string(), new_content);
      ::_exit(written.ok() ? 0 : 1);
    }
    ::usleep(static_cast<useconds_t>(delay_ms) * 1000);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    const std::string content = read_all(target);
    INFO("killed after " << delay_ms << " ms");
    CHECK((content == old_content || content == new_content));
    // A killed writer may leave its temporary file; it never carries the target's name.
    for (const auto& entry : fs::directory_iterator(folder)) {
      if (entry.path() != target) {
        CHECK(entry.path().filename().string().rfind(".factdiff-", 0) == 0);
        fs::remove(entry.path());
      }
    }
    if (content == new_content) REQUIRE(write_file_atomically(target.string(), old_content).ok());
  }
  fs::remove_all(folder);
}

TEST_CASE("a streamed atomic write keeps the target when its producer fails", "[report]") {
  const fs::path folder = scratch_folder("stream");
  const fs::path target = folder / "report.json";
  const std::string long_text(200 * 1024, 'x');  // more than one buffer of the descriptor
  REQUIRE(write_file_atomically(target.string(), [&](std::ostream& out) {
            out << long_text << "end";
            return Status();
          }).ok());
  CHECK(read_all(target) == long_text + "end");

  const Status refused = write_file_atomically(target.string(), [](std::ostream& out) {
    out << "half of a report";
    return Status::error("no such format");
  });
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.message() == "no such format");
  CHECK(read_all(target) == long_text + "end");
  CHECK(entries_in(folder) == 1);
  fs::remove_all(folder);
}

TEST_CASE("every format streamed gives the bytes of the format rendered whole", "[report]") {
  const Report compare = testing::sample_report();
  for (ReportFormat format : {ReportFormat::kText, ReportFormat::kMarkdown, ReportFormat::kJson,
                              ReportFormat::kHtml}) {
    std::ostringstream streamed;
    REQUIRE(write_report(compare, format, {}, streamed).ok());
    CAPTURE(to_string(format));
    CHECK(streamed.str() == render_report(compare, format).value());
  }
  std::ostringstream nothing;
  CHECK_FALSE(write_report(testing::sample_report(ReportMode::kInspect), ReportFormat::kHtml, {},
                           nothing).ok());
  CHECK(nothing.str().empty());
}

TEST_CASE("report formats by name, and inspect refuses md and html", "[report]") {
  CHECK(report_format_from_string("md") == ReportFormat::kMarkdown);
  CHECK(report_format_from_string("markdown") == ReportFormat::kMarkdown);
  CHECK_FALSE(report_format_from_string("xml").has_value());
  const Report compare = testing::sample_report();
  for (ReportFormat format : {ReportFormat::kText, ReportFormat::kMarkdown, ReportFormat::kJson,
                              ReportFormat::kHtml}) {
    const Result<std::string> shown = render_report(compare, format);
    REQUIRE(shown.ok());
    CHECK_FALSE(shown.value().empty());
  }
  const Report inspect = testing::sample_report(ReportMode::kInspect);
  const Result<std::string> refused = render_report(inspect, ReportFormat::kHtml);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().message() == "inspect has no html format; use --format text or --format json");
  CHECK(render_report(inspect, ReportFormat::kJson).ok());
}

}  // namespace
}  // namespace factdiff
