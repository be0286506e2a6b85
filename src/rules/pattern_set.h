// PatternSet: one pass of many RE2 patterns over a text, telling which of them may match: a
// filter in front of the patterns themselves, which confirm a match and find its span.
//
// The patterns that can match only at the start of the text (every alternative opens with `^`)
// go in an RE2::Set run anchored at the start, whose DFA stops as soon as none of them can still
// match; the others go in an unanchored set. Kept in one set, the two kinds multiplied the DFA's
// states (each position of an anchored pattern combined with each of the others'), and a
// process paid for building those states on the text it read first.
//
// The sets hold each pattern with its counted repeats left open ("{0,80}" as "{0,}"): a repeat
// counted to n makes n copies of what it repeats, and an unanchored search combines every copy
// with every other pattern's states. Open, a pattern matches wherever the counted one does, and
// seldom where it does not; a pattern reported must be confirmed on its own.
//
//   std::unique_ptr<PatternSet> set = PatternSet::compile({"^\\s*share\\s*$", "cookies"}, options);
//   std::vector<int> matched;
//   RE2::Set::ErrorInfo error;
//   if (set->match(line, &matched, &error)) { ... matched holds indexes into the patterns ... }
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

namespace factdiff {

// True when `pattern` can match only at the start of the text: every top-level alternative
// opens with `^` (outside multi-line mode). False when unsure (a multi-line flag anywhere,
// `\Q`, an alternative opening with a group), which only costs the anchored set's speed.
bool opens_at_text_start(std::string_view pattern);

// `pattern` with every counted repeat "{m,n}" made "{m,}" (outside classes and escapes): it
// matches wherever `pattern` does, and an automaton of it has far fewer states.
std::string without_repeat_bounds(std::string_view pattern);

class PatternSet {
 public:
  // Compiles `patterns` (each already valid on its own) with `options`; null when RE2 cannot
  // fit them into sets within the options' memory budget.
  static std::unique_ptr<PatternSet> compile(const std::vector<std::string>& patterns,
                                             const RE2::Options& options);

  // As RE2::Set::Match: true when some pattern may match somewhere in `text`; `matched` (when
  // given) is cleared and receives, in no set order, the index of every pattern that matches and
  // of any other whose repeats, left open, match (see above: confirm each on its own).
  // A set whose DFA runs out of memory answers false and sets `error` (when given) to
  // kOutOfMemory: the caller must then test the patterns one by one.
  bool match(std::string_view text, std::vector<int>* matched,
             RE2::Set::ErrorInfo* error = nullptr) const;

 private:
  PatternSet() = default;

  // One of the two sets (null when it has no pattern) and the index of each of its patterns
  // among all the patterns.
  struct Part {
    std::unique_ptr<RE2::Set> set;
    std::vector<int> pattern_index;
  };
  static bool match_part(const Part& part, std::string_view text, std::vector<int>* matched,
                         RE2::Set::ErrorInfo* error);

  Part unanchored_;
  Part anchored_;
};

}  // namespace factdiff
