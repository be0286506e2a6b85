// Attribute judgement: what reports say about one entity, compared per attribute.
//
// Another nationality, age, role or title, or status for the same person is a conflict; a title
// and its fuller form agree ("president" and "French president"), unless the fuller form adds a
// rank ("vice president"); so do a demonym and its
// noun ("French" and "Frenchman"). Other attributes (residence, origin, affiliation) that differ
// are a variant: a person can live in one place and come from another.
//
//   FactVerdict verdict = judge_attribute(fact, context);
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

#include "align/compare_lexicons.h"
#include "judge/judge_context.h"

namespace factdiff {

FactVerdict judge_attribute(const Fact& fact, const JudgeContext& context);

// True when two values of one attribute can both be true of one entity. A word of `ranks` that
// only one value has makes another office of it ("vice president" is not "president").
bool attribute_values_agree(std::string_view a, std::string_view b,
                            const std::unordered_set<std::string>& ranks = {});

// True when two roles can name one person: their values agree (above), or their titles belong to
// one family of the `title_families` lexicon ("officer" and "sergeant"; not "detective" and "mayor").
bool roles_agree(std::string_view a, std::string_view b, const CompareLexicons& lexicons, bool with_ranks = true);

// Roles and titles, compared with roles_agree.
bool is_role_attribute(std::string_view name);

// True when two values of one attribute can both be true: roles_agree for roles and titles,
// attribute_values_agree (with the title ranks) for the rest. Compare and check mode both use it.
bool attribute_claims_agree(const Claim& a, const Claim& b, const CompareLexicons& lexicons);

// Attributes an entity has one value of at a time: nationality, age, role, title, status.
bool is_exclusive_attribute(std::string_view name);

}  // namespace factdiff
