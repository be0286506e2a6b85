#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "input/document_loader.h"

using namespace factdiff;
namespace fs = std::filesystem;

namespace {

// A fresh temporary folder per test, removed at the end.
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("factdiff-loader-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(counter()++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  std::string write(const std::string& name, const std::string& bytes) const {
    const fs::path file = path / name;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
    return file.string();
  }
  static int& counter() {
    static int value = 0;
    return value;
  }
};

Result<LoadedDocuments> load(const std::vector<std::string>& paths, LoadOptions options = {}) {
  return load_documents(paths, options);
}

}  // namespace

TEST_CASE("loader reads files, titles and CRLF text unchanged", "[input]") {
  TempDir dir;
  const std::string bytes = "\r\n  Five Dead in Shooting \r\nBody line.\r\n";
  const std::string path = dir.write("a.txt", bytes);
  auto loaded = load({path});
  REQUIRE(loaded.ok());
  REQUIRE(loaded.value().documents.size() == 1);
  const Document& doc = loaded.value().documents[0];
  CHECK(doc.id == "a");
  CHECK(doc.path == path);
  CHECK(doc.bytes == bytes);
  CHECK(doc.title == "Five Dead in Shooting");
  CHECK(loaded.value().warnings.empty());
}

TEST_CASE("loader reads standard input and empty files", "[input]") {
  TempDir dir;
  LoadOptions options;
  options.standard_input = "From stdin\n";
  auto loaded = load({"-", dir.write("empty.txt", "")}, options);
  REQUIRE(loaded.ok());
  REQUIRE(loaded.value().documents.size() == 2);
  CHECK(loaded.value().documents[0].id == "empty");
  CHECK(loaded.value().documents[0].bytes.empty());
  CHECK(loaded.value().documents[0].title.empty());
  CHECK(loaded.value().documents[1].id == "stdin");
  CHECK(loaded.value().documents[1].path == "-");
  CHECK(loaded.value().documents[1].title == "From stdin");
}

TEST_CASE("loader refuses bad inputs with one line naming them", "[input]") {
  TempDir dir;
  const std::string missing = (dir.path / "missing.txt").string();
  auto result = load({missing});
  REQUIRE_FALSE(result.ok());
  CHECK(result.status().message() == missing + ": no such file or directory");

  const std::string binary = dir.write("binary.txt", std::string("abc\0def", 7));
  result = load({binary});
  REQUIRE_FALSE(result.ok());
  CHECK(result.status().message() == binary + ": binary file (NUL byte at offset 3); factdiff reads UTF-8 text");

  const std::string utf16 = dir.write("utf16.txt", std::string("\xFF\xFEH\0i\0", 6));
  result = load({utf16});
  REQUIRE_FALSE(result.ok());
  CHECK(result.status().message().find(utf16 + ": UTF-16LE text") == 0);
  CHECK(result.status().message().find("iconv -f UTF-16 -t UTF-8") != std::string::npos);

  const std::string utf32 = dir.write("utf32.txt", std::string("\xFF\xFE\0\0H\0\0\0", 8));
  result = load({utf32});
  REQUIRE_FALSE(result.ok());
  CHECK(result.status().message().find(utf32 + ": UTF-32LE text") == 0);
  CHECK(result.status().message().find("iconv -f UTF-32 -t UTF-8") != std::string::npos);

  const std::string big = dir.write("big.txt", std::string(2000, 'x'));
  LoadOptions small;
  small.max_bytes = 1000;
  result = load({big}, small);
  REQUIRE_FALSE(result.ok());
  CHECK(result.status().message() == big + ": 2000 bytes, over the limit of 1000 bytes (--max-bytes)");

  // Spans hold 32-bit offsets: whatever max_bytes allows, 4 GiB is refused before the file is
  // read (it is sparse, so it takes no room).
  const std::string huge = dir.write("huge.txt", "");
  fs::resize_file(huge, std::uintmax_t{1} << 32);
  LoadOptions generous;
  generous.max_bytes = std::size_t{8} << 30;
  result = load({huge}, generous);
  REQUIRE_FALSE(result.ok());
  CHECK(result.status().message() ==
        huge + ": 4294967296 bytes, over the 4294967295 bytes factdiff reads in one document: split the file");
  fs::remove(huge);

  const fs::path empty_dir = dir.path / "nothing";
  fs::create_directories(empty_dir);
  dir.write("nothing/notes.md", "not a text file");
  result = load({empty_dir.string()});
  REQUIRE_FALSE(result.ok());
  CHECK(result.status().message() == empty_dir.string() + ": a directory without .txt files");

  for (const auto& error : {result.status().message()}) {
    CHECK(error.find('\n') == std::string::npos);
  }
}

TEST_CASE("loader refuses an unreadable file", "[input]") {
  if (::geteuid() == 0) {
    WARN("SKIPPED: running as root, every file is readable");
    return;
  }
  TempDir dir;
  const std::string path = dir.write("secret.txt", "text");
  ::chmod(path.c_str(), 0);
  auto result = load({path});
  REQUIRE_FALSE(result.ok());
  CHECK(result.status().message() == path + ": cannot read the file (permission denied?)");
}

TEST_CASE("loader tolerates invalid UTF-8 with a warning naming the byte", "[input]") {
  TempDir dir;
  const std::string path = dir.write("bad.txt", "Title\nIn the mid\xFF" "dle of a word.\n");
  auto loaded = load({path});
  REQUIRE(loaded.ok());
  REQUIRE(loaded.value().warnings.size() == 1);
  CHECK(loaded.value().warnings[0] == path + ": invalid UTF-8 at byte 16 (read as U+FFFD)");
  CHECK(loaded.value().documents[0].bytes.size() == 32);
}

TEST_CASE("directories give their .txt files by name with cluster.yaml metadata", "[input]") {
  TempDir dir;
  dir.write("c/02_b.txt", "Second\n\nNovember 17 2015, 16:01\n");
  dir.write("c/01_a.txt", "First\n\nA caption, Friday Nov. 13, 2015. (AP Photo)\n");
  dir.write("c/03_c.txt", "Third\n");
  dir.write("c/readme.md", "ignored");
  dir.write("c/cluster.yaml",
            "cluster: test\nunknown: [1, 2]\narticles:\n"
            "  - file: 01_a.txt\n    outlet: Action News\n    published: 2015-11-16\n    extra: x\n"
            "  - file: 02_b.txt\n    outlet: Wire\n"
            "  - file: 03_c.txt\n    dct: '2014-06-29'\n");
  LoadOptions options;
  options.published["03_c"] = "2016-01-02";
  auto loaded = load({(dir.path / "c").string()}, options);
  REQUIRE(loaded.ok());
  const auto& docs = loaded.value().documents;
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].id == "01_a");
  CHECK(docs[0].outlet == "Action News");
  CHECK(docs[0].published == "2015-11-16");
  CHECK(docs[0].published_source == "cluster.yaml");
  CHECK(docs[1].id == "02_b");
  CHECK(docs[1].outlet == "Wire");
  CHECK(docs[1].published == "2015-11-17T16:01");
  CHECK(docs[1].published_source == "dateline");
  CHECK(docs[2].published == "2016-01-02");
  CHECK(docs[2].published_source == "--published");
}

TEST_CASE("a file named on its own takes the metadata of the cluster.yaml beside it", "[input]") {
  TempDir dir;
  const std::string first = dir.write("c/01_a.txt", "First\n");
  const std::string second = dir.write("c/02_b.txt", "Second\n");
  const std::string alone = dir.write("d/03_c.txt", "Third\n");
  dir.write("c/cluster.yaml",
            "articles:\n  - file: 01_a.txt\n    outlet: Action News\n    published: 2015-11-16\n"
            "  - file: 02_b.txt\n    outlet: Wire\n");
  auto loaded = load({second, alone, first});
  REQUIRE(loaded.ok());
  const auto& docs = loaded.value().documents;
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].outlet == "Action News");
  CHECK(docs[0].published == "2015-11-16");
  CHECK(docs[0].published_source == "cluster.yaml");
  CHECK(docs[1].outlet == "Wire");
  CHECK(docs[2].outlet.empty());  // no cluster.yaml in its folder

  dir.write("d/cluster.yaml", "articles: [\n");
  auto refused = load({alone});
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().message().find("cluster.yaml") != std::string::npos);
}

TEST_CASE("a bad cluster.yaml is an error naming its line", "[input]") {
  TempDir dir;
  dir.write("c/a.txt", "A\n");
  const std::string yaml = dir.write("c/cluster.yaml", "articles:\n  - file: a.txt\n    outlet: [\n");
  auto loaded = load({(dir.path / "c").string()});
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().message().find(yaml + ":") == 0);
}

TEST_CASE("colliding ids get their folder as prefix whatever the order", "[input]") {
  TempDir dir;
  const std::string one = dir.write("left/report.txt", "Left\n");
  const std::string two = dir.write("right/report.txt", "Right\n");
  const std::string other = dir.write("right/other.txt", "Other\n");
  for (const auto& paths : {std::vector<std::string>{one, two, other},
                            std::vector<std::string>{other, two, one}}) {
    auto loaded = load(paths);
    REQUIRE(loaded.ok());
    const auto& docs = loaded.value().documents;
    REQUIRE(docs.size() == 3);
    CHECK(docs[0].id == "left/report");
    CHECK(docs[0].title == "Left");
    CHECK(docs[1].id == "other");
    CHECK(docs[2].id == "right/report");
  }
}
