#include "text/tokenizer.h"

#include <array>

#include "text/char_class.h"
#include "text/normalizer.h"

namespace factdiff {
namespace {

constexpr std::size_t kMaxKeptTokens = 4096;

bool is_alnum(char32_t c) { return is_letter(c) || is_digit(c); }

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

class Scanner {
 public:
  Scanner(std::string_view text, std::size_t end) : text_(text), end_(end) {}
  bool at_end(std::size_t i) const { return i >= end_; }
  char32_t at(std::size_t i) const { return i < end_ ? code_point_at(text_, i).value : 0; }
  std::size_t width(std::size_t i) const { return code_point_at(text_, i).length; }
  std::size_t after(std::size_t i) const { return i + width(i); }

  std::size_t digits(std::size_t i) const {
    while (i < end_ && is_digit(at(i))) ++i;
    return i;
  }

  // 5,000 / 2.5 / 2:02 / 1,234.5: a number with its separators.
  std::size_t number(std::size_t i) const {
    i = digits(i);
    while (i + 1 < end_) {
      const char32_t separator = at(i);
      if (separator == ',' && digits(i + 1) == i + 4) {
        i += 4;
      } else if ((separator == '.' || separator == ':') && is_digit(at(i + 1))) {
        i = digits(i + 1);
      } else {
        break;
      }
    }
    return i;
  }

  std::size_t letters(std::size_t i) const {
    while (i < end_) {
      // An ASCII byte is a whole code point: its kind is read from the table.
      const auto byte = static_cast<unsigned char>(text_[i]);
      if (byte < 0x80) {
        if (ascii_kind(byte) == AsciiKind::kOther) break;
        ++i;
      } else {
        if (!is_alnum(at(i))) break;
        i = after(i);
      }
    }
    return i;
  }

  // A word with inner apostrophes and dotted initials ("we're", "U.S", "a.m").
  std::size_t word(std::size_t i) const {
    const std::size_t start = i;
    i = letters(i);
    while (i < end_) {
      const char32_t c = at(i);
      if (is_apostrophe(c) && is_letter(at(after(i)))) {
        i = letters(after(i));
      } else if (c == '.' && i - start == 1 && is_letter(at(i + 1)) && !is_letter(at(after(i + 1))) &&
                 at(after(i + 1)) == '.') {
        // U.S / a.m: single letters joined by dots; the run continues below.
        i = after(i + 1);
        while (at(i) == '.' && is_letter(at(i + 1)) && !is_letter(at(after(i + 1)))) {
          i = after(i + 1);
        }
        if (at(i) == '.') ++i;  // the closing dot of U.S.
        return i;
      } else {
        break;
      }
    }
    return i;
  }

 private:
  std::string_view text_;
  std::size_t end_;
};

TokenShape shape_of(std::string_view token) {
  // Nearly every token is ASCII: its kinds of bytes, or'ed together, tell its shape.
  unsigned kinds = 0;
  bool ascii = true;
  for (const char c : token) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80) {
      ascii = false;
      break;
    }
    kinds |= static_cast<unsigned>(ascii_kind(byte));
  }
  if (ascii) {
    if (kinds & static_cast<unsigned>(AsciiKind::kLetter)) return TokenShape::kWord;
    if (kinds & static_cast<unsigned>(AsciiKind::kDigit)) return TokenShape::kNumber;
    return is_symbol(code_point_at(token, 0).value) ? TokenShape::kSymbol : TokenShape::kPunctuation;
  }
  bool letters = false, digits = false;
  std::size_t i = 0;
  while (i < token.size()) {
    CodePoint cp = code_point_at(token, i);
    letters = letters || is_letter(cp.value);
    digits = digits || is_digit(cp.value);
    i += cp.length;
  }
  if (letters) return TokenShape::kWord;
  if (digits) return TokenShape::kNumber;
  return is_symbol(code_point_at(token, 0).value) ? TokenShape::kSymbol : TokenShape::kPunctuation;
}

// What an ASCII byte is to the quick reading of plain tokens below; a byte of 0x80 or more is
// kNotPlain, since only the full reading decodes code points.
enum class PlainByte : unsigned char { kOther, kSpace, kWord, kNotPlain };

constexpr std::array<PlainByte, 256> make_plain_bytes() {
  std::array<PlainByte, 256> kinds{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 0x80) {
      kinds[c] = PlainByte::kNotPlain;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      kinds[c] = PlainByte::kWord;
    }
  }
  for (const char c : {' ', '\t', '\n', '\r', '\f', '\v'}) kinds[static_cast<unsigned char>(c)] = PlainByte::kSpace;
  // An apostrophe, a dot or a hyphen after a word may carry it on ("we're", "U.S.", "27-year-old").
  for (const char c : {'\'', '.', '-'}) kinds[static_cast<unsigned char>(c)] = PlainByte::kNotPlain;
  return kinds;
}
constexpr std::array<PlainByte, 256> kPlainBytes = make_plain_bytes();

PlainByte plain_byte(char c) { return kPlainBytes[static_cast<unsigned char>(c)]; }

// The end of the token that opens at text[i] (an ASCII byte, not a space) when it can be told
// without the full reading below, which gives the same end: a run of ASCII letters and digits
// opened by a letter and followed by a byte that can neither carry the word on (a non-ASCII
// byte, an apostrophe, a dot, a hyphen) nor be read otherwise; or one punctuation mark that opens
// neither a number nor an ellipsis. 0 when the full reading is needed.
std::size_t plain_ascii_token_end(std::string_view text, std::size_t i, std::size_t end) {
  const auto first = static_cast<unsigned char>(text[i]);
  const AsciiKind kind = ascii_kind(first);
  if (kind == AsciiKind::kDigit) return 0;
  if (kind == AsciiKind::kOther) return first == '.' || first == '-' || first == '+' ? 0 : i + 1;
  std::size_t j = i + 1;
  while (j < end && plain_byte(text[j]) == PlainByte::kWord) ++j;
  return j == end || plain_byte(text[j]) != PlainByte::kNotPlain ? j : 0;
}

bool is_ordinal_suffix(std::string_view suffix) {
  return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
}

}  // namespace

namespace {

// Fills a default token in place for text[span] (see make_token).
void fill_token(std::string_view text, Span span, Token& token) {
  token.span = span;
  std::string_view bytes = text.substr(span.start, span.size());
  normalize_for_matching(bytes, token.norm);
  token.shape = shape_of(bytes);
  token.capitalized = !bytes.empty() && is_upper(code_point_at(bytes, 0).value);
}

}  // namespace

Token make_token(std::string_view text, Span span) {
  Token token;
  fill_token(text, span, token);
  return token;
}

void token_spans(std::string_view text, Span span, const Abbreviations& abbreviations, std::vector<Span>& spans) {
  spans.clear();
  const std::size_t end = std::min<std::size_t>(span.end, text.size());
  Scanner scan(text, end);
  std::size_t i = span.start;
  while (i < end) {
    // Nearly every byte is ASCII: spaces, plain words and most punctuation are told at once.
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if (plain_byte(text[i]) == PlainByte::kSpace) {
        ++i;
        continue;
      }
      if (const std::size_t j = plain_ascii_token_end(text, i, end); j != 0) {
        spans.push_back({i, j});
        i = j;
        continue;
      }
    }
    const char32_t c = scan.at(i);
    if (is_space(c)) {
      i = scan.after(i);
      continue;
    }
    std::size_t j = i;
    const bool signed_number = (c == '-' || c == '+' || c == 0x2212) && is_digit(scan.at(scan.after(i))) &&
                               (i == span.start || is_space(code_point_before(text, i).value) ||
                                code_point_before(text, i).value == '(');
    if (is_digit(c) || signed_number) {
      j = scan.number(signed_number ? scan.after(i) : i);
      const std::size_t suffix_end = scan.letters(j);
      if (suffix_end > j && is_ordinal_suffix(text.substr(j, suffix_end - j))) j = suffix_end;
    } else if (is_letter(c)) {
      j = scan.word(i);
    } else if (c == '.') {
      while (j < end && scan.at(j) == '.') ++j;  // an ellipsis is one token
    } else {
      j = scan.after(i);
    }
    // Hyphenated compounds: 27-year-old, U.S.-led, co-ordinated, 2013-2014.
    const bool compound_head = j > i && (is_alnum(code_point_before(text, j).value) ||
                                         (text[j - 1] == '.' && j - i > 2 && is_letter(c)));
    if (compound_head) {
      while (j < end && is_hyphen(scan.at(j)) && is_alnum(scan.at(scan.after(j)))) {
        const std::size_t piece = scan.after(j);
        j = is_digit(scan.at(piece)) ? scan.number(piece) : scan.word(piece);
        j = scan.letters(j);
      }
    }
    // Mr. / Sen. / Nov. and initials (J. Smith) keep their dot; a sentence's last period does not.
    if (j < end && scan.at(j) == '.' && j + 1 < end && is_letter(c)) {
      std::string_view word = text.substr(i, j - i);
      const bool initial = word.size() == 1 && is_upper(c);
      if (initial || abbreviations.contains(word)) ++j;
    }
    spans.push_back({i, j});
    i = j;
  }
}

std::vector<Token> tokenize(std::string_view text, Span span, const Abbreviations& abbreviations) {
  // The tokens' spans are gathered in a list kept between calls, then the tokens are made in
  // place in a list of their exact size: growing each sentence's list a token at a time moved
  // every token several times and left up to half of it unused for as long as the analysis
  // lives, and tokens gathered whole were moved once more (a string each) into the exact list.
  thread_local std::vector<Span> spans;
  token_spans(text, span, abbreviations, spans);
  std::vector<Token> tokens(spans.size());
  for (std::size_t t = 0; t < spans.size(); ++t) fill_token(text, spans[t], tokens[t]);
  // After a page on one line, the list kept between calls goes back to nothing: it stays at
  // most a sentence's worth.
  if (spans.size() > kMaxKeptTokens) std::vector<Span>().swap(spans);
  return tokens;
}

}  // namespace factdiff
