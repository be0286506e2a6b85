// ContextSpace: TF-IDF vectors of claim sentences, for cosine similarity of what claims are about.
//
// Each context is the list of folded content words of the sentence that carries a claim (numbers
// left out: claims are aligned by what they are about, never by value). Inverse document
// frequency is counted over the distinct contexts of one run.
//
//   ContextSpace space({{"shootings", "killed"}, {"attacks", "killed"}});
//   Eigen::SparseVector<double> a = space.vector_of({"shootings", "killed"});
//   double similarity = cosine(a, space.vector_of({"attacks", "killed"}));
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include <Eigen/Sparse>

namespace factdiff {

using ContextVector = Eigen::SparseVector<double>;

class ContextSpace {
 public:
  ContextSpace() = default;
  // Counts document frequencies over `contexts` (each a list of terms, repeats allowed).
  explicit ContextSpace(const std::vector<std::vector<std::string>>& contexts);
  // The same over contexts held as ids into `term_text` (the text of each id): terms are numbered
  // as the lists of strings would number them, so both give the same space.
  ContextSpace(const std::vector<std::vector<std::uint32_t>>& contexts, const std::vector<std::string>& term_text);
  // The same over contexts that are views of id lists held elsewhere.
  ContextSpace(const std::vector<std::span<const std::uint32_t>>& contexts, const std::vector<std::string>& term_text);

  // L2-normalised TF-IDF vector (raw term counts times idf); terms never seen are ignored.
  ContextVector vector_of(const std::vector<std::string>& terms) const;
  // The same from term ids (term_id of each term; -1 entries are ignored).
  ContextVector vector_of_ids(const std::vector<int>& ids) const;
  // ln((1 + contexts) / (1 + df)) + 1, the smoothed idf; 0 for an unknown term.
  double idf(const std::string& term) const;
  int term_id(const std::string& term) const;  // -1 when unknown
  std::size_t dimension() const { return idf_.size(); }
  std::size_t context_count() const { return context_count_; }

 private:
  std::unordered_map<std::string, int> ids_;
  std::vector<double> idf_;
  std::vector<std::size_t> document_frequency_;
  std::size_t context_count_ = 0;
};

// Cosine of two vectors (0 when either is zero).
double cosine(const ContextVector& a, const ContextVector& b);

// rows x columns matrix of cosines: the fast path the aligner uses for a document's claims
// against its candidate facts. The few rows are held densely over their own terms and each
// column's nonzeros are streamed once, so the cost never depends on the vocabulary size.
Eigen::MatrixXd cosine_matrix(const std::vector<const ContextVector*>& rows,
                              const std::vector<const ContextVector*>& columns);

// Reference implementation with ordered maps and the textbook formula; tests compare it with
// the fast path. `contexts` is the corpus the idf is counted over.
double brute_force_cosine(const std::vector<std::string>& a, const std::vector<std::string>& b,
                          const std::vector<std::vector<std::string>>& contexts);

}  // namespace factdiff
