#include "text/normalizer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include <utf8proc.h>

#include "core/utf8.h"

namespace factdiff {
namespace {

constexpr std::array<char, 128> make_ascii_table() {
  std::array<char, 128> table{};
  for (int c = 0; c < 128; ++c) {
    table[c] = static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
  }
  table['`'] = '\'';
  return table;
}
constexpr std::array<char, 128> kAsciiFold = make_ascii_table();

// Eight ASCII bytes at a time, for the words of every token and block. Every byte is under 0x80,
// so adding at most 0x7F to each cannot carry into the next: the sum's high bit answers a
// comparison for each byte at once.
constexpr std::uint64_t kEveryByte = 0x0101010101010101ULL;
constexpr std::uint64_t kHighBits = 0x80 * kEveryByte;

// Whether some byte of `bytes` (all ASCII) is `c`: a byte differing from it sums past 0x7F.
bool has_ascii_byte(std::uint64_t bytes, char c) {
  const std::uint64_t differ = bytes ^ (static_cast<std::uint64_t>(c) * kEveryByte);
  return ((differ + 0x7F * kEveryByte) & kHighBits) != kHighBits;
}

// The bytes (all ASCII) with 'A'..'Z' in lower case, as kAsciiFold gives them: the high bit of
// byte + 0x3F says byte >= 'A', that of byte + 0x25 says byte > 'Z', and 0x80 >> 2 is the case bit.
std::uint64_t fold_ascii_upper(std::uint64_t bytes) {
  const std::uint64_t at_least_a = bytes + (0x80 - 'A') * kEveryByte;
  const std::uint64_t beyond_z = bytes + (0x80 - 'Z' - 1) * kEveryByte;
  return bytes | ((at_least_a & ~beyond_z & kHighBits) >> 2);
}

// Punctuation that NFKC keeps apart but matching must not: quotes, dashes, spaces.
bool fold_punctuation(char32_t c, std::string& out) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0x00B4:
      out.push_back('\'');
      return true;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      out.push_back('"');
      return true;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
    case 0xFE58: case 0xFE63: case 0xFF0D:
      out.push_back('-');
      return true;
    case 0x00A0: case 0x2007: case 0x202F: case 0x2009: case 0x200A: case 0x2002: case 0x2003:
    case 0x3000:
      out.push_back(' ');
      return true;
    case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x00AD:
      return true;  // invisible: dropped from the view
    default:
      return false;
  }
}

// NFKC + case folding + accents stripped for one code point. Marks are stripped, so composing
// across code points is never needed (a combining accent alone gives nothing).
void fold_code_point(char32_t c, std::string& out) {
  if (fold_punctuation(c, out)) return;
  utf8proc_int32_t buffer[32];
  int last_boundclass = 0;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                                      UTF8PROC_STRIPMARK | UTF8PROC_DECOMPOSE);
  const utf8proc_ssize_t count = utf8proc_decompose_char(
      static_cast<utf8proc_int32_t>(c), buffer, 32, options, &last_boundclass);
  if (count < 0 || count > 32) {
    append_utf8(out, c);
    return;
  }
  for (utf8proc_ssize_t i = 0; i < count; ++i) {
    const char32_t piece = static_cast<char32_t>(buffer[i]);
    if (piece < 0x80) {
      out.push_back(kAsciiFold[piece]);
    } else if (!fold_punctuation(piece, out)) {
      append_utf8(out, piece);
    }
  }
}

}  // namespace

const NormalizedText::Change* NormalizedText::change_at_or_before(std::size_t view_offset) const {
  auto it = std::upper_bound(changes_.begin(), changes_.end(), view_offset,
                             [](std::size_t offset, const Change& change) {
                               return offset < change.view_start;
                             });
  if (it == changes_.begin()) return nullptr;
  return &*std::prev(it);
}

std::size_t NormalizedText::to_original_start(std::size_t view_offset) const {
  const Change* change = change_at_or_before(view_offset);
  if (change == nullptr) return view_offset;
  const std::size_t view_end = change->view_start + change->view_size;
  if (view_offset < view_end) return change->original_start;
  return change->original_start + change->original_size + (view_offset - view_end);
}

std::size_t NormalizedText::to_original_end(std::size_t view_offset) const {
  // An end offset equal to a change's start belongs before the change: look one byte back.
  if (view_offset == 0) return 0;
  const Change* change = change_at_or_before(view_offset - 1);
  if (change == nullptr) return view_offset;
  const std::size_t view_end = change->view_start + change->view_size;
  if (view_offset <= view_end) return change->original_start + change->original_size;
  return change->original_start + change->original_size + (view_offset - view_end);
}

NormalizedText normalize_text(std::string_view original) {
  NormalizedText result;
  std::string& out = result.text_;
  out.reserve(original.size() + original.size() / 16);
  const std::size_t size = original.size();
  std::size_t i = 0;
  while (i < size) {
    // ASCII fast path: no map entry, one byte for one byte.
    std::size_t run_end = i;
    while (run_end < size && static_cast<unsigned char>(original[run_end]) < 0x80) ++run_end;
    if (run_end > i) {
      const std::size_t base = out.size();
      out.resize(base + (run_end - i));
      char* target = out.data() + base;
      for (std::size_t k = i; k < run_end; ++k) {
        *target++ = kAsciiFold[static_cast<unsigned char>(original[k])];
      }
      i = run_end;
      continue;
    }
    const std::size_t view_start = out.size();
    const std::size_t length = utf8_sequence_length(original, i);
    std::size_t consumed = length;
    if (length == 0) {
      out.append("\xEF\xBF\xBD");
      consumed = 1;
      while (i + consumed < size &&
             (static_cast<unsigned char>(original[i + consumed]) & 0xC0) == 0x80) {
        ++consumed;
      }
    } else {
      fold_code_point(utf8_decode_at(original, i, length), out);
    }
    result.changes_.push_back({view_start, out.size() - view_start, i, consumed});
    i += consumed;
  }
  return result;
}

std::string normalize_for_matching(std::string_view original) {
  std::string folded;
  normalize_for_matching(original, folded);
  return folded;
}

void normalize_for_matching(std::string_view original, std::string& out) {
  // Most tokens are ASCII: fold them without building a map.
  out.resize(original.size());
  // Through plain pointers: a store through out[i] may change the string itself for all the
  // compiler knows, which then reloads its buffer for every byte.
  const char* source = original.data();
  char* target = out.data();
  std::size_t i = 0;
  // Whole words of eight bytes first; one holding a non-ASCII byte or a backquote (which the
  // table folds to an apostrophe) is left to the byte loop, which goes on from there.
  for (; i + 8 <= original.size(); i += 8) {
    std::uint64_t bytes;
    std::memcpy(&bytes, source + i, sizeof bytes);
    if ((bytes & kHighBits) != 0 || has_ascii_byte(bytes, '`')) break;
    bytes = fold_ascii_upper(bytes);
    std::memcpy(target + i, &bytes, sizeof bytes);
  }
  for (; i < original.size(); ++i) {
    const auto byte = static_cast<unsigned char>(source[i]);
    if (byte >= 0x80) {
      out = normalize_text(original).text();
      return;
    }
    target[i] = kAsciiFold[byte];
  }
}

}  // namespace factdiff
