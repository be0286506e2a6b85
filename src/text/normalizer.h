// Normalizer: a matching view of the text, with a byte map back to the original.
//
// The view is NFKC, case-folded, accents folded (François -> francois), curly quotes and
// apostrophes made straight, every dash a '-', odd spaces a ' ', invalid UTF-8 as U+FFFD. ASCII
// runs are copied lower-cased one byte for one byte, so the map records only the places where a
// character changed length, and a span of the view maps back to exact original bytes:
//
//   NormalizedText view = normalize_text("“France is at war,” François");
//   Span original = view.to_original({1, 7});   // the original bytes of "France"
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace factdiff {

class NormalizedText {
 public:
  const std::string& text() const { return text_; }

  // The original offset of a view offset: a view offset inside a changed character maps to the
  // character's first original byte.
  std::size_t to_original_start(std::size_t view_offset) const;
  // The same for an end offset: inside a changed character it maps past its last original byte.
  std::size_t to_original_end(std::size_t view_offset) const;
  Span to_original(Span view_span) const {
    return {to_original_start(view_span.start), to_original_end(view_span.end)};
  }
  // How many places changed length (the size of the sparse map).
  std::size_t changed_characters() const { return changes_.size(); }

 private:
  friend NormalizedText normalize_text(std::string_view original);

  // A character whose normalized form differs in length or content from a 1:1 ASCII copy.
  struct Change {
    std::size_t view_start, view_size;
    std::size_t original_start, original_size;
  };
  const Change* change_at_or_before(std::size_t view_offset) const;

  std::string text_;
  std::vector<Change> changes_;  // sorted by view_start
};

// Normalizes `original` (any bytes; invalid UTF-8 becomes U+FFFD in the view).
NormalizedText normalize_text(std::string_view original);

// The normalized form of a short piece of text, for lookups (lexicon keys, token norms).
std::string normalize_for_matching(std::string_view original);
// The same written into `out`, replacing what it held (a token's own string, without a
// temporary string for every token).
void normalize_for_matching(std::string_view original, std::string& out);

}  // namespace factdiff
