// Example checkers of the attribution stages: each example text runs through the text layer and
// the stage's extractor, and the result is compared with the example's expected fields.
#include "extract/quote_examples.h"

#include <fmt/format.h>

#include "extract/attribute_extractor.h"
#include "extract/entity_resolver.h"
#include "extract/quote_extractor.h"
#include "extract/quote_text.h"
#include "extract/spelling_variants.h"
#include "text/text_analyzer.h"

namespace factdiff {
namespace {

struct ExampleRun {
  std::vector<Claim> speech;
  std::vector<Claim> attributes;
  std::vector<Entity> entities;
};

ExampleRun run_example(const RuleSet& rules, const WordList& words, const std::string& text) {
  std::vector<Document> documents(1);
  documents[0].id = "example";
  documents[0].path = "example.txt";
  documents[0].bytes = text;
  const std::vector<AnalyzedDocument> analyses = analyze_documents(documents, rules, words);
  ExampleRun run;
  run.speech = extract_quotes(analyses[0], rules);
  run.attributes = extract_attributes(analyses[0], rules);
  std::vector<Claim> all = run.speech;
  all.insert(all.end(), run.attributes.begin(), run.attributes.end());
  run.entities = resolve_entities(analyses, all, rules);
  // Keep the resolved names.
  run.speech.assign(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(run.speech.size()));
  run.attributes.assign(all.begin() + static_cast<std::ptrdiff_t>(run.speech.size()), all.end());
  return run;
}

bool same_text(const std::string& expected, const std::string& actual) {
  return fold_text(expected) == fold_text(actual);
}

// The quoted words may keep their closing comma ("France is at war,"); the example need not.
bool same_words(const std::string& expected, const std::string& actual) {
  std::string trimmed = actual;
  while (!trimmed.empty() && (trimmed.back() == ',' || trimmed.back() == ' ')) trimmed.pop_back();
  return same_text(expected, trimmed) || same_text(expected, actual);
}

std::string describe_speech(const Claim& claim) {
  return fmt::format("{} speaker='{}' verb='{}' audience='{}' quote='{}'", to_string(claim.kind),
                     claim.speaker, claim.verb, claim.audience, claim.quote);
}

Status check_speech(const RuleSet& rules, const WordList& words, const RuleExample& example, bool negative) {
  const ExampleRun run = run_example(rules, words, example.text);
  if (negative) {
    if (run.speech.empty()) return Status();
    return Status::error("expected no quote or statement, got " + describe_speech(run.speech.front()));
  }
  if (run.speech.empty()) return Status::error("expected a quote or statement, got none");
  std::string seen;
  for (const Claim& claim : run.speech) {
    bool all = true;
    for (const auto& [key, value] : example.expect) {
      if (key == "speaker") all = all && same_text(value, claim.speaker);
      else if (key == "verb") all = all && same_text(value, claim.verb);
      else if (key == "audience") all = all && same_text(value, claim.audience);
      else if (key == "quote") all = all && same_words(value, claim.quote);
      else if (key == "kind") all = all && value == to_string(claim.kind);
      else return Status::error("unknown expected key '" + key + "' (allowed: speaker, verb, audience, quote, kind)");
    }
    if (all) return Status();
    if (!seen.empty()) seen += "; ";
    seen += describe_speech(claim);
  }
  return Status::error("no claim has the expected fields; got " + seen);
}

}  // namespace

Status check_quote_example(const RuleSet& rules, const WordList& words, const Rule& rule,
                           const RuleExample& example, bool negative) {
  (void)rule;
  return check_speech(rules, words, example, negative);
}

Status check_statement_example(const RuleSet& rules, const WordList& words, const Rule& rule,
                               const RuleExample& example, bool negative) {
  (void)rule;
  return check_speech(rules, words, example, negative);
}

Status check_attribute_example(const RuleSet& rules, const WordList& words, const Rule& rule,
                               const RuleExample& example, bool negative) {
  (void)rule;
  const ExampleRun run = run_example(rules, words, example.text);
  auto describe = [](const Claim& claim) {
    return fmt::format("subject='{}' {}='{}'", claim.subject, claim.attribute_name, claim.attribute_value);
  };
  if (negative) {
    if (run.attributes.empty()) return Status();
    return Status::error("expected no attribute, got " + describe(run.attributes.front()));
  }
  std::string seen;
  for (const Claim& claim : run.attributes) {
    bool all = true;
    for (const auto& [key, value] : example.expect) {
      if (key == "subject") all = all && same_text(value, claim.subject);
      else if (key == "name") all = all && value == claim.attribute_name;
      else if (key == "value") all = all && same_text(value, claim.attribute_value);
      else return Status::error("unknown expected key '" + key + "' (allowed: subject, name, value)");
    }
    if (all) return Status();
    if (!seen.empty()) seen += "; ";
    seen += describe(claim);
  }
  return Status::error("no attribute has the expected fields; got " + (seen.empty() ? std::string("none") : seen));
}

Status check_entity_example(const RuleSet& rules, const WordList& words, const Rule& rule,
                            const RuleExample& example, bool negative) {
  (void)rule;
  const ExampleRun run = run_example(rules, words, example.text);
  if (negative) {
    if (run.entities.empty()) return Status();
    return Status::error("expected no entity, got '" + run.entities.front().name + "'");
  }
  std::string seen;
  for (const Entity& entity : run.entities) {
    bool all = true;
    for (const auto& [key, value] : example.expect) {
      if (key == "name") all = all && entity.name == value;
      else if (key == "type") all = all && value == to_string(entity.type);
      else return Status::error("unknown expected key '" + key + "' (allowed: name, type)");
    }
    if (all) return Status();
    if (!seen.empty()) seen += ", ";
    seen += fmt::format("{} ({})", entity.name, to_string(entity.type));
  }
  return Status::error("no entity has the expected fields; got " + (seen.empty() ? std::string("none") : seen));
}

Status check_spelling_example(const RuleSet& rules, const WordList& words, const Rule& rule,
                              const RuleExample& example, bool negative) {
  (void)words;
  (void)rule;
  const SpellingVariants spelling = SpellingVariants::from_rules(rules);
  const std::string common = spelling.common_form(example.text);
  if (negative) {
    if (common == fold_text(example.text)) return Status();
    return Status::error("expected no variant, got '" + common + "'");
  }
  auto value = example.expect.find("value");
  if (value == example.expect.end()) return Status::error("a spelling example needs 'value'");
  if (common == fold_text(value->second)) return Status();
  return Status::error("expected '" + value->second + "', got '" + common + "'");
}

void add_attribution_checkers(ExampleCheckers& checkers, const RuleSet& rules, const WordList& words) {
  const RuleSet* r = &rules;
  const WordList* w = &words;
  checkers.add("quote", [r, w](const Rule& rule, const RuleExample& example, bool negative) {
    return check_quote_example(*r, *w, rule, example, negative);
  });
  checkers.add("statement", [r, w](const Rule& rule, const RuleExample& example, bool negative) {
    return check_statement_example(*r, *w, rule, example, negative);
  });
  checkers.add("attribute", [r, w](const Rule& rule, const RuleExample& example, bool negative) {
    return check_attribute_example(*r, *w, rule, example, negative);
  });
  checkers.add("entity", [r, w](const Rule& rule, const RuleExample& example, bool negative) {
    return check_entity_example(*r, *w, rule, example, negative);
  });
  checkers.add("spelling", [r, w](const Rule& rule, const RuleExample& example, bool negative) {
    return check_spelling_example(*r, *w, rule, example, negative);
  });
}

}  // namespace factdiff
