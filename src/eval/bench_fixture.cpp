#include "eval/bench_fixture.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "input/cluster_metadata.h"
#include "input/document_loader.h"

namespace factdiff {
namespace fs = std::filesystem;
namespace {

// The `corpus:` key of a cluster.yaml, or empty.
Result<std::string> corpus_id_of(const fs::path& cluster_file) {
  try {
    const YAML::Node root = YAML::LoadFile(cluster_file.string());
    if (root.IsMap() && root["corpus"] && root["corpus"].IsScalar()) {
      return root["corpus"].as<std::string>();
    }
    return std::string();
  } catch (const YAML::Exception& error) {
    return Status::error(cluster_file.string() + ":" + std::to_string(error.mark.line + 1) + ":" +
                         std::to_string(error.mark.column + 1) + ": " + error.msg);
  }
}

Result<BenchFixture> make_fixture(const fs::path& folder, const fs::path& root) {
  BenchFixture fixture;
  fixture.folder = folder.string();
  const fs::path relative = folder.lexically_relative(root);
  if (relative.empty() || relative == ".") {
    fixture.name = folder.filename().string();
    fixture.set = fixture.name;
  } else {
    fixture.name = relative.generic_string();
    fixture.set = relative.begin()->string();
  }
  Result<std::string> corpus = corpus_id_of(folder / "cluster.yaml");
  if (!corpus.ok()) return corpus.status();
  fixture.corpus = corpus.value();
  std::error_code error;
  if (fs::exists(folder / "gold.yaml", error)) fixture.gold_path = (folder / "gold.yaml").string();
  return fixture;
}

}  // namespace

Result<std::vector<BenchFixture>> find_fixtures(const std::string& directory) {
  std::error_code error;
  fs::path root = fs::path(directory).lexically_normal();
  if (root.has_filename() == false && root.has_parent_path()) root = root.parent_path();
  if (!fs::is_directory(root, error)) return Status::error(directory + ": no such directory");
  std::vector<fs::path> folders;
  if (fs::exists(root / "cluster.yaml", error)) folders.push_back(root);
  for (fs::recursive_directory_iterator it(root, error), end; !error && it != end;
       it.increment(error)) {
    if (it->is_directory(error) && fs::exists(it->path() / "cluster.yaml", error)) {
      folders.push_back(it->path());
    }
  }
  if (error) return Status::error(directory + ": " + error.message());
  std::vector<BenchFixture> fixtures;
  for (const fs::path& folder : folders) {
    Result<BenchFixture> fixture = make_fixture(folder, root);
    if (!fixture.ok()) return fixture.status();
    fixtures.push_back(std::move(fixture).value());
  }
  std::sort(fixtures.begin(), fixtures.end(),
            [](const BenchFixture& a, const BenchFixture& b) { return a.name < b.name; });
  return fixtures;
}

Result<FixtureDocuments> load_fixture_documents(const BenchFixture& fixture,
                                                const std::string& corpus_dir) {
  FixtureDocuments result;
  std::string source = fixture.folder;
  std::error_code error;
  if (!fixture.corpus.empty()) {
    if (corpus_dir.empty()) {
      result.skipped = "corpus cluster " + fixture.corpus + " needs --corpus DIR";
      return result;
    }
    source = (fs::path(corpus_dir) / fixture.corpus).string();
    if (!fs::is_directory(source, error)) {
      result.skipped = "corpus cluster " + fixture.corpus + " not found under " + corpus_dir;
      return result;
    }
    result.corpus_cluster_yaml = (fs::path(source) / "cluster.yaml").string();
  }
  Result<LoadedDocuments> loaded = load_documents({source}, LoadOptions{});
  if (!loaded.ok()) return loaded.status();
  result.documents = std::move(loaded.value().documents);
  result.warnings = std::move(loaded.value().warnings);
  if (fixture.corpus.empty()) return result;

  // The fixture's own metadata wins over the corpus's, as a bundled cluster.yaml would.
  Result<ClusterMetadata> own = read_cluster_metadata(fixture.folder + "/cluster.yaml");
  if (!own.ok()) return own.status();
  for (Document& document : result.documents) {
    const ArticleMetadata* article = own.value().find(fs::path(document.path).filename().string());
    if (article == nullptr) continue;
    if (!article->outlet.empty()) document.outlet = article->outlet;
    if (!article->published.empty()) {
      document.published = article->published;
      document.published_source = "cluster.yaml";
    }
  }
  return result;
}

}  // namespace factdiff
