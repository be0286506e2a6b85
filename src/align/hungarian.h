// Optimal assignment (the Hungarian method): pairs rows with columns at the least total cost.
//
// The aligner uses it to give each claim of a document at most one fact, and each fact at most
// one claim of that document, maximising the summed similarity rather than taking pairs greedily.
//
//   std::vector<std::vector<double>> cost = {{4, 1}, {2, 3}};
//   std::vector<int> column_of_row = solve_assignment(cost);   // {1, 0}
#pragma once

#include <vector>

namespace factdiff {

// Minimum-cost assignment of a rectangular matrix (rows x columns, every row the same length).
// Returns, for each row, the column it is given, or -1 when there are more rows than columns
// and the row is left out. Ties are broken the same way on every run (deterministic).
std::vector<int> solve_assignment(const std::vector<std::vector<double>>& cost);

}  // namespace factdiff
