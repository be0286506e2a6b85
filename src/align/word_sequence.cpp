// Word splitting walks code points once: letters and digits build words, an apostrophe or
// hyphen between two word characters stays inside the word, and ". ! ?" close a sentence.
#include "align/word_sequence.h"

#include <cstdlib>

#include <utf8proc.h>

#include "core/utf8.h"

namespace factdiff {
namespace {

bool is_word_code_point(char32_t code_point) {
  if (code_point < 0x80) {
    return (code_point >= U'a' && code_point <= U'z') || (code_point >= U'A' && code_point <= U'Z') ||
           (code_point >= U'0' && code_point <= U'9');
  }
  const utf8proc_category_t category = utf8proc_category(static_cast<utf8proc_int32_t>(code_point));
  switch (category) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
      return true;
    default:
      return false;
  }
}

bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'\u2018' || c == U'\u02BC'; }
bool is_hyphen(char32_t c) { return c == U'-' || c == U'\u2010' || c == U'\u2011'; }
bool is_digit_separator(char32_t c) { return c == U',' || c == U'.'; }
bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool closes_sentence(char32_t c) { return c == U'.' || c == U'!' || c == U'?'; }

struct CodePoint {
  char32_t value;
  std::size_t start;
  std::size_t length;
};

std::vector<CodePoint> code_points_of(const std::string& text) {
  std::vector<CodePoint> points;
  std::size_t offset = 0;
  while (offset < text.size()) {
    const std::size_t length = utf8_sequence_length(text, offset);
    // decode_lossy already replaced invalid bytes, so length is never 0 here.
    const std::size_t step = length == 0 ? 1 : length;
    points.push_back({length == 0 ? U'\uFFFD' : utf8_decode_at(text, offset, length), offset, step});
    offset += step;
  }
  return points;
}

// Removes the characters that make two spellings of one word differ only in form.
std::string fold_for_compare(const std::string& surface) {
  std::string folded = fold_word(surface);
  std::string out;
  out.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const char c = folded[i];
    if (c == '-') continue;
    if (c == ',') continue;  // digit groups: 5,000
    out.push_back(c);
  }
  return out;
}

}  // namespace

std::string fold_word(std::string_view word) {
  // ASCII folds to its lower case (compatibility forms, marks and case folding change nothing
  // else there); most words are ASCII, and utf8proc allocates for each.
  bool ascii = true;
  for (const char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    std::string lower(word);
    for (char& c : lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return lower;
  }
  utf8proc_uint8_t* mapped = nullptr;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                                      UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  const std::string valid = decode_lossy(word);
  const utf8proc_ssize_t length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
                                               static_cast<utf8proc_ssize_t>(valid.size()), &mapped, options);
  if (length < 0) return valid;
  std::string folded(reinterpret_cast<char*>(mapped), static_cast<std::size_t>(length));
  std::free(mapped);
  // Curly apostrophes survive NFKC: unify them so "we’re" = "we're".
  std::string out;
  for (std::size_t i = 0; i < folded.size();) {
    if (folded.compare(i, 3, "\xE2\x80\x99") == 0 || folded.compare(i, 3, "\xE2\x80\x98") == 0) {
      out.push_back('\'');
      i += 3;
    } else {
      out.push_back(folded[i++]);
    }
  }
  return out;
}

WordSequence split_words(std::string_view raw_text, const SpellingVariants& variants) {
  const std::string text = decode_lossy(raw_text);
  const std::vector<CodePoint> points = code_points_of(text);
  WordSequence sequence;
  std::size_t segment = 0;
  bool sentence_closed = false;
  std::size_t index = 0;
  auto word_at = [&](std::size_t i) { return i < points.size() && is_word_code_point(points[i].value); };
  while (index < points.size()) {
    if (!word_at(index)) {
      const char32_t c = points[index].value;
      if (!sequence.folded.empty() && c != U' ' && c != U'\n' && c != U'\t') {
        append_utf8(sequence.trailing.back(), c);
      }
      if (closes_sentence(c)) sentence_closed = true;
      ++index;
      continue;
    }
    if (sentence_closed && !sequence.folded.empty()) ++segment;
    sentence_closed = false;
    const std::size_t start = points[index].start;
    std::size_t end = index;
    while (end < points.size()) {
      if (word_at(end)) {
        ++end;
        continue;
      }
      const char32_t c = points[end].value;
      const bool joins = word_at(end + 1) &&
                         (is_apostrophe(c) || is_hyphen(c) ||
                          (is_digit_separator(c) && is_ascii_digit(points[end - 1].value) &&
                           is_ascii_digit(points[end + 1].value)));
      if (!joins) break;
      end += 1;
    }
    const std::size_t byte_end = points[end - 1].start + points[end - 1].length;
    std::string surface = text.substr(start, byte_end - start);
    std::string folded = fold_for_compare(surface);
    if (const auto variant = variants.find(folded); variant != variants.end()) folded = variant->second;
    sequence.folded.push_back(std::move(folded));
    sequence.surface.push_back(std::move(surface));
    sequence.segment.push_back(segment);
    sequence.trailing.emplace_back();
    index = end;
  }
  return sequence;
}

std::string folded_words(std::string_view text) {
  std::string joined;
  for (const std::string& word : split_words(text, {}).folded) joined += (joined.empty() ? "" : " ") + word;
  return joined;
}

}  // namespace factdiff
