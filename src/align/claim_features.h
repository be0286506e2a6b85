// ClaimFeatures: what the aligner compares about a claim, computed once per claim.
//
// The block (kind and unit, or subject and attribute name) decides which claims may ever be one
// fact; the predicate group, the entity and the sentence context score the candidates; quotes and
// statements also carry their folded words.
//
//   ClaimFeatureSet set = build_claim_features(extraction, analyses, lexicons);
//   const ClaimFeatures& first = set.features[0];   // parallel to extraction.claims
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "align/compare_lexicons.h"
#include "align/context_space.h"
#include "align/word_sequence.h"
#include "extract/extraction.h"
#include "text/analyzed_document.h"

namespace factdiff {

using TermId = std::uint32_t;

struct ClaimFeatures {
  std::size_t claim = 0;          // index into extraction.claims
  std::string block;              // empty: never aligned (nothing to say what it is about)
  std::string predicate_group;    // numeric kinds
  bool listed_predicate = false;  // the predicate is in the predicate-group lexicon
  std::string entity;             // subject or speaker entity id (or folded name)
  std::string speaker;            // quotes and statements: speaker id or folded name
  // Context terms (folded sentence words, numbers left out), in sentence order, as indexes into
  // ClaimFeatureSet::term_text: a run's claims repeat a few thousand words hundreds of thousands
  // of times, and held as strings they were the largest part of alignment's memory.
  std::vector<TermId> terms;
  ContextVector context;
  WordSequence words;             // quotes and statements: the quoted or reported words
  std::unordered_set<std::string> word_set;
  // The words of word_set that carry content (function words left out; all of word_set when
  // none does): quotes are matched on these, so "the", "it" and "will" never make two quotes one.
  std::unordered_set<std::string> content_words;
};

struct ClaimFeatureSet {
  ContextSpace space;
  std::vector<ClaimFeatures> features;  // parallel to extraction.claims
  std::vector<std::string> term_text;   // a context term's text, by TermId

  const std::string& term(TermId id) const { return term_text[id]; }
};

ClaimFeatureSet build_claim_features(const Extraction& extraction,
                                     const std::vector<AnalyzedDocument>& documents,
                                     const CompareLexicons& lexicons);

// |A ∩ B| / min(|A|, |B|) over the word sets (1 when one quote contains the other); `shared`
// receives |A ∩ B|.
double word_overlap(const std::unordered_set<std::string>& a, const std::unordered_set<std::string>& b,
                    std::size_t* shared = nullptr);

// What a role or title is about: "title" for every office ("French president", "mayor") and every
// title of a family ("sergeant", "spokeswoman"), so reports that give one person two titles are
// compared; otherwise the role's last word ("presumed mastermind" and "petty criminal" are two
// facts).
std::string role_key(std::string_view value, const CompareLexicons& lexicons);

// The block of an attribute claim about `entity`: kind, entity, attribute and, for roles, their
// role_key. Empty when the entity or the attribute is unknown.
std::string attribute_block(const Claim& claim, std::string_view entity, const CompareLexicons& lexicons);

// Kinds whose values are already in one unit (seconds, days, years, percent): blocked by kind only.
bool is_unit_free(ClaimKind kind);

}  // namespace factdiff
