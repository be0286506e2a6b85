#include "align/context_space.h"

#include <cmath>
#include <map>

#include "align/text_index.h"

namespace factdiff {
namespace {

double smoothed_idf(std::size_t contexts, std::size_t frequency) {
  return std::log((1.0 + static_cast<double>(contexts)) / (1.0 + static_cast<double>(frequency))) + 1.0;
}

// Contexts of strings as ids into the list of their distinct terms, numbered in order of first use.
struct ContextIds {
  std::vector<std::vector<std::uint32_t>> contexts;
  std::vector<std::string> text;
};

ContextIds as_ids(const std::vector<std::vector<std::string>>& contexts) {
  ContextIds ids;
  TextIndex index;
  ids.contexts.resize(contexts.size());
  for (std::size_t c = 0; c < contexts.size(); ++c) {
    for (const std::string& term : contexts[c]) ids.contexts[c].push_back(intern(term, index, ids.text));
  }
  return ids;
}

}  // namespace

ContextSpace::ContextSpace(const std::vector<std::vector<std::string>>& contexts) {
  const ContextIds ids = as_ids(contexts);
  *this = ContextSpace(ids.contexts, ids.text);
}

ContextSpace::ContextSpace(const std::vector<std::vector<std::uint32_t>>& contexts,
                           const std::vector<std::string>& term_text)
    : ContextSpace(std::vector<std::span<const std::uint32_t>>(contexts.begin(), contexts.end()), term_text) {}

ContextSpace::ContextSpace(const std::vector<std::span<const std::uint32_t>>& contexts,
                           const std::vector<std::string>& term_text)
    : context_count_(contexts.size()) {
  // Terms are numbered in order of first use across the contexts; `counted_in` marks the last
  // context that counted a term, so a term repeated in one context counts once.
  constexpr std::size_t kNone = ~std::size_t{0};
  std::vector<int> space_id(term_text.size(), -1);
  std::vector<std::size_t> counted_in;
  for (std::size_t c = 0; c < contexts.size(); ++c) {
    for (const std::uint32_t term : contexts[c]) {
      if (space_id[term] < 0) {
        space_id[term] = static_cast<int>(document_frequency_.size());
        ids_.emplace(term_text[term], space_id[term]);
        document_frequency_.push_back(0);
        counted_in.push_back(kNone);
      }
      const auto id = static_cast<std::size_t>(space_id[term]);
      if (counted_in[id] != c) {
        counted_in[id] = c;
        ++document_frequency_[id];
      }
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
  std::vector<int> ids;
  ids.reserve(terms.size());
  for (const std::string& term : terms) ids.push_back(term_id(term));
  return vector_of_ids(ids);
}

ContextVector ContextSpace::vector_of_ids(const std::vector<int>& ids) const {
  std::map<int, double> counts;
  for (const int id : ids) {
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
  // The rows are few (one document's claims of one block): give their terms local indexes and
  // hold them densely, then stream each column's nonzeros once. The cost is the columns'
  // nonzeros times the rows, never the vocabulary size.
  std::unordered_map<int, Eigen::Index> local;
  for (const ContextVector* vector : rows) {
    for (ContextVector::InnerIterator it(*vector); it; ++it) local.emplace(static_cast<int>(it.index()), static_cast<Eigen::Index>(local.size()));
  }
  Eigen::MatrixXd row_terms = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(local.size()), static_cast<Eigen::Index>(rows.size()));
  for (std::size_t row = 0; row < rows.size(); ++row) {
    const double norm = rows[row]->norm();
    if (norm == 0) continue;
    for (ContextVector::InnerIterator it(*rows[row]); it; ++it) {
      row_terms(local.at(static_cast<int>(it.index())), static_cast<Eigen::Index>(row)) = it.value() / norm;
    }
  }
  Eigen::MatrixXd result = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(columns.size()));
  for (std::size_t column = 0; column < columns.size(); ++column) {
    const double norm = columns[column]->norm();
    if (norm == 0) continue;
    for (ContextVector::InnerIterator it(*columns[column]); it; ++it) {
      const auto found = local.find(static_cast<int>(it.index()));
      if (found != local.end()) result.col(static_cast<Eigen::Index>(column)) += row_terms.row(found->second).transpose() * (it.value() / norm);
    }
  }
  return result;
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
