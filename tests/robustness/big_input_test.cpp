// Big inputs stay bounded: a 100 MB file, a 20 MB file on one line and 10,000 small files each
// give a valid result or a clear refusal, in memory that grows linearly with the input.
//
// Each run is a child process of the factdiff binary; its peak resident memory comes from wait4.
// Times are printed, not asserted. Under AddressSanitizer the inputs are ten times smaller and
// memory is not bounded (the shadow memory would dominate).
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "../cli/run_factdiff.h"
#include "robustness_support.h"

using namespace factdiff::robustness;
namespace fs = std::filesystem;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr std::size_t kScale = 10;
constexpr bool kBoundMemory = false;
#else
constexpr std::size_t kScale = 1;
constexpr bool kBoundMemory = true;
#endif

constexpr std::size_t kMegabyte = std::size_t{1} << 20;
// The target: peak memory under 3x the input plus 100 MB.
constexpr double kTargetBytesPerInputByte = 3;
// What the stages need today, with some room: the analysed tokens, sentences and claims cost
// about 19 bytes per input byte in `inspect` (see the printed measurements). A regression past
// this fails; getting down to the target is open work.
constexpr double kBytesPerInputByte = 26;
// Per document of many small files: its analysis, claims and JSON tree (measured about 30 KB).
constexpr std::size_t kBytesPerFile = 48 * 1024;

const char* const kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// One synthetic news sentence, different for every counter value (so no line repeats and none
// is taken for repeated boilerplate).
std::string sentence(std::size_t counter) {
  return "Police said " + std::to_string(counter % 97 + 2) + " people were hurt on " +
         kDays[counter % 7] + " near gate " + std::to_string(counter) + ". ";
}

// Writes about `bytes` of sentences, a paragraph break every `per_paragraph` sentences (none
// when zero).
std::size_t write_sentences(const std::string& path, std::size_t bytes, std::size_t per_paragraph) {
  std::ofstream out(path, std::ios::binary);
  std::string chunk;
  std::size_t written = 0;
  for (std::size_t counter = 0; written < bytes; ++counter) {
    chunk += sentence(counter);
    if (per_paragraph != 0 && counter % per_paragraph == per_paragraph - 1) chunk += "\n\n";
    if (chunk.size() > kMegabyte || written + chunk.size() >= bytes) {
      out << chunk;
      written += chunk.size();
      chunk.clear();
    }
  }
  return written;
}

struct Outcome {
  MeasuredRun run;
  std::size_t input_bytes = 0;
};

// A valid result (0, or 1 for findings) or a one-line refusal naming the input; never a signal.
void require_valid_or_refused(const MeasuredRun& run, const std::string& names) {
  INFO("exit " << run.exit_status << ", stderr: " << run.err.substr(0, 400));
  REQUIRE(run.exit_status != -1);
  if (run.exit_status == 2) {
    CHECK(run.err.find(names) != std::string::npos);
    CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
  } else {
    CHECK((run.exit_status == 0 || run.exit_status == 1));
  }
}

long baseline_kb() {
  static const long baseline = [] {
    TemporaryFolder scratch;
    const std::string tiny = scratch.path + "/tiny.txt";
    std::ofstream(tiny) << sentence(1) << "\n";
    return run_measured({"compare", "--format", "json", tiny, tiny}).peak_rss_kb;
  }();
  return baseline;
}

void check_memory(const std::string& what, const MeasuredRun& run, std::size_t input_bytes,
                  std::size_t files) {
  const double peak = static_cast<double>(run.peak_rss_kb) * 1024;
  const double baseline = static_cast<double>(baseline_kb()) * 1024;
  WARN(what << ": " << input_bytes / kMegabyte << " MB in " << files << " file(s): "
            << run.seconds << " s, peak " << run.peak_rss_kb / 1024 << " MB (baseline "
            << baseline_kb() / 1024 << " MB, "
            << (peak - baseline) / static_cast<double>(input_bytes) << " bytes per input byte)");
  if (!kBoundMemory) return;
  const double target = kTargetBytesPerInputByte * static_cast<double>(input_bytes) + 100.0 * kMegabyte;
  if (peak > target) WARN(what << ": above the target of 3x the input + 100 MB");
  CHECK(peak <= baseline + kBytesPerInputByte * static_cast<double>(input_bytes) +
                    static_cast<double>(kBytesPerFile * files));
}

}  // namespace

TEST_CASE("a 100 MB file is read in memory linear in its size", "[robustness][big]") {
  TemporaryFolder scratch;
  const std::string small = scratch.path + "/ten.txt";
  const std::string big = scratch.path + "/hundred.txt";
  const std::size_t small_bytes = write_sentences(small, 10 * kMegabyte / kScale, 20);
  const std::size_t big_bytes = write_sentences(big, 100 * kMegabyte / kScale, 20);
  // inspect: the text layer over the whole file; the full compare of 100 MB takes minutes.
  const MeasuredRun small_run = run_measured({"inspect", small});
  const MeasuredRun big_run = run_measured({"inspect", big});
  require_valid_or_refused(small_run, "ten.txt");
  require_valid_or_refused(big_run, "hundred.txt");
  check_memory("inspect, 10 MB", small_run, small_bytes, 1);
  check_memory("inspect, 100 MB", big_run, big_bytes, 1);
  if (kBoundMemory) {
    // Linear: ten times the input costs at most about ten times the memory above the baseline.
    const long baseline = baseline_kb();
    CHECK(big_run.peak_rss_kb - baseline <= 12 * (small_run.peak_rss_kb - baseline));
  }
}

TEST_CASE("a 20 MB file on one line is read in bounded memory", "[robustness][big]") {
  TemporaryFolder scratch;
  const std::string path = scratch.path + "/one-line.txt";
  const std::size_t bytes = write_sentences(path, 20 * kMegabyte / kScale, 0);
  const MeasuredRun run = run_measured({"inspect", path});
  require_valid_or_refused(run, "one-line.txt");
  check_memory("inspect, one line", run, bytes, 1);
}

TEST_CASE("10,000 small files in one folder are read in bounded memory", "[robustness][big]") {
  TemporaryFolder scratch;
  const std::size_t files = 10000 / kScale;
  std::size_t bytes = 0;
  for (std::size_t i = 0; i < files; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "/r%05zu.txt", i);
    const std::string text = "Report " + std::to_string(i) + "\n" + sentence(i) + sentence(i + files) + "\n";
    std::ofstream(scratch.path + name) << text;
    bytes += text.size();
  }
  const MeasuredRun run = run_measured({"extract", "--format", "json", scratch.path});
  require_valid_or_refused(run, scratch.path);
  check_memory("extract, 10,000 files", run, bytes, files);
}

TEST_CASE("a --max-bytes limit refuses a file over it, naming it, its size and the limit",
          "[robustness][big]") {
  TemporaryFolder scratch;
  const std::string path = scratch.path + "/long.txt";
  const std::size_t bytes = write_sentences(path, 5000, 10);
  const MeasuredRun refused = run_measured({"extract", "--max-bytes", "4096", path});
  INFO(refused.err);
  CHECK(refused.exit_status == 2);
  CHECK(std::count(refused.err.begin(), refused.err.end(), '\n') == 1);
  CHECK(refused.err.find("long.txt") != std::string::npos);
  CHECK(refused.err.find(std::to_string(bytes)) != std::string::npos);
  CHECK(refused.err.find("4096") != std::string::npos);
  CHECK(refused.err.find("--max-bytes") != std::string::npos);  // how to raise it
  CHECK(run_measured({"extract", "--max-bytes", std::to_string(bytes), path}).exit_status == 0);

  // The default limit is 256 MiB: a sparse file just over it is refused before it is read.
  const std::string huge = scratch.path + "/huge.txt";
  { std::ofstream(huge) << "x"; }
  fs::resize_file(huge, (std::size_t{256} << 20) + 1);
  const MeasuredRun by_default = run_measured({"extract", huge});
  INFO(by_default.err);
  CHECK(by_default.exit_status == 2);
  CHECK(by_default.err.find("huge.txt") != std::string::npos);
  CHECK(by_default.err.find(std::to_string((std::size_t{256} << 20) + 1)) != std::string::npos);
  CHECK(by_default.err.find(std::to_string(std::size_t{256} << 20)) != std::string::npos);
  CHECK(by_default.peak_rss_kb < 200 * 1024);  // refused without reading it

  // Standard input has the same limit.
  CHECK(factdiff::testing::run_factdiff({"extract", "--max-bytes", "100", "-"}, std::string(200, 'a'))
            .exit_status == 2);
}
