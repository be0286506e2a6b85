#include "report/text_report.h"

#include <catch2/catch.hpp>

#include "golden.h"
#include "report/excerpt.h"
#include "report/terminal_style.h"
#include "sample_report.h"

namespace factdiff {
namespace {

bool contains(const std::string& text, const std::string& piece) {
  return text.find(piece) != std::string::npos;
}

TEST_CASE("text report groups findings by severity and quotes every side", "[report]") {
  const Report report = testing::sample_report();
  const std::string text = render_text_report(report);

  const std::size_t high = text.find("HIGH (1 finding)");
  const std::size_t medium = text.find("MEDIUM (1 finding)");
  const std::size_t low = text.find("LOW (2 findings)");
  REQUIRE(high != std::string::npos);
  REQUIRE(medium != std::string::npos);
  REQUIRE(low != std::string::npos);
  CHECK(high < medium);
  CHECK(medium < low);

  // Each side of the conflict with file:line:column and the claim marked inside its excerpt.
  CHECK(contains(text, "riverton/riverton-a.txt:3:35  A fire at a warehouse in Riverton [killed 12] "
                       "people on Tuesday, the fire chief said."));
  CHECK(contains(text, "riverton/riverton-c.txt:3:"));
  CHECK(contains(text, "missing from: riverton/riverton-b.txt"));
  CHECK(contains(text, "timeline: 12 (riverton-a, 2031-03-04) \u2192 12 (riverton-b, 2031-03-04) "
                       "\u2192 14 (riverton-c, 2031-03-05)"));
  CHECK(contains(text, "diff: We lost {+many+} good people tonight"));
  CHECK(contains(text, "Only in one report (1)"));
  CHECK(contains(text, "duration=21600 unit=hour pred=fight"));
  CHECK(contains(text, "Summary: 3 reports, 4 facts: 1 agreement, 1 conflict, 1 omission, "
                       "1 wording change, 1 variant, 1 in one report only.\n"));
  CHECK_FALSE(contains(text, "\x1b["));
}

TEST_CASE("text report uses ANSI colour only when asked", "[report]") {
  const Report report = testing::sample_report();
  const std::string coloured = render_text_report(report, TextOptions{.color = true});
  CHECK(contains(coloured, "\x1b[1;31mHIGH (1 finding)\x1b[0m"));
  CHECK(contains(coloured, "\x1b[1;4mkilled 12\x1b[0m"));
}

TEST_CASE("colour follows --color, the terminal and NO_COLOR", "[report]") {
  CHECK(use_color(ColorChoice::kAlways, false, "1"));
  CHECK_FALSE(use_color(ColorChoice::kNever, true, nullptr));
  CHECK(use_color(ColorChoice::kAuto, true, nullptr));
  CHECK(use_color(ColorChoice::kAuto, true, ""));
  CHECK_FALSE(use_color(ColorChoice::kAuto, true, "1"));
  CHECK_FALSE(use_color(ColorChoice::kAuto, false, nullptr));
  CHECK(color_choice_from_string("always") == ColorChoice::kAlways);
  CHECK_FALSE(color_choice_from_string("yes").has_value());
}

TEST_CASE("text report never passes terminal escapes from document text", "[report]") {
  const Report report = testing::hostile_report();
  const std::string text = render_text_report(report);
  CHECK_FALSE(contains(text, "\x1b"));
  CHECK_FALSE(contains(text, "\x07"));
  CHECK(contains(text, "\xef\xbf\xbd[31mred"));
}

TEST_CASE("excerpts stay in the sentence and cut on word boundaries", "[report]") {
  Document document;
  document.bytes = "First sentence. The blaze in Riverton killed 12 workers, officials said on "
                   "Tuesday after a long night.\nNext.";
  const std::size_t start = document.bytes.find("killed 12");
  const Span claim{start, start + 9};
  const Span sentence{16, document.bytes.find('\n')};
  const Excerpt wide = excerpt_around(document, claim, sentence, 200);
  CHECK(wide.before == "The blaze in Riverton ");
  CHECK(wide.after == " workers, officials said on Tuesday after a long night.");
  const Excerpt narrow = excerpt_around(document, claim, sentence, 12);
  CHECK(narrow.before == "\u2026in Riverton ");
  CHECK(narrow.after == " workers,\u2026");
  CHECK(one_line("a\n\n b\tc\x1b") == "a b c\xef\xbf\xbd");
  CHECK(shorten("\u00e9t\u00e9", 3) == "\u00e9t\u2026");
  CHECK(shorten("\u00e9t\u00e9", 1) == "\u2026");
}

TEST_CASE("text extract and inspect renderings", "[report]") {
  Report extract = testing::sample_report(ReportMode::kExtract);
  extract.explain = true;
  const std::string claims = render_text_report(extract);
  CHECK(contains(claims, "riverton-a:1 count=12 unit=people pred=kill @[71,80) \"killed 12\"\n"
                         "    rule=numeric.count.test number=@[71,80)\"killed 12\"\n"));
  CHECK(contains(claims, "riverton-a:3 count=\u226424 qualifier=nearly unit=worker pred=treat"));
  CHECK(contains(claims, "riverton-a:2 quote speaker=\"Ann Cole\" verb=tell"));
  CHECK(contains(claims, "    note: speaker found after the quote\n"));
  CHECK(contains(claims, "ann-cole person \"Ann Cole\" 3 mentions"));
  CHECK(contains(claims, "Summary: 9 claims in 3 documents, 1 entity.\n"));

  Report inspect = testing::sample_report(ReportMode::kInspect);
  testing::add_sample_analyses(inspect);
  const std::string analysed = render_text_report(inspect);
  CHECK(contains(analysed, "  @[0,35) Warehouse fire in Riverton kills 12\n"));
  CHECK(contains(analysed, "rule:share-links \"Share this article | Subscribe for 1 dollar\""));
  CHECK(contains(analysed, "\"fire chief\" -> \"fire chief\""));
}

TEST_CASE("text golden files of the sample cluster", "[report]") {
  testing::check_golden("riverton.compare.txt", render_text_report(testing::sample_report()));
  testing::check_golden("riverton.check.txt",
                        render_text_report(testing::sample_report(ReportMode::kCheck)));
  Report extract = testing::sample_report(ReportMode::kExtract);
  extract.explain = true;
  testing::check_golden("riverton.extract.txt", render_text_report(extract));
  Report inspect = testing::sample_report(ReportMode::kInspect);
  testing::add_sample_analyses(inspect);
  testing::check_golden("riverton.inspect.txt", render_text_report(inspect));
}

}  // namespace
}  // namespace factdiff
