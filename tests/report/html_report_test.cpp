#include "report/html_report.h"

#include <catch2/catch.hpp>
#include <cctype>

#include "golden.h"
#include "report/html_assets.h"
#include "report/sha256.h"
#include "sample_report.h"

namespace factdiff {
namespace {

std::size_t count_of(const std::string& text, const std::string& piece) {
  std::size_t count = 0;
  for (std::size_t at = text.find(piece); at != std::string::npos; at = text.find(piece, at + 1)) {
    ++count;
  }
  return count;
}

bool contains(const std::string& text, const std::string& piece) { return count_of(text, piece) > 0; }

// True when some tag before the page's script has an attribute named on...= (an event handler).
bool has_event_handler_attribute(const std::string& page) {
  const std::size_t script = page.find("<script>");
  for (std::size_t open = page.find('<'); open < script; open = page.find('<', open + 1)) {
    const std::string tag = page.substr(open, page.find('>', open) - open);
    for (std::size_t at = tag.find(" on"); at != std::string::npos; at = tag.find(" on", at + 1)) {
      std::size_t end = at + 3;
      while (end < tag.size() && std::isalpha(static_cast<unsigned char>(tag[end]))) ++end;
      if (end < tag.size() && tag[end] == '=') return true;
    }
  }
  return false;
}

std::string hex(const std::array<std::uint8_t, 32>& digest) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (std::uint8_t byte : digest) {
    out += kDigits[byte >> 4];
    out += kDigits[byte & 15];
  }
  return out;
}

TEST_CASE("sha256 and base64 match the published test vectors", "[report]") {
  CHECK(hex(sha256("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(hex(sha256("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(hex(sha256(std::string(1000000, 'a'))) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  const std::uint8_t man[] = {'M', 'a', 'n'};
  CHECK(base64(man, 3) == "TWFu");
  CHECK(base64(man, 2) == "TWE=");
  CHECK(base64(man, 1) == "TQ==");
}

TEST_CASE("html report highlights every claim and links every finding", "[report]") {
  const Report report = testing::sample_report();
  const std::string page = render_html_report(report);
  for (std::size_t index = 0; index < report.extraction.claims.size(); ++index) {
    INFO("claim " << index);
    CHECK(contains(page, "<span id=\"c" + std::to_string(index) + "\"></span><mark class=\"claim"));
  }
  CHECK(contains(page, "<mark class=\"claim st-conflict\" data-claims=\"c0\" data-fact=\"k0\""));
  CHECK(contains(page, "<mark class=\"claim st-single\" data-claims=\"c5\""));
  CHECK(count_of(page, "class=\"finding-link\"") == 4);
  CHECK(contains(page, "id=\"item-finding-0\" data-type=\"conflict\" data-severity=\"high\" data-claims=\"c0 c3 c6\""));
  CHECK(contains(page, "<table id=\"fact-table\">"));
  CHECK(contains(page, "<td class=\"missing-cell\">missing</td>"));
  CHECK(contains(page, "<select id=\"filter-type\">"));
  CHECK(contains(page, "<select id=\"filter-severity\">"));
  CHECK(contains(page, "@media print"));
  CHECK(contains(page, "<td>Valley Post</td><td>2031-03-04</td>"));
  CHECK(render_html_report(report) == page);
}

TEST_CASE("html report makes no network request and runs only its own script", "[report]") {
  const std::string page = render_html_report(testing::sample_report());
  const std::string policy = html_content_security_policy();
  CHECK(contains(page, "<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">"));
  CHECK(contains(policy, "default-src 'none'"));
  CHECK(contains(policy, "connect-src 'none'"));
  CHECK_FALSE(contains(policy, "unsafe-inline'; script") );
  const auto digest = sha256(html_script());
  CHECK(contains(policy, "script-src 'sha256-" + base64(digest.data(), digest.size()) + "'"));
  CHECK(count_of(page, "<script") == 1);
  CHECK_FALSE(contains(page, "http://"));
  CHECK_FALSE(contains(page, "https://"));
  CHECK_FALSE(contains(page, "url("));
  CHECK_FALSE(contains(page, "@import"));
  CHECK_FALSE(contains(page, " src="));
  CHECK_FALSE(has_event_handler_attribute(page));
  CHECK(has_event_handler_attribute("<p><b onclick=x>"));
}

TEST_CASE("html report shows hostile document text literally", "[report]") {
  const std::string page = render_html_report(testing::hostile_report());
  CHECK(count_of(page, "<script") == 1);  // the page's own
  CHECK_FALSE(contains(page, "<img"));
  CHECK_FALSE(contains(page, "<a href=\"javascript"));
  CHECK_FALSE(contains(page, "</textarea>"));
  CHECK_FALSE(contains(page, "<b onmouseover"));
  CHECK_FALSE(has_event_handler_attribute(page));
  CHECK_FALSE(contains(page, "\x1b"));
  CHECK(contains(page, "&lt;script&gt;document.documentElement.setAttribute(&#39;data-pwned&#39;"));
  CHECK(contains(page, "&lt;img src=x onerror=&quot;"));
  CHECK(contains(page, "&lt;/textarea&gt;"));
  CHECK(contains(page, "<title>factdiff: 4 reports compared</title>"));
  CHECK(contains(page, "label &lt;script&gt;alert(&#39;label&#39;)&lt;/script&gt;"));
  CHECK(contains(page, "{+&lt;script&gt;alert(&#39;diff&#39;)&lt;/script&gt;+}"));
  CHECK(html_escape("a\x01<b>\"'&\xff") == "a\xef\xbf\xbd&lt;b&gt;&quot;&#39;&amp;\xef\xbf\xbd");
}

TEST_CASE("html keeps overlapping claims flat", "[report]") {
  Report report = testing::sample_report();
  // A second claim inside the quote: the pieces must not cross tags.
  Claim inner = testing::numeric_claim(report.documents[0], "good people", 1, 1, "people", "lose");
  inner.number = 9;
  report.extraction.claims.push_back(inner);
  const std::string page = render_html_report(report);
  const std::size_t last = report.extraction.claims.size() - 1;
  CHECK(contains(page, "<span id=\"c" + std::to_string(last) + "\"></span><mark class=\"claim st-none nested\""
                       " data-claims=\"c1 c" + std::to_string(last) + "\""));
  CHECK(count_of(page, "<mark") == count_of(page, "</mark>"));
}

TEST_CASE("html golden file of the sample cluster", "[report]") {
  testing::check_golden("riverton.compare.html", render_html_report(testing::sample_report()));
}

}  // namespace
}  // namespace factdiff
