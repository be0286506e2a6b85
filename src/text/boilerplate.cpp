#include "text/boilerplate.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <memory_resource>
#include <span>
#include <string_view>
#include <utility>
#include <unordered_set>

#include "core/word_hash.h"
#include "text/char_class.h"
#include "text/dateline.h"
#include "text/normalizer.h"

namespace factdiff {
namespace {

constexpr std::size_t kShingleWords = 4;
constexpr std::size_t kMinPullQuoteWords = 8;
// Copies are paragraphs; a block longer than this (a page on one line) is not compared.
constexpr std::size_t kMaxCopiedWords = 2000;
constexpr double kPullQuoteOverlap = 0.8;
constexpr std::size_t kMaxTitleCaseWords = 15;
constexpr std::size_t kMaxHeadingWords = 8;
// Chrome is short: a block longer than this is never matched against patterns or shape cues
// (a 20 MB page on one line is content, and is not scanned by every rule).
constexpr std::size_t kMaxChromeBytes = 16384;
// A phrase shared by more blocks than this is a template, not a copy; capping keeps the
// comparison linear on pages of thousands of similar lines.
constexpr std::size_t kMaxBlocksPerShingle = 16;
// A teaser rail shows each teaser twice in a row (A A B B C C): this many doubled teasers
// make a rail, and a rail goes on across at most this many single blocks between them.
constexpr std::size_t kMinDoubledTeasersInRail = 3;
constexpr std::size_t kMaxSingleBlocksInRail = 6;
// Headings and story links set between the paragraphs of a report are short lines of their own;
// one such line may be a caption or a lone subtitle, a page that has this many sets links or
// section headings between its paragraphs as a habit.
constexpr std::size_t kMinInterleavedHeadingWords = 4;
constexpr std::size_t kMaxInterleavedHeadingWords = 15;
constexpr std::size_t kMinInterleavedHeadingsOnPage = 2;
// A teaser shown twice may be cut short at two lengths ("... seek to strengthen..." and "... seek
// to..."); the shorter copy must still be long enough to be no common phrase.
constexpr std::size_t kMinTruncatedTeaserWords = 12;

// A word of a block's normalized text, hashed (blocks of a 100 MB page would not fit as strings).
// The lowest bit tells whether the word is a number, for the copy test below.
using HashedWord = std::uint64_t;
using BlockWords = std::vector<HashedWord>;

// Every word of every block is hashed: the lexicons' word hash, which reads a short word in
// two loads where the standard string hash loops over its bytes.
HashedWord hash_word(std::string_view word) {
  const HashedWord hash = WordHash{}(word);
  const bool number = !word.empty() && word[0] >= '0' && word[0] <= '9';
  return (hash & ~HashedWord{1}) | (number ? 1 : 0);
}

bool is_number_word(HashedWord hash) { return (hash & 1) != 0; }

// The words of a block's normalized text: runs of letters and digits (inner apostrophes kept).
// `view` holds the normalized text; its buffer is reused from block to block.
BlockWords words_of(std::string_view original, std::string& view) {
  normalize_for_matching(original, view);
  BlockWords words;
  words.reserve(view.size() / 6 + 1);  // about one word in six bytes of prose
  std::size_t word_start = std::string::npos;
  for (std::size_t i = 0; i < view.size();) {
    // Every block's every byte passes here, and a normalized text is nearly all ASCII: a letter
    // or digit, or a byte between words, is told by a table before any code point is decoded.
    const auto byte = static_cast<unsigned char>(view[i]);
    if (byte < 0x80 && byte != '\'') {
      if (ascii_kind(byte) != AsciiKind::kOther) {
        if (word_start == std::string::npos) word_start = i;
        // The rest of its run of ASCII letters and digits at once; the byte that ends the run,
        // whatever it is, is read by the loop.
        do {
          ++i;
        } while (i < view.size() && static_cast<unsigned char>(view[i]) < 0x80 &&
                 ascii_kind(static_cast<unsigned char>(view[i])) != AsciiKind::kOther);
        continue;
      } else if (word_start != std::string::npos) {
        words.push_back(hash_word(std::string_view(view).substr(word_start, i - word_start)));
        word_start = std::string::npos;
      }
      ++i;
      continue;
    }
    CodePoint cp = code_point_at(view, i);
    const bool inner_apostrophe = cp.value == '\'' && word_start != std::string::npos &&
                                  i + 1 < view.size() && is_letter(code_point_at(view, i + 1).value);
    if (is_letter(cp.value) || is_digit(cp.value) || inner_apostrophe) {
      if (word_start == std::string::npos) word_start = i;
    } else if (word_start != std::string::npos) {
      words.push_back(hash_word(std::string_view(view).substr(word_start, i - word_start)));
      word_start = std::string::npos;
    }
    i += cp.length;
  }
  if (word_start != std::string::npos) words.push_back(hash_word(std::string_view(view).substr(word_start)));
  return words;
}

std::string_view line_content(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

// A line continues the previous one when it starts in lower case ("attacks have thrust...").
bool continues_previous(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return false;
  return is_lower(code_point_at(line, first).value);
}

bool ends_with_terminal(std::string_view text) {
  while (!text.empty()) {
    CodePoint cp = code_point_before(text, text.size());
    if (is_closing_quote(cp.value) || is_space(cp.value)) {
      text.remove_suffix(cp.length);
      continue;
    }
    return cp.value == '.' || cp.value == '!' || cp.value == '?' || cp.value == 0x2026;
  }
  return false;
}

bool starts_with_bullet(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return false;
  CodePoint cp = code_point_at(text, first);
  return is_bullet(cp.value) ||
         ((cp.value == '*' || cp.value == '-') && first + 1 < text.size() && text[first + 1] == ' ');
}

// "• Thomia Wadley, 21, who was shot in the leg; and": an item of a running list of facts,
// not a link to another story.
bool continues_list(std::string_view text) {
  const char last = text.back();
  if (last == ';' || last == ',' || last == ':') return true;
  auto ends_with = [&](std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
  };
  return ends_with(" and") || ends_with(" or");
}

// Every word capitalized ("Woman Killed In Queens Hit-And-Run Accident"): a headline link.
bool is_title_case_line(std::string_view text, std::size_t word_count) {
  if (word_count < 4 || word_count > kMaxTitleCaseWords || ends_with_terminal(text)) return false;
  bool at_word_start = true;
  for (std::size_t i = 0; i < text.size();) {
    CodePoint cp = code_point_at(text, i);
    if (is_letter(cp.value) || is_digit(cp.value)) {
      if (at_word_start && is_lower(cp.value)) return false;
      at_word_start = false;
    } else if (is_space(cp.value)) {
      at_word_start = true;
    }
    i += cp.length;
  }
  return true;
}

std::size_t line_breaks_between(std::string_view text, const Span& first, const Span& second) {
  std::string_view between = text.substr(first.end, second.start - first.end);
  return static_cast<std::size_t>(std::count(between.begin(), between.end(), '\n'));
}

// Lines adjacent in one paragraph: exactly one line break between the blocks.
bool same_paragraph(std::string_view text, const Span& first, const Span& second) {
  return line_breaks_between(text, first, second) == 1;
}

void mark(Block& block, const std::string& reason) {
  if (block.boilerplate || block.is_title) return;
  block.boilerplate = true;
  block.reason = reason;
}

void apply_patterns(std::string_view text, std::vector<Block>& blocks,
                    const BoilerplateRules& rules) {
  std::vector<int> matched;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (blocks[b].is_title || blocks[b].boilerplate || blocks[b].span.size() > kMaxChromeBytes) {
      continue;
    }
    std::string_view content = text.substr(blocks[b].span.start, blocks[b].span.size());
    // The set's DFA works within a memory budget (rules/rule_set.cpp). A block it cannot read
    // within that budget is reported as such, not as unmatched: every pattern is then tried on
    // its own, so the budget never changes what is marked.
    bool set_answered = false;
    if (rules.pattern_set) {
      // Asked first only whether any pattern matches: a set asked which ones allocates a list of
      // them on every call, and nearly every block matches none.
      RE2::Set::ErrorInfo error{RE2::Set::kNoError};
      const bool any_at_all = rules.pattern_set->match(content, nullptr, &error);
      if (error.kind == RE2::Set::kNoError && !any_at_all) continue;
      matched.clear();
      error = {RE2::Set::kNoError};
      const bool any = rules.pattern_set->match(content, &matched, &error);
      set_answered = error.kind == RE2::Set::kNoError;
      if (set_answered && !any) continue;
    }
    for (std::size_t p = 0; p < rules.patterns.size(); ++p) {
      const BoilerplatePattern& pattern = rules.patterns[p];
      if (set_answered && std::find(matched.begin(), matched.end(), static_cast<int>(p)) == matched.end()) {
        continue;
      }
      if (!pattern.regex || !RE2::PartialMatch(content, *pattern.regex)) continue;
      mark(blocks[b], "rule:" + pattern.id);
      if (pattern.absorbs_next_line && b + 1 < blocks.size() &&
          same_paragraph(text, blocks[b].span, blocks[b + 1].span)) {
        mark(blocks[b + 1], "rule:" + pattern.id);
      }
      break;
    }
  }
}

void apply_navigation_words(const std::vector<BlockWords>& words, std::vector<Block>& blocks,
                            const BoilerplateRules& rules) {
  if (rules.navigation_words.empty()) return;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (words[b].empty() || words[b].size() > 4) continue;
    const std::string* rule_id = nullptr;
    for (HashedWord word : words[b]) {
      auto it = rules.navigation_words.find(word);
      rule_id = it == rules.navigation_words.end() ? nullptr : &it->second;
      if (rule_id == nullptr) break;
    }
    if (rule_id != nullptr) mark(blocks[b], "rule:" + *rule_id);
  }
}

std::size_t shingle_hash(const BlockWords& words, std::size_t at) {
  std::size_t hash = 0;
  for (std::size_t k = 0; k < kShingleWords; ++k) hash = hash * 1000003u ^ words[at + k];
  return hash;
}

// Template sentences ("X, 24, of Detroit, is charged with...") share most shingles but differ
// in their figures: a copy repeats every number of the block it copies.
bool numbers_included(const BlockWords& copy, const BlockWords& source) {
  for (HashedWord word : copy) {
    if (!is_number_word(word)) continue;
    if (std::find(source.begin(), source.end(), word) == source.end()) return false;
  }
  return true;
}

bool has_quote_marks(std::string_view text) {
  return text.find('"') != std::string_view::npos ||
         text.find("\xE2\x80\x9C") != std::string_view::npos ||
         text.find("\xE2\x80\x9D") != std::string_view::npos;
}

bool same_words(const std::vector<BlockWords>& words, std::size_t a, std::size_t b) {
  return !words[a].empty() && words[a] == words[b];
}

// The same teaser twice: the same words, or one copy cut shorter than the other. The last word
// of the shorter copy may be cut inside the word, so it is not compared.
bool same_teaser(const std::vector<BlockWords>& words, std::size_t a, std::size_t b) {
  if (same_words(words, a, b)) return true;
  const BlockWords& shorter = words[a].size() < words[b].size() ? words[a] : words[b];
  const BlockWords& longer = words[a].size() < words[b].size() ? words[b] : words[a];
  if (shorter.size() < kMinTruncatedTeaserWords || shorter.size() == longer.size()) return false;
  return std::equal(shorter.begin(), shorter.end() - 1, longer.begin());
}

// One repeated caption keeps its first copy, but a run of different blocks each shown twice in
// a row is a rail of teasers for other stories: both copies of every teaser are chrome.
void apply_doubled_teaser_rail(const std::vector<BlockWords>& words, std::vector<Block>& blocks) {
  std::vector<std::size_t> rail;  // first copies of the doubled teasers of the current run
  auto close_rail = [&] {
    if (rail.size() >= kMinDoubledTeasersInRail) {
      for (std::size_t first : rail) {
        mark(blocks[first], "cue:teaser-rail");
        mark(blocks[first + 1], "cue:teaser-rail");
      }
    }
    rail.clear();
  };
  for (std::size_t b = 0; b + 1 < blocks.size(); ++b) {
    if (!same_teaser(words, b, b + 1)) continue;
    const bool new_teaser = rail.empty() || !same_teaser(words, rail.back(), b);
    if (!new_teaser) continue;
    if (!rail.empty() && b > rail.back() + 2 + kMaxSingleBlocksInRail) close_rail();
    rail.push_back(b);
    ++b;
  }
  close_rail();
}

// Blocks compared for copies: long enough to be no common phrase, short enough to be a paragraph.
bool has_shingles(const BlockWords& words) {
  return words.size() >= kMinPullQuoteWords && words.size() <= kMaxCopiedWords;
}

// The blocks holding each shared shingle, the first kMaxBlocksPerShingle of them in block order:
// one sorted list of (shingle, block) pairs, where a hash map of lists cost two allocations for
// every distinct shingle of every document. Most shingles of a report are held by one block
// only: those are found first with one table of shingles and left out of the list (a block
// holding one alone finds no other block by it).
class ShingleHolders {
 public:
  explicit ShingleHolders(const std::vector<BlockWords>& words) : may_be_copy_(words.size(), false) {
    std::size_t total = 0;
    for (const BlockWords& of_block : words) {
      if (has_shingles(of_block)) total += of_block.size() - kShingleWords + 1;
    }
    if (total == 0) return;
    ShingleTable table(total);
    mark_shared_shingles(words, table);
    list_shared_shingles(words, table);
    std::sort(pairs_.begin(), pairs_.end());
    pairs_.erase(std::unique(pairs_.begin(), pairs_.end()), pairs_.end());
    for (const auto& pair : pairs_) holders_.push_back(pair.second);
  }

  // The holders of `hash`, in block order, at most kMaxBlocksPerShingle; none for a shingle
  // that one block alone holds.
  std::span<const std::size_t> of(std::size_t hash) const {
    const auto first = std::lower_bound(pairs_.begin(), pairs_.end(), std::make_pair(hash, std::size_t{0}));
    std::size_t count = 0;
    for (auto it = first; it != pairs_.end() && it->first == hash && count < kMaxBlocksPerShingle; ++it) {
      ++count;
    }
    return {holders_.data() + (first - pairs_.begin()), count};
  }

  // Whether other blocks hold at least kPullQuoteOverlap of the block's distinct shingles:
  // otherwise no single other block can hold that many, and the block is no copy.
  bool may_be_copy(std::size_t block) const { return may_be_copy_[block]; }

 private:
  // Block numbers in the table as 32 bits: 16 bytes a slot, for as long as the holders are
  // being listed (the peak of memory on a page of a hundred megabytes). A block spans at least a
  // byte and a line ending of a text with 32-bit offsets, so its number stays below kShared.
  static constexpr std::uint32_t kEmpty = static_cast<std::uint32_t>(-1);
  static constexpr std::uint32_t kShared = kEmpty - 1;  // held by more than one block
  struct Entry {
    std::size_t hash = 0;
    std::uint32_t holder = kEmpty;       // the one block holding it, kShared, or kEmpty
    std::uint32_t counted_for = kEmpty;  // the last block whose distinct shingles counted it
  };
  class ShingleTable {
   public:
    explicit ShingleTable(std::size_t shingles) {
      // At most three slots in four full: probes stay short, and the table of a page of a
      // hundred megabytes stays well under its words' size.
      while (3 * (std::size_t{1} << bits_) < 4 * shingles) ++bits_;
      slots_.assign(std::size_t{1} << bits_, Entry{});
    }
    Entry& operator[](std::size_t hash) {
      const std::size_t mask = slots_.size() - 1;
      std::size_t slot = static_cast<std::size_t>((hash * 0x9E3779B97F4A7C15u) >> (64 - bits_));
      while (slots_[slot].holder != kEmpty && slots_[slot].hash != hash) slot = (slot + 1) & mask;
      return slots_[slot];
    }

   private:
    int bits_ = 4;
    std::vector<Entry> slots_;  // open addressing, size 1 << bits_
  };

  void mark_shared_shingles(const std::vector<BlockWords>& words, ShingleTable& table) {
    for (std::size_t b = 0; b < words.size(); ++b) {
      if (!has_shingles(words[b])) continue;
      for (std::size_t at = 0; at + kShingleWords <= words[b].size(); ++at) {
        const std::size_t hash = shingle_hash(words[b], at);
        Entry& entry = table[hash];
        if (entry.holder == kEmpty) {
          entry.hash = hash;
          entry.holder = static_cast<std::uint32_t>(b);
        } else if (entry.holder != b) {
          entry.holder = kShared;
        }
      }
    }
  }

  // Each block's distinct shingles once: the shared ones listed with the block, and counted
  // against the others.
  void list_shared_shingles(const std::vector<BlockWords>& words, ShingleTable& table) {
    for (std::size_t b = 0; b < words.size(); ++b) {
      if (!has_shingles(words[b])) continue;
      std::size_t shared = 0, alone = 0;
      for (std::size_t at = 0; at + kShingleWords <= words[b].size(); ++at) {
        const std::size_t hash = shingle_hash(words[b], at);
        Entry& entry = table[hash];
        if (entry.counted_for == b) continue;
        entry.counted_for = static_cast<std::uint32_t>(b);
        if (entry.holder == kShared) {
          ++shared;
          pairs_.push_back({hash, b});
        } else {
          ++alone;
        }
      }
      may_be_copy_[b] = static_cast<double>(shared) / static_cast<double>(shared + alone) >= kPullQuoteOverlap;
    }
  }

  std::vector<bool> may_be_copy_;                            // by block
  std::vector<std::pair<std::size_t, std::size_t>> pairs_;  // (shared shingle, block), sorted
  std::vector<std::size_t> holders_;                        // the blocks of pairs_, in its order
};

// The block's distinct shingles, in the order a fresh std::unordered_set gives them (the order
// decides which copy is found first, below). The set's nodes come from `arena`, reused from block
// to block, where a heap allocation and release for every node took a ninth of the boilerplate
// stage. The same insertions into a set of the same type iterate in the same order whatever
// memory holds it; a set outgrowing the arena takes the rest from the heap.
std::vector<std::size_t> distinct_shingles(const BlockWords& words, std::vector<std::byte>& arena) {
  // A node holds a link and a value; the bucket arrays of all rehashes together take about as
  // much again.
  const std::size_t expected_bytes = 4 * sizeof(void*) * words.size() + 256;
  if (arena.size() < expected_bytes) arena.resize(expected_bytes);
  std::pmr::monotonic_buffer_resource memory(arena.data(), arena.size());
  std::pmr::unordered_set<std::size_t> unique(&memory);
  for (std::size_t at = 0; at + kShingleWords <= words.size(); ++at) {
    unique.insert(shingle_hash(words, at));
  }
  return std::vector<std::size_t>(unique.begin(), unique.end());
}

// Verbatim repeats (captions shown twice) and pull quotes (a body quote restated without its
// quote marks) are analysed once: the later or quote-less copy is marked.
void apply_repetition(std::string_view text, const std::vector<BlockWords>& words,
                      std::vector<Block>& blocks) {
  // Keyed by the bytes of each block's word hashes, which the blocks' word lists keep alive.
  std::unordered_set<std::string_view> seen;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (words[b].empty()) continue;
    const std::string_view key(reinterpret_cast<const char*>(words[b].data()),
                               words[b].size() * sizeof(HashedWord));
    if (!seen.insert(key).second) mark(blocks[b], "cue:repeated-block");
  }
  const ShingleHolders blocks_of_shingle(words);
  // Only the blocks that may be copies, and the blocks they are compared with, need their
  // distinct shingles: listed when first asked for. The order of each block's shingles decides
  // which copy is found first below: it stays the order of a fresh hash set per block, as it
  // always was.
  std::vector<std::vector<std::size_t>> shingles(blocks.size());
  std::vector<bool> listed(blocks.size(), false);
  std::vector<std::byte> arena;
  auto shingles_of = [&](std::size_t b) -> const std::vector<std::size_t>& {
    if (!listed[b]) {
      if (has_shingles(words[b])) shingles[b] = distinct_shingles(words[b], arena);
      listed[b] = true;
    }
    return shingles[b];
  };
  auto overlap = [&](std::size_t a, std::size_t b) {
    const std::vector<std::size_t>& of_a = shingles_of(a);
    const std::vector<std::size_t>& of_b_list = shingles_of(b);
    std::unordered_set<std::size_t> of_b(of_b_list.begin(), of_b_list.end());
    std::size_t shared = 0;
    for (std::size_t hash : of_a) shared += of_b.count(hash);
    return of_a.empty() ? 0.0 : static_cast<double>(shared) / of_a.size();
  };
  for (std::size_t a = 0; a < blocks.size(); ++a) {
    if (!blocks_of_shingle.may_be_copy(a) || blocks[a].boilerplate || blocks[a].is_title) continue;
    std::unordered_map<std::size_t, std::size_t> hits;
    for (std::size_t hash : shingles_of(a)) {
      for (std::size_t b : blocks_of_shingle.of(hash)) {
        if (b != a) ++hits[b];
      }
    }
    for (const auto& [b, count] : hits) {
      if (blocks[b].boilerplate || !numbers_included(words[a], words[b])) continue;
      if (static_cast<double>(count) / shingles[a].size() < kPullQuoteOverlap) continue;
      const bool mutual = overlap(b, a) >= kPullQuoteOverlap;
      bool mark_a = true;
      if (mutual && !blocks[b].is_title) {
        const bool a_quoted = has_quote_marks(text.substr(blocks[a].span.start, blocks[a].span.size()));
        const bool b_quoted = has_quote_marks(text.substr(blocks[b].span.start, blocks[b].span.size()));
        mark_a = a_quoted == b_quoted ? a > b : !a_quoted;
      }
      if (mark_a) {
        const bool quote_less_copy =
            mutual && has_quote_marks(text.substr(blocks[b].span.start, blocks[b].span.size())) &&
            !has_quote_marks(text.substr(blocks[a].span.start, blocks[a].span.size()));
        mark(blocks[a], blocks[b].is_title ? "cue:repeated-title"
                        : quote_less_copy  ? "cue:pull-quote"
                                           : "cue:repeated-passage");
        break;
      }
    }
  }
}

void apply_shape_cues(std::string_view text, const std::vector<BlockWords>& words,
                      std::vector<Block>& blocks) {
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (blocks[b].span.size() > kMaxChromeBytes) continue;
    std::string_view content = text.substr(blocks[b].span.start, blocks[b].span.size());
    if (words[b].empty()) {
      mark(blocks[b], "cue:no-words");
    } else if (content.size() <= 80 && parse_date_text(content)) {
      mark(blocks[b], "cue:dateline");
    } else if (is_title_case_line(content, words[b].size())) {
      mark(blocks[b], "cue:title-case-line");
    }
  }
  // Runs of two or more bulleted lines without final punctuation: lists of headline links.
  // (Each item is tested on its own: a list of victims ends its items with ';' or 'and'.)
  for (std::size_t b = 0; b < blocks.size();) {
    std::size_t end = b;
    while (end < blocks.size()) {
      std::string_view content = text.substr(blocks[end].span.start, blocks[end].span.size());
      if (!starts_with_bullet(content) || ends_with_terminal(content) ||
          continues_list(content)) {
        break;
      }
      ++end;
    }
    if (end - b >= 2) {
      for (std::size_t k = b; k < end; ++k) mark(blocks[k], "cue:headline-list");
    }
    b = std::max(end, b + 1);
  }
}

// Blocks with a blank line between them: separate paragraphs.
bool paragraphs_apart(std::string_view text, const Span& first, const Span& second) {
  return line_breaks_between(text, first, second) >= 2;
}

// The last code point that is no space and no closing quote ("... said.\"" ends with '.').
char32_t last_mark(std::string_view text) {
  while (!text.empty()) {
    CodePoint cp = code_point_before(text, text.size());
    if (cp.value != ')' && (is_closing_quote(cp.value) || is_space(cp.value))) {
      text.remove_suffix(cp.length);
      continue;
    }
    return cp.value;
  }
  return 0;
}

// A paragraph of the report around a heading: content that ends as a sentence ends.
bool is_prose_paragraph(std::string_view text, const Block& block) {
  return !block.boilerplate && !block.is_title &&
         ends_with_terminal(text.substr(block.span.start, block.span.size()));
}

// "Hundreds gathered for a vigil downtown", "Update on the injured": a short line of its own,
// ending without punctuation, between two paragraphs of the report. A line ending in a comma or
// a colon is cut from a sentence or introduces what follows; one ending in a parenthesis closes
// a photo credit, and a caption is reporting.
bool is_interleaved_heading(std::string_view text, const std::vector<BlockWords>& words,
                            const std::vector<Block>& blocks, std::size_t b) {
  if (b == 0 || b + 1 >= blocks.size() || blocks[b].is_title || blocks[b].boilerplate) return false;
  if (words[b].size() < kMinInterleavedHeadingWords || words[b].size() > kMaxInterleavedHeadingWords) {
    return false;
  }
  std::string_view content = text.substr(blocks[b].span.start, blocks[b].span.size());
  if (content.find('\n') != std::string_view::npos || ends_with_terminal(content)) return false;
  const char32_t last = last_mark(content);
  if (last == ',' || last == ';' || last == ':' || last == ')' || is_dash(last)) return false;
  return paragraphs_apart(text, blocks[b - 1].span, blocks[b].span) &&
         paragraphs_apart(text, blocks[b].span, blocks[b + 1].span) &&
         is_prose_paragraph(text, blocks[b - 1]) && is_prose_paragraph(text, blocks[b + 1]);
}

// Related-story links and section headings a page sets between its paragraphs ("Hundreds
// gathered for a vigil downtown" inside a report on the shooting): marked when the page does so
// more than once, so a lone caption or subtitle stays content.
void apply_interleaved_headings(std::string_view text, const std::vector<BlockWords>& words,
                                std::vector<Block>& blocks) {
  std::vector<std::size_t> headings;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (is_interleaved_heading(text, words, blocks, b)) headings.push_back(b);
  }
  if (headings.size() < kMinInterleavedHeadingsOnPage) return;
  for (std::size_t b : headings) mark(blocks[b], "cue:interleaved-heading");
}

// A short heading whose next block is boilerplate heads that boilerplate ("Latest" over a
// headline list, a video's name over its card). Walks backwards so stacked headings follow.
void apply_heading_context(std::string_view text, const std::vector<BlockWords>& words,
                           std::vector<Block>& blocks) {
  for (std::size_t b = blocks.size(); b-- > 1;) {
    if (!blocks[b].boilerplate) continue;
    Block& heading = blocks[b - 1];
    std::string_view content = text.substr(heading.span.start, heading.span.size());
    if (heading.boilerplate || heading.is_title || words[b - 1].empty()) continue;
    if (words[b - 1].size() > kMaxHeadingWords || ends_with_terminal(content)) continue;
    if (content.back() == ':' || content.back() == ',') continue;  // introduces what follows
    mark(heading, "cue:heading-of-boilerplate");
  }
}

}  // namespace

void BoilerplateRules::add_navigation_word(std::string_view word, const std::string& rule_id) {
  navigation_words[hash_word(normalize_for_matching(word))] = rule_id;
}

BoilerplateRules BoilerplateRules::from_rule_set(const RuleSet& rules) {
  BoilerplateRules result;
  for (const Rule* rule : rules.patterns("boilerplate")) {
    auto absorbs = rule->fields.find("absorbs");
    result.patterns.push_back(
        {rule->id, rule->regex, absorbs != rule->fields.end() && absorbs->second == "next_line"});
  }
  for (const auto& [key, entry] : rules.lexicon("navigation_words")) {
    result.add_navigation_word(key, entry.rule_id);
  }
  // Compiled once per RuleSet: a set built here would be rebuilt for every run of documents, and
  // its DFA would start cold every time.
  result.pattern_set = rules.pattern_set("boilerplate");
  return result;
}

BoilerplateRules BoilerplateRules::from_rule(const Rule& rule) {
  BoilerplateRules result;
  if (rule.type == RuleType::kPattern) {
    auto absorbs = rule.fields.find("absorbs");
    result.patterns.push_back(
        {rule.id, rule.regex, absorbs != rule.fields.end() && absorbs->second == "next_line"});
  } else {
    for (const LexiconEntry& entry : rule.entries) {
      result.add_navigation_word(entry.key, rule.id);
    }
  }
  return result;
}

std::vector<Block> find_blocks(std::string_view text) {
  std::vector<Block> blocks;
  bool previous_blank = true;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = line_content(text.substr(start, end - start));
    if (is_blank(line)) {
      previous_blank = true;
    } else {
      const std::size_t first = start + line.find_first_not_of(" \t\f\v");
      const std::size_t last = start + line.find_last_not_of(" \t\f\v") + 1;
      const bool joins = !previous_blank && !blocks.empty() && !blocks.back().is_title &&
                         continues_previous(line);
      if (joins) {
        blocks.back().span.end = last;
      } else {
        Block block;
        block.span = {first, last};
        block.is_title = blocks.empty();
        blocks.push_back(block);
      }
      previous_blank = false;
    }
    start = end + 1;
  }
  // A byte-order mark is not part of the title.
  if (!blocks.empty() && text.substr(blocks[0].span.start, 3) == "\xEF\xBB\xBF") {
    blocks[0].span.start = std::min(blocks[0].span.start + 3, blocks[0].span.end);
  }
  return blocks;
}

void mark_boilerplate(std::string_view text, std::vector<Block>& blocks,
                      const BoilerplateRules& rules) {
  std::vector<BlockWords> words;
  words.reserve(blocks.size());
  std::string view;
  for (const Block& block : blocks) {
    words.push_back(block.span.size() > kMaxChromeBytes
                        ? BlockWords()
                        : words_of(text.substr(block.span.start, block.span.size()), view));
  }
  apply_patterns(text, blocks, rules);
  apply_navigation_words(words, blocks, rules);
  if (!rules.use_cues) return;
  apply_shape_cues(text, words, blocks);
  apply_doubled_teaser_rail(words, blocks);
  apply_repetition(text, words, blocks);
  apply_interleaved_headings(text, words, blocks);
  apply_heading_context(text, words, blocks);
}

}  // namespace factdiff
