#include "align/alignment.h"

#include <algorithm>
#include <random>
#include <set>

#include <catch2/catch.hpp>

#include "synthetic_cluster.h"

using namespace factdiff;
using factdiff::testing::SyntheticCluster;

namespace {

CompareLexicons test_lexicons() {
  CompareLexicons lexicons;
  lexicons.predicate_group = {{"kill", "kill"}, {"die", "kill"}, {"dead", "kill"},
                              {"injure", "injure"}, {"hurt", "injure"}, {"wound", "injure"}};
  lexicons.casualty_groups = {"kill", "injure", "arrest"};
  lexicons.spelling = {{"civilisations", "civilizations"}, {"sombre", "somber"}};
  lexicons.number_words = {"one", "two", "three", "four", "five", "six", "seven", "dozen"};
  return lexicons;
}

// The fact holding a claim, or null.
const Fact* fact_of(const std::vector<Fact>& facts, std::size_t claim) {
  for (const Fact& fact : facts) {
    if (std::find(fact.mentions.begin(), fact.mentions.end(), claim) != fact.mentions.end()) return &fact;
  }
  return nullptr;
}

// Facts as sets of claim ids, to compare runs whose claim order differs.
std::set<std::pair<std::string, std::set<std::string>>> fact_shapes(const std::vector<Fact>& facts,
                                                                    const Extraction& extraction) {
  std::set<std::pair<std::string, std::set<std::string>>> shapes;
  for (const Fact& fact : facts) {
    std::set<std::string> ids;
    for (std::size_t mention : fact.mentions) ids.insert(extraction.claims[mention].id());
    shapes.insert({fact.id, ids});
  }
  return shapes;
}

SyntheticCluster attack_cluster() {
  SyntheticCluster cluster;
  cluster.add_document("a", "The suicide bombings and shootings killed 129 people in Paris.\n"
                            "Police arrested 23 people in 168 raids overnight.\n"
                            "Four of the dead attackers were Frenchmen, prosecutors said.\n"
                            "Police suspect at least four people helped organize the mayhem.\n");
  cluster.add_document("b", "Police suspect at least four people helped organize the attacks.\n"
                            "The shootings and bombings killed 132 people across Paris.\n"
                            "Prosecutors said four of the dead attackers were Frenchmen.\n"
                            "About 350 people were injured.\n");
  cluster.add_document("c", "The attacks across Paris killed 129 people on Friday.\n"
                            "More than 350 were hurt in the shootings.\n");
  cluster.count("a", "killed 129 people", 129, 129, "people", "kill");
  cluster.count("a", "arrested 23 people", 23, 23, "people", "arrest");
  cluster.count("a", "168 raids", 168, 168, "raid");
  cluster.count("a", "Four of the dead attackers", 4, 4, "people");
  cluster.count("a", "at least four people", 4, std::nullopt, "people", "help", "at least");
  cluster.count("b", "at least four people", 4, std::nullopt, "people", "help", "at least");
  cluster.count("b", "killed 132 people", 132, 132, "people", "kill");
  cluster.count("b", "four of the dead attackers", 4, 4, "people");
  cluster.count("b", "About 350 people were injured", 315, 385, "people", "injure", "about");
  cluster.count("c", "killed 129 people", 129, 129, "people", "kill");
  cluster.count("c", "More than 350 were hurt", 351, std::nullopt, "people", "hurt", "more than");
  cluster.finish();
  return cluster;
}

}  // namespace

TEST_CASE("claims about the same thing align whatever their values", "[align]") {
  const SyntheticCluster cluster = attack_cluster();
  const std::vector<Fact> facts = align_claims(cluster.extraction, cluster.analyses, test_lexicons());
  const Fact* killed = fact_of(facts, cluster.index_of("a", "killed 129 people"));
  REQUIRE(killed != nullptr);
  CHECK(killed->mentions.size() == 3);
  CHECK(killed == fact_of(facts, cluster.index_of("b", "killed 132 people")));
  CHECK(killed == fact_of(facts, cluster.index_of("c", "killed 129 people")));
  CHECK(killed->label == "people killed");
  // Injured and hurt are one predicate group; killed and injured never align.
  const Fact* injured = fact_of(facts, cluster.index_of("b", "About 350 people were injured"));
  REQUIRE(injured != nullptr);
  CHECK(injured == fact_of(facts, cluster.index_of("c", "More than 350 were hurt")));
  CHECK(injured != killed);
  // Arrests and raids only in one document: single facts.
  CHECK(fact_of(facts, cluster.index_of("a", "168 raids"))->mentions.size() == 1);
}

TEST_CASE("two facts with one unit in a document are kept apart by context", "[align]") {
  const SyntheticCluster cluster = attack_cluster();
  const std::vector<Fact> facts = align_claims(cluster.extraction, cluster.analyses, test_lexicons());
  const Fact* frenchmen = fact_of(facts, cluster.index_of("a", "Four of the dead attackers"));
  const Fact* helpers = fact_of(facts, cluster.index_of("a", "at least four people"));
  REQUIRE(frenchmen != nullptr);
  REQUIRE(helpers != nullptr);
  CHECK(frenchmen != helpers);
  CHECK(frenchmen == fact_of(facts, cluster.index_of("b", "four of the dead attackers")));
  CHECK(helpers == fact_of(facts, cluster.index_of("b", "at least four people")));
}

TEST_CASE("a fact holds at most one mention per document", "[align]") {
  const SyntheticCluster cluster = attack_cluster();
  const std::vector<Fact> facts = align_claims(cluster.extraction, cluster.analyses, test_lexicons());
  std::size_t mentions = 0;
  for (const Fact& fact : facts) {
    std::set<std::string> docs;
    for (std::size_t mention : fact.mentions) {
      CHECK(docs.insert(cluster.extraction.claims[mention].doc).second);
    }
    mentions += fact.mentions.size();
    CHECK(fact.id.rfind("fact-", 0) == 0);
  }
  CHECK(mentions == cluster.extraction.claims.size());  // nothing lost, nothing repeated
  std::set<std::string> ids;
  for (const Fact& fact : facts) CHECK(ids.insert(fact.id).second);
}

TEST_CASE("alignment does not depend on the order of documents or claims", "[align]") {
  const SyntheticCluster cluster = attack_cluster();
  const auto expected = fact_shapes(align_claims(cluster.extraction, cluster.analyses, test_lexicons()),
                                    cluster.extraction);
  std::mt19937 random(7);
  for (int trial = 0; trial < 5; ++trial) {
    Extraction shuffled = cluster.extraction;
    std::shuffle(shuffled.claims.begin(), shuffled.claims.end(), random);
    std::vector<AnalyzedDocument> analyses = cluster.analyses;
    std::shuffle(analyses.begin(), analyses.end(), random);
    CHECK(fact_shapes(align_claims(shuffled, analyses, test_lexicons()), shuffled) == expected);
  }
}

TEST_CASE("a quote that joins two quotes of another report aligns with both", "[align]") {
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
  cluster.quote("000", "France is at war", "francois-hollande", "Hollande");
  cluster.quote("000", "We're not engaged in a war of civilizations, because these assassins do not represent any. "
                       "We are in a war against jihadist terrorism, which is threatening the whole world",
                "francois-hollande", "Hollande");
  cluster.quote("002", "France is at war. But we're not engaged in a war of civilisations, because these assassins "
                       "do not represent any. We are in a war against jihadist terrorism which is threatening the "
                       "whole world.", "francois-hollande", "Hollande");
  cluster.quote("003", "France is at war", "francois-hollande", "Hollande");
  cluster.quote("003", "We're not engaged in a war of civilizations, because these assassins do not represent any. "
                       "We are in a war against jihadist terrorism which is threatening the whole world",
                "francois-hollande", "Hollande");
  cluster.finish();
  const std::vector<Fact> facts = align_claims(cluster.extraction, cluster.analyses, test_lexicons());
  const Fact* at_war = fact_of(facts, cluster.index_of("000", "France is at war"));
  const Fact* civilizations = fact_of(facts, cluster.index_of("003", cluster.extraction.claims[4].quote));
  REQUIRE(at_war != nullptr);
  REQUIRE(civilizations != nullptr);
  CHECK(at_war != civilizations);
  CHECK(at_war->mentions.size() == 3);
  CHECK(civilizations->mentions.size() == 3);
  const std::size_t joined = 2;  // 002's only claim
  CHECK(std::count(at_war->mentions.begin(), at_war->mentions.end(), joined) == 1);
  CHECK(std::count(civilizations->mentions.begin(), civilizations->mentions.end(), joined) == 1);
  CHECK(at_war->label == "Hollande: \"France is at war\"");
}

TEST_CASE("the same words given to another speaker still align", "[align]") {
  SyntheticCluster cluster;
  cluster.add_document("a", "\"We are going to live with this terrorist threat for a long time,\" Valls said.\n");
  cluster.add_document("b", "\"We are going to live with this terrorist threat for a long time,\" Cazeneuve said.\n");
  cluster.quote("a", "We are going to live with this terrorist threat for a long time", "manuel-valls", "Valls");
  cluster.quote("b", "We are going to live with this terrorist threat for a long time", "bernard-cazeneuve", "Cazeneuve");
  cluster.finish();
  const std::vector<Fact> facts = align_claims(cluster.extraction, cluster.analyses, test_lexicons());
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].mentions.size() == 2);
}

TEST_CASE("ages align by person, attributes by person and attribute", "[align]") {
  SyntheticCluster cluster;
  cluster.add_document("a", "Abaaoud was a 27-year-old Belgian.\nSalah Abdeslam, a 26-year-old Frenchman, is on the run.\n");
  cluster.add_document("b", "Salah Abdeslam, a 27-year-old Belgian, is wanted.\nAbaaoud, 28, is in Syria.\n");
  cluster.numeric("a", "27-year-old", ClaimKind::kAge, 27, 27, "year").subject_id = "abdelhamid-abaaoud";
  cluster.numeric("a", "26-year-old", ClaimKind::kAge, 26, 26, "year").subject_id = "salah-abdeslam";
  cluster.numeric("b", "27-year-old", ClaimKind::kAge, 27, 27, "year").subject_id = "salah-abdeslam";
  cluster.numeric("b", "28", ClaimKind::kAge, 28, 28, "year").subject_id = "abdelhamid-abaaoud";
  cluster.attribute("a", "Frenchman", "salah-abdeslam", "nationality", "French");
  cluster.attribute("b", "Belgian", "salah-abdeslam", "nationality", "Belgian");
  cluster.attribute("a", "Belgian", "abdelhamid-abaaoud", "nationality", "Belgian");
  cluster.finish();
  const std::vector<Fact> facts = align_claims(cluster.extraction, cluster.analyses, test_lexicons());
  const Fact* abdeslam_age = fact_of(facts, cluster.index_of("a", "26-year-old"));
  REQUIRE(abdeslam_age != nullptr);
  CHECK(abdeslam_age == fact_of(facts, cluster.index_of("b", "27-year-old")));
  CHECK(fact_of(facts, cluster.index_of("a", "27-year-old")) == fact_of(facts, cluster.index_of("b", "28")));
  CHECK(fact_of(facts, cluster.index_of("a", "Frenchman")) == fact_of(facts, cluster.index_of("b", "Belgian")));
  CHECK(fact_of(facts, cluster.index_of("a", "Belgian"))->mentions.size() == 1);
  CHECK(abdeslam_age->label == "age of salah-abdeslam");
}

TEST_CASE("a joined quote aligns with both quotes also when its report comes first", "[align]") {
  SyntheticCluster cluster;
  cluster.add_document("a", "\"France is at war. But we're not engaged in a war of civilisations, because these "
                            "assassins do not represent any.\"\n");
  cluster.add_document("b", "\"France is at war,\" Hollande said.\n"
                            "\"We're not engaged in a war of civilizations, because these assassins do not "
                            "represent any,\" he said.\n");
  cluster.add_document("c", "\"France is at war,\" Hollande told a joint session.\n"
                            "\"We're not engaged in a war of civilizations, because these assassins do not "
                            "represent any,\" he told a packed chamber.\n");
  cluster.quote("a", "France is at war. But we're not engaged in a war of civilisations, because these assassins "
                     "do not represent any.", "francois-hollande", "Hollande");
  for (const char* doc : {"b", "c"}) {
    cluster.quote(doc, "France is at war", "francois-hollande", "Hollande");
    cluster.quote(doc, "We're not engaged in a war of civilizations, because these assassins do not represent any",
                  "francois-hollande", "Hollande");
  }
  cluster.finish();
  const std::vector<Fact> facts = align_claims(cluster.extraction, cluster.analyses, test_lexicons());
  REQUIRE(facts.size() == 2);
  for (const Fact& fact : facts) {
    CHECK(fact.mentions.size() == 3);
    CHECK(std::count(fact.mentions.begin(), fact.mentions.end(), std::size_t{0}) == 1);  // a's joined quote
  }
}

TEST_CASE("a short quote with a word changed aligns by its speaker and the sentence around it", "[align]") {
  SyntheticCluster cluster;
  cluster.add_document("a", "The fire chief called the blaze at the church \"definitely suspicious\" on Sunday.\n");
  cluster.add_document("b", "The fire chief called the blaze at the church \"definitely accidental\" on Sunday.\n");
  cluster.add_document("c", "The fire chief called the blaze at the church \"definitely accidental\" on Sunday.\n"
                            "A neighbour called the pastor \"definitely shaken\" later.\n");
  cluster.quote("a", "definitely suspicious", "fire-chief", "fire chief");
  cluster.quote("b", "definitely accidental", "fire-chief", "fire chief");
  cluster.quote("c", "definitely accidental", "mayor", "mayor");
  cluster.quote("c", "definitely shaken", "neighbour", "neighbour");
  cluster.finish();
  const std::vector<Fact> facts = align_claims(cluster.extraction, cluster.analyses, test_lexicons());
  const Fact* chief = fact_of(facts, cluster.index_of("a", "definitely suspicious"));
  REQUIRE(chief != nullptr);
  CHECK(chief == fact_of(facts, cluster.index_of("b", "definitely accidental")));
  // The same words under another speaker align by their words; a short quote of another speaker
  // in another sentence stays apart.
  CHECK(chief == fact_of(facts, cluster.index_of("c", "definitely accidental")));
  CHECK(chief != fact_of(facts, cluster.index_of("c", "definitely shaken")));
}

TEST_CASE("quotes that share only function words stay apart", "[align]") {
  SyntheticCluster cluster;
  cluster.add_document("a", "\"But it will be up to the chief,\" the sheriff said.\n");
  cluster.add_document("b", "\"We took the footage and it will be up to them to decide,\" Anderson said.\n");
  cluster.add_document("c", "\"It will be up to the chief,\" the sheriff told reporters.\n");
  cluster.quote("a", "But it will be up to the chief", "sheriff", "sheriff");
  cluster.quote("b", "We took the footage and it will be up to them to decide", "anderson", "Anderson");
  cluster.quote("c", "It will be up to the chief", "sheriff", "sheriff");
  CompareLexicons lexicons = test_lexicons();
  lexicons.function_words = {"but", "it", "will", "be", "up", "to", "the", "we", "and", "them"};
  cluster.finish();
  const std::vector<Fact> facts = align_claims(cluster.extraction, cluster.analyses, lexicons);
  const Fact* chief = fact_of(facts, cluster.index_of("a", "But it will be up to the chief"));
  REQUIRE(chief != nullptr);
  CHECK(chief == fact_of(facts, cluster.index_of("c", "It will be up to the chief")));
  CHECK(chief != fact_of(facts, cluster.index_of("b", "We took the footage and it will be up to them to decide")));
}

TEST_CASE("a bare figure aligns only where the words around it say the same", "[align]") {
  // The same two sentences: with a noun and a verb the figures are one fact; bare, the few words
  // the sentences share are not enough.
  for (const bool bare : {false, true}) {
    SyntheticCluster cluster;
    cluster.add_document("a", "Jurors deadlocked with nine in favor of death and three against.\n"
                              "Witnesses said two were hurt outside the bar late on Sunday.\n");
    cluster.add_document("b", "The jury deadlocked with nine in favor of death and three voting for life.\n"
                              "Two were hurt in a fight, the owner of a nearby store said.\n");
    cluster.count("a", "nine", 9, 9, "");
    cluster.count("b", "nine", 9, 9, "");
    cluster.count("a", "two", 2, 2, bare ? "" : "people", bare ? "" : "hurt");
    cluster.count("b", "Two", 2, 2, bare ? "" : "people", bare ? "" : "hurt");
    cluster.finish();
    const std::vector<Fact> facts = align_claims(cluster.extraction, cluster.analyses, test_lexicons());
    CAPTURE(bare);
    CHECK(fact_of(facts, cluster.index_of("a", "nine")) == fact_of(facts, cluster.index_of("b", "nine")));
    CHECK((fact_of(facts, cluster.index_of("a", "two")) == fact_of(facts, cluster.index_of("b", "Two"))) == !bare);
  }
}

TEST_CASE("a date joins a fact only where the words around it tell the same event", "[align]") {
  const struct {
    const char* a;
    const char* b;
    bool aligned;
  } cases[] = {
      {"Police said the suspect was arrested on Friday at his home in Dayton.\n",
       "The suspect was arrested Friday night after a chase, police said.\n", true},
      // "identified on ... by": the same few words around two events (cosine 0.38).
      {"The victims were identified on Friday by the coroner.\n", "The suspect was identified on Monday by police.\n",
       false},
  };
  for (const auto& test : cases) {
    SyntheticCluster cluster;
    cluster.add_document("a", test.a);
    cluster.add_document("b", test.b);
    const std::string day_b = std::string(test.b).find("Monday") != std::string::npos ? "Monday" : "Friday";
    cluster.numeric("a", "Friday", ClaimKind::kDate, 16752, 16752, "day");
    cluster.numeric("b", day_b, ClaimKind::kDate, 16755, 16755, "day");
    cluster.finish();
    const std::vector<Fact> facts = align_claims(cluster.extraction, cluster.analyses, test_lexicons());
    CAPTURE(test.a);
    CHECK((facts.size() == 1) == test.aligned);
  }
}
