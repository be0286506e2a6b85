// Reported speech without quote marks: "Hollande said he would create 5,000 jobs", "Greek
// officials said the passport holder had crossed from Turkey", "ISIS warned in a video on Monday
// that ...". This finds the candidates of one paragraph; quote_extractor attributes them in text
// order together with the quotes.
//
//   for (const StatementCandidate& s : find_statements(paragraph, index, regions, lexicons)) ...
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "extract/entity_lexicons.h"
#include "extract/quote_regions.h"
#include "extract/quote_text.h"
#include "extract/speaker_resolver.h"

namespace factdiff {

struct StatementCandidate {
  std::size_t verb = 0;       // word index of the speech verb
  std::size_t sentence = 0;   // index into the paragraph's sentences
  std::string lemma;          // say, tell, warn
  // The subject before the verb; for a coordinated verb ("and said", ", saying") the sentence's
  // opening subject, used only when no earlier claim of the sentence gives the speaker.
  std::optional<SubjectPhrase> subject;
  bool coordinated = false;
  std::size_t audience_begin = 0;  // "told reporters": word range of the audience
  std::size_t audience_end = 0;
  std::size_t content_begin = 0;   // the reported words: word range
  std::size_t content_end = 0;
};

// Statements of paragraph `paragraph_index`; sentences holding a quote mark are left to the quote
// attribution.
std::vector<StatementCandidate> find_statements(const AttributionParagraph& paragraph,
                                                std::size_t paragraph_index,
                                                const std::vector<QuoteRegion>& regions,
                                                const AttributionLexicons& lexicons);

}  // namespace factdiff
