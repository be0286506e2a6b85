// Shared helpers of the text layer's tests: the bundled abbreviations without the rule loader,
// and compact dumps of sentences and tokens.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "text/abbreviations.h"
#include "text/analyzed_document.h"

namespace factdiff::testing {

inline Abbreviations news_abbreviations() {
  return Abbreviations::from_entries({{"Mr.", "title"}, {"Mrs.", "title"}, {"Dr.", "title"},
                                      {"Sen.", "title"}, {"Gen.", "title"}, {"St.", "title"},
                                      {"Sgt.", "title"}, {"Nov.", "before_number"},
                                      {"Feb.", "before_number"}, {"No.", "before_number"}, {"U.S.", "may_end"}, {"a.m.", "may_end"},
                                      {"p.m.", "may_end"}, {"Jr.", "may_end"}, {"Inc.", "may_end"}});
}

inline std::vector<std::string> texts_of(std::string_view text, const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (const Span& span : spans) out.emplace_back(text.substr(span.start, span.size()));
  return out;
}

inline std::vector<std::string> texts_of(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& token : tokens) out.emplace_back(text.substr(token.span.start, token.span.size()));
  return out;
}

}  // namespace factdiff::testing
