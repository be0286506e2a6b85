#include "text/sentence_splitter.h"

#include <array>

#include "text/char_class.h"

namespace factdiff {
namespace {

// Capitalized words that open sentences far more often than they follow "U.S." or "a.m." in a
// name; after a may-end abbreviation only these confirm a sentence break.
constexpr std::array<std::string_view, 40> kSentenceOpeners = {
    "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "A", "An", "This", "That",
    "There", "These", "Those", "His", "Her", "Their", "Its", "Our", "On", "At", "After", "When",
    "While", "As", "If", "For", "Police", "Officials", "Authorities", "According", "No", "So",
    "Some", "Many", "Most", "One"};

// Abbreviations are short: looking further back for the word before a period is wasted work
// (and quadratic on a megabyte without spaces).
constexpr std::size_t kLongestWord = 64;

// ASCII bytes other than the terminal marks '.', '!' and '?'.
constexpr std::array<bool, 256> make_plain_ascii_bytes() {
  std::array<bool, 256> plain{};
  for (int c = 0; c < 128; ++c) plain[c] = c != '.' && c != '!' && c != '?';
  return plain;
}
constexpr std::array<bool, 256> kPlainAsciiByte = make_plain_ascii_bytes();

bool is_sentence_opener(std::string_view word) {
  for (std::string_view opener : kSentenceOpeners) {
    if (word == opener) return true;
  }
  return false;
}

std::size_t skip_spaces(std::string_view text, std::size_t i, std::size_t end) {
  while (i < end) {
    CodePoint cp = code_point_at(text, i);
    if (!is_space(cp.value)) break;
    i += cp.length;
  }
  return i;
}

// Where a sentence's content starts: after spaces and a leading bullet.
std::size_t content_start(std::string_view text, std::size_t i, std::size_t end) {
  i = skip_spaces(text, i, end);
  if (i < end) {
    CodePoint cp = code_point_at(text, i);
    const bool bullet = is_bullet(cp.value) ||
                        ((cp.value == '*' || cp.value == '-') && i + 1 < end && text[i + 1] == ' ');
    if (bullet) i = skip_spaces(text, i + cp.length, end);
  }
  return i;
}

std::size_t trim_end(std::string_view text, std::size_t start, std::size_t end) {
  while (end > start) {
    CodePoint cp = code_point_before(text, end);
    if (!is_space(cp.value)) break;
    end -= cp.length;
  }
  return end;
}

// The word that ends at `end` (exclusive): back to a space or an opening quote or bracket.
std::string_view word_before(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t i = end;
  const std::size_t limit = end > start + kLongestWord ? end - kLongestWord : start;
  while (i > limit) {
    CodePoint cp = code_point_before(text, i);
    if (is_space(cp.value) || cp.value == '(' || cp.value == '[' || cp.value == '"' ||
        cp.value == 0x201C || cp.value == 0x2018) {
      break;
    }
    i -= cp.length;
  }
  return text.substr(i, end - i);
}

std::string_view word_at(std::string_view text, std::size_t i, std::size_t end) {
  std::size_t j = i;
  while (j < end) {
    CodePoint cp = code_point_at(text, j);
    if (!is_letter(cp.value)) break;
    j += cp.length;
  }
  return text.substr(i, j - i);
}

bool is_dotted_acronym(std::string_view word) {
  // "U.S", "a.m", "N.Y": letters separated by single dots.
  if (word.size() < 3) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const bool letter = (word[i] | 0x20) >= 'a' && (word[i] | 0x20) <= 'z';
    if (i % 2 == 0 ? !letter : word[i] != '.') return false;
  }
  return true;
}

// Does the text at `next` open a new sentence?
bool opens_sentence(std::string_view text, std::size_t next, std::size_t end) {
  if (next >= end) return true;
  CodePoint cp = code_point_at(text, next);
  if (is_upper(cp.value) || is_digit(cp.value) || is_bullet(cp.value)) return true;
  if (is_opening_quote(cp.value)) {
    const std::size_t after = next + cp.length;
    if (after >= end) return false;
    CodePoint following = code_point_at(text, after);
    return is_upper(following.value) || is_digit(following.value);
  }
  return false;
}

// A period at `dot` followed by a sentence opening at `next`: is it a sentence end?
bool period_ends_sentence(std::string_view text, std::size_t block_start, std::size_t dot,
                          std::size_t next, std::size_t end, const Abbreviations& abbreviations) {
  std::string_view word = word_before(text, block_start, dot);
  // Strip leading punctuation such as an opening quote the word-walk kept.
  while (!word.empty() && !is_letter(code_point_at(word, 0).value) &&
         !is_digit(code_point_at(word, 0).value)) {
    word.remove_prefix(code_point_at(word, 0).length);
  }
  if (word.empty()) return true;
  if (dot + 1 < end && text[dot + 1] == '.') return true;  // ellipsis before an upper-case word
  if (word.size() == 1 && is_upper(static_cast<unsigned char>(word[0]))) return false;  // initial
  const bool known = abbreviations.contains(word);
  if (!known && !is_dotted_acronym(word)) return true;
  if (known && !abbreviations.may_end_sentence(word)) return false;
  if (known && abbreviations.ends_unless_number(word)) {
    return !is_digit(code_point_at(text, next).value);
  }
  return is_sentence_opener(word_at(text, next, end));
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text, Span block,
                                  const Abbreviations& abbreviations) {
  std::vector<Span> sentences;
  const std::size_t end = std::min<std::size_t>(block.end, text.size());
  std::size_t start = content_start(text, block.start, end);
  std::size_t i = start;
  while (i < end) {
    // Nearly every byte is ASCII and no terminal mark: skipped without decoding.
    while (i < end && kPlainAsciiByte[static_cast<unsigned char>(text[i])]) ++i;
    if (i >= end) break;
    CodePoint cp = code_point_at(text, i);
    const bool terminal = cp.value == '.' || cp.value == '!' || cp.value == '?' || cp.value == 0x2026;
    if (!terminal) {
      i += cp.length;
      continue;
    }
    // The sentence runs on over further terminal marks and closing quotes.
    std::size_t close = i + cp.length;
    while (close < end) {
      CodePoint next = code_point_at(text, close);
      if (next.value != '.' && next.value != '!' && next.value != '?' && next.value != 0x2026 &&
          !is_closing_quote(next.value)) {
        break;
      }
      close += next.length;
    }
    const std::size_t next = skip_spaces(text, close, end);
    bool boundary = false;
    if (next >= end) {
      boundary = false;  // the block's end closes the sentence below
    } else if (next > close) {
      boundary = opens_sentence(text, next, end) &&
                 (cp.value != '.' ||
                  period_ends_sentence(text, start, i, next, end, abbreviations));
    } else if (i > start) {
      // No space: "2019.He" is a scraping glue; "U.S.-led" and "2.5" are not.
      CodePoint before = code_point_before(text, i);
      CodePoint after = code_point_at(text, close);
      const bool lower_or_digit = is_lower(before.value) || is_digit(before.value);
      const bool capital_word = is_upper(after.value) && close + after.length < end &&
                                is_lower(code_point_at(text, close + after.length).value);
      boundary = lower_or_digit && capital_word &&
                 (cp.value != '.' ||
                  period_ends_sentence(text, start, i, close, end, abbreviations));
    }
    if (boundary) {
      sentences.push_back({start, trim_end(text, start, close)});
      start = content_start(text, next, end);
      i = start;
    } else {
      i = close;
    }
  }
  const std::size_t last_end = trim_end(text, start, end);
  if (last_end > start) sentences.push_back({start, last_end});
  return sentences;
}

}  // namespace factdiff
