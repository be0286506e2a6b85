// ClaimContexts: the words around each claim, read while its document's tokens are at hand.
//
// A claim's context is the folded words of its sentence (numbers left out; four words either side
// for dates, times and ages), held as ids into one table of the run. Alignment needs nothing else
// of the text layer, so a run that gathers the contexts of each document's claims right after
// extracting them can let that document's tokens go before reading the next one.
//
//   ClaimContexts contexts(lexicons);
//   for (const Claim& claim : claims_of_document) contexts.add(claim, &analysis);
//   std::vector<Fact> facts = align_claims(extraction, std::move(contexts), lexicons);
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "align/compare_lexicons.h"
#include "align/term_lists.h"
#include "align/text_index.h"
#include "core/claim.h"
#include "text/analyzed_document.h"

namespace factdiff {

using TermId = std::uint32_t;  // a context term, as an index into ClaimContexts::term_text

class ClaimContexts {
 public:
  // `lexicons` (spelling variants, number words) must outlive the contexts.
  explicit ClaimContexts(const CompareLexicons& lexicons) : lexicons_(&lexicons) {}

  // The context of the next claim: claims are added in the order of extraction.claims. Read from
  // `analysis` (the claim's document); null, or a sentence the text layer did not keep, falls
  // back to the words of the sentence's bytes or of the claim's quote.
  void add(const Claim& claim, const AnalyzedDocument* analysis);

  // The terms of each claim added, in sentence order. A claim whose terms are those of the first
  // claim read from its sentence shares that claim's list.
  TermLists claim_terms;
  // Each distinct sentence, in order of first use, as the index in claim_terms of the first claim
  // read from it: document frequencies are counted over these lists.
  std::vector<std::uint32_t> sentence_lists;
  // A term's text, by TermId; ids are given in order of first use.
  std::vector<std::string> term_text;

 private:
  const CompareLexicons* lexicons_;
  TextIndex term_ids_;
  // The index in claim_terms of each sentence's first claim, by document and sentence span.
  std::map<std::pair<std::string, std::pair<std::size_t, std::size_t>>, std::uint32_t> sentence_index_;
};

// The contexts of every claim of `claims`, each read from its document among `documents` (found by
// id; a claim of no document given falls back as add() does).
ClaimContexts read_claim_contexts(const std::vector<Claim>& claims, const std::vector<AnalyzedDocument>& documents,
                                  const CompareLexicons& lexicons);

}  // namespace factdiff
