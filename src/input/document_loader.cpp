#include "input/document_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <system_error>

#include "core/span.h"
#include "core/utf8.h"
#include "input/cluster_metadata.h"
#include "text/dateline.h"

namespace factdiff {
namespace fs = std::filesystem;
namespace {

// One document before ids are made unique.
struct PendingDocument {
  Document document;
  std::string stem;    // file name without extension
  std::string parent;  // parent folder name, the prefix when ids collide
  std::string file_name;
  const ClusterMetadata* cluster = nullptr;
};

// Byte-order marks of encodings factdiff does not read; UTF-32 first (it starts like UTF-16).
std::string unsupported_encoding(std::string_view bytes) {
  auto starts = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };
  if (starts(std::string_view("\xFF\xFE\x00\x00", 4))) return "UTF-32LE";
  if (starts(std::string_view("\x00\x00\xFE\xFF", 4))) return "UTF-32BE";
  if (starts("\xFF\xFE")) return "UTF-16LE";
  if (starts("\xFE\xFF")) return "UTF-16BE";
  return "";
}

Status check_text(const std::string& path, std::string_view bytes) {
  const std::string encoding = unsupported_encoding(bytes);
  if (!encoding.empty()) {
    const std::string family = encoding.substr(0, 6);
    return Status::error(path + ": " + encoding + " text (byte-order mark); factdiff reads UTF-8: "
                         "convert it first, e.g. iconv -f " + family + " -t UTF-8 '" + path +
                         "' > converted.txt");
  }
  const std::size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    return Status::error(path + ": binary file (NUL byte at offset " + std::to_string(nul) +
                         "); factdiff reads UTF-8 text");
  }
  return Status();
}

// Spans hold 32-bit offsets, so no limit lets a larger document in; `name` is the path or "-".
Status check_size(const std::string& name, std::uintmax_t size, std::size_t max_bytes) {
  if (size > max_bytes) {
    return Status::error(name + ": " + std::to_string(size) + " bytes, over the limit of " +
                         std::to_string(max_bytes) + " bytes (--max-bytes)");
  }
  if (size > Span::kMaxOffset) {
    return Status::error(name + ": " + std::to_string(size) + " bytes, over the " +
                         std::to_string(Span::kMaxOffset) +
                         " bytes factdiff reads in one document: split the file");
  }
  return Status();
}

Result<std::string> read_file(const std::string& path, std::size_t max_bytes) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (error || !fs::exists(status)) return Status::error(path + ": no such file or directory");
  if (!fs::is_regular_file(status)) return Status::error(path + ": not a regular file");
  const std::uintmax_t size = fs::file_size(path, error);
  if (!error) FACTDIFF_RETURN_IF_ERROR(check_size(path, size, max_bytes));
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error(path + ": cannot read the file (permission denied?)");
  std::string bytes;
  bytes.resize(static_cast<std::size_t>(size));
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (in.bad() || static_cast<std::size_t>(in.gcount()) != bytes.size()) {
    return Status::error(path + ": cannot read the file");
  }
  return bytes;
}

std::string first_non_empty_line(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::size_t start = 0;
  while (start < bytes.size()) {
    std::size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(start, end - start);
    const std::size_t first = line.find_first_not_of(" \t\r\f\v");
    if (first != std::string_view::npos) {
      const std::size_t last = line.find_last_not_of(" \t\r\f\v");
      return decode_lossy(line.substr(first, last - first + 1));
    }
    start = end + 1;
  }
  return "";
}

Result<PendingDocument> make_document(const std::string& path, std::string bytes,
                                      std::vector<std::string>& warnings) {
  FACTDIFF_RETURN_IF_ERROR(check_text(path, bytes));
  if (std::optional<std::size_t> bad = first_invalid_utf8(bytes)) {
    warnings.push_back(path + ": invalid UTF-8 at byte " + std::to_string(*bad) +
                       " (read as U+FFFD)");
  }
  PendingDocument pending;
  pending.document.path = path;
  pending.document.title = first_non_empty_line(bytes);
  pending.document.bytes = std::move(bytes);
  if (path == "-") {
    pending.stem = "stdin";
    pending.parent = "stdin";
    pending.file_name = "-";
  } else {
    const fs::path file(path);
    pending.stem = file.stem().string();
    pending.file_name = file.filename().string();
    pending.parent = fs::absolute(file).parent_path().filename().string();
  }
  return pending;
}

Result<std::vector<std::string>> text_files_of(const std::string& directory) {
  std::vector<std::string> files;
  std::error_code error;
  for (fs::directory_iterator it(directory, error), end; !error && it != end;
       it.increment(error)) {
    if (it->path().extension() == ".txt" && it->is_regular_file()) {
      files.push_back(it->path().string());
    }
  }
  if (error) return Status::error(directory + ": cannot read the directory (" + error.message() + ")");
  if (files.empty()) return Status::error(directory + ": a directory without .txt files");
  std::sort(files.begin(), files.end(), [](const std::string& a, const std::string& b) {
    return fs::path(a).filename().string() < fs::path(b).filename().string();
  });
  return files;
}

// Colliding ids get their parent folder as prefix; ids still equal (same folder name) get a
// number in path order. Neither depends on the order the paths were given in.
void assign_ids(std::vector<PendingDocument>& pending) {
  std::map<std::string, std::vector<PendingDocument*>> by_stem;
  for (PendingDocument& item : pending) by_stem[item.stem].push_back(&item);
  for (auto& [stem, group] : by_stem) {
    if (group.size() == 1) {
      group[0]->document.id = stem;
      continue;
    }
    std::sort(group.begin(), group.end(), [](const PendingDocument* a, const PendingDocument* b) {
      return a->document.path < b->document.path;
    });
    std::map<std::string, int> seen;
    for (PendingDocument* item : group) {
      std::string id = item->parent + "/" + stem;
      const int count = ++seen[id];
      if (count > 1) id += "-" + std::to_string(count);
      item->document.id = id;
    }
  }
}

void assign_metadata(PendingDocument& item) {
  Document& document = item.document;
  if (item.cluster != nullptr) {
    if (const ArticleMetadata* article = item.cluster->find(item.file_name)) {
      document.outlet = article->outlet;
      if (!article->published.empty()) {
        document.published = article->published;
        document.published_source = "cluster.yaml";
      }
    }
  }
  if (document.published.empty()) {
    if (std::optional<std::string> date = find_dateline(document.bytes)) {
      document.published = *date;
      document.published_source = "dateline";
    }
  }
}

Status apply_overrides(std::vector<PendingDocument>& pending, const LoadOptions& options) {
  for (const auto& [id, date] : options.published) {
    std::optional<std::string> iso = parse_date_text(date);
    if (!iso) return Status::error("--published " + id + "=" + date + ": not a date");
    bool found = false;
    for (PendingDocument& item : pending) {
      if (item.document.id == id || item.stem == id) {
        item.document.published = *iso;
        item.document.published_source = "--published";
        found = true;
      }
    }
    if (!found) return Status::error("--published " + id + "=" + date + ": no document " + id);
  }
  return Status();
}

}  // namespace

Result<LoadedDocuments> load_documents(const std::vector<std::string>& paths,
                                       const LoadOptions& options) {
  LoadedDocuments loaded;
  std::vector<PendingDocument> pending;
  // Each folder's cluster.yaml, read once: a folder named on the command line and a file named
  // inside it take the same metadata (`compare c/01.txt c/02.txt` dates them as `compare c` does).
  std::map<std::string, std::unique_ptr<ClusterMetadata>> clusters;
  auto cluster_of_folder = [&clusters](const fs::path& folder) -> Result<const ClusterMetadata*> {
    const std::string key = folder.lexically_normal().string();
    if (const auto found = clusters.find(key); found != clusters.end()) return found->second.get();
    std::unique_ptr<ClusterMetadata>& slot = clusters[key];
    std::error_code error;
    const fs::path cluster_file = folder / "cluster.yaml";
    if (fs::exists(cluster_file, error)) {
      Result<ClusterMetadata> metadata = read_cluster_metadata(cluster_file.string());
      if (!metadata.ok()) return metadata.status();
      slot = std::make_unique<ClusterMetadata>(std::move(metadata).value());
    }
    return static_cast<const ClusterMetadata*>(slot.get());
  };
  for (const std::string& path : paths) {
    if (path == "-") {
      if (options.standard_input.size() > options.max_bytes) {
        return Status::error("-: standard input over the limit of " +
                             std::to_string(options.max_bytes) + " bytes (--max-bytes)");
      }
      FACTDIFF_RETURN_IF_ERROR(check_size("-", options.standard_input.size(), options.max_bytes));
      Result<PendingDocument> item = make_document(path, options.standard_input, loaded.warnings);
      if (!item.ok()) return item.status();
      pending.push_back(std::move(item).value());
      continue;
    }
    std::error_code error;
    if (!fs::is_directory(path, error)) {
      Result<std::string> bytes = read_file(path, options.max_bytes);
      if (!bytes.ok()) return bytes.status();
      Result<PendingDocument> item = make_document(path, std::move(bytes).value(), loaded.warnings);
      if (!item.ok()) return item.status();
      Result<const ClusterMetadata*> cluster = cluster_of_folder(fs::path(path).parent_path());
      if (!cluster.ok()) return cluster.status();
      item.value().cluster = cluster.value();
      pending.push_back(std::move(item).value());
      continue;
    }
    Result<const ClusterMetadata*> folder_cluster = cluster_of_folder(fs::path(path));
    if (!folder_cluster.ok()) return folder_cluster.status();
    const ClusterMetadata* cluster = folder_cluster.value();
    Result<std::vector<std::string>> files = text_files_of(path);
    if (!files.ok()) return files.status();
    for (const std::string& file : files.value()) {
      Result<std::string> bytes = read_file(file, options.max_bytes);
      if (!bytes.ok()) return bytes.status();
      Result<PendingDocument> item = make_document(file, std::move(bytes).value(), loaded.warnings);
      if (!item.ok()) return item.status();
      item.value().cluster = cluster;
      pending.push_back(std::move(item).value());
    }
  }
  assign_ids(pending);
  for (PendingDocument& item : pending) assign_metadata(item);
  FACTDIFF_RETURN_IF_ERROR(apply_overrides(pending, options));
  std::sort(pending.begin(), pending.end(), [](const PendingDocument& a, const PendingDocument& b) {
    return a.document.id < b.document.id;
  });
  for (PendingDocument& item : pending) loaded.documents.push_back(std::move(item.document));
  return loaded;
}

}  // namespace factdiff
