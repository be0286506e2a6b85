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

// The rows and columns one run of edges connects, and those edges.
struct Component {
  std::vector<AssignmentEdge> edges;
  std::vector<std::size_t> rows;     // sorted, distinct
  std::vector<std::size_t> columns;  // sorted, distinct
};

std::size_t index_in(const std::vector<std::size_t>& sorted, std::size_t value) {
  return static_cast<std::size_t>(std::lower_bound(sorted.begin(), sorted.end(), value) - sorted.begin());
}

// The component's rows and columns numbered densely; one "stay unassigned" column per row at
// cost 0, and every non-edge at a cost no assignment would choose.
void solve_exactly(const Component& component, std::vector<int>& column_of_row) {
  const std::size_t rows = component.rows.size(), columns = component.columns.size();
  std::vector<std::vector<double>> cost(rows, std::vector<double>(columns + rows, 0.0));
  for (auto& line : cost) std::fill(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(columns), 1.0);
  for (const AssignmentEdge& edge : component.edges) {
    cost[index_in(component.rows, edge.row)][index_in(component.columns, edge.column)] = -edge.gain;
  }
  const std::vector<int> chosen = solve_assignment(cost);
  for (std::size_t row = 0; row < rows; ++row) {
    const int column = chosen[row];
    if (column >= 0 && static_cast<std::size_t>(column) < columns && cost[row][static_cast<std::size_t>(column)] < 0) {
      column_of_row[component.rows[row]] = static_cast<int>(component.columns[static_cast<std::size_t>(column)]);
    }
  }
}

void sort_distinct(std::vector<std::size_t>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

}  // namespace

std::vector<int> solve_sparse_assignment(std::size_t rows, std::size_t columns,
                                         const std::vector<AssignmentEdge>& edges) {
  std::vector<int> column_of_row(rows, -1);
  std::vector<bool> column_taken(columns, false);
  Components components(rows + columns);
  for (const AssignmentEdge& edge : edges) components.join(edge.row, rows + edge.column);
  std::map<std::size_t, Component> by_root;
  for (const AssignmentEdge& edge : edges) {
    Component& component = by_root[components.find(edge.row)];
    component.edges.push_back(edge);
    component.rows.push_back(edge.row);
    component.columns.push_back(edge.column);
  }
  for (auto& [root, component] : by_root) {
    sort_distinct(component.rows);
    sort_distinct(component.columns);
    if (component.rows.size() <= kOptimalComponent && component.columns.size() <= kOptimalComponent) {
      solve_exactly(component, column_of_row);
    } else {
      solve_greedily(component.edges, column_of_row, column_taken);
    }
  }
  return column_of_row;
}

}  // namespace factdiff
