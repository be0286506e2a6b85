// Quotes and reported statements, attributed in text order so that "he said" finds the speaker
// named just before.
#include "extract/quote_extractor.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string_view>

#include <fmt/format.h>

#include "core/word_hash.h"
#include "extract/entity_lexicons.h"
#include "extract/lower_case_words.h"
#include "extract/quote_regions.h"
#include "extract/speaker_resolver.h"
#include "extract/statement_extractor.h"

namespace factdiff {
namespace {

constexpr std::size_t kShortQuoteWords = 4;  // shorter quotes need a speech verb nearby

struct Attribution {
  std::optional<SubjectPhrase> subject;
  std::size_t paragraph = 0;
  std::size_t verb = SIZE_MAX;      // word index in `paragraph`
  bool signed_with_dash = false;    // `” — Name`: the verb is "say"
  bool according_to = false;        // `according to Name`
  std::size_t audience_begin = 0;
  std::size_t audience_end = 0;
  bool head = false;                // found before the quote
  std::string lemma;                // the verb's lemma when it is no speech verb ("treat")
  bool borrowed = false;            // the next quote's attribution: the claim's span stays its own
};

bool is_dash(const std::string& mark) {
  return mark == "-" || mark == "\xE2\x80\x93" || mark == "\xE2\x80\x94";
}

bool is_speech_verb(const AttributionParagraph& p, std::size_t k, const AttributionLexicons& lexicons) {
  return lexicons.speech_verb_at(p.words, k) != nullptr;
}

// "told a packed, sombre chamber": the audience runs to the end of the clause, stopping at a time
// expression ("on Monday") and at a comma unless only a short adjective run to the sentence end
// follows it.
std::pair<std::size_t, std::size_t> audience_after(const AttributionParagraph& p, std::size_t verb,
                                                   const AttributionLexicons& lexicons) {
  const std::size_t begin = verb + 1;
  std::size_t end = begin;
  while (end < p.words.size() && p.words[end].sentence == p.words[verb].sentence) {
    const ParagraphWord& w = p.words[end];
    if (!w.is_word) {
      if (w.lower != ",") break;
      std::size_t rest = end + 1;
      std::size_t words = 0;
      bool ing = false;
      while (rest < p.words.size() && p.words[rest].is_word) {
        if (p.words[rest].lower.size() > 3 &&
            p.words[rest].lower.compare(p.words[rest].lower.size() - 3, 3, "ing") == 0) ing = true;
        ++words;
        ++rest;
      }
      const bool to_sentence_end = rest >= p.words.size() || p.words[rest].lower == ".";
      if (!to_sentence_end || words > 2 || ing) break;
      ++end;
      continue;
    }
    const std::string& word_class = lexicons.word_class(w.lower);
    if (word_class == "time") break;
    if ((w.lower == "on" || w.lower == "late" || w.lower == "early") && end + 1 < p.words.size() &&
        lexicons.word_class(p.words[end + 1].lower) == "time") {
      break;
    }
    if (w.lower == "that" || lexicons.speech_verb_at(p.words, end)) break;
    ++end;
  }
  return {begin, end};
}

// The quote whose closing mark is word `after - 1` ends with a full stop inside it. A question
// or exclamation mark says nothing of the sentence: `"So which is it?" Lynch asked`.
bool quote_ends_sentence(const AttributionParagraph& p, std::size_t after) {
  if (after < 2) return false;
  const ParagraphWord& last = p.words[after - 2];
  return !last.is_word && last.lower == ".";
}

// The speaker after the closing mark: `," said Christophe` or `," the president said`.
std::optional<Attribution> tail_attribution(const AttributionParagraph& p, std::size_t paragraph,
                                            std::size_t after, const AttributionLexicons& lexicons) {
  // `... hatred." He added that ...`: a quote that ends its sentence with a full stop inside its
  // marks, followed by a capitalised word, is done; the next sentence reports something else.
  if (quote_ends_sentence(p, after) && after < p.words.size() && p.words[after].is_word &&
      p.words[after].capitalized) {
    return std::nullopt;
  }
  std::size_t t = after;
  while (t < p.words.size() && !p.words[t].is_word && p.words[t].lower == ",") ++t;
  if (t >= p.words.size()) return std::nullopt;
  Attribution found;
  found.paragraph = paragraph;
  // A signature after a dash: `” — Orlando Mayor Buddy Dyer`.
  if (t == after && t < p.words.size() && !p.words[t].is_word && is_dash(p.words[t].lower)) {
    found.subject = read_subject_at(p, t + 1, lexicons);
    if (!found.subject || found.subject->kind != SubjectKind::kName) return std::nullopt;
    found.verb = t;
    found.signed_with_dash = true;
    return found;
  }
  if (!p.words[t].is_word) return std::nullopt;
  // `," according to police.`
  if (t + 2 < p.words.size() && p.words[t].lower == "according" && p.words[t + 1].lower == "to") {
    found.subject = read_subject_at(p, t + 2, lexicons);
    if (!found.subject) return std::nullopt;
    found.verb = t;
    found.according_to = true;
    return found;
  }
  if (is_speech_verb(p, t, lexicons)) {
    found.verb = t;
    found.subject = read_subject_at(p, t + 1, lexicons);
    if (!found.subject) return std::nullopt;
    return found;
  }
  constexpr std::size_t kReach = 9;
  for (std::size_t v = t + 1; v < p.words.size() && v <= t + kReach; ++v) {
    // Punctuation ends the search, except commas and the period of an abbreviation ("Gov.").
    const bool abbreviation_period = p.words[v].lower == "." && v + 1 < p.words.size() &&
                                     p.words[v + 1].sentence == p.words[v].sentence;
    if (!p.words[v].is_word && p.words[v].lower != "," && !abbreviation_period) break;
    if (!is_speech_verb(p, v, lexicons)) continue;
    found.subject = read_subject_before(p, v, lexicons);
    if (!found.subject || found.subject->begin < t) return std::nullopt;
    found.verb = v;
    const std::string& lemma = *lexicons.speech_verb(p.words[v].lower);
    if (lexicons.audience_verbs.count(lemma)) {
      std::tie(found.audience_begin, found.audience_end) = audience_after(p, v, lexicons);
    }
    return found;
  }
  return std::nullopt;
}

// The speaker before the opening mark, in the same sentence: `Kerry ... said, "Tonight`.
std::optional<Attribution> head_attribution(const AttributionParagraph& p, std::size_t paragraph,
                                            std::size_t open_mark, const AttributionLexicons& lexicons) {
  const std::size_t sentence = p.words[open_mark].sentence;
  for (std::size_t v = open_mark; v-- > 0 && p.words[v].sentence == sentence;) {
    if (!is_speech_verb(p, v, lexicons)) continue;
    // "thought, "..."" introduces the words right after it; "thought it was "cool"" is no quote.
    if (lexicons.quoted_only_verbs.count(*lexicons.speech_verb(p.words[v].lower)) &&
        !(v + 1 == open_mark || (v + 2 == open_mark && !p.words[v + 1].is_word))) {
      continue;
    }
    Attribution found;
    found.paragraph = paragraph;
    found.verb = v;
    found.head = true;
    found.subject = read_subject_before(p, v, lexicons);
    if (!found.subject) {
      // "... and pledged the United States would stand "shoulder to shoulder"", "On Monday, Ann
      // Lee posted an update, saying: "...": the sentence's subject speaks.
      found.subject = read_sentence_subject(p, v, lexicons);
    }
    if (!found.subject) return std::nullopt;
    return found;
  }
  return std::nullopt;
}

// The "as" whose characterisation the quote at `open_mark` gives: right before the mark, or
// before a first plain word joined to the quote by "and" (`described the plan as risky and "far
// too costly"`). SIZE_MAX when there is none.
std::size_t characterising_as(const AttributionParagraph& p, std::size_t open_mark) {
  auto word_is = [&](std::size_t k, const char* lower) {
    return k < p.words.size() && p.words[k].is_word && p.words[k].lower == lower &&
           p.words[k].sentence == p.words[open_mark].sentence;
  };
  if (open_mark >= 1 && word_is(open_mark - 1, "as")) return open_mark - 1;
  if (open_mark >= 3 && word_is(open_mark - 1, "and") && p.words[open_mark - 2].is_word && word_is(open_mark - 3, "as")) {
    return open_mark - 3;
  }
  return SIZE_MAX;
}

// `treated by police as "potentially suspicious"`, `Police are treating the fire as "potentially
// suspicious"`: quoted words right after "as" characterise something in the words of whoever
// treats or describes it: the agent after "by", else the subject of an active verb. A passive
// without an agent ("is being treated as") names nobody.
std::optional<Attribution> characterising_attribution(const AttributionParagraph& p, std::size_t paragraph,
                                                      std::size_t open_mark, const AttributionLexicons& lexicons) {
  constexpr std::size_t kReach = 14;  // words from the verb to "as" ("treating a fire which ... as")
  const std::size_t as = characterising_as(p, open_mark);
  if (as == SIZE_MAX) return std::nullopt;
  const std::size_t sentence = p.words[as].sentence;
  for (std::size_t v = as; v-- > 0 && as - v <= kReach && p.words[v].sentence == sentence && p.words[v].is_word;) {
    auto lemma = lexicons.characterising_verbs.find(p.words[v].lower);
    if (lemma == lexicons.characterising_verbs.end()) continue;
    Attribution found;
    found.paragraph = paragraph;
    found.verb = v;
    found.head = true;
    found.lemma = lemma->second;
    for (std::size_t k = v + 1; k < as; ++k) {
      if (p.words[k].lower == "by") {
        found.subject = read_subject_at(p, k + 1, lexicons, as);
        return found.subject ? std::optional<Attribution>(found) : std::nullopt;
      }
    }
    // "are treating": the subject stands before the auxiliary; "is being treated": a passive.
    const bool after_auxiliary = v > 0 && lexicons.word_class(p.words[v - 1].lower) == "auxiliary";
    const bool progressive = p.words[v].lower.ends_with("ing");
    if (after_auxiliary && !progressive) return std::nullopt;
    found.subject = read_subject_before(p, after_auxiliary ? v - 1 : v, lexicons);
    if (!found.subject) return std::nullopt;
    return found;
  }
  return std::nullopt;
}

struct Resolved {
  std::string speaker;
  bool person = false;
  std::string note;
};

Resolved resolve_subject(const SubjectPhrase& subject, std::size_t paragraph,
                         SpeakerMemory& memory) {
  Resolved out;
  switch (subject.kind) {
    case SubjectKind::kName:
      out.speaker = subject.text;
      out.person = subject.name.person;
      break;
    case SubjectKind::kPronoun:
      out.speaker = memory.resolve_pronoun(subject.text, paragraph);
      out.person = subject.text != "they" && subject.text != "we";
      if (out.speaker.empty()) out.note = "speaker unknown: '" + subject.text + "' refers to nobody named before";
      break;
    case SubjectKind::kCommon:
      if (!subject.owner.empty()) {
        // "Lindqvist's family": the relation of the person the surname stands for.
        const bool one_word = subject.owner.find(' ') == std::string::npos;
        out.speaker = (one_word ? memory.full_name(subject.owner) : subject.owner) + subject.owner_suffix + " " +
                      subject.head;
        break;
      }
      if (!subject.owner_pronoun.empty()) {
        // "his daughter": the daughter of the person "he" stands for, when someone fits.
        const std::string owner = memory.resolve_pronoun(subject.owner_pronoun, paragraph);
        if (!owner.empty()) {
          out.speaker = owner + (owner.back() == 's' ? "'" : "'s") + " " + subject.head;
          break;
        }
      }
      if (subject.definite) out.speaker = memory.resolve_role(subject.head, paragraph);
      out.person = !out.speaker.empty();
      if (out.speaker.empty()) out.speaker = subject.text;
      break;
  }
  if (out.speaker.empty()) out.speaker = "unknown";
  return out;
}

std::string joined_text(const std::vector<AttributionParagraph>& paragraphs, const QuoteRegion& region) {
  std::string text;
  for (const QuotePiece& piece : region.pieces) {
    const AttributionParagraph& p = paragraphs[piece.paragraph];
    if (piece.first_word >= piece.end_word) continue;
    if (!text.empty()) text += ' ';
    text += p.slice(p.words[piece.first_word].start, p.words[piece.end_word - 1].end);
  }
  // Line breaks inside a paragraph were read as spaces; collapse runs of them.
  std::string collapsed;
  for (char c : text) {
    if (c == ' ' && !collapsed.empty() && collapsed.back() == ' ') continue;
    collapsed.push_back(c);
  }
  return collapsed;
}

std::size_t word_count(const std::vector<AttributionParagraph>& paragraphs, const QuoteRegion& region) {
  std::size_t count = 0;
  for (const QuotePiece& piece : region.pieces) {
    for (std::size_t k = piece.first_word; k < piece.end_word; ++k) {
      count += paragraphs[piece.paragraph].words[k].is_word ? 1 : 0;
    }
  }
  return count;
}

bool sentence_has_speech_verb(const AttributionParagraph& p, std::size_t k, const AttributionLexicons& lexicons) {
  const std::size_t sentence = p.words[k].sentence;
  for (std::size_t i = 0; i < p.words.size(); ++i) {
    if (p.words[i].sentence == sentence && is_speech_verb(p, i, lexicons)) return true;
  }
  return false;
}

class QuoteAttributor {
 public:
  QuoteAttributor(const AnalyzedDocument& document, const PullQuoteRules& pull_quotes,
                  const AttributionLexicons& lexicons, const std::vector<AttributionParagraph>& paragraphs,
                  const LowerCaseWords& lower_words)
      : document_(document), pull_quotes_(pull_quotes), lexicons_(lexicons), paragraphs_(paragraphs),
        lower_words_(lower_words) {
    collect_titled_names(paragraphs_, lexicons_, memory_);
  }

  std::vector<Claim> run(std::vector<std::string>* warnings) {
    std::vector<std::string> region_warnings;
    regions_ = find_quote_regions(paragraphs_, lexicons_, &region_warnings);
    if (warnings) {
      // Real pages leave many quotes open; a few examples say where without drowning stderr.
      constexpr std::size_t kShownWarnings = 3;
      const std::string& id = document_.document->id;
      for (std::size_t i = 0; i < region_warnings.size() && i < kShownWarnings; ++i) {
        warnings->push_back(id + ": " + region_warnings[i]);
      }
      if (region_warnings.size() > kShownWarnings) {
        warnings->push_back(id + ": " + std::to_string(region_warnings.size() - kShownWarnings) +
                            " more quotes never close");
      }
    }
    for (std::size_t pi = 0; pi < paragraphs_.size(); ++pi) {
      if (add_pull_quote(paragraphs_[pi])) continue;
      paragraph_claims_begin_ = claims_.size();
      // Quotes opening here and statements of this paragraph, in text order.
      std::vector<std::pair<std::size_t, std::size_t>> events;  // (word index, region + 1 or 0)
      for (std::size_t r = 0; r < regions_.size(); ++r) {
        if (regions_[r].open_paragraph == pi) events.emplace_back(regions_[r].open_mark, r + 1);
      }
      std::vector<StatementCandidate> ordered = find_statements(paragraphs_[pi], pi, regions_, lexicons_);
      for (std::size_t s = 0; s < ordered.size(); ++s) events.emplace_back(ordered[s].verb, 0);
      std::sort(events.begin(), events.end());
      std::size_t next_statement = 0;
      // Sorted where they are: a sorted copy cost a copy of every candidate's strings.
      std::sort(ordered.begin(), ordered.end(),
                [](const StatementCandidate& a, const StatementCandidate& b) { return a.verb < b.verb; });
      std::size_t mention_cursor = 0;
      for (const auto& [word, region] : events) {
        // Names before the event are known to its pronouns ("Chief Nora Blake spoke. ... she said").
        mention_cursor = remember_mentions(pi, mention_cursor, word);
        if (region > 0) {
          add_quote(regions_[region - 1]);
        } else {
          add_statement(ordered[next_statement++], pi);
        }
      }
      remember_mentions(pi, mention_cursor, paragraphs_[pi].words.size());
    }
    // Pull quotes the text layer set aside as page furniture are still quotes with a speaker.
    for (const AttributionParagraph& p : pull_quote_paragraphs(document_, lexicons_.abbreviations, lexicons_.glued_verbs)) {
      add_pull_quote(p);
    }
    return std::move(claims_);
  }

 private:
  // Remembers the names that start in words [from, to) of paragraph pi; returns where it stopped.
  std::size_t remember_mentions(std::size_t pi, std::size_t from, std::size_t to) {
    const AttributionParagraph& p = paragraphs_[pi];
    std::size_t k = from;
    if (is_photo_caption(p)) return std::max(to, from);
    std::optional<NamePhrase> scratch;  // a name read afresh, when a paragraph keeps none
    for (; k < to && k < p.words.size(); ++k) {
      const NamePhrase* name = find_name_at(p, k, lexicons_, scratch);
      if (!name) continue;
      // A name after "in", "at", "from", "of", "near" or "to" is a place ("children of Fort Myers").
      // A view of the word, compared by size first: this is asked at every name of a document.
      const std::string_view before = k > 0 && p.words[k - 1].is_word ? std::string_view(p.words[k - 1].lower)
                                                                       : std::string_view();
      const bool place = name->roles.empty() && (before == "in" || before == "at" || before == "from" ||
                                                 before == "of" || before == "near" || before == "to");
      // "Screams mixed with ...": a one-word name the document also writes in lower case is
      // an ordinary word opening a sentence.
      const std::string folded = fold_text(name->name);
      const bool ordinary = (folded.find(' ') == std::string::npos && lower_words_.contains(folded)) ||
                            is_lone_sentence_opener(p, *name);
      memory_.remember_mention(name->name, name->person && !place && !ordinary, pi);
      k = std::max(k, name->end - 1);
    }
    return std::max(k, from);
  }

  bool add_pull_quote(const AttributionParagraph& p) {
    const PullQuoteRule* found = pull_quotes_.first_whole_match(p.text, &groups_);
    if (found == nullptr) return false;
    const Rule* rule = found->rule;
    const re2::StringPiece quote = groups_[static_cast<std::size_t>(found->quote_group)];
    const re2::StringPiece speaker = groups_[static_cast<std::size_t>(found->speaker_group)];
    const std::size_t quote_start = static_cast<std::size_t>(quote.data() - p.text.data());
    const std::size_t speaker_start = static_cast<std::size_t>(speaker.data() - p.text.data());
    Claim claim = base_claim(ClaimKind::kQuote, rule->id);
    claim.span = p.to_original(0, p.text.size());
    claim.sentence = claim.span;
    claim.quote_span = p.to_original(quote_start, quote_start + quote.size());
    claim.quote = std::string(quote.data(), quote.size());
    claim.speaker = split_camel_case(std::string(speaker.data(), speaker.size()));
    auto verb = rule->fields.find("verb");
    claim.verb = verb == rule->fields.end() ? "say" : verb->second;
    claim.parts.push_back({"speaker", p.to_original(speaker_start, speaker_start + speaker.size())});
    claims_.push_back(std::move(claim));
    return true;
  }

  Claim base_claim(ClaimKind kind, const std::string& rule) const {
    Claim claim;
    claim.doc = document_.document->id;
    claim.kind = kind;
    claim.rule = rule;
    return claim;
  }

  void add_quote(const QuoteRegion& region) {
    const std::size_t words = word_count(paragraphs_, region);
    if (words == 0) return;
    const AttributionParagraph& open_p = paragraphs_[region.open_paragraph];
    const AttributionParagraph& close_p = paragraphs_[region.close_paragraph];
    std::optional<Attribution> attribution;
    if (region.closed) {
      attribution = tail_attribution(close_p, region.close_paragraph, region.close_mark + 1, lexicons_);
    }
    // A quote that lost its opening mark has no words before it that could attribute it.
    if (!attribution && !region.opening_lost) {
      attribution = head_attribution(open_p, region.open_paragraph, region.open_mark, lexicons_);
      if (!attribution) {
        attribution = characterising_attribution(open_p, region.open_paragraph, region.open_mark, lexicons_);
      }
    }
    if (!attribution) attribution = next_quote_attribution(region);
    if (!attribution) attribution = introducing_attribution(region);
    if (!attribution && words < kShortQuoteWords) return;  // a title or a scare quote
    if (attribution && words < kShortQuoteWords && !attribution->head &&
        !sentence_has_speech_verb(open_p, region.open_mark, lexicons_)) {
      return;
    }
    Claim claim = base_claim(ClaimKind::kQuote, "quote-marks");
    const std::size_t span_end = region.closed ? close_p.words[region.close_mark].end
                                               : close_p.words.back().end;
    claim.quote = joined_text(paragraphs_, region);
    // A piece may be empty (a paragraph that ends with its opening mark): quote the words only.
    const QuotePiece* first = nullptr;
    const QuotePiece* last = nullptr;
    for (const QuotePiece& piece : region.pieces) {
      if (piece.first_word >= piece.end_word) continue;
      if (first == nullptr) first = &piece;
      last = &piece;
    }
    if (first == nullptr) return;
    const ParagraphWord& first_word = paragraphs_[first->paragraph].words[first->first_word];
    const ParagraphWord& last_word = paragraphs_[last->paragraph].words[last->end_word - 1];
    claim.quote_span = {
        paragraphs_[first->paragraph].to_original(first_word.start, first_word.end).start,
        paragraphs_[last->paragraph].to_original(last_word.start, last_word.end).end};
    Span span = {open_p.to_original(open_p.words[region.open_mark].start, open_p.words[region.open_mark].end).start,
                 close_p.to_original(span_end - 1, span_end).end};
    const auto& sentence = open_p.sentences[open_p.words[region.open_mark].sentence];
    claim.sentence = open_p.to_original(sentence.first, sentence.second);
    if (!region.closed) claim.notes.push_back("quote never closes: it ends with its paragraph");
    Resolved resolved;
    if (attribution) {
      const AttributionParagraph& ap = paragraphs_[attribution->paragraph];
      resolved = resolve(ap, *attribution->subject, attribution->verb, attribution->paragraph);
      if (attribution->subject->kind == SubjectKind::kName && is_lone_sentence_opener(ap, attribution->subject->name)) {
        resolved.person = false;
      }
      claim.verb = attribution->signed_with_dash ? "say"
                   : attribution->according_to   ? "according to"
                   : !attribution->lemma.empty() ? attribution->lemma
                                                  : *lexicons_.speech_verb(ap.words[attribution->verb].lower);
      const std::size_t a_begin = std::min(attribution->subject->begin, attribution->verb);
      std::size_t a_end = std::max(attribution->subject->end, attribution->verb + 1);
      claim.parts.push_back({"speaker", ap.to_original(ap.words[attribution->subject->begin].start,
                                                       ap.words[attribution->subject->end - 1].end)});
      claim.parts.push_back({"verb", ap.to_original(ap.words[attribution->verb].start, ap.words[attribution->verb].end)});
      if (attribution->audience_end > attribution->audience_begin) {
        const std::size_t from = ap.words[attribution->audience_begin].start;
        const std::size_t to = ap.words[attribution->audience_end - 1].end;
        claim.audience = std::string(ap.slice(from, to));
        claim.parts.push_back({"audience", ap.to_original(from, to)});
        a_end = std::max(a_end, attribution->audience_end);
      }
      const Span attribution_span = ap.to_original(ap.words[a_begin].start, ap.words[a_end - 1].end);
      if (!attribution->borrowed &&
          (attribution->paragraph == region.open_paragraph || attribution->paragraph == region.close_paragraph)) {
        span.start = std::min(span.start, attribution_span.start);
        span.end = std::max(span.end, attribution_span.end);
      }
      if (!resolved.note.empty()) claim.notes.push_back(resolved.note);
    } else {
      inherit_speaker(region, resolved, claim);
    }
    claim.span = span;
    claim.speaker = resolved.speaker;
    if (claim.speaker != "unknown" && !is_photo_caption(paragraphs_[region.close_paragraph])) {
      memory_.remember_speaker(claim.speaker, resolved.person, region.close_paragraph);
    }
    if (attribution && attribution->subject->kind == SubjectKind::kName) {
      memory_.remember_roles(claim.speaker, attribution->subject->name.roles);
    }
    claims_.push_back(std::move(claim));
  }

  // `"... that moved." "I closed my eyes," Park said.`: a quote followed right away by another
  // in the same paragraph is spoken by whoever the next one's tail names.
  std::optional<Attribution> next_quote_attribution(const QuoteRegion& region) const {
    if (!region.closed) return std::nullopt;
    const std::size_t index = static_cast<std::size_t>(&region - regions_.data());
    if (index + 1 >= regions_.size()) return std::nullopt;
    const QuoteRegion& next = regions_[index + 1];
    if (!next.closed || next.open_paragraph != region.close_paragraph ||
        next.close_paragraph != next.open_paragraph || next.open_mark != region.close_mark + 1) {
      return std::nullopt;
    }
    const AttributionParagraph& p = paragraphs_[next.close_paragraph];
    std::optional<Attribution> found = tail_attribution(p, next.close_paragraph, next.close_mark + 1, lexicons_);
    if (found) found->borrowed = true;
    return found;
  }

  // `X posted the following statement on its page:` and a paragraph that is all quote: the
  // speech verb of the paragraph the colon ends introduces the quote.
  std::optional<Attribution> introducing_attribution(const QuoteRegion& region) const {
    if (region.open_mark != 0 || region.open_paragraph == 0) return std::nullopt;
    const std::size_t before = region.open_paragraph - 1;
    const AttributionParagraph& p = paragraphs_[before];
    if (p.words.empty() || p.words.back().is_word || p.words.back().lower != ":") return std::nullopt;
    return head_attribution(p, before, p.words.size() - 1, lexicons_);
  }

  // A quote with no attribution of its own continues the speaker of this paragraph's previous
  // claim, or, when it makes up its paragraph, the speaker of the paragraph just before.
  void inherit_speaker(const QuoteRegion& region, Resolved& resolved, Claim& claim) {
    for (std::size_t c = claims_.size(); c-- > paragraph_claims_begin_;) {
      if (claims_[c].speaker != "unknown") {
        resolved.speaker = claims_[c].speaker;
        claim.verb = claims_[c].verb;
        claim.notes.push_back("speaker continued from the previous quote");
        return;
      }
    }
    const bool opens_paragraph = region.open_mark == 0;
    if (opens_paragraph && !memory_.last_speaker().empty() &&
        region.open_paragraph - memory_.last_speaker_paragraph() <= 2) {
      resolved.speaker = memory_.last_speaker();
      claim.verb = "say";
      claim.notes.push_back("speaker continued from the paragraph before");
      return;
    }
    resolved.speaker = "unknown";
    claim.notes.push_back("speaker unknown: no attribution found");
  }

  void add_statement(const StatementCandidate& candidate, std::size_t pi) {
    const AttributionParagraph& p = paragraphs_[pi];
    Resolved resolved;
    // A coordinated verb ("and said", ", adding") shares the speaker of its sentence's earlier
    // claim: in "He was held, Sheriff Ann Lee said, adding that ..." the sentence opens with the
    // reported words, not with the speaker.
    if (candidate.coordinated || !candidate.subject) {
      for (std::size_t c = claims_.size(); c-- > paragraph_claims_begin_;) {
        if (claims_[c].sentence == p.to_original(p.sentences[candidate.sentence].first,
                                                 p.sentences[candidate.sentence].second)) {
          resolved.speaker = claims_[c].speaker;
          resolved.person = true;
          break;
        }
      }
    }
    if (resolved.speaker.empty() && candidate.subject) {
      resolved = resolve(p, *candidate.subject, candidate.verb, pi);
      if (candidate.subject->kind == SubjectKind::kName && is_lone_sentence_opener(p, candidate.subject->name)) {
        resolved.person = false;
      }
    }
    if (resolved.speaker.empty()) return;
    if (resolved.speaker == "unknown") return;
    Claim claim = base_claim(ClaimKind::kStatement, "statement-reported");
    claim.verb = candidate.lemma;
    claim.speaker = resolved.speaker;
    const auto& sentence = p.sentences[candidate.sentence];
    claim.sentence = p.to_original(sentence.first, sentence.second);
    claim.quote_span = p.to_original(p.words[candidate.content_begin].start, p.words[candidate.content_end - 1].end);
    claim.quote = std::string(p.slice(p.words[candidate.content_begin].start, p.words[candidate.content_end - 1].end));
    const std::size_t begin = candidate.subject ? std::min(candidate.subject->begin, candidate.content_begin)
                                                : std::min(candidate.verb, candidate.content_begin);
    std::size_t end = std::max(candidate.content_end, candidate.verb + 1);
    if (candidate.subject) end = std::max(end, candidate.subject->end);
    claim.span = p.to_original(p.words[begin].start, p.words[end - 1].end);
    if (candidate.subject) {
      claim.parts.push_back({"speaker", p.to_original(p.words[candidate.subject->begin].start,
                                                      p.words[candidate.subject->end - 1].end)});
      if (candidate.subject->kind == SubjectKind::kName) {
        memory_.remember_roles(claim.speaker, candidate.subject->name.roles);
      }
    }
    claim.parts.push_back({"verb", p.to_original(p.words[candidate.verb].start, p.words[candidate.verb].end)});
    if (candidate.audience_end > candidate.audience_begin) {
      const std::size_t from = p.words[candidate.audience_begin].start;
      const std::size_t to = p.words[candidate.audience_end - 1].end;
      claim.audience = std::string(p.slice(from, to));
      claim.parts.push_back({"audience", p.to_original(from, to)});
    }
    claim.parts.push_back({"content", claim.quote_span});
    if (!is_photo_caption(p)) memory_.remember_speaker(claim.speaker, resolved.person, pi);
    claims_.push_back(std::move(claim));
  }

  // The speaker a subject phrase of paragraph `pi` names, before the verb at word `verb`. "Lea,
  // a financial adviser, was in the hall when, he said, a man came in": "he" or "she" in the
  // middle of a sentence that a person's name opens stands for that person, whoever spoke last.
  // A tag that closes the sentence ("Krol is the third of four children, he said.") is the
  // reporter's source speaking about the person, and is left to the speakers remembered.
  Resolved resolve(const AttributionParagraph& p, const SubjectPhrase& subject, std::size_t verb, std::size_t pi) {
    if (subject.kind == SubjectKind::kPronoun && (subject.text == "he" || subject.text == "she") &&
        words_follow_in_sentence(p, verb)) {
      std::size_t first = subject.begin;
      while (first > 0 && p.words[first - 1].sentence == p.words[subject.begin].sentence) --first;
      std::optional<NamePhrase> opener = read_name_at(p, first, lexicons_);
      if (opener && opener->person && opener->end <= subject.begin && !is_lone_sentence_opener(p, *opener)) {
        Resolved out;
        out.speaker = opener->name;
        out.person = true;
        return out;
      }
    }
    if (subject.kind == SubjectKind::kPronoun && (subject.text == "he" || subject.text == "she")) {
      if (std::optional<NamePhrase> previous = previous_sentence_subject(p, subject.begin)) {
        Resolved out;
        out.speaker = previous->name;
        out.person = true;
        return out;
      }
    }
    Resolved resolved = resolve_subject(subject, pi, memory_);
    // "the sheriff's office" (a described noun) names an organisation, which "he" does not
    // stand for later.
    const std::size_t space = subject.head.rfind(' ');
    if (subject.kind == SubjectKind::kCommon && space != std::string::npos &&
        lexicons_.organization_words.count(subject.head.substr(space + 1))) {
      resolved.person = false;
    }
    return resolved;
  }

  // "Ann Lee, the owner's sister, met the police on Sunday. Later, she described him as ...":
  // a pronoun that is the subject of its sentence (first, or right after an opening phrase's
  // comma) stands for the person whose full name opens the sentence before it in the same
  // paragraph, when that sentence names no other person (an owner's possessive aside). Nullopt
  // otherwise, and the speakers remembered decide.
  std::optional<NamePhrase> previous_sentence_subject(const AttributionParagraph& p, std::size_t pronoun) {
    const std::size_t sentence = p.words[pronoun].sentence;
    std::size_t first = pronoun;
    while (first > 0 && p.words[first - 1].sentence == sentence) --first;
    if (first == 0) return std::nullopt;
    if (first != pronoun) {
      std::size_t comma = first;
      while (comma < pronoun && !(!p.words[comma].is_word && p.words[comma].lower == ",")) ++comma;
      if (comma + 1 != pronoun) return std::nullopt;
    }
    std::size_t previous = first - 1;
    while (previous > 0 && p.words[previous - 1].sentence == p.words[first - 1].sentence) --previous;
    std::optional<NamePhrase> opener = read_name_at(p, previous, lexicons_);
    if (!opener || !opener->person || opener->end - opener->name_begin < 2 || is_lone_sentence_opener(p, *opener)) {
      return std::nullopt;
    }
    for (std::size_t k = opener->end; k < first; ++k) {
      std::optional<NamePhrase> other = read_name_at(p, k, lexicons_);
      if (!other) continue;
      if (other->person && !ends_in_possessive(p, other->end - 1) && fold_text(other->name) != fold_text(opener->name)) return std::nullopt;
      k = std::max(k, other->end - 1);
    }
    return opener;
  }

  // A word of the same sentence comes after word k, past any punctuation.
  static bool words_follow_in_sentence(const AttributionParagraph& p, std::size_t k) {
    for (std::size_t i = k + 1; i < p.words.size() && p.words[i].sentence == p.words[k].sentence; ++i) {
      if (p.words[i].is_word) return true;
    }
    return false;
  }

  // "All he could say", "Screams mixed with", "\"Stay with us\"": one capitalised word opening
  // a sentence or a quotation, that no longer name of the document holds, no known alias is
  // and no speech verb follows, is an ordinary word, no person.
  bool is_lone_sentence_opener(const AttributionParagraph& p, const NamePhrase& name) {
    if (name.begin != name.name_begin || name.end != name.name_begin + 1 || !name.roles.empty()) return false;
    const std::size_t k = name.name_begin;
    const bool after_quote_mark = k > 0 && !p.words[k - 1].is_word && is_quote_mark(p.words[k - 1].lower);
    if (k > 0 && p.words[k - 1].sentence == p.words[k].sentence && !after_quote_mark) return false;
    // "Martinez said": a word a speech verb follows names its speaker.
    if (name.end < p.words.size() && p.words[name.end].is_word && lexicons_.speech_verb_at(p.words, name.end)) {
      return false;
    }
    const std::string folded = fold_text(name.name);
    if (lexicons_.aliases.count(folded)) return false;
    return name_words().count(folded) == 0;
  }

  // The words of the document's names of two words or more, computed when first needed.
  const WordSet& name_words() {
    if (name_words_) return *name_words_;
    name_words_.emplace();
    std::optional<NamePhrase> scratch;  // a name read afresh, when a paragraph keeps none
    for (const AttributionParagraph& p : paragraphs_) {
      for (std::size_t k = 0; k < p.words.size(); ++k) {
        const NamePhrase* name = find_name_at(p, k, lexicons_, scratch);
        if (!name) continue;
        if (name->end > name->name_begin + 1) {
          for (std::size_t w = name->name_begin; w < name->end; ++w) {
            if (p.words[w].is_word) name_words_->insert(fold_text(drop_possessive_word(p.words[w].lower)));
          }
        }
        k = std::max(k, name->end - 1);
      }
    }
    return *name_words_;
  }

  static bool is_quote_mark(const std::string& mark) {
    return mark == "\"" || mark == "\xE2\x80\x9C" || mark == "\xE2\x80\x98" || mark == "'";
  }

  static std::string drop_possessive_word(std::string word) {
    if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) word.resize(word.size() - 2);
    return word;
  }

  std::optional<WordSet> name_words_;
  const AnalyzedDocument& document_;
  const PullQuoteRules& pull_quotes_;
  std::vector<re2::StringPiece> groups_;  // a pull quote's groups, room kept between paragraphs
  const AttributionLexicons& lexicons_;
  const std::vector<AttributionParagraph>& paragraphs_;  // the caller's, read only
  const LowerCaseWords& lower_words_;                    // of paragraphs_, the caller's
  std::vector<QuoteRegion> regions_;
  SpeakerMemory memory_;
  std::vector<Claim> claims_;
  std::size_t paragraph_claims_begin_ = 0;
};

}  // namespace

std::vector<Claim> extract_quotes(const AnalyzedDocument& document, const RuleSet& rules,
                                  std::vector<std::string>* warnings) {
  if (document.document == nullptr) return {};
  return extract_quotes(document, rules, AttributionLexicons::from_rules(rules), warnings);
}

std::vector<Claim> extract_quotes(const AnalyzedDocument& document, const RuleSet& rules,
                                  const AttributionLexicons& lexicons,
                                  std::vector<std::string>* warnings) {
  if (document.document == nullptr) return {};
  const std::vector<AttributionParagraph> paragraphs =
      attribution_paragraphs(document, lexicons.abbreviations, lexicons.glued_verbs);
  return extract_quotes(document, PullQuoteRules(rules), lexicons, paragraphs, LowerCaseWords(paragraphs), warnings);
}

std::vector<Claim> extract_quotes(const AnalyzedDocument& document, const PullQuoteRules& pull_quotes,
                                  const AttributionLexicons& lexicons,
                                  const std::vector<AttributionParagraph>& paragraphs,
                                  const LowerCaseWords& lower_words, std::vector<std::string>* warnings) {
  if (document.document == nullptr) return {};
  std::vector<Claim> claims = QuoteAttributor(document, pull_quotes, lexicons, paragraphs, lower_words).run(warnings);
  std::stable_sort(claims.begin(), claims.end(),
                   [](const Claim& a, const Claim& b) { return a.span.start < b.span.start; });
  return claims;
}

PullQuoteRules::PullQuoteRules(const RuleSet& rules) {
  for (const Rule* rule : rules.patterns("quote")) {
    if (!rule->regex) continue;
    const RE2& regex = *rule->regex;
    const auto& groups = regex.NamedCapturingGroups();
    auto quote_group = groups.find("quote");
    auto speaker_group = groups.find("speaker");
    if (quote_group == groups.end() || speaker_group == groups.end()) continue;
    PullQuoteRule entry;
    entry.rule = rule;
    entry.quote_group = quote_group->second;
    entry.speaker_group = speaker_group->second;
    entry.needs_signature_dash = signature_dash_required(rule->pattern);
    rules_.push_back(std::move(entry));
  }
}

const PullQuoteRule* PullQuoteRules::first_whole_match(std::string_view text,
                                                       std::vector<re2::StringPiece>* groups) const {
  const re2::StringPiece whole(text.data(), text.size());
  // Read once for all rules: most paragraphs have no signature, and the pattern would otherwise
  // read every byte of each to learn it.
  std::optional<bool> signature_dash;
  for (const PullQuoteRule& entry : rules_) {
    if (entry.needs_signature_dash) {
      if (!signature_dash) signature_dash = has_signature_dash(text);
      if (!*signature_dash) continue;
    }
    const RE2& regex = *entry.rule->regex;
    groups->assign(static_cast<std::size_t>(regex.NumberOfCapturingGroups()) + 1, re2::StringPiece());
    if (regex.Match(whole, 0, whole.size(), RE2::ANCHOR_BOTH, groups->data(), static_cast<int>(groups->size()))) {
      return &entry;
    }
  }
  return nullptr;
}

bool PullQuoteRules::signature_dash_required(std::string_view pattern) {
  constexpr std::string_view kOpening = "(?P<quote>";
  constexpr std::string_view kSignature = "[.!?])\\s*[-\\x{2013}\\x{2014}]";
  if (!pattern.starts_with(kOpening)) return false;
  const std::size_t signature = pattern.find(kSignature);
  // An alternation anywhere could let a match go around the signature.
  if (signature == std::string_view::npos || pattern.find('|') != std::string_view::npos) return false;
  // The quote group must close at the end mark: no group, class or quoting in it that could hold
  // the mark's bracket or parenthesis, and no backslash that would make the bracket a literal.
  const std::string_view inside = pattern.substr(kOpening.size(), signature - kOpening.size());
  if (inside.find_first_of("()[]") != std::string_view::npos || inside.find("\\Q") != std::string_view::npos ||
      inside.ends_with('\\')) {
    return false;
  }
  // A quantifier after the dash class would make the dash optional.
  const std::size_t after = signature + kSignature.size();
  return after >= pattern.size() || std::string_view("*+?{").find(pattern[after]) == std::string_view::npos;
}

bool PullQuoteRules::has_signature_dash(std::string_view text) {
  // RE2's \s is [\t\n\f\r ]; \v is let through as well, which only lets more texts on to the
  // pattern.
  const auto sentence_end_before = [text](std::size_t dash) {
    std::size_t k = dash;
    while (k > 0 && (text[k - 1] == ' ' || (text[k - 1] >= '\t' && text[k - 1] <= '\r'))) --k;
    return k > 0 && (text[k - 1] == '.' || text[k - 1] == '!' || text[k - 1] == '?');
  };
  for (std::size_t at = text.find('-'); at != std::string_view::npos; at = text.find('-', at + 1)) {
    if (sentence_end_before(at)) return true;
  }
  // U+2013 and U+2014 are E2 80 93 and E2 80 94.
  for (std::size_t at = text.find("\xE2\x80"); at != std::string_view::npos; at = text.find("\xE2\x80", at + 1)) {
    if (at + 2 < text.size() && (text[at + 2] == '\x93' || text[at + 2] == '\x94') && sentence_end_before(at)) {
      return true;
    }
  }
  return false;
}

}  // namespace factdiff
