// Attribute claims from titles, appositives and copulas; entities resolved across documents.
#include <set>

#include <catch2/catch.hpp>

#include <algorithm>

#include "extract/spelling_variants.h"
#include "attribution_test_support.h"

using namespace factdiff;
using testing::run_attribution;
using testing::text_document;

namespace {

bool has_attribute(const std::vector<Claim>& claims, const std::string& subject, const std::string& name,
                   const std::string& value) {
  return std::any_of(claims.begin(), claims.end(), [&](const Claim& claim) {
    return claim.kind == ClaimKind::kAttribute && claim.subject == subject && claim.attribute_name == name &&
           claim.attribute_value == value;
  });
}

const Entity* entity_named(const std::vector<Entity>& entities, const std::string& name) {
  for (const Entity& entity : entities) {
    if (entity.name == name) return &entity;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("attributes from pre-name titles, appositives and copulas", "[attribution]") {
  const auto run = run_attribution({text_document("doc",
      "Headline\n\n"
      "Finance Minister Olga Petrova met FBI director Sam Ortiz.\n\n"
      "Police are hunting Karim Haddad, a 31-year-old Frenchman based in Belgium.\n\n"
      "Investigators named Belgian national Luc Peeters as the driver. Peeters was a 27-year-old from the Antwerp district of Borgerhout.\n\n"
      "Nora Lind, 29, from Uppsala, was arrested on Saturday. Lind, a petty thief, is on the run.\n\n"
      "Marco Ruiz, his cousin, was not hurt.\n\n"
      "Prosecutors named two of the Dutch drivers as Jan Smet, 40, from Utrecht, and Piet Claes.\n")});
  const std::vector<Claim>& claims = run.claims;
  CHECK(has_attribute(claims, "Olga Petrova", "role", "finance minister"));
  CHECK(has_attribute(claims, "Sam Ortiz", "role", "director"));
  CHECK(has_attribute(claims, "Sam Ortiz", "affiliation", "FBI"));
  CHECK(has_attribute(claims, "Karim Haddad", "nationality", "French"));
  CHECK(has_attribute(claims, "Karim Haddad", "residence", "Belgium"));
  CHECK(has_attribute(claims, "Luc Peeters", "nationality", "Belgian"));
  CHECK(has_attribute(claims, "Luc Peeters", "origin", "Borgerhout"));
  CHECK(has_attribute(claims, "Nora Lind", "origin", "Uppsala"));
  CHECK(has_attribute(claims, "Nora Lind", "status", "arrested"));
  CHECK(has_attribute(claims, "Nora Lind", "role", "petty thief"));
  CHECK(has_attribute(claims, "Nora Lind", "status", "on the run"));
  for (const char* driver : {"Jan Smet", "Piet Claes"}) {
    CHECK(has_attribute(claims, driver, "nationality", "Dutch"));
    CHECK(has_attribute(claims, driver, "role", "driver"));
  }
  CHECK(has_attribute(claims, "Jan Smet", "origin", "Utrecht"));
  // Kinship is no role.
  CHECK(std::none_of(claims.begin(), claims.end(), [](const Claim& claim) {
    return claim.kind == ClaimKind::kAttribute && claim.attribute_value == "cousin";
  }));
  const Claim* role = nullptr;
  for (const Claim& claim : claims) {
    if (claim.kind == ClaimKind::kAttribute && claim.subject == "Luc Peeters") role = &claim;
  }
  REQUIRE(role != nullptr);
  CHECK(role->subject_id == "luc-peeters");
}

TEST_CASE("a status after a closing comma or a list of names holds for each name", "[attribution]") {
  const auto run = run_attribution({text_document("doc",
      "Headline\n\n"
      "One of the passengers, Hal Brennick, was killed at the station.\n\n"
      "Two men, Ravi Okafor, 31, and Lionel Petrakis, 14, were injured near the bridge.\n\n"
      "Karl Voss and Ada Lund were arrested on Monday.\n\n"
      "Ines Varga and Tom Hale were the owners of the shop.\n")});
  const std::vector<Claim>& claims = run.claims;
  CHECK(has_attribute(claims, "Hal Brennick", "status", "dead"));
  CHECK(has_attribute(claims, "Ravi Okafor", "status", "injured"));
  CHECK(has_attribute(claims, "Lionel Petrakis", "status", "injured"));
  CHECK(has_attribute(claims, "Karl Voss", "status", "arrested"));
  CHECK(has_attribute(claims, "Ada Lund", "status", "arrested"));
  // A plural noun after a list is no role of each name.
  CHECK(std::none_of(claims.begin(), claims.end(), [](const Claim& claim) {
    return claim.kind == ClaimKind::kAttribute && claim.attribute_name == "role";
  }));
}

TEST_CASE("residence from 'of' a place after a full name; codes and initials are nobody", "[attribution]") {
  const auto run = run_attribution({text_document("doc",
      "Headline\n\n"
      "Police said Wanda Kessler of Millbrook was driving the van.\n\n"
      "The council heard Ned Fairley, of Ward 7, on Monday.\n\n"
      "Patch KB0042-7, was released on Tuesday. The suspect, of N. Y., was arrested.\n")});
  const std::vector<Claim>& claims = run.claims;
  CHECK(has_attribute(claims, "Wanda Kessler", "residence", "Millbrook"));
  CHECK(has_attribute(claims, "Ned Fairley", "residence", "Ward 7"));
  CHECK(std::none_of(claims.begin(), claims.end(), [](const Claim& claim) {
    return claim.kind == ClaimKind::kAttribute && claim.attribute_name == "status";
  }));
}

TEST_CASE("an organisation's possessive and a title in an appositive", "[attribution]") {
  const auto run = run_attribution({text_document("doc",
      "Headline\n\n"
      "The network hired Dana Holt, CNN's chief medical correspondent, last year.\n\n"
      "Reports said Ivo Brandt, the BBC's security correspondent, was in Kabul.\n\n"
      "Lena Moss, Tom's sister, was not hurt.\n")});
  const std::vector<Claim>& claims = run.claims;
  CHECK(has_attribute(claims, "Dana Holt", "affiliation", "CNN"));
  CHECK(has_attribute(claims, "Dana Holt", "role", "chief medical correspondent"));
  CHECK(has_attribute(claims, "Ivo Brandt", "affiliation", "BBC"));
  CHECK(has_attribute(claims, "Ivo Brandt", "role", "security correspondent"));
  // A person's possessive is kinship, no organisation.
  CHECK(std::none_of(claims.begin(), claims.end(), [](const Claim& claim) {
    return claim.kind == ClaimKind::kAttribute && claim.subject == "Lena Moss";
  }));
}

TEST_CASE("entities cluster aliases across documents", "[attribution]") {
  const auto run = run_attribution({
      text_document("a", "Headline one\n\nFrench President Franois Hollande met President Obama. ISIS claimed the attack. "
                         "Hollande said the U.S. would help.\n"),
      text_document("b", "Headline two\n\nFrench President Francois Hollande called Barack Obama. Daesh and the IS "
                         "group were named. The United States sent envoys.\n")});
  const Entity* hollande = entity_named(run.entities, "Francois Hollande");
  REQUIRE(hollande != nullptr);
  CHECK(hollande->type == EntityType::kPerson);
  CHECK(hollande->id == "francois-hollande");
  for (const char* alias : {"Franois Hollande", "Hollande"}) {
    CHECK(std::find(hollande->aliases.begin(), hollande->aliases.end(), alias) != hollande->aliases.end());
  }
  const Entity* obama = entity_named(run.entities, "Barack Obama");
  REQUIRE(obama != nullptr);
  CHECK(std::find(obama->aliases.begin(), obama->aliases.end(), "Obama") != obama->aliases.end());
  const Entity* state = entity_named(run.entities, "Islamic State");
  REQUIRE(state != nullptr);
  CHECK(state->type == EntityType::kOrganization);
  CHECK(state->aliases.size() >= 3);
  const Entity* us = entity_named(run.entities, "United States");
  REQUIRE(us != nullptr);
  CHECK(us->type == EntityType::kPlace);
  const Claim* said = testing::find_claim(run.claims, ClaimKind::kStatement, "the U.S. would help");
  REQUIRE(said != nullptr);
  CHECK(said->speaker == "Francois Hollande");
  CHECK(said->speaker_id == "francois-hollande");
}

TEST_CASE("a name under an unknown title and behind a courtesy title is one person", "[attribution]") {
  const auto run = run_attribution({
      text_document("a", "Headline one\n\nSpokesman Constable Tim Fanning said the road was shut. "
                         "\"It will stay shut tonight,\" Mr Fanning said.\n"),
      text_document("b", "Headline two\n\nTim Fanning said the road had reopened. "
                         "\"Drivers should take care,\" Fanning added.\n")});
  const Entity* fanning = entity_named(run.entities, "Tim Fanning");
  REQUIRE(fanning != nullptr);
  CHECK(fanning->type == EntityType::kPerson);
  const Claim* quote = testing::find_claim(run.claims, ClaimKind::kQuote, "It will stay shut tonight");
  REQUIRE(quote != nullptr);
  CHECK(quote->speaker_id == "tim-fanning");
  const Claim* added = testing::find_claim(run.claims, ClaimKind::kQuote, "Drivers should take care");
  REQUIRE(added != nullptr);
  CHECK(added->speaker_id == "tim-fanning");
}

TEST_CASE("a name with and without its generational suffix is one person", "[attribution]") {
  const auto run = run_attribution({
      text_document("a", "Headline one\n\nAnthony LaCalamita III, 38, was arrested at his home. "
                         "\"He was a quiet man,\" LaCalamita's neighbour said.\n"),
      text_document("b", "Headline two\n\nPolice said they had located Anthony LaCalamita, 38, of Troy.\n")});
  std::set<std::string> ids;
  for (const Entity& entity : run.entities) {
    // "LaCalamita's neighbour" is another person.
    if (entity.name.find("LaCalamita") != std::string::npos && entity.name.find("'s ") == std::string::npos) {
      ids.insert(entity.id);
    }
  }
  CHECK(ids.size() == 1);
}

TEST_CASE("entity ids do not depend on document order", "[attribution]") {
  const Document a = text_document("a", "Headline\n\nMayor Anna Kovacs spoke. Kovacs said the bridge was safe.\n");
  const Document b = text_document("b", "Headline\n\nAnna Kovacs, the mayor, said the bridge would reopen.\n");
  const auto forward = run_attribution({a, b});
  const auto backward = run_attribution({b, a});
  REQUIRE(forward.entities.size() == backward.entities.size());
  for (std::size_t i = 0; i < forward.entities.size(); ++i) {
    CHECK(forward.entities[i].id == backward.entities[i].id);
  }
}

TEST_CASE("British and American spellings are one word", "[attribution]") {
  const SpellingVariants spelling = SpellingVariants::from_rules(*testing::attribution_environment().rules);
  CHECK(spelling.same_word("civilisations", "civilizations"));
  CHECK(spelling.same_word("Sombre", "somber"));
  CHECK(spelling.same_word("neighbour", "neighbor"));
  CHECK(spelling.same_word("organised", "organized"));
  CHECK_FALSE(spelling.same_word("organ", "organize"));
  CHECK(spelling.normalize("a packed, sombre chamber") == "a packed, somber chamber");
}
