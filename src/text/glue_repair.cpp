#include "text/glue_repair.h"

#include <array>
#include <limits>
#include <vector>

#include "text/char_class.h"
#include "core/utf8.h"
#include "text/normalizer.h"

namespace factdiff {
namespace {

constexpr std::size_t kMaxPieces = 4;
constexpr std::size_t kMaxGlueBytes = 40;

// Short words scraping glues most often; the rest of the word list's one- and two-letter
// entries are letters and abbreviations that would let anything split.
constexpr std::array<std::string_view, 24> kShortWords = {
    "a", "i", "in", "on", "of", "to", "at", "as", "by", "is", "it", "he", "we", "an", "or", "be",
    "do", "no", "so", "up", "us", "my", "me", "al"};

constexpr std::array<std::string_view, 42> kFunctionWords = {
    "a", "an", "the", "and", "but", "or", "in", "on", "of", "to", "at", "as", "by", "for", "from",
    "with", "that", "which", "who", "this", "is", "was", "are", "were", "has", "had", "have",
    "will", "would", "he", "she", "it", "they", "we", "his", "her", "their", "its", "said", "told",
    "says", "not"};

// Particles that begin the second part of an Arabic or Dutch name: "Bashar al-Assad".
constexpr std::array<std::string_view, 8> kNameParticles = {"al", "el", "bin", "ibn", "abu",
                                                           "de", "van", "von"};

template <std::size_t N>
bool in_list(const std::array<std::string_view, N>& list, std::string_view word) {
  for (std::string_view entry : list) {
    if (entry == word) return true;
  }
  return false;
}

struct Piece {
  std::size_t start, end;  // offsets into the segment
};

class Splitter {
 public:
  Splitter(std::string_view segment, const TokenCounts& counts, const WordList& words)
      : segment_(segment), counts_(counts), words_(words) {
    for (std::size_t i = 0; i < segment.size();) {
      boundaries_.push_back(i);
      i += code_point_at(segment, i).length;
    }
    boundaries_.push_back(segment.size());
  }

  // The cheapest split into 2..kMaxPieces known pieces, or empty.
  std::vector<Piece> best_split() const {
    const std::size_t n = boundaries_.size();
    const double infinity = std::numeric_limits<double>::infinity();
    // cost[k][b]: cheapest way to cover segment[0, boundaries_[b]) with k pieces.
    std::vector<std::vector<double>> cost(kMaxPieces + 1, std::vector<double>(n, infinity));
    std::vector<std::vector<std::size_t>> from(kMaxPieces + 1, std::vector<std::size_t>(n, 0));
    cost[0][0] = 0;
    for (std::size_t k = 1; k <= kMaxPieces; ++k) {
      for (std::size_t b = 1; b < n; ++b) {
        for (std::size_t a = 0; a < b; ++a) {
          if (cost[k - 1][a] == infinity) continue;
          const double piece = piece_cost(boundaries_[a], boundaries_[b]);
          if (piece == infinity) continue;
          const double total = cost[k - 1][a] + piece - (a > 0 && case_change(a) ? 4.0 : 0.0);
          if (total < cost[k][b]) {
            cost[k][b] = total;
            from[k][b] = a;
          }
        }
      }
    }
    std::size_t best_k = 0;
    for (std::size_t k = 2; k <= kMaxPieces; ++k) {
      if (cost[k][n - 1] < infinity && (best_k == 0 || cost[k][n - 1] < cost[best_k][n - 1])) {
        best_k = k;
      }
    }
    std::vector<Piece> pieces;
    if (best_k == 0) return pieces;
    std::size_t b = n - 1;
    for (std::size_t k = best_k; k > 0; --k) {
      const std::size_t a = from[k][b];
      pieces.insert(pieces.begin(), Piece{boundaries_[a], boundaries_[b]});
      b = a;
    }
    return pieces;
  }

  // A boundary before boundaries_[index] where the case changes: "thatEuropean", "ISISfollowing".
  bool case_change(std::size_t index) const {
    if (index == 0 || index + 1 >= boundaries_.size()) return false;
    const char32_t before = code_point_at(segment_, boundaries_[index - 1]).value;
    const char32_t after = code_point_at(segment_, boundaries_[index]).value;
    if (is_lower(before) && is_upper(after)) return true;
    if (index >= 2 && is_upper(before) && is_lower(after)) {
      return is_upper(code_point_at(segment_, boundaries_[index - 2]).value);
    }
    return false;
  }

  bool case_change_at(std::size_t offset) const {
    for (std::size_t i = 1; i + 1 < boundaries_.size(); ++i) {
      if (boundaries_[i] == offset) return case_change(i);
    }
    return false;
  }

 private:
  double piece_cost(std::size_t start, std::size_t end) const {
    std::string_view piece = segment_.substr(start, end - start);
    const std::string norm = normalize_for_matching(piece);
    const std::size_t letters = end - start;
    if (letters <= 2) return in_list(kShortWords, norm) ? 13.0 : infinity();
    if (!words_.contains(norm) && counts_.by_norm(norm) == 0) return infinity();
    // A capitalized piece never seen as written is likely a wrong cut of a name ("Bash|aral").
    const double unseen_name = is_upper(code_point_at(piece, 0).value) && counts_.exact(piece) == 0
                                   ? 6.0
                                   : 0.0;
    return (letters == 3 ? 11.0 : 10.0) + unseen_name;
  }
  static double infinity() { return std::numeric_limits<double>::infinity(); }

  std::string_view segment_;
  const TokenCounts& counts_;
  const WordList& words_;
  std::vector<std::size_t> boundaries_;
};

bool all_letters(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    CodePoint cp = code_point_at(text, i);
    if (!is_letter(cp.value)) return false;
    i += cp.length;
  }
  return true;
}

bool all_upper(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    CodePoint cp = code_point_at(text, i);
    if (is_lower(cp.value)) return false;
    i += cp.length;
  }
  return true;
}

bool capitalized(std::string_view piece) {
  return !piece.empty() && is_upper(code_point_at(piece, 0).value);
}

bool all_lower(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    CodePoint cp = code_point_at(text, i);
    if (is_upper(cp.value)) return false;
    i += cp.length;
  }
  return true;
}

// "baAl": a lower-case letter followed by an upper-case one inside one piece.
bool has_inner_case_change(std::string_view text) {
  bool previous_lower = false;
  for (std::size_t i = 0; i < text.size();) {
    CodePoint cp = code_point_at(text, i);
    if (previous_lower && is_upper(cp.value)) return true;
    previous_lower = is_lower(cp.value);
    i += cp.length;
  }
  return false;
}

// The checks of the header over the chosen pieces: each piece plausible on its own, and some
// evidence that the token is glue rather than a name or a typo.
bool acceptable_split(std::string_view segment, const std::vector<Piece>& pieces, bool hyphenated,
                      const Splitter& splitter, const TokenCounts& counts, const WordList& words) {
  std::vector<std::string_view> texts;
  std::vector<std::string> norms;
  std::vector<bool> function;
  for (const Piece& piece : pieces) {
    texts.push_back(segment.substr(piece.start, piece.end - piece.start));
    norms.push_back(normalize_for_matching(texts.back()));
    function.push_back(all_lower(texts.back()) && in_list(kFunctionWords, norms.back()));
  }
  // The piece before a hyphen joins the rest of the name: "al" of "al-Assad" stands with it.
  if (hyphenated && all_lower(texts.back()) && in_list(kNameParticles, norms.back())) {
    function.back() = true;
    norms.back().clear();
  }
  bool case_boundary = false;
  bool function_piece = false;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    const std::string_view text = texts[i];
    if (has_inner_case_change(text)) return false;
    if (text.size() <= 2 && !function[i]) return false;
    const bool next_to_function = (i > 0 && function[i - 1]) || (i + 1 < pieces.size() && function[i + 1]);
    if (capitalized(text)) {
      if (counts.exact(text) == 0 && !next_to_function) return false;
    } else if (!function[i]) {
      const bool seen = counts.by_norm(norms[i]) > 0;
      if (!seen && !(words.contains(norms[i]) && text.size() >= 5)) return false;
    }
    function_piece = function_piece || function[i];
    if (i > 0 && splitter.case_change_at(pieces[i].start)) case_boundary = true;
  }
  if (case_boundary) return true;
  if (!capitalized(texts[0])) return function_piece;
  // "Hollandecalled": a name seen elsewhere that is not a common word, then words seen elsewhere.
  if (counts.exact(texts[0]) == 0 || words.is_common_word(norms[0])) return false;
  for (std::size_t i = 1; i < pieces.size(); ++i) {
    if (!norms[i].empty() && counts.by_norm(norms[i]) == 0) return false;
  }
  return true;
}

}  // namespace

void TokenCounts::add(std::string_view text, const std::string* norm) {
  const auto [exact_id, new_text] = exact_words_.insert(text);
  if (new_text) {
    exact_counts_.push_back(0);
    if (norm == nullptr) {
      normalize_for_matching(text, norm_buffer_);
      norm = &norm_buffer_;
    }
    const auto [norm_id, new_norm] = norm_words_.insert(*norm);
    if (new_norm) norm_counts_.push_back(0);
    norm_of_exact_.push_back(norm_id);
  }
  ++exact_counts_[exact_id];
  ++norm_counts_[norm_of_exact_[exact_id]];
}

std::size_t TokenCounts::by_norm(const std::string& norm) const {
  const std::size_t id = norm_words_.find(norm);
  return id == StringTable::kAbsent ? 0 : norm_counts_[id];
}

std::size_t TokenCounts::exact(std::string_view text) const {
  const std::size_t id = exact_words_.find(text);
  return id == StringTable::kAbsent ? 0 : exact_counts_[id];
}

std::optional<GlueRepair> repair_glued_token(std::string_view text, const Token& token,
                                             const TokenCounts& counts, const WordList& words) {
  if (token.shape != TokenShape::kWord || token.span.size() < 4 ||
      token.span.size() > kMaxGlueBytes) {
    return std::nullopt;
  }
  std::string_view whole = text.substr(token.span.start, token.span.size());
  if (counts.by_norm(token.norm) > 1 || words.contains(token.norm)) return std::nullopt;
  // Only the first part of a hyphenated token can be glued: "Basharal-Assad".
  const std::size_t hyphen = whole.find('-');
  std::string_view segment = whole.substr(0, hyphen);
  if (segment.size() < 4 || !all_letters(segment) || all_upper(segment)) return std::nullopt;
  if (hyphen != std::string_view::npos && words.contains(segment)) return std::nullopt;

  Splitter splitter(segment, counts, words);
  std::vector<Piece> pieces = splitter.best_split();
  if (pieces.empty() || !acceptable_split(segment, pieces, hyphen != std::string_view::npos, splitter,
                                            counts, words)) {
    return std::nullopt;
  }

  GlueRepair repair;
  repair.span = token.span;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    const bool last = i + 1 == pieces.size();
    const std::size_t end = last ? whole.size() : pieces[i].end;  // the rest after a hyphen
    repair.pieces.push_back({token.span.start + pieces[i].start, token.span.start + end});
    if (i > 0) repair.shown += ' ';
    repair.shown += decode_lossy(whole.substr(pieces[i].start, end - pieces[i].start));
  }
  return repair;
}

}  // namespace factdiff
