#include "eval/mutator.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <optional>
#include <random>
#include <set>

#include "align/word_sequence.h"
#include "core/admitted_values.h"
#include "core/person_names.h"

namespace factdiff {
namespace {

constexpr std::array<std::string_view, 21> kSmallNumberWords = {
    "zero",   "one",     "two",       "three",    "four",     "five",    "six",
    "seven",  "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};

// Replacement vocabularies: any value other than the original is a real disagreement.
constexpr std::array<std::string_view, 10> kNationalities = {
    "French", "Belgian", "German", "Canadian", "Mexican",
    "Italian", "Spanish", "Syrian", "Moroccan", "Swedish"};
constexpr std::array<std::string_view, 10> kTitles = {
    "Mayor",   "Governor", "Sheriff", "Senator", "Interior Minister",
    "Prime Minister", "Police Chief", "Judge", "Prosecutor", "Commissioner"};
constexpr std::array<std::string_view, 10> kQuoteWords = {
    "never", "quietly", "certainly", "tomorrow", "nobody",
    "perhaps", "gladly", "rarely", "yesterday", "elsewhere"};

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool starts_upper(std::string_view text) {
  return !text.empty() && std::isupper(static_cast<unsigned char>(text.front()));
}

std::string capitalized_like(std::string_view model, std::string word) {
  if (!word.empty() && starts_upper(model)) {
    word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  }
  return word;
}

// The deterministic source of choices: raw 64-bit draws modulo n, the same on every library.
class Chooser {
 public:
  explicit Chooser(std::uint64_t seed) : engine_(seed) {}
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(engine_() % n); }

 private:
  std::mt19937_64 engine_;
};

struct NumberToken {
  Span span;
  long long value = 0;
  bool word = false;   // written as a word ("five")
  bool commas = false; // written with thousands separators ("5,000")
};

std::optional<NumberToken> parse_number(const Document& document, Span span) {
  const std::string_view text = document.view(span);
  NumberToken token;
  token.span = span;
  for (std::size_t i = 0; i < kSmallNumberWords.size(); ++i) {
    if (lower(text) == kSmallNumberWords[i]) {
      token.value = static_cast<long long>(i);
      token.word = true;
      return token;
    }
  }
  if (text.empty() || text.size() > 12) return std::nullopt;
  long long value = 0;
  for (char c : text) {
    if (c == ',') {
      token.commas = true;
      continue;
    }
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  token.value = value;
  return token;
}

// The number inside a claim: its "number" part, else the first digit run or small number word.
std::optional<NumberToken> number_of(const Document& document, const Claim& claim) {
  for (const MatchedPart& part : claim.parts) {
    if (part.name == "number") return parse_number(document, part.span);
  }
  const std::string_view text = document.view(claim.span);
  std::size_t i = 0;
  while (i < text.size()) {
    const bool digit = std::isdigit(static_cast<unsigned char>(text[i])) != 0;
    const bool alpha = std::isalpha(static_cast<unsigned char>(text[i])) != 0;
    if (!digit && !alpha) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && (digit ? (std::isdigit(static_cast<unsigned char>(text[end])) ||
                                          text[end] == ',')
                                       : std::isalpha(static_cast<unsigned char>(text[end])))) {
      ++end;
    }
    while (end > i && text[end - 1] == ',') --end;
    const Span span{claim.span.start + i, claim.span.start + end};
    if (std::optional<NumberToken> token = parse_number(document, span)) return token;
    i = std::max(end, i + 1);
  }
  return std::nullopt;
}

std::string format_number(long long value, const NumberToken& model, std::string_view original) {
  if (model.word) return capitalized_like(original, std::string(kSmallNumberWords[value]));
  std::string digits = std::to_string(value);
  if (!model.commas) return digits;
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

bool intersects_any(const Interval& value, const std::vector<Interval>& others) {
  return std::any_of(others.begin(), others.end(),
                     [&](const Interval& other) { return value.intersects(other); });
}

// A fact mention seen from the mutator: the claim, its document, and the other documents' values.
struct SharedMention {
  const Claim* claim = nullptr;
  const Document* document = nullptr;
  const Fact* fact = nullptr;
  std::vector<Interval> others;  // values of the fact's mentions in other documents
};

std::vector<SharedMention> shared_mentions(const Report& report) {
  std::vector<SharedMention> shared;
  const std::vector<Claim>& claims = report.extraction.claims;
  for (const Fact& fact : report.facts) {
    std::set<std::string> docs;
    for (std::size_t index : fact.mentions) {
      if (index < claims.size()) docs.insert(claims[index].doc);
    }
    if (docs.size() < 2) continue;
    for (std::size_t index : fact.mentions) {
      if (index >= claims.size()) continue;
      SharedMention mention;
      mention.claim = &claims[index];
      mention.document = find_document(report, claims[index].doc);
      mention.fact = &fact;
      if (mention.document == nullptr) continue;
      for (std::size_t other : fact.mentions) {
        if (other < claims.size() && claims[other].doc != claims[index].doc) {
          mention.others.push_back(admitted_values(claims[other]));
        }
      }
      shared.push_back(std::move(mention));
    }
  }
  return shared;
}

Mutation make_mutation(MutationKind kind, const SharedMention& mention, Span span, std::string after,
                       FindingType expected) {
  Mutation mutation;
  mutation.kind = kind;
  mutation.doc = mention.claim->doc;
  mutation.original = span;
  mutation.before = std::string(mention.document->view(span));
  mutation.after = std::move(after);
  mutation.expected = expected;
  mutation.fact = mention.fact->id;
  return mutation;
}

bool numeric_for_mutation(ClaimKind kind) {
  return kind == ClaimKind::kCount || kind == ClaimKind::kAge || kind == ClaimKind::kMeasure ||
         kind == ClaimKind::kMoney || kind == ClaimKind::kPercent || kind == ClaimKind::kDuration;
}

// An exact figure moved to the nearest value no other report's interval admits.
std::optional<Mutation> number_mutation(const SharedMention& mention) {
  const Claim& claim = *mention.claim;
  if (!numeric_for_mutation(claim.kind) || !claim.value.is_exact() || !claim.qualifier.empty()) {
    return std::nullopt;
  }
  const std::optional<NumberToken> token = number_of(*mention.document, claim);
  if (!token || static_cast<double>(token->value) != *claim.value.low) return std::nullopt;
  const long long limit = token->word ? 20 : token->value * 2 + 10;
  for (long long step = 1; step <= limit; ++step) {
    for (long long candidate : {token->value + step, token->value - step}) {
      if (candidate < 0 || candidate > limit) continue;
      // A part of a group moved up or down still admits every figure from its new count up.
      const Interval changed = counts_part_of_group(claim)
                                   ? Interval{static_cast<double>(candidate), std::nullopt}
                                   : Interval::exactly(static_cast<double>(candidate));
      if (intersects_any(changed, mention.others)) continue;
      const std::string original(mention.document->view(token->span));
      const MutationKind kind =
          claim.kind == ClaimKind::kAge ? MutationKind::kAttribute : MutationKind::kNumber;
      return make_mutation(kind, mention, token->span, format_number(candidate, *token, original),
                           FindingType::kConflict);
    }
  }
  return std::nullopt;
}

// "at least N" / "more than N" / "over N" turned into "fewer than N", and the reverse.
std::optional<Mutation> qualifier_mutation(const SharedMention& mention) {
  const Claim& claim = *mention.claim;
  if (claim.kind != ClaimKind::kCount || claim.qualifier.empty()) return std::nullopt;
  const MatchedPart* part = nullptr;
  for (const MatchedPart& candidate : claim.parts) {
    if (candidate.name == "qualifier") part = &candidate;
  }
  if (part == nullptr) return std::nullopt;
  const std::optional<NumberToken> token = number_of(*mention.document, claim);
  if (!token) return std::nullopt;
  const std::string written(mention.document->view(part->span));
  const std::string qualifier = lower(written);
  const double n = static_cast<double>(token->value);
  std::string after;
  Interval changed;
  if (qualifier == "at least" || qualifier == "more than" || qualifier == "over") {
    after = "fewer than";
    changed = Interval{std::nullopt, n - 1};
  } else if (qualifier == "fewer than" || qualifier == "less than" || qualifier == "under" ||
             qualifier == "up to" || qualifier == "at most") {
    after = "more than";
    changed = Interval{n + 1, std::nullopt};
  } else {
    return std::nullopt;
  }
  if (intersects_any(changed, mention.others)) return std::nullopt;
  return make_mutation(MutationKind::kQualifier, mention, part->span, capitalized_like(written, after),
                       FindingType::kConflict);
}

// The people who speak somewhere in the cluster: names the resolver takes for a speaker, where
// any person entity may be a place or a phrase read as a name.
std::set<std::string> speaking_people(const Report& report) {
  std::set<std::string> speakers;
  for (const Claim& claim : report.extraction.claims) {
    if ((claim.kind == ClaimKind::kQuote || claim.kind == ClaimKind::kStatement) && !claim.speaker_id.empty()) {
      speakers.insert(claim.speaker_id);
    }
  }
  return speakers;
}

bool named_person(const std::string& entity_id, const Report& report) {
  for (const Entity& entity : report.extraction.entities) {
    if (entity.id == entity_id) return entity.type == EntityType::kPerson;
  }
  return false;
}

// Another speaker: a person none of the fact's reports gives the words to (giving them to the
// speaker another report names would make the reports agree), one who speaks elsewhere in the
// cluster when there is one, the first by id.
const Entity* other_speaker(const SharedMention& mention, const Report& report) {
  std::set<std::string> fact_speakers;
  for (std::size_t index : mention.fact->mentions) {
    if (index < report.extraction.claims.size()) fact_speakers.insert(report.extraction.claims[index].speaker_id);
  }
  std::vector<std::string> fact_names;
  for (std::size_t index : mention.fact->mentions) {
    if (index < report.extraction.claims.size()) fact_names.push_back(folded_words(report.extraction.claims[index].speaker));
  }
  const std::set<std::string> speaking = speaking_people(report);
  const Entity* other = nullptr;
  auto better = [&](const Entity& entity) {
    if (other == nullptr) return true;
    const bool speaks = speaking.count(entity.id) > 0, other_speaks = speaking.count(other->id) > 0;
    return speaks != other_speaks ? speaks : entity.id < other->id;
  };
  for (const Entity& entity : report.extraction.entities) {
    if (entity.type != EntityType::kPerson || entity.name.empty() || fact_speakers.count(entity.id)) continue;
    // "Bailey" for "Paul Bailey" would name the same person.
    const std::string name = folded_words(entity.name);
    if (std::any_of(fact_names.begin(), fact_names.end(),
                    [&](const std::string& spoken) { return may_be_one_person(name, spoken); })) {
      continue;
    }
    if (better(entity)) other = &entity;
  }
  return other;
}

std::optional<Mutation> speaker_mutation(const SharedMention& mention, const Report& report) {
  const Claim& claim = *mention.claim;
  if (claim.kind != ClaimKind::kQuote || claim.speaker_id.empty()) return std::nullopt;
  // Words an organisation or a place gives may reach another report through a person who
  // speaks for it; only words given to a named person change hands when the name changes.
  if (!named_person(claim.speaker_id, report)) return std::nullopt;
  const MatchedPart* part = nullptr;
  for (const MatchedPart& candidate : claim.parts) {
    if (candidate.name == "speaker") part = &candidate;
  }
  if (part == nullptr || part->span.empty()) return std::nullopt;
  const Entity* other = other_speaker(mention, report);
  if (other == nullptr) return std::nullopt;
  return make_mutation(MutationKind::kSpeaker, mention, part->span, other->name,
                       FindingType::kConflict);
}

std::optional<Mutation> quote_word_mutation(const SharedMention& mention) {
  const Claim& claim = *mention.claim;
  if (claim.kind != ClaimKind::kQuote || claim.quote_span.empty()) return std::nullopt;
  const std::string_view text = mention.document->view(claim.quote_span);
  const std::string lowered = lower(text);
  // The middle word of four letters or more: far from the quote marks and the attribution.
  std::vector<Span> words;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!std::isalpha(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
    if (end - i >= 4) words.push_back({claim.quote_span.start + i, claim.quote_span.start + end});
    i = end;
  }
  if (words.empty()) return std::nullopt;
  const Span word = words[words.size() / 2];
  for (std::string_view replacement : kQuoteWords) {
    if (lowered.find(replacement) != std::string::npos) continue;
    const std::string original(mention.document->view(word));
    return make_mutation(MutationKind::kQuoteWord, mention, word,
                         capitalized_like(original, std::string(replacement)), FindingType::kWording);
  }
  return std::nullopt;
}

// A nationality, or a role that is a title: a person has one of each at a time.
std::optional<Mutation> attribute_mutation(const SharedMention& mention, const TitleTest& is_title) {
  const Claim& claim = *mention.claim;
  if (claim.kind != ClaimKind::kAttribute) return std::nullopt;
  const bool nationality = claim.attribute_name == "nationality";
  const bool title = claim.attribute_name == "role" && is_title && is_title(claim.attribute_value);
  if (!nationality && !title) return std::nullopt;
  for (const MatchedPart& part : claim.parts) {
    if (part.name != claim.attribute_name || part.span.empty()) continue;
    const std::string written(mention.document->view(part.span));
    const std::string current = lower(claim.attribute_value);
    const auto& choices = nationality ? std::vector<std::string_view>(kNationalities.begin(),
                                                                      kNationalities.end())
                                      : std::vector<std::string_view>(kTitles.begin(), kTitles.end());
    for (std::string_view choice : choices) {
      const std::string candidate = lower(choice);
      if (current.find(candidate) != std::string::npos ||
          lower(written).find(candidate.substr(0, 4)) != std::string::npos) {
        continue;
      }
      return make_mutation(MutationKind::kAttribute, mention, part.span, std::string(choice),
                           FindingType::kConflict);
    }
  }
  return std::nullopt;
}

bool touches(const Claim& claim, Span changed) {
  if (claim.span.overlaps(changed) || claim.quote_span.overlaps(changed)) return true;
  return std::any_of(claim.parts.begin(), claim.parts.end(),
                     [&](const MatchedPart& part) { return part.span.overlaps(changed); });
}

bool finding_touches(const Finding& finding, const Report& report, const Mutation& mutation) {
  const std::vector<Claim>& claims = report.extraction.claims;
  return std::any_of(finding.mentions.begin(), finding.mentions.end(), [&](std::size_t index) {
    return index < claims.size() && claims[index].doc == mutation.doc &&
           touches(claims[index], mutation.changed());
  });
}

}  // namespace

std::string_view to_string(MutationKind kind) {
  switch (kind) {
    case MutationKind::kNumber: return "number";
    case MutationKind::kQualifier: return "qualifier";
    case MutationKind::kSpeaker: return "speaker";
    case MutationKind::kQuoteWord: return "quote-word";
    case MutationKind::kAttribute: return "attribute";
  }
  return "number";
}

std::string Mutation::describe() const {
  return doc + "@[" + std::to_string(original.start) + "," + std::to_string(original.end) + "): " +
         std::string(to_string(kind)) + " '" + before + "' -> '" + after + "', expect " +
         std::string(to_string(expected));
}

std::vector<Mutation> mutation_candidates(const Report& baseline, const TitleTest& is_title) {
  std::vector<Mutation> candidates;
  std::set<std::pair<std::string, std::size_t>> taken;  // one mutation per changed position
  for (const SharedMention& mention : shared_mentions(baseline)) {
    for (std::optional<Mutation> mutation :
         {number_mutation(mention), qualifier_mutation(mention), speaker_mutation(mention, baseline),
          quote_word_mutation(mention), attribute_mutation(mention, is_title)}) {
      if (!mutation) continue;
      if (!taken.insert({mutation->doc, mutation->original.start}).second) continue;
      candidates.push_back(std::move(*mutation));
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Mutation& a, const Mutation& b) {
    return std::tie(a.doc, a.original.start, a.kind) < std::tie(b.doc, b.original.start, b.kind);
  });
  return candidates;
}

std::vector<Mutation> plan_mutations(const Report& baseline, const TitleTest& is_title,
                                     std::size_t count, std::uint64_t seed) {
  std::map<MutationKind, std::vector<Mutation>> by_kind;
  for (Mutation& mutation : mutation_candidates(baseline, is_title)) {
    by_kind[mutation.kind].push_back(std::move(mutation));
  }
  Chooser chooser(seed);
  std::vector<Mutation> plan;
  // Kinds take turns at random, so a cluster rich in numbers still tests its quotes.
  while (plan.size() < count) {
    std::vector<MutationKind> kinds;
    for (const auto& [kind, list] : by_kind) {
      if (!list.empty()) kinds.push_back(kind);
    }
    if (kinds.empty()) break;
    std::vector<Mutation>& list = by_kind[kinds[chooser.below(kinds.size())]];
    const std::size_t pick = chooser.below(list.size());
    plan.push_back(std::move(list[pick]));
    list.erase(list.begin() + static_cast<std::ptrdiff_t>(pick));
  }
  return plan;
}

std::vector<Document> apply_mutation(std::vector<Document> documents, const Mutation& mutation) {
  for (Document& document : documents) {
    if (document.id != mutation.doc) continue;
    if (mutation.original.end > document.bytes.size()) break;
    document.bytes.replace(mutation.original.start, mutation.original.size(), mutation.after);
  }
  return documents;
}

bool mutation_caught(const Mutation& mutation, const Report& mutated) {
  return std::any_of(mutated.findings.begin(), mutated.findings.end(), [&](const Finding& finding) {
    return finding.type == mutation.expected && finding_touches(finding, mutated, mutation);
  });
}

MutationSummary& MutationSummary::operator+=(const MutationSummary& other) {
  candidates += other.candidates;
  caught += other.caught;
  for (const auto& [kind, share] : other.by_kind) by_kind[kind] += share;
  false_findings += other.false_findings;
  runs_with_false_findings += other.runs_with_false_findings;
  outcomes.insert(outcomes.end(), other.outcomes.begin(), other.outcomes.end());
  return *this;
}

MutationSummary run_mutations(const CompareFunction& compare, const std::vector<Document>& documents,
                              const Report& baseline, const TitleTest& is_title,
                              const std::vector<Mutation>& plan) {
  MutationSummary summary;
  summary.candidates = mutation_candidates(baseline, is_title).size();
  std::set<std::string> known;
  for (const Finding& finding : baseline.findings) known.insert(finding.id);
  for (const Mutation& mutation : plan) {
    const Report mutated = compare(apply_mutation(documents, mutation));
    MutationOutcome outcome;
    outcome.mutation = mutation;
    outcome.caught = mutation_caught(mutation, mutated);
    for (const Finding& finding : mutated.findings) {
      if (known.count(finding.id) == 0 && !finding_touches(finding, mutated, mutation)) {
        outcome.false_findings.push_back(finding.id);
      }
    }
    ++summary.caught.total;
    ++summary.by_kind[mutation.kind].total;
    if (outcome.caught) {
      ++summary.caught.passed;
      ++summary.by_kind[mutation.kind].passed;
    }
    summary.false_findings += outcome.false_findings.size();
    if (!outcome.false_findings.empty()) ++summary.runs_with_false_findings;
    summary.outcomes.push_back(std::move(outcome));
  }
  return summary;
}

}  // namespace factdiff
