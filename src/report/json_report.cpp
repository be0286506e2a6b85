#include "report/json_report.h"

#include <cmath>
#include <cstdint>

#include <nlohmann/json.hpp>

#include "report/json_object_writer.h"

namespace factdiff {
namespace {

using Json = nlohmann::ordered_json;

// Absent strings are null rather than "", so a consumer can tell "unknown" from a value.
Json string_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

// Whole numbers are written as integers (129, not 129.0).
Json number_or_null(const std::optional<double>& number) {
  if (!number) return nullptr;
  const double value = *number;
  if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 9.0e15) {
    return static_cast<std::int64_t>(value);
  }
  if (!std::isfinite(value)) return nullptr;
  return value;
}

// Adds "start", "end" and "text" (the original bytes, decoded) to `out`.
void add_span(Json& out, const Document* document, Span span) {
  out["start"] = span.start;
  out["end"] = span.end;
  out["text"] = document ? document->text_of(span) : std::string();
}

Json span_json(const Document* document, Span span) {
  Json out;
  add_span(out, document, span);
  return out;
}

Json document_json(const Document& document) {
  Json out;
  out["id"] = document.id;
  out["path"] = document.path;
  out["title"] = string_or_null(document.title);
  out["outlet"] = string_or_null(document.outlet);
  out["published"] = string_or_null(document.published);
  out["published_source"] = string_or_null(document.published_source);
  return out;
}

Json documents_json(const Report& report) {
  Json out = Json::array();
  for (const Document& document : report.documents) out.push_back(document_json(document));
  return out;
}

void add_numeric_fields(const Claim& claim, Json& out) {
  Json value;
  value["low"] = number_or_null(claim.value.low);
  value["high"] = number_or_null(claim.value.high);
  out["value"] = value;
  out["qualifier"] = string_or_null(claim.qualifier);
  out["unit"] = string_or_null(claim.unit);
  out["predicate"] = string_or_null(claim.predicate);
  out["negated"] = claim.negated;
  out["resolved"] = string_or_null(claim.resolved);
  out["subject"] = string_or_null(claim.subject);
  out["subject_id"] = string_or_null(claim.subject_id);
  out["speaker"] = string_or_null(claim.speaker);
  out["speaker_id"] = string_or_null(claim.speaker_id);
}

void add_speech_fields(const Claim& claim, Json& out) {
  out["speaker"] = string_or_null(claim.speaker);
  out["speaker_id"] = string_or_null(claim.speaker_id);
  out["verb"] = string_or_null(claim.verb);
  out["audience"] = string_or_null(claim.audience);
  out["quote"] = claim.quote;
  out["quote_start"] = claim.quote_span.start;
  out["quote_end"] = claim.quote_span.end;
}

void add_attribute_fields(const Claim& claim, Json& out) {
  out["subject"] = string_or_null(claim.subject);
  out["subject_id"] = string_or_null(claim.subject_id);
  Json attribute;
  attribute["name"] = string_or_null(claim.attribute_name);
  attribute["value"] = string_or_null(claim.attribute_value);
  out["attribute"] = attribute;
}

Json claim_json(const Report& report, std::size_t index) {
  const Claim& claim = report.extraction.claims[index];
  const Document* document = find_document(report, claim.doc);
  Json out;
  out["id"] = claim.id();
  out["doc"] = claim.doc;
  out["kind"] = std::string(to_string(claim.kind));
  out["text"] = document ? document->text_of(claim.span) : std::string();
  out["start"] = claim.span.start;
  out["end"] = claim.span.end;
  out["sentence"] = document ? document->text_of(claim.sentence) : std::string();
  out["sentence_start"] = claim.sentence.start;
  out["sentence_end"] = claim.sentence.end;
  out["rule"] = claim.rule;
  if (is_numeric(claim.kind)) {
    add_numeric_fields(claim, out);
  } else if (claim.kind == ClaimKind::kAttribute) {
    add_attribute_fields(claim, out);
  } else {
    add_speech_fields(claim, out);
  }
  if (report.mode == ReportMode::kCheck && claim.doc == report.draft) {
    const Support support =
        index < report.support.size() ? report.support[index] : Support::kNone;
    out["support"] = std::string(to_string(support));
  }
  if (report.explain) {
    Json parts = Json::array();
    for (const MatchedPart& part : claim.parts) {
      Json part_json;
      part_json["name"] = part.name;
      add_span(part_json, document, part.span);
      parts.push_back(part_json);
    }
    out["parts"] = parts;
    out["notes"] = claim.notes;
  }
  return out;
}

Json claims_json(const Report& report, const std::vector<std::size_t>& indexes) {
  Json out = Json::array();
  for (std::size_t index : indexes) {
    if (index < report.extraction.claims.size()) out.push_back(claim_json(report, index));
  }
  return out;
}

Json entity_json(const Report& report, const Entity& entity) {
  Json entry;
  entry["id"] = entity.id;
  entry["name"] = entity.name;
  entry["type"] = std::string(to_string(entity.type));
  entry["aliases"] = entity.aliases;
  entry["roles"] = entity.roles;
  Json mentions = Json::array();
  for (const EntityMention& mention : entity.mentions) {
    Json mention_json;
    mention_json["doc"] = mention.doc;
    add_span(mention_json, find_document(report, mention.doc), mention.span);
    mentions.push_back(mention_json);
  }
  entry["mentions"] = mentions;
  return entry;
}

Json fact_json(const Report& report, const Fact& fact) {
  Json out;
  out["id"] = fact.id;
  out["kind"] = std::string(to_string(fact.kind));
  out["label"] = fact.label;
  out["status"] = std::string(to_string(fact.status));
  out["mentions"] = claims_json(report, fact.mentions);
  return out;
}

Json finding_json(const Report& report, const Finding& finding) {
  Json out;
  out["id"] = finding.id;
  out["type"] = std::string(to_string(finding.type));
  out["severity"] = std::string(to_string(finding.severity));
  out["fact"] = finding.fact;
  out["message"] = finding.message;
  out["mentions"] = claims_json(report, finding.mentions);
  out["missing_from"] = finding.missing_from;
  if (!finding.timeline.empty()) {
    Json timeline = Json::array();
    for (const TimelinePoint& point : finding.timeline) {
      Json point_json;
      point_json["doc"] = point.doc;
      point_json["published"] = string_or_null(point.published);
      point_json["value"] = point.value;
      timeline.push_back(point_json);
    }
    out["timeline"] = timeline;
  }
  if (!finding.diff.empty()) out["diff"] = finding.diff;
  return out;
}

Json inspect_document_json(const Document& document, const AnalyzedDocument* analysis,
                           bool explain) {
  Json out = document_json(document);
  Json sentences = Json::array();
  Json boilerplate = Json::array();
  Json repairs = Json::array();
  Json warnings = Json::array();
  if (analysis) {
    for (const Sentence& sentence : analysis->sentences) {
      Json entry = span_json(&document, sentence.span);
      entry["block"] = sentence.block;
      if (explain) {
        Json tokens = Json::array();
        for (const Token& token : sentence.tokens) {
          Json token_json;
          token_json["start"] = token.span.start;
          token_json["end"] = token.span.end;
          token_json["norm"] = token.norm;
          if (token.repaired) token_json["repaired"] = true;
          tokens.push_back(token_json);
        }
        entry["tokens"] = tokens;
      }
      sentences.push_back(entry);
    }
    for (const Block& block : analysis->blocks) {
      if (!block.boilerplate) continue;
      Json entry = span_json(&document, block.span);
      entry["reason"] = block.reason;
      boilerplate.push_back(entry);
    }
    for (const GlueRepair& repair : analysis->repairs) {
      Json entry = span_json(&document, repair.span);
      entry["shown"] = repair.shown;
      Json pieces = Json::array();
      for (Span piece : repair.pieces) pieces.push_back(span_json(&document, piece));
      entry["pieces"] = pieces;
      repairs.push_back(entry);
    }
    for (const std::string& warning : analysis->warnings) warnings.push_back(warning);
  }
  out["sentences"] = sentences;
  out["boilerplate"] = boilerplate;
  out["repairs"] = repairs;
  out["warnings"] = warnings;
  return out;
}

// The analyses are parallel to the documents (report.h); the pointer inside is not followed, so a
// copied Report is still safe to render.
const AnalyzedDocument* analysis_of(const Report& report, std::size_t index) {
  return index < report.analyses.size() ? &report.analyses[index] : nullptr;
}

// The report's members in schema order; the long arrays go to the writer one element at a time.
void write_inspect(const Report& report, JsonObjectWriter& writer) {
  writer.member("schema", std::string(kInspectSchema));
  writer.begin_array("documents");
  for (std::size_t index = 0; index < report.documents.size(); ++index) {
    writer.element(
        inspect_document_json(report.documents[index], analysis_of(report, index), report.explain));
  }
  writer.end_array();
}

void write_extract(const Report& report, JsonObjectWriter& writer) {
  writer.member("schema", std::string(kExtractSchema));
  writer.member("documents", documents_json(report));
  writer.begin_array("claims");
  for (std::size_t index = 0; index < report.extraction.claims.size(); ++index) {
    writer.element(claim_json(report, index));
  }
  writer.end_array();
  writer.begin_array("entities");
  for (const Entity& entity : report.extraction.entities) writer.element(entity_json(report, entity));
  writer.end_array();
}

void write_compare(const Report& report, JsonObjectWriter& writer) {
  writer.member("schema", std::string(json_schema_of(report.mode)));
  if (report.mode == ReportMode::kCheck) writer.member("draft", report.draft);
  writer.member("documents", documents_json(report));
  writer.begin_array("facts");
  for (const Fact& fact : report.facts) writer.element(fact_json(report, fact));
  writer.end_array();
  writer.begin_array("findings");
  for (const Finding& finding : report.findings) writer.element(finding_json(report, finding));
  writer.end_array();
}

}  // namespace

std::string_view json_schema_of(ReportMode mode) {
  switch (mode) {
    case ReportMode::kInspect: return kInspectSchema;
    case ReportMode::kExtract: return kExtractSchema;
    case ReportMode::kCompare: return kCompareSchema;
    case ReportMode::kCheck: return kCheckSchema;
  }
  return kCompareSchema;
}

namespace {

void write_members(const Report& report, JsonObjectWriter& writer) {
  switch (report.mode) {
    case ReportMode::kInspect: write_inspect(report, writer); break;
    case ReportMode::kExtract: write_extract(report, writer); break;
    case ReportMode::kCompare:
    case ReportMode::kCheck: write_compare(report, writer); break;
  }
  writer.member("warnings", all_warnings(report));
}

}  // namespace

std::string render_json_report(const Report& report, bool pretty) {
  JsonObjectWriter writer(pretty);
  write_members(report, writer);
  std::string text = writer.finish();
  text += '\n';
  return text;
}

void write_json_report(const Report& report, std::ostream& out, bool pretty) {
  JsonObjectWriter writer(pretty, out);
  write_members(report, writer);
  writer.finish();
  out << '\n';
}

}  // namespace factdiff
