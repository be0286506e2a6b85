#include "text/rule_examples.h"

#include "text/abbreviations.h"
#include "text/boilerplate.h"
#include "text/sentence_splitter.h"

namespace factdiff {
namespace {

std::string quoted(const std::string& text) { return "'" + text + "'"; }

}  // namespace

Status check_boilerplate_example_with(const Rule& rule, const RuleExample& example, bool negative) {
  std::vector<Block> blocks = find_blocks(example.text);
  for (Block& block : blocks) block.is_title = false;  // an example is a page line, not a title
  mark_boilerplate(example.text, blocks, BoilerplateRules::from_rule(rule));
  const std::string reason = "rule:" + rule.id;
  std::string marked_by;
  for (const Block& block : blocks) {
    if (block.reason == reason) return negative ? Status::error("marked as boilerplate by " + rule.id)
                                                : Status();
    if (block.boilerplate && marked_by.empty()) marked_by = block.reason;
  }
  if (negative) return Status();
  auto expected = example.expect.find("reason");
  if (expected != example.expect.end()) {
    auto field = rule.fields.find("reason");
    const bool names_rule = expected->second == rule.id ||
                            (field != rule.fields.end() && field->second == expected->second);
    if (!names_rule) return Status::error("expect reason " + quoted(expected->second) +
                                          " names neither the rule nor its reason field");
  }
  return Status::error(marked_by.empty() ? "not marked as boilerplate"
                                         : "not marked by this rule (marked by " + marked_by + ")");
}

Status check_sentences_example_with(const Lexicon& abbreviations, const Rule& rule,
                                    const RuleExample& example, bool negative) {
  // The bundled lexicon holds this rule's entries already; a rule checked on its own (no
  // lexicon loaded) brings its entries itself.
  Abbreviations known = Abbreviations::from_lexicon(abbreviations);
  if (abbreviations.empty() && rule.lexicon == "abbreviations") {
    std::vector<std::pair<std::string, std::string>> own;
    for (const LexiconEntry& entry : rule.entries) own.emplace_back(entry.key, entry.value);
    known = Abbreviations::from_entries(own);
  }
  const std::vector<Span> sentences =
      split_sentences(example.text, {0, example.text.size()}, known);
  std::size_t expected = 1;
  if (!negative) {
    auto it = example.expect.find("sentences");
    if (it == example.expect.end()) return Status::error("expect: {sentences: N} is missing");
    try {
      expected = static_cast<std::size_t>(std::stoul(it->second));
    } catch (const std::exception&) {
      return Status::error("expect sentences " + quoted(it->second) + " is not a number");
    }
  }
  if (sentences.size() == expected) return Status();
  std::string got;
  for (const Span& span : sentences) {
    got += " [" + example.text.substr(span.start, span.size()) + "]";
  }
  return Status::error("expected " + std::to_string(expected) + " sentence(s), got " +
                       std::to_string(sentences.size()) + ":" + got);
}

Status check_boilerplate_example(const RuleSet&, const WordList&, const Rule& rule,
                                 const RuleExample& example, bool negative) {
  return check_boilerplate_example_with(rule, example, negative);
}

Status check_sentences_example(const RuleSet& rules, const WordList&, const Rule& rule,
                               const RuleExample& example, bool negative) {
  return check_sentences_example_with(rules.lexicon("abbreviations"), rule, example, negative);
}

}  // namespace factdiff
