// Features are derived from the claim and its sentence only: never from the value, so that 129
// and 132 killed land in one fact and are judged, not separated, by what they say.
#include "align/claim_features.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace factdiff {
namespace {

bool starts_with_digit(const std::string& word) { return !word.empty() && word[0] >= '0' && word[0] <= '9'; }

std::string folded_phrase(std::string_view text) {
  const WordSequence words = split_words(text, {});
  std::string out;
  for (const std::string& word : words.folded) {
    if (!out.empty()) out.push_back(' ');
    out += word;
  }
  return out;
}

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
      return features.word_ids.empty() ? std::string() : kind;
    case ClaimKind::kAttribute:
      return attribute_block(claim, features.entity, lexicons);
    default:
      return kind;
  }
}

// Context terms and quoted words are numbered in order of first use; TermId and WordId are both
// an index into their text list.
using TextIndex = std::unordered_map<std::string, std::uint32_t>;

std::uint32_t intern(const std::string& word, TextIndex& index, std::vector<std::string>& text) {
  const auto [it, inserted] = index.emplace(word, static_cast<std::uint32_t>(text.size()));
  if (inserted) text.push_back(word);
  return it->second;
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

void add_quoted_words(ClaimFeatures& features, const Claim& claim, const CompareLexicons& lexicons,
                      TextIndex& index, std::vector<std::string>& text) {
  const WordSequence words = split_words(claim.quote, lexicons.spelling);
  features.word_ids.reserve(words.size());
  features.word_segments.reserve(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    features.word_ids.push_back(intern(words.folded[i], index, text));
    features.word_segments.push_back(static_cast<std::uint32_t>(words.segment[i]));
  }
  features.opening_surface.assign(words.surface.begin(),
                                  words.surface.begin() + static_cast<std::ptrdiff_t>(std::min(kLabelWords, words.size())));
  features.word_set = sorted_distinct(features.word_ids);
  for (const WordId word : features.word_set) {
    if (lexicons.function_words.count(text[word]) == 0) features.content_words.push_back(word);
  }
  if (features.content_words.empty()) features.content_words = features.word_set;
  features.retrieval_order = hash_set_order(words, lexicons, index);
}

}  // namespace

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

double word_overlap(const std::vector<WordId>& a, const std::vector<WordId>& b, std::size_t* shared) {
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
  std::unordered_map<std::string, const AnalyzedDocument*> analysis_of;
  for (const AnalyzedDocument& analysis : documents) {
    if (analysis.document != nullptr) analysis_of[analysis.document->id] = &analysis;
  }
  ClaimFeatureSet set;
  set.features.resize(extraction.claims.size());
  // One context per distinct sentence for document frequencies.
  std::map<std::pair<std::string, std::pair<std::size_t, std::size_t>>, std::size_t> context_index;
  std::vector<std::vector<std::string>> contexts;
  TextIndex term_ids;
  TextIndex word_ids;
  for (std::size_t i = 0; i < extraction.claims.size(); ++i) {
    const Claim& claim = extraction.claims[i];
    ClaimFeatures& features = set.features[i];
    features.claim = i;
    const auto found = analysis_of.find(claim.doc);
    std::vector<std::string> terms =
        context_terms(claim, found == analysis_of.end() ? nullptr : found->second, lexicons);
    features.terms.reserve(terms.size());
    for (const std::string& term : terms) features.terms.push_back(intern(term, term_ids, set.term_text));
    const auto key = std::make_pair(claim.doc, std::make_pair(claim.sentence.start, claim.sentence.end));
    if (context_index.emplace(key, contexts.size()).second) contexts.push_back(std::move(terms));

    if (is_numeric(claim.kind)) {
      const std::string predicate = folded_phrase(claim.predicate);
      features.predicate_group = lexicons.group_of(predicate);
      features.listed_predicate = lexicons.predicate_group.count(predicate) > 0;
    }
    const std::string& entity_id = claim.kind == ClaimKind::kQuote || claim.kind == ClaimKind::kStatement
                                       ? claim.speaker_id : claim.subject_id;
    const std::string& entity_name = claim.kind == ClaimKind::kQuote || claim.kind == ClaimKind::kStatement
                                         ? claim.speaker : claim.subject;
    const bool entity_matters = claim.kind == ClaimKind::kAttribute || claim.kind == ClaimKind::kAge;
    features.entity = !entity_id.empty() ? entity_id : (entity_matters ? folded_phrase(entity_name) : std::string());
    if (claim.kind == ClaimKind::kQuote || claim.kind == ClaimKind::kStatement) {
      features.speaker = !claim.speaker_id.empty() ? claim.speaker_id : folded_phrase(claim.speaker);
      if (features.speaker == "unknown") features.speaker.clear();
      features.entity.clear();  // the same words given to another speaker must still align
      add_quoted_words(features, claim, lexicons, word_ids, set.word_text);
    }
    features.block = block_of(claim, features, lexicons);
  }
  set.space = ContextSpace(contexts);
  std::vector<int> space_ids(set.term_text.size());
  for (TermId id = 0; id < set.term_text.size(); ++id) space_ids[id] = set.space.term_id(set.term_text[id]);
  std::vector<int> ids;
  for (ClaimFeatures& features : set.features) {
    ids.clear();
    for (TermId term : features.terms) ids.push_back(space_ids[term]);
    features.context = set.space.vector_of_ids(ids);
  }
  return set;
}

}  // namespace factdiff
