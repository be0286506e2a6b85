// Features are derived from the claim and its sentence only: never from the value, so that 129
// and 132 killed land in one fact and are judged, not separated, by what they say.
#include "align/claim_features.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace factdiff {
namespace {

std::string folded_phrase(std::string_view text) {
  const WordSequence words = split_words(text, {});
  std::string out;
  for (const std::string& word : words.folded) {
    if (!out.empty()) out.push_back(' ');
    out += word;
  }
  return out;
}

std::string unit_key(const Claim& claim, const CompareLexicons& lexicons) {
  std::string unit = folded_phrase(claim.unit);
  if (const auto group = lexicons.unit_group.find(unit); group != lexicons.unit_group.end() && !group->second.empty()) {
    unit = group->second;
  }
  return unit;
}

std::string block_of(const Claim& claim, const ClaimFeatures& features, const CompareLexicons& lexicons) {
  const std::string kind(to_string(claim.kind));
  switch (claim.kind) {
    case ClaimKind::kCount:
    case ClaimKind::kMeasure:
    case ClaimKind::kMoney:
      return kind + "|" + unit_key(claim, lexicons);
    case ClaimKind::kQuote:
    case ClaimKind::kStatement:
      return features.quote().word_ids().empty() ? std::string() : kind;
    case ClaimKind::kAttribute:
      return attribute_block(claim, features.entity, lexicons);
    default:
      return kind;
  }
}

std::vector<WordId> sorted_distinct(std::vector<WordId> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// The content words as a hash set of their strings lists them, filled as the word sets once
// were (all words inserted at once, then the content words one by one in the order the first
// set lists them). The sets borrow the words: a string_view hashes as its string does.
std::vector<WordId> hash_set_order(const WordSequence& quoted, const CompareLexicons& lexicons,
                                   const TextIndex& index) {
  std::unordered_set<std::string_view> words;
  words.insert(quoted.folded.begin(), quoted.folded.end());
  std::unordered_set<std::string_view> content;
  for (const std::string_view word : words) {
    if (lexicons.function_words.count(std::string(word)) == 0) content.insert(word);
  }
  if (content.empty()) content = words;
  std::vector<WordId> order;
  order.reserve(content.size());
  for (const std::string_view word : content) order.push_back(index.at(std::string(word)));
  return order;
}

std::unique_ptr<const QuotedWords> quoted_words(const Claim& claim, const CompareLexicons& lexicons,
                                                TextIndex& index, std::vector<std::string>& text) {
  const WordSequence words = split_words(claim.quote, lexicons.spelling);
  std::vector<WordId> word_ids;
  std::vector<std::uint32_t> word_segments;
  word_ids.reserve(words.size());
  word_segments.reserve(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    word_ids.push_back(intern(words.folded[i], index, text));
    word_segments.push_back(static_cast<std::uint32_t>(words.segment[i]));
  }
  const std::vector<WordId> word_set = sorted_distinct(word_ids);
  std::vector<WordId> content_words;
  for (const WordId word : word_set) {
    if (lexicons.function_words.count(text[word]) == 0) content_words.push_back(word);
  }
  if (content_words.empty()) content_words = word_set;
  return std::make_unique<const QuotedWords>(word_ids, word_segments, word_set, content_words,
                                             hash_set_order(words, lexicons, index));
}

}  // namespace

QuotedWords::QuotedWords(std::span<const WordId> word_ids, std::span<const std::uint32_t> word_segments,
                         std::span<const WordId> word_set, std::span<const WordId> content_words,
                         std::span<const WordId> retrieval_order) {
  const std::array<std::span<const std::uint32_t>, kLists> lists = {word_ids, word_segments, word_set, content_words,
                                                                    retrieval_order};
  std::size_t total = 0;
  for (const auto& list : lists) total += list.size();
  values_.reserve(total);
  for (std::size_t i = 0; i < kLists; ++i) {
    values_.insert(values_.end(), lists[i].begin(), lists[i].end());
    ends_[i] = static_cast<std::uint32_t>(values_.size());
  }
}

const QuotedWords& ClaimFeatures::quote() const {
  static const QuotedWords kNoWords;
  return quoted ? *quoted : kNoWords;
}

const ContextVector& ClaimFeatureSet::context(std::size_t claim) const {
  static const ContextVector kNoContext;
  const auto found = filled_contexts.find(claim);
  return found == filled_contexts.end() ? kNoContext : found->second;
}

std::string role_key(std::string_view value, const CompareLexicons& lexicons) {
  if (!lexicons.title_of(value).empty()) return "title";
  const WordSequence words = split_words(value, {});
  return words.folded.empty() ? std::string() : words.folded.back();
}

std::string attribute_block(const Claim& claim, std::string_view entity, const CompareLexicons& lexicons) {
  if (entity.empty() || claim.attribute_name.empty()) return {};
  std::string block = std::string(to_string(claim.kind)) + "|" + std::string(entity) + "|" + folded_phrase(claim.attribute_name);
  if (claim.attribute_name == "role" || claim.attribute_name == "title") block += "|" + role_key(claim.attribute_value, lexicons);
  return block;
}

bool is_unit_free(ClaimKind kind) {
  return kind == ClaimKind::kPercent || kind == ClaimKind::kAge || kind == ClaimKind::kDuration ||
         kind == ClaimKind::kDate || kind == ClaimKind::kTime;
}

double word_overlap(std::span<const WordId> a, std::span<const WordId> b, std::size_t* shared) {
  std::size_t common = 0;
  for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
    if (*x < *y) {
      ++x;
    } else if (*y < *x) {
      ++y;
    } else {
      ++common;
      ++x;
      ++y;
    }
  }
  if (shared != nullptr) *shared = common;
  const std::size_t smaller = std::min(a.size(), b.size());
  return smaller == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(smaller);
}

ClaimFeatureSet build_claim_features(const Extraction& extraction,
                                     const std::vector<AnalyzedDocument>& documents,
                                     const CompareLexicons& lexicons) {
  return build_claim_features(extraction, read_claim_contexts(extraction.claims, documents, lexicons), lexicons);
}

ClaimFeatureSet build_claim_features(const Extraction& extraction, ClaimContexts contexts,
                                     const CompareLexicons& lexicons) {
  ClaimFeatureSet set;
  set.features.resize(extraction.claims.size());
  {
    std::vector<std::span<const TermId>> sentences;
    sentences.reserve(contexts.sentence_lists.size());
    for (const std::uint32_t list : contexts.sentence_lists) sentences.push_back(contexts.claim_terms[list]);
    set.space = ContextSpace(sentences, contexts.term_text);
  }
  set.claim_terms = std::move(contexts.claim_terms);
  set.term_text = std::move(contexts.term_text);
  TextIndex word_ids;
  for (std::size_t i = 0; i < extraction.claims.size(); ++i) {
    const Claim& claim = extraction.claims[i];
    ClaimFeatures& features = set.features[i];
    if (is_numeric(claim.kind)) {
      const std::string predicate = folded_phrase(claim.predicate);
      features.predicate_group = lexicons.group_of(predicate);
      features.listed_predicate = lexicons.predicate_group.count(predicate) > 0;
    }
    const InternedString& entity_id = claim.kind == ClaimKind::kQuote || claim.kind == ClaimKind::kStatement
                                       ? claim.speaker_id : claim.subject_id;
    const InternedString& entity_name = claim.kind == ClaimKind::kQuote || claim.kind == ClaimKind::kStatement
                                         ? claim.speaker : claim.subject;
    const bool entity_matters = claim.kind == ClaimKind::kAttribute || claim.kind == ClaimKind::kAge;
    features.entity = !entity_id.empty() ? entity_id : InternedString(entity_matters ? folded_phrase(entity_name) : std::string());
    if (claim.kind == ClaimKind::kQuote || claim.kind == ClaimKind::kStatement) {
      features.speaker = !claim.speaker_id.empty() ? claim.speaker_id : InternedString(folded_phrase(claim.speaker));
      if (features.speaker == "unknown") features.speaker.clear();
      features.entity.clear();  // the same words given to another speaker must still align
      features.quoted = quoted_words(claim, lexicons, word_ids, set.word_text);
    }
    features.block = block_of(claim, features, lexicons);
  }
  set.space_ids.resize(set.term_text.size());
  for (TermId id = 0; id < set.term_text.size(); ++id) set.space_ids[id] = set.space.term_id(set.term_text[id]);
  return set;
}

void fill_contexts(ClaimFeatureSet& set, const std::vector<std::size_t>& claims) {
  std::vector<int> ids;
  for (const std::size_t claim : claims) {
    ids.clear();
    for (TermId term : set.terms(claim)) ids.push_back(set.space_ids[term]);
    set.filled_contexts[claim] = set.space.vector_of_ids(ids);
  }
}

void release_contexts(ClaimFeatureSet& set, const std::vector<std::size_t>& claims) {
  for (const std::size_t claim : claims) set.filled_contexts.erase(claim);
}

}  // namespace factdiff
