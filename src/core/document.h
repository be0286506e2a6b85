// Document: one report as read from disk, its bytes kept untouched.
//
// Later stages never copy or rewrite the text: they refer to it by Span. Text shown to a person
// is always `doc.text_of(span)`: the original bytes with invalid UTF-8 replaced by U+FFFD.
//
//   Document doc = ...;
//   std::string quoted = doc.text_of(claim.span);
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace factdiff {

struct Document {
  std::string id;         // file name without extension, made unique within a run
  std::string path;       // as given on the command line ("-" for standard input)
  std::string bytes;      // the original bytes, never modified
  std::string title;      // first non-empty line, decoded
  std::string outlet;     // from cluster.yaml, or empty
  std::string published;  // ISO 8601 date or date-time, or empty when unknown
  std::string published_source;  // where the date came from: "dateline", "cluster.yaml", "--published"

  std::string_view view(Span span) const;
  // The original bytes of `span`, decoded, with invalid UTF-8 sequences replaced by U+FFFD.
  std::string text_of(Span span) const;
  // 1-based line and column (in bytes) of a byte offset, for file:line:column messages.
  std::pair<std::size_t, std::size_t> line_column(std::size_t offset) const;
};

}  // namespace factdiff
