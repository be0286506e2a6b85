// Paragraph text for the attribution extractors: glue repairs applied, words and sentences found.
#include "extract/quote_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include <utf8proc.h>

#include "core/utf8.h"

namespace factdiff {
namespace {

constexpr bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// is_ascii_alnum of every byte (false from 0x80), read by the tokenizer's inner loop at most
// bytes of every paragraph: one load where the test took three comparisons.
constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> table{};
  for (std::size_t c = 0; c < 0x80; ++c) table[c] = is_ascii_alnum(static_cast<unsigned char>(c));
  return table;
}();

// The end of the run of ASCII letters and digits that starts at i.
std::size_t ascii_alnum_run_end(std::string_view text, std::size_t i) {
  while (i < text.size() && kAsciiAlnum[static_cast<unsigned char>(text[i])]) ++i;
  return i;
}

// Eight bytes at a time: folding and copying touch every byte of every paragraph, and nearly
// all of them are ASCII letters and spaces, which a word of eight bytes tests at once.
constexpr std::size_t kChunk = sizeof(std::uint64_t);
constexpr std::uint64_t every_byte(unsigned char value) { return 0x0101010101010101ULL * value; }
constexpr std::uint64_t kHighBits = every_byte(0x80);

std::uint64_t load_chunk(const char* at) {
  std::uint64_t chunk;
  std::memcpy(&chunk, at, kChunk);
  return chunk;
}

// Lowers A-Z of the eight bytes at `at` when none of them belongs to a multi-byte character;
// false (and the bytes left alone) when one does.
bool lower_ascii_chunk(char* at) {
  std::uint64_t chunk = load_chunk(at);
  if (chunk & kHighBits) return false;
  // With every byte under 0x80 no sum below carries into the next byte: the high bit of each
  // byte says whether it is above 'Z', and whether it is 'A' or above.
  const std::uint64_t above_z = chunk + every_byte(0x7F - 'Z');
  const std::uint64_t from_a = chunk + every_byte(0x80 - 'A');
  const std::uint64_t capitals = from_a & ~above_z & kHighBits;
  chunk |= capitals >> 2;  // 0x80 >> 2 is the case bit 0x20
  std::memcpy(at, &chunk, kChunk);
  return true;
}

void lower_ascii_byte(char& c) {
  if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

// `text` with A-Z lowered, into `out`. False when `text` holds a byte of a multi-byte character
// (which only utf8proc folds); `out` is then of no use.
bool lower_ascii(std::string_view text, std::string& out) {
  const std::size_t size = text.size();
  if (size < kChunk) {
    // Short words, most of them, are lowered in one chunk of their own, padded with zeros.
    char chunk[kChunk] = {};
    if (size > 0) std::memcpy(chunk, text.data(), size);
    if (!lower_ascii_chunk(chunk)) return false;
    out.assign(chunk, size);
    return true;
  }
  out.assign(text);
  char* const bytes = out.data();
  for (std::size_t i = 0; i + kChunk <= size; i += kChunk) {
    if (!lower_ascii_chunk(bytes + i)) return false;
  }
  // The last bytes in a chunk that overlaps the one before: lowering twice changes nothing.
  return size % kChunk == 0 || lower_ascii_chunk(bytes + size - kChunk);
}

// `text` with A-Z lowered into `out`, every other byte (multi-byte characters' too) as it is.
void lower_ascii_keeping_others(std::string_view text, std::string& out) {
  out.assign(text);
  char* const bytes = out.data();
  std::size_t i = 0;
  for (; i + kChunk <= out.size(); i += kChunk) {
    if (lower_ascii_chunk(bytes + i)) continue;
    for (std::size_t k = i; k < i + kChunk; ++k) lower_ascii_byte(bytes[k]);
  }
  for (; i < out.size(); ++i) lower_ascii_byte(bytes[i]);
}

// Line breaks and tabs of bytes[0, size) become spaces.
void blank_line_breaks(char* bytes, std::size_t size) {
  const auto blank = [](char& c) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  };
  std::size_t i = 0;
  for (; i + kChunk <= size; i += kChunk) {
    // A chunk without a byte under 0x0E ('\r') holds none of them (the test is exact for any).
    const std::uint64_t chunk = load_chunk(bytes + i);
    if (((chunk - every_byte(0x0E)) & ~chunk & kHighBits) == 0) continue;
    for (std::size_t k = i; k < i + kChunk; ++k) blank(bytes[k]);
  }
  for (; i < size; ++i) blank(bytes[i]);
}

// Curly quotes, guillemets, dashes and the ellipsis are punctuation even though they are
// multi-byte; every other non-ASCII character is read as a letter.
std::size_t special_punctuation_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) -> unsigned char {
    return k < text.size() ? static_cast<unsigned char>(text[k]) : 0;
  };
  if (byte(i) == 0xE2 && byte(i + 1) == 0x80) {
    const unsigned char third = byte(i + 2);
    if ((third >= 0x93 && third <= 0x9F) || third == 0xA6) return 3;
  }
  if (byte(i) == 0xC2 && (byte(i + 1) == 0xAB || byte(i + 1) == 0xBB)) return 2;
  return 0;
}

bool is_curly_apostrophe(std::string_view text, std::size_t i) {
  return text.substr(i, 3) == "\xE2\x80\x99";
}

// Asked at every byte of every paragraph's words: the ASCII answer is kept small enough to be
// inlined there, and only a multi-byte character pays for a call.
inline bool is_letter_at(std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return is_ascii_alnum(c);
  return special_punctuation_length(text, i) == 0;
}

bool is_upper_at(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  const std::size_t length = utf8_sequence_length(text, i);
  if (length == 0) return false;
  return utf8proc_isupper(static_cast<utf8proc_int32_t>(utf8_decode_at(text, i, length)));
}

// "U", "U.S" and "e.g" may take a period inside the word; "2019" may not (2019.He is glued).
bool looks_like_initialism(std::string_view word) {
  for (std::size_t i = 0; i < word.size(); ++i) {
    const bool letter_slot = i % 2 == 0;
    if (letter_slot && !std::isalpha(static_cast<unsigned char>(word[i]))) return false;
    if (!letter_slot && word[i] != '.') return false;
  }
  return !word.empty();
}

// The folded form of `word` of `text` into its `lower`, empty before. Every word of every
// paragraph is folded: an ASCII word, most of them, is copied from `lowered` (the paragraph with
// A-Z lowered once), in the buffer the word already owns (appending to an empty string costs less
// than assigning it); only a word with a multi-byte character pays for fold_text.
void fold_word(std::string_view text, std::string_view lowered, bool ascii, ParagraphWord& word) {
  if (ascii) {
    word.lower.append(lowered.substr(word.start, word.end - word.start));
  } else {
    word.lower = fold_text(text.substr(word.start, word.end - word.start));
    word.lower_has_space = word.lower.find(' ') != std::string::npos;
  }
}

// A paragraph holds about one word (punctuation marks counted) per five or six bytes: room for
// one per four bytes spares the vector its regrowths, each of which moved every word's string.
constexpr std::size_t kBytesPerWordAtLeast = 4;

std::vector<ParagraphWord> tokenize(std::string_view text) {
  std::vector<ParagraphWord> words;
  words.reserve(text.size() / kBytesPerWordAtLeast + 1);
  // Reused: every paragraph is lowered whole, and a buffer of its own each time cost an allocation.
  thread_local std::string lowered;
  lower_ascii_keeping_others(text, lowered);
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c <= ' ') {
      ++i;
      continue;
    }
    if (!is_letter_at(text, i)) {
      std::size_t length = special_punctuation_length(text, i);
      if (length == 0) length = 1;
      if (c >= 0x80 && special_punctuation_length(text, i) == 0) length = 1;
      ParagraphWord& word = words.emplace_back();
      word.start = i;
      word.end = i + length;
      word.is_word = false;
      fold_word(text, lowered, c < 0x80, word);
      i += length;
      continue;
    }
    std::size_t end = i;
    bool ascii = true;
    while (end < text.size()) {
      end = ascii_alnum_run_end(text, end);
      if (end >= text.size()) break;
      if (is_letter_at(text, end)) {
        const bool multi_byte = static_cast<unsigned char>(text[end]) >= 0x80;
        ascii = ascii && !multi_byte;
        end += multi_byte ? std::max<std::size_t>(1, utf8_sequence_length(text, end)) : 1;
        continue;
      }
      const char d = text[end];
      const bool letter_before = end > i;
      if (d == '.' && letter_before) {
        const std::string_view so_far = text.substr(i, end - i);
        const bool digits = std::isdigit(static_cast<unsigned char>(text[end - 1])) &&
                            end + 1 < text.size() &&
                            std::isdigit(static_cast<unsigned char>(text[end + 1]));
        if (digits || looks_like_initialism(so_far)) {
          ++end;
          continue;
        }
        break;
      }
      if ((d == '-' || d == '\'' || d == ',' || d == '&') && letter_before &&
          is_letter_at(text, end + 1)) {
        if (d == ',' && !(std::isdigit(static_cast<unsigned char>(text[end - 1])) &&
                          std::isdigit(static_cast<unsigned char>(text[end + 1])))) {
          break;
        }
        ++end;
        continue;
      }
      if (is_curly_apostrophe(text, end) && letter_before && is_letter_at(text, end + 3)) {
        ascii = false;
        end += 3;
        continue;
      }
      break;
    }
    ParagraphWord& word = words.emplace_back();
    word.start = i;
    word.end = end;
    word.capitalized = is_upper_at(text, i);
    fold_word(text, lowered, ascii, word);
    i = end;
  }
  return words;
}

bool is_terminal(const ParagraphWord& word) {
  return !word.is_word && (word.lower == "." || word.lower == "!" || word.lower == "?");
}

bool is_quote_mark(const ParagraphWord& word) {
  return !word.is_word && (word.lower == "\"" || word.lower == "'");
}

void split_sentences(AttributionParagraph& paragraph, const std::vector<std::string>& abbreviations) {
  std::vector<ParagraphWord>& words = paragraph.words;
  std::size_t sentence_start = 0;
  std::size_t sentence_index = 0;
  std::size_t first_word = 0;
  for (std::size_t k = 0; k < words.size(); ++k) {
    words[k].sentence = sentence_index;
    if (!is_terminal(words[k])) continue;
    std::size_t last = k;
    // A closing quote mark glued to the period belongs to this sentence.
    while (last + 1 < words.size() && is_quote_mark(words[last + 1]) &&
           words[last + 1].start == words[last].end) {
      ++last;
      words[last].sentence = sentence_index;
    }
    if (last + 1 >= words.size()) break;
    const ParagraphWord& next = words[last + 1];
    const bool next_opens = next.capitalized || is_quote_mark(next) ||
                            (next.is_word && std::isdigit(static_cast<unsigned char>(next.lower[0])));
    bool abbreviation = false;
    if (k > 0 && words[k].lower == "." && words[k - 1].is_word && words[k - 1].end == words[k].start) {
      const std::string& before = words[k - 1].lower;
      abbreviation = std::find(abbreviations.begin(), abbreviations.end(), before) != abbreviations.end() ||
                     (before.size() == 1 && std::isalpha(static_cast<unsigned char>(before[0])));
    }
    if (!next_opens || abbreviation) {
      k = last;
      continue;
    }
    paragraph.sentences.emplace_back(sentence_start, words[last].end);
    sentence_start = next.start;
    ++sentence_index;
    first_word = last + 1;
    k = last;
  }
  (void)first_word;
  if (!words.empty()) paragraph.sentences.emplace_back(sentence_start, words.back().end);
  // Words marked past the last boundary belong to the last sentence.
  for (ParagraphWord& word : words) {
    word.sentence = std::min(word.sentence, paragraph.sentences.empty() ? 0 : paragraph.sentences.size() - 1);
  }
}

constexpr std::size_t kShortestGluedName = 4;

// Original offsets where a speech verb is glued to the capitalised word before it.
void add_glued_verb_splits(const AttributionParagraph& paragraph, const std::vector<std::string>& glued_verbs,
                           std::vector<std::size_t>& split_points) {
  for (const ParagraphWord& word : paragraph.words) {
    if (!word.is_word || !word.capitalized) continue;
    for (const std::string& verb : glued_verbs) {
      if (word.lower.size() < verb.size() + kShortestGluedName) continue;
      if (word.lower.compare(word.lower.size() - verb.size(), verb.size(), verb) != 0) continue;
      const std::size_t at = word.end - verb.size();
      if (!std::islower(static_cast<unsigned char>(paragraph.text[at])) ||
          !std::islower(static_cast<unsigned char>(paragraph.text[at - 1]))) {
        continue;
      }
      split_points.push_back(paragraph.original_offset(at));
      break;
    }
  }
}

AttributionParagraph build_paragraph(const AnalyzedDocument& analysis, Span span, std::size_t block,
                                     bool is_title, const std::vector<std::string>& abbreviations,
                                     std::vector<std::size_t> split_points) {
  const std::string& bytes = analysis.document->bytes;
  std::sort(split_points.begin(), split_points.end());
  split_points.erase(std::unique(split_points.begin(), split_points.end()), split_points.end());
  AttributionParagraph paragraph;
  paragraph.block = block;
  paragraph.is_title = is_title;
  paragraph.origin_start = span.start;
  // One byte per byte of the span, one more per split.
  paragraph.text.reserve(span.size() + split_points.size());
  // The bytes between split points are copied a run at a time (a byte at a time was a tenth of
  // building the paragraphs).
  const auto copy_run = [&](std::size_t from, std::size_t to) {
    const std::size_t at = paragraph.text.size();
    paragraph.text.append(bytes, from, to - from);
    blank_line_breaks(paragraph.text.data() + at, to - from);
  };
  std::size_t copied = span.start;
  for (std::size_t split : split_points) {
    if (split < span.start || split >= span.end) continue;
    copy_run(copied, split);
    paragraph.inserted.push_back(paragraph.text.size());
    paragraph.text.push_back(' ');
    copied = split;
  }
  copy_run(copied, span.end);
  paragraph.words = tokenize(paragraph.text);
  split_sentences(paragraph, abbreviations);
  return paragraph;
}

AttributionParagraph make_paragraph(const AnalyzedDocument& analysis, Span span, std::size_t block,
                                    bool is_title, const std::vector<std::string>& abbreviations,
                                    const std::vector<std::string>& glued_verbs) {
  std::vector<std::size_t> split_points;
  for (const GlueRepair& repair : analysis.repairs) {
    if (!span.contains(repair.span)) continue;
    for (std::size_t p = 1; p < repair.pieces.size(); ++p) split_points.push_back(repair.pieces[p].start);
  }
  AttributionParagraph paragraph = build_paragraph(analysis, span, block, is_title, abbreviations, split_points);
  if (glued_verbs.empty()) return paragraph;
  const std::size_t before = split_points.size();
  add_glued_verb_splits(paragraph, glued_verbs, split_points);
  if (split_points.size() == before) return paragraph;
  return build_paragraph(analysis, span, block, is_title, abbreviations, split_points);
}

// Paragraphs of a document analysed without blocks: runs of non-blank lines, the first
// non-empty line (the title) on its own.
std::vector<Span> blank_line_blocks(const std::string& bytes, std::size_t& title_index) {
  std::vector<Span> blocks;
  std::size_t line_start = 0;
  std::size_t block_start = std::string::npos;
  bool title_done = false;
  title_index = std::string::npos;
  auto close_block = [&](std::size_t end) {
    if (block_start == std::string::npos) return;
    while (end > block_start && (bytes[end - 1] == '\r' || bytes[end - 1] == ' ')) --end;
    blocks.push_back({block_start, end});
    block_start = std::string::npos;
  };
  while (line_start <= bytes.size()) {
    std::size_t line_end = bytes.find('\n', line_start);
    if (line_end == std::string::npos) line_end = bytes.size();
    const std::string_view line(bytes.data() + line_start, line_end - line_start);
    const bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
    if (blank) {
      close_block(line_start > 0 ? line_start - 1 : 0);
    } else if (!title_done) {
      close_block(line_start);
      blocks.push_back({line_start, line_start + line.size()});
      if (!blocks.back().empty() && bytes[blocks.back().end - 1] == '\r') --blocks.back().end;
      title_index = blocks.size() - 1;
      title_done = true;
    } else if (block_start == std::string::npos) {
      block_start = line_start;
    }
    if (line_end >= bytes.size()) {
      close_block(bytes.size());
      break;
    }
    line_start = line_end + 1;
  }
  return blocks;
}

}  // namespace

std::size_t AttributionParagraph::original_offset(std::size_t i) const {
  // Each space inserted before text[i] puts it one byte further from its original offset; an
  // inserted space itself maps to the split it marks, the offset of the byte after it.
  const auto spaces_before =
      static_cast<std::size_t>(std::lower_bound(inserted.begin(), inserted.end(), i) - inserted.begin());
  return origin_start + i - spaces_before;
}

Span AttributionParagraph::to_original(std::size_t start, std::size_t end) const {
  if (end <= start) return {original_offset(start), original_offset(start)};
  return {original_offset(start), original_offset(end - 1) + 1};
}

std::vector<AttributionParagraph> attribution_paragraphs(const AnalyzedDocument& analysis,
                                                         const std::vector<std::string>& abbreviations,
                                                         const std::vector<std::string>& glued_verbs) {
  std::vector<AttributionParagraph> paragraphs;
  if (analysis.document == nullptr) return paragraphs;
  if (!analysis.blocks.empty()) {
    for (std::size_t b = 0; b < analysis.blocks.size(); ++b) {
      const Block& block = analysis.blocks[b];
      if (block.boilerplate || block.span.empty()) continue;
      paragraphs.push_back(make_paragraph(analysis, block.span, b, block.is_title, abbreviations, glued_verbs));
    }
    return paragraphs;
  }
  std::size_t title_index = 0;
  const std::vector<Span> blocks = blank_line_blocks(analysis.document->bytes, title_index);
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (blocks[b].empty()) continue;
    paragraphs.push_back(make_paragraph(analysis, blocks[b], b, b == title_index, abbreviations, glued_verbs));
  }
  return paragraphs;
}

std::vector<AttributionParagraph> pull_quote_paragraphs(const AnalyzedDocument& analysis,
                                                        const std::vector<std::string>& abbreviations,
                                                        const std::vector<std::string>& glued_verbs) {
  std::vector<AttributionParagraph> paragraphs;
  if (analysis.document == nullptr) return paragraphs;
  for (std::size_t b = 0; b < analysis.blocks.size(); ++b) {
    const Block& block = analysis.blocks[b];
    if (!block.boilerplate || block.reason.find("pull-quote") == std::string::npos) continue;
    paragraphs.push_back(make_paragraph(analysis, block.span, b, block.is_title, abbreviations, glued_verbs));
  }
  return paragraphs;
}

bool is_all_caps(std::string_view text) {
  // islower and isupper of the "C" locale (which factdiff never changes), inline: this is asked
  // at most words of every paragraph, and a library call per byte cost more than the answer.
  bool letters = false;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letters = true;
  }
  return letters;
}

bool is_photo_caption(const AttributionParagraph& p) {
  if (p.words.empty() || p.words.back().is_word || p.words.back().lower != ")") return false;
  for (std::size_t k = p.words.size() - 1; k-- > 0;) {
    if (!p.words[k].is_word && p.words[k].lower == "(") return false;
    if (p.words[k].lower == "/" || p.words[k].lower.find('/') != std::string::npos) return true;
  }
  return false;
}

void word_run_at(const AttributionParagraph& p, std::size_t k, std::size_t limit, WordRun& run) {
  run.text.clear();
  run.ends.clear();
  for (std::size_t i = k; i < p.words.size() && i < k + limit; ++i) {
    if (!p.words[i].is_word || p.words[i].sentence != p.words[k].sentence) break;
    if (!run.text.empty()) run.text += ' ';
    run.text += p.words[i].lower;
    run.ends.push_back(run.text.size());
  }
}

std::string fold_text(std::string_view text) {
  // Most words are ASCII, where decomposing, stripping marks and case folding come to lowering
  // A-Z (and there are no curly quotes to straighten): skip utf8proc and its allocation there.
  // The copy is lowered while its bytes are checked, eight at a time, and given up for the rare
  // text with a byte of a multi-byte character.
  std::string lowered;
  if (lower_ascii(text, lowered)) return lowered;
  std::string out;
  utf8proc_uint8_t* mapped = nullptr;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                       UTF8PROC_CASEFOLD);
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &mapped, options);
  if (length < 0) {
    out.assign(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  } else {
    out.assign(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
  }
  std::free(mapped);
  // Curly quotes and apostrophes read as straight ones.
  std::string straight;
  straight.reserve(out.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out.compare(i, 3, "\xE2\x80\x98") == 0 || out.compare(i, 3, "\xE2\x80\x99") == 0) {
      straight.push_back('\'');
      i += 2;
    } else if (out.compare(i, 3, "\xE2\x80\x9C") == 0 || out.compare(i, 3, "\xE2\x80\x9D") == 0) {
      straight.push_back('"');
      i += 2;
    } else {
      straight.push_back(out[i]);
    }
  }
  return straight;
}

namespace {

// The C library's isupper and islower in the "C" locale (which factdiff never changes), inline:
// they were a library call for every byte of every name read.
bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

// Whether a lower-case letter is followed by an upper-case one somewhere in `name`.
bool changes_case_inside(std::string_view name) {
  for (std::size_t i = 1; i < name.size(); ++i) {
    if (is_upper_ascii(name[i]) && is_lower_ascii(name[i - 1])) return true;
  }
  return false;
}

}  // namespace

void split_camel_case_in_place(std::string& name) {
  if (changes_case_inside(name)) name = split_camel_case(name);
}

std::string split_camel_case(std::string_view name) {
  const auto is_upper = is_upper_ascii;
  const auto is_lower = is_lower_ascii;
  // Nearly every name has no lower-to-upper change at all: it is copied whole, not a byte at a
  // time.
  if (!changes_case_inside(name)) return std::string(name);
  std::string out;
  out.reserve(name.size());
  std::size_t run_start = 0;  // start of the current lower-case run's word
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (name[i] == ' ') run_start = out.size() + 1;
    if (is_upper(name[i]) && i > 0 && is_lower(name[i - 1])) {
      const std::size_t left = out.size() - run_start;
      std::size_t right = 1;
      while (i + right < name.size() && is_lower(name[i + right])) ++right;
      if (left >= 3 && right >= 3) {
        out.push_back(' ');
        run_start = out.size();
      }
    }
    out.push_back(name[i]);
  }
  return out;
}

}  // namespace factdiff
