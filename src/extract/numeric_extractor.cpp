#include "extract/numeric_extractor.h"

#include <algorithm>
#include <array>
#include <string>

#include "extract/number_parser.h"
#include "extract/numeric_calendar_reader.h"
#include "extract/numeric_dates.h"
#include "extract/numeric_figure_reader.h"
#include "extract/numeric_pieces.h"
#include "extract/numeric_sentence.h"

namespace factdiff {
namespace {

bool has_digit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A headline in title case ("Shooting Leaves 2 Dead"): most words capitalised.
bool is_title_case(const std::vector<Piece>& pieces) {
  int words = 0;
  int capitalized = 0;
  for (const Piece& piece : pieces) {
    if (piece.shape != PieceShape::kWord || piece.text.size() < 4) continue;
    ++words;
    if (piece.capitalized) ++capitalized;
  }
  return words >= 3 && capitalized * 10 >= words * 7;
}

// Byte ranges of the sentence that rules mark as no claim: phone numbers, addresses, URLs...
std::vector<Span> not_claim_spans(const std::vector<const Rule*>& patterns, std::string_view text,
                                  std::size_t base) {
  std::vector<Span> spans;
  for (const Rule* rule : patterns) {
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece match;
    std::size_t offset = 0;
    while (offset <= text.size() &&
           rule->regex->Match(input, offset, text.size(), RE2::UNANCHORED, &match, 1)) {
      const std::size_t start = static_cast<std::size_t>(match.data() - text.data());
      spans.push_back({base + start, base + start + match.size()});
      offset = start + std::max<std::size_t>(match.size(), 1);
    }
  }
  return spans;
}

bool blocked(const std::vector<Span>& spans, Span span) {
  return std::any_of(spans.begin(), spans.end(), [&](const Span& b) { return b.overlaps(span); });
}

Span span_of(const std::vector<Piece>& pieces, std::size_t begin, std::size_t end) {
  return {pieces[begin].span.start, pieces[end - 1].span.end};
}

Claim to_claim(const NumericMention& mention, const std::vector<Piece>& pieces,
               const Sentence& sentence) {
  Claim claim;
  claim.kind = mention.kind;
  claim.span = span_of(pieces, mention.begin, mention.end);
  claim.sentence = sentence.span;
  claim.rule = mention.rule;
  claim.value = mention.value;
  claim.qualifier = mention.qualifier;
  claim.unit = mention.unit;
  claim.predicate = mention.predicate;
  claim.negated = mention.negated;
  claim.subject = mention.subject;
  claim.resolved = mention.resolved;
  claim.parts.reserve(mention.parts.size());
  for (const auto& part : mention.parts) {
    if (part.end > part.begin && part.end <= pieces.size()) {
      claim.parts.push_back({part.name, span_of(pieces, part.begin, part.end)});
    }
  }
  if (mention.kind == ClaimKind::kDate && !mention.value.low && !mention.value.high) {
    claim.notes.push_back("relative date: no publication date to resolve it against");
  }
  return claim;
}

// A cheap look at the tokens before cutting a sentence into pieces: most sentences hold no
// digit and no word a figure, date or time can start with, and are skipped whole. An article
// ("a man", "a year") matters only beside a verb of an event's toll or a unit.
struct SentenceFilter {
  bool relevant = false;
  bool event_word = false;  // a verb of an event's toll (or a unit): "a man" may count
  bool digits = false;      // some token holds a digit
};

// Whether some piece of the sentence may start a figure, a date or a time by itself: digits, or
// a trigger word other than a lone qualifier (articles included). Pieces inside a token count
// too ("mid-June", "Three-People"), though the token filter reads only a token's first word.
bool has_piece_beyond_qualifiers(const NumericLexicons& lexicons, const Document& document,
                                 const Sentence& sentence) {
  return any_piece(document, sentence, [&](PieceShape shape, std::string_view text) {
    if (shape == PieceShape::kDigits) return true;
    const unsigned flags = lexicons.flags_of(text);
    return (flags & NumericLexicons::kTriggerWord) && !(flags & NumericLexicons::kLoneQualifierWord);
  });
}

// The bytes that end a token's first word: a hyphen, a period, an apostrophe.
constexpr std::array<bool, 256> kEndsFirstWord = [] {
  std::array<bool, 256> ends{};
  ends['-'] = ends['.'] = ends['\''] = true;
  return ends;
}();

// A token's text up to its first hyphen, period or apostrophe ("27" of "27-year-old"); one table
// look a byte, since find_first_of called memchr for every byte of every token and three
// comparisons cost more than the look.
std::string_view first_word_of(std::string_view norm) {
  std::size_t end = 0;
  while (end < norm.size() && !kEndsFirstWord[static_cast<unsigned char>(norm[end])]) ++end;
  return norm.substr(0, end);
}

SentenceFilter filter_sentence(const NumericLexicons& lexicons, const Document& document,
                               const Sentence& sentence) {
  SentenceFilter filter;
  bool article = false;
  bool lone_qualifier = false;
  // The tokens hold every byte of the sentence but its spaces: one scan of its text finds a digit
  // of any token, where a scan of each token's text cost a view of the document for each.
  filter.digits = has_digit(document.view(sentence.span));
  for (const Token& token : sentence.tokens) {
    const std::string_view word = first_word_of(token.norm);
    if (word.empty()) continue;
    const unsigned flags = lexicons.flags_of(word);
    if (flags == 0) continue;
    if (flags & NumericLexicons::kArticleWord) {
      article = true;
    } else if (flags & NumericLexicons::kLoneQualifierWord) {
      lone_qualifier = true;
    } else if (flags & NumericLexicons::kTriggerWord) {
      filter.relevant = true;
    }
    if (flags & (NumericLexicons::kEventVerbWord | NumericLexicons::kUnitWord)) filter.event_word = true;
  }
  filter.relevant = filter.relevant || filter.digits || (article && filter.event_word);
  // "in", "at", "over" start a mention only as a qualifier before a figure, a date or an
  // article ("at least a dozen"): a third of all sentences hold one and nothing it could qualify.
  if (!filter.relevant && lone_qualifier) {
    filter.relevant = article || has_piece_beyond_qualifiers(lexicons, document, sentence);
  }
  return filter;
}

bool is_bare_article(const std::vector<Piece>& pieces, std::size_t at) {
  const std::string_view word = pieces[at].text;
  return word == "a" || word == "an" || word == "another";
}

// A unit, scale or amount word right after an article: "a year", "a dozen", "a couple of" (a
// vague amount of two or three words that starts with the article).
bool unit_follows(const NumericLexicons& lexicons, const std::vector<Piece>& pieces, std::size_t at) {
  if (at + 1 >= pieces.size()) return false;
  const std::string_view next = pieces[at + 1].text;
  constexpr unsigned kAmountOrUnit = NumericLexicons::kUnitWord | NumericLexicons::kScaleWord |
                                     NumericLexicons::kFractionWord | NumericLexicons::kNumberWord;
  return (pieces[at + 1].word_flags & kAmountOrUnit) != 0 || pieces[at + 1].shape == PieceShape::kDigits ||
         ((pieces[at].word_flags & NumericLexicons::kVagueFirstWord) != 0 &&
          match_phrase(pieces, at, lexicons.vague, nullptr, 3) >= 2) ||
         next == "total" || next == "half";
}

// The bytes of the figure itself: a not-claim pattern must cover them to cancel the claim.
Span figure_span(const Claim& claim) {
  for (const MatchedPart& part : claim.parts) {
    if (part.name == "number" || part.name == "date" || part.name == "time") return part.span;
  }
  return claim.span;
}

// Whether a date or a time may start within the `words` pieces after `at`: a calendar reading
// starts only at digits or at a trigger word (a month, a weekday, "noon", "yesterday").
bool calendar_may_follow(const NumericSentence& s, std::size_t at, std::size_t words) {
  for (std::size_t next = at + 1; next < s.size() && next <= at + words; ++next) {
    if (s.is_digits(next) || s.has(next, NumericLexicons::kTriggerWord)) return true;
  }
  return false;
}

// "before 2019", "around 10 p.m.": a qualifier in front of a date or time.
std::optional<NumericMention> read_qualified_calendar(const NumericSentence& s, std::size_t at) {
  constexpr std::size_t kLongestQualifier = 4;  // words
  if (!s.has(at, NumericLexicons::kQualifierFirstWord) || !calendar_may_follow(s, at, kLongestQualifier)) {
    return std::nullopt;
  }
  std::string key;
  const std::size_t used = match_phrase(s.pieces, at, s.lexicons.qualifiers, &key, kLongestQualifier);
  if (used == 0) return std::nullopt;
  auto mention = read_calendar(s, at + used);
  if (!mention) return std::nullopt;
  // "after Friday's shooting": a possessive date says when the noun after it happened, and the
  // qualifier bounds that noun; the date itself is read alone.
  if (s.is(mention->end, "'") && s.is(mention->end + 1, "s")) return std::nullopt;
  const QualifierInfo& qualifier = s.lexicons.qualifiers.at(key);
  const bool bounds = qualifier.effect == QualifierEffect::kBefore ||
                      qualifier.effect == QualifierEffect::kAfter;
  // A time is a quantity: "about 9pm" widens like any measure. A date only takes bounds.
  if (bounds || mention->kind == ClaimKind::kTime) {
    mention->value = apply_qualifier(mention->value, qualifier.effect, false);
  }
  mention->qualifier = key;
  mention->parts.push_back({"qualifier", at, at + used});
  mention->begin = at;
  return mention;
}

// The mention starting at `at`: a qualified date or time, a date or time, or a figure. Each
// reading is returned as it is, not assigned to the one before (most are none).
std::optional<NumericMention> read_mention(const NumericSentence& s, std::size_t at) {
  if (auto mention = read_qualified_calendar(s, at)) return mention;
  if (auto mention = read_calendar(s, at)) return mention;
  return read_figure(s, at);
}

}  // namespace

NumericExtractor::NumericExtractor(const RuleSet& rules)
    : lexicons_(NumericLexicons::from_rules(rules)) {
  for (const Rule* rule : rules.patterns("numeric")) {
    auto effect = rule->fields.find("effect");
    const bool not_claim = effect != rule->fields.end() && effect->second == "not_claim" && rule->regex;
    if (not_claim) not_claim_patterns_.push_back(rule);
    is_not_claim_.push_back(not_claim);
  }
  numeric_patterns_ = rules.pattern_set("numeric");
}

NumericExtractor::NumericExtractor(NumericLexicons lexicons) : lexicons_(std::move(lexicons)) {
  if (lexicons_.word_flags.empty()) lexicons_.collect_triggers();
}

// Each not-claim pattern scanned every sentence with a digit, and almost none matches there: one
// pass of the stage's set picks the few worth scanning for their spans.
std::vector<const Rule*> NumericExtractor::not_claim_patterns_in(std::string_view text) const {
  if (numeric_patterns_ == nullptr) return not_claim_patterns_;
  std::vector<int> matched;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  const bool any = numeric_patterns_->match(text, &matched, &error);
  if (error.kind != RE2::Set::kNoError) return not_claim_patterns_;
  std::vector<const Rule*> patterns;
  if (!any) return patterns;
  std::sort(matched.begin(), matched.end());
  std::size_t next = 0;  // not_claim_patterns_ holds the stage's not-claim patterns in its order
  for (std::size_t index = 0; index < is_not_claim_.size(); ++index) {
    if (!is_not_claim_[index]) continue;
    if (std::binary_search(matched.begin(), matched.end(), static_cast<int>(index))) {
      patterns.push_back(not_claim_patterns_[next]);
    }
    ++next;
  }
  return patterns;
}

std::vector<Claim> NumericExtractor::extract(const AnalyzedDocument& analysis) const {
  std::vector<Claim> claims;
  if (analysis.document == nullptr) return claims;
  const Document& document = *analysis.document;
  std::optional<long> today = parse_iso_day(document.published);
  // One set of pieces for all the sentences: cut one after another, they reuse its storage.
  SentencePieces pieces;
  for (const Sentence& sentence : analysis.sentences) {
    if (sentence.block < analysis.blocks.size() && analysis.blocks[sentence.block].boilerplate) continue;
    const std::size_t first_new = claims.size();
    read_sentence(document, sentence, today, pieces, claims);
    for (std::size_t index = first_new; index < claims.size(); ++index) claims[index].doc = document.id;
  }
  std::stable_sort(claims.begin(), claims.end(),
                   [](const Claim& a, const Claim& b) { return a.span.start < b.span.start; });
  return claims;
}

std::vector<Claim> NumericExtractor::extract_sentence(const Document& document,
                                                      const Sentence& sentence,
                                                      std::optional<long> today) const {
  std::vector<Claim> claims;
  SentencePieces pieces;
  read_sentence(document, sentence, today, pieces, claims);
  return claims;
}

void NumericExtractor::read_sentence(const Document& document, const Sentence& sentence,
                                     std::optional<long> today, SentencePieces& cut,
                                     std::vector<Claim>& claims) const {
  const SentenceFilter filter = filter_sentence(lexicons_, document, sentence);
  if (!filter.relevant) return;
  split_into_pieces(document, sentence, cut);
  // Each piece's word classes, looked up once: the readers ask them again and again.
  for (Piece& piece : cut.pieces) piece.word_flags = lexicons_.flags_of(piece.text);
  const std::vector<Piece>& pieces = cut.pieces;
  // The not-claim spans are looked for once a claim is found: a tenth of the sentences with a
  // digit give none.
  std::optional<std::vector<Span>> no_claims;
  auto not_claim_spans_of_sentence = [&]() -> const std::vector<Span>& {
    if (!no_claims) {
      no_claims.emplace();
      std::string_view text = document.view(sentence.span);
      if (filter.digits) *no_claims = not_claim_spans(not_claim_patterns_in(text), text, sentence.span.start);
    }
    return *no_claims;
  };
  NumericSentence reading{document, pieces, lexicons_, today, is_title_case(pieces)};
  const bool has_event_word = filter.event_word;
  for (std::size_t at = 0; at < pieces.size();) {
    if (pieces[at].shape != PieceShape::kDigits && !(pieces[at].word_flags & NumericLexicons::kTriggerWord)) {
      ++at;  // most words start nothing: skip them before any phrase matching
      continue;
    }
    // "a man", "another man" only count with a verb of the event's toll in the sentence, or
    // before a unit ("a year", "a dozen"): skip the many other articles cheaply.
    if (!has_event_word && is_bare_article(pieces, at) && !unit_follows(lexicons_, pieces, at)) {
      ++at;
      continue;
    }
    std::optional<NumericMention> mention = read_mention(reading, at);
    if (!mention) {
      ++at;
      continue;
    }
    at = std::max(mention->next, at + 1);
    if (mention->rejected) continue;
    Claim claim = to_claim(*mention, pieces, sentence);
    if (blocked(not_claim_spans_of_sentence(), figure_span(claim))) continue;
    claims.push_back(std::move(claim));
  }
}

}  // namespace factdiff
