#include "extract/lower_case_words.h"

namespace factdiff {

LowerCaseWords::LowerCaseWords(const std::vector<AttributionParagraph>& paragraphs) {
  for (const AttributionParagraph& p : paragraphs) {
    for (const ParagraphWord& w : p.words) {
      if (w.is_word && !w.capitalized) words_.insert(w.lower);
    }
  }
}

}  // namespace factdiff
