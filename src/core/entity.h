// Entity: a person, organisation or place, resolved across every document checked together.
//
// "Hollande", "François Hollande", "Franois Hollande" (scraping damage) and "the French
// president" are one entity; its id is stable for a given set of documents whatever their order.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/interned_string.h"
#include "core/span.h"

namespace factdiff {

enum class EntityType { kPerson, kOrganization, kPlace, kOther };

std::string_view to_string(EntityType type);

// A run holds every name mention of every document: the document id is interned (the ids of a
// run's documents are few), 24 bytes a mention instead of 48.
struct EntityMention {
  InternedString doc;
  Span span;
};

struct Entity {
  std::string id;    // stable: derived from the canonical name ("francois-hollande")
  std::string name;  // canonical name: the longest full form seen
  EntityType type = EntityType::kOther;
  std::vector<std::string> aliases;  // every surface form seen, sorted
  std::vector<std::string> roles;    // titles and roles ("president", "prime minister")
  std::vector<EntityMention> mentions;
};

}  // namespace factdiff
