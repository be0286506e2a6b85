#include "report/markdown_report.h"

#include <catch2/catch.hpp>

#include "golden.h"
#include "sample_report.h"

namespace factdiff {
namespace {

bool contains(const std::string& text, const std::string& piece) {
  return text.find(piece) != std::string::npos;
}

TEST_CASE("markdown report has the facts by source and the findings", "[report]") {
  const std::string note = render_markdown_report(testing::sample_report());
  CHECK(contains(note, "| Fact | Status | riverton-a | riverton-b | riverton-c |\n|---|---|---|---|---|\n"));
  CHECK(contains(note, "| workers treated | agree | Nearly two dozen workers | missing | 22 workers |\n"));
  CHECK(contains(note, "| people killed | conflict | killed 12 | killed 12 | killed 14 |\n"));
  CHECK(contains(note, "**High**\n\n- **conflict** \u00b7 people killed: The reports disagree"));
  CHECK(contains(note, "  - riverton/riverton-a.txt:3:35: A fire at a warehouse in Riverton "
                       "**killed 12** people on Tuesday, the fire chief said.\n"));
  CHECK(contains(note, "  - missing from: riverton-b\n"));
  CHECK(contains(note, "| riverton-b | unknown | 2031-03-04 |"));
}

TEST_CASE("markdown escapes document text into inert text", "[report]") {
  CHECK(markdown_escape("000_58abc _x_ a_") == "000_58abc \\_x\\_ a\\_");
  CHECK(markdown_escape("a|b <script> *x* [l](javascript:y) & `c`") ==
        "a\\|b &lt;script&gt; \\*x\\* \\[l\\](javascript:y) &amp; \\`c\\`");
  const std::string note = render_markdown_report(testing::hostile_report());
  CHECK_FALSE(contains(note, "<script"));
  CHECK_FALSE(contains(note, "<img"));
  for (std::size_t at = note.find("]("); at != std::string::npos; at = note.find("](", at + 1)) {
    CHECK(note[at - 1] == '\\');  // every ] before ( is escaped, so no link forms
  }
  CHECK_FALSE(contains(note, "\x1b"));
}

TEST_CASE("markdown golden files of the sample cluster", "[report]") {
  testing::check_golden("riverton.compare.md", render_markdown_report(testing::sample_report()));
  testing::check_golden("riverton.check.md",
                        render_markdown_report(testing::sample_report(ReportMode::kCheck)));
  testing::check_golden("riverton.extract.md",
                        render_markdown_report(testing::sample_report(ReportMode::kExtract)));
}

}  // namespace
}  // namespace factdiff
