// Roles: appositives (", a petty criminal"), descriptions set off before a name, titles after
// a name run ("a Broward County commissioner") and what follows a subject.
#include "extract/attribute_reader.h"

#include <algorithm>

namespace factdiff::attribute_reading {

std::vector<Found> AttributeReader::after_subject(std::size_t k, bool named, bool plural) {
  std::vector<Found> out;
  if (k >= p_.words.size()) return out;
  // "Freddie Rodgers, Jr. died": the suffix after the comma still belongs to the name.
  if (is_mark(p_, k, ",") && is_word_in_sentence(p_, k + 1, p_.words[k].sentence) &&
      is_generational_suffix(p_.words[k + 1].lower)) {
    k += 2;
    if (is_mark(p_, k, ".") && is_word_in_sentence(p_, k + 1, p_.words[k].sentence)) ++k;  // "Jr" "."
    if (k >= p_.words.size()) return out;
  }
  if (!is_mark(p_, k, ",")) {
    // "Clark Parrott of the Missouri State Highway Patrol said"
    if (affiliation_at(k, out)) return out;
    if (named && status_verb_at(k, out)) return out;
    if (affiliation_verb_at(k, out)) {
      role_after_organization(out.back().end, out);
      return out;
    }
    if (place_verb_at(k, out)) return out;
    if (!plural && role_verb_at(k, out)) return out;
    if (school_year_at(k, out)) return out;
    copula(k, out, plural);
    return out;
  }
  // "her father, 62-year-old Ian Cole, died at the airport": the comma closes an appositive the
  // name was, and the status verb after it tells what happened to the name.
  if (named && status_verb_at(k + 1, out)) return out;
  // "One of the passengers, Hal Brennick, was killed": the comma closes an appositive the name
  // was, and the copula after it speaks of the name.
  if (opens_copula(k + 1, plural)) {
    copula(k + 1, out, plural);
    return out;
  }
  appositive(k + 1, out);
  // "Nora Lind, 29, from Uppsala, was arrested": the copula after the appositive.
  const std::size_t sentence = p_.words[k].sentence;
  std::size_t close = k + 1;
  // "Ian Cole, 26, a former soldier, was arrested": the age before a description is no
  // appositive of its own.
  if (is_word_in_sentence(p_, close, sentence) && is_age_word(p_.words[close].lower) && is_mark(p_, close + 1, ",") &&
      is_word_in_sentence(p_, close + 2, sentence) && is_article(p_.words[close + 2].lower)) {
    close += 2;
  }
  std::size_t commas = 0;
  while (close < p_.words.size() && p_.words[close].sentence == sentence && close < k + kLongestAppositive) {
    if (is_mark(p_, close, ",") && ++commas == 2) break;
    if (is_mark(p_, close, ",") && close + 1 < p_.words.size() && !p_.words[close + 1].is_word) break;
    if (is_mark(p_, close, ",") && commas == 1 && close + 1 < p_.words.size() &&
        (p_.words[close + 1].lower == "from" || p_.words[close + 1].lower == "of")) {
      ++close;
      continue;
    }
    if (is_mark(p_, close, ",")) break;
    ++close;
  }
  if (is_mark(p_, close, ",") && !(named && status_verb_at(close + 1, out))) copula(close + 1, out, plural);
  return out;
}

void AttributeReader::appositive(std::size_t k, std::vector<Found>& out) {
  // ", 29, from Chartres": skip the age.
  if (k < p_.words.size() && p_.words[k].is_word && is_age_word(p_.words[k].lower) && is_mark(p_, k + 1, ",")) {
    k += 2;
  }
  if (k >= p_.words.size() || !p_.words[k].is_word) return;
  const std::string& w = p_.words[k].lower;
  if (location_at(k, out, nullptr, false)) return;
  // "X, who died Sunday,", "X, who grew up in Kissimmee,", "X, who is on the run,".
  if (w == "who") {
    if (!status_verb_at(k + 1, out) && !place_verb_at(k + 1, out) && !school_year_at(k + 1, out)) copula(k + 1, out);
    return;
  }
  if (possessive_organization_role(k, out)) return;
  if (lexicons_.word_class(w) == "determiner" && w != "this" && w != "that" && w != "these" &&
      w != "those" && w != "no") {
    noun_phrase_at(k, out);
  } else if (lexicons_.word_class(w).empty() &&
             (!p_.words[k].capitalized || lexicons_.title_words.count(w) || lexicons_.title_modifiers.count(w) ||
              organization_before_title(k))) {
    noun_phrase_at(k, out, true);
  }
}

void AttributeReader::noun_phrase_at(std::size_t k, std::vector<Found>& out, bool bare) {
  const std::size_t sentence = p_.words[k].sentence;
  std::size_t i = k;
  const std::string& det_class = lexicons_.word_class(p_.words[i].lower);
  if (det_class == "determiner") ++i;
  std::vector<std::size_t> role_words;
  std::optional<Found> named_before_title;  // the organisation of "a CNN correspondent"
  // "director of public affairs": the role went on over "of".
  const auto role_goes_past_of = [&] {
    return std::any_of(role_words.begin(), role_words.end(), [this](std::size_t r) { return p_.words[r].lower == "of"; });
  };
  // "Asst. Special Agent": the period of an abbreviated modifier belongs to the role.
  const auto modifier_period = [&](std::size_t j) {
    return !role_words.empty() && role_words.back() + 1 == j &&
           lexicons_.abbreviated_modifier(p_.words[role_words.back()].lower) && is_abbreviation_period(p_, j);
  };
  for (; (is_word_in_sentence(p_, i, sentence) || modifier_period(i)) && i < k + kLongestAppositive; ++i) {
    if (!p_.words[i].is_word) continue;
    const std::string& w = p_.words[i].lower;
    // "director of public affairs": the office goes on over "of" and a common noun.
    // Written as a capitalised title, the words after "of" are too ("Director of Trauma
    // Services").
    const bool capitalised_title = !role_words.empty() && p_.words[role_words.front()].capitalized;
    if (bare && w == "of" && !role_words.empty() && is_word_in_sentence(p_, i + 1, sentence) &&
        p_.words[i + 1].capitalized == capitalised_title &&
        lexicons_.word_class(p_.words[i + 1].lower).empty() &&
        !is_age_word(p_.words[i + 1].lower) &&
        lexicons_.title_words.count(p_.words[role_words.back()].lower)) {
      role_words.push_back(i);
      continue;
    }
    // "professor of aerospace and occupational safety": the field after "of" may have two parts.
    const bool field_goes_on = bare && w == "and" && is_word_in_sentence(p_, i + 1, sentence) &&
                               !p_.words[i + 1].capitalized && lexicons_.word_class(p_.words[i + 1].lower).empty() &&
                               role_goes_past_of();
    if (field_goes_on) {
      role_words.push_back(i);
      continue;
    }
    if (w == "who" || w == "which" || w == "that" || w == "of" || w == "and" || w == "with" ||
        w == "as" || w == "to" || w == "for" || w == "at" || w == "on" || w == "by" || lexicons_.speech_verb_at(p_.words, i)) {
      break;
    }
    // "special agent in charge": the office goes on.
    if (w == "in" && !role_words.empty() && is_word_in_sentence(p_, i + 1, sentence) &&
        p_.words[i + 1].lower == "charge") {
      role_words.push_back(i);
      role_words.push_back(++i);
      continue;
    }
    if (w == "from" || w == "in" || w == "living" || w == "based" || w == "currently") break;
    if (is_age_word(w)) continue;
    // "a U.S. citizen": a country before a nationality head states the nationality; what follows
    // the head may speak of others ("a U.S. citizen whose parents are from ...") and is not read.
    if (role_words.empty() && p_.words[i].capitalized) {
      if (const std::optional<Found> nationality = country_nationality_at(i)) {
        out.push_back(*nationality);
        return;
      }
    }
    // "a Broward County commissioner", "FBI special agent in charge": a name before the title
    // says where or for whom the role is; when it names an organisation, that is an affiliation.
    if (role_words.empty() && p_.words[i].capitalized && !lexicons_.nationality(w) &&
        !lexicons_.title_words.count(w) && !lexicons_.title_modifiers.count(w)) {
      const std::size_t title = title_after_name_run(i);
      if (title > i) {
        const std::string run(p_.slice(p_.words[i].start, p_.words[title - 1].end));
        if (is_organization_(run)) named_before_title = Found{"affiliation", run, i, title, "attribute-affiliation"};
        i = title - 1;
        continue;
      }
    }
    // "CNN's well-known medical correspondent", "the straight-talking surgeon general": a
    // compound adjective before a title says what kind of holder, and is no part of the title.
    if (role_words.empty() && !p_.words[i].capitalized && w.find('-') != std::string::npos &&
        lexicons_.word_class(w).empty() && !lexicons_.title_words.count(w) &&
        (bare || title_begins_at(i + 1))) {
      continue;
    }
    // Without a determiner a role is a title, not a verb phrase ("X, alerted the police").
    if (bare && !lexicons_.word_class(w).empty()) return;
    if (bare && role_words.empty() && !lexicons_.title_words.count(w) && !lexicons_.title_modifiers.count(w)) return;
    if (const std::string* nationality = lexicons_.nationality(w)) {
      out.push_back({"nationality", *nationality, i, i + 1, "attribute-nationality"});
      continue;
    }
    // A name, not a description; a title may be capitalised ("Peter Guest, Assistant Chief
    // Fire Officer at ...", "X, the Police Chief").
    const bool title_goes_on = role_goes_past_of();
    if (p_.words[i].capitalized &&
        !(lexicons_.title_words.count(w) || lexicons_.title_modifiers.count(w) || (bare && title_goes_on))) {
      return;
    }
    if (lexicons_.word_class(w) == "pronoun") return;  // "X, them": no description
    // "the school's police chief": the role is what follows the owner's possessive, when the
    // owner opens the phrase (deeper in, "the first person shot after ... his father's home"
    // is no role).
    if (is_possessive(w) && !p_.words[i].capitalized && role_words.empty()) {
      role_words.clear();
      continue;
    }
    // A participle ends the noun phrase: "a tourist visiting from Australia"; after a title
    // word a past one does too ("a Navy lieutenant assigned to ...").
    if (w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0 && !role_words.empty()) break;
    if (w.size() > 4 && w.ends_with("ed") && !role_words.empty() &&
        lexicons_.title_words.count(p_.words[role_words.back()].lower) && !lexicons_.title_words.count(w)) {
      break;
    }
    role_words.push_back(i);
  }
  // "Tony Hale, the affidavit says": the phrase is the subject of a speech verb, not an
  // appositive.
  if (i < p_.words.size() && p_.words[i].is_word && lexicons_.speech_verb_at(p_.words, i)) role_words.clear();
  // Kinship ("his son") and a bare nationality head ("an American citizen") are no roles.
  if (role_words.size() == 1 && (lexicons_.relation_nouns.count(p_.words[role_words[0]].lower) ||
                                 lexicons_.nationality_heads.count(p_.words[role_words[0]].lower))) {
    role_words.clear();
  }
  for (std::size_t r : role_words) {
    if (lexicons_.relation_nouns.count(p_.words[r].lower)) role_words.clear();
    if (role_words.empty()) break;
  }
  if (bare && !role_words.empty()) {
    // The head of the role is its last word before "of" ("director" of "director of public
    // affairs"); without a determiner it must be a title word.
    std::size_t head = role_words.back();
    for (std::size_t r : role_words) {
      if (p_.words[r].lower == "of" || p_.words[r].lower == "in") {  // "agent" of "agent in charge"
        head = r - 1;
        break;
      }
    }
    if (!lexicons_.title_words.count(p_.words[head].lower)) return;
  }
  // A bare title may go on over "of" ("assistant professor of aerospace and occupational safety").
  if (!role_words.empty() && role_words.size() <= (bare ? 8 : 4)) {
    std::string role;
    for (std::size_t r : role_words) {
      if (!role.empty()) role += ' ';
      const std::string* full = lexicons_.abbreviated_modifier(p_.words[r].lower);
      role += full ? std::string_view(*full) : p_.slice(p_.words[r].start, p_.words[r].end);
    }
    if (named_before_title) out.push_back(*named_before_title);
    out.push_back({"role", role, role_words.front(), role_words.back() + 1, "attribute-role"});
  }
  // "a critic of NYPD" is no member of it: "of" joins an organisation to a title ("chief of
  // the Central Mat-Su Fire Department"), "for", "at" and "with" to any role.
  if (!role_words.empty() && coordinated_role_at(i, out)) return;
  const bool of_title = i < p_.words.size() && p_.words[i].lower == "of" && !role_words.empty() &&
                        lexicons_.title_words.count(p_.words[role_words.back()].lower) > 0;
  if (!role_words.empty() && (of_title || (i < p_.words.size() && p_.words[i].lower != "of")) &&
      affiliation_at(i, out)) {
    relative_clause_at(out.back().end, out);
    return;
  }
  if (!role_words.empty() && relative_clause_at(i, out)) return;
  std::size_t next = i;
  while (location_at(next, out, &next, !role_words.empty())) {
    if (is_mark(p_, next, ",")) break;
  }
}

bool AttributeReader::role_verb_at(std::size_t k, std::vector<Found>& out) {
  if (k < p_.words.size() && p_.words[k].lower == "also") ++k;
  if (k >= p_.words.size() || !p_.words[k].is_word) return false;
  const std::size_t sentence = p_.words[k].sentence;
  const std::size_t n = longest_known_phrase(p_, k, lexicons_.longest_role_verb_words,
                                             [this](std::string_view phrase, std::size_t) {
    return lexicons_.role_verbs.count(phrase) > 0;
  });
  if (n == 0) return false;
  // "hired for the fair, advertised as a festival, as a security guard": an "as a" whose
  // description names no person ("as a party") may tell of something else in between.
  for (std::size_t as = k + n; as + 1 < p_.words.size() && p_.words[as + 1].sentence == sentence &&
                              as < k + n + kLongestAppositive; ++as) {
    if (!p_.words[as].is_word || p_.words[as].lower != "as" || !is_article(p_.words[as + 1].lower) ||
        p_.words[as + 1].lower == "the") {
      continue;
    }
    std::vector<Found> found;
    noun_phrase_at(as + 1, found);
    const auto role = std::find_if(found.begin(), found.end(), [](const Found& f) { return f.name == "role"; });
    if (role == found.end() || !names_a_person(role->value)) continue;
    out.insert(out.end(), found.begin(), found.end());
    return true;
  }
  return false;
}

std::optional<Found> AttributeReader::country_nationality_at(std::size_t k) const {
  constexpr std::size_t kLongestCountry = 3;  // words
  std::string country;
  const std::size_t n = longest_known_phrase(p_, k, kLongestCountry, [&](std::string_view phrase, std::size_t) {
    const auto known = lexicons_.countries.find(phrase);
    if (known == lexicons_.countries.end()) return false;
    country = known->second;
    return true;
  });
  const std::size_t head = k + n;
  if (n == 0 || !is_word_in_sentence(p_, head, p_.words[k].sentence) ||
      !lexicons_.nationality_heads.count(p_.words[head].lower)) {
    return std::nullopt;
  }
  const auto nationality = lexicons_.country_nationalities.find(fold_text(country));
  if (nationality == lexicons_.country_nationalities.end()) return std::nullopt;
  return Found{"nationality", nationality->second, k, head + 1, "attribute-nationality"};
}

bool AttributeReader::coordinated_role_at(std::size_t k, std::vector<Found>& out) {
  if (k >= p_.words.size() || !p_.words[k].is_word || p_.words[k].lower != "and") return false;
  const std::size_t sentence = p_.words[k].sentence;
  const std::size_t next = k + 1;
  if (!is_word_in_sentence(p_, next, sentence)) return false;
  const std::size_t before = out.size();
  const std::string& w = p_.words[next].lower;
  if (!possessive_organization_role(next, out)) {
    // A capitalised word after "and" opens a name ("a student and Ana Ruiz"), not a role,
    // unless a title begins there ("a surgeon and Chief Medical Officer for X"); a title that a
    // name follows is that person's ("and Mayor Ana Ruiz"), and the bare phrase reads none.
    const bool capitalised_title = p_.words[next].capitalized && title_begins_at(next);
    if (is_article(w)) {
      noun_phrase_at(next, out);
    } else if ((!p_.words[next].capitalized || capitalised_title) && lexicons_.word_class(w).empty()) {
      noun_phrase_at(next, out, true);
    }
  }
  const bool role = std::any_of(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
                                [](const Found& found) { return found.name == "role"; });
  if (!role) out.resize(before);
  return role;
}

std::vector<Found> AttributeReader::description_before(std::size_t name_begin, std::size_t name_end) {
  std::vector<Found> none;
  const std::size_t set_off = naming_participle_before(name_begin);
  if (set_off < 2 || !is_mark(p_, set_off - 1, ",")) return none;
  const std::size_t comma = set_off - 1;
  const std::size_t sentence = p_.words[name_begin].sentence;
  const bool name_closes = name_end >= p_.words.size() || p_.words[name_end].sentence != sentence ||
                           is_mark(p_, name_end, ",") || is_mark(p_, name_end, ".");
  if (!name_closes) return none;
  for (std::size_t j = comma; j-- > 0 && comma - j <= kLongestAppositive;) {
    if (!is_word_in_sentence(p_, j, sentence)) break;
    std::vector<Found> found;
    const std::string& w = p_.words[j].lower;
    const bool opens_run = p_.words[j].capitalized && (j == 0 || !p_.words[j - 1].capitalized);
    if (!(opens_run && possessive_organization_role(j, found)) && is_article(w)) {
      noun_phrase_at(j, found);
    }
    if (found.empty()) continue;
    std::size_t end = 0;
    const Found* role = nullptr;
    for (const Found& f : found) {
      end = std::max(end, f.end);
      if (f.name == "role") role = &f;
    }
    if (role == nullptr || !names_a_person(role->value)) continue;
    if (end == comma || (role->end == end && names_place_of_office(end, comma))) return found;
  }
  return none;
}

bool AttributeReader::names_place_of_office(std::size_t k, std::size_t end) const {
  if (k + 1 >= end || !p_.words[k].is_word || p_.words[k].lower != "of") return false;
  for (std::size_t j = k + 1; j < end; ++j) {
    if (!p_.words[j].is_word || !p_.words[j].capitalized || is_organization_(std::string(p_.slice(p_.words[j].start, p_.words[j].end)))) return false;
  }
  return true;
}

std::size_t AttributeReader::naming_participle_before(std::size_t name_begin) const {
  std::size_t j = name_begin;
  if (j == 0 || p_.words[j - 1].sentence != p_.words[name_begin].sentence) return name_begin;
  // The age of the name: "26-year-old", "26-year old".
  if (j >= 2 && p_.words[j - 1].lower == "old" && is_age_word(p_.words[j - 2].lower)) {
    j -= 2;
  } else if (j >= 1 && is_age_word(p_.words[j - 1].lower)) {
    j -= 1;
  }
  if (j >= 1 && p_.words[j - 1].lower == "as") --j;
  if (j >= 1 && is_naming_verb(p_.words[j - 1].lower)) return j - 1;
  return name_begin;
}

std::vector<Found> AttributeReader::title_joined_before(std::size_t name_begin) {
  constexpr std::size_t kLongestTitle = 5;  // words, with the organisation before it
  std::vector<Found> none;
  if (name_begin < 2 || !p_.words[name_begin - 1].is_word || p_.words[name_begin - 1].lower != "and") return none;
  const std::size_t conjunction = name_begin - 1;
  const std::size_t sentence = p_.words[name_begin].sentence;
  std::vector<Found> longest;
  for (std::size_t begin = conjunction; begin-- > 0 && conjunction - begin <= kLongestTitle;) {
    if (!is_word_in_sentence(p_, begin, sentence) || !lexicons_.word_class(p_.words[begin].lower).empty()) break;
    // The phrase must open here: after no word that could begin or own it.
    const bool opens = begin == 0 || !is_word_in_sentence(p_, begin - 1, sentence) ||
                       (!p_.words[begin - 1].capitalized && !is_possessive(p_.words[begin - 1].lower) &&
                        lexicons_.word_class(p_.words[begin - 1].lower) != "determiner" &&
                        !lexicons_.title_words.count(p_.words[begin - 1].lower));
    if (!opens) continue;
    std::vector<Found> found;
    noun_phrase_at(begin, found, true);
    const auto role = std::find_if(found.begin(), found.end(), [](const Found& f) { return f.name == "role"; });
    if (role == found.end() || role->end != conjunction || !names_a_person(role->value)) continue;
    // Only the role, and an organisation before it that the lexicons know: a word in capitals
    // may be no organisation ("VP candidate"), "CNN medical reporter" names one.
    longest = {*role};
    for (const Found& organization : found) {
      if (organization.name == "affiliation" && names_known_organization(organization.value)) {
        longest.push_back(organization);
      }
    }
  }
  return longest;
}

bool AttributeReader::names_known_organization(const std::string& name) const {
  const std::string folded = fold_text(name);
  if (const auto alias = lexicons_.aliases.find(folded); alias != lexicons_.aliases.end()) {
    return alias->second.type == "organization";
  }
  return lexicons_.holds_organization_word(folded);
}

bool AttributeReader::names_a_person(const std::string& role) const {
  std::string head;
  std::size_t from = 0;
  while (from <= role.size()) {
    const std::size_t space = std::min(role.find(' ', from), role.size());
    const std::string word = fold_text(role.substr(from, space - from));
    if (word == "of" || word == "in") break;
    head = word;
    from = space + 1;
  }
  if (head.size() > 2 && head.back() == 's' && head[head.size() - 2] != 's') return false;
  return lexicons_.title_words.count(head) > 0;
}

std::size_t AttributeReader::title_after_name_run(std::size_t k) const {
  constexpr std::size_t kLongestRun = 3;  // words
  const std::size_t sentence = p_.words[k].sentence;
  std::size_t best = k;
  for (std::size_t end = k + 1; end <= k + kLongestRun; ++end) {
    if (!is_word_in_sentence(p_, end - 1, sentence)) break;
    const ParagraphWord& last = p_.words[end - 1];
    if (!last.capitalized || lexicons_.title_modifiers.count(last.lower)) break;
    if (is_possessive(last.lower)) return k;  // "Le's attorney": someone's, not a place's
    if (is_word_in_sentence(p_, end, sentence) && title_begins_at(end)) best = end;
  }
  return best;
}

std::size_t AttributeReader::nouns_before_title(std::size_t title_begin) const {
  constexpr std::size_t kMostNouns = 2;
  // A capitalised title is a name's own ("the outset President Nixon").
  if (title_begin >= p_.words.size() || p_.words[title_begin].capitalized) return title_begin;
  const std::size_t sentence = p_.words[title_begin].sentence;
  // A noun here is a plain lower-case word: no function word, verb of speech or status, age,
  // possessive ("the club's owner" is read as an owner's), and no participle or adverb ending
  // ("wounded officer", "killing officer", "reportedly officer"), nor a word in -s, a plural or
  // a verb ("rehires longtime lawyer X").
  const auto plain_noun = [&](std::size_t j) {
    if (!is_word_in_sentence(p_, j, sentence) || p_.words[j].capitalized) return false;
    const std::string& w = p_.words[j].lower;
    if (!lexicons_.word_class(w).empty() || lexicons_.speech_verb_at(p_.words, j) || is_age_word(w) ||
        is_possessive(w) || lexicons_.statuses.count(w) || lexicons_.status_verbs.count(w) ||
        lexicons_.title_modifiers.count(w) || lexicons_.nationality(w)) {
      return false;
    }
    return std::none_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
           !w.ends_with("ed") && !w.ends_with("ing") && !w.ends_with("ly") && w.find('-') == std::string::npos &&
           !(w.ends_with("s") && !w.ends_with("ss"));
  };
  std::size_t begin = title_begin;
  while (begin > 0 && title_begin - begin < kMostNouns && plain_noun(begin - 1)) --begin;
  if (begin == title_begin) return title_begin;
  // A mark set off by a space (",\" gun shop owner"; not the "." of "Seattlepi.com") opens the
  // phrase; a word before it may be a verb ("rehires longtime lawyer") or leave the nouns a
  // phrase of their own ("a statement through attorney X").
  const bool spaced_mark = begin > 0 && !p_.words[begin - 1].is_word && p_.words[begin - 1].end < p_.words[begin].start;
  const bool opens_phrase = begin == 0 || p_.words[begin - 1].sentence != sentence || spaced_mark;
  return opens_phrase ? begin : title_begin;
}

bool AttributeReader::title_begins_at(std::size_t k) const {
  const std::size_t sentence = p_.words[k].sentence;
  while (is_word_in_sentence(p_, k, sentence) && lexicons_.title_modifiers.count(p_.words[k].lower) &&
         !lexicons_.title(p_.words[k].lower)) {
    ++k;
  }
  return is_word_in_sentence(p_, k, sentence) &&
         longest_known_phrase(p_, k, lexicons_.longest_title_words, [this](std::string_view phrase, std::size_t) {
           return lexicons_.titles.count(phrase) > 0;
         }) > 0;
}

}  // namespace factdiff::attribute_reading
