#include "align/sparse_assignment.h"

#include <algorithm>
#include <random>
#include <set>

#include <catch2/catch.hpp>

#include "align/hungarian.h"

using namespace factdiff;

namespace {

double total_gain(const std::vector<int>& chosen, const std::vector<AssignmentEdge>& edges) {
  double total = 0;
  for (const AssignmentEdge& edge : edges) {
    if (chosen[edge.row] == static_cast<int>(edge.column)) total += edge.gain;
  }
  return total;
}

void check_valid(const std::vector<int>& chosen, const std::vector<AssignmentEdge>& edges) {
  std::set<int> columns;
  for (std::size_t row = 0; row < chosen.size(); ++row) {
    if (chosen[row] < 0) continue;
    CHECK(columns.insert(chosen[row]).second);  // a column serves one row
    const bool is_edge = std::any_of(edges.begin(), edges.end(), [&](const AssignmentEdge& edge) {
      return edge.row == row && static_cast<int>(edge.column) == chosen[row];
    });
    CHECK(is_edge);  // never a pair that is no candidate
  }
}

}  // namespace

TEST_CASE("sparse assignment is optimal where greedy is not", "[align]") {
  // Greedy takes (0,0) at 0.9 and leaves row 1 without a column; the optimum gives 0.4 + 0.8.
  const std::vector<AssignmentEdge> edges = {{0, 0, 0.9}, {0, 1, 0.4}, {1, 0, 0.8}};
  const std::vector<int> chosen = solve_sparse_assignment(2, 2, edges);
  CHECK(chosen == std::vector<int>{1, 0});
  CHECK(solve_sparse_assignment(3, 2, edges)[2] == -1);  // a row without edges stays unassigned
}

TEST_CASE("sparse assignment matches the dense Hungarian method on small random problems", "[align]") {
  std::mt19937 random(7);
  std::uniform_real_distribution<double> gain(0.01, 1.0);
  for (int round = 0; round < 50; ++round) {
    const std::size_t rows = 1 + random() % 7, columns = 1 + random() % 7;
    std::vector<AssignmentEdge> edges;
    std::vector<std::vector<double>> cost(rows, std::vector<double>(columns + rows, 0.0));
    for (std::size_t row = 0; row < rows; ++row) {
      for (std::size_t column = 0; column < columns; ++column) {
        cost[row][column] = 1.0;
        if (random() % 2 == 0) continue;
        edges.push_back({row, column, gain(random)});
        cost[row][column] = -edges.back().gain;
      }
    }
    const std::vector<int> sparse = solve_sparse_assignment(rows, columns, edges);
    check_valid(sparse, edges);
    std::vector<int> dense = solve_assignment(cost);
    for (std::size_t row = 0; row < rows; ++row) {
      if (dense[row] >= static_cast<int>(columns) || (dense[row] >= 0 && cost[row][dense[row]] >= 0)) dense[row] = -1;
    }
    CHECK(total_gain(sparse, edges) == Approx(total_gain(dense, edges)));
  }
}

TEST_CASE("a component too large to solve exactly is solved greedily, validly and in any edge order",
          "[align]") {
  const std::size_t size = kOptimalComponent + 50;
  std::vector<AssignmentEdge> edges;
  for (std::size_t row = 0; row < size; ++row) {
    for (std::size_t step : {0u, 1u, 7u}) {
      edges.push_back({row, (row + step) % size, 1.0 / static_cast<double>(1 + (row * 31 + step) % 17)});
    }
  }
  const std::vector<int> chosen = solve_sparse_assignment(size, size, edges);
  check_valid(chosen, edges);
  CHECK(std::count(chosen.begin(), chosen.end(), -1) < static_cast<long>(size / 2));
  std::vector<AssignmentEdge> shuffled = edges;
  std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(3));
  CHECK(solve_sparse_assignment(size, size, shuffled) == chosen);
}
