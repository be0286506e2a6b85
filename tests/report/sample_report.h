// A small, invented cluster of three reports of a warehouse fire, built into a Report by hand, so
// the reporters are tested without the extractors and the judge. A fourth, hostile document
// carries markup, event handlers, javascript: links and terminal escapes in every field.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "report/report.h"

namespace factdiff::testing {

inline Document sample_document(std::string id, std::string outlet, std::string published,
                                std::string bytes) {
  Document document;
  document.id = id;
  document.path = "riverton/" + id + ".txt";
  document.bytes = std::move(bytes);
  document.title = document.bytes.substr(0, document.bytes.find('\n'));
  document.outlet = std::move(outlet);
  document.published = std::move(published);
  if (!document.published.empty()) document.published_source = "cluster.yaml";
  return document;
}

// The span of the `occurrence`-th copy of `needle`; throws when it is absent.
inline Span find_span(const Document& document, const std::string& needle, int occurrence = 1) {
  std::size_t at = std::string::npos;
  std::size_t from = 0;
  for (int seen = 0; seen < occurrence; ++seen) {
    at = document.bytes.find(needle, from);
    if (at == std::string::npos) throw std::runtime_error("not in " + document.id + ": " + needle);
    from = at + 1;
  }
  return Span{at, at + needle.size()};
}

// The line holding a span stands in for its sentence.
inline Span line_of(const Document& document, Span span) {
  const std::size_t line_start = document.bytes.rfind('\n', span.start);
  const std::size_t start = line_start == std::string::npos ? 0 : line_start + 1;
  std::size_t end = document.bytes.find('\n', span.end);
  if (end == std::string::npos) end = document.bytes.size();
  return Span{start, end};
}

inline Claim numeric_claim(const Document& document, const std::string& text, double low,
                           std::optional<double> high, std::string unit, std::string predicate,
                           std::string qualifier = {}) {
  Claim claim;
  claim.doc = document.id;
  claim.kind = ClaimKind::kCount;
  claim.span = find_span(document, text);
  claim.sentence = line_of(document, claim.span);
  claim.rule = "numeric.count.test";
  claim.value = Interval{low, high};
  claim.unit = std::move(unit);
  claim.predicate = std::move(predicate);
  claim.qualifier = std::move(qualifier);
  claim.parts.push_back({"number", claim.span});
  return claim;
}

inline Claim quote_claim(const Document& document, const std::string& words) {
  Claim claim;
  claim.doc = document.id;
  claim.kind = ClaimKind::kQuote;
  claim.quote_span = find_span(document, words);
  claim.span = Span{claim.quote_span.start - 1, claim.quote_span.end + 1};
  claim.sentence = line_of(document, claim.span);
  claim.rule = "attribution.quote.test";
  claim.speaker = "Ann Cole";
  claim.speaker_id = "ann-cole";
  claim.verb = "tell";
  claim.quote = words;
  claim.notes.push_back("speaker found after the quote");
  return claim;
}

// Numbers the claims of each document in text order, as the extractors do.
inline void number_claims(std::vector<Claim>& claims) {
  std::string doc;
  std::uint32_t count = 0;
  for (Claim& claim : claims) {
    count = claim.doc == doc ? count + 1 : 1;
    doc = claim.doc;
    claim.number = count;
  }
}

inline Report sample_report(ReportMode mode = ReportMode::kCompare) {
  Report report;
  report.mode = mode;
  report.documents.push_back(sample_document(
      "riverton-a", "Valley Post", "2031-03-04",
      "Warehouse fire in Riverton kills 12\n\n"
      "A fire at a warehouse in Riverton killed 12 people on Tuesday, the fire chief said.\n\n"
      "\"We lost good people tonight,\" Mayor Ann Cole told reporters.\n\n"
      "Nearly two dozen workers were treated in hospital.\n\n"
      "Share this article | Subscribe for 1 dollar\n"));
  report.documents.push_back(sample_document(
      "riverton-b", "", "2031-03-04",
      "Twelve dead in Riverton blaze\n\n"
      "The blaze in Riverton killed 12 workers, officials said on Tuesday.\n\n"
      "\"We lost good people, tonight,\" Mayor Ann Cole told reporters.\n\n"
      "Firefighters fought the blaze for six hours.\n"));
  report.documents.push_back(sample_document(
      "riverton-c", "Riverton Herald", "2031-03-05",
      "Riverton fire toll rises to 14\n\n"
      "A warehouse fire in Riverton has killed 14 people, the fire chief said on Wednesday.\n\n"
      "\"We lost many good people tonight,\" Mayor Ann Cole told reporters.\n\n"
      "22 workers were treated in hospital.\n"));
  const Document& a = report.documents[0];
  const Document& b = report.documents[1];
  const Document& c = report.documents[2];

  std::vector<Claim>& claims = report.extraction.claims;
  claims.push_back(numeric_claim(a, "killed 12", 12, 12, "people", "kill"));            // 0
  claims.push_back(quote_claim(a, "We lost good people tonight,"));                     // 1
  claims.push_back(numeric_claim(a, "Nearly two dozen workers", 0, 24, "worker", "treat",
                                 "nearly"));                                            // 2
  claims[2].value.low.reset();
  claims.push_back(numeric_claim(b, "killed 12", 12, 12, "worker", "kill"));            // 3
  claims.push_back(quote_claim(b, "We lost good people, tonight,"));                    // 4
  claims.push_back(numeric_claim(b, "six hours", 21600, 21600, "hour", "fight"));       // 5
  claims[5].kind = ClaimKind::kDuration;
  claims.push_back(numeric_claim(c, "killed 14", 14, 14, "people", "kill"));            // 6
  claims.push_back(quote_claim(c, "We lost many good people tonight,"));                // 7
  claims.push_back(numeric_claim(c, "22 workers", 22, 22, "worker", "treat"));          // 8
  number_claims(claims);

  Entity cole;
  cole.id = "ann-cole";
  cole.name = "Ann Cole";
  cole.type = EntityType::kPerson;
  cole.aliases = {"Ann Cole", "Mayor Ann Cole"};
  cole.roles = {"mayor"};
  for (const Document& document : report.documents) {
    cole.mentions.push_back({document.id, find_span(document, "Mayor Ann Cole")});
  }
  report.extraction.entities.push_back(cole);

  report.facts = {
      {"fact-people-killed", "count|people|kill", ClaimKind::kCount, "people killed",
       FactStatus::kConflict, {0, 3, 6}, 3.0},
      {"fact-quote-ann-cole", "quote|ann-cole", ClaimKind::kQuote, "quote by Ann Cole",
       FactStatus::kWording, {1, 4, 7}, 1.0},
      {"fact-workers-treated", "count|worker|treat", ClaimKind::kCount, "workers treated",
       FactStatus::kAgree, {2, 8}, 2.0},
      {"fact-hours-fight", "duration|hour|fight", ClaimKind::kDuration, "hours fought",
       FactStatus::kSingle, {5}, 0.5},
  };

  Finding conflict;
  conflict.id = "conflict-people-killed";
  conflict.type = FindingType::kConflict;
  conflict.severity = Severity::kHigh;
  conflict.fact = "fact-people-killed";
  conflict.message = "The reports disagree on people killed: 12 in riverton-a and riverton-b, "
                     "14 in riverton-c; riverton-c, published later, updates the figure.";
  conflict.mentions = {0, 3, 6};
  conflict.timeline = {{"riverton-a", "2031-03-04", "12"}, {"riverton-b", "2031-03-04", "12"},
                       {"riverton-c", "2031-03-05", "14"}};

  Finding omission;
  omission.id = "omission-workers-treated";
  omission.type = FindingType::kOmission;
  omission.severity = Severity::kMedium;
  omission.fact = "fact-workers-treated";
  omission.message = "riverton-b does not say how many workers were treated (about 22 in the others).";
  omission.mentions = {2, 8};
  omission.missing_from = {"riverton-b"};

  Finding wording;
  wording.id = "wording-quote-ann-cole";
  wording.type = FindingType::kWording;
  wording.severity = Severity::kLow;
  wording.fact = "fact-quote-ann-cole";
  wording.message = "riverton-c quotes Ann Cole with an added word.";
  wording.mentions = {1, 7};
  wording.diff = "We lost {+many+} good people tonight";

  Finding variant;
  variant.id = "variant-quote-ann-cole";
  variant.type = FindingType::kVariant;
  variant.severity = Severity::kLow;
  variant.fact = "fact-quote-ann-cole";
  variant.message = "riverton-b punctuates Ann Cole's words differently.";
  variant.mentions = {1, 4};

  report.findings = {conflict, omission, wording, variant};

  if (mode == ReportMode::kCheck) {
    report.draft = "riverton-b";
    report.support.assign(claims.size(), Support::kNone);
    report.support[3] = Support::kContradicted;
    report.support[4] = Support::kSupported;
    report.support[5] = Support::kUnsupported;
    Finding unsupported;
    unsupported.id = "unsupported-hours-fight";
    unsupported.type = FindingType::kUnsupported;
    unsupported.severity = Severity::kMedium;
    unsupported.fact = "fact-hours-fight";
    unsupported.message = "No source says how long firefighters fought the blaze.";
    unsupported.mentions = {5};
    report.findings.push_back(unsupported);
  }
  return report;
}

// The text layer's view of the sample: blocks (the last of the first report is page chrome),
// one sentence per content block, and one glue repair.
inline void add_sample_analyses(Report& report) {
  report.analyses.clear();
  for (const Document& document : report.documents) {
    AnalyzedDocument analysis;
    analysis.document = &document;
    std::size_t start = 0;
    while (start < document.bytes.size()) {
      std::size_t end = document.bytes.find('\n', start);
      if (end == std::string::npos) end = document.bytes.size();
      if (end > start) {
        Block block;
        block.span = Span{start, end};
        block.is_title = analysis.blocks.empty();
        const std::string_view text = document.view(block.span);
        if (text.find("Share this article") != std::string_view::npos) {
          block.boilerplate = true;
          block.reason = "rule:share-links";
        } else {
          analysis.sentences.push_back(Sentence{block.span, analysis.blocks.size(), {}});
        }
        analysis.blocks.push_back(block);
      }
      start = end + 1;
    }
    report.analyses.push_back(std::move(analysis));
  }
  AnalyzedDocument& first = report.analyses[0];
  const Span glued = find_span(report.documents[0], "fire chief");
  first.repairs.push_back({glued, {Span{glued.start, glued.start + 4}, Span{glued.start + 5, glued.end}},
                           "fire chief"});
  first.warnings.push_back("riverton/riverton-a.txt: test warning at byte 3");
}

// A report of one hostile article: its text, title, outlet, a claim, a fact label and a finding
// message all carry markup, event handlers, javascript: links and terminal escapes.
inline Report hostile_report() {
  const std::string payload =
      "<script>document.documentElement.setAttribute('data-pwned','script')</script> "
      "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\"> "
      "<a href=\"javascript:document.documentElement.setAttribute('data-pwned','link')\">click</a> "
      "</textarea><script>document.title='pwned'</script> \x1b[31mred\x1b]0;title\x07 | *bold* [x](javascript:x)";
  Report report = sample_report();
  Document hostile = sample_document(
      "hostile", "<b onmouseover=alert(1)>Outlet</b>", "2031-03-06",
      "Fire <script>alert('title')</script> kills 12\n\n"
      "The fire killed 12 people. " + payload + "\n\n"
      "It ends here.\n");
  report.documents.push_back(hostile);
  const Document& document = report.documents.back();
  Claim claim = numeric_claim(document, "killed 12", 12, 12, "people", "kill");
  claim.number = 1;
  report.extraction.claims.push_back(claim);
  Claim markup = numeric_claim(document, "<img src=x onerror", 1, 1, "image", "");
  markup.number = 2;
  report.extraction.claims.push_back(markup);
  report.facts[0].mentions.push_back(report.extraction.claims.size() - 2);
  report.facts.push_back({"fact-hostile", "count|image", ClaimKind::kCount,
                          "label <script>alert('label')</script>", FactStatus::kSingle,
                          {report.extraction.claims.size() - 1}, 0});
  Finding finding;
  finding.id = "conflict-hostile";
  finding.type = FindingType::kConflict;
  finding.severity = Severity::kHigh;
  finding.fact = "fact-hostile";
  finding.message = "message " + payload;
  finding.mentions = {report.extraction.claims.size() - 1};
  finding.diff = "{+<script>alert('diff')</script>+}";
  report.findings.push_back(finding);
  return report;
}

}  // namespace factdiff::testing
