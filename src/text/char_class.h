// Character classes the text layer shares: code points read from raw bytes (invalid bytes read
// as U+FFFD, one byte each) and the few Unicode categories the splitters need.
//
//   CodePoint cp = code_point_at(text, i);   // cp.value, cp.length (>= 1)
//   if (is_letter(cp.value)) ...
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace factdiff {

struct CodePoint {
  char32_t value = 0;
  std::size_t length = 1;
};

// The code point starting at text[offset]; an invalid byte gives U+FFFD of length 1.
inline CodePoint code_point_at(std::string_view text, std::size_t offset);
// The code point ending just before text[offset] (offset > 0).
inline CodePoint code_point_before(std::string_view text, std::size_t offset);

inline bool is_letter(char32_t c);  // Unicode letters and combining marks
inline bool is_upper(char32_t c);
inline bool is_lower(char32_t c);
inline bool is_digit(char32_t c);   // ASCII digits only: numbers are written with them in English
inline bool is_space(char32_t c);   // ASCII and Unicode spaces
bool is_symbol(char32_t c);     // currency, math and other symbols ($, %, °, €)
bool is_closing_quote(char32_t c);  // " ' ” ’ » and closing brackets
bool is_opening_quote(char32_t c);  // " ' “ ‘ « and opening brackets
bool is_bullet(char32_t c);     // • · ▪ ► ‣ and friends
bool is_dash(char32_t c);       // - and the Unicode dashes

// The scanners ask these of nearly every byte, and nearly every byte is ASCII: the ASCII answer
// is inline, the rest is asked of utf8proc out of line.
CodePoint multibyte_code_point_at(std::string_view text, std::size_t offset);
CodePoint multibyte_code_point_before(std::string_view text, std::size_t offset);
bool is_non_ascii_letter(char32_t c);
bool is_non_ascii_space(char32_t c);
bool is_non_ascii_upper(char32_t c);
bool is_non_ascii_lower(char32_t c);

// What an ASCII byte is to the word scanners, read from a table: the tokenizer and boilerplate's
// word lists step over runs of letters and digits without decoding a code point.
enum class AsciiKind : unsigned char { kOther = 0, kLetter = 1, kDigit = 2 };
inline AsciiKind ascii_kind(unsigned char byte);  // byte < 0x80

inline CodePoint code_point_at(std::string_view text, std::size_t offset) {
  const auto byte = static_cast<unsigned char>(text[offset]);
  if (byte < 0x80) return {byte, 1};
  return multibyte_code_point_at(text, offset);
}

inline CodePoint code_point_before(std::string_view text, std::size_t offset) {
  const auto byte = static_cast<unsigned char>(text[offset - 1]);
  if (byte < 0x80) return {byte, 1};
  return multibyte_code_point_before(text, offset);
}

inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return is_non_ascii_letter(c);
}

inline bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return is_non_ascii_upper(c);
}

inline bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return is_non_ascii_lower(c);
}

inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

namespace char_class_detail {
constexpr std::array<AsciiKind, 128> make_ascii_kinds() {
  std::array<AsciiKind, 128> kinds{};
  for (int c = 0; c < 128; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) kinds[c] = AsciiKind::kLetter;
    if (c >= '0' && c <= '9') kinds[c] = AsciiKind::kDigit;
  }
  return kinds;
}
inline constexpr std::array<AsciiKind, 128> kAsciiKinds = make_ascii_kinds();
}  // namespace char_class_detail

inline AsciiKind ascii_kind(unsigned char byte) { return char_class_detail::kAsciiKinds[byte]; }

inline bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return is_non_ascii_space(c);
}

}  // namespace factdiff
