// Contexts are read from the claim and its sentence only: never from the value, so that 129 and
// 132 killed share a context and are judged, not separated, by what they say.
#include "align/claim_contexts.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "align/word_sequence.h"

namespace factdiff {
namespace {

bool starts_with_digit(const std::string& word) { return !word.empty() && word[0] >= '0' && word[0] <= '9'; }

const Sentence* sentence_of(const AnalyzedDocument& analysis, const Span& span) {
  // Sentences are in text order: the last one starting at or before the claim's sentence.
  const auto& sentences = analysis.sentences;
  auto after = std::upper_bound(sentences.begin(), sentences.end(), span.start,
                                [](std::size_t offset, const Sentence& s) { return offset < s.span.start; });
  if (after == sentences.begin()) return nullptr;
  const Sentence& candidate = *(after - 1);
  return candidate.span.overlaps(span) || candidate.span == span ? &candidate : nullptr;
}

bool inside_number_part(const Claim& claim, const Span& span) {
  for (const MatchedPart& part : claim.parts) {
    if ((part.name == "number" || part.name == "value") && part.span.overlaps(span)) return true;
  }
  return false;
}

// Dates and times say when something happened: the words right around them tell which event
// ("on Monday to join" is not "Friday's attacks" even in one sentence).
// An age belongs to the person named next to it, not to the sentence's other people.
bool uses_local_context(ClaimKind kind) {
  return kind == ClaimKind::kDate || kind == ClaimKind::kTime || kind == ClaimKind::kAge;
}
constexpr std::size_t kLocalWindow = 4;

std::vector<std::string> context_terms(const Claim& claim, const AnalyzedDocument* analysis,
                                       const CompareLexicons& lexicons) {
  std::vector<std::string> terms;
  auto keep = [&](const std::string& word) {
    return word.size() > 1 && !starts_with_digit(word) && lexicons.number_words.count(word) == 0;
  };
  if (analysis != nullptr) {
    if (const Sentence* sentence = sentence_of(*analysis, claim.sentence)) {
      const auto& tokens = sentence->tokens;
      std::size_t first = 0, last = tokens.size();
      if (uses_local_context(claim.kind)) {
        std::size_t claim_first = tokens.size(), claim_last = 0;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
          if (tokens[i].span.overlaps(claim.span)) {
            claim_first = std::min(claim_first, i);
            claim_last = i + 1;
          }
        }
        if (claim_first < tokens.size()) {
          first = claim_first > kLocalWindow ? claim_first - kLocalWindow : 0;
          last = std::min(tokens.size(), claim_last + kLocalWindow);
        }
      }
      for (std::size_t i = first; i < last; ++i) {
        const Token& token = tokens[i];
        if (token.shape != TokenShape::kWord || inside_number_part(claim, token.span)) continue;
        if (uses_local_context(claim.kind) && token.span.overlaps(claim.span)) continue;
        std::string word = token.norm;
        if (const auto variant = lexicons.spelling.find(word); variant != lexicons.spelling.end()) word = variant->second;
        if (keep(word)) terms.push_back(std::move(word));
      }
      if (!terms.empty()) return terms;
    }
  }
  // No analysed sentence (claims built by hand, or a sentence the text layer did not keep):
  // split the sentence's own bytes.
  std::string_view text;
  if (analysis != nullptr && analysis->document != nullptr && claim.sentence.end <= analysis->document->bytes.size()) {
    text = analysis->document->view(claim.sentence);
  }
  const WordSequence words = split_words(text.empty() ? std::string_view(claim.quote) : text, lexicons.spelling);
  for (const std::string& word : words.folded) {
    if (keep(word)) terms.push_back(word);
  }
  return terms;
}

}  // namespace

void ClaimContexts::add(const Claim& claim, const AnalyzedDocument* analysis) {
  const std::vector<std::string> terms = context_terms(claim, analysis, *lexicons_);
  std::vector<TermId> ids;
  ids.reserve(terms.size());
  for (const std::string& term : terms) ids.push_back(intern(term, term_ids_, term_text));
  const auto key = std::make_pair(claim.doc, std::make_pair(claim.sentence.start, claim.sentence.end));
  const auto [sentence, first_claim] = sentence_index_.emplace(key, static_cast<std::uint32_t>(claim_terms.size()));
  if (first_claim) {
    sentence_lists.push_back(sentence->second);
    claim_terms.add(ids);
    return;
  }
  // Claims of one sentence read the same words, but for dates, times and ages (the words next
  // to them) or numbers of their own left out: shared only when equal.
  const std::span<const TermId> sentence_terms = claim_terms[sentence->second];
  if (std::equal(ids.begin(), ids.end(), sentence_terms.begin(), sentence_terms.end())) {
    claim_terms.add_shared(sentence->second);
  } else {
    claim_terms.add(ids);
  }
}

ClaimContexts read_claim_contexts(const std::vector<Claim>& claims, const std::vector<AnalyzedDocument>& documents,
                                  const CompareLexicons& lexicons) {
  std::unordered_map<std::string, const AnalyzedDocument*> analysis_of;
  for (const AnalyzedDocument& analysis : documents) {
    if (analysis.document != nullptr) analysis_of[analysis.document->id] = &analysis;
  }
  ClaimContexts contexts(lexicons);
  for (const Claim& claim : claims) {
    const auto found = analysis_of.find(claim.doc);
    contexts.add(claim, found == analysis_of.end() ? nullptr : found->second);
  }
  return contexts;
}

}  // namespace factdiff
