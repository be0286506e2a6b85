#include "judge/judge_context.h"

#include <algorithm>
#include <set>
#include <string_view>

namespace factdiff {

std::string join_names(const std::vector<std::string>& names) {
  // A message stays one read: past six names, the rest are counted.
  constexpr std::size_t kShown = 5;
  const bool cut = names.size() > kShown + 1;
  const std::size_t shown = cut ? kShown : names.size();
  std::string joined;
  for (std::size_t i = 0; i < shown; ++i) {
    if (i > 0) joined += (i + 1 == shown && !cut) ? " and " : ", ";
    joined += names[i];
  }
  if (cut) joined += " and " + std::to_string(names.size() - kShown) + " others";
  return joined;
}

JudgeContext::JudgeContext(const Extraction& extraction, const std::vector<AnalyzedDocument>& documents,
                           const CompareLexicons& lexicons)
    : extraction_(extraction), lexicons_(lexicons) {
  std::set<std::string> ids;
  for (const AnalyzedDocument& analysis : documents) {
    if (analysis.document == nullptr) continue;
    analyses_[analysis.document->id] = &analysis;
    ids.insert(analysis.document->id);
  }
  for (const Claim& claim : extraction.claims) ids.insert(claim.doc);
  for (const Entity& entity : extraction.entities) entities_[entity.id] = &entity;
  doc_ids_.assign(ids.begin(), ids.end());
  std::map<std::string, int> prefix_count;
  for (const std::string& id : doc_ids_) ++prefix_count[id.substr(0, id.find('_'))];
  for (const std::string& id : doc_ids_) {
    const std::string prefix = id.substr(0, id.find('_'));
    std::string name = prefix_count[prefix] == 1 && prefix != id ? prefix : id;
    const Document* doc = document(id);
    if (doc != nullptr && !doc->outlet.empty()) name += " (" + doc->outlet + ")";
    names_[id] = name;
  }
}

const AnalyzedDocument* JudgeContext::analysis(const std::string& id) const {
  const auto found = analyses_.find(id);
  return found == analyses_.end() ? nullptr : found->second;
}

const Document* JudgeContext::document(const std::string& id) const {
  const AnalyzedDocument* found = analysis(id);
  return found == nullptr ? nullptr : found->document;
}

std::string JudgeContext::doc_name(const std::string& id) const {
  const auto found = names_.find(id);
  return found == names_.end() ? id : found->second;
}

std::string JudgeContext::published(const std::string& id) const {
  const Document* doc = document(id);
  return doc == nullptr ? std::string() : doc->published;
}

std::string JudgeContext::claim_text(std::size_t index) const {
  const Claim& c = claim(index);
  const Document* doc = document(c.doc);
  if (doc != nullptr && c.span.end <= doc->bytes.size() && !c.span.empty()) return doc->text_of(c.span);
  return c.quote;
}

std::string JudgeContext::claim_excerpt(std::size_t index, std::size_t limit) const {
  std::string text = claim_text(index);
  if (text.size() <= limit) return text;
  std::size_t cut = text.rfind(' ', limit);
  if (cut == std::string::npos || cut < limit / 2) {
    cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  }
  return text.substr(0, cut) + "...";
}

std::size_t JudgeContext::report_count(const Fact& fact) const {
  std::set<std::string_view> docs;
  for (std::size_t mention : fact.mentions) docs.insert(claim(mention).doc);
  return docs.size();
}

std::size_t JudgeContext::doc_rank(const std::string& id) const {
  return static_cast<std::size_t>(std::lower_bound(doc_ids_.begin(), doc_ids_.end(), id) - doc_ids_.begin());
}

const Entity* JudgeContext::entity(const std::string& id) const {
  auto it = entities_.find(id);
  return it == entities_.end() ? nullptr : it->second;
}

}  // namespace factdiff
