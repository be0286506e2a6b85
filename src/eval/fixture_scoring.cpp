#include "eval/fixture_scoring.h"

#include <algorithm>
#include <filesystem>

#include <yaml-cpp/yaml.h>

#include "input/cluster_metadata.h"
#include "input/document_loader.h"
#include "text/text_analyzer.h"

namespace factdiff {
namespace {

namespace fs = std::filesystem;

// The corpus cluster a fixture stands for (`corpus:` in its cluster.yaml), or empty.
Result<std::string> corpus_cluster_of(const std::string& cluster_yaml) {
  try {
    YAML::Node root = YAML::LoadFile(cluster_yaml);
    if (root["corpus"] && root["corpus"].IsScalar()) return root["corpus"].as<std::string>();
    return std::string();
  } catch (const YAML::Exception& error) {
    return Status::error(cluster_yaml + ":" + std::to_string(error.mark.line + 1) + ":" +
                         std::to_string(error.mark.column + 1) + ": " + error.msg);
  }
}

std::string without_extension(const std::string& file) {
  return fs::path(file).stem().string();
}

}  // namespace

std::vector<std::string> fixture_folders(const std::string& parent) {
  std::vector<std::string> folders;
  std::error_code error;
  if (!fs::is_directory(parent, error)) return folders;
  for (const auto& entry : fs::directory_iterator(parent, error)) {
    if (entry.is_directory() && fs::exists(entry.path() / "gold.yaml")) {
      folders.push_back(entry.path().string());
    }
  }
  std::sort(folders.begin(), folders.end());
  return folders;
}

Result<FixtureRun> run_fixture(const std::string& fixture_dir, const std::string& corpus_dir,
                               const RuleSet& rules, const WordList& words) {
  FixtureRun run;
  run.name = fs::path(fixture_dir).filename().string();
  const std::string cluster_yaml = (fs::path(fixture_dir) / "cluster.yaml").string();
  auto corpus_cluster = corpus_cluster_of(cluster_yaml);
  if (!corpus_cluster.ok()) return corpus_cluster.status();
  std::string documents_dir = fixture_dir;
  LoadOptions options;
  if (!corpus_cluster.value().empty()) {
    documents_dir = (fs::path(corpus_dir) / corpus_cluster.value()).string();
    if (corpus_dir.empty() || !fs::is_directory(documents_dir)) {
      run.skipped = true;
      run.skip_reason = "corpus cluster " + corpus_cluster.value() + " not found under '" + corpus_dir + "'";
      return run;
    }
    // The fixture's own metadata wins over the corpus's.
    auto metadata = read_cluster_metadata(cluster_yaml);
    if (!metadata.ok()) return metadata.status();
    for (const auto& [file, article] : metadata.value().articles) {
      if (!article.published.empty()) options.published[without_extension(file)] = article.published;
    }
  }
  auto loaded = load_documents({documents_dir}, options);
  if (!loaded.ok()) return loaded.status();
  run.documents = std::move(loaded.value().documents);
  auto gold = read_gold_file((fs::path(fixture_dir) / "gold.yaml").string());
  if (!gold.ok()) return gold.status();
  run.gold = std::move(gold).value();
  FACTDIFF_RETURN_IF_ERROR(locate_gold(run.gold, run.documents));
  std::vector<AnalyzedDocument> analyses = analyze_documents(run.documents, rules, words);
  run.extraction = extract_claims(analyses, rules);
  run.score = score_numeric(run.extraction.claims, run.gold, run.documents);
  for (const AnalyzedDocument& analysis : analyses) {
    auto annotations = run.gold.documents.find(analysis.document->id);
    if (annotations == run.gold.documents.end()) continue;
    for (const GoldNumeric& claim : annotations->second.numeric) {
      for (const Block& block : analysis.blocks) {
        if (block.boilerplate && block.span.overlaps(claim.span)) {
          ++run.gold_in_boilerplate;
          break;
        }
      }
    }
  }
  return run;
}

}  // namespace factdiff
