// Reported statements: subject, speech verb, audience, and the reported clause.
#include "extract/statement_extractor.h"

#include <set>
#include <string_view>

namespace factdiff {
namespace {

constexpr std::size_t kMinimumContentWords = 3;
constexpr std::size_t kThatReach = 10;  // "warned in a video on Monday that ..."

bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() > suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::set<std::size_t> sentences_with_quote_marks(std::size_t paragraph_index,
                                                 const AttributionParagraph& p,
                                                 const std::vector<QuoteRegion>& regions) {
  std::set<std::size_t> sentences;
  for (const QuoteRegion& region : regions) {
    if (region.open_paragraph == paragraph_index && region.open_mark < p.words.size()) {
      sentences.insert(p.words[region.open_mark].sentence);
    }
    if (region.closed && region.close_paragraph == paragraph_index && region.close_mark < p.words.size()) {
      sentences.insert(p.words[region.close_mark].sentence);
    }
  }
  return sentences;
}

bool inside_quote(std::size_t paragraph_index, std::size_t word, const std::vector<QuoteRegion>& regions) {
  for (const QuoteRegion& region : regions) {
    if (region.covers(paragraph_index, word)) return true;
  }
  return false;
}

// Word k is a verb that may report words without quote marks ("said", not "thought", which
// only introduces quoted words: "the officers thought he was armed" goes on reporting).
bool reports_speech(const AttributionParagraph& p, std::size_t k, const AttributionLexicons& lexicons) {
  const std::string* lemma = lexicons.speech_verb_at(p.words, k);
  return lemma != nullptr && !lexicons.quoted_only_verbs.count(*lemma);
}

// ", adding that ...": the comma at word k leads to a coordinated speech participle, which
// reports words of its own.
bool continues_with_participle(const AttributionParagraph& p, std::size_t k, const AttributionLexicons& lexicons) {
  return k + 1 < p.words.size() && p.words[k + 1].sentence == p.words[k].sentence &&
         lexicons.speech_verb_at(p.words, k + 1) && ends_with(p.words[k + 1].lower, "ing");
}

// "said that night": word k is a "that" pointing to a time, no clause after a verb of speech.
bool points_to_time(const AttributionParagraph& p, std::size_t k, const AttributionLexicons& lexicons) {
  // "added that Sunday's shooting was ...": a capitalised day may open the clause.
  return k + 1 < p.words.size() && p.words[k].lower == "that" && p.words[k + 1].is_word &&
         !p.words[k + 1].capitalized && p.words[k + 1].sentence == p.words[k].sentence &&
         lexicons.word_class(p.words[k + 1].lower) == "time";
}

// The words from k to the end of the sentence only say when or through what something was said
// ("Saturday", "in a statement on Monday"): they open with a time word or a preposition, and no
// verb of speech or "that" follows.
bool trailing_adjunct(const AttributionParagraph& p, std::size_t k, const AttributionLexicons& lexicons) {
  constexpr std::size_t kLongestAdjunct = 8;
  const std::string& first_class = lexicons.word_class(p.words[k].lower);
  if (first_class != "time" && first_class != "preposition" && !points_to_time(p, k, lexicons)) return false;
  std::size_t words = 0;
  for (std::size_t i = k; i < p.words.size() && p.words[i].sentence == p.words[k].sentence; ++i) {
    if (!p.words[i].is_word) {
      if (p.words[i].lower == "," && continues_with_participle(p, i, lexicons)) return true;
      if (p.words[i].lower == "," || p.words[i].lower == "\"" || p.words[i].lower == ";") return false;
      continue;
    }
    if (++words > kLongestAdjunct || (p.words[i].lower == "that" && !points_to_time(p, i, lexicons)) ||
        lexicons.speech_verb_at(p.words, i)) {
      return false;
    }
  }
  return true;
}

// "He prayed there most evenings, said Imam Ann Lee." and "..., said the mayor.": a verb right
// after a comma, followed by its speaker and nothing more of the sentence than when or where it
// was said, reports the words before the comma. A common noun speaks only as the last word of
// its phrase ("said police would ..." is no tag). Nullopt when word `verb` is no such tag.
std::optional<StatementCandidate> inverted_tag(const AttributionParagraph& p, std::size_t verb, const std::string& lemma,
                                               const AttributionLexicons& lexicons) {
  const std::size_t sentence = p.words[verb].sentence;
  // "..., Ann Lee told ISNA": after "told" comes the audience, not the speaker.
  if (verb < 2 || p.words[verb - 1].lower != "," || p.words[verb - 1].is_word || lexicons.audience_verbs.count(lemma)) {
    return std::nullopt;
  }
  // "said the mayor on Monday": the noun phrase stops before a preposition or a time.
  std::size_t limit = verb + 1;
  while (limit < p.words.size() && p.words[limit].is_word && p.words[limit].sentence == sentence &&
         lexicons.word_class(p.words[limit].lower) != "preposition" && lexicons.word_class(p.words[limit].lower) != "time") {
    ++limit;
  }
  std::optional<SubjectPhrase> subject = read_subject_at(p, verb + 1, lexicons, limit);
  if (!subject || subject->kind == SubjectKind::kPronoun) return std::nullopt;
  if (subject->kind == SubjectKind::kCommon && !lexicons.speaker_nouns.count(p.words[subject->end - 1].lower)) {
    return std::nullopt;
  }
  const std::size_t after = subject->end;
  const bool closed = after >= p.words.size() || p.words[after].sentence != sentence ||
                      (!p.words[after].is_word && (p.words[after].lower == "." || p.words[after].lower == "!")) ||
                      (p.words[after].lower == "," && continues_with_participle(p, after, lexicons));
  // A person may be placed after the name ("said Ann Lee of the county police"); anything else
  // must close the sentence or only say when ("said Ohio Department of Health spokesman Ann
  // Lee" is not the department speaking).
  const bool person = subject->kind == SubjectKind::kName && subject->name.person;
  const bool ends_sentence =
      closed || (p.words[after].is_word && trailing_adjunct(p, after, lexicons) &&
                 (person || lexicons.word_class(p.words[after].lower) == "time" || p.words[after].lower == "on"));
  if (!ends_sentence) return std::nullopt;
  std::size_t first = verb - 1;
  while (first > 0 && p.words[first - 1].sentence == sentence) --first;
  std::size_t words = 0;
  for (std::size_t k = first; k + 1 < verb; ++k) words += p.words[k].is_word ? 1 : 0;
  if (words < kMinimumContentWords) return std::nullopt;
  StatementCandidate candidate;
  candidate.verb = verb;
  candidate.sentence = sentence;
  candidate.lemma = lemma;
  candidate.subject = subject;
  candidate.content_begin = first;
  candidate.content_end = verb - 1;
  return candidate;
}

}  // namespace

std::vector<StatementCandidate> find_statements(const AttributionParagraph& p,
                                                std::size_t paragraph_index,
                                                const std::vector<QuoteRegion>& regions,
                                                const AttributionLexicons& lexicons) {
  std::vector<StatementCandidate> out;
  const std::set<std::size_t> quoted_sentences = sentences_with_quote_marks(paragraph_index, p, regions);
  for (std::size_t v = 0; v < p.words.size(); ++v) {
    const ParagraphWord& word = p.words[v];
    // Most words are of no speech verb's shape: turned away here, before the call that reads
    // the word's place in its sentence.
    if (!word.is_word || !lexicons.filters.speech_verbs.may_contain(word.lower)) continue;
    const std::string* lemma = lexicons.speech_verb_at(p.words, v);
    if (lemma == nullptr || lexicons.quoted_only_verbs.count(*lemma)) continue;
    if (quoted_sentences.count(word.sentence) || inside_quote(paragraph_index, v, regions)) continue;
    const std::string before = v > 0 && p.words[v - 1].sentence == word.sentence ? p.words[v - 1].lower : "";
    // "IS warned" is the group, not an auxiliary: capitalised words have no word class here.
    const bool before_capitalized = v > 0 && p.words[v - 1].capitalized;
    const std::string before_class = before_capitalized && before != "the" ? std::string() : lexicons.word_class(before);
    // "to say", "the said", "was told": not a report of speech by a subject.
    if (before == "to" || before_class == "determiner" || before_class == "auxiliary") continue;
    if (std::optional<StatementCandidate> tagged = inverted_tag(p, v, *lemma, lexicons)) {
      out.push_back(*tagged);
      continue;
    }

    StatementCandidate candidate;
    candidate.verb = v;
    candidate.sentence = word.sentence;
    candidate.lemma = *lemma;
    candidate.coordinated = before_class == "conjunction" || before == "," || ends_with(word.lower, "ing");
    if (before == "also" && v > 1 && lexicons.word_class(p.words[v - 2].lower) == "conjunction") {
      candidate.coordinated = true;
    }
    candidate.subject = candidate.coordinated ? read_sentence_subject(p, v, lexicons)
                                              : read_subject_before(p, v, lexicons);
    if (!candidate.subject && !candidate.coordinated) continue;

    auto in_sentence = [&](std::size_t k) { return k < p.words.size() && p.words[k].sentence == word.sentence; };
    std::size_t c = v + 1;
    if (lexicons.audience_verbs.count(*lemma) && in_sentence(c) && p.words[c].is_word) {
      candidate.audience_begin = c;
      if (std::optional<NamePhrase> name = read_name_at(p, c, lexicons); name && p.words[c].capitalized) {
        c = name->end;
      } else if (lexicons.audience_nouns.count(p.words[c].lower)) {
        ++c;
      } else if (std::optional<NamePhrase> named = read_name_at(p, c, lexicons);
                 named && p.words[c].lower == "the" && in_sentence(c + 1) && p.words[c + 1].capitalized) {
        c = named->end;  // "told the FBI they believe ...": a named audience after its article
      } else if (lexicons.word_class(p.words[c].lower) == "determiner") {
        std::size_t that = c;
        while (in_sentence(that) && p.words[that].is_word && p.words[that].lower != "that" && that < c + 8) ++that;
        if (!in_sentence(that) || p.words[that].lower != "that") continue;
        c = that;
      } else if (lexicons.word_class(p.words[c].lower) == "pronoun" && p.words[c].lower != "it" &&
                 p.words[c].lower != "they" && p.words[c].lower != "he" && p.words[c].lower != "she") {
        ++c;  // "told him"
      }
      candidate.audience_end = c;
    }
    // "said on Monday that ...": the clause starts after "that".
    bool saw_that = false;
    for (std::size_t k = c; in_sentence(k) && k < c + kThatReach && p.words[k].is_word; ++k) {
      if (p.words[k].lower == "that" && !points_to_time(p, k, lexicons)) {
        const std::string& first_class = lexicons.word_class(p.words[c].lower);
        if (k == c || first_class == "preposition" || first_class == "time" || first_class == "adverb") {
          c = k + 1;
          saw_that = true;
        }
        break;
      }
    }
    std::size_t end = c;
    while (in_sentence(end) && !(!p.words[end].is_word &&
                                 (p.words[end].lower == "." || p.words[end].lower == "!" ||
                                  p.words[end].lower == "?" || p.words[end].lower == "\"" ||
                                  p.words[end].lower == ";"))) {
      // Stop before a coordinated speech verb: "... rules but said national security ...".
      // ... or before a clause with its own speech verb: ", and the coast guard warned ...".
      if (p.words[end].is_word && lexicons.word_class(p.words[end].lower) == "conjunction") {
        bool speech_follows = false;
        for (std::size_t next = end + 1; in_sentence(next) && next <= end + 5 && p.words[next].is_word; ++next) {
          if (reports_speech(p, next, lexicons)) {
            speech_follows = true;
            break;
          }
        }
        if (speech_follows) break;
      }
      if (!p.words[end].is_word && p.words[end].lower == "," && in_sentence(end + 1) &&
          reports_speech(p, end + 1, lexicons)) {
        break;
      }
      ++end;
    }
    while (end > c && !p.words[end - 1].is_word) --end;
    std::size_t content_words = 0;
    for (std::size_t k = c; k < end; ++k) content_words += p.words[k].is_word ? 1 : 0;
    const std::string first_class = in_sentence(c) ? lexicons.word_class(p.words[c].lower) : "";
    // "The man police say is behind the crash": a clause needs its own subject, so words that
    // open with an auxiliary belong to a relative clause around the verb, not to a report.
    if (!saw_that && candidate.audience_end == 0 && (first_class == "auxiliary" || first_class == "perfect")) continue;
    // "Witnesses said Sunday was not his first visit": a time word that an auxiliary follows is
    // the clause's subject, not a time of the saying.
    const bool time_as_subject = first_class == "time" && in_sentence(c + 1) &&
                                 (lexicons.word_class(p.words[c + 1].lower) == "auxiliary" ||
                                  lexicons.word_class(p.words[c + 1].lower) == "perfect");
    const bool clause_like = saw_that || time_as_subject ||
                             (first_class != "preposition" && first_class != "time" && first_class != "adverb" &&
                              (c >= p.words.size() || p.words[c].is_word));
    if (lexicons.that_verbs.count(*lemma) && !saw_that) continue;  // "announced a wave of measures"
    if (content_words >= kMinimumContentWords && clause_like) {
      candidate.content_begin = c;
      candidate.content_end = end;
      out.push_back(candidate);
      continue;
    }
    // A headline: "No ground troops, Obama says"; in a story also with a time or a source after
    // the verb: "Lee joined the club in 2004, the club said Saturday" ("... said in a statement").
    const bool verb_ends_sentence = !in_sentence(v + 1) || !p.words[v + 1].is_word ||
                                    (!saw_that && trailing_adjunct(p, v + 1, lexicons));
    if (verb_ends_sentence && candidate.subject && candidate.subject->begin >= 2 &&
        !p.words[candidate.subject->begin - 1].is_word && p.words[candidate.subject->begin - 1].lower == ",") {
      std::size_t first = candidate.subject->begin - 1;
      while (first > 0 && p.words[first - 1].sentence == word.sentence) --first;
      std::size_t words = 0;
      for (std::size_t k = first; k + 1 < candidate.subject->begin; ++k) words += p.words[k].is_word ? 1 : 0;
      if (words >= 2) {
        candidate.content_begin = first;
        candidate.content_end = candidate.subject->begin - 1;
        out.push_back(candidate);
      }
    }
  }
  // "According to police, the driver fled." and "The driver fled, according to police."
  for (std::size_t a = 0; a + 2 < p.words.size(); ++a) {
    // Views, compared by size first: this is asked of every word of every paragraph.
    if (std::string_view(p.words[a].lower) != "according" || std::string_view(p.words[a + 1].lower) != "to") continue;
    const std::size_t sentence = p.words[a].sentence;
    if (quoted_sentences.count(sentence) || inside_quote(paragraph_index, a, regions)) continue;
    std::optional<SubjectPhrase> subject = read_subject_at(p, a + 2, lexicons);
    if (!subject) continue;
    auto in_sentence = [&](std::size_t k) { return k < p.words.size() && p.words[k].sentence == sentence; };
    std::size_t first = a;
    while (first > 0 && in_sentence(first - 1)) --first;
    std::size_t last = a;
    while (in_sentence(last + 1)) ++last;
    StatementCandidate candidate;
    candidate.verb = a;
    candidate.sentence = sentence;
    candidate.lemma = "according to";
    candidate.subject = subject;
    if (first == a && subject->end < p.words.size() && p.words[subject->end].lower == ",") {
      candidate.content_begin = subject->end + 1;
      candidate.content_end = last + 1;
    } else if (a > first + 2 && p.words[a - 1].lower == ",") {
      candidate.content_begin = first;
      candidate.content_end = a - 1;
    } else {
      continue;
    }
    while (candidate.content_end > candidate.content_begin && !p.words[candidate.content_end - 1].is_word) {
      --candidate.content_end;
    }
    std::size_t words = 0;
    for (std::size_t k = candidate.content_begin; k < candidate.content_end; ++k) words += p.words[k].is_word ? 1 : 0;
    if (words >= kMinimumContentWords) out.push_back(candidate);
  }
  return out;
}

}  // namespace factdiff
