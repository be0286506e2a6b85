// Document loading: files, standard input ("-") and cluster directories into Documents.
//
//   LoadOptions options;
//   options.published["000_58abc12c3fbfb92e"] = "2015-11-16";   // --published DOC=DATE
//   Result<LoadedDocuments> loaded = load_documents({"fixtures/paris-2015"}, options);
//
// A directory stands for its .txt files, sorted by name, with the metadata of its cluster.yaml
// (outlet, published) when present. Refused, with a one-line message naming the file: a missing
// or unreadable path, a file with NUL bytes, UTF-16 or UTF-32 (names the encoding and how to
// convert it), a directory without .txt files, a file over max_bytes or over 4 GiB less one byte
// (Span::kMaxOffset: spans hold 32-bit offsets, whatever max_bytes says). Invalid UTF-8 is kept and
// reported as a warning naming file and byte offset. Ids are file names without extension; when
// two collide, each colliding id is prefixed with its parent folder, whatever the argument order.
// Documents come back sorted by id (the canonical order).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace factdiff {

struct LoadOptions {
  std::map<std::string, std::string> published;  // document id -> ISO date, from --published
  std::size_t max_bytes = std::size_t{256} << 20; // per file
  std::string standard_input;  // the bytes to use for "-" (read by the caller)
};

struct LoadedDocuments {
  std::vector<Document> documents;
  std::vector<std::string> warnings;
};

Result<LoadedDocuments> load_documents(const std::vector<std::string>& paths,
                                       const LoadOptions& options);

}  // namespace factdiff
