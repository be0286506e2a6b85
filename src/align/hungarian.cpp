// The O(n^2 m) potentials form of the Hungarian method (Kuhn-Munkres with Dijkstra-like
// augmentation), for n rows <= m columns; a wider-than-tall problem is solved transposed.
#include "align/hungarian.h"

#include <cstddef>
#include <limits>

namespace factdiff {
namespace {

// rows <= columns. Returns column_of_row.
std::vector<int> solve_tall_free(const std::vector<std::vector<double>>& cost, std::size_t rows,
                                 std::size_t columns) {
  const double infinity = std::numeric_limits<double>::infinity();
  // 1-based arrays, index 0 is the virtual start column.
  std::vector<double> row_potential(rows + 1, 0), column_potential(columns + 1, 0);
  std::vector<std::size_t> row_of_column(columns + 1, 0), previous(columns + 1, 0);
  for (std::size_t row = 1; row <= rows; ++row) {
    row_of_column[0] = row;
    std::size_t current = 0;
    std::vector<double> slack(columns + 1, infinity);
    std::vector<bool> used(columns + 1, false);
    do {
      used[current] = true;
      const std::size_t active_row = row_of_column[current];
      double delta = infinity;
      std::size_t next = 0;
      for (std::size_t column = 1; column <= columns; ++column) {
        if (used[column]) continue;
        const double reduced = cost[active_row - 1][column - 1] - row_potential[active_row] -
                               column_potential[column];
        if (reduced < slack[column]) {
          slack[column] = reduced;
          previous[column] = current;
        }
        if (slack[column] < delta) {
          delta = slack[column];
          next = column;
        }
      }
      for (std::size_t column = 0; column <= columns; ++column) {
        if (used[column]) {
          row_potential[row_of_column[column]] += delta;
          column_potential[column] -= delta;
        } else {
          slack[column] -= delta;
        }
      }
      current = next;
    } while (row_of_column[current] != 0);
    do {
      const std::size_t before = previous[current];
      row_of_column[current] = row_of_column[before];
      current = before;
    } while (current != 0);
  }
  std::vector<int> column_of_row(rows, -1);
  for (std::size_t column = 1; column <= columns; ++column) {
    if (row_of_column[column] != 0) column_of_row[row_of_column[column] - 1] = static_cast<int>(column - 1);
  }
  return column_of_row;
}

}  // namespace

std::vector<int> solve_assignment(const std::vector<std::vector<double>>& cost) {
  const std::size_t rows = cost.size();
  if (rows == 0) return {};
  const std::size_t columns = cost[0].size();
  if (columns == 0) return std::vector<int>(rows, -1);
  if (rows <= columns) return solve_tall_free(cost, rows, columns);
  // More rows than columns: assign columns to rows on the transposed matrix.
  std::vector<std::vector<double>> transposed(columns, std::vector<double>(rows));
  for (std::size_t row = 0; row < rows; ++row) {
    for (std::size_t column = 0; column < columns; ++column) transposed[column][row] = cost[row][column];
  }
  const std::vector<int> row_of_column = solve_tall_free(transposed, columns, rows);
  std::vector<int> column_of_row(rows, -1);
  for (std::size_t column = 0; column < columns; ++column) {
    if (row_of_column[column] >= 0) column_of_row[static_cast<std::size_t>(row_of_column[column])] = static_cast<int>(column);
  }
  return column_of_row;
}

}  // namespace factdiff
