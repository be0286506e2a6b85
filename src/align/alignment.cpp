// Facts are built document by document in id order. For each block (kind and unit, or subject
// and attribute), the document's claims are matched to the facts built so far by one optimal
// assignment; an unmatched claim opens a new fact. A quote that joins two quotes of another
// report is then added to the second fact too (each fact still holds one mention per document).
#include "align/alignment.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "align/claim_features.h"
#include "align/fact_key.h"
#include "align/sparse_assignment.h"

namespace factdiff {
namespace {

// Scores are in [0, 1]; a pair below its threshold never joins a fact.
constexpr double kNumericThreshold = 0.45;
constexpr double kWeakKindMinimumContext = 0.3;  // durations, money, percent, measures, bare counts
constexpr double kCountMinimumContext = 0.1;     // counts: the predicate and unit say most
constexpr double kUnnamedAgeMinimumContext = 0.4;
constexpr double kCalendarMinimumContext = 0.4;  // dates and clock times: four words either side
constexpr double kQuoteMinimumOverlap = 0.5;
constexpr double kStatementMinimumOverlap = 0.6;
constexpr double kSpeechThreshold = 0.45;
constexpr double kJoinedQuoteOverlap = 0.8;
// Words two quotes must share (or all of the shorter one's, when it has fewer), and how many of
// them must be content words.
constexpr std::size_t kMinimumSharedWords = 3;
constexpr std::size_t kMinimumSharedContentWords = 2;
// A quote of a few content words ("completely blindsided", "suspicious") says too little to be found by
// its words alone: one word changed leaves nothing to match. Given to the same speaker in a
// sentence that says much the same around it, it is the same quote told with other words.
constexpr std::size_t kShortQuoteWords = 3;
constexpr double kShortQuoteMinimumContext = 0.4;
constexpr std::size_t kSmallBlock = 96;       // below this, every fact of the block is a candidate
// In a larger block, each claim is scored against the facts it shares posting keys with, and only
// its nearest facts are candidates: the cost of one document stays bounded however many
// documents came before it, so alignment grows linearly with the claims.
constexpr std::size_t kPostingScanLimit = 256;  // longer posting lists say too little to retrieve by
constexpr std::size_t kNearestFacts = 32;       // candidates kept per claim in a large block
constexpr std::size_t kPairsPerClaim = kSmallBlock;  // scored pairs a claim brings to the assignment
constexpr std::size_t kClaimChunk = 512;        // claims whose context cosines are computed at once
constexpr std::size_t kCentroidTerms = 96;    // strongest context terms a fact keeps
constexpr std::size_t kMentionsCompared = 4;  // quote overlap is measured against a fact's first mentions

// Keeps the `limit` largest gains (ties: the lower column); the assignment does not depend on
// the order of the pairs.
void keep_best(std::vector<AssignmentEdge>& pairs, std::size_t limit) {
  if (pairs.size() <= limit) return;
  std::nth_element(pairs.begin(), pairs.begin() + static_cast<std::ptrdiff_t>(limit), pairs.end(),
                   [](const AssignmentEdge& a, const AssignmentEdge& b) {
                     return a.gain != b.gain ? a.gain > b.gain : a.column < b.column;
                   });
  pairs.resize(limit);
}

using KeyId = std::uint32_t;  // an interned posting key ("t:attack", "p:kill", ...)
constexpr KeyId kNoKey = ~KeyId{0};

struct FactState {
  std::vector<std::size_t> mentions;  // claim indexes, in the order they joined
  std::vector<std::uint32_t> docs;    // document ranks, sorted
  InternedString block;  // the first mention's features' names, shared with them
  InternedString predicate_group;
  bool listed_predicate = false;
  InternedString entity;
  ContextVector centroid;
  std::vector<KeyId> posted;  // posting keys this fact is listed under, sorted
};

struct BlockState {
  std::vector<std::size_t> facts;  // indexes into the builder's facts
  std::unordered_map<KeyId, std::vector<std::uint32_t>> postings;  // fact indexes
};

bool contains_sorted(const std::vector<std::uint32_t>& values, std::uint32_t value) {
  return std::binary_search(values.begin(), values.end(), value);
}

// Inserts `value` keeping `values` sorted; false when it was already there.
bool insert_sorted(std::vector<std::uint32_t>& values, std::uint32_t value) {
  const auto at = std::lower_bound(values.begin(), values.end(), value);
  if (at != values.end() && *at == value) return false;
  values.insert(at, value);
  return true;
}

// A fact many documents carry gathers every word they use around it; its strongest terms say
// what it is about, and keeping only those bounds the cost of scoring against it.
void keep_strongest_terms(ContextVector& centroid) {
  std::vector<double> magnitudes;
  for (ContextVector::InnerIterator it(centroid); it; ++it) magnitudes.push_back(std::abs(it.value()));
  std::nth_element(magnitudes.begin(), magnitudes.begin() + static_cast<std::ptrdiff_t>(kCentroidTerms - 1), magnitudes.end(),
                   std::greater<double>());
  const double threshold = magnitudes[kCentroidTerms - 1];
  ContextVector kept(centroid.size());
  kept.reserve(static_cast<Eigen::Index>(kCentroidTerms) + 8);
  std::size_t count = 0;
  for (ContextVector::InnerIterator it(centroid); it; ++it) {
    if (std::abs(it.value()) >= threshold && count < kCentroidTerms) {
      kept.insertBack(it.index()) = it.value();
      ++count;
    }
  }
  centroid = std::move(kept);
}

bool is_speech(ClaimKind kind) { return kind == ClaimKind::kQuote || kind == ClaimKind::kStatement; }

class FactBuilder {
 public:
  FactBuilder(const Extraction& extraction, const ClaimFeatureSet& features,
              const std::map<std::string, std::size_t>& document_rank)
      : claims_(extraction.claims), features_(features) {
    doc_rank_.reserve(claims_.size());
    for (const Claim& claim : claims_) doc_rank_.push_back(static_cast<std::uint32_t>(document_rank.at(claim.doc)));
  }

  void add_document(const std::vector<std::size_t>& claims) {
    std::map<std::string, std::vector<std::size_t>> by_block;
    for (std::size_t claim : claims) by_block[features_.features[claim].block].push_back(claim);
    for (const auto& [block, members] : by_block) {
      if (block.empty()) {
        for (std::size_t claim : members) open_fact(claim);
      } else {
        assign_block(block, members);
      }
    }
  }

  void join_split_quotes();
  std::vector<FactState>& facts() { return facts_; }

  // Lets go of the posting keys cached for `claims` once their document is aligned: found again
  // when needed (a quote joining two quotes), they come out the same, every key already numbered.
  void forget_posting_keys(const std::vector<std::size_t>& claims) {
    for (const std::size_t claim : claims) claim_keys_.erase(claim);
  }

 private:
  void assign_block(const std::string& block_key, const std::vector<std::size_t>& claims);
  // The facts a document's claims of one block may join: in a small block every fact for every
  // claim; in a large one each claim's nearest facts (`of_claim`, indexes into `columns`).
  struct Candidates {
    std::vector<std::size_t> columns;                 // fact indexes, sorted
    std::vector<std::vector<std::size_t>> of_claim;   // empty: every column for every claim
  };
  Candidates candidates(const BlockState& block, const std::vector<std::size_t>& claims);
  std::vector<AssignmentEdge> candidate_pairs(const std::vector<std::size_t>& claims, const Candidates& candidates,
                                              double threshold) const;
  void add_nearest_facts(const BlockState& block, std::size_t claim, std::vector<std::size_t>& found);
  std::optional<double> score(std::size_t claim, const FactState& fact, double context) const;
  std::optional<double> speech_score(std::size_t claim, const FactState& fact, double context) const;
  std::optional<double> short_quote_score(std::size_t claim, const FactState& fact, double context) const;
  void open_fact(std::size_t claim);
  void add_mention(std::size_t fact, std::size_t claim);
  const std::vector<KeyId>& posting_keys(std::size_t claim);
  KeyId key_id(std::string key);
  KeyId cached_key_id(std::vector<KeyId>& cache, std::uint32_t id, const char* prefix, const std::string& text);

  const std::vector<Claim>& claims_;
  const ClaimFeatureSet& features_;
  std::vector<std::uint32_t> doc_rank_;  // per claim
  std::vector<FactState> facts_;
  std::unordered_map<std::string, BlockState> blocks_;
  std::unordered_map<std::string, KeyId> key_ids_;
  // The key of each context term and quoted word, by TermId and WordId (kNoKey until first use):
  // a claim's keys are then found without building and hashing a string per word.
  std::vector<KeyId> term_keys_;
  std::vector<KeyId> word_keys_;
  // By claim, filled on first use: only the claims of the document being aligned (and of quotes
  // that join two quotes) are held, where a list for every claim of the run was slack.
  std::unordered_map<std::size_t, std::vector<KeyId>> claim_keys_;
  std::vector<double> shared_weight_;           // per fact: scratch for add_nearest_facts
};

KeyId FactBuilder::key_id(std::string key) {
  return key_ids_.emplace(std::move(key), static_cast<KeyId>(key_ids_.size())).first->second;
}

// The same key as key_id(prefix + text), numbered at the same first use, remembered by id.
KeyId FactBuilder::cached_key_id(std::vector<KeyId>& cache, std::uint32_t id, const char* prefix, const std::string& text) {
  if (cache.size() <= id) cache.resize(id + 1, kNoKey);
  if (cache[id] == kNoKey) cache[id] = key_id(prefix + text);
  return cache[id];
}

// The words a claim can be retrieved by, distinct and sorted (computed once per claim).
const std::vector<KeyId>& FactBuilder::posting_keys(std::size_t claim) {
  std::vector<KeyId>& keys = claim_keys_[claim];
  if (!keys.empty()) return keys;
  const ClaimFeatures& features = features_.features[claim];
  if (is_speech(claims_[claim].kind)) {
    for (const WordId word : features.quote().retrieval_order()) keys.push_back(cached_key_id(word_keys_, word, "w:", features_.word(word)));
  } else {
    for (const TermId term : features_.terms(claim)) keys.push_back(cached_key_id(term_keys_, term, "t:", features_.term(term)));
  }
  if (!features.predicate_group.empty()) keys.push_back(key_id("p:" + features.predicate_group));
  if (!features.entity.empty()) keys.push_back(key_id("e:" + features.entity));
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

void FactBuilder::open_fact(std::size_t claim) {
  const ClaimFeatures& features = features_.features[claim];
  FactState fact;
  fact.block = features.block;
  fact.centroid = ContextVector(features_.context(claim).size());
  facts_.push_back(std::move(fact));
  const std::size_t index = facts_.size() - 1;
  if (!features.block.empty()) blocks_[features.block].facts.push_back(index);
  add_mention(index, claim);
}

void FactBuilder::add_mention(std::size_t index, std::size_t claim) {
  FactState& fact = facts_[index];
  const ClaimFeatures& features = features_.features[claim];
  fact.mentions.push_back(claim);
  insert_sorted(fact.docs, doc_rank_[claim]);
  if (fact.predicate_group.empty()) {
    fact.predicate_group = features.predicate_group;
    fact.listed_predicate = features.listed_predicate;
  }
  if (fact.entity.empty()) fact.entity = features.entity;
  fact.centroid += features_.context(claim);
  if (fact.centroid.nonZeros() > 2 * static_cast<Eigen::Index>(kCentroidTerms)) keep_strongest_terms(fact.centroid);
  if (fact.block.empty()) return;
  BlockState& block = blocks_[fact.block];
  for (const KeyId key : posting_keys(claim)) {
    if (insert_sorted(fact.posted, key)) block.postings[key].push_back(static_cast<std::uint32_t>(index));
  }
}

FactBuilder::Candidates FactBuilder::candidates(const BlockState& block, const std::vector<std::size_t>& claims) {
  Candidates found;
  if (block.facts.size() <= kSmallBlock) {
    found.columns = block.facts;
    return found;
  }
  for (std::size_t claim : claims) {
    std::vector<std::size_t> nearest;
    add_nearest_facts(block, claim, nearest);
    found.columns.insert(found.columns.end(), nearest.begin(), nearest.end());
    found.of_claim.push_back(std::move(nearest));
  }
  std::sort(found.columns.begin(), found.columns.end());
  found.columns.erase(std::unique(found.columns.begin(), found.columns.end()), found.columns.end());
  for (std::vector<std::size_t>& nearest : found.of_claim) {
    for (std::size_t& fact : nearest) {
      fact = static_cast<std::size_t>(std::lower_bound(found.columns.begin(), found.columns.end(), fact) - found.columns.begin());
    }
    std::sort(nearest.begin(), nearest.end());
  }
  return found;
}

// Appends the claim's nearest facts of a large block: those sharing the most (rarest) posting
// keys, each shared key weighted like an idf. A posting list longer than the scan limit (a word
// or predicate half the block shares) is skipped, which bounds the work per claim.
void FactBuilder::add_nearest_facts(const BlockState& block, std::size_t claim, std::vector<std::size_t>& found) {
  if (shared_weight_.size() < facts_.size()) shared_weight_.resize(facts_.size(), 0.0);
  std::vector<std::size_t> touched;
  const double block_size = static_cast<double>(block.facts.size());
  for (const KeyId key : posting_keys(claim)) {
    const auto posting = block.postings.find(key);
    if (posting == block.postings.end() || posting->second.size() > kPostingScanLimit) continue;
    const double weight = std::log(block_size / static_cast<double>(posting->second.size())) + 1.0;
    for (std::size_t fact : posting->second) {
      if (shared_weight_[fact] == 0.0) touched.push_back(fact);
      shared_weight_[fact] += weight;
    }
  }
  auto nearer = [&](std::size_t a, std::size_t b) {
    return shared_weight_[a] != shared_weight_[b] ? shared_weight_[a] > shared_weight_[b] : a < b;
  };
  const std::size_t kept = std::min(kNearestFacts, touched.size());
  std::partial_sort(touched.begin(), touched.begin() + static_cast<std::ptrdiff_t>(kept), touched.end(), nearer);
  found.insert(found.end(), touched.begin(), touched.begin() + static_cast<std::ptrdiff_t>(kept));
  for (std::size_t fact : touched) shared_weight_[fact] = 0.0;
}

// The words two quotes share, as a share of the shorter one's: all words, since a changed word
// leaves the rest of a quote in place; and content words, so that quotes sharing only "the",
// "it" and "will" are never one.
std::optional<double> FactBuilder::speech_score(std::size_t claim, const FactState& fact, double context) const {
  const ClaimFeatures& features = features_.features[claim];
  double best = 0;
  bool best_has_content = false;
  for (std::size_t i = 0; i < fact.mentions.size() && i < kMentionsCompared; ++i) {
    const ClaimFeatures& other = features_.features[fact.mentions[i]];
    std::size_t shared = 0, shared_content = 0;
    const double overlap = word_overlap(features.quote().word_set(), other.quote().word_set(), &shared);
    word_overlap(features.quote().content_words(), other.quote().content_words(), &shared_content);
    const std::size_t smaller = std::min(features.quote().word_set().size(), other.quote().word_set().size());
    const std::size_t smaller_content = std::min(features.quote().content_words().size(), other.quote().content_words().size());
    if (shared < std::min(kMinimumSharedWords, smaller)) continue;
    if (overlap > best) {
      best = overlap;
      best_has_content = shared_content >= std::min(kMinimumSharedContentWords, smaller_content);
    }
  }
  const double minimum = claims_[claim].kind == ClaimKind::kQuote ? kQuoteMinimumOverlap : kStatementMinimumOverlap;
  if (best < minimum || !best_has_content) return short_quote_score(claim, fact, context);
  const std::string& fact_speaker = features_.features[fact.mentions.front()].speaker;
  const double speaker = features.speaker.empty() || fact_speaker.empty() ? 0.5 : (features.speaker == fact_speaker ? 1.0 : 0.0);
  return 0.8 * best + 0.2 * speaker;
}

std::optional<double> FactBuilder::short_quote_score(std::size_t claim, const FactState& fact, double context) const {
  if (claims_[claim].kind != ClaimKind::kQuote || context < kShortQuoteMinimumContext) return std::nullopt;
  const ClaimFeatures& features = features_.features[claim];
  const ClaimFeatures& first = features_.features[fact.mentions.front()];
  if (features.speaker.empty() || features.speaker != first.speaker) return std::nullopt;
  if (std::min(features.quote().content_words().size(), first.quote().content_words().size()) > kShortQuoteWords) return std::nullopt;
  return kSpeechThreshold + 0.2 * context;
}

std::optional<double> FactBuilder::score(std::size_t claim, const FactState& fact, double context) const {
  if (contains_sorted(fact.docs, doc_rank_[claim])) return std::nullopt;
  const Claim& subject = claims_[claim];
  if (is_speech(subject.kind)) return speech_score(claim, fact, context);
  const ClaimFeatures& features = features_.features[claim];
  if (subject.kind == ClaimKind::kAttribute) return 0.6 + 0.4 * context;  // the block already says who and what
  double predicate = 0.4;
  if (!features.predicate_group.empty() && !fact.predicate_group.empty()) {
    predicate = 1.0;
    if (features.predicate_group != fact.predicate_group) {
      // Two known groups (killed, injured) are never one figure; an unlisted verb may be the
      // same event told another way ("seven dead assailants" / "seven ... identified").
      if (features.listed_predicate && fact.listed_predicate) return std::nullopt;
      predicate = 0.3;
    }
  } else if (features.predicate_group.empty() && fact.predicate_group.empty()) {
    predicate = 0.7;
  }
  double entity = 0.5;
  if (!features.entity.empty() && !fact.entity.empty()) {
    if (features.entity != fact.entity) return std::nullopt;
    entity = 1.0;
  } else if (subject.kind == ClaimKind::kAge) {
    // An age without its person: only the words around it say whose it is.
    entity = 0.2;
    if (context < kUnnamedAgeMinimumContext) return std::nullopt;
  }
  // A bare figure ("25", "one": no noun, no verb) says nothing of what it counts: like a date,
  // only the words around it can say which fact it belongs to.
  const bool bare_count = subject.kind == ClaimKind::kCount && subject.unit.empty() && subject.predicate.empty();
  const bool weak_kind = bare_count || (subject.kind != ClaimKind::kCount && subject.kind != ClaimKind::kAge);
  const bool calendar = subject.kind == ClaimKind::kDate || subject.kind == ClaimKind::kTime;
  const double minimum_context =
      calendar ? kCalendarMinimumContext : (weak_kind ? kWeakKindMinimumContext : kCountMinimumContext);
  if (context < minimum_context) return std::nullopt;
  return 0.35 * predicate + 0.15 * entity + 0.5 * context;
}

void FactBuilder::assign_block(const std::string& block_key, const std::vector<std::size_t>& claims) {
  BlockState& block = blocks_[block_key];
  const Candidates found = candidates(block, claims);
  const std::vector<std::size_t>& columns = found.columns;
  if (columns.empty()) {
    for (std::size_t claim : claims) open_fact(claim);
    return;
  }
  const double threshold = is_speech(claims_[claims.front()].kind) ? kSpeechThreshold : kNumericThreshold;
  const std::vector<int> chosen =
      solve_sparse_assignment(claims.size(), columns.size(), candidate_pairs(claims, found, threshold));
  for (std::size_t row = 0; row < claims.size(); ++row) {
    if (chosen[row] >= 0) {
      add_mention(columns[static_cast<std::size_t>(chosen[row])], claims[row]);
    } else {
      open_fact(claims[row]);
    }
  }
}

// The pairs whose score clears the threshold, gaining by how far. In a small block the context
// cosines come from one sparse product per chunk of claims (memory: a chunk times the facts); in
// a large one each claim is scored against its own nearest facts only, so the work per claim is
// bounded however large the block. Each claim keeps its kPairsPerClaim best pairs.
std::vector<AssignmentEdge> FactBuilder::candidate_pairs(const std::vector<std::size_t>& claims,
                                                         const Candidates& candidates, double threshold) const {
  const std::vector<std::size_t>& columns = candidates.columns;
  std::vector<AssignmentEdge> edges, pairs;
  auto consider = [&](std::size_t row, std::size_t column, double context) {
    const auto value = score(claims[row], facts_[columns[column]], context);
    if (value && *value >= threshold) pairs.push_back({row, column, *value - threshold + 1e-6});
  };
  auto keep_row = [&] {
    keep_best(pairs, kPairsPerClaim);
    edges.insert(edges.end(), pairs.begin(), pairs.end());
    pairs.clear();
  };
  if (!candidates.of_claim.empty()) {
    for (std::size_t row = 0; row < claims.size(); ++row) {
      const ContextVector& context = features_.context(claims[row]);
      for (std::size_t column : candidates.of_claim[row]) consider(row, column, cosine(context, facts_[columns[column]].centroid));
      keep_row();
    }
    return edges;
  }
  std::vector<const ContextVector*> column_vectors;
  for (std::size_t fact : columns) column_vectors.push_back(&facts_[fact].centroid);
  for (std::size_t first = 0; first < claims.size(); first += kClaimChunk) {
    const std::size_t last = std::min(claims.size(), first + kClaimChunk);
    std::vector<const ContextVector*> row_vectors;
    for (std::size_t row = first; row < last; ++row) row_vectors.push_back(&features_.context(claims[row]));
    const Eigen::MatrixXd context = cosine_matrix(row_vectors, column_vectors);
    for (std::size_t row = first; row < last; ++row) {
      for (std::size_t column = 0; column < columns.size(); ++column) {
        consider(row, column, context(static_cast<Eigen::Index>(row - first), static_cast<Eigen::Index>(column)));
      }
      keep_row();
    }
  }
  return edges;
}

// Share of each sentence (segment) of a quote whose words occur in `other` (sorted word ids).
std::map<std::size_t, double> segment_shares(const ClaimFeatures& joined, std::span<const WordId> other) {
  std::map<std::size_t, std::pair<std::size_t, std::size_t>> counts;  // segment -> (in other, all)
  for (std::size_t i = 0; i < joined.quote().word_ids().size(); ++i) {
    auto& [inside, all] = counts[joined.quote().word_segments()[i]];
    inside += std::binary_search(other.begin(), other.end(), joined.quote().word_ids()[i]) ? 1 : 0;
    ++all;
  }
  std::map<std::size_t, double> shares;
  for (const auto& [segment, count] : counts) shares[segment] = static_cast<double>(count.first) / static_cast<double>(count.second);
  return shares;
}

// A quote joins two quotes when some of its sentences belong to the fact it is in and others,
// better, to fact y: each sentence goes to the side whose words it shares most.
bool joins_other_quote(const ClaimFeatures& joined, std::span<const WordId> in_fact,
                       std::span<const WordId> in_other) {
  const auto fact_shares = segment_shares(joined, in_fact);
  const auto other_shares = segment_shares(joined, in_other);
  bool fact_side = false, other_side = false;
  for (const auto& [segment, share] : fact_shares) {
    const double other_share = other_shares.at(segment);
    if (share >= 0.5 && share >= other_share) fact_side = true;
    if (other_share >= 0.5 && other_share > share) other_side = true;
  }
  return fact_side && other_side;
}

void FactBuilder::join_split_quotes() {
  const std::size_t fact_count = facts_.size();
  for (std::size_t x = 0; x < fact_count; ++x) {
    if (facts_[x].mentions.size() < 2 || !is_speech(claims_[facts_[x].mentions.front()].kind)) continue;
    const std::vector<std::size_t> mentions = facts_[x].mentions;
    for (std::size_t joined : mentions) {
      const ClaimFeatures& features = features_.features[joined];
      if (features.quote().segment_count() < 2) continue;
      std::vector<WordId> others_in_x;
      for (std::size_t other : mentions) {
        const std::span<const WordId> words = features_.features[other].quote().word_set();
        if (other != joined) others_in_x.insert(others_in_x.end(), words.begin(), words.end());
      }
      std::sort(others_in_x.begin(), others_in_x.end());
      others_in_x.erase(std::unique(others_in_x.begin(), others_in_x.end()), others_in_x.end());
      for (std::size_t y : candidates(blocks_[facts_[x].block], {joined}).columns) {
        if (y == x || contains_sorted(facts_[y].docs, doc_rank_[joined])) continue;
        const ClaimFeatures& anchor = features_.features[facts_[y].mentions.front()];
        std::size_t shared = 0;
        if (word_overlap(anchor.quote().word_set(), features.quote().word_set(), &shared) < kJoinedQuoteOverlap || shared < 3) continue;
        if (joins_other_quote(features, others_in_x, anchor.quote().word_set())) add_mention(y, joined);
      }
    }
  }
}

bool same_value(const Claim& a, const Claim& b) {
  return a.value == b.value && a.qualifier == b.qualifier && a.negated == b.negated;
}

// A document that repeats itself (a headline and its body, a pull quote) contributes its first
// mention only.
bool repeats(const Extraction& extraction, const ClaimFeatureSet& set, std::size_t earlier_index,
             std::size_t later_index) {
  const Claim& earlier = extraction.claims[earlier_index];
  const Claim& later = extraction.claims[later_index];
  const ClaimFeatures& earlier_features = set.features[earlier_index];
  const ClaimFeatures& later_features = set.features[later_index];
  if (earlier_features.block != later_features.block || earlier_features.block.empty()) return false;
  if (is_speech(later.kind)) {
    const bool speakers_agree = earlier_features.speaker.empty() || later_features.speaker.empty() ||
                                earlier_features.speaker == later_features.speaker;
    const std::size_t small = std::min(earlier_features.quote().word_set().size(), later_features.quote().word_set().size());
    const std::size_t large = std::max(earlier_features.quote().word_set().size(), later_features.quote().word_set().size());
    return speakers_agree && 10 * small >= 8 * large &&
           word_overlap(earlier_features.quote().word_set(), later_features.quote().word_set()) >= 0.9;
  }
  if (later.kind == ClaimKind::kAttribute) {
    return split_words(earlier.attribute_value, {}).folded == split_words(later.attribute_value, {}).folded;
  }
  return earlier_features.predicate_group == later_features.predicate_group &&
         earlier_features.entity == later_features.entity && same_value(earlier, later) &&
         (!later_features.predicate_group.empty() || cosine(set.context(earlier_index), set.context(later_index)) >= 0.2);
}

// A document's claims, in order, without those that repeat an earlier one. Only claims of one
// block can repeat each other, and each claim is checked against the last kRepeatWindow kept
// claims of its block: at most that many comparisons per claim, where comparing with every kept
// claim grew with the square of the document (minutes for a 20 MB report). News pages repeat a
// claim within a screen or two (teaser, caption, pull quote), far inside the window.
constexpr std::size_t kRepeatWindow = 256;

std::vector<std::size_t> drop_repeats(const std::vector<std::size_t>& claims, const Extraction& extraction,
                                      const ClaimFeatureSet& set) {
  std::vector<std::size_t> kept;
  std::unordered_map<std::string, std::deque<std::size_t>> recent_by_block;
  for (std::size_t claim : claims) {
    const std::string& block = set.features[claim].block;
    if (block.empty()) {
      kept.push_back(claim);
      continue;
    }
    std::deque<std::size_t>& recent = recent_by_block[block];
    const bool repeated = std::any_of(recent.begin(), recent.end(), [&](std::size_t earlier) {
      return repeats(extraction, set, earlier, claim);
    });
    if (repeated) continue;
    kept.push_back(claim);
    recent.push_back(claim);
    if (recent.size() > kRepeatWindow) recent.pop_front();
  }
  return kept;
}

std::string top_terms(const ClaimFeatureSet& set, std::size_t claim, std::size_t count) {
  std::vector<std::pair<double, std::string>> weighted;
  std::set<std::string> seen;
  for (const TermId id : set.terms(claim)) {
    const std::string& term = set.term(id);
    if (seen.insert(term).second) weighted.emplace_back(-set.space.idf(term), term);
  }
  std::sort(weighted.begin(), weighted.end());
  std::vector<std::string> chosen;
  for (std::size_t i = 0; i < weighted.size() && i < count; ++i) chosen.push_back(weighted[i].second);
  std::sort(chosen.begin(), chosen.end());
  std::string out;
  for (const std::string& term : chosen) out += (out.empty() ? "" : ",") + term;
  return out;
}

// The `count` rarest context words of a claim, in sentence order: "date (russia join coalition)".
std::string telling_terms(const ClaimFeatureSet& set, std::size_t claim, std::size_t count) {
  const std::span<const TermId> ids = set.terms(claim);
  auto terms = [&](std::size_t i) -> const std::string& { return set.term(ids[i]); };
  std::vector<std::pair<double, std::size_t>> weighted;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (terms(i).size() > 2 && seen.insert(terms(i)).second) weighted.emplace_back(-set.space.idf(terms(i)), i);
  }
  std::stable_sort(weighted.begin(), weighted.end());
  if (weighted.size() > count) weighted.resize(count);
  std::sort(weighted.begin(), weighted.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  std::string out;
  for (const auto& [weight, index] : weighted) out += (out.empty() ? "" : " ") + terms(index);
  return out;
}

std::string entity_name(const Extraction& extraction, const std::string& id, const std::string& fallback) {
  for (const Entity& entity : extraction.entities) {
    if (entity.id == id && !entity.name.empty()) return entity.name;
  }
  return fallback;
}

// The first `count` words of a quote, folded (keys).
std::string opening_words(const ClaimFeatureSet& set, const ClaimFeatures& features, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < features.quote().word_ids().size() && i < count; ++i) {
    out += (i == 0 ? "" : " ") + set.word(features.quote().word_ids()[i]);
  }
  return out;
}

// The first kLabelWords words of a claim's quote as written, with "..." when more follow (labels).
// Read again from the quote for the one claim that names a fact, rather than kept for every quote
// of the run.
std::string written_opening(const Claim& claim) {
  const WordSequence words = split_words(claim.quote, {});
  std::string out;
  for (std::size_t i = 0; i < words.size() && i < kLabelWords; ++i) out += (i == 0 ? "" : " ") + words.surface[i];
  if (words.size() > kLabelWords) out += "...";
  return out;
}

std::size_t anchor_mention(const Fact& fact, const ClaimFeatureSet& set) {
  std::size_t anchor = fact.mentions.front();
  for (std::size_t mention : fact.mentions) {
    if (set.features[mention].quote().word_ids().size() < set.features[anchor].quote().word_ids().size()) anchor = mention;
  }
  return anchor;
}

std::string key_of(const Fact& fact, const Extraction& extraction, const ClaimFeatureSet& set) {
  const Claim& first = extraction.claims[fact.mentions.front()];
  const ClaimFeatures& features = set.features[fact.mentions.front()];
  if (is_speech(first.kind)) {
    return std::string(to_string(first.kind)) + "|" + opening_words(set, set.features[anchor_mention(fact, set)], 8);
  }
  if (features.block.empty()) return std::string(to_string(first.kind)) + "|" + first.doc + "|" + std::to_string(first.span.start);
  return features.block + "|" + features.predicate_group + "|" + (first.kind == ClaimKind::kAttribute ? "" : features.entity);
}

std::string label_of(const Fact& fact, const Extraction& extraction, const ClaimFeatureSet& set) {
  const Claim& first = extraction.claims[fact.mentions.front()];
  switch (first.kind) {
    case ClaimKind::kQuote:
    case ClaimKind::kStatement: {
      const Claim& anchor = extraction.claims[anchor_mention(fact, set)];
      std::string speaker = entity_name(extraction, anchor.speaker_id, anchor.speaker);
      if (speaker.empty()) speaker = "unknown speaker";
      const std::string words = written_opening(anchor);
      return first.kind == ClaimKind::kQuote ? speaker + ": \"" + words + "\"" : speaker + " said " + words;
    }
    case ClaimKind::kAttribute: {
      const std::string subject = entity_name(extraction, first.subject_id, first.subject);
      return subject + " " + first.attribute_name;
    }
    case ClaimKind::kAge:
      return "age of " + entity_name(extraction, first.subject_id,
                                    !first.subject.empty() ? first.subject
                                    : !first.subject_id.empty() ? first.subject_id : "unnamed person");
    case ClaimKind::kDate:
    case ClaimKind::kTime:
    case ClaimKind::kDuration: {
      std::string label(to_string(first.kind));
      const std::string predicate = participle_of(first.predicate);
      const std::string terms = telling_terms(set, fact.mentions.front(), 3);
      if (!predicate.empty()) label += " " + predicate;
      if (!terms.empty()) label += " (" + terms + ")";
      return label;
    }
    case ClaimKind::kPercent:
      return "percent" + (first.predicate.empty() ? std::string() : " " + participle_of(first.predicate));
    default: {
      std::string label = count_label(first.unit, first.predicate);
      if (label.empty()) label = std::string(to_string(first.kind));
      return label;
    }
  }
}

// The facts of every document's claims, each fact's mentions in the order they joined. The
// builder's postings, centroids and copies of the blocks are let go here, before the facts'
// keys and labels are made.
std::vector<Fact> group_claims(const Extraction& extraction, ClaimFeatureSet& set,
                               std::map<std::string, std::vector<std::size_t>>& claims_of,
                               const std::map<std::string, std::size_t>& document_rank) {
  FactBuilder builder(extraction, set, document_rank);
  for (auto& [doc, claims] : claims_of) {
    std::stable_sort(claims.begin(), claims.end(), [&](std::size_t a, std::size_t b) {
      return extraction.claims[a].span < extraction.claims[b].span;
    });
    // A claim's context vector is read only while its own document is aligned (repeats and
    // scores; a fact's centroid keeps its own sum).
    fill_contexts(set, claims);
    builder.add_document(drop_repeats(claims, extraction, set));
    release_contexts(set, claims);
    builder.forget_posting_keys(claims);
  }
  builder.join_split_quotes();
  std::vector<Fact> facts;
  facts.reserve(builder.facts().size());
  for (FactState& state : builder.facts()) {
    Fact fact;
    fact.mentions = std::move(state.mentions);
    facts.push_back(std::move(fact));
  }
  return facts;
}

}  // namespace

std::vector<Fact> align_claims(const Extraction& extraction, const std::vector<AnalyzedDocument>& documents,
                               const CompareLexicons& lexicons) {
  return align_claims(extraction, read_claim_contexts(extraction.claims, documents, lexicons), lexicons);
}

std::vector<Fact> align_claims(const Extraction& extraction, ClaimContexts contexts, const CompareLexicons& lexicons) {
  ClaimFeatureSet set = build_claim_features(extraction, std::move(contexts), lexicons);
  // Canonical order: documents by id, claims by position.
  std::map<std::string, std::vector<std::size_t>> claims_of;
  for (std::size_t i = 0; i < extraction.claims.size(); ++i) claims_of[extraction.claims[i].doc].push_back(i);
  std::map<std::string, std::size_t> document_rank;
  for (const auto& [doc, claims] : claims_of) document_rank.emplace(doc, document_rank.size());

  std::vector<Fact> facts = group_claims(extraction, set, claims_of, document_rank);
  auto position = [&](std::size_t claim) {
    const Claim& c = extraction.claims[claim];
    return std::make_tuple(document_rank.at(c.doc), c.span.start, c.span.end, claim);
  };
  for (Fact& fact : facts) {
    std::sort(fact.mentions.begin(), fact.mentions.end(), [&](std::size_t a, std::size_t b) { return position(a) < position(b); });
    fact.kind = extraction.claims[fact.mentions.front()].kind;
  }
  std::sort(facts.begin(), facts.end(), [&](const Fact& a, const Fact& b) {
    return position(a.mentions.front()) < position(b.mentions.front());
  });
  // Keys: what the fact is about; facts about the same thing in one run are told apart by their
  // context words, then by order.
  std::map<std::string, std::vector<std::size_t>> by_key;
  for (std::size_t i = 0; i < facts.size(); ++i) {
    facts[i].key = key_of(facts[i], extraction, set);
    facts[i].label = label_of(facts[i], extraction, set);
    by_key[facts[i].key].push_back(i);
  }
  for (const auto& [key, members] : by_key) {
    if (members.size() < 2) continue;
    std::map<std::string, std::size_t> seen;
    for (std::size_t i : members) {
      std::string refined = key + "#" + top_terms(set, facts[i].mentions.front(), 3);
      const std::size_t repeat = seen[refined]++;
      if (repeat > 0) refined += "#" + std::to_string(repeat + 1);
      facts[i].key = refined;
    }
  }
  for (Fact& fact : facts) fact.id = stable_id("fact", fact.key);
  return facts;
}

}  // namespace factdiff
