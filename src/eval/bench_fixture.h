// Bench fixtures: finding fixture folders under a directory and loading their documents.
//
//   Result<std::vector<BenchFixture>> found = find_fixtures("fixtures");
//   for (const BenchFixture& fixture : found.value()) {
//     Result<FixtureDocuments> loaded = load_fixture_documents(fixture, corpus_dir);
//   }
//
// A fixture is any folder holding a cluster.yaml (docs/fixtures.md). Its set is the top folder
// under the directory searched ("paris-2015", "corpus"); a fixture named directly is its own set.
// A fixture whose cluster.yaml names `corpus: ID` reads the .txt files of corpus_dir/ID.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace factdiff {

struct BenchFixture {
  std::string name;         // path under the searched directory ("corpus/gva-773002")
  std::string set;          // top folder of that path ("corpus")
  std::string folder;       // the fixture folder as found on disk
  std::string corpus;       // corpus cluster id from cluster.yaml, or empty for bundled texts
  std::string gold_path;    // folder/gold.yaml when present, else empty
};

// Every fixture under `directory` (or `directory` itself when it holds a cluster.yaml), sorted by
// name. Errors: the directory is missing, or a cluster.yaml cannot be parsed (file, line, column).
Result<std::vector<BenchFixture>> find_fixtures(const std::string& directory);

struct FixtureDocuments {
  std::vector<Document> documents;   // sorted by id
  std::vector<std::string> warnings; // from the loader
  std::string skipped;               // non-empty: why the fixture cannot run (corpus absent)
  std::string corpus_cluster_yaml;   // corpus fixtures: the corpus cluster's own cluster.yaml
};

// The fixture's documents: its bundled .txt files, or those of its corpus cluster. A corpus
// fixture whose cluster folder is absent comes back with `skipped` set, not as an error; the
// fixture's own outlet and publication dates override the corpus's.
Result<FixtureDocuments> load_fixture_documents(const BenchFixture& fixture,
                                                const std::string& corpus_dir);

}  // namespace factdiff
