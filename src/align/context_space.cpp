#include "align/context_space.h"

#include <cmath>
#include <map>
#include <set>

namespace factdiff {
namespace {

double smoothed_idf(std::size_t contexts, std::size_t frequency) {
  return std::log((1.0 + static_cast<double>(contexts)) / (1.0 + static_cast<double>(frequency))) + 1.0;
}

Eigen::SparseMatrix<double> as_columns(const std::vector<const ContextVector*>& vectors, Eigen::Index rows) {
  std::vector<Eigen::Triplet<double>> triplets;
  for (std::size_t column = 0; column < vectors.size(); ++column) {
    const double norm = vectors[column]->norm();
    if (norm == 0) continue;
    for (ContextVector::InnerIterator it(*vectors[column]); it; ++it) {
      triplets.emplace_back(static_cast<int>(it.index()), static_cast<int>(column), it.value() / norm);
    }
  }
  Eigen::SparseMatrix<double> matrix(rows, static_cast<Eigen::Index>(vectors.size()));
  matrix.setFromTriplets(triplets.begin(), triplets.end());
  return matrix;
}

}  // namespace

ContextSpace::ContextSpace(const std::vector<std::vector<std::string>>& contexts)
    : context_count_(contexts.size()) {
  for (const auto& context : contexts) {
    std::set<int> seen;
    for (const std::string& term : context) {
      auto [it, inserted] = ids_.emplace(term, static_cast<int>(ids_.size()));
      if (inserted) document_frequency_.push_back(0);
      if (seen.insert(it->second).second) ++document_frequency_[static_cast<std::size_t>(it->second)];
    }
  }
  idf_.resize(document_frequency_.size());
  for (std::size_t id = 0; id < idf_.size(); ++id) idf_[id] = smoothed_idf(context_count_, document_frequency_[id]);
}

int ContextSpace::term_id(const std::string& term) const {
  const auto found = ids_.find(term);
  return found == ids_.end() ? -1 : found->second;
}

double ContextSpace::idf(const std::string& term) const {
  const int id = term_id(term);
  return id < 0 ? 0.0 : idf_[static_cast<std::size_t>(id)];
}

ContextVector ContextSpace::vector_of(const std::vector<std::string>& terms) const {
  std::map<int, double> counts;
  for (const std::string& term : terms) {
    const int id = term_id(term);
    if (id >= 0) counts[id] += 1.0;
  }
  ContextVector vector(static_cast<Eigen::Index>(std::max<std::size_t>(idf_.size(), 1)));
  vector.reserve(static_cast<Eigen::Index>(counts.size()));
  double squared = 0;
  for (const auto& [id, count] : counts) {
    const double weight = count * idf_[static_cast<std::size_t>(id)];
    squared += weight * weight;
  }
  const double norm = std::sqrt(squared);
  if (norm == 0) return vector;
  for (const auto& [id, count] : counts) {  // ascending ids: insertBack is valid
    vector.insertBack(id) = count * idf_[static_cast<std::size_t>(id)] / norm;
  }
  return vector;
}

double cosine(const ContextVector& a, const ContextVector& b) {
  const double norms = a.norm() * b.norm();
  if (norms == 0) return 0;
  return a.dot(b) / norms;
}

Eigen::MatrixXd cosine_matrix(const std::vector<const ContextVector*>& rows,
                              const std::vector<const ContextVector*>& columns) {
  Eigen::Index dimension = 1;
  for (const auto* vector : rows) dimension = std::max(dimension, vector->size());
  for (const auto* vector : columns) dimension = std::max(dimension, vector->size());
  const Eigen::SparseMatrix<double> left = as_columns(rows, dimension);
  const Eigen::SparseMatrix<double> right = as_columns(columns, dimension);
  const Eigen::SparseMatrix<double> product = Eigen::SparseMatrix<double>(left.transpose()) * right;
  return Eigen::MatrixXd(product);
}

double brute_force_cosine(const std::vector<std::string>& a, const std::vector<std::string>& b,
                          const std::vector<std::vector<std::string>>& contexts) {
  auto weights = [&](const std::vector<std::string>& terms) {
    std::map<std::string, double> result;
    for (const std::string& term : terms) {
      std::size_t frequency = 0;
      for (const auto& context : contexts) {
        for (const std::string& other : context) {
          if (other == term) {
            ++frequency;
            break;
          }
        }
      }
      if (frequency == 0) continue;
      result[term] += smoothed_idf(contexts.size(), frequency);
    }
    return result;
  };
  const auto left = weights(a), right = weights(b);
  double dot = 0, left_squared = 0, right_squared = 0;
  for (const auto& [term, weight] : left) {
    left_squared += weight * weight;
    if (const auto found = right.find(term); found != right.end()) dot += weight * found->second;
  }
  for (const auto& [term, weight] : right) right_squared += weight * weight;
  if (left_squared == 0 || right_squared == 0) return 0;
  return dot / std::sqrt(left_squared * right_squared);
}

}  // namespace factdiff
