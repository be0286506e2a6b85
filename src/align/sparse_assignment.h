// Sparse assignment: the optimal assignment of a document's claims to candidate facts when most
// pairs are no candidate at all.
//
// Each edge is a (row, column) pair with a gain; a row may also stay unassigned (it opens a new
// fact), which gains nothing. The rows and columns joined by edges fall into connected
// components, solved one by one: a component of at most kOptimalComponent rows and columns
// exactly with the Hungarian method, a larger one greedily (best gain first; at least half the
// optimum), so a document of thousands of claims in one block is never a cubic problem.
//
//   std::vector<AssignmentEdge> edges = {{0, 0, 0.9}, {0, 1, 0.4}, {1, 0, 0.8}};
//   std::vector<int> column_of_row = solve_sparse_assignment(2, 2, edges);   // {1, 0}
#pragma once

#include <cstddef>
#include <vector>

namespace factdiff {

struct AssignmentEdge {
  std::size_t row = 0;
  std::size_t column = 0;
  double gain = 0;  // > 0
};

// Components up to this many rows and this many columns are solved exactly.
inline constexpr std::size_t kOptimalComponent = 300;

// For each of `rows` rows, the column it is given, or -1 when it is given none. Maximises the
// summed gain; each column serves at most one row. Deterministic for the same edges in any order.
std::vector<int> solve_sparse_assignment(std::size_t rows, std::size_t columns,
                                         const std::vector<AssignmentEdge>& edges);

}  // namespace factdiff
