// AnalyzedDocument: what the text layer makes of one Document.
//
// Blocks are the document's paragraphs (runs of non-blank lines), each marked as content or as
// boilerplate with the reason. Sentences and tokens are found in content blocks only; the title
// (first non-empty line) is always content and analysed like any sentence. Every offset points
// into the original bytes. Glue repairs split a token into pieces without touching the bytes.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "core/interned_string.h"
#include "core/span.h"

namespace factdiff {

// A run keeps every document's blocks to its end (judgement and the reports read them): the
// reason is one of a few rule ids and cues, interned, and the two flags share its last word:
// 16 bytes a block.
struct Block {
  Span span;                // the paragraph's bytes, line endings excluded
  InternedString reason;    // rule id or cue ("rule:video-card", "cue:duplicate-caption")
  bool boilerplate = false;
  bool is_title = false;
};

enum class TokenShape { kWord, kNumber, kPunctuation, kSymbol };

struct Token {
  Span span;
  std::string norm;  // normalized form: NFKC, case-folded, accents folded, quotes/dashes unified
  TokenShape shape = TokenShape::kWord;
  bool capitalized = false;  // first letter upper case in the original
  bool repaired = false;     // a piece of a glued token split by glue repair
};

struct Sentence {
  Span span;
  std::size_t block = 0;     // index into blocks
  std::vector<Token> tokens;
};

struct GlueRepair {
  Span span;                 // the glued token as written ("Hollandetold")
  std::vector<Span> pieces;  // "Hollande", "told"
  std::string shown;         // "Hollande told"
};

struct AnalyzedDocument {
  const Document* document = nullptr;  // not owned; outlives the analysis
  std::vector<Block> blocks;
  std::vector<Sentence> sentences;
  std::vector<GlueRepair> repairs;
  std::vector<std::string> warnings;   // invalid UTF-8 at byte N, unclosed quote, ...
};

}  // namespace factdiff
