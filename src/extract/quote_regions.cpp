// Quote regions over paragraphs.
#include "extract/quote_regions.h"

#include <string_view>

#include <fmt/format.h>

namespace factdiff {
namespace {

// "open", "close", "both", or empty when word k is not a double quote mark. Asked of every
// punctuation mark of every paragraph: the mark is looked up as a view and its role returned as a
// view of the lexicon's value, rather than both copied into strings.
std::string_view mark_role(const AttributionParagraph& p, std::size_t k, const AttributionLexicons& lexicons) {
  const ParagraphWord& w = p.words[k];
  if (w.is_word) return {};
  // Commas and full stops, most marks, are turned away by their shape.
  const std::string_view mark = p.slice(w.start, w.end);
  if (!lexicons.filters.quote_marks.may_contain(mark)) return {};
  auto it = lexicons.quote_marks.find(mark);
  return it == lexicons.quote_marks.end() ? std::string_view() : std::string_view(it->second);
}

// A straight mark that ends its paragraph glued to the words before it (`at this time."`) can
// only close a quote: nothing follows for it to open.
bool is_glued_final_mark(const AttributionParagraph& p, std::size_t k) {
  return k + 1 == p.words.size() && k > 0 && p.words[k].start == p.words[k - 1].end;
}

// Word k closes a quote: a closing mark, or a straight mark that ends its paragraph.
bool closes_only(const AttributionParagraph& p, std::size_t k, std::string_view role) {
  return role == "close" || (role == "both" && is_glued_final_mark(p, k));
}

// The paragraph's only quote mark is its last word and a closing one: scraped copy that lost the
// opening mark of a paragraph-long quote (or of the paragraph continuing the quote before). A
// straight mark does not say so much: the quote it closes may have begun further back.
bool ends_with_lone_closing_mark(const AttributionParagraph& p, const AttributionLexicons& lexicons) {
  if (p.words.size() < 2) return false;
  for (std::size_t k = 0; k + 1 < p.words.size(); ++k) {
    if (!mark_role(p, k, lexicons).empty()) return false;
  }
  return mark_role(p, p.words.size() - 1, lexicons) == "close";
}

}  // namespace

bool QuoteRegion::covers(std::size_t paragraph, std::size_t word) const {
  for (const QuotePiece& piece : pieces) {
    if (piece.paragraph == paragraph && word >= piece.first_word && word < piece.end_word) return true;
  }
  return false;
}

std::vector<QuoteRegion> find_quote_regions(const std::vector<AttributionParagraph>& paragraphs,
                                            const AttributionLexicons& lexicons,
                                            std::vector<std::string>* warnings) {
  std::vector<QuoteRegion> regions;
  bool open = false;
  QuoteRegion current;
  std::size_t piece_start = 0;
  auto close_at = [&](std::size_t paragraph, std::size_t mark, bool closed) {
    current.pieces.push_back({paragraph, piece_start, mark});
    current.close_paragraph = paragraph;
    current.close_mark = mark;
    current.closed = closed;
    regions.push_back(current);
    current = QuoteRegion();
    open = false;
  };
  for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
    const AttributionParagraph& p = paragraphs[pi];
    std::size_t k = 0;
    if (open) {
      // The previous paragraph ended inside a quote: this one continues it only when it opens
      // with a quote mark.
      const std::string_view role = p.words.empty() ? std::string_view() : mark_role(p, 0, lexicons);
      if (role == "open" || role == "both") {
        current.pieces.push_back({pi - 1, piece_start, paragraphs[pi - 1].words.size()});
        piece_start = 1;
        k = 1;
      } else if (ends_with_lone_closing_mark(p, lexicons)) {
        // Scraped lines of one quote, the last without its reopening mark: it still continues.
        current.pieces.push_back({pi - 1, piece_start, paragraphs[pi - 1].words.size()});
        piece_start = 0;
      } else {
        const AttributionParagraph& before = paragraphs[pi - 1];
        if (warnings) {
          warnings->push_back(fmt::format(
              "quote opened at byte {} never closes; it ends with its paragraph",
              paragraphs[current.open_paragraph].original_offset(paragraphs[current.open_paragraph].words[current.open_mark].start)));
        }
        close_at(pi - 1, before.words.size(), false);
      }
    }
    for (; k < p.words.size(); ++k) {
      const std::string_view role = mark_role(p, k, lexicons);
      if (role.empty()) continue;
      if (!open) {
        if (closes_only(p, k, role)) {
          // A paragraph-long quote whose opening mark was lost in scraping: its words up to the
          // mark; any other stray closing mark is ignored.
          if (k > 0 && ends_with_lone_closing_mark(p, lexicons)) {
            current.open_paragraph = pi;
            current.open_mark = 0;
            current.opening_lost = true;
            piece_start = 0;
            close_at(pi, k, true);
          }
          continue;
        }
        open = true;
        current.open_paragraph = pi;
        current.open_mark = k;
        piece_start = k + 1;
        continue;
      }
      if (role == "open" && k > piece_start && p.words[k - 1].is_word) {
        // An opening mark glued to a word inside a quote: the earlier quote was never closed.
        if (warnings) {
          warnings->push_back(fmt::format("quote opened at byte {} never closes before the next one",
                                          paragraphs[current.open_paragraph].original_offset(paragraphs[current.open_paragraph].words[current.open_mark].start)));
        }
        close_at(pi, k, false);
        open = true;
        current.open_paragraph = pi;
        current.open_mark = k;
        piece_start = k + 1;
        continue;
      }
      close_at(pi, k, true);
    }
  }
  if (open) {
    const std::size_t last = paragraphs.size() - 1;
    if (warnings) {
      warnings->push_back(fmt::format(
          "quote opened at byte {} never closes; it ends with its paragraph",
          paragraphs[current.open_paragraph].original_offset(paragraphs[current.open_paragraph].words[current.open_mark].start)));
    }
    close_at(last, paragraphs[last].words.size(), false);
  }
  return regions;
}

}  // namespace factdiff
