// Bad input gets a clear answer: a valid result, or one line on standard error that names the
// file, with exit status 2. Never a crash, a hang or a silently wrong result.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "run_factdiff.h"

using namespace factdiff::testing;

namespace {

std::size_t count_lines(const std::string& text) {
  std::size_t lines = 0;
  for (char c : text) lines += c == '\n';
  return lines;
}

struct Folder {
  std::string path = make_temporary_folder();
  ~Folder() { std::filesystem::remove_all(path); }
  std::string file(const std::string& name, const std::string& bytes) const {
    const std::string full = path + "/" + name;
    write_file(full, bytes);
    return full;
  }
};

void require_refused(const CommandResult& result, const std::string& names,
                     const std::string& says) {
  CAPTURE(result.err);
  CHECK(result.exit_status == 2);
  CHECK(count_lines(result.err) == 1);
  CHECK(result.err.find(names) != std::string::npos);
  CHECK(result.err.find(says) != std::string::npos);
  CHECK(result.out.empty());
}

}  // namespace

TEST_CASE("refused inputs name the file, on one line, with exit status 2", "[cli][robustness]") {
  Folder folder;
  const std::string good = folder.file("good.txt", "Police said 3 people were hurt.\n");
  const std::string nul = folder.file("binary.txt", std::string("abc\0def", 7));
  const std::string utf16 = folder.file("wide.txt", std::string("\xFF\xFEh\0i\0", 6));
  std::filesystem::create_directory(folder.path + "/empty");

  require_refused(run_factdiff({"extract", folder.path + "/missing.txt"}), "missing.txt", "");
  require_refused(run_factdiff({"extract", nul}), "binary.txt", "NUL");
  require_refused(run_factdiff({"extract", utf16}), "wide.txt", "UTF-16");
  require_refused(run_factdiff({"extract", folder.path + "/empty"}), "empty", ".txt");
  require_refused(run_factdiff({"extract", "--max-bytes", "10", good}), "good.txt", "10");
  // Spans hold 32-bit offsets: a file of 4 GiB is refused whatever --max-bytes allows. The file
  // is sparse and refused by its size, so it is never read.
  const std::string huge = folder.file("huge.txt", "");
  std::filesystem::resize_file(huge, std::uintmax_t{1} << 32);
  require_refused(run_factdiff({"extract", "--max-bytes", "8589934592", huge}), "huge.txt", "4294967295");
  if (::geteuid() != 0) {  // root reads any file, so unreadable files exist only for others
    const std::string locked = folder.file("locked.txt", "text");
    ::chmod(locked.c_str(), 0);
    require_refused(run_factdiff({"extract", locked}), "locked.txt", "");
  }
}

TEST_CASE("usage errors say what to do, with exit status 2", "[cli][robustness]") {
  const CommandResult no_command = run_factdiff({});
  CHECK(no_command.exit_status == 2);
  CHECK(no_command.err.find("--help") != std::string::npos);

  const CommandResult bad_format = run_factdiff({"compare", "--format", "pdf", "fixtures/paris-2015"});
  CHECK(bad_format.exit_status == 2);
  CHECK(bad_format.err.find("pdf") != std::string::npos);

  const CommandResult bad_published =
      run_factdiff({"extract", "--published", "nodate", "fixtures/paris-2015"});
  CHECK(bad_published.exit_status == 2);
  CHECK(bad_published.err.find("DOC=DATE") != std::string::npos);

  const CommandResult one_document =
      run_factdiff({"compare", "fixtures/paris-2015/000_58abc12c3fbfb92e.txt"});
  CHECK(one_document.exit_status == 2);
  CHECK(one_document.err.find("at least two") != std::string::npos);
}

TEST_CASE("help and version answer with status 0", "[cli]") {
  for (const char* command : {"inspect", "extract", "compare", "check", "bench"}) {
    const CommandResult help = run_factdiff({command, "--help"});
    CAPTURE(command);
    CHECK(help.exit_status == 0);
    CHECK(help.out.find("--format") != std::string::npos);
  }
  const CommandResult version = run_factdiff({"--version"});
  CHECK(version.exit_status == 0);
  CHECK(version.out.find("factdiff ") == 0);
}

TEST_CASE("odd but valid inputs give a result", "[cli][robustness]") {
  Folder folder;
  const std::string empty = folder.file("empty.txt", "");
  const std::string latin1 = folder.file("latin1.txt", "Fran\xE7ois Hollande said 129 died.\n");
  const std::string crlf = folder.file("crlf.txt", "Title\r\n\r\nPolice said 3 people died.\r\n");
  const std::string unclosed = folder.file("unclosed.txt",
                                           "Title\n\n\"This quote never closes, he said.\n\nNext.\n");

  CHECK(run_factdiff({"extract", empty}).exit_status == 0);

  const CommandResult invalid = run_factdiff({"extract", latin1});
  CHECK(invalid.exit_status == 0);
  CHECK(invalid.err.find("latin1.txt") != std::string::npos);  // the warning names the file
  CHECK(invalid.err.find("4") != std::string::npos);           // and the byte offset

  CHECK(run_factdiff({"extract", crlf}).exit_status == 0);
  CHECK(run_factdiff({"extract", unclosed}).exit_status == 0);

  const CommandResult from_stdin = run_factdiff({"extract", "-"}, "Title\n\nFive people died.\n");
  CHECK(from_stdin.exit_status == 0);
}

TEST_CASE("a number of 400 digits and deep quote nesting neither crash nor hang",
          "[cli][robustness]") {
  Folder folder;
  const std::string huge_number =
      folder.file("digits.txt", "Officials said " + std::string(400, '7') + " people died.\n");
  std::string nested = "Title\n\n";
  for (int i = 0; i < 2000; ++i) nested += i % 2 ? "\u201C" : "\"";
  const std::string quotes = folder.file("quotes.txt", nested + " he said.\n");
  CHECK(run_factdiff({"extract", huge_number}).exit_status == 0);
  CHECK(run_factdiff({"extract", quotes}).exit_status == 0);
}

TEST_CASE("output files are written whole, and inputs are never changed", "[cli][robustness]") {
  Folder folder;
  const std::string report = folder.path + "/report.json";
  const std::string before = read_file(std::string(FACTDIFF_SOURCE_DIR) +
                                       "/fixtures/paris-2015/000_58abc12c3fbfb92e.txt");
  const CommandResult result = run_factdiff(
      {"compare", "--format", "json", "--output", report, "--fail-on", "none",
       "fixtures/paris-2015"});
  CHECK(result.exit_status == 0);
  CHECK(result.out.empty());
  const std::string written = read_file(report);
  CHECK(written.find("\"schema\"") != std::string::npos);
  CHECK(written.back() == '\n');
  CHECK(read_file(std::string(FACTDIFF_SOURCE_DIR) +
                  "/fixtures/paris-2015/000_58abc12c3fbfb92e.txt") == before);
  // Nothing but the report is left in the folder: no temporary files.
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder.path)) ++entries;
  CHECK(entries == 1);
}

TEST_CASE("the order of the files changes only the order of documents", "[cli][determinism]") {
  const std::string a = "fixtures/paris-2015/000_58abc12c3fbfb92e.txt";
  const std::string b = "fixtures/paris-2015/002_da1ee77d9be1b1bc.txt";
  const std::string c = "fixtures/paris-2015/003_0c1def4fa664b652.txt";
  const CommandResult forward = run_factdiff({"compare", "--format", "json", "--fail-on", "none", a, b, c});
  const CommandResult backward = run_factdiff({"compare", "--format", "json", "--fail-on", "none", c, b, a});
  const CommandResult again = run_factdiff({"compare", "--format", "json", "--fail-on", "none", a, b, c});
  CHECK(forward.exit_status == 0);
  CHECK(forward.out == again.out);
  CHECK(forward.out == backward.out);  // documents are taken in canonical order
}
