// LowerCaseWords: the words a document writes in lower case somewhere, folded.
//
// A capitalised word among them is an ordinary word opening a sentence or a headline ("Screams",
// "Shot"), not a name. The quote and attribute readers both ask it about the names of a
// document, so the document's set is built once, from its attribution paragraphs, and shared:
//
//   const LowerCaseWords lower_words(paragraphs);
//   if (lower_words.contains("shot")) ...
#pragma once

#include <string_view>
#include <vector>

#include "extract/quote_text.h"
#include "text/string_table.h"

namespace factdiff {

class LowerCaseWords {
 public:
  // The folded form (ParagraphWord::lower) of every word of `paragraphs` not written capitalised.
  explicit LowerCaseWords(const std::vector<AttributionParagraph>& paragraphs);

  bool contains(std::string_view folded_word) const { return words_.find(folded_word) != StringTable::kAbsent; }

 private:
  // Most words of a document are short and many repeat: one buffer and a table of ids cost
  // less to fill than a hash set of strings (a node, and often a string, per word).
  StringTable words_;
};

}  // namespace factdiff
