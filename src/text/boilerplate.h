// Boilerplate: which blocks of a page are chrome rather than the report.
//
// Blocks are paragraphs; inside a paragraph each line is its own block unless it continues the
// previous one (it starts in lower case), so a site header or a caption on its own line can be
// told apart from the text around it. A block is boilerplate when a rule of stage `boilerplate`
// says so (RE2 patterns: video cards, share buttons, copyright lines...; the
// `navigation_words` lexicon: "World", "Latest") or when a measurable cue does, as jusText and
// trafilatura decide: a block repeated verbatim or a pull quote duplicated from the body (analysed
// once), a list of bulleted headlines, a title-case link line, short unpunctuated lines that a
// page sets between its paragraphs more than once (story links, section headings), a block
// without words, a short heading that only introduces boilerplate. The title is always content.
//
//   BoilerplateRules rules = BoilerplateRules::from_rule_set(rule_set);
//   std::vector<Block> blocks = find_blocks(doc.bytes);
//   mark_boilerplate(doc.bytes, blocks, rules);   // sets boilerplate and reason
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "rules/rule_set.h"
#include "text/analyzed_document.h"

namespace factdiff {

struct BoilerplatePattern {
  std::string id;
  std::shared_ptr<const RE2> regex;
  bool absorbs_next_line = false;  // a card's title follows its "Duration 2:02" line
};

struct BoilerplateRules {
  std::vector<BoilerplatePattern> patterns;
  // Navigation words by the hash a block's word list gives each word (boilerplate.cpp): a page's
  // short blocks are looked up by it, with no string built. Filled by add_navigation_word.
  std::unordered_map<std::uint64_t, std::string> navigation_words;  // word hash -> rule id
  bool use_cues = true;
  // All patterns in one PatternSet, for one pass over each block: the RuleSet's own set of stage
  // `boilerplate`, compiled once per RuleSet and borrowed (the RuleSet outlives these rules).
  // Null when there is none: every pattern is then tried on its own.
  const PatternSet* pattern_set = nullptr;

  // A word of the `navigation_words` lexicon (normalized for matching here) and its rule.
  void add_navigation_word(std::string_view word, const std::string& rule_id);

  // The `boilerplate` patterns (field `absorbs: next_line`) and `navigation_words` lexicon;
  // borrows the RuleSet's pattern set, so `rules` must outlive the result.
  static BoilerplateRules from_rule_set(const RuleSet& rules);
  // Only the named rule (for checking its examples), cues included.
  static BoilerplateRules from_rule(const Rule& rule);
};

// The blocks of a text: paragraphs, lines that do not continue the previous line split off; the
// first non-empty line is the title block.
std::vector<Block> find_blocks(std::string_view text);

// Marks blocks as boilerplate with a reason ("rule:ID" or "cue:NAME").
void mark_boilerplate(std::string_view text, std::vector<Block>& blocks,
                      const BoilerplateRules& rules);

}  // namespace factdiff
