#include "robustness_support.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "../cli/run_factdiff.h"
#include "report/report_format.h"

namespace factdiff::robustness {
namespace fs = std::filesystem;
using nlohmann::json;

const Pipeline& shared_pipeline() {
  static const Pipeline pipeline = [] {
    Result<Pipeline> created = Pipeline::create(PipelineOptions{});
    if (!created.ok()) throw std::runtime_error(created.status().message());
    return std::move(created).value();
  }();
  return pipeline;
}

std::vector<std::string> corpus_clusters() {
  std::vector<std::string> clusters;
  const fs::path corpus(FACTDIFF_CORPUS_DIR);
  std::error_code error;
  if (!fs::is_directory(corpus, error)) return clusters;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.is_directory()) clusters.push_back(entry.path().string());
  }
  std::sort(clusters.begin(), clusters.end());
  return clusters;
}

std::string paris_cluster() { return std::string(FACTDIFF_SOURCE_DIR) + "/fixtures/paris-2015"; }

std::string to_crlf(const std::string& bytes) {
  std::string converted;
  converted.reserve(bytes.size() + bytes.size() / 16);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r')) converted.push_back('\r');
    converted.push_back(bytes[i]);
  }
  return converted;
}

namespace {

const Document* document_named(const std::vector<Document>& documents, const std::string& id) {
  for (const Document& document : documents) {
    if (document.id == id) return &document;
  }
  return nullptr;
}

// True when `offset` falls inside a well-formed multi-byte UTF-8 character (a split character
// would make the quoted text differ from what a reader sees).
bool splits_character(const std::string& bytes, std::size_t offset) {
  if (offset == 0 || offset >= bytes.size()) return false;
  auto continuation = [&](std::size_t i) { return (static_cast<unsigned char>(bytes[i]) & 0xC0) == 0x80; };
  if (!continuation(offset)) return false;
  for (std::size_t back = 1; back <= 3 && back <= offset; ++back) {
    const unsigned char lead = static_cast<unsigned char>(bytes[offset - back]);
    if ((lead & 0xC0) == 0x80) continue;
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 1;
    if (offset - back + length <= offset || offset - back + length > bytes.size()) return false;
    for (std::size_t i = offset - back + 1; i < offset - back + length; ++i) {
      if (!continuation(i)) return false;
    }
    return true;
  }
  return false;
}

struct SpanChecker {
  const std::vector<Document>& documents;
  std::vector<std::string> mismatches;
  std::size_t checked = 0;

  void fail(const std::string& where, const std::string& what) {
    if (mismatches.size() < 20) mismatches.push_back(where + ": " + what);
  }

  // Checks [start_key, end_key) of `object` against `text_key`; returns the span when valid.
  bool check_span(const json& object, const Document& document, const char* start_key,
                  const char* end_key, const char* text_key, Span& span) {
    if (!object.contains(start_key) || !object.contains(end_key)) return false;
    if (!object[start_key].is_number_unsigned() || !object[end_key].is_number_unsigned()) {
      fail(document.id, std::string(start_key) + " not an offset in " + object.dump());
      return false;
    }
    span = Span{object[start_key].get<std::size_t>(), object[end_key].get<std::size_t>()};
    ++checked;
    const std::string where = document.id + " [" + std::to_string(span.start) + ", " +
                              std::to_string(span.end) + ")";
    if (span.start > span.end || span.end > document.bytes.size()) {
      fail(where, "outside the document of " + std::to_string(document.bytes.size()) + " bytes");
      return false;
    }
    if (splits_character(document.bytes, span.start) || splits_character(document.bytes, span.end)) {
      fail(where, "splits a UTF-8 character");
    }
    if (object.contains(text_key)) {
      const std::string expected = document.text_of(span);
      const std::string given = object[text_key].get<std::string>();
      if (given != expected) fail(where, std::string(text_key) + " '" + given + "' but the bytes say '" + expected + "'");
    }
    return true;
  }

  void visit(const json& node, const Document* document) {
    if (node.is_array()) {
      for (const json& item : node) visit(item, document);
      return;
    }
    if (!node.is_object()) return;
    if (node.contains("doc") && node["doc"].is_string()) {
      document = document_named(documents, node["doc"].get<std::string>());
      if (document == nullptr) fail(node["doc"].get<std::string>(), "names no document");
    }
    if (document != nullptr) {
      Span claim, sentence;
      const bool has_claim = check_span(node, *document, "start", "end", "text", claim);
      const bool has_sentence =
          check_span(node, *document, "sentence_start", "sentence_end", "sentence", sentence);
      // A quote running over several sentences carries the whole run as its sentence.
      const bool carried = sentence.contains(claim);
      if (has_claim && has_sentence && !carried) {
        fail(document->id + " [" + std::to_string(claim.start) + ", " + std::to_string(claim.end) + ")",
             "outside its sentence [" + std::to_string(sentence.start) + ", " +
                 std::to_string(sentence.end) + ")");
      }
      Span quote;
      if (check_span(node, *document, "quote_start", "quote_end", "", quote) && has_claim &&
          !claim.contains(quote) && !(has_sentence && sentence.contains(quote))) {
        fail(document->id, "quote words outside the claim and its sentence");
      }
    }
    for (const auto& [key, value] : node.items()) {
      if (value.is_structured()) visit(value, document);
    }
  }
};

}  // namespace

std::vector<std::string> span_mismatches(const std::string& text,
                                         const std::vector<Document>& documents,
                                         std::size_t& checked) {
  SpanChecker checker{documents, {}, 0};
  checker.visit(json::parse(text), nullptr);
  checked = checker.checked;
  return checker.mismatches;
}

std::string json_of(const Report& report, ReportMode mode, bool explain) {
  Report shown = report;
  shown.mode = mode;
  shown.explain = explain;
  Result<std::string> rendered = render_report(shown, ReportFormat::kJson, RenderOptions{});
  if (!rendered.ok()) throw std::runtime_error(rendered.status().message());
  return rendered.value();
}

MeasuredRun run_measured(const std::vector<std::string>& arguments) {
  TemporaryFolder scratch;
  const std::string err_path = scratch.path + "/stderr";
  const auto began = std::chrono::steady_clock::now();
  const pid_t child = ::fork();
  if (child < 0) throw std::runtime_error("fork failed");
  if (child == 0) {
    const int null_fd = ::open("/dev/null", O_WRONLY);
    const int err_fd = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (null_fd < 0 || err_fd < 0 || ::chdir(FACTDIFF_SOURCE_DIR) != 0) ::_exit(126);
    ::dup2(null_fd, STDOUT_FILENO);
    ::dup2(err_fd, STDERR_FILENO);
    std::string binary = FACTDIFF_BINARY;
    std::vector<std::string> copies = arguments;
    std::vector<char*> argv{binary.data()};
    for (std::string& argument : copies) argv.push_back(argument.data());
    argv.push_back(nullptr);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  int status = 0;
  struct rusage usage {};
  ::wait4(child, &status, 0, &usage);
  MeasuredRun run;
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
  run.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.peak_rss_kb = usage.ru_maxrss;
  run.err = testing::read_file(err_path);
  return run;
}

TemporaryFolder::TemporaryFolder() : path(testing::make_temporary_folder()) {}
TemporaryFolder::~TemporaryFolder() {
  std::error_code ignored;
  fs::remove_all(path, ignored);
}

}  // namespace factdiff::robustness
