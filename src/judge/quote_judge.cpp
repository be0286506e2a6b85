#include "judge/quote_judge.h"

#include <algorithm>
#include <set>

#include "align/word_sequence.h"
#include "core/person_names.h"
#include "judge/quote_diff.h"

namespace factdiff {
namespace {

// Closed-class words that flip a statement's sense.
bool is_negation(const std::string& folded) {
  static const std::set<std::string> words = {"not", "no", "never", "nothing", "nobody", "none", "neither",
                                              "nor", "without", "cannot"};
  return words.count(folded) > 0 || (folded.size() > 3 && folded.compare(folded.size() - 3, 3, "n't") == 0);
}

bool is_number_word(const std::string& surface, const CompareLexicons& lexicons) {
  const std::string folded = fold_word(surface);
  return (!folded.empty() && folded[0] >= '0' && folded[0] <= '9') || lexicons.number_words.count(folded) > 0;
}

// A capitalised word that does not open a sentence: a name.
bool is_name(const std::string& surface, bool opens_sentence) {
  return !opens_sentence && !surface.empty() && surface[0] >= 'A' && surface[0] <= 'Z' && surface != "I";
}

bool changes_meaning(const std::vector<std::string>& words, const std::vector<bool>& opens,
                     const CompareLexicons& lexicons) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (is_negation(fold_word(words[i])) || is_number_word(words[i], lexicons) || is_name(words[i], opens[i])) return true;
  }
  return false;
}

std::string speaker_key(const Claim& claim) {
  if (!claim.speaker_id.empty()) return claim.speaker_id;
  const std::string key = folded_words(claim.speaker);
  return key == "unknown" ? std::string() : key;
}

std::string speaker_name(const Claim& claim) { return claim.speaker.empty() ? claim.speaker_id : claim.speaker; }

// Two speakers give the same words in conflict only when they cannot be one person: a surname
// may be the full name another report gives ("Bailey", "Sheriff Paul Bailey"), and a speaker
// known to be an organisation or a place may speak through the person another report names
// ("Surrey Police", "a Surrey Police spokeswoman").
bool speakers_conflict(const Claim& a, const Claim& b, const JudgeContext& context) {
  for (const Claim* claim : {&a, &b}) {
    const Entity* entity = context.entity(claim->speaker_id);
    if (entity != nullptr && entity->type != EntityType::kPerson) return false;
  }
  const std::string x = folded_words(speaker_name(a));
  const std::string y = folded_words(speaker_name(b));
  return !may_be_one_person(x, y);
}

std::string join_words(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& word : words) joined += (joined.empty() ? "" : " ") + word;
  return joined;
}

struct Rendering {
  std::size_t mention;
  WordSequence words;
};

}  // namespace

FactVerdict judge_speech(const Fact& fact, const JudgeContext& context) {
  FactVerdict verdict;
  if (fact.mentions.size() < 2) {
    verdict.status = FactStatus::kSingle;
    return verdict;
  }
  const CompareLexicons& lexicons = context.lexicons();
  // Speakers: known and different is a conflict.
  std::vector<std::size_t> by_speaker;
  std::set<std::string> speakers;
  for (std::size_t mention : fact.mentions) {
    const std::string key = speaker_key(context.claim(mention));
    if (!key.empty() && speakers.insert(key).second) by_speaker.push_back(mention);
  }
  bool conflict = false;
  for (std::size_t i = 0; i < by_speaker.size() && !conflict; ++i) {
    for (std::size_t j = i + 1; j < by_speaker.size() && !conflict; ++j) {
      conflict = speakers_conflict(context.claim(by_speaker[i]), context.claim(by_speaker[j]), context);
    }
  }
  if (conflict) {
    Finding finding;
    finding.fact = fact.id;
    finding.type = FindingType::kConflict;
    const bool quote = fact.kind == ClaimKind::kQuote;
    finding.severity = quote ? Severity::kHigh : Severity::kMedium;
    finding.mentions = fact.mentions;
    std::string listing;
    for (std::size_t mention : by_speaker) {
      listing += (listing.empty() ? "" : "; ") + context.doc_name(context.claim(mention).doc) + " gives them to " +
                 speaker_name(context.claim(mention));
    }
    finding.message = std::string(quote ? "The same words are quoted from different speakers: " : "The same statement is attributed to different speakers: ") +
                      listing + " (" + fact.label + ").";
    verdict.findings.push_back(std::move(finding));
    verdict.status = FactStatus::kConflict;
  }
  if (fact.kind != ClaimKind::kQuote) return verdict;

  // Words: cut joined quotes down to the part this fact is about, then group equal wordings.
  std::size_t anchor = fact.mentions.front();
  std::vector<Rendering> renderings;
  for (std::size_t mention : fact.mentions) renderings.push_back({mention, split_words(context.claim(mention).quote, lexicons.spelling)});
  for (const Rendering& rendering : renderings) {
    const Rendering& current = *std::find_if(renderings.begin(), renderings.end(), [&](const Rendering& r) { return r.mention == anchor; });
    if (rendering.words.size() < current.words.size()) anchor = rendering.mention;
  }
  const WordSequence anchor_words = std::find_if(renderings.begin(), renderings.end(), [&](const Rendering& r) { return r.mention == anchor; })->words;
  for (Rendering& rendering : renderings) rendering.words = best_window(rendering.words, anchor_words);

  std::vector<std::vector<std::size_t>> groups;  // indexes into renderings, same folded words
  for (std::size_t i = 0; i < renderings.size(); ++i) {
    auto found = std::find_if(groups.begin(), groups.end(), [&](const std::vector<std::size_t>& group) {
      return renderings[group.front()].words.folded == renderings[i].words.folded;
    });
    if (found == groups.end()) groups.push_back({i});
    else found->push_back(i);
  }
  // Variants: one wording written differently.
  std::vector<std::size_t> variant_mentions;
  std::vector<std::string> variant_docs;
  for (const auto& group : groups) {
    bool differs = false;
    for (std::size_t k = 1; k < group.size(); ++k) differs |= differs_in_form(renderings[group[0]].words, renderings[group[k]].words);
    if (!differs) continue;
    for (std::size_t index : group) {
      variant_mentions.push_back(renderings[index].mention);
      variant_docs.push_back(context.doc_name(context.claim(renderings[index].mention).doc));
    }
  }
  if (!variant_mentions.empty()) {
    Finding finding;
    finding.fact = fact.id;
    finding.type = FindingType::kVariant;
    finding.severity = Severity::kLow;
    finding.mentions = variant_mentions;
    finding.message = join_names(variant_docs) + " quote the same words, written differently (punctuation, case or spelling): " + fact.label + ".";
    verdict.findings.push_back(std::move(finding));
    if (verdict.status == FactStatus::kAgree) verdict.status = FactStatus::kVariant;
  }
  if (groups.size() < 2) return verdict;

  // Wording: every other wording against the one most reports use (earliest on a tie).
  std::size_t reference = 0;
  for (std::size_t g = 1; g < groups.size(); ++g) {
    if (groups[g].size() > groups[reference].size()) reference = g;
  }
  const WordSequence& from = renderings[groups[reference].front()].words;
  Finding finding;
  finding.fact = fact.id;
  finding.type = FindingType::kWording;
  finding.severity = Severity::kLow;
  for (std::size_t index : groups[reference]) finding.mentions.push_back(renderings[index].mention);
  std::string changes;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (g == reference) continue;
    const QuoteDiff diff = diff_words(from, renderings[groups[g].front()].words);
    std::vector<std::string> names;
    for (std::size_t index : groups[g]) {
      finding.mentions.push_back(renderings[index].mention);
      names.push_back(context.doc_name(context.claim(renderings[index].mention).doc));
    }
    const std::string docs = join_names(names);
    const bool meaning = changes_meaning(diff.added, diff.added_opens_sentence, lexicons) ||
                         changes_meaning(diff.dropped, diff.dropped_opens_sentence, lexicons);
    const std::size_t many = std::max<std::size_t>(4, from.size() / 4);
    const Severity severity = meaning ? Severity::kHigh : diff.changed() > many ? Severity::kMedium : Severity::kLow;
    finding.severity = std::max(finding.severity, severity);
    std::string what;
    if (!diff.added.empty()) what += "adds \"" + join_words(diff.added) + "\"";
    if (!diff.dropped.empty()) what += std::string(what.empty() ? "" : " and ") + "drops \"" + join_words(diff.dropped) + "\"";
    changes += (changes.empty() ? "" : "; ") + docs + " " + what;
    finding.diff += (finding.diff.empty() ? "" : "; ") + docs + ": " + diff.text;
  }
  std::vector<std::string> reference_names;
  for (std::size_t index : groups[reference]) {
    reference_names.push_back(context.doc_name(context.claim(renderings[index].mention).doc));
  }
  const std::string reference_docs = join_names(reference_names);
  finding.message = "Quote worded differently (" + fact.label + "): " + changes + ", compared with " + reference_docs + ".";
  std::sort(finding.mentions.begin(), finding.mentions.end(), [&](std::size_t a, std::size_t b) {
    return context.doc_rank(context.claim(a).doc) < context.doc_rank(context.claim(b).doc);
  });
  verdict.findings.push_back(std::move(finding));
  if (verdict.status != FactStatus::kConflict) verdict.status = FactStatus::kWording;
  return verdict;
}

}  // namespace factdiff
