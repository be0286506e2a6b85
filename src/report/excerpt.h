// Excerpt: a short, safe, one-line piece of the original text around a claim.
//
//   Excerpt shown = excerpt_around(doc, claim.span, claim.sentence);
//   std::cout << shown.before << "[" << shown.claim << "]" << shown.after;
//
// Text reports print document text on a terminal and in one-line table cells, so every piece is
// made safe first: control characters (which could drive the terminal) and bidirectional
// overrides become U+FFFD, line breaks and runs of white space become one space.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/document.h"
#include "core/span.h"

namespace factdiff {

struct Excerpt {
  std::string before;  // "…" when cut, then the context before the claim
  std::string claim;   // the claim's own text
  std::string after;   // the context after the claim, then "…" when cut
};

// The claim's text with up to `context` bytes either side, kept within `limit` (the sentence)
// when `limit` holds `span`; cuts fall on word boundaries.
Excerpt excerpt_around(const Document& document, Span span, Span limit, std::size_t context = 60);

// Decoded text made safe for one line of a terminal or table (see above).
std::string one_line(std::string_view bytes);

// At most `max_bytes` bytes of `text`, cut at a character boundary, "…" appended when cut.
std::string shorten(const std::string& text, std::size_t max_bytes);

}  // namespace factdiff
