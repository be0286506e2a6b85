#include "align/sparse_assignment.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

#include "align/hungarian.h"

namespace factdiff {
namespace {

// Union-find over rows (0..rows-1) and columns (rows..rows+columns-1).
class Components {
 public:
  explicit Components(std::size_t size) : parent_(size) { std::iota(parent_.begin(), parent_.end(), 0); }
  std::size_t find(std::size_t node) {
    while (parent_[node] != node) node = parent_[node] = parent_[parent_[node]];
    return node;
  }
  void join(std::size_t a, std::size_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<std::size_t> parent_;
};

// Best gain first; ties by row, then column, so the result does not depend on the edges' order.
void solve_greedily(const std::vector<AssignmentEdge>& edges, std::vector<int>& column_of_row,
                    std::vector<bool>& column_taken) {
  std::vector<AssignmentEdge> sorted = edges;
  std::sort(sorted.begin(), sorted.end(), [](const AssignmentEdge& a, const AssignmentEdge& b) {
    return std::tie(b.gain, a.row, a.column) < std::tie(a.gain, b.row, b.column);
  });
  for (const AssignmentEdge& edge : sorted) {
    if (column_of_row[edge.row] >= 0 || column_taken[edge.column]) continue;
    column_of_row[edge.row] = static_cast<int>(edge.column);
    column_taken[edge.column] = true;
  }
}

// The component's rows and columns renumbered densely; one "stay unassigned" column per row
// at cost 0, and every non-edge at a cost no assignment would choose.
void solve_exactly(const std::vector<AssignmentEdge>& edges, std::vector<int>& column_of_row) {
  std::map<std::size_t, std::size_t> row_index, column_index;
  for (const AssignmentEdge& edge : edges) {
    row_index.emplace(edge.row, 0);
    column_index.emplace(edge.column, 0);
  }
  std::vector<std::size_t> row_of_index, column_of_index;
  for (auto& [row, index] : row_index) { index = row_of_index.size(); row_of_index.push_back(row); }
  for (auto& [column, index] : column_index) { index = column_of_index.size(); column_of_index.push_back(column); }
  const std::size_t rows = row_of_index.size(), columns = column_of_index.size();
  std::vector<std::vector<double>> cost(rows, std::vector<double>(columns + rows, 0.0));
  for (auto& line : cost) std::fill(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(columns), 1.0);
  for (const AssignmentEdge& edge : edges) cost[row_index[edge.row]][column_index[edge.column]] = -edge.gain;
  const std::vector<int> chosen = solve_assignment(cost);
  for (std::size_t row = 0; row < rows; ++row) {
    const int column = chosen[row];
    if (column >= 0 && static_cast<std::size_t>(column) < columns && cost[row][static_cast<std::size_t>(column)] < 0) {
      column_of_row[row_of_index[row]] = static_cast<int>(column_of_index[static_cast<std::size_t>(column)]);
    }
  }
}

}  // namespace

std::vector<int> solve_sparse_assignment(std::size_t rows, std::size_t columns, std::vector<AssignmentEdge> edges) {
  std::vector<int> column_of_row(rows, -1);
  std::vector<bool> column_taken(columns, false);
  Components components(rows + columns);
  for (const AssignmentEdge& edge : edges) components.join(edge.row, rows + edge.column);
  std::map<std::size_t, std::vector<AssignmentEdge>> by_component;
  for (const AssignmentEdge& edge : edges) by_component[components.find(edge.row)].push_back(edge);
  for (const auto& [root, component] : by_component) {
    std::vector<std::size_t> component_rows, component_columns;
    for (const AssignmentEdge& edge : component) {
      component_rows.push_back(edge.row);
      component_columns.push_back(edge.column);
    }
    std::sort(component_rows.begin(), component_rows.end());
    std::sort(component_columns.begin(), component_columns.end());
    const std::size_t distinct_rows = std::unique(component_rows.begin(), component_rows.end()) - component_rows.begin();
    const std::size_t distinct_columns =
        std::unique(component_columns.begin(), component_columns.end()) - component_columns.begin();
    if (distinct_rows <= kOptimalComponent && distinct_columns <= kOptimalComponent) {
      solve_exactly(component, column_of_row);
    } else {
      solve_greedily(component, column_of_row, column_taken);
    }
  }
  return column_of_row;
}

}  // namespace factdiff
