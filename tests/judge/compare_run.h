// CompareRun: the whole chain (load, analyse, extract, align, judge) over real documents, for the
// acceptance tests of the compare stage. Documents live in the run, so analyses stay valid.
#pragma once

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "align/alignment.h"
#include "extract/extraction.h"
#include "input/document_loader.h"
#include "judge/judgement.h"
#include "rules/rule_set.h"
#include "text/text_analyzer.h"
#include "text/word_list.h"

namespace factdiff::testing {

struct SharedResources {
  std::shared_ptr<const RuleSet> rules;
  std::shared_ptr<const WordList> words;
};

// Rules and word list loaded once per test binary.
inline const SharedResources& shared_resources() {
  static const SharedResources resources = [] {
    SharedResources loaded;
    auto rules = RuleSet::load({default_rules_dir()});
    if (!rules.ok()) throw std::runtime_error(rules.status().message());
    loaded.rules = rules.value();
    auto words = WordList::load(FACTDIFF_DEFAULT_WORDLIST);
    if (!words.ok()) throw std::runtime_error(words.status().message());
    loaded.words = words.value();
    return loaded;
  }();
  return resources;
}

struct CompareRun {
  std::vector<Document> documents;
  std::vector<AnalyzedDocument> analyses;
  Extraction extraction;
  std::vector<Fact> facts;
  std::vector<Finding> findings;

  const Document& document(const std::string& id_prefix) const {
    for (const Document& document : documents) {
      if (document.id.rfind(id_prefix, 0) == 0) return document;
    }
    throw std::runtime_error("no document " + id_prefix);
  }
  std::string text(std::size_t claim) const {
    const Claim& c = extraction.claims[claim];
    for (const Document& document : documents) {
      if (document.id == c.doc) return document.text_of(c.span);
    }
    return {};
  }
  // The fact holding a claim of `doc_prefix` whose text contains `words` (and of `kind`), or null.
  const Fact* fact_with(const std::string& doc_prefix, const std::string& words,
                        std::optional<ClaimKind> kind = std::nullopt) const {
    for (const Fact& fact : facts) {
      for (std::size_t mention : fact.mentions) {
        const Claim& claim = extraction.claims[mention];
        if (claim.doc.rfind(doc_prefix, 0) == 0 && (!kind || claim.kind == *kind) &&
            (text(mention).find(words) != std::string::npos || claim.quote.find(words) != std::string::npos)) {
          return &fact;
        }
      }
    }
    return nullptr;
  }
  bool fact_has_doc(const Fact& fact, const std::string& doc_prefix) const {
    return std::any_of(fact.mentions.begin(), fact.mentions.end(),
                       [&](std::size_t m) { return extraction.claims[m].doc.rfind(doc_prefix, 0) == 0; });
  }
  std::vector<const Finding*> findings_of(const Fact& fact, FindingType type) const {
    std::vector<const Finding*> found;
    for (const Finding& finding : findings) {
      if (finding.fact == fact.id && finding.type == type) found.push_back(&finding);
    }
    return found;
  }
};

// Runs the chain over documents already in memory (mutated copies, for instance).
inline std::unique_ptr<CompareRun> run_compare(std::vector<Document> documents) {
  const SharedResources& resources = shared_resources();
  auto run = std::make_unique<CompareRun>();
  run->documents = std::move(documents);
  std::sort(run->documents.begin(), run->documents.end(), [](const Document& a, const Document& b) { return a.id < b.id; });
  run->analyses = analyze_documents(run->documents, *resources.rules, *resources.words);
  run->extraction = extract_claims(run->analyses, *resources.rules);
  run->facts = align_claims(run->extraction, run->analyses, *resources.rules);
  run->findings = judge_facts(run->facts, run->extraction, run->analyses, *resources.rules);
  return run;
}

inline std::vector<Document> load_cluster(const std::string& path) {
  auto loaded = load_documents({path}, {});
  if (!loaded.ok()) throw std::runtime_error(loaded.status().message());
  return loaded.value().documents;
}

inline std::string paris_dir() { return std::string(FACTDIFF_SOURCE_DIR) + "/fixtures/paris-2015"; }

inline bool corpus_available() { return std::filesystem::is_directory(FACTDIFF_CORPUS_DIR); }

}  // namespace factdiff::testing
