#include "judge/quote_diff.h"

#include <algorithm>

namespace factdiff {
namespace {

std::vector<std::vector<std::size_t>> lcs_table(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::vector<std::size_t>> table(a.size() + 1, std::vector<std::size_t>(b.size() + 1, 0));
  for (std::size_t i = a.size(); i-- > 0;) {
    for (std::size_t j = b.size(); j-- > 0;) {
      table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : std::max(table[i + 1][j], table[i][j + 1]);
    }
  }
  return table;
}

WordSequence slice(const WordSequence& words, std::size_t begin, std::size_t end) {
  WordSequence out;
  for (std::size_t i = begin; i < end; ++i) {
    out.folded.push_back(words.folded[i]);
    out.surface.push_back(words.surface[i]);
    out.segment.push_back(words.segment[i] - words.segment[begin]);
    out.trailing.push_back(words.trailing[i]);
  }
  return out;
}

bool opens_sentence(const WordSequence& words, std::size_t i) {
  return i == 0 || words.segment[i] != words.segment[i - 1];
}

}  // namespace

QuoteDiff diff_words(const WordSequence& from, const WordSequence& to) {
  const auto table = lcs_table(from.folded, to.folded);
  // Walk the table: 'keep', 'drop' (from only) or 'add' (to only), then render hunks.
  struct Step { char op; std::size_t index; };
  std::vector<Step> steps;
  std::size_t i = 0, j = 0;
  while (i < from.size() || j < to.size()) {
    if (i < from.size() && j < to.size() && from.folded[i] == to.folded[j]) {
      steps.push_back({'=', j});
      ++i, ++j;
    } else if (j < to.size() && (i == from.size() || table[i][j + 1] >= table[i + 1][j])) {
      steps.push_back({'+', j++});
    } else {
      steps.push_back({'-', i++});
    }
  }
  QuoteDiff diff;
  std::vector<std::string> hunks;
  std::string current;
  std::size_t last_change = steps.size() + 10;
  for (std::size_t s = 0; s < steps.size(); ++s) {
    const Step& step = steps[s];
    if (step.op == '-') {
      diff.dropped.push_back(from.surface[step.index]);
      diff.dropped_opens_sentence.push_back(opens_sentence(from, step.index));
    } else if (step.op == '+') {
      diff.added.push_back(to.surface[step.index]);
      diff.added_opens_sentence.push_back(opens_sentence(to, step.index));
    }
    if (step.op != '=') last_change = s;
  }
  // Render each change with up to two unchanged words either side.
  std::vector<bool> shown(steps.size(), false);
  for (std::size_t s = 0; s < steps.size(); ++s) {
    if (steps[s].op == '=') continue;
    for (std::size_t k = (s >= 2 ? s - 2 : 0); k <= std::min(steps.size() - 1, s + 2); ++k) shown[k] = true;
  }
  (void)last_change;
  for (std::size_t s = 0; s < steps.size(); ++s) {
    if (!shown[s]) {
      if (!current.empty()) {
        hunks.push_back(current);
        current.clear();
      }
      continue;
    }
    const Step& step = steps[s];
    std::string word = step.op == '-' ? "[-" + from.surface[step.index] + "-]"
                       : step.op == '+' ? "{+" + to.surface[step.index] + "+}"
                                        : to.surface[step.index];
    current += (current.empty() ? "" : " ") + word;
  }
  if (!current.empty()) hunks.push_back(current);
  for (const std::string& hunk : hunks) diff.text += (diff.text.empty() ? "" : " ... ") + hunk;
  return diff;
}

WordSequence best_window(const WordSequence& longer, const WordSequence& anchor) {
  const std::size_t segments = longer.segment_count();
  if (segments < 2) return longer;
  std::vector<std::size_t> first_word(segments + 1, longer.size());
  for (std::size_t i = longer.size(); i-- > 0;) first_word[longer.segment[i]] = i;
  long best_score = -1000000;
  std::size_t best_begin = 0, best_end = longer.size();
  for (std::size_t from = 0; from < segments; ++from) {
    for (std::size_t to = from + 1; to <= segments; ++to) {
      const std::size_t begin = first_word[from], end = first_word[to];
      const WordSequence window = slice(longer, begin, end);
      const long common = static_cast<long>(lcs_table(window.folded, anchor.folded)[0][0]);
      const long score = common - (static_cast<long>(window.size()) - common);
      if (score > best_score) {
        best_score = score;
        best_begin = begin;
        best_end = end;
      }
    }
  }
  return slice(longer, best_begin, best_end);
}

bool differs_in_form(const WordSequence& a, const WordSequence& b) {
  if (a.folded != b.folded) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a.surface[i] != b.surface[i]) return true;
    if (i + 1 < a.size() && a.trailing[i] != b.trailing[i]) return true;
  }
  return false;
}

}  // namespace factdiff
