// A stand-in compare for bench tests: "N killed" and "N injured" become count claims, claims of
// one predicate form one fact, and differing values make a conflict. It lets the runner, the
// scorers and the mutator be tested on invented texts whatever state the real stages are in.
#pragma once

#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "core/document.h"
#include "report/report.h"

namespace factdiff::testing {

inline void add_count_claims(const Document& document, std::vector<Claim>& claims) {
  const std::string& text = document.bytes;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i])) ||
        (i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1])))) {
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
    for (const auto& [word, predicate] :
         std::map<std::string, std::string>{{" killed", "kill"}, {" injured", "injure"}}) {
      if (text.compare(end, word.size(), word) != 0) continue;
      Claim claim;
      claim.doc = document.id;
      claim.number = static_cast<std::uint32_t>(claims.size() + 1);
      claim.kind = ClaimKind::kCount;
      claim.span = {i, end + word.size()};
      claim.value = Interval::exactly(std::stod(text.substr(i, end - i)));
      claim.unit = "people";
      claim.predicate = predicate;
      claim.parts.push_back({"number", {i, end}});
      claims.push_back(claim);
    }
  }
}

inline Report fake_compare(std::vector<Document> documents) {
  Report report;
  report.documents = std::move(documents);
  for (const Document& document : report.documents) add_count_claims(document, report.extraction.claims);
  std::map<std::string, std::size_t> fact_of_predicate;
  for (std::size_t i = 0; i < report.extraction.claims.size(); ++i) {
    const Claim& claim = report.extraction.claims[i];
    auto [it, added] = fact_of_predicate.emplace(claim.predicate, report.facts.size());
    if (added) {
      Fact fact;
      fact.id = "fact-" + claim.predicate;
      fact.label = "people " + claim.predicate;
      report.facts.push_back(fact);
    }
    report.facts[it->second].mentions.push_back(i);
  }
  for (Fact& fact : report.facts) {
    const Claim& first = report.extraction.claims[fact.mentions.front()];
    bool differ = false;
    for (std::size_t index : fact.mentions) {
      differ = differ || !(report.extraction.claims[index].value == first.value);
    }
    fact.status = fact.mentions.size() < 2 ? FactStatus::kSingle
                                           : (differ ? FactStatus::kConflict : FactStatus::kAgree);
    if (!differ) continue;
    Finding finding;
    finding.id = "conflict-" + fact.id;
    finding.type = FindingType::kConflict;
    finding.fact = fact.id;
    finding.mentions = fact.mentions;
    report.findings.push_back(finding);
  }
  return report;
}

}  // namespace factdiff::testing
