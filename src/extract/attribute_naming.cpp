// Findings of naming verbs for the names they give.
#include "extract/attribute_naming.h"

#include <algorithm>
#include <optional>
#include <string>

namespace factdiff::attribute_reading {
namespace {

// "The suspect – later identified as X", "The gunman was named as X": with nothing between the
// naming verb at word `verb` and "as", the title word heading the subject before the verb (after
// an article) is the role of the names after "as".
std::optional<Found> titled_subject_before(const AttributionParagraph& p, std::size_t verb,
                                           const AttributionLexicons& lexicons) {
  const std::size_t sentence = p.words[verb].sentence;
  std::size_t head = verb;
  while (head > 0 && p.words[head - 1].sentence == sentence &&
         (!p.words[head - 1].is_word || p.words[head - 1].lower == "later" || p.words[head - 1].lower == "was" ||
          p.words[head - 1].lower == "has" || p.words[head - 1].lower == "been" || p.words[head - 1].lower == "is")) {
    --head;
  }
  if (head < 2 || head == verb || !p.words[head - 1].is_word || p.words[head - 2].sentence != sentence) {
    return std::nullopt;
  }
  const std::string& noun = p.words[head - 1].lower;
  if (!lexicons.title_words.count(noun) || !is_article(p.words[head - 2].lower)) return std::nullopt;
  return Found{"role", noun, head - 1, head, "attribute-naming"};
}

// "The victims who died have been identified as ...", "One of the five victims killed has been
// named as ...": a status word in a subject about victims, before the naming verb at word
// `verb`, holds for the names after it. Without "victim" the subject may be the one who did it
// ("The man who killed three people was identified as ...").
std::optional<Found> victims_status(const AttributionParagraph& p, std::size_t verb,
                                    const AttributionLexicons& lexicons) {
  const std::size_t sentence = p.words[verb].sentence;
  std::size_t begin = verb;
  while (begin > 0 && p.words[begin - 1].sentence == sentence) --begin;
  bool victims = false;
  std::optional<Found> status;
  for (std::size_t k = begin; k < verb; ++k) {
    if (!p.words[k].is_word) continue;
    const std::string& w = p.words[k].lower;
    victims = victims || w == "victim" || w == "victims";
    if (status) continue;
    if (auto phrase = lexicons.statuses.find(w); phrase != lexicons.statuses.end()) {
      status = Found{"status", phrase->second, k, k + 1, "attribute-naming"};
    } else if (auto verb_form = lexicons.status_verbs.find(w); verb_form != lexicons.status_verbs.end()) {
      status = Found{"status", verb_form->second, k, k + 1, "attribute-naming"};
    }
  }
  if (!victims) return std::nullopt;
  return status;
}

// The status a single word at word k states, as a status phrase ("slain") or a status verb
// ("killed"); nullopt for any other word or a mark.
std::optional<Found> status_word_at(const AttributionParagraph& p, std::size_t k, const AttributionLexicons& lexicons,
                                    const std::string& rule) {
  if (k >= p.words.size() || !p.words[k].is_word) return std::nullopt;
  const std::string& w = p.words[k].lower;
  if (!lexicons.filters.statuses.may_contain(w) && !lexicons.filters.status_verbs.may_contain(w)) return std::nullopt;
  if (auto phrase = lexicons.statuses.find(w); phrase != lexicons.statuses.end()) {
    return Found{"status", phrase->second, k, k + 1, rule};
  }
  if (auto verb_form = lexicons.status_verbs.find(w); verb_form != lexicons.status_verbs.end()) {
    return Found{"status", verb_form->second, k, k + 1, rule};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Found> list_introduction_status(const AttributionParagraph& p, const AttributionLexicons& lexicons) {
  if (p.words.empty() || !is_mark(p, p.words.size() - 1, ":")) return std::nullopt;
  const std::size_t colon = p.words.size() - 1;
  const std::size_t sentence = p.words[colon].sentence;
  // Only a word right next to "victims" describes them: elsewhere in the sentence a status word
  // may be someone else's ("Police released the names of the victims:").
  for (std::size_t k = colon; k-- > 0 && p.words[k].sentence == sentence;) {
    if (p.words[k].lower != "victims") continue;
    const std::string rule = "attribute-list-introduction";
    if (k > 0 && p.words[k - 1].sentence == sentence) {
      if (std::optional<Found> status = status_word_at(p, k - 1, lexicons, rule)) return status;
    }
    if (std::optional<Found> status = status_word_at(p, k + 1, lexicons, rule)) return status;
  }
  return std::nullopt;
}

bool tells_a_death(const std::vector<AttributionParagraph>& paragraphs, const AttributionLexicons& lexicons) {
  for (const AttributionParagraph& p : paragraphs) {
    for (std::size_t k = 0; k < p.words.size(); ++k) {
      const std::optional<Found> status = status_word_at(p, k, lexicons, "");
      if (status && status->value == "dead") return true;
    }
  }
  return false;
}

std::vector<Found> naming_phrase_findings(const AttributionParagraph& p, std::size_t as,
                                          const AttributionLexicons& lexicons, bool deaths_told) {
  std::vector<Found> found;
  std::size_t verb = as;
  while (verb > 0 && as - verb < 8 && p.words[verb - 1].is_word && p.words[verb - 1].sentence == p.words[as].sentence) {
    --verb;
    const std::string& w = p.words[verb].lower;
    if (is_naming_verb(w)) break;
  }
  const std::string& naming = p.words[verb].lower;
  if (verb == as || !is_naming_verb(naming)) return found;
  for (std::size_t k = verb + 1; k < as; ++k) {
    if (const std::string* nationality = lexicons.nationality(p.words[k].lower)) {
      found.push_back({"nationality", *nationality, k, k + 1, "attribute-naming"});
    }
  }
  if (std::optional<Found> status = victims_status(p, verb, lexicons)) found.push_back(*status);
  // "identified the officers who were gunned down as X": the noun phrase ends before a
  // relative clause, so its head is the word before "who".
  std::size_t end = as;
  for (std::size_t k = verb + 1; k < as; ++k) {
    if (p.words[k].lower == "who" || p.words[k].lower == "that" || p.words[k].lower == "which") {
      end = k;
      break;
    }
  }
  // "identified the injured as X", "the victims who were killed as X": a status word before
  // "as" is what happened to them, not a role.
  auto status = lexicons.statuses.find(p.words[as - 1].lower);
  const bool told_status = as - 1 > verb && status != lexicons.statuses.end();
  if (told_status) found.push_back({"status", status->second, as - 1, as, "attribute-naming"});
  const std::string& head = p.words[end - 1].lower;
  // A capitalised head is a name ("identified the Paris attackers" ends in no name, "named the
  // Orlando Police" does), unless it is a title ("identified the Sheriff who ... as X").
  const bool names_no_one = p.words[end - 1].capitalized && lexicons.title(head) == nullptr;
  if ((end < as || !told_status) && end - 1 > verb && lexicons.word_class(head).empty() && !names_no_one &&
      !lexicons.nationality(head) && !lexicons.statuses.count(head)) {
    std::string role = head;
    if (role.size() > 3 && role.back() == 's') role.pop_back();  // "attackers": each is an attacker
    found.push_back({"role", role, end - 1, end, "attribute-naming"});
    // "identified the victim as X" in a report that tells of a death: the police name the
    // victims who died (the wounded are seldom named so, and the words say it when they are:
    // "identified the injured as X").
    const bool status_given = std::any_of(found.begin(), found.end(), [](const Found& f) { return f.name == "status"; });
    if (role == "victim" && deaths_told && !status_given) {
      found.push_back({"status", "dead", end - 1, end, "attribute-naming-victims"});
    }
  } else if (end - 1 == verb) {
    if (const std::optional<Found> subject = titled_subject_before(p, verb, lexicons)) found.push_back(*subject);
  }
  return found;
}

}  // namespace factdiff::attribute_reading
