// Claim: what one sentence of one document asserts.
//
// Numeric claims (count, measure, money, percent, age, duration, date, time) carry a value
// interval with its qualifier, unit, predicate and subject; quotes and statements carry a speaker,
// verb, audience and the quoted or reported words; attributes carry what a report says of an
// entity. Every claim records the rule that produced it and the parts it matched (--explain).
//
//   Claim claim;
//   claim.kind = ClaimKind::kCount;
//   claim.value = Interval::exactly(129);
//   claim.unit = "people";
//   claim.predicate = "kill";
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bound.h"
#include "core/interned_string.h"
#include "core/span.h"

namespace factdiff {

enum class ClaimKind : std::uint8_t {
  kCount,
  kMeasure,
  kMoney,
  kPercent,
  kAge,
  kDuration,
  kDate,
  kTime,
  kQuote,
  kStatement,
  kAttribute,
};

std::string_view to_string(ClaimKind kind);
std::optional<ClaimKind> claim_kind_from_string(std::string_view name);
bool is_numeric(ClaimKind kind);

// A closed interval of values; an open bound is absent ("at least four" has no high bound).
// Dates are days since 1970-01-01; durations are seconds; ages are years; money is in the
// currency's unit (the currency is the claim's unit).
struct Interval {
  Bound low;
  Bound high;

  static Interval exactly(double value) { return {value, value}; }
  bool is_exact() const { return low && high && *low == *high; }
  // True when some value lies in both intervals.
  bool intersects(const Interval& other) const;
  friend bool operator==(const Interval&, const Interval&) = default;
};

// A named part of a match, for --explain: {"number", span}, {"qualifier", span}, {"unit", span}.
// Every claim names a few parts from a short list: the name is interned.
struct MatchedPart {
  InternedString name;
  Span span;
};

// A run holds every claim at once, so a claim is kept small: the members a run repeats (ids,
// names, lemmas, rule ids) are InternedStrings (as std::string they were most of a claim's 656
// bytes), and its id is made from its document and number when asked for. Its quoted words are
// its own string.
struct Claim {
  InternedString doc;   // document id
  ClaimKind kind = ClaimKind::kCount;
  bool negated = false;  // numeric kinds: the figure is denied ("no one was killed")
  std::uint32_t number = 0;  // counts the document's claims in text order from 1; 0: not numbered
  Span span;            // the claim's own bytes
  Span sentence;        // the sentence that carries it
  InternedString rule;  // id of the rule that produced it

  // Numeric kinds.
  Interval value;
  InternedString qualifier;  // "nearly", "at least", ... or empty for an exact figure
  InternedString unit;       // head noun lemma ("raid", "people"), unit ("hour"), currency ("USD")
  InternedString predicate;  // verb lemma ("kill", "arrest"), or empty
  InternedString resolved;   // dates: ISO 8601 of the resolved value, when it could be resolved

  // Who or what the claim is about (numeric subject, attribute subject).
  InternedString subject;
  InternedString subject_id;

  // Reported speech: numeric claims inside it, quotes and statements.
  InternedString speaker;
  InternedString speaker_id;
  InternedString verb;      // speech verb lemma: say, tell, warn
  InternedString audience;  // "RTL Radio", "reporters"
  std::string quote;        // quoted or reported words, decoded
  Span quote_span;          // where those words are

  // Attributes: what a report asserts about an entity.
  InternedString attribute_name;  // nationality, origin, residence, role, affiliation, status
  InternedString attribute_value;

  std::vector<MatchedPart> parts;  // how it was derived
  std::vector<std::string> notes;  // e.g. "speaker unknown: no attribution found"

  // "<doc>:<number>", unique in a run; empty while the claim is not numbered.
  std::string id() const;
};

}  // namespace factdiff
