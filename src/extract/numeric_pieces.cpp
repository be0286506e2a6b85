#include "extract/numeric_pieces.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include <utf8proc.h>

#include "core/utf8.h"

namespace factdiff {
namespace {

bool is_ascii(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0x80) return false;
  }
  return true;
}

// A token's bytes, as Document::view gives them (a span past the end is cut to the end), read
// here without a call: it was one for every token of every sentence read.
std::string_view bytes_of(const Document& document, Span span) {
  const std::size_t size = document.bytes.size();
  const std::size_t start = std::min<std::size_t>(span.start, size);
  const std::size_t end = std::clamp<std::size_t>(span.end, start, size);
  return std::string_view(document.bytes.data() + start, end - start);
}

// What an ASCII byte is, in one table look: a run of letters is read a byte at a time.
enum ByteClass : std::uint8_t { kLowerLetter = 1, kUpperLetter = 2 };
constexpr std::array<std::uint8_t, 256> kByteClasses = [] {
  std::array<std::uint8_t, 256> classes{};
  for (int c = 'a'; c <= 'z'; ++c) classes[c] = kLowerLetter;
  for (int c = 'A'; c <= 'Z'; ++c) classes[c] = kUpperLetter;
  return classes;
}();
std::uint8_t byte_class(char c) { return kByteClasses[static_cast<unsigned char>(c)]; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The C library's answers in the "C" locale (which factdiff never changes), inline: they were
// a library call for every byte of every piece. Bytes of UTF-8 sequences are neither upper case
// nor space, and lower-case to themselves, as there.
bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
char ascii_lower(char c) { return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// Length of a digit run starting at `at`: digits with "," or "." between two digits.
std::size_t digit_run(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size()) {
    if (is_digit(text[end])) {
      ++end;
    } else if ((text[end] == ',' || text[end] == '.') && end + 1 < text.size() &&
               is_digit(text[end + 1]) && end > at) {
      ++end;
    } else {
      break;
    }
  }
  return end - at;
}

// Length of the UTF-8 sequence at `at` when it is a letter or a mark (é, ç), else 0.
std::size_t non_ascii_letter(std::string_view text, std::size_t at) {
  const std::size_t length = utf8_sequence_length(text, at);
  if (length == 0) return 0;
  const char32_t code_point = utf8_decode_at(text, at, length);
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(code_point))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
      return length;
    default:
      return 0;
  }
}

std::size_t letter_run(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size()) {
    if (is_letter(text[end])) {
      ++end;
    } else if (static_cast<unsigned char>(text[end]) >= 0x80) {
      const std::size_t length = non_ascii_letter(text, end);
      if (length == 0) break;
      end += length;
    } else {
      break;
    }
  }
  return end - at;
}

// A symbol or punctuation mark: one whole UTF-8 sequence (or one invalid byte).
std::size_t symbol_length(std::string_view text, std::size_t at) {
  const std::size_t length = utf8_sequence_length(text, at);
  return length == 0 ? 1 : length;
}

// Length and shape of the piece that starts at text[at], which is no space.
std::size_t piece_length(std::string_view text, std::size_t at, PieceShape* shape) {
  if (is_digit(text[at])) {
    *shape = PieceShape::kDigits;
    return digit_run(text, at);
  }
  if (is_letter(text[at]) || non_ascii_letter(text, at) > 0) {
    *shape = PieceShape::kWord;
    return letter_run(text, at);
  }
  *shape = PieceShape::kPunct;
  return symbol_length(text, at);
}

// The bytes a token's pieces are cut from: its own when they are ASCII, else its normalized form.
std::string_view piece_source(std::string_view original, const Token& token) {
  if (is_ascii(original) || token.norm.empty()) return original;
  return token.norm;
}

// The text of a piece cut from `raw`: `raw` itself when it holds no capital, else its lower-case
// copy added to `lowered` (whose capacity the caller reserved: the copy never moves it).
std::string_view lower_case_text(std::string_view raw, std::string& lowered) {
  bool capital = false;
  for (char c : raw) capital = capital || is_ascii_upper(c);
  if (!capital) return raw;
  const std::size_t start = lowered.size();
  for (char c : raw) lowered.push_back(ascii_lower(c));
  return std::string_view(lowered).substr(start, raw.size());
}

// Cuts `text` into pieces; `span_of` maps a [begin, end) of the text to the piece's span.
template <typename SpanOf>
void cut(std::string_view text, std::string_view original, SpanOf span_of, bool glued_first,
         SentencePieces& out) {
  std::size_t at = 0;
  bool first = true;
  while (at < text.size()) {
    if (is_ascii_space(text[at])) {
      ++at;
      first = false;
      glued_first = false;
      continue;
    }
    Piece& piece = out.pieces.emplace_back();
    const std::size_t length = piece_length(text, at, &piece.shape);
    std::string_view raw = text.substr(at, length);
    piece.span = span_of(at, at + length);
    piece.glued = first ? glued_first : true;
    if (piece.shape == PieceShape::kWord) {
      std::string_view shown = original.size() == text.size() ? original.substr(at, length) : raw;
      piece.capitalized = is_ascii_upper(shown[0]);
      bool all_upper = shown.size() > 1;
      for (char c : shown) {
        if (!is_ascii_upper(c)) all_upper = false;
      }
      piece.all_caps = all_upper;
    }
    piece.text = lower_case_text(raw, out.lowered);
    at += length;
    first = false;
  }
}

// Cuts an ASCII token in one pass over its bytes: a run of letters counts its capitals as it is
// read and is copied lower-cased only when it has some, which most words have not; other pieces
// view the token's bytes. At the first byte that is not ASCII it takes back the pieces (and
// copies) it added and returns false: such a token is cut from its normalized form. As in
// `cut`, only the token's first piece takes `glued_first`.
bool cut_ascii(std::string_view text, std::size_t base, bool glued_first, SentencePieces& out) {
  const std::size_t pieces_before = out.pieces.size();
  const std::size_t lowered_before = out.lowered.size();
  std::size_t at = 0;
  while (at < text.size()) {
    const char c = text[at];
    if (static_cast<unsigned char>(c) >= 0x80) {
      out.pieces.resize(pieces_before);
      out.lowered.resize(lowered_before);
      return false;
    }
    if (is_ascii_space(c)) {
      ++at;
      continue;
    }
    Piece& piece = out.pieces.emplace_back();
    piece.glued = at == 0 ? glued_first : true;
    std::size_t end = at + 1;
    if (is_digit(c)) {
      piece.shape = PieceShape::kDigits;
      end = at + digit_run(text, at);
      piece.text = text.substr(at, end - at);
    } else if (is_letter(c)) {
      piece.shape = PieceShape::kWord;
      std::size_t capitals = is_ascii_upper(c) ? 1 : 0;
      for (std::uint8_t next = 0; end < text.size() && (next = byte_class(text[end])) != 0; ++end) {
        capitals += next >> 1;  // kUpperLetter
      }
      const std::size_t length = end - at;
      piece.text = text.substr(at, length);
      if (capitals > 0) {
        const std::size_t start = out.lowered.size();
        for (char letter : piece.text) out.lowered.push_back(ascii_lower(letter));
        piece.text = std::string_view(out.lowered).substr(start, length);
      }
      piece.capitalized = is_ascii_upper(c);
      piece.all_caps = length > 1 && capitals == length;
    } else {
      piece.shape = PieceShape::kPunct;  // one byte, as symbol_length reads an ASCII byte
      piece.text = text.substr(at, 1);
    }
    piece.span = {base + at, base + end};
    at = end;
  }
  return true;
}

// The most bytes the lower-cased copies of a sentence's pieces can take: each token's pieces are
// cut from its own bytes or from its normalized form.
std::size_t most_lowered_bytes(const Sentence& sentence) {
  std::size_t bytes = 0;
  for (const Token& token : sentence.tokens) bytes += std::max(token.span.size(), token.norm.size());
  return bytes;
}

}  // namespace

void split_into_pieces(const Document& document, const Sentence& sentence, SentencePieces& out) {
  out.pieces.clear();
  out.pieces.reserve(sentence.tokens.size() + 8);
  out.lowered.clear();
  out.lowered.reserve(most_lowered_bytes(sentence));
  std::size_t previous_end = static_cast<std::size_t>(-1);
  for (const Token& token : sentence.tokens) {
    std::string_view original = bytes_of(document, token.span);
    const bool glued = token.span.start == previous_end && !token.repaired;
    previous_end = token.span.end;
    if (!cut_ascii(original, token.span.start, glued, out)) {
      const Span whole = token.span;
      // The normalized form has no byte map of its own here; every piece keeps the token's span.
      std::string_view text = piece_source(original, token);
      cut(text, original, [whole](std::size_t, std::size_t) { return whole; }, glued, out);
      if (!original.empty() && is_ascii_upper(original[0])) {
        for (Piece& piece : out.pieces) {
          if (piece.span == whole) {
            piece.capitalized = true;
            break;
          }
        }
      }
    }
  }
}

bool any_piece(const Document& document, const Sentence& sentence,
               const std::function<bool(PieceShape, std::string_view)>& test) {
  std::string lowered;
  for (const Token& token : sentence.tokens) {
    const std::string_view text = piece_source(bytes_of(document, token.span), token);
    for (std::size_t at = 0; at < text.size();) {
      if (is_ascii_space(text[at])) {
        ++at;
        continue;
      }
      PieceShape shape = PieceShape::kWord;
      const std::size_t length = piece_length(text, at, &shape);
      lowered.clear();
      lowered.reserve(length);
      if (test(shape, lower_case_text(text.substr(at, length), lowered))) return true;
      at += length;
    }
  }
  return false;
}

}  // namespace factdiff
