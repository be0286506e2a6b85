#include "extract/extraction.h"

#include <algorithm>
#include <iterator>
#include <span>

#include "extract/attribute_extractor.h"
#include "extract/entity_lexicons.h"
#include "extract/entity_resolver.h"
#include "extract/lower_case_words.h"
#include "extract/numeric_extractor.h"
#include "extract/quote_extractor.h"
#include "extract/quote_text.h"
#include "extract/speaker_resolver.h"

namespace factdiff {
namespace {

bool is_speech(const Claim& claim) {
  return claim.kind == ClaimKind::kQuote || claim.kind == ClaimKind::kStatement;
}

// A figure inside reported speech is the speaker's claim ("Cazeneuve told reporters police had
// arrested nearly two dozen people"): it takes the speaker of the innermost speech around it.
// `claims` are one document's.
void attribute_figures_to_speakers(std::span<Claim> claims) {
  std::vector<const Claim*> speech;
  for (const Claim& claim : claims) {
    if (is_speech(claim) && !claim.speaker.empty()) speech.push_back(&claim);
  }
  if (speech.empty()) return;
  for (Claim& claim : claims) {
    if (!is_numeric(claim.kind) || !claim.speaker.empty()) continue;
    const Claim* best = nullptr;
    for (const Claim* candidate : speech) {
      const Span words = candidate->quote_span.empty() ? candidate->span : candidate->quote_span;
      if (!words.contains(claim.span)) continue;
      if (!best || words.size() < (best->quote_span.empty() ? best->span : best->quote_span).size()) {
        best = candidate;
      }
    }
    if (best) {
      claim.speaker = best->speaker;
      claim.speaker_id = best->speaker_id;
    }
  }
}

// The same for every document of a run, one document at a time: matching each figure against
// the speech of the whole run made extraction grow with the square of the documents.
void attribute_figures_to_speakers_by_document(std::vector<Claim>& claims) {
  for (std::size_t first = 0; first < claims.size();) {
    std::size_t last = first + 1;
    while (last < claims.size() && claims[last].doc == claims[first].doc) ++last;
    attribute_figures_to_speakers(std::span<Claim>(claims.data() + first, last - first));
    first = last;
  }
}

// A quote may run over several sentences: its sentence span then covers all of them, so that the
// sentence shown with a claim always contains the claim.
void widen_sentences(std::vector<Claim>& claims, const AnalyzedDocument& analysis) {
  const std::vector<Sentence>& sentences = analysis.sentences;
  const auto sentence_at = [&sentences](std::size_t offset) -> const Sentence* {
    auto after = std::upper_bound(sentences.begin(), sentences.end(), offset,
                                  [](std::size_t value, const Sentence& s) { return value < s.span.start; });
    if (after == sentences.begin()) return nullptr;
    return &*std::prev(after);
  };
  for (Claim& claim : claims) {
    if (claim.sentence.contains(claim.span)) continue;
    const Sentence* first = sentence_at(claim.span.start);
    const Sentence* last = sentence_at(claim.span.empty() ? claim.span.start : claim.span.end - 1);
    claim.sentence.start = std::min(claim.sentence.start, first ? first->span.start : claim.span.start);
    claim.sentence.end = std::max(claim.sentence.end, last ? last->span.end : claim.span.end);
    claim.sentence.start = std::min(claim.sentence.start, claim.span.start);
    claim.sentence.end = std::max(claim.sentence.end, claim.span.end);
  }
}

void number_claims(std::vector<Claim>& claims) {
  std::string current;
  std::uint32_t count = 0;
  for (Claim& claim : claims) {
    if (claim.doc != current) {
      current = claim.doc;
      count = 0;
    }
    claim.number = ++count;
  }
}

}  // namespace

// Gathered once: building these tables took a fifth of all extraction time when each document
// and each extractor built its own.
ClaimExtractor::ClaimExtractor(const RuleSet& rules)
    : numeric_(rules), lexicons_(AttributionLexicons::from_rules(rules)), pull_quotes_(rules) {}

Extraction extract_claims(const std::vector<AnalyzedDocument>& documents, const RuleSet& rules) {
  return ClaimExtractor(rules).extract(documents);
}

Extraction ClaimExtractor::extract(const std::vector<AnalyzedDocument>& documents) const {
  ExtractionRun run(*this);
  for (const AnalyzedDocument& analysis : documents) run.add_document(analysis);
  return std::move(run).finish();
}

// Entities are resolved across every document, so that speaker and subject ids compare between
// reports; the resolver takes each document's name mentions as it goes.
ExtractionRun::ExtractionRun(const ClaimExtractor& extractor)
    : extractor_(extractor), entities_(extractor.lexicons_) {}

std::span<const Claim> ExtractionRun::add_document(const AnalyzedDocument& analysis) {
  const AttributionLexicons& lexicons = extractor_.lexicons_;
  // Each document's paragraphs are built once for the quote, attribute and entity readers
  // (each building its own cost a tenth of all extraction time), and let go after it: the
  // paragraphs of a whole run held at once were a large part of its memory.
  std::vector<AttributionParagraph> paragraphs =
      analysis.document == nullptr
          ? std::vector<AttributionParagraph>()
          : attribution_paragraphs(analysis, lexicons.abbreviations, lexicons.glued_verbs);
  // The mention, titled-name, attribute and entity scans each try a name at every word:
  // read once, shared by all.
  read_paragraph_names(paragraphs, lexicons);
  // The quote and attribute readers both ask which words the document writes in lower case.
  const LowerCaseWords lower_words(paragraphs);
  std::vector<Claim> claims = extractor_.numeric_.extract(analysis);
  std::vector<Claim> speech =
      extract_quotes(analysis, extractor_.pull_quotes_, lexicons, paragraphs, lower_words, &extraction_.warnings);
  std::vector<Claim> attributes = extract_attributes(analysis, lexicons, paragraphs, lower_words);
  entities_.add_document(analysis, paragraphs);
  claims.insert(claims.end(), std::make_move_iterator(speech.begin()),
                std::make_move_iterator(speech.end()));
  claims.insert(claims.end(), std::make_move_iterator(attributes.begin()),
                std::make_move_iterator(attributes.end()));
  const std::string id = analysis.document ? analysis.document->id : std::string();
  for (Claim& claim : claims) {
    if (claim.doc.empty()) claim.doc = id;
  }
  widen_sentences(claims, analysis);
  std::stable_sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) {
    return a.span.start < b.span.start;
  });
  const std::size_t first = extraction_.claims.size();
  for (Claim& claim : claims) {
    // The run holds every claim to its end: the lists and the quote a reader grew part by part
    // give back their slack (7 MB of 5,000 documents' peak).
    claim.parts.shrink_to_fit();
    claim.notes.shrink_to_fit();
    claim.quote.shrink_to_fit();
    extraction_.claims.push_back(std::move(claim));
  }
  return std::span<const Claim>(extraction_.claims.data() + first, extraction_.claims.size() - first);
}

Extraction ExtractionRun::finish() && {
  // The claims are not moved into a list of their exact size: both lists would be held at once
  // (the peak of an extraction), while the room left over from growing is never written: a list
  // this large is mapped on its own, and pages never touched cost address space, not memory.
  // Figures inside speech then take the speech's canonical speaker.
  extraction_.entities = entities_.resolve(extraction_.claims);
  attribute_figures_to_speakers_by_document(extraction_.claims);
  number_claims(extraction_.claims);
  return std::move(extraction_);
}

}  // namespace factdiff
