#include "extract/numeric_figure_reader.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/number_parser.h"
#include "extract/numeric_dates.h"

namespace factdiff {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool is_article(const NumericSentence& s, std::size_t at) { return s.is(at, "a") || s.is(at, "an"); }

bool plural_looking(const NumericSentence& s, std::size_t at) {
  const std::string_view word = s.pieces[at].text;
  if (word.size() <= 3 || word.back() != 's') return false;
  if (word.ends_with("ss") || word.ends_with("us") || word.ends_with("is")) return false;
  return !(s.is(at + 1, "'") && s.is(at + 2, "s"));  // "Friday's" is a possessive
}

bool is_number_word(const NumericSentence& s, std::size_t at) {
  return s.is_digits(at) || (s.is_word(at) && s.has(at, NumericLexicons::kNumberWord));
}

// The noun phrase after a figure: its head noun (a unit from the lexicon, a plural, or the last
// modifier of a singular figure) and a predicate used as a modifier ("seven dead assailants").
struct HeadNoun {
  std::size_t head = kNone;
  std::size_t end = 0;            // one past the phrase
  std::size_t predicate = kNone;  // modifier that is a predicate word
  const UnitInfo* unit = nullptr;
  std::size_t unit_length = 1;
};

// "died Wednesday", "shot himself": a weekday, a month or a reflexive pronoun after a
// participle is its complement, never a noun the participle modifies.
bool names_a_day_or_self(const NumericSentence& s, std::size_t at) {
  const std::string_view word = s.pieces[at].text;
  return s.has(at, NumericLexicons::kWeekdayWord | NumericLexicons::kMonthWord) ||
         (word != "self" && word.ends_with("self")) || word.ends_with("selves");
}

// "St.", "Ft.", "Mt.": a capitalised word of at most three letters with a period glued to it
// and another capitalised word after.
bool is_abbreviated_name(const NumericSentence& s, std::size_t at) {
  const Piece& piece = s.pieces[at];
  return piece.capitalized && piece.text.size() <= 3 && s.is(at + 1, ".") && s.glued(at + 1) &&
         s.is_word(at + 2) && s.pieces[at + 2].capitalized;
}

HeadNoun find_head(const NumericSentence& s, std::size_t from, bool singular) {
  HeadNoun found;
  found.end = from;
  std::size_t last = kNone;
  int words = 0;
  for (std::size_t at = from; at < s.size() && words < 4; ++at) {
    const Piece& piece = s.pieces[at];
    if (piece.text == "-" && piece.glued && s.glued(at + 1) && s.is_word(at + 1)) continue;
    if (piece.shape != PieceShape::kWord) break;
    std::string key;
    const std::size_t used =
        s.has(at, NumericLexicons::kUnitOpening) ? match_phrase(s.pieces, at, s.lexicons.units, &key, 3) : 0;
    if (used > 0) {
      found.head = at;
      found.unit = &s.lexicons.units.at(key);
      found.unit_length = used;
      found.end = at + used;
      return found;
    }
    // "one Democratic one": the pronoun "one" closes the phrase it heads.
    if (piece.text == "one" && last != kNone) {
      found.head = last;
      found.end = at + 1;
      return found;
    }
    if (s.has(at, NumericLexicons::kStopWord) || is_number_word(s, at)) break;
    const bool verb_form = s.has(at, NumericLexicons::kPredicateWord) || !s.verb_lemma(at).empty();
    // "three fatally shot", "two badly burned victims": an adverb is never the head noun.
    if (!verb_form && s.has(at, NumericLexicons::kAuxiliaryWord)) continue;
    if (verb_form) {
      // "seven dead assailants", "two armed men": a participle before a noun modifies it;
      // "two dressed as women", "129 killed": otherwise it is the figure's verb.
      const bool modifier = s.is_word(at + 1) && !s.has(at + 1, NumericLexicons::kStopWord) &&
                            s.verb_lemma(at + 1).empty() &&
                            !is_number_word(s, at + 1) && !names_a_day_or_self(s, at + 1);
      // "5.9 hit southern Iran": a form that is also the verb's base ("hit", "hurt") is its verb,
      // unless a hyphen joins it to a modifier ("the four hardest-hit villages").
      const bool in_compound = at > from && s.is(at - 1, "-") && s.glued(at);
      if (!modifier || (s.verb_lemma(at) == piece.text && !in_compound)) break;
      if (s.has(at, NumericLexicons::kPredicateWord)) found.predicate = at;
      continue;
    }
    if (s.has(at, NumericLexicons::kIrregularPluralWord) || plural_looking(s, at)) {
      found.head = at;
      found.end = at + 1;
      return found;
    }
    // "St. Mary Parish deputies": an abbreviated name word and its period are one modifier.
    if (is_abbreviated_name(s, at)) {
      ++at;
      continue;
    }
    // "two sheriff's deputies": after a figure above one, a singular possessive noun is a
    // modifier of the head after it; "one victim's condition" counts the victim.
    if (!singular && s.is(at + 1, "'") && s.is(at + 2, "s") && s.is_word(at + 3)) {
      last = at;
      ++words;
      at += 2;
      continue;
    }
    last = at;
    ++words;
  }
  if (last != kNone && (singular || words <= 2)) {
    found.head = last;
    found.end = last + 1;
  }
  return found;
}

// A lone "one" that stands for a noun said elsewhere: "no-one", "one that has received", "the
// leading one," (an adjective before it, nothing after it).
bool one_is_pronoun(const NumericSentence& s, std::size_t at) {
  if (at > 1 && s.is(at - 1, "-") && s.glued(at) && s.is(at - 2, "no")) return true;
  if (s.is(at + 1, "that") || s.is(at + 1, "which")) return true;
  if (at == 0 || !s.is_word(at - 1) || s.pieces[at - 1].capitalized) return false;
  // "headed on another one.", "move forward as one,": nothing follows it to count.
  const bool nothing_follows = at + 1 >= s.size() || (s.pieces[at + 1].shape == PieceShape::kPunct &&
                                                      !s.is(at + 1, "-"));
  if ((s.is(at - 1, "another") || s.is(at - 1, "as")) && nothing_follows) return true;
  if (at + 1 < s.size() && (s.is_word(at + 1) || (s.is(at + 1, "-") && s.glued(at + 1)))) return false;
  return !s.has(at - 1, NumericLexicons::kStopWord | NumericLexicons::kSkippableWord |
                           NumericLexicons::kQualifierWord | NumericLexicons::kNegationWord |
                           NumericLexicons::kAuxiliaryWord | NumericLexicons::kPredicateWord) &&
         s.verb_lemma(at - 1).empty() && !is_number_word(s, at - 1);
}

// "a loved one", "at one point": a set phrase the figure one is a word of (rules/numeric/words.yaml).
bool in_one_idiom(const NumericSentence& s, std::size_t at) {
  for (const std::string& idiom : s.lexicons.one_idioms) {
    std::vector<std::string_view> words;
    for (std::size_t from = 0; from < idiom.size();) {
      const std::size_t space = std::min(idiom.find(' ', from), idiom.size());
      words.push_back(std::string_view(idiom).substr(from, space - from));
      from = space + 1;
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (words[i] != "one" || i > at) continue;
      bool spelled = true;
      for (std::size_t j = 0; j < words.size() && spelled; ++j) spelled = s.is(at - i + j, words[j]);
      if (spelled) return true;
    }
  }
  return false;
}

// "day two, three and four", "Nos. 3, 4 and 5": a figure closing an item of a list whose first
// item a name word numbers is a numbering too.
bool continues_named_list(const NumericSentence& s, std::size_t first, std::size_t after) {
  const bool item_ends = after >= s.size() || s.is(after, ",") || s.is(after, "and") ||
                         s.is(after, "or") || s.pieces[after].shape == PieceShape::kPunct;
  if (!item_ends || s.is(after, "-")) return false;
  std::size_t item = first;
  for (int items = 0; items < 6; ++items) {
    if (item < 2 || !(s.is(item - 1, ",") || s.is(item - 1, "and") || s.is(item - 1, "or"))) return false;
    std::size_t previous = item - 2;
    if (!s.is(item - 1, ",") && s.is(previous, ",") && previous > 0) --previous;  // "two, three, and four"
    if (!is_number_word(s, previous)) return false;
    if (previous > 0 && s.is_word(previous - 1) && s.lexicons.name_words.count(s.pieces[previous - 1].text)) {
      return true;
    }
    item = previous;
  }
  return false;
}

// "like a 22.", "scored a 10": an article before a bare figure that heads no noun makes it the
// name of a thing (a calibre, a score, a model).
bool article_names_figure(const NumericSentence& s, std::size_t first, std::size_t after) {
  if (!s.is_digits(first) || first == 0 || !is_article(s, first - 1)) return false;
  if (after < s.size() && (s.pieces[after].shape != PieceShape::kPunct || s.is(after, "-") ||
                           s.is(after, "%") || s.is(after, "/"))) {
    return false;
  }
  return true;
}

// A number that names something rather than counting: G20, AK-47, Route 66, Fox 4, "No. 1",
// "1990s", "10th", ".22-caliber".
bool names_something(const NumericSentence& s, const ParsedNumber& number) {
  const std::size_t first = number.begin;
  const std::size_t after = number.end;
  if (s.is_digits(first)) {
    if (first > 0 && s.glued(first) && s.is_word(first - 1)) return true;
    if (first > 1 && s.is(first - 1, "-") && s.glued(first - 1) && s.is_word(first - 2) &&
        (s.pieces[first - 2].all_caps || s.pieces[first - 2].text.size() <= 2)) {
      return true;
    }
    if (first > 0 && s.is(first - 1, "#")) return true;
    if (first > 1 && s.is(first - 1, ".") && (s.is(first - 2, "no") || s.is(first - 2, "nos"))) return true;
    if (first > 0 && s.is(first - 1, ".") && s.glued(first)) return true;  // ".22", "v.2"
    if (s.is_word(after) && s.glued(after)) {
      const std::string_view suffix = s.pieces[after].text;
      if (!s.lexicons.find_unit(suffix) && !s.has(after, NumericLexicons::kGluedScaleWord)) return true;
    }
  }
  if (s.is(after, "-") && s.is_word(after + 1) && s.lexicons.name_followers.count(s.pieces[after + 1].text)) {
    return true;
  }
  if (s.is_word(after) && s.lexicons.name_followers.count(s.pieces[after].text)) return true;
  if (continues_named_list(s, first, after) || article_names_figure(s, first, after)) return true;
  if (s.is(first, "one") && after == first + 1 && in_one_idiom(s, first)) return true;
  if (first > 0 && s.is_word(first - 1)) {
    const std::string_view before = s.pieces[first - 1].text;
    if (s.lexicons.name_words.count(before)) return true;
    if (first > 1 && s.lexicons.name_words.count(std::string(s.pieces[first - 2].text) + " " + std::string(before))) return true;
    if (before == "no" || before == "any" || before == "every") return true;  // "no one"
    // "the one who", "the second one": a pronoun, not a figure.
    const bool pronoun_follows = after >= s.size() || !s.is_word(after) ||
                                 s.has(after, NumericLexicons::kStopWord | NumericLexicons::kAuxiliaryWord) ||
                                 !s.verb_lemma(after).empty();
    if (s.is(first, "one") && number.end == first + 1 && pronoun_follows &&
        (before == "the" || before == "this" || before == "that" || before == "each" ||
         s.has(first - 1, NumericLexicons::kOrdinalWord))) {
      return true;
    }
    // A capitalised word right before a figure makes it part of a name ("Fox 4", "Channel 12"),
    // except where capitals mean nothing (title-case headlines) or the word is calendar or unit.
    const Piece& previous = s.pieces[first - 1];
    if (s.is_digits(first) && previous.capitalized && !s.title_case &&
        !s.has(first - 1, NumericLexicons::kMonthWord | NumericLexicons::kWeekdayWord |
                              NumericLexicons::kQualifierWord | NumericLexicons::kCurrencyWord |
                              NumericLexicons::kPredicateWord | NumericLexicons::kStopWord |
                              NumericLexicons::kSkippableWord) &&
        !s.lexicons.age_words.count(before) && !s.verb_lemma(first - 1).size()) {
      return true;
    }
  }
  // "10 On Your Side": a figure followed by a run of capitalised words names a programme or a
  // brand, unless capitals mean nothing here (a title-case headline).
  if (s.is_digits(first) && !s.title_case && s.is_word(after) && s.is_word(after + 1) &&
      s.pieces[after].capitalized && s.pieces[after + 1].capitalized &&
      !s.lexicons.find_unit(s.pieces[after].text) && !s.has(after, NumericLexicons::kMonthWord) &&
      !s.has(after, NumericLexicons::kIrregularPluralWord) &&
      !(s.pieces[after].text.size() > 3 && s.pieces[after].text.back() == 's')) {
    return true;
  }
  if (s.is(after, "another")) return true;  // "one another"
  return s.is(first, "one") && number.end == first + 1 && one_is_pronoun(s, first);
}

// "before shooting one person": the -ing form of a verb of the event's toll right before the
// figure is its verb; after a determiner ("the shooting", "Friday's shooting") it is a noun.
std::string event_progressive_before(const NumericSentence& s, std::size_t begin) {
  if (begin == 0 || !s.is_word(begin - 1)) return {};
  const std::string lemma = s.lexicons.progressive_lemma(s.pieces[begin - 1].text);
  if (lemma.empty() || !s.lexicons.event_predicates.count(lemma)) return {};
  if (begin < 2) return lemma;
  const std::size_t before = begin - 2;
  const bool determiner = is_article(s, before) || s.is(before, "the") || s.is(before, "this") ||
                          s.is(before, "that") || s.is(before, "his") || s.is(before, "her") ||
                          s.is(before, "their") || s.is(before, "its") || s.is(before, "s") ||
                          s.pieces[before].capitalized;
  return determiner ? std::string() : lemma;
}

// Verb lemma right before the figure ("killed 129", "arrested nearly two dozen").
std::size_t predicate_before(const NumericSentence& s, std::size_t begin) {
  if (!event_progressive_before(s, begin).empty()) return begin - 1;
  std::size_t at = begin;
  for (int skipped = 0; at > 0 && skipped <= 3; ++skipped) {
    --at;
    if (!s.verb_lemma(at).empty()) return at;
    if (!s.has(at, NumericLexicons::kSkippableWord)) break;
  }
  return kNone;
}

bool is_finite_be_or_have(const NumericSentence& s, std::size_t at) {
  return s.is(at, "was") || s.is(at, "were") || s.is(at, "is") || s.is(at, "are") ||
         s.is(at, "have") || s.is(at, "has") || s.is(at, "had");
}

constexpr std::size_t kMaxAsidePieces = 12;

// "Two people from Zinbi village were hurt": a short prepositional phrase after the figure's
// noun, closed by a finite "be" or "have", is skipped; returns where the verb group starts.
std::size_t skip_prepositional_phrase(const NumericSentence& s, std::size_t end) {
  if (!s.is_word(end) || !s.lexicons.phrase_prepositions.count(s.pieces[end].text)) return end;
  for (std::size_t at = end + 1; at < s.size() && at <= end + 5; ++at) {
    if (at > end + 1 && is_finite_be_or_have(s, at)) return at;
    const std::string_view word = s.pieces[at].text;
    if (!s.is_word(at) || !s.verb_lemma(at).empty()) return end;
    if (s.has(at, NumericLexicons::kStopWord) && word != "the") return end;
  }
  return end;
}

// Lemma of the verb at `at`: a past or base form, or an -ing form after "be" ("were tackling").
std::string predicate_lemma(const NumericSentence& s, std::size_t at) {
  std::string lemma = s.verb_lemma(at);
  if (lemma.empty() && at > 0 && (is_finite_be_or_have(s, at - 1) || s.is(at - 1, "been") || s.is(at - 1, "be"))) {
    lemma = s.lexicons.progressive_lemma(s.pieces[at].text);
  }
  return lemma;
}

// "were reported damaged", "is expected to be released", "are believed to have died": the verb a
// reporting or expecting verb introduces; kNone when none follows.
std::size_t verb_after_raising(const NumericSentence& s, std::size_t verb) {
  if (!s.lexicons.raising_verbs.count(predicate_lemma(s, verb))) return kNone;
  std::size_t at = verb + 1;
  if (s.is(at, "to")) ++at;
  while (s.is(at, "be") || s.is(at, "have") || s.is(at, "been")) ++at;
  if (at >= s.size() || !s.is_word(at)) return kNone;
  return s.verb_lemma(at).empty() ? kNone : at;
}

// How the event ended for its victims, said right after the verb of the event: the outcome is
// what the figure's toll is ("a man was shot and killed" counts a death, not a shooting).
struct Outcome {
  std::size_t begin = kNone;  // its pieces
  std::size_t end = kNone;
  std::string lemma;
};

// "shot dead", "stabbed to death": a phrase from the lexicon right after the verb.
std::optional<Outcome> outcome_phrase_after(const NumericSentence& s, std::size_t verb) {
  if (!s.has(verb + 1, NumericLexicons::kOutcomePhraseOpening)) return std::nullopt;
  std::string key;
  const std::size_t used = match_phrase(s.pieces, verb + 1, s.lexicons.outcome_phrases, &key, 3);
  if (used == 0) return std::nullopt;
  return Outcome{verb + 1, verb + 1 + used, s.lexicons.outcome_phrases.at(key)};
}

// "shot and killed", "shot and critically wounded", "stabbed and later died": an outcome verb
// joined by "and", with only adverbs and auxiliaries between. After an outcome ("victims killed
// and injured") the second verb adds to the first rather than saying how it ended.
std::optional<Outcome> coordinated_outcome(const NumericSentence& s, std::size_t verb) {
  if (!s.is(verb + 1, "and") || s.lexicons.outcome_verbs.count(predicate_lemma(s, verb))) {
    return std::nullopt;
  }
  for (std::size_t at = verb + 2; at < s.size() && at <= verb + 4; ++at) {
    const std::string lemma = predicate_lemma(s, at);
    if (!lemma.empty()) {
      if (!s.lexicons.outcome_verbs.count(lemma)) return std::nullopt;
      return Outcome{at, at + 1, lemma};
    }
    if (!s.is_word(at) || !s.has(at, NumericLexicons::kAuxiliaryWord)) return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Outcome> outcome_after(const NumericSentence& s, std::size_t verb) {
  if (auto phrase = outcome_phrase_after(s, verb)) return phrase;
  return coordinated_outcome(s, verb);
}

// What a transitive verb's object starts with ("shot a 3-year-old", "killed his friend"): a
// figure before such a verb did the deed.
bool object_starts(const NumericSentence& s, std::size_t at) {
  return is_article(s, at) || s.is(at, "the") || s.is(at, "another") || is_number_word(s, at) ||
         s.is(at, "him") || s.is(at, "her") || s.is(at, "them") || s.is(at, "his") ||
         s.is(at, "their");
}

// Verb lemma after the phrase, past auxiliaries ("Around 137 have died", "18 people are injured",
// "Sixty residents had to be evacuated").
// "At least 19 people, ranging in age from 12 to 27, were treated": an aside between commas,
// closed by a finite "be" or "have", is skipped; returns where the verb group starts.
std::size_t skip_aside(const NumericSentence& s, std::size_t end) {
  if (!s.is(end, ",") || s.is_digits(end + 1)) return end;  // "Name, 18, was shot" gives an age
  for (std::size_t at = end + 1; at < s.size() && at <= end + kMaxAsidePieces; ++at) {
    if (s.is(at, ",")) return is_finite_be_or_have(s, at + 1) ? at + 1 : end;
    if (is_finite_be_or_have(s, at) || s.has(at, NumericLexicons::kPredicateWord)) return end;
  }
  return end;
}

std::size_t predicate_after(const NumericSentence& s, std::size_t end, bool* negated) {
  end = skip_aside(s, skip_prepositional_phrase(s, end));
  for (std::size_t at = end, skipped = 0; at < s.size() && skipped <= 4; ++at, ++skipped) {
    const std::string_view word = s.pieces[at].text;
    if (!predicate_lemma(s, at).empty()) {
      const std::size_t raised = verb_after_raising(s, at);
      return raised != kNone ? raised : at;
    }
    if (word == "to" && at > end && (s.is(at - 1, "had") || s.is(at - 1, "has") || s.is(at - 1, "have"))) {
      continue;
    }
    if (s.has(at, NumericLexicons::kNegationWord)) {
      *negated = true;
      continue;
    }
    if (word == "'" || word == "t") continue;  // "weren't" -> "weren" "'" "t"
    if (!s.has(at, NumericLexicons::kAuxiliaryWord)) break;
  }
  *negated = false;
  return kNone;
}

bool negated_before(const NumericSentence& s, std::size_t at) {
  for (std::size_t k = at, looked = 0; k > 0 && looked < 3; --k, ++looked) {
    const std::string_view word = s.pieces[k - 1].text;
    if (s.has(k - 1, NumericLexicons::kNegationWord)) return true;
    if (word == "t" && k >= 2 && s.is(k - 2, "'")) return true;
  }
  return false;
}

// "Mostefai, 29," / "Salah Abdeslam, a 26-year-old": the capitalised name before a comma.
std::string name_before(const NumericSentence& s, std::size_t at) {
  std::size_t k = at;
  if (k > 0 && (s.is(k - 1, "a") || s.is(k - 1, "an"))) --k;
  if (k > 0 && (s.is(k - 1, ",") || s.is(k - 1, "was") || s.is(k - 1, "is"))) --k;
  std::size_t end = k;
  while (k > 0 && s.is_word(k - 1) && s.pieces[k - 1].capitalized && end - k < 4) --k;
  if (k == end) return {};
  return s.document.text_of({s.pieces[k].span.start, s.pieces[end - 1].span.end});
}

// "27-year-old", "27 years old", "six-month-old": the age in years, and pieces used.
std::size_t age_suffix(const NumericSentence& s, std::size_t at, double* years_per_unit) {
  std::size_t k = at;
  if (s.is(k, "-")) ++k;
  if (s.is(k, "year") || s.is(k, "years")) {
    *years_per_unit = 1;
  } else if (s.is(k, "month") || s.is(k, "months")) {
    *years_per_unit = 1.0 / 12;
  } else {
    return 0;
  }
  ++k;
  if (s.is(k, "-")) ++k;
  if (!s.is(k, "old")) return 0;
  return k + 1 - at;
}

// The figure one, written as the article at `at`.
ParsedNumber one_of_article(std::size_t at) {
  ParsedNumber one;
  one.begin = at;
  one.end = at + 1;
  one.low = one.high = 1;
  one.form = NumberForm::kWords;
  one.has_article = true;
  return one;
}

// "a year", "a man", "another man": one, when what follows makes it a figure (a qualifier, a
// duration, or a verb that states the event's toll; see FigureReader::finish).
std::optional<ParsedNumber> article_as_one(const NumericSentence& s, std::size_t at) {
  if (!(is_article(s, at) || s.is(at, "another")) || !s.is_word(at + 1)) return std::nullopt;
  if (is_number_word(s, at + 1) || s.has(at + 1, NumericLexicons::kStopWord) ||
      s.has(at + 1, NumericLexicons::kOrdinalWord)) {
    return std::nullopt;  // "a seventh person", "a second attacker" are ordinals
  }
  return one_of_article(at);
}

// "the crash that killed a ...", "a gunman who allegedly shot a ...": the verb before `at` opens
// a relative clause (adverbs and auxiliaries may stand between the pronoun and the verb).
bool object_of_relative_clause(const NumericSentence& s, std::size_t at) {
  const std::size_t verb = predicate_before(s, at);
  if (verb == kNone) return false;
  for (std::size_t k = verb, looked = 0; k > 0 && looked < 3; --k, ++looked) {
    const std::string_view word = s.pieces[k - 1].text;
    if (s.lexicons.relative_pronouns.count(word)) return true;
    if (!s.has(k - 1, NumericLexicons::kAuxiliaryWord)) return false;
  }
  return false;
}

constexpr int kInchesPerFoot = 12;

class FigureReader {
 public:
  FigureReader(const NumericSentence& s, std::size_t at) : s_(s), at_(at) {}

  std::optional<NumericMention> read() {
    std::size_t j = read_qualifier(at_);
    j = read_currency_sign(j);
    auto number = article_before_age(j);
    if (!number) number = parse_number(s_.pieces, j, s_.lexicons);
    if (!number) number = article_as_one(s_, j);
    if (!number) return std::nullopt;
    if (!qualifier_ && !between_ && currency_.empty() && j != at_) return std::nullopt;
    if (lost_sign_ && !has_scale(*number)) return std::nullopt;
    add_mixed_fraction(*number);
    if (!lost_sign_ && names_something(s_, *number)) return std::nullopt;
    if (auto one_more = ordinal_after_count(*number)) {
      number = one_more;
      ordinal_one_ = true;
    }
    if (number->form == NumberForm::kFraction && !fraction_stands(*number)) return std::nullopt;
    number_ = *number;
    mention_.begin = at_;
    mention_.value = {number->low, number->high};
    mention_.parts.push_back({"number", number->begin, number->end});
    mention_.rule = number->form == NumberForm::kDigits ? "numeric.digits" : rule_of(number->lexicon);
    std::size_t k = age_end_ != kNone ? age_end_ : read_range(number->end);
    k = read_postfix_qualifier(k);
    k = skip_more(k);
    if (!classify(k)) return std::nullopt;
    if (end_ > k) end_ = read_postfix_qualifier(end_);  // "15 years to life"
    finish();
    return std::move(mention_);  // the reader is done with it
  }

 private:
  // "the shooting that killed a 1-year-old girl": a person described by an age counts as one
  // when a relative clause states the event's toll with them. Elsewhere ("a 3-year-old was
  // shot", "police say a man shot a 3-year-old") the phrase describes the person the story is
  // about and only the age is a claim. The age is read next, as a claim of its own.
  std::optional<ParsedNumber> article_before_age(std::size_t at) {
    if (at != at_ || !(is_article(s_, at) || s_.is(at, "another"))) return std::nullopt;
    auto age = parse_number(s_.pieces, at + 1, s_.lexicons);
    if (!age || age->has_article) return std::nullopt;
    double years_per_unit = 1;
    const std::size_t used = age_suffix(s_, age->end, &years_per_unit);
    if (used == 0 || !object_of_relative_clause(s_, at)) return std::nullopt;
    age_end_ = age->end + used;
    next_ = at + 1;
    return one_of_article(at);
  }

  std::string rule_of(std::string_view lexicon) const {
    auto it = s_.lexicons.rule_of.find(lexicon);
    return it == s_.lexicons.rule_of.end() ? "numeric.digits" : it->second;
  }

  std::size_t read_qualifier(std::size_t at) {
    if (s_.is(at, "between")) {
      between_ = true;
      mention_.parts.push_back({"qualifier", at, at + 1});
      return at + 1;
    }
    if (!s_.has(at, NumericLexicons::kQualifierFirstWord)) return at;
    std::string key;
    if (std::size_t used = match_phrase(s_.pieces, at, s_.lexicons.qualifiers, &key, 4)) {
      const QualifierEffect effect = s_.lexicons.qualifiers.at(key).effect;
      // "before" and "after" qualify dates only; before a count they are prepositions.
      if (effect == QualifierEffect::kBefore || effect == QualifierEffect::kAfter) return at;
      qualifier_ = &s_.lexicons.qualifiers.at(key);
      mention_.qualifier = key;
      mention_.parts.push_back({"qualifier", at, at + used});
      return at + used;
    }
    return at;
  }

  // "2 1/2 hours": a whole number followed by a proper fraction written with a slash.
  void add_mixed_fraction(ParsedNumber& number) const {
    const std::size_t k = number.end;
    if (number.form != NumberForm::kDigits || !number.integer || !s_.is_digits(k) || s_.glued(k) ||
        !s_.is(k + 1, "/") || !s_.glued(k + 1) || !s_.is_digits(k + 2) || !s_.glued(k + 2)) {
      return;
    }
    auto numerator = parse_digits(s_.pieces[k].text);
    auto denominator = parse_digits(s_.pieces[k + 2].text);
    if (!numerator || !denominator || *numerator <= 0 || *numerator >= *denominator) return;
    number.low += *numerator / *denominator;
    number.high = number.low;
    number.end = k + 3;
    number.integer = false;
  }

  // "2.5 million", "74million", "75m": the figure ends in a scale word.
  bool has_scale(const ParsedNumber& number) const {
    const std::size_t last = number.end - 1;
    return last > number.begin && s_.is_word(last) &&
           (s_.has(last, NumericLexicons::kScaleWord) || s_.has(last, NumericLexicons::kGluedScaleWord));
  }

  std::size_t read_currency_sign(std::size_t at) {
    if (s_.is_word(at) && s_.is_digits(at + 1) && s_.glued(at + 1) &&
        s_.has(at, NumericLexicons::kTriggerWord)) {
      auto lost = s_.lexicons.lost_currency_signs.find(s_.pieces[at].text);
      if (lost != s_.lexicons.lost_currency_signs.end() && !s_.pieces[at].capitalized &&
          (at == 0 || !s_.glued(at))) {
        currency_ = lost->second;
        lost_sign_ = true;
        mention_.parts.push_back({"currency", at, at + 1});
        return at + 1;
      }
    }
    std::size_t k = at;
    if (s_.is(k, "us") && s_.is(k + 1, "$") && s_.glued(k + 1)) ++k;
    if (k < s_.size() && s_.pieces[k].shape != PieceShape::kDigits && s_.is_digits(k + 1) &&
        s_.glued(k + 1) && s_.has(k, NumericLexicons::kCurrencyWord)) {
      auto it = s_.lexicons.currencies.find(s_.pieces[k].text);
      if (it != s_.lexicons.currencies.end() && s_.is_digits(k + 1) && s_.glued(k + 1)) {
        currency_ = it->second;
        mention_.parts.push_back({"currency", at, k + 1});
        return k + 1;
      }
    }
    return at;
  }

  // "killing two and wounding a third", "two men were held and a third is sought": an article and
  // an ordinal standing alone, after a count one lower in the sentence, name one more of what
  // was counted, not a fraction ("cut by a third" has no such count). Read as the figure one.
  std::optional<ParsedNumber> ordinal_after_count(const ParsedNumber& number) const {
    if (number.form != NumberForm::kFraction || !number.has_article || number.low <= 0) return std::nullopt;
    if (!s_.has(number.end - 1, NumericLexicons::kOrdinalWord)) return std::nullopt;
    const std::size_t next = number.end;
    const bool stands_alone = next >= s_.size() ||
                              (s_.pieces[next].shape == PieceShape::kPunct && !s_.is(next, "-")) ||
                              (s_.is_word(next) && !s_.is(next, "of") &&
                               (s_.has(next, NumericLexicons::kStopWord) ||
                                s_.has(next, NumericLexicons::kAuxiliaryWord)));
    // "fell by a third" is a fraction whatever was counted before: the ordinal follows a verb
    // ("wounding a third") or joins a list ("and a fifth").
    const std::size_t before = number.begin;
    const bool continues_count =
        before == 0 || s_.is(before - 1, "and") || s_.is(before - 1, ",") ||
        (s_.is_word(before - 1) && (!s_.verb_lemma(before - 1).empty() ||
                                    !s_.lexicons.progressive_lemma(s_.pieces[before - 1].text).empty()));
    if (!stands_alone || !continues_count) return std::nullopt;
    const double rank = 1 / number.low;  // "third" is 1/3
    bool counted_before = false;
    for (std::size_t at = 0; at < number.begin && !counted_before; ++at) {
      auto earlier = parse_number(s_.pieces, at, s_.lexicons);
      counted_before = earlier && earlier->form != NumberForm::kFraction && earlier->low == earlier->high &&
                       std::abs(earlier->low + 1 - rank) < 1e-9;
    }
    if (!counted_before) return std::nullopt;
    ParsedNumber one = one_of_article(number.begin);
    one.end = number.end;
    one.lexicon = "numeric_ordinals";
    return one;
  }

  // "a third of", "half of the": a lone "third" or "half" is an ordinal or a noun.
  bool fraction_stands(const ParsedNumber& number) const {
    const std::size_t next = number.end;
    // "half-staff", "half-brother" are words of their own; "half-hour", "half-mile" are figures.
    if (s_.is(next, "-") && s_.glued(next) && s_.is_word(next + 1) && s_.glued(next + 1) &&
        !is_article(s_, next + 1)) {
      return s_.lexicons.units.count(s_.pieces[next + 1].text) > 0;
    }
    return s_.is(next, "of") || s_.is(next, "the") || is_article(s_, next) || next >= s_.size() ||
           s_.pieces[next].shape == PieceShape::kPunct;
  }

  // "50, 60 gun shots": two round figures a comma apart, the second the next step up, before a
  // noun, are a spoken estimate, the range between them; a list goes on ("20, 30 and 40").
  std::size_t read_spoken_range(std::size_t k) {
    if (!s_.is(k, ",") || number_.form != NumberForm::kDigits || !number_.integer) return k;
    auto second = parse_number(s_.pieces, k + 1, s_.lexicons);
    if (!second || second->form != NumberForm::kDigits || !second->integer) return k;
    const double first_value = *mention_.value.high;
    const double step = second->low - first_value;
    if (first_value < 10 || step <= 0 || std::fmod(first_value, step) != 0 || step * 2 > first_value ||
        step * 10 < first_value ||
        std::fmod(step, 5) != 0) {
      return k;
    }
    const std::size_t after = second->end;
    if (!s_.is_word(after) || s_.is(after, "and") || s_.is(after, "or") || s_.has(after, NumericLexicons::kStopWord)) {
      return k;
    }
    mention_.value.high = second->high;
    mention_.parts.push_back({"range", k, second->end});
    number_.end = second->end;
    return second->end;
  }

  std::size_t read_range(std::size_t k) {
    if (const std::size_t spoken = read_spoken_range(k); spoken != k) return spoken;
    // "12- to 27-years-old": a hyphen left hanging before "to" belongs to the unit after the range.
    const std::size_t range_begin = k;
    if (s_.is(k, "-") && s_.glued(k) && s_.is(k + 1, "to") && !s_.glued(k + 1)) ++k;
    const bool dash = s_.is(k, "-");
    const bool joined = s_.is(k, "to") || s_.is(k, "or") || (between_ && s_.is(k, "and"));
    if (!dash && !joined) return k;
    auto second = parse_number(s_.pieces, k + 1, s_.lexicons);
    if (!second || second->low <= *mention_.value.high) return range_begin;
    if (dash && (number_.form != NumberForm::kDigits || second->form != NumberForm::kDigits)) {
      return range_begin;
    }
    if (s_.is(k, "or") && number_.form != NumberForm::kWords) return range_begin;
    mention_.value.high = second->high;
    mention_.parts.push_back({"range", range_begin, second->end});
    number_.end = second->end;
    return second->end;
  }

  // "three more hours", "six more shot": "more" after a figure adds to a count said before and
  // leaves the figure's unit and verb where they are; "ten more than last year" compares.
  std::size_t skip_more(std::size_t k) const {
    if (!s_.is(k, "more") || s_.is(k + 1, "than")) return k;
    // "three more July 18": a name or a date after it starts a phrase of its own.
    if (s_.is_word(k + 1) && (s_.pieces[k + 1].capitalized || s_.has(k + 1, NumericLexicons::kMonthWord))) {
      return k;
    }
    return k + 1;
  }

  std::size_t read_postfix_qualifier(std::size_t k) {
    if (!s_.has(k, NumericLexicons::kPostfixQualifierOpening)) return k;
    std::string key;
    if (std::size_t used = match_phrase(s_.pieces, k, s_.lexicons.postfix_qualifiers, &key, 3)) {
      const QualifierInfo& postfix = s_.lexicons.postfix_qualifiers.at(key);
      if (!qualifier_ || postfix.overrides_prefix) {
        qualifier_ = &postfix;
        mention_.qualifier = key;
        mention_.parts.push_back({"qualifier", k, k + used});
        return k + used;
      }
    }
    return k;
  }

  // Decides the kind and unit from what follows the figure; false when it is no claim.
  bool classify(std::size_t k) {
    end_ = k;
    double years_per_unit = 1;
    if (!currency_.empty()) return as_money(k);
    if (s_.is(k, "%")) {
      mention_.kind = ClaimKind::kPercent;
      mention_.unit = "percent";
      mention_.parts.push_back({"unit", k, k + 1});
      end_ = k + 1;
      return true;
    }
    if (std::size_t used = age_suffix(s_, k, &years_per_unit)) {
      return as_age(k, used, years_per_unit);
    }
    if (is_age_after_name(k) || (number_.begin > 0 && 
                                                   s_.lexicons.age_words.count(s_.pieces[number_.begin - 1].text))) {
      return as_age(k, 0, 1);
    }
    if (s_.is(k, "of")) return as_part_of_whole(k);
    const bool singular = *mention_.value.high <= 1;
    HeadNoun head = find_head(s_, k, singular);
    if (head.unit) return as_unit(head);
    return as_count(head, k);
  }

  // "two months ago": the day that long before the publication date (calendar months and years
  // keep the day of the month); unresolvable without a publication date or for a range.
  bool as_time_ago(const HeadNoun& head) {
    mention_.kind = ClaimKind::kDate;
    mention_.unit = "day";
    mention_.rule = "numeric.dates";
    end_ = head.end + 1;
    phrase_end_ = end_;
    const double count = *mention_.value.low;
    const bool exact = mention_.value.is_exact() && !qualifier_ &&
                       count == static_cast<double>(static_cast<long>(count));
    mention_.value = {};
    if (!s_.today || !exact) return true;
    const std::string& unit = head.unit->lemma;
    long day = *s_.today;
    const long n = static_cast<long>(count);
    if (unit == "day") {
      day -= n;
    } else if (unit == "week") {
      day -= 7 * n;
    } else if (unit == "month" || unit == "year" || unit == "decade") {
      int year = 0, month = 0, dom = 0;
      civil_from_days(*s_.today, &year, &month, &dom);
      const long months = unit == "month" ? n : (unit == "year" ? 12 * n : 120 * n);
      const long index = year * 12L + (month - 1) - months;
      const int new_year = static_cast<int>(index / 12);
      const int new_month = static_cast<int>(index % 12 + 1);
      day = days_from_civil(new_year, new_month, std::min(dom, days_in_month(new_year, new_month)));
    } else {
      return true;
    }
    mention_.value = Interval::exactly(static_cast<double>(day));
    mention_.resolved = iso_day(day);
    return true;
  }

  bool as_money(std::size_t k) {
    mention_.kind = ClaimKind::kMoney;
    mention_.unit = currency_;
    mention_.rule = "numeric.money";
    end_ = k;
    return true;
  }

  bool as_age(std::size_t k, std::size_t used, double years_per_unit) {
    mention_.kind = ClaimKind::kAge;
    mention_.unit = "year";
    mention_.rule = "numeric.ages";
    mention_.value = {*mention_.value.low * years_per_unit, *mention_.value.high * years_per_unit};
    if (used) mention_.parts.push_back({"unit", k, k + used});
    end_ = k + used;
    mention_.subject = name_before(s_, number_.begin);
    return true;
  }

  // "Mostefai, 29, from Chartres": a small whole number between commas after a name.
  bool is_age_after_name(std::size_t k) const {
    const std::size_t first = number_.begin;
    if (!s_.is_digits(first) || first < 2 || !s_.is(first - 1, ",")) return false;
    if (!s_.is_word(first - 2) || !s_.pieces[first - 2].capitalized) return false;
    if (*mention_.value.low < 1 || *mention_.value.low > 120 || !number_.integer) return false;
    return k >= s_.size() || s_.is(k, ",") || s_.is(k, ")") || s_.is(k, ";") ||
           (s_.is(k, ".") && k + 1 >= s_.size());
  }

  // "five of the seven dead assailants": the part counts what the whole counts; reading
  // resumes at the whole, which is a claim of its own.
  bool as_part_of_whole(std::size_t k) {
    std::size_t m = k + 1;
    while (m < s_.size() && s_.has(m, NumericLexicons::kSkippableWord) && !is_article(s_, m)) ++m;
    HeadNoun head;
    auto whole = parse_number(s_.pieces, m, s_.lexicons);
    if (whole) {
      head = find_head(s_, whole->end, whole->high <= 1);
      next_ = m;
    } else {
      head = find_head(s_, m, false);
    }
    mention_.kind = ClaimKind::kCount;
    part_of_whole_ = true;
    if (head.head == kNone) {
      // "four of whom were Frenchmen", "two of them": the whole is a pronoun.
      phrase_end_ = std::min(m + 1, s_.size());
      end_ = number_.end;
      mention_.parts.push_back({"whole", k, phrase_end_});
      return true;
    }
    // The judge reads a part as a lower bound of the group's figure (counts_part_of_group).
    mention_.parts.push_back({"whole", k, head.end});
    mention_.unit = head.unit ? head.unit->lemma : s_.lexicons.lemma_of_noun(s_.pieces[head.head].text);
    if (head.unit && head.unit->kind == UnitKind::kPeople) mention_.unit = "people";
    phrase_end_ = head.end;
    if (head.predicate != kNone) modifier_predicate_ = head.predicate;
    end_ = whole ? number_.end : head.end;
    return true;
  }

  // "5-foot-7": a height in feet and inches, written as one word; the inches are part of it.
  void add_inches_of_height(const HeadNoun& head) {
    const std::size_t dash = head.head + head.unit_length;
    if (!s_.is(dash, "-") || !s_.glued(dash) || !s_.is_digits(dash + 1) || !s_.glued(dash + 1)) return;
    if (s_.is(dash + 2, "-") && s_.glued(dash + 2)) return;  // "6-foot-10-inch" is read elsewhere
    const std::string_view digits = s_.pieces[dash + 1].text;
    if (digits.size() > 2 || !mention_.value.is_exact()) return;
    const int inches = std::atoi(std::string(digits).c_str());
    if (inches > kInchesPerFoot - 1) return;
    const double feet = *mention_.value.low + static_cast<double>(inches) / kInchesPerFoot;
    mention_.value = Interval::exactly(feet);
    mention_.parts.push_back({"number", dash + 1, dash + 2});
    end_ = phrase_end_ = dash + 2;
  }

  bool as_unit(const HeadNoun& head) {
    const UnitInfo& unit = *head.unit;
    mention_.parts.push_back({"unit", head.head, head.head + head.unit_length});
    mention_.rule = unit.rule_id;
    end_ = head.end;
    phrase_end_ = head.end;
    if (head.predicate != kNone) modifier_predicate_ = head.predicate;
    switch (unit.kind) {
      case UnitKind::kMoney:
        mention_.kind = ClaimKind::kMoney;
        mention_.unit = unit.lemma;
        return true;
      case UnitKind::kPercent:
        mention_.kind = ClaimKind::kPercent;
        mention_.unit = "percent";
        return true;
      case UnitKind::kDuration:
        // "a year" alone is not a figure; "more than a year", "for a year", "a minute's",
        // "a day earlier" and "a week ago" are.
        if (number_.has_article && *mention_.value.low == 1 && !qualifier_ &&
            !(number_.begin > 0 && s_.is(number_.begin - 1, "for")) &&
            !(s_.is(head.end, "'") && s_.is(head.end + 1, "s")) && !s_.is(head.end, "earlier") &&
            !s_.is(head.end, "later") && !s_.is(head.end, "ago")) {
          return false;
        }
        if (s_.is(head.end, "ago")) return as_time_ago(head);
        mention_.kind = ClaimKind::kDuration;
        mention_.unit = unit.lemma;
        mention_.value = {*mention_.value.low * unit.factor, *mention_.value.high * unit.factor};
        return true;
      case UnitKind::kMeasure:
        if (number_.has_article && *mention_.value.low == 1 && !qualifier_) return false;
        mention_.kind = ClaimKind::kMeasure;
        mention_.unit = unit.lemma;
        if (unit.lemma == "foot") add_inches_of_height(head);
        return true;
      case UnitKind::kAge:
        mention_.kind = ClaimKind::kAge;
        mention_.unit = "year";
        return true;
      case UnitKind::kPeople:
        mention_.kind = ClaimKind::kCount;
        mention_.unit = "people";
        return true;
      case UnitKind::kCount:
        mention_.kind = ClaimKind::kCount;
        mention_.unit = unit.lemma;
        return true;
    }
    return true;
  }

  bool as_count(const HeadNoun& head, std::size_t k) {
    mention_.kind = ClaimKind::kCount;
    if (head.head != kNone) {
      mention_.unit = s_.lexicons.lemma_of_noun(s_.pieces[head.head].text);
      mention_.parts.push_back({"unit", head.head, head.head + 1});
      end_ = head.end;
      phrase_end_ = head.end;
    } else {
      phrase_end_ = k;
    }
    if (head.predicate != kNone) modifier_predicate_ = head.predicate;
    return true;
  }

  void finish() {
    find_predicate();
    // "a man", "another man", "a third" (one more) count only with a verb of the event's toll
    // ("a man was shot"); a written "one" counts like any figure.
    const bool single = number_.form == NumberForm::kWords && number_.has_article &&
                        (number_.end == number_.begin + 1 || ordinal_one_);
    // The verb must be inflected ("a man was shot", "killed a man"): in "a gunshot wound" the
    // base form is a noun.
    if (single && mention_.kind == ClaimKind::kCount &&
        (!s_.lexicons.event_predicates.count(mention_.predicate) || !predicate_inflected_ ||
         is_agent_of_verb() || predicate_is_modifier() || verb_follows_article())) {
      rejected_ = true;
    }
    // "one of the witnesses" picks someone out; "one of those patients died" counts. After a
    // copula or a preposition ("was one of the two people killed", "next to one of the teens
    // who was killed") it picks someone out whatever the verb.
    const bool picked_out = number_.begin > 0 &&
                            s_.lexicons.picking_out_words.count(s_.pieces[number_.begin - 1].text) > 0;
    if (part_of_whole_ && number_.form == NumberForm::kWords && *mention_.value.low == 1 &&
        (mention_.predicate.empty() || picked_out)) {
      rejected_ = true;
    }
    // "129 killed", "injuring three others": with a verb of the toll, a figure without a noun of
    // its own, or with the pronoun "others", counts people.
    if (mention_.kind == ClaimKind::kCount && (mention_.unit.empty() || mention_.unit == "other") &&
        s_.lexicons.event_predicates.count(mention_.predicate)) {
      mention_.unit = "people";
    }
    if (qualifier_) {
      mention_.value = apply_qualifier(mention_.value, qualifier_->effect,
                                       mention_.kind == ClaimKind::kCount);
    }
    mention_.end = std::max(end_, number_.end);
    mention_.next = next_ != kNone ? next_ : mention_.end;
    mention_.rejected = rejected_;
  }

  // "carrying an injured man", "saw a dead body": a participle before the noun describes the
  // person; only a verb of the sentence states a toll with "a man".
  bool predicate_is_modifier() const {
    return verb_at_ != kNone && verb_at_ == modifier_predicate_;
  }

  // "fired a shot at them": the word right after an article is the noun it introduces, never
  // the verb of a figure the article would be.
  bool verb_follows_article() const {
    return is_article(s_, number_.begin) && verb_at_ == number_.end;
  }

  // "A man shot a 3-year-old", "a man shot and killed his friend": the verb follows the phrase
  // directly and its group takes an object, so the man is who did it, not the toll.
  bool is_agent_of_verb() const {
    const std::size_t phrase_end = phrase_end_ ? phrase_end_ : end_;
    if (verb_at_ == kNone || verb_at_ != phrase_end) return false;
    return object_starts(s_, verb_group_end_);
  }

  // "saw more than 50 firefighters tackle the blaze": after a verb of perception before the
  // figure, a bare verb right after its phrase, with an object of its own, is what the figure did.
  std::size_t bare_verb_after_perception(std::size_t verb) const {
    if (verb >= mention_.begin || !s_.lexicons.perception_verbs.count(predicate_lemma(s_, verb))) return kNone;
    const std::size_t bare = phrase_end_ ? phrase_end_ : end_;
    if (!s_.is_word(bare) || s_.pieces[bare].capitalized || !object_starts(s_, bare + 1)) return kNone;
    const std::string_view word = s_.pieces[bare].text;
    if (s_.has(bare, NumericLexicons::kStopWord | NumericLexicons::kAuxiliaryWord) ||
        !s_.verb_lemma(bare).empty() || !s_.lexicons.words || !s_.lexicons.words->contains(word)) {
      return kNone;
    }
    return bare;
  }

  void find_predicate() {
    if (mention_.kind == ClaimKind::kAge || mention_.kind == ClaimKind::kDate) return;
    std::size_t verb = predicate_before(s_, mention_.begin);
    bool negated = false;
    if (verb != kNone) {
      negated = negated_before(s_, verb);
      // "leaving one man dead": a verb of the toll after the figure says more than the one before.
      bool after_negated = false;
      const std::size_t after = predicate_after(s_, phrase_end_ ? phrase_end_ : end_, &after_negated);
      const std::string before_lemma = s_.verb_lemma(verb);
      if (after != kNone && !s_.lexicons.event_predicates.count(before_lemma) &&
          s_.lexicons.event_predicates.count(predicate_lemma(s_, after))) {
        verb = after;
        negated = after_negated;
      }
    } else {
      verb = predicate_after(s_, phrase_end_ ? phrase_end_ : end_, &negated);
    }
    if (verb == kNone && modifier_predicate_ != kNone) verb = modifier_predicate_;
    if (verb == kNone) return;
    if (const std::size_t bare = bare_verb_after_perception(verb); bare != kNone) {
      verb_at_ = bare;
      verb_group_end_ = bare + 1;
      mention_.predicate = s_.pieces[bare].text;
      predicate_inflected_ = false;
      mention_.negated = negated;
      mention_.parts.push_back({"predicate", bare, bare + 1});
      return;
    }
    verb_at_ = verb;
    verb_group_end_ = verb + 1;
    std::size_t predicate_begin = verb;
    mention_.predicate = predicate_lemma(s_, verb);
    if (mention_.predicate.empty() && verb + 1 == mention_.begin) {
      mention_.predicate = event_progressive_before(s_, mention_.begin);
    }
    if (auto outcome = outcome_after(s_, verb)) {
      verb_group_end_ = outcome->end;
      // With an object of its own ("two officers shot and killed the teen") the outcome is
      // someone else's: the figure did the deed, and keeps the first verb.
      if (!object_starts(s_, outcome->end)) {
        mention_.predicate = outcome->lemma;
        predicate_begin = outcome->begin;
      }
    }
    predicate_inflected_ = mention_.predicate != s_.pieces[predicate_begin].text;
    mention_.negated = negated;
    mention_.parts.push_back({"predicate", predicate_begin,
                              predicate_begin == verb ? verb + 1 : verb_group_end_});
  }

  const NumericSentence& s_;
  std::size_t at_;
  const QualifierInfo* qualifier_ = nullptr;
  bool between_ = false;
  std::string currency_;
  bool lost_sign_ = false;  // the currency is a letter left for a lost sign ("e85 million")
  std::size_t verb_at_ = kNone;         // the piece of the figure's verb
  std::size_t verb_group_end_ = kNone;  // one past the verb and its outcome ("shot and killed")
  ParsedNumber number_;
  NumericMention mention_;
  std::size_t end_ = 0;
  std::size_t phrase_end_ = 0;
  std::size_t next_ = kNone;
  std::size_t age_end_ = kNone;  // one past the age of "a 1-year-old girl" counted as one
  std::size_t modifier_predicate_ = kNone;
  bool rejected_ = false;
  bool predicate_inflected_ = false;
  bool part_of_whole_ = false;
  bool ordinal_one_ = false;  // "a third" after a count of two, read as one more
};

}  // namespace

std::optional<NumericMention> read_figure(const NumericSentence& sentence, std::size_t at) {
  if (at >= sentence.size()) return std::nullopt;
  FigureReader reader(sentence, at);
  return reader.read();
}

}  // namespace factdiff
