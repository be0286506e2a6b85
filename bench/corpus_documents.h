// Corpus documents for the benchmarks: every article of the shared corpus, by cluster.
//
//   std::vector<std::vector<Document>> clusters = corpus_clusters();   // empty: corpus absent
//   std::vector<Document> documents = cycled_documents(clusters, 1000);
//
// Benchmarks read the articles at run time (they belong to their publishers) and skip, saying
// so, when the corpus folder is absent.
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "core/document.h"
#include "input/document_loader.h"

namespace factdiff::bench {

inline std::vector<std::vector<Document>> corpus_clusters() {
  std::vector<std::vector<Document>> clusters;
  const std::filesystem::path corpus = FACTDIFF_CORPUS_DIR;
  std::error_code error;
  if (!std::filesystem::is_directory(corpus, error)) return clusters;
  std::vector<std::string> folders;
  for (const auto& entry : std::filesystem::directory_iterator(corpus, error)) {
    if (entry.is_directory() && std::filesystem::exists(entry.path() / "cluster.yaml")) {
      folders.push_back(entry.path().string());
    }
  }
  std::sort(folders.begin(), folders.end());
  for (const std::string& folder : folders) {
    Result<LoadedDocuments> loaded = load_documents({folder}, LoadOptions{});
    if (loaded.ok()) clusters.push_back(std::move(loaded.value().documents));
  }
  return clusters;
}

// `count` documents taken in turn from the corpus articles (cluster by cluster), each with a
// unique id, so a large "cluster" has the size and text of real reports.
inline std::vector<Document> cycled_documents(const std::vector<std::vector<Document>>& clusters,
                                              std::size_t count) {
  std::vector<const Document*> articles;
  for (const auto& cluster : clusters) {
    for (const Document& document : cluster) articles.push_back(&document);
  }
  std::vector<Document> documents;
  if (articles.empty()) return documents;
  for (std::size_t i = 0; i < count; ++i) {
    Document document = *articles[i % articles.size()];
    document.id = std::to_string(100000 + i) + "_" + document.id;
    documents.push_back(std::move(document));
  }
  return documents;
}

inline std::size_t total_bytes(const std::vector<Document>& documents) {
  std::size_t bytes = 0;
  for (const Document& document : documents) bytes += document.bytes.size();
  return bytes;
}

}  // namespace factdiff::bench
