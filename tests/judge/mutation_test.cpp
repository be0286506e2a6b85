// Mutation test: change one document of a real cluster in memory (a shared figure, a quote's
// speaker, a person's nationality or title, a word inside a shared quote) and expect the compare
// stage to report exactly there. Runs over every fixture cluster; the catch rate must reach 0.95.
#include <cctype>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>

#include <catch2/catch.hpp>
#include <yaml-cpp/yaml.h>

#include "compare_run.h"

using namespace factdiff;
using namespace factdiff::testing;

namespace {

constexpr std::size_t kNumbersPerCluster = 3;  // keeps the whole run to seconds
constexpr std::size_t kOthersPerCluster = 1;

const std::vector<std::string> kNumberWords = {"zero", "one", "two", "three", "four", "five", "six", "seven",
                                               "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
                                               "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};

struct Mutation {
  std::string kind;  // number, speaker, attribute, quote-word
  std::string doc;
  Span changed;      // in the mutated document
  std::string replacement;
  FindingType expected;
  std::string description;
  std::vector<Span> repeats;  // other places the same words stand in that document, changed too
};

// The document with the change applied at `changed` and every repeat; returns where the primary
// change ends up (earlier replacements shift it).
Span apply_mutation(std::string& bytes, const Mutation& mutation) {
  std::vector<Span> spans = mutation.repeats;
  spans.push_back(mutation.changed);
  std::sort(spans.begin(), spans.end());
  Span primary = mutation.changed;
  long shift = 0;
  for (const Span& span : spans) {
    if (span == mutation.changed) primary = {static_cast<std::size_t>(static_cast<long>(span.start) + shift), 0};
    shift += static_cast<long>(mutation.replacement.size()) - static_cast<long>(span.size());
  }
  for (auto it = spans.rbegin(); it != spans.rend(); ++it) bytes.replace(it->start, it->size(), mutation.replacement);
  primary.end = primary.start + mutation.replacement.size();
  return primary;
}

std::optional<long long> read_number(const std::string& text) {
  std::string digits;
  bool only_digits = !text.empty();
  for (char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
    else if (c != ',') only_digits = false;
  }
  if (only_digits && !digits.empty() && digits.size() < 10) return std::stoll(digits);
  std::string lower;
  for (char c : text) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (std::size_t i = 0; i < kNumberWords.size(); ++i) {
    if (kNumberWords[i] == lower) return static_cast<long long>(i);
  }
  return std::nullopt;
}

// Another number written the same way (digits or a word, same capitalisation), far enough away.
std::string other_number(const std::string& written, long long value) {
  const long long changed = value < 20 ? value + 3 : value + std::max<long long>(3, value / 4);
  const bool word = !written.empty() && std::isalpha(static_cast<unsigned char>(written[0]));
  if (word && changed < static_cast<long long>(kNumberWords.size())) {
    std::string out = kNumberWords[static_cast<std::size_t>(changed)];
    if (std::isupper(static_cast<unsigned char>(written[0]))) out[0] = static_cast<char>(std::toupper(out[0]));
    return out;
  }
  return std::to_string(changed);
}

std::optional<Span> part_span(const Claim& claim, const std::string& name) {
  for (const MatchedPart& part : claim.parts) {
    if (part.name == name && !part.span.empty()) return part.span;
  }
  return std::nullopt;
}

// Another title of the rules with the same head word, in title case: "French President" ->
// "Vice President", "Prime Minister" -> "Interior Minister". Empty when there is none.
std::string other_title(const std::string& written, const CompareRun& run) {
  (void)run;
  std::string folded;
  for (char c : written) folded.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  const std::string head = folded.substr(folded.rfind(' ') == std::string::npos ? 0 : folded.rfind(' ') + 1);
  std::vector<std::string> candidates;
  for (const auto& [key, entry] : shared_resources().rules->lexicon("person_titles")) {
    const std::size_t space = key.rfind(' ');
    if (space == std::string::npos || key.substr(space + 1) != head || folded.find(key) != std::string::npos) continue;
    if (key.find(folded.substr(0, folded.find(' '))) != std::string::npos) continue;
    candidates.push_back(key);
  }
  if (candidates.empty()) return {};
  std::sort(candidates.begin(), candidates.end());
  std::string title = candidates.front();
  for (std::size_t i = 0; i < title.size(); ++i) {
    if (i == 0 || title[i - 1] == ' ') title[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[i])));
  }
  return title;
}

const Document& document_of(const CompareRun& run, const std::string& id) {
  for (const Document& document : run.documents) {
    if (document.id == id) return document;
  }
  throw std::runtime_error("no document " + id);
}

// The cluster's facts, and what to change for each kind of mutation.
std::vector<Mutation> plan_mutations(const CompareRun& run) {
  std::vector<Mutation> plans;
  std::map<std::string, std::size_t> planned;
  for (const Fact& fact : run.facts) {
    if (fact.mentions.size() < 2) continue;
    const std::size_t last = fact.mentions.back();
    const Claim& claim = run.extraction.claims[last];
    const Document& document = document_of(run, claim.doc);
    if ((fact.kind == ClaimKind::kCount || fact.kind == ClaimKind::kAge) && planned["number"] < kNumbersPerCluster) {
      // Numbers the documents share: every mention states the same exact value.
      const bool shared = std::all_of(fact.mentions.begin(), fact.mentions.end(), [&](std::size_t m) {
        return run.extraction.claims[m].value.is_exact() && run.extraction.claims[m].value == claim.value;
      });
      const std::optional<Span> number = part_span(claim, "number");
      if (!shared || !number) continue;
      const std::string written = document.bytes.substr(number->start, number->size());
      const std::optional<long long> value = read_number(written);
      if (!value) continue;
      const std::string replacement = other_number(written, *value);
      plans.push_back({"number", claim.doc, {number->start, number->start + replacement.size()}, replacement,
                       FindingType::kConflict, written + " -> " + replacement});
      plans.back().changed = *number;
      ++planned["number"];
    } else if (fact.kind == ClaimKind::kQuote && !claim.quote_span.empty()) {
      const std::string speaker = claim.speaker_id;
      const bool same_speaker = !speaker.empty() && std::all_of(fact.mentions.begin(), fact.mentions.end(), [&](std::size_t m) {
        return run.extraction.claims[m].speaker_id == speaker;
      });
      // Give the words to someone else: replace the speaker's name in the attribution.
      if (same_speaker && planned["speaker"] < kOthersPerCluster) {
        const Entity* current = nullptr;
        const Entity* other = nullptr;
        for (const Entity& entity : run.extraction.entities) {
          if (entity.id == speaker) current = &entity;
          else if (entity.type == EntityType::kPerson && other == nullptr) other = &entity;
        }
        if (current != nullptr && other != nullptr) {
          std::vector<std::string> names = current->aliases;
          names.push_back(current->name);
          std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
          for (const std::string& name : names) {
            const std::size_t at = document.bytes.find(name, claim.span.start);
            if (name.size() < 4 || at == std::string::npos || at + name.size() > claim.span.end || claim.quote_span.contains(at)) continue;
            plans.push_back({"speaker", claim.doc, {at, at + name.size()}, other->name, FindingType::kConflict,
                             name + " -> " + other->name});
            ++planned["speaker"];
            break;
          }
        }
      }
      // Change one word inside the quote.
      if (planned["quote-word"] < kOthersPerCluster) {
        const std::string words = document.bytes.substr(claim.quote_span.start, claim.quote_span.size());
        std::size_t begin = words.size() / 3;
        while (begin < words.size() && !(std::isalpha(static_cast<unsigned char>(words[begin])) &&
                                         (begin == 0 || words[begin - 1] == ' '))) ++begin;
        std::size_t end = begin;
        while (end < words.size() && std::isalpha(static_cast<unsigned char>(words[end]))) ++end;
        if (end > begin + 2 && end < words.size()) {
          const std::string word = words.substr(begin, end - begin);
          const std::string replacement = word == "purple" ? "orange" : "purple";
          const std::size_t at = claim.quote_span.start + begin;
          plans.push_back({"quote-word", claim.doc, {at, at + word.size()}, replacement, FindingType::kWording,
                           word + " -> " + replacement});
          ++planned["quote-word"];
        }
      }
    } else if (fact.kind == ClaimKind::kAttribute && planned["attribute"] < kOthersPerCluster &&
               (claim.attribute_name == "nationality" || claim.attribute_name == "role" || claim.attribute_name == "title")) {
      const std::optional<Span> value = part_span(claim, claim.attribute_name);
      if (!value) continue;
      const std::string written = document.bytes.substr(value->start, value->size());
      std::string replacement;
      if (claim.attribute_name == "nationality") {
        for (const char* nationality : {"Belgian", "Dutch", "Syrian"}) {
          if (written.find(nationality) == std::string::npos) {
            replacement = nationality;
            break;
          }
        }
      } else {
        replacement = other_title(written, run);
      }
      if (replacement.empty()) continue;
      plans.push_back({"attribute", claim.doc, {value->start, value->end}, replacement, FindingType::kConflict,
                       written + " -> " + replacement, {}});
      // The report gives the other title wherever it names the person with this one.
      const std::string phrase = document.bytes.substr(claim.span.start, claim.span.size());
      const std::size_t offset = value->start - claim.span.start;
      for (std::size_t at = document.bytes.find(phrase); at != std::string::npos; at = document.bytes.find(phrase, at + 1)) {
        if (at != claim.span.start) plans.back().repeats.push_back({at + offset, at + offset + value->size()});
      }
      ++planned["attribute"];
    }
  }
  return plans;
}

// Caught when a finding of the expected type names a mention of the mutated document that
// overlaps the changed bytes.
bool caught(const CompareRun& run, const Mutation& mutation, const Span& changed) {
  for (const Finding& finding : run.findings) {
    if (finding.type != mutation.expected) continue;
    for (std::size_t mention : finding.mentions) {
      const Claim& claim = run.extraction.claims[mention];
      if (claim.doc == mutation.doc && (claim.span.overlaps(changed) || claim.quote_span.overlaps(changed))) return true;
    }
  }
  return false;
}

std::vector<std::string> fixture_clusters() {
  std::vector<std::string> clusters = {paris_dir()};
  const std::filesystem::path corpus_fixtures = std::filesystem::path(FACTDIFF_SOURCE_DIR) / "fixtures" / "corpus";
  if (!corpus_available() || !std::filesystem::is_directory(corpus_fixtures)) return clusters;
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(corpus_fixtures)) {
    const std::filesystem::path metadata = entry.path() / "cluster.yaml";
    if (!std::filesystem::exists(metadata)) continue;
    const YAML::Node node = YAML::LoadFile(metadata.string());
    if (node["corpus"]) names.push_back(node["corpus"].as<std::string>());
  }
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    const std::string path = std::string(FACTDIFF_CORPUS_DIR) + "/" + name;
    if (std::filesystem::is_directory(path)) clusters.push_back(path);
  }
  return clusters;
}

}  // namespace

TEST_CASE("mutations of one report are caught where they were made", "[judge][mutation]") {
  if (!corpus_available()) std::cout << "SKIPPED: mutation test over corpus clusters: no corpus; paris-2015 only\n";
  std::map<std::string, std::pair<std::size_t, std::size_t>> tally;  // kind -> (caught, tried)
  std::vector<std::string> missed;
  for (const std::string& cluster : fixture_clusters()) {
    const std::vector<Document> original = load_cluster(cluster);
    const auto baseline = run_compare(original);
    for (const Mutation& mutation : plan_mutations(*baseline)) {
      std::vector<Document> mutated = original;
      Span changed;
      for (Document& document : mutated) {
        if (document.id == mutation.doc) changed = apply_mutation(document.bytes, mutation);
      }
      const auto run = run_compare(mutated);
      auto& [hits, tries] = tally[mutation.kind];
      ++tries;
      if (caught(*run, mutation, changed)) ++hits;
      else missed.push_back(std::filesystem::path(cluster).filename().string() + " " + mutation.doc + " " + mutation.kind + ": " + mutation.description);
    }
  }
  std::size_t hits = 0, tries = 0;
  for (const auto& [kind, counts] : tally) {
    std::cout << "mutation " << kind << ": caught " << counts.first << " of " << counts.second << "\n";
    hits += counts.first;
    tries += counts.second;
  }
  for (const char* kind : {"number", "speaker", "attribute", "quote-word"}) {
    if (!tally.count(kind)) std::cout << "SKIPPED: no " << kind << " mutation: the extraction gives no claim to change\n";
  }
  for (const std::string& miss : missed) std::cout << "missed: " << miss << "\n";
  REQUIRE(tries > 0);
  const double rate = static_cast<double>(hits) / static_cast<double>(tries);
  std::cout << "mutation catch rate: " << rate << " (" << hits << " of " << tries << ")\n";
  CHECK(rate >= 0.95);
}

TEST_CASE("the unchanged paris-2015 seeds give no conflict", "[judge][mutation]") {
  const auto run = run_compare(load_cluster(paris_dir()));
  for (const Finding& finding : run->findings) {
    CAPTURE(finding.message);
    CHECK(finding.type != FindingType::kConflict);
  }
}
