#include "text/char_class.h"

#include <utf8proc.h>

#include "core/utf8.h"

namespace factdiff {

CodePoint multibyte_code_point_at(std::string_view text, std::size_t offset) {
  const std::size_t length = utf8_sequence_length(text, offset);
  if (length == 0) return {0xFFFD, 1};
  return {utf8_decode_at(text, offset, length), length};
}

CodePoint multibyte_code_point_before(std::string_view text, std::size_t offset) {
  std::size_t start = offset - 1;
  // Walk back over at most three continuation bytes to a lead byte.
  while (start > 0 && offset - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  CodePoint cp = code_point_at(text, start);
  if (start + cp.length != offset) return {0xFFFD, 1};
  return cp;
}

bool is_non_ascii_letter(char32_t c) {
  if (c == 0xFFFD) return false;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
      return true;
    default:
      return false;
  }
}

bool is_non_ascii_upper(char32_t c) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LU ||
         utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LT;
}

bool is_non_ascii_lower(char32_t c) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LL;
}

bool is_non_ascii_space(char32_t c) {
  return c == 0x00A0 || c == 0x2007 || c == 0x202F || c == 0x3000 || c == 0x2028 || c == 0x2029 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0xFEFF || c == 0x200B;
}

bool is_symbol(char32_t c) {
  if (c < 0x80) return c == '$' || c == '%' || c == '#' || c == '&' || c == '@' || c == '+' ||
                       c == '=' || c == '<' || c == '>' || c == '^' || c == '~' || c == '|';
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SO:
    case UTF8PROC_CATEGORY_SK:
      return true;
    default:
      return false;
  }
}

bool is_closing_quote(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0x00BB || c == 0x203A;
}

bool is_opening_quote(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 ||
         c == 0x00AB || c == 0x2039 || c == 0x201E;
}

bool is_bullet(char32_t c) {
  return c == 0x2022 || c == 0x00B7 || c == 0x25AA || c == 0x25BA || c == 0x2023 ||
         c == 0x25CF || c == 0x25E6 || c == 0x2043 || c == 0x25B6 || c == 0x25A0;
}

bool is_dash(char32_t c) {
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

}  // namespace factdiff
