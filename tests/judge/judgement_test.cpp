#include "judge/judgement.h"

#include <algorithm>

#include <catch2/catch.hpp>

#include "../align/synthetic_cluster.h"
#include "align/alignment.h"
#include "judge/attribute_judge.h"

using namespace factdiff;
using factdiff::testing::SyntheticCluster;

namespace {

CompareLexicons test_lexicons() {
  CompareLexicons lexicons;
  lexicons.predicate_group = {{"kill", "kill"}, {"die", "kill"}, {"injure", "injure"}, {"hurt", "injure"}};
  lexicons.casualty_groups = {"kill", "injure"};
  lexicons.spelling = {{"civilisations", "civilizations"}};
  lexicons.number_words = {"one", "two", "three", "four", "five", "six", "129", "dozen"};
  return lexicons;
}

struct Judged {
  std::vector<Fact> facts;
  std::vector<Finding> findings;
};

Judged judge(const SyntheticCluster& cluster, const CompareLexicons& lexicons = test_lexicons()) {
  Judged judged;
  judged.facts = align_claims(cluster.extraction, cluster.analyses, lexicons);
  judged.findings = judge_facts(judged.facts, cluster.extraction, cluster.analyses, lexicons);
  return judged;
}

// The test lexicons with offices and title ranks.
CompareLexicons lexicons_with_offices(std::unordered_set<std::string> offices,
                                      std::unordered_set<std::string> ranks = {}) {
  CompareLexicons lexicons = test_lexicons();
  lexicons.offices = std::move(offices);
  lexicons.title_ranks = std::move(ranks);
  return lexicons;
}

const Fact& fact_of(const Judged& judged, std::size_t claim) {
  for (const Fact& fact : judged.facts) {
    if (std::count(fact.mentions.begin(), fact.mentions.end(), claim)) return fact;
  }
  throw std::runtime_error("claim in no fact");
}

std::vector<const Finding*> findings_of(const Judged& judged, const Fact& fact, FindingType type) {
  std::vector<const Finding*> found;
  for (const Finding& finding : judged.findings) {
    if (finding.fact == fact.id && finding.type == type) found.push_back(&finding);
  }
  return found;
}

bool has_mention(const Finding& finding, std::size_t claim) {
  return std::count(finding.mentions.begin(), finding.mentions.end(), claim) > 0;
}

SyntheticCluster two_reports(const std::string& a_text, const std::string& b_text) {
  SyntheticCluster cluster;
  cluster.add_document("a", a_text);
  cluster.add_document("b", b_text);
  return cluster;
}

}  // namespace

TEST_CASE("figures are compared as intervals with their qualifiers", "[judge]") {
  const struct {
    Interval a, b;
    FactStatus status;
  } cases[] = {
      {Interval::exactly(129), Interval::exactly(132), FactStatus::kConflict},
      {Interval{20, 23}, Interval::exactly(22), FactStatus::kVariant},           // nearly two dozen / 22
      {Interval{4, std::nullopt}, Interval::exactly(3), FactStatus::kConflict},  // at least four / three
      {Interval{4, std::nullopt}, Interval::exactly(5), FactStatus::kVariant},
      {Interval::exactly(5), Interval::exactly(5), FactStatus::kAgree},          // Five dead / 5 Dead
  };
  for (const auto& test : cases) {
    SyntheticCluster cluster = two_reports("The shootings killed N people in Paris.\n",
                                           "The shootings killed N people across Paris.\n");
    cluster.count("a", "killed N people", test.a.low, test.a.high, "people", "kill");
    cluster.count("b", "killed N people", test.b.low, test.b.high, "people", "kill");
    cluster.finish();
    const Judged judged = judge(cluster);
    REQUIRE(judged.facts.size() == 1);
    CHECK(judged.facts[0].status == test.status);
    if (test.status == FactStatus::kConflict) {
      REQUIRE(judged.findings.size() == 1);
      CHECK(judged.findings[0].severity == Severity::kHigh);
      CHECK(judged.findings[0].mentions.size() == 2);
    }
  }
}

TEST_CASE("a count of part of a group bounds the group's figure from below", "[judge]") {
  const struct {
    double part, whole;
    FactStatus status;
  } cases[] = {
      {1, 5, FactStatus::kVariant},   // one of the people killed / five people killed
      {5, 5, FactStatus::kAgree},
      {6, 5, FactStatus::kConflict},  // six of the people killed / five killed
  };
  for (const auto& test : cases) {
    SyntheticCluster cluster = two_reports("N of the people killed were tourists.\n",
                                           "The shooting killed N people.\n");
    Claim& part = cluster.count("a", "N of the people killed", test.part, test.part, "people", "kill");
    part.parts.push_back({"whole", part.span});
    cluster.count("b", "killed N people", test.whole, test.whole, "people", "kill");
    cluster.finish();
    const Judged judged = judge(cluster);
    REQUIRE(judged.facts.size() == 1);
    CHECK(judged.facts[0].status == test.status);
  }
}

TEST_CASE("a conflict message names each side with its words", "[judge]") {
  SyntheticCluster cluster = two_reports("The bombings killed 129 people.\n", "The bombings killed 132 people.\n");
  cluster.count("a", "killed 129 people", 129, 129, "people", "kill");
  cluster.count("b", "killed 132 people", 132, 132, "people", "kill");
  cluster.finish();
  const Judged judged = judge(cluster);
  REQUIRE(judged.findings.size() == 1);
  const Finding& finding = judged.findings[0];
  CHECK(finding.type == FindingType::kConflict);
  CHECK(finding.message == "people killed: a says 129 (\"killed 129 people\"); b says 132 (\"killed 132 people\").");
  CHECK(finding.id == "conflict-" + finding.id.substr(9));
  CHECK(finding.fact == judged.facts[0].id);
}

TEST_CASE("durations compare after conversion", "[judge]") {
  SyntheticCluster cluster = two_reports("Schools reopened after a 48-hour shutdown.\n",
                                         "Schools reopened after a shutdown of two days.\n");
  cluster.numeric("a", "48-hour", ClaimKind::kDuration, 172800, 172800, "hour");
  cluster.numeric("b", "two days", ClaimKind::kDuration, 172800, 172800, "day");
  cluster.finish();
  const Judged judged = judge(cluster);
  REQUIRE(judged.facts.size() == 1);
  CHECK(judged.facts[0].status == FactStatus::kAgree);
  CHECK(judged.findings.empty());
}

TEST_CASE("a figure that changes with publication date carries a timeline", "[judge]") {
  SyntheticCluster cluster;
  cluster.add_document("01", "The gunman killed 49 people at the club.\n", "2016-06-12");
  cluster.add_document("02", "The gunman killed 50 people at the nightclub.\n", "2016-06-13");
  cluster.count("01", "killed 49 people", 49, 49, "people", "kill");
  cluster.count("02", "killed 50 people", 50, 50, "people", "kill");
  cluster.finish();
  const Judged judged = judge(cluster);
  REQUIRE(judged.findings.size() == 1);
  const Finding& finding = judged.findings[0];
  CHECK(finding.type == FindingType::kConflict);
  REQUIRE(finding.timeline.size() == 2);
  CHECK(finding.timeline[0].value == "49");
  CHECK(finding.timeline[1].published == "2016-06-13");
  CHECK(finding.message.find("the later report 02 (2016-06-13) updates the figure to 50") != std::string::npos);
}

TEST_CASE("attributes conflict per entity; a title and its fuller form agree", "[judge]") {
  SyntheticCluster cluster = two_reports("Prime Minister Manuel Valls told RTL. French President Francois Hollande spoke. "
                                         "Salah Abdeslam, a Frenchman.\n",
                                         "Interior Minister Manuel Valls told RTL. The president Hollande spoke. "
                                         "Salah Abdeslam, a Belgian.\n");
  cluster.attribute("a", "Prime Minister", "manuel-valls", "title", "Prime Minister");
  cluster.attribute("b", "Interior Minister", "manuel-valls", "title", "Interior Minister");
  cluster.attribute("a", "French President", "francois-hollande", "title", "French President");
  cluster.attribute("b", "president", "francois-hollande", "title", "president");
  cluster.attribute("a", "Frenchman", "salah-abdeslam", "nationality", "Frenchman");
  cluster.attribute("b", "Belgian", "salah-abdeslam", "nationality", "Belgian");
  cluster.finish();
  const Judged judged = judge(cluster);
  CHECK(fact_of(judged, cluster.index_of("a", "Prime Minister")).status == FactStatus::kConflict);
  CHECK(fact_of(judged, cluster.index_of("a", "French President")).status == FactStatus::kVariant);
  const Fact& nationality = fact_of(judged, cluster.index_of("a", "Frenchman"));
  CHECK(nationality.status == FactStatus::kConflict);
  REQUIRE(findings_of(judged, nationality, FindingType::kConflict).size() == 1);
  CHECK(findings_of(judged, nationality, FindingType::kConflict)[0]->severity == Severity::kHigh);
  CHECK(attribute_values_agree("French", "Frenchman"));
  CHECK_FALSE(attribute_values_agree("French", "Belgian"));
  // A rank makes another office; a place or organisation only a fuller form.
  CHECK_FALSE(attribute_values_agree("vice president", "president", {"vice", "deputy"}));
  CHECK(attribute_values_agree("police chief", "chief", {"vice", "deputy"}));
  CHECK(attribute_values_agree("deputy mayor", "deputy mayor", {"vice", "deputy"}));
}

TEST_CASE("the same words given to another speaker are a conflict", "[judge]") {
  SyntheticCluster cluster = two_reports("\"We are going to live with this threat for a long time,\" Valls said.\n",
                                         "\"We are going to live with this threat for a long time,\" Cazeneuve said.\n");
  cluster.quote("a", "We are going to live with this threat for a long time", "manuel-valls", "Manuel Valls");
  cluster.quote("b", "We are going to live with this threat for a long time", "bernard-cazeneuve", "Bernard Cazeneuve");
  cluster.finish();
  const Judged judged = judge(cluster);
  REQUIRE(judged.findings.size() == 1);
  CHECK(judged.findings[0].type == FindingType::kConflict);
  CHECK(judged.findings[0].severity == Severity::kHigh);
  CHECK(judged.findings[0].message.find("Cazeneuve") != std::string::npos);
}

TEST_CASE("a surname, a title or an organisation speaking is no other speaker", "[judge]") {
  const std::string words = "We are going to live with this threat for a long time";
  SECTION("a surname and the full name that ends with it may be one person") {
    SyntheticCluster cluster = two_reports("\"" + words + ",\" Bailey said.\n",
                                           "\"" + words + ",\" Sheriff Paul Bailey said.\n");
    cluster.quote("a", words, "bailey", "Bailey");
    cluster.quote("b", words, "sheriff-paul-bailey", "Sheriff Paul Bailey");
    cluster.finish();
    CHECK(judge(cluster).findings.empty());
  }
  SECTION("an organisation may speak through the person another report names") {
    SyntheticCluster cluster = two_reports("\"" + words + ",\" Surrey Police said.\n",
                                           "\"" + words + ",\" Ann Lee said.\n");
    cluster.quote("a", words, "surrey-police", "Surrey Police");
    cluster.quote("b", words, "ann-lee", "Ann Lee");
    cluster.finish();
    Entity police;
    police.id = "surrey-police";
    police.name = "Surrey Police";
    police.type = EntityType::kOrganization;
    cluster.extraction.entities.push_back(police);
    CHECK(judge(cluster).findings.empty());
  }
  SECTION("two people with one surname are two speakers") {
    SyntheticCluster cluster = two_reports("\"" + words + ",\" Paul Bailey said.\n",
                                           "\"" + words + ",\" David Bailey said.\n");
    cluster.quote("a", words, "paul-bailey", "Paul Bailey");
    cluster.quote("b", words, "david-bailey", "David Bailey");
    cluster.finish();
    const Judged judged = judge(cluster);
    REQUIRE(judged.findings.size() == 1);
    CHECK(judged.findings[0].type == FindingType::kConflict);
  }
}

TEST_CASE("quote wording: severity follows meaning", "[judge]") {
  const struct {
    std::string other;
    Severity severity;
  } cases[] = {
      {"We must combine our forces to reach a result that is already too late in coming", Severity::kLow},
      {"We must not combine our forces to achieve a result that is already too late in coming", Severity::kHigh},
      {"We must combine our five forces to achieve a result that is already too late in coming", Severity::kHigh},
      {"We must combine our forces with Obama to achieve a result that is already too late in coming", Severity::kHigh},
  };
  for (const auto& test : cases) {
    CAPTURE(test.other);
    const std::string original = "We must combine our forces to achieve a result that is already too late in coming";
    SyntheticCluster cluster = two_reports("\"" + original + ",\" Hollande said.\n", "\"" + test.other + ",\" Hollande said.\n");
    cluster.quote("a", original, "francois-hollande", "Hollande");
    cluster.quote("b", test.other, "francois-hollande", "Hollande");
    cluster.finish();
    const Judged judged = judge(cluster);
    REQUIRE(judged.facts.size() == 1);
    CHECK(judged.facts[0].status == FactStatus::kWording);
    const auto wording = findings_of(judged, judged.facts[0], FindingType::kWording);
    REQUIRE(wording.size() == 1);
    CHECK(wording[0]->severity == test.severity);
    CHECK_FALSE(wording[0]->diff.empty());
  }
}

TEST_CASE("a joined quote: a variant between two reports, low wording for the third", "[judge]") {
  SyntheticCluster cluster;
  cluster.add_document("000", "\"France is at war,\" Hollande told parliament.\n"
                              "\"We're not engaged in a war of civilizations, because these assassins do not "
                              "represent any. We are in a war against jihadist terrorism, which is threatening "
                              "the whole world,\" he said.\n");
  cluster.add_document("002", "\"France is at war. But we're not engaged in a war of civilisations, because these "
                              "assassins do not represent any. We are in a war against jihadist terrorism which is "
                              "threatening the whole world.\"\n");
  cluster.add_document("003", "\"France is at war,\" Hollande told a joint session.\n"
                              "\"We're not engaged in a war of civilizations, because these assassins do not "
                              "represent any. We are in a war against jihadist terrorism which is threatening the "
                              "whole world,\" he told a packed chamber.\n");
  const std::string joined = "France is at war. But we're not engaged in a war of civilisations, because these "
                             "assassins do not represent any. We are in a war against jihadist terrorism which is "
                             "threatening the whole world.";
  const std::string with_comma = "We're not engaged in a war of civilizations, because these assassins do not represent "
                                 "any. We are in a war against jihadist terrorism, which is threatening the whole world";
  const std::string without_comma = "We're not engaged in a war of civilizations, because these assassins do not "
                                    "represent any. We are in a war against jihadist terrorism which is threatening the "
                                    "whole world";
  cluster.quote("000", "France is at war", "francois-hollande", "Hollande");
  cluster.quote("000", with_comma, "francois-hollande", "Hollande");
  cluster.quote("002", joined, "francois-hollande", "Hollande");
  cluster.quote("003", "France is at war", "francois-hollande", "Hollande");
  cluster.quote("003", without_comma, "francois-hollande", "Hollande");
  cluster.finish();
  const Judged judged = judge(cluster);
  const Fact& civilizations = fact_of(judged, cluster.index_of("000", with_comma));
  CHECK(civilizations.mentions.size() == 3);
  CHECK(civilizations.status == FactStatus::kWording);
  const auto variants = findings_of(judged, civilizations, FindingType::kVariant);
  REQUIRE(variants.size() == 1);
  CHECK(has_mention(*variants[0], cluster.index_of("000", with_comma)));
  CHECK(has_mention(*variants[0], cluster.index_of("003", without_comma)));
  const auto wording = findings_of(judged, civilizations, FindingType::kWording);
  REQUIRE(wording.size() == 1);
  CHECK(wording[0]->severity == Severity::kLow);
  CHECK(wording[0]->diff.find("{+But+}") != std::string::npos);
  CHECK(wording[0]->message.find("002 adds \"But\", compared with 000 and 003") != std::string::npos);
  const Fact& at_war = fact_of(judged, cluster.index_of("000", "France is at war"));
  CHECK(at_war.mentions.size() == 3);
  CHECK((at_war.status == FactStatus::kAgree || at_war.status == FactStatus::kVariant));
}

TEST_CASE("a fact two reports carry is an omission in the third; a single fact is not", "[judge]") {
  SyntheticCluster cluster;
  cluster.add_document("000", "The shootings killed 129 people.\nPolice carried out 168 raids overnight.\n");
  cluster.add_document("002", "Hollande spoke to parliament.\n");
  cluster.add_document("003", "The attacks killed 129 people.\n");
  cluster.count("000", "killed 129 people", 129, 129, "people", "kill");
  cluster.count("000", "168 raids", 168, 168, "raid", "raid");
  cluster.count("003", "killed 129 people", 129, 129, "people", "kill");
  cluster.finish();
  const Judged judged = judge(cluster);
  const Fact& killed = fact_of(judged, cluster.index_of("000", "killed 129 people"));
  CHECK(killed.status == FactStatus::kAgree);
  const auto omissions = findings_of(judged, killed, FindingType::kOmission);
  REQUIRE(omissions.size() == 1);
  CHECK(omissions[0]->missing_from == std::vector<std::string>{"002"});
  CHECK(omissions[0]->severity == Severity::kHigh);
  CHECK(omissions[0]->message.find("people killed is missing from 002") == 0);
  const Fact& raids = fact_of(judged, cluster.index_of("000", "168 raids"));
  CHECK(raids.status == FactStatus::kSingle);
  CHECK(findings_of(judged, raids, FindingType::kOmission).empty());
  CHECK(killed.importance > raids.importance);
  CHECK(judged.findings.size() == 1);
}

TEST_CASE("finding ids are stable across runs and argument orders", "[judge]") {
  SyntheticCluster cluster = two_reports("The bombings killed 129 people.\n", "The bombings killed 132 people.\n");
  cluster.count("a", "killed 129 people", 129, 129, "people", "kill");
  cluster.count("b", "killed 132 people", 132, 132, "people", "kill");
  cluster.finish();
  const Judged first = judge(cluster);
  SyntheticCluster reversed = cluster;
  std::reverse(reversed.extraction.claims.begin(), reversed.extraction.claims.end());
  std::reverse(reversed.analyses.begin(), reversed.analyses.end());
  const Judged second = judge(reversed);
  REQUIRE(first.findings.size() == 1);
  REQUIRE(second.findings.size() == 1);
  CHECK(first.findings[0].id == second.findings[0].id);
  CHECK(first.facts[0].id == second.facts[0].id);
}

TEST_CASE("two offices of one person are one fact and conflict; other roles stay apart", "[judge]") {
  SyntheticCluster cluster = two_reports("President Ana Ruiz spoke. Ana Ruiz, a keen sailor, left.\n",
                                         "Mayor Ana Ruiz spoke. Ana Ruiz, a former teacher, left.\n");
  cluster.attribute("a", "President", "ana-ruiz", "role", "president");
  cluster.attribute("b", "Mayor", "ana-ruiz", "role", "mayor");
  cluster.attribute("a", "a keen sailor", "ana-ruiz", "role", "keen sailor");
  cluster.attribute("b", "a former teacher", "ana-ruiz", "role", "former teacher");
  cluster.finish();
  const Judged judged = judge(cluster, lexicons_with_offices({"president", "mayor"}));
  const Fact& office = fact_of(judged, cluster.index_of("a", "President"));
  CHECK(office.mentions.size() == 2);
  CHECK(office.status == FactStatus::kConflict);
  CHECK(fact_of(judged, cluster.index_of("a", "a keen sailor")).status == FactStatus::kSingle);
  CHECK(fact_of(judged, cluster.index_of("b", "a former teacher")).status == FactStatus::kSingle);
}

TEST_CASE("a report that gives a second office beside the shared one is in conflict", "[judge]") {
  SyntheticCluster cluster;
  cluster.add_document("a", "Mayor Ana Ruiz spoke. Later President Ana Ruiz left.\n");
  cluster.add_document("b", "President Ana Ruiz spoke.\n");
  cluster.add_document("c", "President Ana Ruiz left.\n");
  cluster.attribute("a", "Mayor", "ana-ruiz", "role", "mayor");
  cluster.attribute("a", "President", "ana-ruiz", "role", "president");
  cluster.attribute("b", "President", "ana-ruiz", "role", "president");
  cluster.attribute("c", "President", "ana-ruiz", "role", "president");
  cluster.finish();
  const std::vector<Finding> findings = judge(cluster, lexicons_with_offices({"president", "mayor"})).findings;
  // Whichever of report a's two offices alignment puts beside b and c, "Mayor" is reported once,
  // in conflict.
  const std::size_t mayor = cluster.index_of("a", "Mayor");
  const auto conflicts = std::count_if(findings.begin(), findings.end(), [&](const Finding& finding) {
    return finding.type == FindingType::kConflict && has_mention(finding, mayor) &&
           finding.severity == Severity::kHigh;
  });
  CHECK(conflicts == 1);
}

TEST_CASE("a shortened title beside the shared one is no conflict", "[judge]") {
  SyntheticCluster cluster;
  cluster.add_document("a", "Interim Police Chief Ana Ruiz spoke. Chief of police Ana Ruiz left.\n");
  cluster.add_document("b", "Interim Police Chief Ana Ruiz spoke.\n");
  cluster.attribute("a", "Interim Police Chief", "ana-ruiz", "role", "interim police chief");
  cluster.attribute("a", "Chief of police", "ana-ruiz", "role", "police chief");
  cluster.attribute("b", "Interim Police Chief", "ana-ruiz", "role", "interim police chief");
  cluster.finish();
  const std::vector<Finding> findings = judge(cluster, lexicons_with_offices({"police chief"}, {"interim"})).findings;
  const std::size_t shortened = cluster.index_of("a", "Chief of police");
  for (const Finding& finding : findings) {
    CHECK_FALSE((finding.type == FindingType::kConflict && has_mention(finding, shortened)));
  }
}

TEST_CASE("titles of one family can name one person; an office or another family conflicts", "[judge]") {
  CompareLexicons lexicons;
  lexicons.offices = {"mayor", "president"};
  lexicons.title_family = {{"officer", "police"}, {"sergeant", "police"}, {"detective", "police"},
                           {"doctor", "medicine"}};
  lexicons.title_ranks = {"deputy", "vice"};
  CHECK(lexicons.title_of("French president") == "president");
  CHECK(lexicons.family_of("police officer") == "police");  // the title stands last
  CHECK(lexicons.family_of("bus driver") == "");
  CHECK(lexicons.family_of("detective") == "police");
  CHECK(roles_agree("sergeant", "deputy sergeant", lexicons));  // one family despite the rank
  CHECK(roles_agree("officer", "detective", lexicons));
  CHECK_FALSE(roles_agree("detective", "mayor", lexicons));
  CHECK_FALSE(roles_agree("doctor", "sergeant", lexicons));
  CHECK_FALSE(roles_agree("vice president", "president", lexicons));  // offices keep their ranks
  CHECK(roles_agree("president", "French president", lexicons));
}

TEST_CASE("a headline toll its own body and the other reports give otherwise is a conflict", "[judge]") {
  SyntheticCluster cluster = two_reports(
      "6 wounded in drive-by shooting\nHouston police say five people have been wounded in a drive-by shooting.\n",
      "Houston police say five people were wounded in a drive-by shooting on Sunday.\n");
  cluster.count("a", "6 wounded", 6, 6, "people", "injure");
  cluster.count("a", "five people", 5, 5, "people", "injure");
  cluster.count("b", "five people", 5, 5, "people", "injure");
  cluster.finish();
  const Judged judged = judge(cluster);
  const std::size_t headline = cluster.index_of("a", "6 wounded");
  const Fact& lone = fact_of(judged, headline);
  REQUIRE(lone.mentions.size() == 1);
  const auto conflicts = findings_of(judged, lone, FindingType::kConflict);
  REQUIRE(conflicts.size() == 1);
  CHECK(has_mention(*conflicts[0], headline));
  CHECK(has_mention(*conflicts[0], cluster.index_of("b", "five people")));
  CHECK(conflicts[0]->message.find("the headline of a says 6") != std::string::npos);
  CHECK(lone.status == FactStatus::kConflict);
}

TEST_CASE("a headline toll some report gives, or one its body does not carry, is no conflict", "[judge]") {
  SyntheticCluster summed = two_reports(
      "Gunman kills 3 at a party\nThe gunman killed two people at a fire pit, police said.\n",
      "Three people were killed at a house party.\nThe gunman killed two people at a fire pit, police said.\n");
  summed.count("a", "kills 3", 3, 3, "people", "kill");
  summed.count("a", "two people", 2, 2, "people", "kill");
  summed.count("b", "Three people", 3, 3, "people", "kill");
  summed.count("b", "two people", 2, 2, "people", "kill");
  summed.finish();
  SyntheticCluster unrelated = two_reports("4 hurt in crash on the highway\nThe driver fled on foot.\n",
                                           "Police say two people were hurt in a crash.\n");
  unrelated.count("a", "4 hurt", 4, 4, "people", "injure");
  unrelated.count("b", "two people", 2, 2, "people", "injure");
  unrelated.finish();
  for (const SyntheticCluster* cluster : {&summed, &unrelated}) {
    const Judged judged = judge(*cluster);
    for (const Finding& finding : judged.findings) {
      CAPTURE(finding.message);
      CHECK(finding.message.find("headline") == std::string::npos);
    }
  }
}
