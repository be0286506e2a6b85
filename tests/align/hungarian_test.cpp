#include "align/hungarian.h"

#include <algorithm>
#include <numeric>
#include <random>

#include <catch2/catch.hpp>

using namespace factdiff;

namespace {

double total_cost(const std::vector<std::vector<double>>& cost, const std::vector<int>& column_of_row) {
  double total = 0;
  for (std::size_t row = 0; row < column_of_row.size(); ++row) {
    if (column_of_row[row] >= 0) total += cost[row][static_cast<std::size_t>(column_of_row[row])];
  }
  return total;
}

// Tries every injective map of the smaller side into the larger one.
double brute_force_minimum(const std::vector<std::vector<double>>& cost) {
  const std::size_t rows = cost.size(), columns = cost[0].size();
  const std::size_t size = std::max(rows, columns);
  std::vector<std::size_t> permutation(size);
  std::iota(permutation.begin(), permutation.end(), 0);
  double best = 1e300;
  do {
    double total = 0;
    for (std::size_t row = 0; row < rows; ++row) {
      if (permutation[row] < columns) total += cost[row][permutation[row]];
    }
    best = std::min(best, total);
  } while (std::next_permutation(permutation.begin(), permutation.end()));
  return best;
}

}  // namespace

TEST_CASE("assignment of a tiny matrix", "[align][hungarian]") {
  CHECK(solve_assignment({{4, 1}, {2, 3}}) == std::vector<int>{1, 0});
  CHECK(solve_assignment({}).empty());
  CHECK(solve_assignment({{5}}) == std::vector<int>{0});
}

TEST_CASE("assignment equals brute force on random matrices", "[align][hungarian]") {
  std::mt19937 random(20151116);
  std::uniform_int_distribution<int> side(1, 6);
  std::uniform_real_distribution<double> value(-5.0, 10.0);
  for (int trial = 0; trial < 300; ++trial) {
    const std::size_t rows = static_cast<std::size_t>(side(random));
    const std::size_t columns = static_cast<std::size_t>(side(random));
    std::vector<std::vector<double>> cost(rows, std::vector<double>(columns));
    for (auto& row : cost) {
      for (double& cell : row) cell = (trial % 3 == 0) ? std::round(value(random)) : value(random);
    }
    const std::vector<int> column_of_row = solve_assignment(cost);
    REQUIRE(column_of_row.size() == rows);
    // Each column used at most once, and exactly min(rows, columns) pairs.
    std::vector<int> used(columns, 0);
    std::size_t pairs = 0;
    for (int column : column_of_row) {
      if (column < 0) continue;
      ++pairs;
      REQUIRE(++used[static_cast<std::size_t>(column)] == 1);
    }
    CHECK(pairs == std::min(rows, columns));
    CAPTURE(trial, rows, columns);
    CHECK(total_cost(cost, column_of_row) == Approx(brute_force_minimum(cost)).margin(1e-9));
  }
}
