// Names, subjects and back-references for quote and attribute attribution.
#include "extract/speaker_resolver.h"

#include <algorithm>
#include <functional>
#include <string_view>

#include "extract/attribute_words.h"

namespace factdiff {

// Words are compared with literals as views: the sizes first, and bytes only when they match,
// where comparing with a C string measured the literal and compared bytes every time.
using namespace std::string_view_literals;

namespace {

using attribute_reading::is_abbreviation_period;
using attribute_reading::is_mark;

bool is_text_word(const AttributionParagraph& p, std::size_t k) {
  return k < p.words.size() && p.words[k].is_word;
}

// The folded phrase of words [k, k + n) into `phrase` when they are all words of one sentence;
// false (and `phrase` of no use) otherwise.
bool phrase_at(const AttributionParagraph& p, std::size_t k, std::size_t n, std::string& phrase) {
  if (k + n > p.words.size() || n == 0) return false;
  phrase.clear();
  for (std::size_t i = k; i < k + n; ++i) {
    if (!p.words[i].is_word || p.words[i].sentence != p.words[k].sentence) return false;
    if (!phrase.empty()) phrase += ' ';
    phrase += p.words[i].lower;
  }
  return true;
}


// The words of the title at word k and, when there is one, its role value in `role`; 0 when
// word k starts no title.
std::size_t title_at(const AttributionParagraph& p, std::size_t k, const AttributionLexicons& lexicons,
                     const std::string*& role) {
  // A title's first word is one of the title words (a word has no space to hide another in):
  // most words start none, and need no phrase joined. The filter of the title words and
  // modifiers turns most of them away before the lookup.
  if (is_text_word(p, k) && !p.words[k].lower_has_space &&
      (!lexicons.filters.title_or_modifier_words.may_contain(p.words[k].lower) ||
       !lexicons.title_words.count(p.words[k].lower))) {
    return 0;
  }
  return longest_known_phrase(p, k, lexicons.longest_title_words,
                              [&](std::string_view phrase, std::size_t) {
    const auto value = lexicons.titles.find(phrase);
    if (value == lexicons.titles.end()) return false;
    role = &value->second;
    return true;
  });
}

std::size_t title_length_at(const AttributionParagraph& p, std::size_t k,
                            const AttributionLexicons& lexicons, std::string* role) {
  const std::string* found = nullptr;
  const std::size_t n = title_at(p, k, lexicons, found);
  if (n && role) *role = *found;
  return n;
}

// True when word k is surely neither a title modifier nor the start of a title: a word of one
// piece (no space) in neither lexicon, found with one lookup in their joined set. False says
// nothing: the word may be in one, have a space, or the lexicons were not made by from_rules
// (no joined set).
bool surely_opens_no_title(const AttributionParagraph& p, std::size_t k, const AttributionLexicons& lexicons) {
  if (lexicons.title_or_modifier_words.empty() || !is_text_word(p, k)) return false;
  const std::string& lower = p.words[k].lower;
  return !p.words[k].lower_has_space && (!lexicons.filters.title_or_modifier_words.may_contain(lower) ||
                               !lexicons.title_or_modifier_words.count(lower));
}

// Words taken by a courtesy title at k ("Mr", "Mrs." with its period) when a capitalised word
// of the same sentence follows; 0 otherwise.
std::size_t courtesy_title_length_at(const AttributionParagraph& p, std::size_t k,
                                     const AttributionLexicons& lexicons) {
  if (!is_text_word(p, k) || !p.words[k].capitalized || !lexicons.courtesy_titles.count(p.words[k].lower)) {
    return 0;
  }
  std::size_t n = 1;
  if (is_mark(p, k + n, ".") && p.words[k + n].start == p.words[k].end) ++n;
  const bool name_follows = is_text_word(p, k + n) && p.words[k + n].capitalized &&
                            p.words[k + n].sentence == p.words[k].sentence;
  return name_follows ? n : 0;
}

constexpr std::size_t kLongestAlias = 7;

// True when no phrase of `first_words` can start at word k (a word with a space in it might
// hide the start of one, and is let through).
bool starts_no_phrase(const AttributionParagraph& p, std::size_t k, const WordSet& first_words,
                      const WordFilter& first_words_filter) {
  const std::string& lower = p.words[k].lower;
  return !p.words[k].lower_has_space && (!first_words_filter.may_contain(lower) || !first_words.count(lower));
}

std::size_t alias_length_at(const AttributionParagraph& p, std::size_t k,
                            const AttributionLexicons& lexicons, const AliasEntry** found) {
  if (!is_text_word(p, k) || !p.words[k].capitalized) return 0;
  if (starts_no_phrase(p, k, lexicons.alias_first_words, lexicons.filters.alias_first_words)) return 0;
  return longest_known_phrase(p, k, kLongestAlias, [&](std::string_view phrase, std::size_t n) {
    auto it = lexicons.aliases.find(phrase);
    if (it == lexicons.aliases.end()) return false;
    // The phrase must end on a capitalised word ("IS" yes, "is" no); a short one-word alias must
    // be written in capitals ("IS", "US"), so "Is" opening a question is not one.
    if (!p.words[k + n - 1].capitalized) return false;
    if (n == 1 && p.words[k].end - p.words[k].start <= 3 &&
        !is_all_caps(p.slice(p.words[k].start, p.words[k].end))) {
      return false;
    }
    if (found) *found = &it->second;
    return true;
  });
}

std::size_t country_length_at(const AttributionParagraph& p, std::size_t k,
                              const AttributionLexicons& lexicons) {
  if (!is_text_word(p, k) || !p.words[k].capitalized) return 0;
  if (starts_no_phrase(p, k, lexicons.country_first_words, lexicons.filters.country_first_words)) return 0;
  return longest_known_phrase(p, k, 3, [&](std::string_view phrase, std::size_t) {
    return lexicons.countries.count(phrase) > 0;
  });
}


// "al", "bin", "ibn", "de", "van", "von", "da", "di", "del", "du", "el", "le": asked of most
// words of two or three letters, so the first letter picks the few candidates to compare.
bool is_particle_stem(std::string_view stem) {
  switch (stem[0]) {
    case 'a': return stem == "al"sv;
    case 'b': return stem == "bin"sv;
    case 'i': return stem == "ibn"sv;
    case 'd': return stem == "de"sv || stem == "da"sv || stem == "di"sv || stem == "del"sv || stem == "du"sv;
    case 'v': return stem == "van"sv || stem == "von"sv;
    case 'e': return stem == "el"sv;
    case 'l': return stem == "le"sv;
    default: return false;
  }
}

// The rest of is_name_particle, for a word whose length lets it be one.
bool is_name_particle_of_length(const AttributionParagraph& p, std::size_t k) {
  const std::string& lower = p.words[k].lower;
  std::size_t stem_size = 0;
  while (stem_size < lower.size() && stem_size <= 3 && lower[stem_size] != '-') ++stem_size;
  if (stem_size < 2 || stem_size > 3) return false;
  const std::string_view stem(lower.data(), stem_size);
  if (!is_particle_stem(stem)) return false;
  const bool hyphenated = stem_size < lower.size();  // the stem ends at a hyphen
  if (!hyphenated) return is_text_word(p, k + 1) && p.words[k + 1].capitalized;
  return lower.size() > stem_size + 1;
}

// Name particles written in lower case: "Bashar al-Assad", "Ludwig van Beethoven".
inline bool is_name_particle(const AttributionParagraph& p, std::size_t k) {
  if (!is_text_word(p, k)) return false;
  const std::string& lower = p.words[k].lower;
  // The particle is the whole word or the part before its first hyphen ("al-Assad"); particles
  // are two or three letters, so most words are turned away on their length alone, found
  // without searching the rest of a long word for its hyphen. This runs at every word: a word
  // of one letter, or of four or more without a hyphen third or fourth, is turned away here,
  // inline, before any call.
  if (lower.size() < 2 || (lower.size() > 3 && lower[2] != '-' && lower[3] != '-')) return false;
  return is_name_particle_of_length(p, k);
}

// Appends the words [begin, end) as written, a space before each word but the first, to `out`.
void append_surface(const AttributionParagraph& p, std::size_t begin, std::size_t end, std::string& out) {
  if (begin >= end) return;
  // Most names are written as they are read, their words one space apart and a mark glued to
  // the word before it: then they are one slice of the text, appended once.
  bool as_written = true;
  for (std::size_t i = begin + 1; i < end && as_written; ++i) {
    const ParagraphWord& before = p.words[i - 1];
    as_written = p.words[i].is_word ? p.words[i].start == before.end + 1 && p.text[before.end] == ' '
                                    : p.words[i].start == before.end;
  }
  if (as_written) {
    out += p.slice(p.words[begin].start, p.words[end - 1].end);
    return;
  }
  const std::size_t first = out.size();
  for (std::size_t i = begin; i < end; ++i) {
    if (out.size() > first && p.words[i].is_word) out += ' ';
    out += p.slice(p.words[i].start, p.words[i].end);
  }
}

std::string surface_of(const AttributionParagraph& p, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (!out.empty() && p.words[i].is_word) out += ' ';
    out += p.slice(p.words[i].start, p.words[i].end);
  }
  return out;
}

void drop_possessive_in_place(std::string& name) {
  // Asked of every name read: the endings' bytes are compared one by one, not searched for.
  const std::size_t size = name.size();
  const bool ends_in_s = size > 2 && name[size - 1] == 's';
  if (ends_in_s && name[size - 2] == '\'') {
    name.resize(size - 2);
  } else if (ends_in_s && size > 4 && name.compare(size - 4, 3, "\xE2\x80\x99") == 0) {  // "’s"
    name.resize(size - 4);
  } else if (size > 0 && name.back() == '\'') {
    name.pop_back();
  }
}

std::string drop_possessive(std::string name) {
  drop_possessive_in_place(name);
  return name;
}

// "lindqvist's": a word longer than its possessive ending "'s".
bool ends_with_apostrophe_s(const std::string& lower) {
  return lower.size() > 2 && lower.ends_with("'s");
}

// "Lindqvist's", "Ross'": a word that ends in a possessive.
bool is_possessive_word(const AttributionParagraph& p, std::size_t k) {
  if (!is_text_word(p, k)) return false;
  const std::string& lower = p.words[k].lower;
  return ends_with_apostrophe_s(lower) || (lower.size() > 2 && lower.ends_with("s'"));
}

// Word k is the head of a named person's relation ("Ross' daughter", "Lee's family").
bool is_owned_relation(const AttributionParagraph& p, std::size_t k, const AttributionLexicons& lexicons) {
  return k > 0 && is_text_word(p, k) && lexicons.relation_nouns.count(p.words[k].lower) &&
         is_possessive_word(p, k - 1) && p.words[k - 1].capitalized &&
         p.words[k - 1].sentence == p.words[k].sentence;
}

// "his daughter", "her family": the pronoun ("he", "she") whose person the relation belongs to,
// or empty. Word k is the relation noun.
std::string relation_owner_pronoun(const AttributionParagraph& p, std::size_t k, const AttributionLexicons& lexicons) {
  if (k == 0 || !is_text_word(p, k) || p.words[k - 1].sentence != p.words[k].sentence) return {};
  const bool relation = lexicons.relation_nouns.count(p.words[k].lower) ||
                        (lexicons.speaker_nouns.count(p.words[k].lower) && !lexicons.title_words.count(p.words[k].lower));
  if (!relation) return {};
  const std::string& before = p.words[k - 1].lower;
  return before == "his"sv ? "he" : before == "her"sv ? "she" : std::string();
}

bool is_determiner(const AttributionLexicons& lexicons, const std::string& lower) {
  return lexicons.word_class(lower) == "determiner";
}

bool is_pronoun(const AttributionLexicons& lexicons, const std::string& lower) {
  return lexicons.word_class(lower) == "pronoun";
}

// Words that may sit inside a subject phrase read backwards from its verb.
bool joins_subject(const AttributionParagraph& p, std::size_t k, const AttributionLexicons& lexicons) {
  if (!is_text_word(p, k)) return false;
  const ParagraphWord& w = p.words[k];
  const std::string& word_class = lexicons.word_class(w.lower);
  if (word_class == "pronoun"sv || word_class == "determiner"sv || word_class == "conjunction"sv ||
      word_class == "preposition"sv || word_class == "adverb"sv) {
    return false;
  }
  if (w.capitalized) return true;
  return lexicons.title_words.count(w.lower) || lexicons.speaker_nouns.count(w.lower) ||
         lexicons.organization_words.count(w.lower) || is_owned_relation(p, k, lexicons) ||
         !relation_owner_pronoun(p, k, lexicons).empty() ||
         lexicons.nationality(w.lower) || is_name_particle(p, k) ||
         (!w.lower.empty() && std::isdigit(static_cast<unsigned char>(w.lower[0])));
}

bool person_by_words(const AttributionParagraph& p, std::size_t begin, std::size_t end,
                     const AttributionLexicons& lexicons) {
  for (std::size_t i = begin; i < end; ++i) {
    const std::string& lower = p.words[i].lower;
    if (lexicons.filters.organization_words.may_contain(lower) && lexicons.organization_words.count(lower)) {
      return false;
    }
  }
  // Asked of every name read: a name of one word is its own phrase, and a longer one is joined
  // in a reused buffer, not in a string of its own each time.
  const auto names_place = [&](const std::string& phrase) {
    return lexicons.countries.count(phrase) || lexicons.nationality(phrase);
  };
  if (end == begin + 1 && is_text_word(p, begin)) return !names_place(p.words[begin].lower);
  thread_local std::string phrase;
  if (phrase_at(p, begin, end - begin, phrase) && names_place(phrase)) return false;
  return true;
}

// Anton "Dunn" Jones: a nickname in quote marks at word k, one capitalised word between a first
// name and a surname of the same sentence, is no part of the name; the words it takes (0 when
// none).
std::size_t nickname_length_at(const AttributionParagraph& p, std::size_t k, const AttributionLexicons& lexicons) {
  constexpr std::size_t kNicknameWords = 3;  // mark, nickname, mark
  const auto is_quote_mark = [&](std::size_t i) {
    return !p.words[i].is_word && lexicons.quote_marks.count(std::string(p.slice(p.words[i].start, p.words[i].end)));
  };
  if (k + kNicknameWords >= p.words.size() || !is_quote_mark(k) || !is_quote_mark(k + 2)) return 0;
  const ParagraphWord& nickname = p.words[k + 1];
  const ParagraphWord& surname = p.words[k + 3];
  if (!nickname.is_word || !nickname.capitalized || !surname.is_word || !surname.capitalized ||
      surname.sentence != p.words[k].sentence) {
    return 0;
  }
  return kNicknameWords;
}

// "Derrick Church, 19, was charged": an age set off by commas right after a name (word `end`
// is the first word after it) says a person is named, whatever its words name otherwise.
bool age_follows(const AttributionParagraph& p, std::size_t end) {
  constexpr int kOldestAge = 120;
  if (!is_mark(p, end, ",") || !is_text_word(p, end + 1) ||
      p.words[end + 1].sentence != p.words[end].sentence) {
    return false;
  }
  const std::string& age = p.words[end + 1].lower;
  if (age.empty() || age.size() > 3 ||
      !std::all_of(age.begin(), age.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    return false;
  }
  if (std::stoi(age) > kOldestAge) return false;
  return is_mark(p, end + 2, ",") || is_mark(p, end + 2, ".");
}

// A plain lower-case word that may describe a speaker noun after it ("federal", "security",
// "enforcement", "sheriff's"): no closed-class word, no adverb in -ly, no verb of speech and no
// time word.
bool describes_speaker_noun(const AttributionParagraph& p, std::size_t k, const AttributionLexicons& lexicons) {
  if (!is_text_word(p, k) || p.words[k].capitalized) return false;
  const std::string& lower = p.words[k].lower;
  return lexicons.word_class(lower).empty() && !lower.ends_with("ly") && !lexicons.speech_verb_at(p.words, k) &&
         std::isalpha(static_cast<unsigned char>(lower.front()));
}

// "Law enforcement officials said", "federal authorities said", "Disney security officials":
// the words that describe a speaker noun belong to the speaker, which a reader cannot otherwise
// tell apart from other officials. Reads back from `start` (the first word of the subject found
// so far) over describing and capitalised words; the longer phrase counts only when it opens its
// clause (the sentence, a comma, a conjunction, or an indefinite article that opens the clause
// stands before it), so "the man shot officers said" does not make "man shot officers" a
// speaker. Returns the new first word, or `start`.
std::size_t descriptive_start(const AttributionParagraph& p, std::size_t start, const AttributionLexicons& lexicons) {
  constexpr std::size_t kLongestDescription = 5;
  const std::size_t sentence = p.words[start].sentence;
  std::size_t first = start;
  bool described = false;
  while (first > 0 && start - first < kLongestDescription && p.words[first - 1].sentence == sentence) {
    if (describes_speaker_noun(p, first - 1, lexicons)) {
      described = true;
    } else if (!joins_subject(p, first - 1, lexicons) || !p.words[first - 1].capitalized) {
      break;
    }
    --first;
  }
  if (!described) return start;
  if (first == 0 || p.words[first - 1].sentence != sentence) return first;
  const ParagraphWord& before = p.words[first - 1];
  if (!before.is_word) return before.lower == ","sv || before.lower == ":"sv ? first : start;
  const std::string& before_class = lexicons.word_class(before.lower);
  if (before_class == "conjunction"sv) return first;
  // "The local fire chief said" refers back to a chief named before, as "the chief" does; only
  // "a"/"an" introduces a source that its description names.
  if (before.lower != "a"sv && before.lower != "an"sv) return start;
  // "A senior fire official said" yes; "that a state official said is ..." no.
  const std::size_t article = first - 1;
  return article == 0 || p.words[article - 1].sentence != sentence || !p.words[article - 1].is_word ||
                 lexicons.word_class(p.words[article - 1].lower) == "conjunction"
             ? first
             : start;
}

std::optional<SubjectPhrase> common_phrase(const AttributionParagraph& p, std::size_t begin,
                                           std::size_t end, const AttributionLexicons& lexicons) {
  std::size_t head = end;
  for (std::size_t i = begin; i < end; ++i) {
    // An organisation's word that ends the phrase speaks for it as well ("the bureau said").
    if (is_text_word(p, i) && (lexicons.speaker_nouns.count(p.words[i].lower) || is_owned_relation(p, i, lexicons) ||
                               (i + 1 == end && lexicons.organization_words.count(p.words[i].lower)) ||
                               !relation_owner_pronoun(p, i, lexicons).empty())) {
      head = i;
      if (i + 1 < end && p.words[i + 1].lower == "of"sv) break;  // "head of security"
    }
  }
  if (head == end) return std::nullopt;
  SubjectPhrase subject;
  subject.kind = SubjectKind::kCommon;
  subject.begin = begin;
  subject.end = end;
  std::size_t first = begin;
  if (is_determiner(lexicons, p.words[begin].lower)) {
    subject.definite = p.words[begin].lower != "a"sv && p.words[begin].lower != "an"sv;
    ++first;
  }
  subject.head = p.words[head].lower;
  // "the sheriff's office said": a described noun refers back only to a name that has all its
  // words ("Lee County Sheriff's Office"), not to any office.
  std::size_t described = head;
  while (described > first && describes_speaker_noun(p, described - 1, lexicons) &&
         !lexicons.title_words.count(p.words[described - 1].lower) &&
         !lexicons.title_modifiers.count(p.words[described - 1].lower)) {
    --described;
  }
  if (described < head) subject.head = fold_text(surface_of(p, described, head + 1));
  // "a law enforcement official with knowledge of the investigation": what the speaker has is no
  // part of who speaks, so reports that leave it out name the same speaker.
  const bool with_follows = head + 1 < end && p.words[head + 1].lower == "with"sv;
  subject.text = fold_text(surface_of(p, first, with_follows ? head + 1 : end));
  // "Lindqvist's family": a relation of a named person, whom the resolver names in full. A title
  // after the possessive ("Qeshm's governor") is an office, not a relation.
  if (head == end - 1 && head > first && is_possessive_word(p, head - 1) && p.words[head - 1].capitalized &&
      !lexicons.title_words.count(p.words[head].lower)) {
    std::size_t owner_begin = head - 1;
    while (owner_begin > first && p.words[owner_begin - 1].is_word && p.words[owner_begin - 1].capitalized &&
           !lexicons.title_words.count(p.words[owner_begin - 1].lower)) {
      --owner_begin;
    }
    subject.owner = drop_possessive(surface_of(p, owner_begin, head));
    subject.owner_suffix = p.words[head - 1].lower.back() == 's' ? "'s" : "'";
  }
  // "his daughter says": the relation of the person "he" stands for.
  if (head == end - 1 && head == first && begin < first) {
    subject.owner_pronoun = relation_owner_pronoun(p, head, lexicons);
  }
  return subject;
}

// A named speaker as a subject phrase.
SubjectPhrase name_subject(const NamePhrase& name) {
  SubjectPhrase subject;
  subject.kind = SubjectKind::kName;
  subject.begin = name.begin;
  subject.end = name.end;
  subject.text = name.name;
  subject.name = name;
  return subject;
}

// "the bakery's post said", "Ann Lee's statement": the owner before a speech channel speaks.
// Word `channel` is the channel noun; nullopt when no possessive owner stands before it.
std::optional<SubjectPhrase> channel_owner(const AttributionParagraph& p, std::size_t channel,
                                           const AttributionLexicons& lexicons) {
  if (channel == 0 || !is_text_word(p, channel) || !lexicons.speech_channels.count(p.words[channel].lower)) {
    return std::nullopt;
  }
  const std::size_t owner = channel - 1;
  if (!is_possessive_word(p, owner) || p.words[owner].sentence != p.words[channel].sentence) return std::nullopt;
  if (p.words[owner].capitalized) {
    // The name that ends with the possessive word.
    for (std::size_t from = owner + 1; from-- > 0 && owner - from < 6;) {
      if (p.words[from].sentence != p.words[owner].sentence) break;
      std::optional<NamePhrase> name = read_name_at(p, from, lexicons);
      if (!name || name->end != owner + 1) continue;
      SubjectPhrase subject = name_subject(*name);
      subject.end = channel + 1;
      return subject;
    }
    return std::nullopt;
  }
  SubjectPhrase subject;
  subject.kind = SubjectKind::kCommon;
  subject.begin = owner;
  subject.end = channel + 1;
  if (owner > 0 && p.words[owner - 1].sentence == p.words[owner].sentence &&
      is_determiner(lexicons, p.words[owner - 1].lower)) {
    subject.begin = owner - 1;
    subject.definite = p.words[owner - 1].lower != "a"sv && p.words[owner - 1].lower != "an"sv;
  }
  subject.head = drop_possessive(p.words[owner].lower);
  subject.text = subject.head;
  return subject;
}

// What the name reader asks of the words of one paragraph, found at the first asking and kept.
// The name read at each word asks again of the words after it: a name's words are asked by the
// name read at each word before them, a title's as its own start and as the title before a
// name; the lexicon lookups behind an answer cost more than keeping it.
class WordFacts {
 public:
  WordFacts(const AttributionParagraph& p, const AttributionLexicons& lexicons)
      : p_(p), lexicons_(lexicons), facts_(p.words.size()) {}

  // title_at: the words of the title at word k, its role value in `role` when there is one.
  std::size_t title_length(std::size_t k, const std::string*& role) {
    if (k >= facts_.size()) return title_at(p_, k, lexicons_, role);
    Fact& fact = facts_[k];
    if (!(fact.known & kTitleKnown)) {
      fact.title_length = title_at(p_, k, lexicons_, fact.title_role);
      fact.known |= kTitleKnown;
    }
    if (fact.title_length) role = fact.title_role;
    return fact.title_length;
  }
  std::size_t title_length(std::size_t k) {
    const std::string* role = nullptr;
    return title_length(k, role);
  }
  // title_length, the role copied into `role` when there is a title.
  std::size_t title_length(std::size_t k, std::string& role) {
    const std::string* found = nullptr;
    const std::size_t n = title_length(k, found);
    if (n) role = *found;
    return n;
  }

  bool surely_opens_no_title(std::size_t k) {
    if (k >= facts_.size()) return factdiff::surely_opens_no_title(p_, k, lexicons_);
    Fact& fact = facts_[k];
    if (!(fact.known & kSurelyNoTitleKnown)) {
      fact.surely_no_title = factdiff::surely_opens_no_title(p_, k, lexicons_);
      fact.known |= kSurelyNoTitleKnown;
    }
    return fact.surely_no_title;
  }

  // True when word k is neither a title modifier nor the start of a title.
  bool opens_no_title(std::size_t k) {
    if (surely_opens_no_title(k)) return true;
    return !lexicons_.title_modifiers.count(p_.words[k].lower) && title_length(k) == 0;
  }

  // alias_length_at: the words of the alias at word k, its entry in `found` when there is one.
  std::size_t alias_length(std::size_t k, const AliasEntry** found) {
    if (k >= facts_.size()) return alias_length_at(p_, k, lexicons_, found);
    Fact& fact = facts_[k];
    if (!(fact.known & kAliasKnown)) {
      fact.alias_length = alias_length_at(p_, k, lexicons_, &fact.alias);
      fact.known |= kAliasKnown;
    }
    if (fact.alias_length && found) *found = fact.alias;
    return fact.alias_length;
  }

  std::size_t country_length(std::size_t k) {
    if (k >= facts_.size()) return country_length_at(p_, k, lexicons_);
    Fact& fact = facts_[k];
    if (!(fact.known & kCountryKnown)) {
      fact.country_length = country_length_at(p_, k, lexicons_);
      fact.known |= kCountryKnown;
    }
    return fact.country_length;
  }

 private:
  static constexpr std::uint8_t kTitleKnown = 1;
  static constexpr std::uint8_t kSurelyNoTitleKnown = 2;
  static constexpr std::uint8_t kAliasKnown = 4;
  static constexpr std::uint8_t kCountryKnown = 8;
  struct Fact {
    std::uint8_t known = 0;
    bool surely_no_title = false;
    // Phrase lengths in words: titles, aliases and countries are a few words long.
    std::uint8_t title_length = 0;
    std::uint8_t alias_length = 0;
    std::uint8_t country_length = 0;
    const std::string* title_role = nullptr;
    const AliasEntry* alias = nullptr;
  };

  const AttributionParagraph& p_;
  const AttributionLexicons& lexicons_;
  std::vector<Fact> facts_;
};

// The period right after a one-word title written inside a capitalised run (word `k`), with
// a capitalised word of the same sentence after it.
bool is_abbreviated_title_period(const AttributionParagraph& p, std::size_t k, std::size_t run_begin,
                                 WordFacts& facts) {
  if (k <= run_begin || !is_mark(p, k, ".") || p.words[k].start != p.words[k - 1].end) return false;
  if (!p.words[k - 1].is_word || facts.title_length(k - 1) != 1) return false;
  return k + 1 < p.words.size() && p.words[k + 1].is_word && p.words[k + 1].capitalized &&
         p.words[k + 1].sentence == p.words[k].sentence;
}

// True when word k surely starts no name: no word, or a lower-case word that can start nothing
// read_name_after_opening reads (no article, title, title modifier, all-caps word or name
// particle).
bool starts_no_name(const AttributionParagraph& p, std::size_t k, WordFacts& facts) {
  if (!is_text_word(p, k)) return true;
  const ParagraphWord& first = p.words[k];
  // A word written starting with a lower-case letter is in no capitals.
  const char opening = p.text[first.start];
  const bool opens_lower_case = opening >= 'a' && opening <= 'z';
  return !first.capitalized && first.lower != "the"sv && !is_name_particle(p, k) &&
         (opens_lower_case || !(first.end - first.start >= 2 && is_all_caps(p.slice(first.start, first.end)))) &&
         facts.opens_no_title(k);
}

// read_name_afresh past its first test: word k may start a name.
std::optional<NamePhrase> read_name_after_opening(const AttributionParagraph& paragraph, std::size_t k,
                                                  const AttributionLexicons& lexicons, WordFacts& facts) {
  const AttributionParagraph& p = paragraph;
  NamePhrase phrase;
  phrase.begin = k;
  std::size_t i = k;
  if (p.words[i].lower == "the"sv) ++i;
  // "Mr Guest", "Mrs. Ortiz": the courtesy title says a person is named, and is no part of the
  // name, so the surname meets the full name other mentions give.
  const std::size_t courtesy_length = courtesy_title_length_at(p, i, lexicons);
  const bool courtesy = courtesy_length > 0;
  i += courtesy_length;
  // Modifiers and titles: "U.S. Secretary of State", "French Interior Minister", "CIA director".
  bool previous_was_title = false;
  // The alias read at the word where the loop below stops is the one the name starts with:
  // kept, not read twice.
  std::size_t alias_read_at = p.words.size();
  std::size_t alias_read_length = 0;
  const AliasEntry* alias_read = nullptr;
  for (int guard = 0; guard < 6 && is_text_word(p, i) && p.words[i].sentence == p.words[k].sentence;
       ++guard) {
    std::string role;
    // Most words here are the name itself, in neither lexicon: one lookup says so.
    const bool may_open_title = !facts.surely_opens_no_title(i);
    std::size_t n = may_open_title ? facts.title_length(i, role) : 0;
    // "Assistant chief fire officer Peter Guest": a modifier belongs to the title after it.
    // "Asst. Chief Ann Lee": an abbreviated modifier keeps its period and is written in full.
    if (n == 0 && may_open_title && lexicons.title_modifiers.count(p.words[i].lower)) {
      const std::string* full = lexicons.abbreviated_modifier(p.words[i].lower);
      const std::size_t modifier = full && is_abbreviation_period(p, i + 1) ? 2 : 1;
      if (const std::size_t after = facts.title_length(i + modifier, role)) {
        role = (full ? *full : p.words[i].lower) + " " + role;
        n = after + modifier;
      }
    }
    // "Firefighter/paramedic Ann Lee": titles joined by a slash are one role.
    while (n && is_mark(p, i + n, "/") && p.words[i + n].start == p.words[i + n - 1].end &&
           is_text_word(p, i + n + 1) && p.words[i + n + 1].start == p.words[i + n].end) {
      std::string second;
      const std::size_t more = facts.title_length(i + n + 1, second);
      if (more == 0) break;
      role += "/" + second;
      n += 1 + more;
    }
    if (n) {
      // Adjacent titles make one role ("Lt. Col." is a lieutenant colonel), but an honorific
      // is a role of its own ("medical correspondent Dr. Ann Lee").
      if (previous_was_title && !phrase.roles.empty() && !lexicons.honorifics.count(role)) {
        phrase.roles.back() += " " + role;
      } else {
        if (phrase.roles.empty()) phrase.role_begin = i;
        phrase.roles.push_back(role);
      }
      previous_was_title = true;
      i += n;
      // "Gov. Ann Lee": the period of an abbreviated title; one that ends the sentence ("a
      // sheriff's deputy. Church was shot") leaves the next sentence's name alone.
      if (is_mark(p, i, ".") && p.words[i].start == p.words[i - 1].end && i + 1 < p.words.size() &&
          p.words[i + 1].sentence == p.words[k].sentence) {
        ++i;
      }
      // "Vatican spokesman the Rev. Ann Lee": an honorific keeps its article after a post.
      std::string honorific;
      if (is_text_word(p, i) && p.words[i].lower == "the"sv && p.words[i].sentence == p.words[k].sentence &&
          facts.title_length(i + 1, honorific) > 0 && lexicons.honorifics.count(honorific)) {
        ++i;
      }
      continue;
    }
    std::size_t modifier = 0;
    const AliasEntry* alias = nullptr;
    if (p.words[i].capitalized && lexicons.nationality(p.words[i].lower)) modifier = 1;
    if (!modifier) modifier = facts.country_length(i);
    if (!modifier) {
      modifier = facts.alias_length(i, &alias);
      alias_read_at = i;
      alias_read_length = modifier;
      alias_read = alias;
    }
    if (!modifier && is_all_caps(p.slice(p.words[i].start, p.words[i].end)) &&
        p.words[i].end - p.words[i].start >= 2) {
      modifier = 1;
    }
    previous_was_title = false;
    if (modifier && facts.title_length(i + modifier)) {
      const bool organization = (alias && alias->type == "organization") ||
                                (!alias && !lexicons.nationality(p.words[i].lower) &&
                                 !facts.country_length(i));
      if (organization) phrase.organization = surface_of(p, i, i + modifier);
      i += modifier;
      continue;
    }
    break;
  }
  phrase.name_begin = i;
  if (phrase.roles.empty()) phrase.role_begin = i;
  const AliasEntry* alias = alias_read_at == i ? alias_read : nullptr;
  std::size_t end = i;
  std::size_t nickname_begin = 0;
  std::size_t nickname_end = 0;
  if (const std::size_t n = alias_read_at == i ? alias_read_length : facts.alias_length(i, &alias)) {
    end = i + n;
    phrase.person = alias->type == "person";
  } else {
    while (end < p.words.size() && p.words[end].sentence == p.words[i].sentence) {
      // "Missouri Highway Patrol Sgt. Clark Parrott": the period of an abbreviated title
      // inside the run belongs to it.
      if (is_abbreviated_title_period(p, end, i, facts)) {
        ++end;
        continue;
      }
      // A nickname opens the name only right after a title ("Chief "AJ" Perez").
      if ((end > i || !phrase.roles.empty()) && nickname_end == 0) {
        if (const std::size_t n = nickname_length_at(p, end, lexicons)) {
          nickname_begin = end;
          nickname_end = end + n;
          end = nickname_end;
          continue;
        }
      }
      if (!p.words[end].is_word || !(p.words[end].capitalized || is_name_particle(p, end))) break;
      std::string bare = p.words[end].lower;
      if (ends_with_apostrophe_s(bare)) bare.resize(bare.size() - 2);
      const std::string& word_class = lexicons.word_class(bare);
      if (!word_class.empty() && word_class != "name"sv) break;
      if (lexicons.speech_verb_at(p.words, end)) break;
      const bool possessive = ends_with_apostrophe_s(p.words[end].lower);
      ++end;
      if (possessive) break;
    }
    if (end == i) return std::nullopt;
    if (end == nickname_end) end = nickname_begin;  // no surname after all
    // "Name Dr. Ann Lee Surgeon General" (a headline): a title of two words or more after a
    // name of two words or more is no part of it.
    for (std::size_t t = i + 2; t + 1 < end; ++t) {
      if (facts.title_length(t) == end - t) {
        end = t;
        break;
      }
    }
    // "Broward County Mayor Barbara Sharief": a title inside the run; the words before it are the
    // organisation or place the title belongs to.
    // The role runs from the first title word (with its modifiers: "Assistant Chief Fire
    // Officer") to the last one before the name.
    if (phrase.roles.empty()) {
      std::size_t first = end;
      std::size_t last = end;
      for (std::size_t t = i; t + 1 < end; ++t) {
        const std::size_t n = facts.title_length(t);
        if (n == 0 || t + n >= end) continue;
        if (first == end) first = t;
        last = t + n;
        t += n - 1;
      }
      if (first != end && (first > i || last > first)) {
        while (first > i && lexicons.title_modifiers.count(p.words[first - 1].lower)) --first;
        std::string role;
        for (std::size_t t = first; t < last; ++t) {
          if (!p.words[t].is_word) continue;
          if (!role.empty()) role += ' ';
          role += p.words[t].lower;
        }
        std::string single;
        if (facts.title_length(first, single) == last - first) role = single;
        std::size_t name_start = last;
        if (is_mark(p, name_start, ".")) ++name_start;
        // The name after the title must not itself name an organisation ("Jackson General
        // Hospital" is no General called Hospital).
        const bool names_organization = !person_by_words(p, name_start, end, lexicons);
        if (name_start < end && !names_organization) {
          if (first > i) phrase.organization = surface_of(p, i, first);
          phrase.roles.push_back(role);
          phrase.role_begin = first;
          i = name_start;
          phrase.name_begin = i;
        }
      }
    }
    // Police Chief "AJ" Perez: a nickname right after the title opens no name.
    if (nickname_end > 0 && i == nickname_begin) {
      i = nickname_end;
      phrase.name_begin = i;
    }
    phrase.person = courtesy || person_by_words(p, i, end, lexicons) || age_follows(p, end);
  }
  phrase.end = end;
  // The name is written in place: most names need neither camel case split nor possessive
  // dropped, and building, splitting and trimming copies cost more than reading it.
  std::string& name = phrase.name;
  if (nickname_end > i && nickname_end < end) {
    append_surface(p, i, nickname_begin, name);
    name += ' ';
    append_surface(p, nickname_end, end, name);
  } else {
    append_surface(p, i, end, name);
  }
  split_camel_case_in_place(name);
  drop_possessive_in_place(name);
  return phrase;
}

std::optional<NamePhrase> read_name_afresh(const AttributionParagraph& paragraph, std::size_t k,
                                           const AttributionLexicons& lexicons, WordFacts& facts) {
  // Callers try every word; most are lower-case words that start nothing, turned away here
  // (inline in the callers' loops) before the reading's own setting up.
  if (starts_no_name(paragraph, k, facts)) return std::nullopt;
  return read_name_after_opening(paragraph, k, lexicons, facts);
}

// Whether the name at word k was read with `lexicons` and is kept in the paragraph's table.
bool names_read_with(const AttributionParagraph& paragraph, const AttributionLexicons& lexicons, std::size_t k) {
  return paragraph.names_lexicons == &lexicons && k < paragraph.name_at_word.size();
}

}  // namespace

const NamePhrase* read_name_into(const AttributionParagraph& paragraph, std::size_t k,
                                 const AttributionLexicons& lexicons, std::optional<NamePhrase>& scratch) {
  WordFacts facts(paragraph, lexicons);
  scratch = read_name_afresh(paragraph, k, lexicons, facts);
  return scratch ? &*scratch : nullptr;
}

bool ends_in_possessive(const AttributionParagraph& paragraph, std::size_t k) {
  return is_possessive_word(paragraph, k);
}

std::optional<NamePhrase> read_name_at(const AttributionParagraph& paragraph, std::size_t k,
                                       const AttributionLexicons& lexicons) {
  if (names_read_with(paragraph, lexicons, k)) {
    const std::uint32_t at = paragraph.name_at_word[k];
    if (at == 0) return std::nullopt;
    return paragraph.names[at - 1];
  }
  WordFacts facts(paragraph, lexicons);
  return read_name_afresh(paragraph, k, lexicons, facts);
}

void read_paragraph_names(std::vector<AttributionParagraph>& paragraphs,
                          const AttributionLexicons& lexicons) {
  for (AttributionParagraph& p : paragraphs) {
    p.names.clear();
    p.name_at_word.assign(p.words.size(), 0);
    p.names_lexicons = nullptr;
    WordFacts facts(p, lexicons);
    for (std::size_t k = 0; k < p.words.size(); ++k) {
      std::optional<NamePhrase> name = read_name_afresh(p, k, lexicons, facts);
      if (!name) continue;
      p.names.push_back(std::move(*name));
      p.name_at_word[k] = static_cast<std::uint32_t>(p.names.size());
    }
    p.names_lexicons = &lexicons;
  }
}

std::optional<SubjectPhrase> read_subject_at(const AttributionParagraph& paragraph, std::size_t k,
                                             const AttributionLexicons& lexicons, std::size_t limit) {
  const AttributionParagraph& p = paragraph;
  if (!is_text_word(p, k)) return std::nullopt;
  if (is_pronoun(lexicons, p.words[k].lower)) {
    SubjectPhrase subject;
    subject.kind = SubjectKind::kPronoun;
    subject.begin = k;
    subject.end = k + 1;
    subject.text = p.words[k].lower;
    return subject;
  }
  if (std::optional<NamePhrase> name = read_name_at(p, k, lexicons)) {
    // "said the FBI's Piro": the name after an organisation's possessive speaks.
    const bool possessive = ends_with_apostrophe_s(p.words[name->end - 1].lower);
    if (possessive && is_text_word(p, name->end) && p.words[name->end].capitalized) {
      if (std::optional<NamePhrase> owned = read_name_at(p, name->end, lexicons); owned && owned->person) {
        owned->begin = name->begin;
        name = owned;
      }
    } else if (possessive && is_text_word(p, name->end) && p.words[name->end].sentence == p.words[k].sentence) {
      // "Lindqvist's family put out a statement": the family speaks; "Lee's post said": Lee.
      if (std::optional<SubjectPhrase> owner = channel_owner(p, name->end, lexicons)) return owner;
      if ((lexicons.speaker_nouns.count(p.words[name->end].lower) || is_owned_relation(p, name->end, lexicons)) &&
          !lexicons.title_words.count(p.words[name->end].lower)) {
        // "Berg's mother, Dana Peace, said": the name set off after the relation speaks.
        if (is_mark(p, name->end + 1, ",")) {
          std::optional<NamePhrase> named = read_name_at(p, name->end + 2, lexicons);
          if (named && named->person && is_mark(p, named->end, ",")) return name_subject(*named);
        }
        return common_phrase(p, k, name->end + 1, lexicons);
      }
    }
    return name_subject(*name);
  }
  // "the source", "a spokesman for the ministry": up to six words before punctuation.
  std::size_t end = k;
  while (end < p.words.size() && end < k + 6 && end < limit && p.words[end].is_word &&
         !lexicons.speech_verb_at(p.words, end)) {
    ++end;
  }
  if (!is_determiner(lexicons, p.words[k].lower) && !joins_subject(p, k, lexicons)) return std::nullopt;
  // "His daughter Ann Berg said": the person named right after the relation speaks.
  for (std::size_t i = k + 1; i < end; ++i) {
    const std::string& before = p.words[i - 1].lower;
    if (!p.words[i].capitalized || !lexicons.relation_nouns.count(before)) {
      continue;
    }
    std::optional<NamePhrase> named = read_name_at(p, i, lexicons);
    if (named && named->person && named->end <= end) {
      SubjectPhrase subject = name_subject(*named);
      subject.begin = k;
      return subject;
    }
  }
  return common_phrase(p, k, end, lexicons);
}

namespace {

// "Peter Guest, Assistant Chief Fire Officer at Surrey Fire and Rescue Service says": a sentence
// that opens with a person's name and a title after its comma is that person speaking, even when
// the words right before the verb name the organisation.
std::optional<SubjectPhrase> titled_opener(const AttributionParagraph& p, std::size_t verb,
                                           const AttributionLexicons& lexicons) {
  std::size_t start = verb;
  while (start > 0 && p.words[start - 1].sentence == p.words[verb].sentence) --start;
  std::optional<NamePhrase> name = read_name_at(p, start, lexicons);
  if (!name || !name->person || name->begin != start || !is_mark(p, name->end, ",")) return std::nullopt;
  std::size_t title = name->end + 1;
  while (is_text_word(p, title) && lexicons.title_modifiers.count(p.words[title].lower)) ++title;
  if (title >= verb || title_length_at(p, title, lexicons, nullptr) == 0) return std::nullopt;
  for (std::size_t k = title; k < verb; ++k) {
    if (is_mark(p, k, ",") && k + 1 < verb) return std::nullopt;  // the appositive closed before
  }
  return name_subject(*name);
}

std::optional<SubjectPhrase> read_plain_subject_before(const AttributionParagraph& paragraph,
                                                       std::size_t verb,
                                                       const AttributionLexicons& lexicons);

// The first name, read from at most six words before word `end` of its sentence, that ends
// right at `end` and that `accept` takes (the longest such name is tried first).
std::optional<NamePhrase> name_ending_at(const AttributionParagraph& p, std::size_t end,
                                         const AttributionLexicons& lexicons,
                                         const std::function<bool(const NamePhrase&)>& accept) {
  constexpr std::size_t kLongestName = 6;
  for (std::size_t from = end - std::min(end, kLongestName); from < end; ++from) {
    if (p.words[from].sentence != p.words[end].sentence) continue;
    std::optional<NamePhrase> name = read_name_at(p, from, lexicons);
    if (name && name->end == end && accept(*name)) return name;
  }
  return std::nullopt;
}

// "Harbour Bar and Grill posted": one capitalised word after "and" that ends an organisation's
// name ("Harbour Bar") is part of it. The whole name, or nullopt when `last` is no such word.
std::optional<NamePhrase> organization_joined_by_and(const AttributionParagraph& p, const NamePhrase& last,
                                                     const AttributionLexicons& lexicons) {
  const std::size_t and_word = last.name_begin;
  if (last.end != last.name_begin + 1 || and_word < 2 || p.words[and_word - 1].lower != "and"sv ||
      p.words[and_word - 1].sentence != p.words[and_word].sentence) {
    return std::nullopt;
  }
  std::optional<NamePhrase> first = name_ending_at(p, and_word - 1, lexicons, [](const NamePhrase& name) {
    return !name.person && name.roles.empty();
  });
  if (!first) return std::nullopt;
  first->name = surface_of(p, first->name_begin, last.end);
  first->end = last.end;
  return first;
}

// "in", "near": a name right after one is a place ("a statement from X", "officials at X" are
// the organisation's own words, and are read as X).
bool is_place_preposition(const std::string& lower) {
  return lower == "in"sv || lower == "near"sv;
}

// "Sen. Ann Lee of Florida said", "Sgt. Ola Berg of the Highway Patrol said": a place or an
// organisation after "of" tells where a person named right before it comes from; the person
// speaks. Word `place` is the first word of the place's name; nullopt when no titled or full
// name of a person ends right before its "of".
std::optional<NamePhrase> person_of_place(const AttributionParagraph& p, std::size_t place,
                                          const AttributionLexicons& lexicons) {
  if (place < 3 || p.words[place - 1].lower != "of"sv || p.words[place - 1].sentence != p.words[place].sentence) {
    return std::nullopt;
  }
  return name_ending_at(p, place - 1, lexicons, [&](const NamePhrase& person) {
    if (!person.person) return false;
    // "Kent Chief of Police Kent Thomas": a title word in an untitled name is no person's name.
    bool holds_title = false;
    for (std::size_t k = person.name_begin; k < person.end; ++k) {
      holds_title = holds_title || lexicons.title_words.count(p.words[k].lower) > 0;
    }
    return !person.roles.empty() || (person.end - person.name_begin >= 2 && !holds_title);
  });
}

// "spoke with Governor Ann Lee Friday, who said": "who" after a comma stands for the person
// named right before the comma (a time word after the name skipped). Word `who` is the subject
// word before the verb; nullopt when it is no such "who".
std::optional<SubjectPhrase> relative_antecedent(const AttributionParagraph& p, std::size_t who,
                                                 const AttributionLexicons& lexicons) {
  if (who < 2 || p.words[who].lower != "who"sv || !is_mark(p, who - 1, ",")) return std::nullopt;
  std::size_t last = who - 2;
  while (last > 0 && is_text_word(p, last) && lexicons.word_class(p.words[last].lower) == "time") {
    --last;
    if (last > 0 && p.words[last].lower == "on"sv) --last;  // "Ann Lee on Friday, who"
  }
  if (!is_text_word(p, last) || p.words[last].sentence != p.words[who].sentence) return std::nullopt;
  constexpr std::size_t kLongestName = 8;
  for (std::size_t from = last - std::min(last, kLongestName); from <= last; ++from) {
    if (p.words[from].sentence != p.words[who].sentence) continue;
    std::optional<NamePhrase> name = read_name_at(p, from, lexicons);
    if (name && name->end == last + 1 && name->person) return name_subject(*name);
  }
  return std::nullopt;
}

}  // namespace

std::optional<SubjectPhrase> read_subject_before(const AttributionParagraph& paragraph,
                                                 std::size_t verb,
                                                 const AttributionLexicons& lexicons) {
  std::optional<SubjectPhrase> subject = read_plain_subject_before(paragraph, verb, lexicons);
  if (!subject || (subject->kind != SubjectKind::kPronoun && !(subject->kind == SubjectKind::kName && subject->name.person))) {
    if (std::optional<SubjectPhrase> opener = titled_opener(paragraph, verb, lexicons)) return opener;
  }
  return subject;
}

namespace {

std::optional<SubjectPhrase> read_plain_subject_before(const AttributionParagraph& paragraph,
                                                       std::size_t verb,
                                                       const AttributionLexicons& lexicons) {
  const AttributionParagraph& p = paragraph;
  if (verb == 0 || verb >= p.words.size()) return std::nullopt;
  // "X was quoted as saying": the subject stands before the passive.
  if (verb >= 3 && p.words[verb - 1].lower == "as"sv && p.words[verb - 2].lower == "quoted"sv &&
      lexicons.word_class(p.words[verb - 3].lower) == "auxiliary") {
    verb -= 3;
  }
  // "who had this to say": the idiom's "had" is the verb whose subject speaks.
  if (verb >= 3 && p.words[verb].lower == "say"sv && p.words[verb - 1].lower == "to"sv &&
      (p.words[verb - 2].lower == "this"sv || p.words[verb - 2].lower == "that"sv) &&
      (p.words[verb - 3].lower == "had"sv || p.words[verb - 3].lower == "has"sv || p.words[verb - 3].lower == "have"sv)) {
    verb -= 3;
  }
  const std::size_t sentence = p.words[verb].sentence;
  auto in_sentence = [&](std::size_t k) { return k < p.words.size() && p.words[k].sentence == sentence; };
  // "police have since said": adverbs and a perfect auxiliary stand between subject and verb.
  std::size_t j = verb - 1;
  while (in_sentence(j) && is_text_word(p, j) &&
         (lexicons.word_class(p.words[j].lower) == "adverb" || lexicons.word_class(p.words[j].lower) == "perfect")) {
    if (j == 0) return std::nullopt;
    --j;
  }
  if (!in_sentence(j)) return std::nullopt;
  if (std::optional<SubjectPhrase> owner = channel_owner(p, j, lexicons)) return owner;
  if (std::optional<SubjectPhrase> antecedent = relative_antecedent(p, j, lexicons)) return antecedent;
  // "Kerry, visiting Paris to pay respects, said": skip the appositive back to its comma. When
  // the part between the commas is itself a name ("an eyewitness, Mark Lea, told"), it speaks.
  if (is_mark(p, j, ",")) {
    std::size_t c = j;
    bool found = false;
    while (c > 0 && in_sentence(c - 1) && j - c < 30) {
      --c;
      if (is_mark(p, c, ",")) {
        found = true;
        break;
      }
    }
    if (found) {
      std::optional<NamePhrase> between = read_name_at(p, c + 1, lexicons);
      if (between && between->end == j && between->person) {
        SubjectPhrase subject;
        subject.kind = SubjectKind::kName;
        subject.begin = between->begin;
        subject.end = between->end;
        subject.text = between->name;
        subject.name = *between;
        return subject;
      }
    }
    if (!found || c == 0) return std::nullopt;
    j = c - 1;
    if (!in_sentence(j)) return std::nullopt;
  }
  if (!is_text_word(p, j)) return std::nullopt;
  if (is_pronoun(lexicons, p.words[j].lower)) {
    SubjectPhrase subject;
    subject.kind = SubjectKind::kPronoun;
    subject.begin = j;
    subject.end = j + 1;
    subject.text = p.words[j].lower;
    return subject;
  }
  std::size_t start = j + 1;
  while (start > 0 && in_sentence(start - 1) && joins_subject(p, start - 1, lexicons)) --start;
  if (start <= j) {
    // The longest name that ends right before the verb; it may open with a title the backward
    // scan stopped in ("Secretary of State John Kerry").
    std::size_t lowest = start;
    while (lowest > 0 && in_sentence(lowest - 1) && start - lowest < 4) --lowest;
    for (std::size_t from = lowest; from <= j; ++from) {
      std::optional<NamePhrase> name = read_name_at(p, from, lexicons);
      if (name && name->end == j + 1 && (from >= start || !name->roles.empty())) {
        std::size_t begin = name->begin;
        // "The director of the hospital in Jabaliya told": the name after "in" is a place.
        if (name->roles.empty() && begin > 0 && in_sentence(begin - 1) && is_place_preposition(p.words[begin - 1].lower)) {
          break;
        }
        if (begin > 0 && in_sentence(begin - 1) && p.words[begin - 1].lower == "the"sv) --begin;
        if (std::optional<NamePhrase> joined = organization_joined_by_and(p, *name, lexicons)) {
          name = joined;
          begin = joined->begin;
        }
        if (std::optional<NamePhrase> person = person_of_place(p, begin, lexicons)) {
          name = person;
          begin = person->begin;
        }
        SubjectPhrase subject;
        subject.kind = SubjectKind::kName;
        subject.begin = begin;
        subject.end = j + 1;
        subject.text = name->name;
        subject.name = *name;
        return subject;
      }
    }
    std::size_t begin = start;
    if (lexicons.speaker_nouns.count(p.words[j].lower)) begin = descriptive_start(p, start, lexicons);
    if (begin > 0 && in_sentence(begin - 1) && is_determiner(lexicons, p.words[begin - 1].lower)) --begin;
    // "ran out of the hall shouting": a noun phrase after "of" belongs to the phrase before it
    // ("the grandmother of one of the witnesses said" is read whole below).
    const bool after_of = begin > 0 && in_sentence(begin - 1) && p.words[begin - 1].lower == "of"sv;
    if (after_of) {
      // "Keith Lund of the city law department said": the person before "of" speaks.
      if (std::optional<NamePhrase> person = person_of_place(p, begin, lexicons)) {
        SubjectPhrase subject = name_subject(*person);
        subject.end = j + 1;
        return subject;
      }
    } else {
      if (std::optional<SubjectPhrase> common = common_phrase(p, begin, j + 1, lexicons)) return common;
    }
  }
  // "A source close to the investigation said": a short clause-initial noun phrase.
  std::size_t clause = j;
  while (clause > 0 && in_sentence(clause - 1) && p.words[clause - 1].is_word &&
         lexicons.word_class(p.words[clause - 1].lower) != "conjunction") {
    --clause;
  }
  if (j + 1 - clause > 9) return std::nullopt;
  if (!is_determiner(lexicons, p.words[clause].lower) && !p.words[clause].capitalized) return std::nullopt;
  return common_phrase(p, clause, j + 1, lexicons);
}

}  // namespace

std::optional<SubjectPhrase> read_sentence_subject(const AttributionParagraph& paragraph, std::size_t verb,
                                                   const AttributionLexicons& lexicons) {
  const AttributionParagraph& p = paragraph;
  const std::size_t sentence = p.words[verb].sentence;
  std::size_t first = verb;
  while (first > 0 && p.words[first - 1].sentence == sentence) --first;
  if (std::optional<SubjectPhrase> subject = read_subject_at(p, first, lexicons)) return subject;
  for (std::size_t k = first; k < verb; ++k) {
    if (!p.words[k].is_word && p.words[k].lower == ","sv) return read_subject_at(p, k + 1, lexicons);
  }
  return std::nullopt;
}

void SpeakerMemory::remember_roles(const std::string& name, const std::vector<std::string>& roles) {
  const std::string folded = fold_text(name);
  const std::size_t space = folded.rfind(' ');
  const std::string surname = space == std::string::npos ? folded : folded.substr(space + 1);
  for (const std::string& role : roles) {
    const std::string role_folded = fold_text(role);
    const std::size_t last = role_folded.rfind(' ');
    for (const std::string& key : {folded, surname}) {
      roles_[key].insert(role_folded);
      if (last != std::string::npos) roles_[key].insert(role_folded.substr(last + 1));
    }
  }
}

void SpeakerMemory::remember_speaker(const std::string& name, bool person, std::size_t paragraph) {
  if (name.empty() || name == "unknown") return;
  speakers_.push_back({name, person, paragraph});
  last_speaker_ = name;
  last_speaker_paragraph_ = paragraph;
}

void SpeakerMemory::remember_mention(const std::string& name, bool person, std::size_t paragraph) {
  if (!name.empty()) mentions_.push_back({name, person, paragraph});
}

bool SpeakerMemory::has_role(const std::string& name, const std::string& head) const {
  const std::string folded = fold_text(name);
  if (folded.find(head) != std::string::npos) return true;
  for (const std::string& key : {folded, folded.substr(folded.rfind(' ') == std::string::npos
                                                           ? 0 : folded.rfind(' ') + 1)}) {
    auto it = roles_.find(key);
    if (it != roles_.end() && it->second.count(head)) return true;
  }
  return false;
}

std::string SpeakerMemory::resolve_pronoun(const std::string& pronoun, std::size_t paragraph) {
  const bool plural = pronoun == "they" || pronoun == "we";
  const char gender = pronoun == "he" ? 'm' : pronoun == "she" ? 'f' : 0;
  constexpr std::size_t kReach = 4;  // paragraphs a pronoun reaches back over
  // A person a pronoun of the other gender already stood for is not "she" now.
  auto fits = [&](const Seen& seen) {
    if (plural ? seen.person : !seen.person) return false;
    const auto known = genders_.find(fold_text(seen.name));
    return gender == 0 || known == genders_.end() || known->second == gender;
  };
  bool skipped = false;  // the latest speaker was of the other gender
  const Seen* speaker = nullptr;
  for (auto it = speakers_.rbegin(); it != speakers_.rend(); ++it) {
    if (paragraph - it->paragraph > kReach) break;
    if (fits(*it)) {
      speaker = &*it;
      break;
    }
    if (plural ? !it->person : it->person) skipped = true;
  }
  const Seen* mention = nullptr;
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (paragraph - it->paragraph > kReach) break;
    if (fits(*it)) {
      mention = &*it;
      break;
    }
  }
  // Past a speaker of the other gender, the person named most recently is the likelier one.
  const Seen* chosen = speaker;
  if (!chosen || (skipped && mention && mention->paragraph > chosen->paragraph)) chosen = mention;
  if (!chosen) return {};
  if (gender) genders_.emplace(fold_text(chosen->name), gender);
  return chosen->name;
}

std::string SpeakerMemory::resolve_role(const std::string& head, std::size_t paragraph) const {
  (void)paragraph;
  for (auto it = speakers_.rbegin(); it != speakers_.rend(); ++it) {
    if (has_role(it->name, head)) return it->name;
  }
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (has_role(it->name, head)) return it->name;
  }
  return {};
}

std::string SpeakerMemory::full_name(const std::string& surname) const {
  const std::string folded = fold_text(surname);
  std::string best = surname;
  auto consider = [&](const Seen& seen) {
    const std::string name = fold_text(seen.name);
    if (name.size() > folded.size() + 1 && name.compare(name.size() - folded.size(), folded.size(), folded) == 0 &&
        name[name.size() - folded.size() - 1] == ' ' && seen.name.size() > best.size()) {
      best = seen.name;
    }
  };
  for (const Seen& seen : speakers_) consider(seen);
  for (const Seen& seen : mentions_) consider(seen);
  return best;
}

void collect_titled_names(const std::vector<AttributionParagraph>& paragraphs,
                          const AttributionLexicons& lexicons, SpeakerMemory& memory) {
  for (const AttributionParagraph& p : paragraphs) {
    std::optional<NamePhrase> scratch;
    for (std::size_t k = 0; k < p.words.size(); ++k) {
      const NamePhrase* name = find_name_at(p, k, lexicons, scratch);
      if (!name) continue;
      if (!name->roles.empty()) memory.remember_roles(name->name, name->roles);
      k = std::max(k, name->end - 1);
    }
  }
}

}  // namespace factdiff
