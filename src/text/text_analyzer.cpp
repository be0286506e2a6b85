#include "text/text_analyzer.h"

#include <algorithm>
#include <iterator>

#include "core/utf8.h"
#include "text/glue_repair.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace factdiff {
namespace {

void split_sentences_of_blocks(AnalyzedDocument& analysis, const TextRules& rules) {
  const std::string& text = analysis.document->bytes;
  for (std::size_t b = 0; b < analysis.blocks.size(); ++b) {
    if (analysis.blocks[b].boilerplate) continue;
    for (const Span& span : split_sentences(text, analysis.blocks[b].span, rules.abbreviations)) {
      Sentence sentence;
      sentence.span = span;
      sentence.block = b;
      analysis.sentences.push_back(std::move(sentence));
    }
  }
}

void tokenize_sentences(AnalyzedDocument& analysis, const TextRules& rules) {
  const std::string& text = analysis.document->bytes;
  for (Sentence& sentence : analysis.sentences) sentence.tokens = tokenize(text, sentence.span, rules.abbreviations);
}

void count_tokens(const AnalyzedDocument& analysis, TokenCounts& counts) {
  const std::string_view text = analysis.document->bytes;
  for (const Sentence& sentence : analysis.sentences) {
    for (const Token& token : sentence.tokens) counts.add(text.substr(token.span.start, token.span.size()), &token.norm);
  }
}

// The same counts from the sentences' token spans alone, for a document whose tokens are made
// later: no token, norm or list of tokens is built to be let go again.
void count_token_texts(const AnalyzedDocument& analysis, const TextRules& rules, TokenCounts& counts) {
  const std::string_view text = analysis.document->bytes;
  std::vector<Span> spans;
  for (const Sentence& sentence : analysis.sentences) {
    token_spans(text, sentence.span, rules.abbreviations, spans);
    for (const Span& span : spans) counts.add(text.substr(span.start, span.size()));
  }
}

// Blocks, boilerplate and sentences, without tokens.
AnalyzedDocument analyze_sentences(const Document& document, const TextRules& rules) {
  AnalyzedDocument analysis;
  analysis.document = &document;
  const std::string& text = document.bytes;
  if (std::optional<std::size_t> bad = first_invalid_utf8(text)) {
    analysis.warnings.push_back(document.path + ": invalid UTF-8 at byte " + std::to_string(*bad) +
                                " (read as U+FFFD)");
  }
  analysis.blocks = find_blocks(text);
  mark_boilerplate(text, analysis.blocks, rules.boilerplate);
  split_sentences_of_blocks(analysis, rules);
  return analysis;
}

// Blocks, boilerplate, sentences and their tokens; glue not yet repaired.
AnalyzedDocument analyze_unrepaired(const Document& document, const TextRules& rules) {
  AnalyzedDocument analysis = analyze_sentences(document, rules);
  tokenize_sentences(analysis, rules);
  return analysis;
}

// Replaces each glued token with its pieces, keeping the record of the repair. Few sentences
// hold glue: a sentence's tokens are copied into a new list only from its first repair on.
void repair_glue(AnalyzedDocument& analysis, const TokenCounts& counts, const WordList& words) {
  const std::string& text = analysis.document->bytes;
  for (Sentence& sentence : analysis.sentences) {
    std::vector<Token> repaired;
    bool any_repair = false;
    for (std::size_t t = 0; t < sentence.tokens.size(); ++t) {
      Token& token = sentence.tokens[t];
      std::optional<GlueRepair> repair = repair_glued_token(text, token, counts, words);
      if (!repair) {
        if (any_repair) repaired.push_back(std::move(token));
        continue;
      }
      if (!any_repair) {
        any_repair = true;
        repaired.reserve(sentence.tokens.size() + repair->pieces.size());
        std::move(sentence.tokens.begin(), sentence.tokens.begin() + static_cast<std::ptrdiff_t>(t),
                  std::back_inserter(repaired));
      }
      for (const Span& piece : repair->pieces) {
        Token piece_token = make_token(text, piece);
        piece_token.repaired = true;
        repaired.push_back(std::move(piece_token));
      }
      analysis.repairs.push_back(std::move(*repair));
    }
    if (any_repair) sentence.tokens = std::move(repaired);
  }
}

}  // namespace

TextRules TextRules::from_rule_set(const RuleSet& rules) {
  TextRules text_rules;
  text_rules.abbreviations = Abbreviations::from_lexicon(rules.lexicon("abbreviations"));
  text_rules.boilerplate = BoilerplateRules::from_rule_set(rules);
  return text_rules;
}

std::vector<AnalyzedDocument> analyze_documents(const std::vector<Document>& documents,
                                                const RuleSet& rules, const WordList& words) {
  return analyze_documents(documents, TextRules::from_rule_set(rules), words);
}

std::vector<AnalyzedDocument> analyze_documents(const std::vector<Document>& documents,
                                                const TextRules& rules, const WordList& words) {
  std::vector<AnalyzedDocument> analyses;
  analyses.reserve(documents.size());
  TokenCounts counts;
  for (const Document& document : documents) {
    analyses.push_back(analyze_unrepaired(document, rules));
    count_tokens(analyses.back(), counts);
  }
  for (AnalyzedDocument& analysis : analyses) repair_glue(analysis, counts, words);
  return analyses;
}

AnalyzedDocument analyze_layout(const Document& document, const TextRules& rules, TokenCounts& counts) {
  AnalyzedDocument analysis = analyze_sentences(document, rules);
  count_token_texts(analysis, rules, counts);
  return analysis;
}

void tokenize_and_repair(AnalyzedDocument& analysis, const TextRules& rules, const TokenCounts& counts,
                         const WordList& words) {
  tokenize_sentences(analysis, rules);
  repair_glue(analysis, counts, words);
}

}  // namespace factdiff
