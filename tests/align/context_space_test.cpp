#include "align/context_space.h"

#include <random>

#include <catch2/catch.hpp>

using namespace factdiff;

TEST_CASE("identical contexts have cosine 1, disjoint ones 0", "[align][context]") {
  const std::vector<std::vector<std::string>> contexts = {
      {"shootings", "killed", "bombings"}, {"attacks", "killed"}, {"raids", "overnight"}};
  const ContextSpace space(contexts);
  CHECK(cosine(space.vector_of(contexts[0]), space.vector_of(contexts[0])) == Approx(1.0));
  CHECK(cosine(space.vector_of(contexts[0]), space.vector_of(contexts[2])) == 0.0);
  CHECK(cosine(space.vector_of({"unknown"}), space.vector_of(contexts[0])) == 0.0);
  // The shared rare word weighs more than a shared common one.
  CHECK(space.idf("raids") > space.idf("killed"));
}

TEST_CASE("the Eigen fast path equals the brute-force cosine", "[align][context]") {
  std::mt19937 random(129);
  const std::vector<std::string> vocabulary = {"police", "killed", "attack", "paris", "raid", "war",
                                               "said", "people", "hollande", "parliament", "suspect",
                                               "night", "club", "shooting", "injured", "arrested"};
  std::uniform_int_distribution<std::size_t> pick(0, vocabulary.size() - 1);
  std::uniform_int_distribution<int> length(0, 9);
  std::vector<std::vector<std::string>> contexts(60);
  for (auto& context : contexts) {
    const int words = length(random);
    for (int i = 0; i < words; ++i) context.push_back(vocabulary[pick(random)]);
  }
  const ContextSpace space(contexts);
  std::vector<ContextVector> vectors;
  for (const auto& context : contexts) vectors.push_back(space.vector_of(context));
  std::vector<const ContextVector*> rows, columns;
  for (std::size_t i = 0; i < 20; ++i) rows.push_back(&vectors[i]);
  for (std::size_t i = 20; i < 60; ++i) columns.push_back(&vectors[i]);
  const Eigen::MatrixXd fast = cosine_matrix(rows, columns);
  REQUIRE(fast.rows() == 20);
  REQUIRE(fast.cols() == 40);
  for (std::size_t i = 0; i < 20; ++i) {
    for (std::size_t j = 0; j < 40; ++j) {
      const double expected = brute_force_cosine(contexts[i], contexts[20 + j], contexts);
      CAPTURE(i, j);
      CHECK(fast(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) == Approx(expected).margin(1e-12));
      CHECK(cosine(vectors[i], vectors[20 + j]) == Approx(expected).margin(1e-12));
    }
  }
}

TEST_CASE("contexts held as ids give the space of the same contexts held as strings", "[align][context]") {
  // Term ids numbered in another order than the space numbers its terms, repeats inside contexts.
  const std::vector<std::string> term_text = {"overnight", "killed", "raids", "attacks", "shootings"};
  const std::vector<std::vector<std::uint32_t>> ids = {{4, 1, 1}, {3, 1}, {2, 0, 2}};
  std::vector<std::vector<std::string>> strings;
  for (const auto& context : ids) {
    strings.emplace_back();
    for (const std::uint32_t id : context) strings.back().push_back(term_text[id]);
  }
  const ContextSpace from_ids(ids, term_text);
  const ContextSpace from_strings(strings);
  CHECK(from_ids.dimension() == from_strings.dimension());
  CHECK(from_ids.context_count() == from_strings.context_count());
  for (const std::string& term : term_text) {
    CHECK(from_ids.term_id(term) == from_strings.term_id(term));
    CHECK(from_ids.idf(term) == from_strings.idf(term));
  }
  CHECK(from_ids.term_id("shootings") == 0);  // numbered in order of first use
}
