// ClaimFeatures: what the aligner compares about a claim, computed once per claim.
//
// The block (kind and unit, or subject and attribute name) decides which claims may ever be one
// fact; the predicate group, the entity and the sentence context score the candidates; quotes and
// statements also carry their folded words.
//
//   ClaimFeatureSet set = build_claim_features(extraction, std::move(contexts), lexicons);
//   const ClaimFeatures& first = set.features[0];   // parallel to extraction.claims
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "align/claim_contexts.h"
#include "align/compare_lexicons.h"
#include "align/context_space.h"
#include "align/word_sequence.h"
#include "core/interned_string.h"
#include "extract/extraction.h"
#include "text/analyzed_document.h"

namespace factdiff {

using WordId = std::uint32_t;  // a quoted word, as an index into ClaimFeatureSet::word_text

// Quotes and statements: the quoted or reported words as ids, so that comparing two quotes
// merges two sorted lists (held as hash sets of strings, their overlaps were a quarter of
// alignment's time); each word's sentence inside the quote, so a quote that joins two quotes can
// be cut back into them. The words are not kept as strings, not even the few opening words a
// fact's label shows as written (read again from the quote): a run holds every quote's words.
// The five lists sit back to back in one array of their exact size: as five vectors, each with
// its allocation and slack, they were the larger part of the features' memory.
class QuotedWords {
 public:
  QuotedWords() = default;
  QuotedWords(std::span<const WordId> word_ids, std::span<const std::uint32_t> word_segments,
              std::span<const WordId> word_set, std::span<const WordId> content_words,
              std::span<const WordId> retrieval_order);

  std::span<const WordId> word_ids() const { return list(0); }              // in quote order
  std::span<const std::uint32_t> word_segments() const { return list(1); }  // parallel to word_ids: 0-based sentence number
  std::span<const WordId> word_set() const { return list(2); }              // distinct, sorted
  // The words of word_set that carry content (function words left out; all of word_set when
  // none does), sorted: quotes are matched on these, so "the", "it" and "will" never make two
  // quotes one.
  std::span<const WordId> content_words() const { return list(3); }
  // content_words in the order a hash set of their strings lists them. The aligner numbers its
  // retrieval keys in order of first use, and that numbering fixes the order in which a fact's
  // shared key weights are summed: another order can change a sum in its last bit, and with it
  // which facts are a claim's nearest.
  std::span<const WordId> retrieval_order() const { return list(4); }

  std::size_t segment_count() const { return word_segments().empty() ? 0 : word_segments().back() + 1; }

 private:
  static constexpr std::size_t kLists = 5;
  std::span<const std::uint32_t> list(std::size_t index) const {
    const std::uint32_t begin = index == 0 ? 0 : ends_[index - 1];
    return std::span<const std::uint32_t>(values_.data() + begin, ends_[index] - begin);
  }
  std::vector<std::uint32_t> values_;          // the lists in the order above
  std::array<std::uint32_t, kLists> ends_{};   // where each list ends in values_
};

// Kept for every claim of a run for the whole alignment: only what later documents compare
// against. A claim's context terms and its TF-IDF vector are the set's (ClaimFeatureSet::terms
// and context).
struct ClaimFeatures {
  // The four names below repeat across a run's claims: interned, not a claim's own strings.
  InternedString block;           // empty: never aligned (nothing to say what it is about)
  InternedString predicate_group;  // numeric kinds
  InternedString entity;           // subject or speaker entity id (or folded name)
  InternedString speaker;          // quotes and statements: speaker id or folded name
  bool listed_predicate = false;   // the predicate is in the predicate-group lexicon
  // Quotes and statements only (most claims are figures, and the six lists of every claim
  // were a third of the features' memory); quote() gives empty lists for the others.
  std::unique_ptr<const QuotedWords> quoted;

  const QuotedWords& quote() const;
};

// Words of a quote a fact's label shows as written (the label reads them from the claim's quote).
constexpr std::size_t kLabelWords = 6;

struct ClaimFeatureSet {
  ContextSpace space;
  std::vector<ClaimFeatures> features;  // parallel to extraction.claims
  // Context terms (folded sentence words, numbers left out) of each claim, in sentence order, as
  // indexes into term_text: a run's claims repeat a few thousand words hundreds of thousands of
  // times, and held as strings they were the largest part of alignment's memory.
  TermLists claim_terms;                // parallel to extraction.claims
  // The TF-IDF vectors of the claims whose document is being aligned (fill_contexts), by claim
  // index: a vector for every claim of a run held at once was a tenth of its memory.
  std::unordered_map<std::size_t, ContextVector> filled_contexts;
  std::vector<std::string> term_text;   // a context term's text, by TermId
  std::vector<std::string> word_text;   // a quoted word's folded text, by WordId
  std::vector<int> space_ids;           // a context term's id in `space`, by TermId

  const std::string& term(TermId id) const { return term_text[id]; }
  const std::string& word(WordId id) const { return word_text[id]; }
  std::span<const TermId> terms(std::size_t claim) const { return claim_terms[claim]; }
  // The claim's TF-IDF vector while fill_contexts holds it; an empty vector otherwise.
  const ContextVector& context(std::size_t claim) const;
};

// `contexts` holds one context per claim of `extraction`, added in the order of its claims.
ClaimFeatureSet build_claim_features(const Extraction& extraction, ClaimContexts contexts,
                                     const CompareLexicons& lexicons);
// The same with each claim's context read from its document among `documents`.
ClaimFeatureSet build_claim_features(const Extraction& extraction,
                                     const std::vector<AnalyzedDocument>& documents,
                                     const CompareLexicons& lexicons);

// Fills the context vector of each of `claims` (indexes into set.features) / lets it go again.
void fill_contexts(ClaimFeatureSet& set, const std::vector<std::size_t>& claims);
void release_contexts(ClaimFeatureSet& set, const std::vector<std::size_t>& claims);

// |A ∩ B| / min(|A|, |B|) over two sorted lists of distinct word ids (1 when one quote
// contains the other); `shared` receives |A ∩ B|.
double word_overlap(std::span<const WordId> a, std::span<const WordId> b, std::size_t* shared = nullptr);

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
