// JudgeContext: what every judgement needs besides the fact: the claims, the documents by id,
// the lexicons, and short names of the documents for messages an editor reads at a glance.
//
//   JudgeContext context(extraction, analyses, lexicons);
//   std::string who = context.doc_name("000_58abc12c3fbfb92e");   // "000 (Action News)"
#pragma once

#include <map>
#include <string>
#include <vector>

#include "align/compare_lexicons.h"
#include "core/document.h"
#include "core/fact.h"
#include "extract/extraction.h"
#include "text/analyzed_document.h"

namespace factdiff {

// What judging one fact gives: its status and its findings (ids and ranking are set later).
struct FactVerdict {
  FactStatus status = FactStatus::kAgree;
  std::vector<Finding> findings;
};

// "a", "a and b", "a, b and c"; past six names "a, b, c, d, e and 3 others".
std::string join_names(const std::vector<std::string>& names);

class JudgeContext {
 public:
  JudgeContext(const Extraction& extraction, const std::vector<AnalyzedDocument>& documents,
               const CompareLexicons& lexicons);

  const Extraction& extraction() const { return extraction_; }
  const CompareLexicons& lexicons() const { return lexicons_; }
  const Claim& claim(std::size_t index) const { return extraction_.claims[index]; }
  // Every document id of the run (analysed documents and claim documents), sorted.
  const std::vector<std::string>& doc_ids() const { return doc_ids_; }
  const Document* document(const std::string& id) const;
  const AnalyzedDocument* analysis(const std::string& id) const;
  // A short name: the id's prefix before "_" when that prefix is unique, with the outlet if known.
  std::string doc_name(const std::string& id) const;
  std::string published(const std::string& id) const;
  // The claim's own words as written (original bytes, invalid UTF-8 replaced).
  std::string claim_text(std::size_t index) const;
  // The same, cut to about `limit` bytes at a word boundary with "..." when longer.
  std::string claim_excerpt(std::size_t index, std::size_t limit = 90) const;
  // How many distinct reports the fact's mentions come from.
  std::size_t report_count(const Fact& fact) const;
  // Rank of a document in the canonical order.
  std::size_t doc_rank(const std::string& id) const;
  // The resolved entity with that id, or null (hand-built extractions may have none).
  const Entity* entity(const std::string& id) const;

 private:
  const Extraction& extraction_;
  const CompareLexicons& lexicons_;
  std::vector<std::string> doc_ids_;
  std::map<std::string, const AnalyzedDocument*> analyses_;
  std::map<std::string, std::string> names_;
  std::map<std::string, const Entity*> entities_;
};

}  // namespace factdiff
