#include "rules/pattern_set.h"

#include <algorithm>

namespace factdiff {
namespace {

constexpr std::size_t kNone = std::string_view::npos;

// A letter or '-' of a flag group: "(?i)", "(?-s:".
bool is_flag_character(char c) { return c == '-' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The index after the character class opening at pattern[open] ('['), or kNone when it does
// not close. A ']' right after the '[' or '[^' is a literal, as is anything escaped; "[:alpha:]"
// may sit inside.
std::size_t after_class(std::string_view pattern, std::size_t open) {
  std::size_t i = open + 1;
  if (i < pattern.size() && pattern[i] == '^') ++i;
  if (i < pattern.size() && pattern[i] == ']') ++i;
  while (i < pattern.size()) {
    if (pattern[i] == '\\') {
      i += 2;
    } else if (pattern.compare(i, 2, "[:") == 0) {
      const std::size_t close = pattern.find(":]", i + 2);
      if (close == kNone) return kNone;
      i = close + 2;
    } else if (pattern[i] == ']') {
      return i + 1;
    } else {
      ++i;
    }
  }
  return kNone;
}

// True when some group of `pattern` sets the multi-line flag ("(?m)", "(?im:"), which makes '^'
// the start of any line. A literal "\(?m" reads as one too: that only errs towards unanchored.
bool sets_multi_line(std::string_view pattern) {
  for (std::size_t at = pattern.find("(?"); at != kNone; at = pattern.find("(?", at + 2)) {
    for (std::size_t i = at + 2; i < pattern.size() && pattern[i] != ')' && pattern[i] != ':'; ++i) {
      if (pattern[i] == 'm') return true;
      if (!is_flag_character(pattern[i])) break;
    }
  }
  return false;
}

// The length of the flag groups ("(?i)", "(?s)(?U)") that open `pattern`: they match nothing.
std::size_t leading_flag_groups(std::string_view pattern) {
  std::size_t i = 0;
  while (pattern.compare(i, 2, "(?") == 0) {
    std::size_t close = i + 2;
    while (close < pattern.size() && is_flag_character(pattern[close])) ++close;
    if (close >= pattern.size() || pattern[close] != ')') break;
    i = close + 1;
  }
  return i;
}

bool is_quantifier(char c) { return c == '*' || c == '+' || c == '?' || c == '{'; }

// The index after a counted repeat "{m,n}" opening at pattern[open], or kNone when none opens
// there (a literal brace); `at_least` receives m.
std::size_t after_bounded_repeat(std::string_view pattern, std::size_t open, std::string_view& at_least) {
  std::size_t i = open + 1;
  const std::size_t low_start = i;
  while (i < pattern.size() && pattern[i] >= '0' && pattern[i] <= '9') ++i;
  if (i == low_start || i >= pattern.size() || pattern[i] != ',') return kNone;
  at_least = pattern.substr(low_start, i - low_start);
  const std::size_t high_start = ++i;
  while (i < pattern.size() && pattern[i] >= '0' && pattern[i] <= '9') ++i;
  if (i == high_start || i >= pattern.size() || pattern[i] != '}') return kNone;
  return i + 1;
}

}  // namespace

std::string without_repeat_bounds(std::string_view pattern) {
  if (pattern.find("\\Q") != kNone) return std::string(pattern);
  std::string relaxed;
  relaxed.reserve(pattern.size());
  for (std::size_t i = 0; i < pattern.size();) {
    const char c = pattern[i];
    std::size_t next = i + 1;
    if (c == '\\') {
      next = std::min(i + 2, pattern.size());
    } else if (c == '[') {
      next = after_class(pattern, i);
      if (next == kNone) return std::string(pattern);
    } else if (c == '{') {
      std::string_view at_least;
      const std::size_t end = after_bounded_repeat(pattern, i, at_least);
      if (end != kNone) {
        relaxed += '{';
        relaxed += at_least;
        relaxed += ",}";
        i = end;
        continue;
      }
    }
    relaxed.append(pattern.substr(i, next - i));
    i = next;
  }
  return relaxed;
}

bool opens_at_text_start(std::string_view pattern) {
  if (pattern.find("\\Q") != kNone || sets_multi_line(pattern)) return false;
  std::size_t depth = 0;
  bool alternative_opens = true;
  for (std::size_t i = leading_flag_groups(pattern); i < pattern.size();) {
    const char c = pattern[i];
    if (alternative_opens) {
      // "^?" or "^*" would let the alternative match anywhere.
      if (c != '^' || (i + 1 < pattern.size() && is_quantifier(pattern[i + 1]))) return false;
      alternative_opens = false;
      ++i;
    } else if (c == '\\') {
      i += 2;
    } else if (c == '[') {
      i = after_class(pattern, i);
      if (i == kNone) return false;
    } else {
      if (c == '(') ++depth;
      if (c == ')') {
        if (depth == 0) return false;
        --depth;
      }
      if (c == '|' && depth == 0) alternative_opens = true;
      ++i;
    }
  }
  return !alternative_opens && depth == 0;
}

std::unique_ptr<PatternSet> PatternSet::compile(const std::vector<std::string>& patterns,
                                                const RE2::Options& options) {
  std::unique_ptr<PatternSet> result(new PatternSet());
  for (std::size_t index = 0; index < patterns.size(); ++index) {
    const bool anchored = opens_at_text_start(patterns[index]);
    Part& part = anchored ? result->anchored_ : result->unanchored_;
    if (!part.set) part.set = std::make_unique<RE2::Set>(options, anchored ? RE2::ANCHOR_START : RE2::UNANCHORED);
    if (part.set->Add(without_repeat_bounds(patterns[index]), nullptr) < 0) return nullptr;
    part.pattern_index.push_back(static_cast<int>(index));
  }
  for (Part* part : {&result->unanchored_, &result->anchored_}) {
    if (part->set && !part->set->Compile()) return nullptr;
  }
  return result;
}

bool PatternSet::match_part(const Part& part, std::string_view text, std::vector<int>* matched,
                            RE2::Set::ErrorInfo* error) {
  if (!part.set) return false;
  thread_local std::vector<int> found;
  const bool any = part.set->Match(text, matched ? &found : nullptr, error);
  // The index of a match is its pattern's among all the patterns, not among its part's.
  if (any && matched) {
    for (int index : found) matched->push_back(part.pattern_index[static_cast<std::size_t>(index)]);
  }
  return any;
}

bool PatternSet::match(std::string_view text, std::vector<int>* matched, RE2::Set::ErrorInfo* error) const {
  if (matched) matched->clear();
  RE2::Set::ErrorInfo part_error{RE2::Set::kNoError};
  const bool unanchored = match_part(unanchored_, text, matched, &part_error);
  const bool anchored = part_error.kind == RE2::Set::kNoError && match_part(anchored_, text, matched, &part_error);
  if (error) *error = part_error;
  if (part_error.kind != RE2::Set::kNoError) return false;
  return unanchored || anchored;
}

}  // namespace factdiff
