// The text the attribution extractors read: content paragraphs with glued words split.
//
// Each content block of an AnalyzedDocument becomes one AttributionParagraph whose text is the
// original bytes with a space inserted at every glue repair ("Hollandetold" reads "Hollande told")
// and line breaks read as spaces; original_offset maps every byte back to the original offset, so
// claims still point at the document's own bytes. Words and sentences are found on that text.
//
//   for (const AttributionParagraph& p : attribution_paragraphs(analysis)) {
//     for (const ParagraphWord& w : p.words) { ... w.lower ... p.to_original(w.start, w.end) ... }
//   }
#pragma once

#include <cstddef>
#include <cstdint>
#include <set>
#include <unordered_set>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "extract/name_phrase.h"
#include "text/analyzed_document.h"

namespace factdiff {

struct AttributionLexicons;

struct ParagraphWord {
  std::size_t start = 0;  // offsets into AttributionParagraph::text
  std::size_t end = 0;
  std::string lower;      // case-folded, accents folded, curly apostrophes made straight
  bool is_word = true;    // false for punctuation and quote marks
  bool capitalized = false;
  // `lower` holds a space (folding made one of a character of the word): a lexicon phrase may
  // hide in the one word. Kept so that the readers asking it of every word need not search.
  bool lower_has_space = false;
  std::size_t sentence = 0;  // index into AttributionParagraph::sentences
};

struct AttributionParagraph {
  std::string text;
  // Where text[0] stands in the original, and the offsets into `text` (ascending) of the spaces
  // inserted at glue repairs: every byte else maps back one to one, so no offset is kept per byte.
  std::size_t origin_start = 0;
  std::vector<std::size_t> inserted;
  std::size_t block = 0;
  bool is_title = false;
  std::vector<ParagraphWord> words;
  std::vector<std::pair<std::size_t, std::size_t>> sentences;  // [start, end) into text
  // The names read at the words (read_paragraph_names in speaker_resolver.h) with the lexicons
  // `names_lexicons`; empty, and null, until then. Most words start no name: each word keeps
  // 1 + the index of its name in `names`, or 0, rather than a name-sized slot of its own.
  std::vector<NamePhrase> names;
  std::vector<std::uint32_t> name_at_word;
  const AttributionLexicons* names_lexicons = nullptr;

  // The original offset of text[i] (an inserted space: of the byte after it); i may be
  // text.size(), which maps to the end of the paragraph's original bytes.
  std::size_t original_offset(std::size_t i) const;
  // The original bytes covered by text[start, end).
  Span to_original(std::size_t start, std::size_t end) const;
  std::string_view slice(std::size_t start, std::size_t end) const {
    return std::string_view(text).substr(start, end - start);
  }
};

// Content paragraphs in document order (boilerplate blocks skipped). When the analysis has no
// blocks, the document is split at blank lines. `abbreviations` are lower-case words that a
// period does not end a sentence after ("mr", "gen"). `glued_verbs` are speech verb forms
// ("told") split off a capitalised word they are glued to ("Cazeneuvetold"), which glue repair
// leaves whole when the name occurs nowhere else.
std::vector<AttributionParagraph> attribution_paragraphs(
    const AnalyzedDocument& analysis, const std::vector<std::string>& abbreviations = {},
    const std::vector<std::string>& glued_verbs = {});

// Blocks the text layer set aside as pull quotes (reason "cue:pull-quote"), as paragraphs: a
// pull quote signed with its speaker is still a quote.
std::vector<AttributionParagraph> pull_quote_paragraphs(
    const AnalyzedDocument& analysis, const std::vector<std::string>& abbreviations = {},
    const std::vector<std::string>& glued_verbs = {});

// A photo caption: a paragraph ending with a credit in parentheses ("... (Jane Roe/AP)"). Its
// names are page furniture, so pronouns and descriptions of the story do not refer to them.
bool is_photo_caption(const AttributionParagraph& p);

// True when `text` has letters and none of them is lower case ("IS", "U.S.", "CNN").
bool is_all_caps(std::string_view text);

// The words from k that share its sentence, up to `limit` of them, joined by single spaces
// once: the phrase of the first n words is the first ends[n - 1] bytes of text.
struct WordRun {
  std::string text;
  std::vector<std::size_t> ends;
};
void word_run_at(const AttributionParagraph& p, std::size_t k, std::size_t limit, WordRun& run);

// The longest n (from `limit` down) whose folded phrase of words [k, k + n), all words of one
// sentence, `known(phrase, n)` accepts; 0 when none is. `phrase` is a std::string_view, valid
// during the call. Lexicon lookups from the longest phrase down view prefixes of one joined
// string instead of joining, or copying, each length anew (the word tables find a view).
template <typename Known>
std::size_t longest_known_phrase(const AttributionParagraph& p, std::size_t k, std::size_t limit,
                                 Known&& known) {
  // A reused buffer: this runs at most words of every paragraph, several times, and allocating
  // the run each time cost more than the lookups. `known` must not call back.
  thread_local WordRun run;
  word_run_at(p, k, limit, run);
  for (std::size_t n = run.ends.size(); n >= 1; --n) {
    if (known(std::string_view(run.text).substr(0, run.ends[n - 1]), n)) return n;
  }
  return 0;
}

// Case-folded, accent-folded form of a word or phrase ("François" -> "francois").
std::string fold_text(std::string_view text);

// Splits "FranoisHollande" into "Franois Hollande" (a lower-to-upper change inside a word, both
// parts at least three letters); other text is returned unchanged.
std::string split_camel_case(std::string_view name);
// split_camel_case of `name`, in place (nearly every name is left as it is).
void split_camel_case_in_place(std::string& name);

}  // namespace factdiff
