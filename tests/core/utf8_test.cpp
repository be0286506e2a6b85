#include "core/utf8.h"

#include <catch2/catch.hpp>

#include "core/document.h"

using namespace factdiff;

TEST_CASE("valid UTF-8 passes through untouched", "[core][utf8]") {
  const std::string text = "Fran\xC3\xA7ois \xE2\x80\x9Cwar\xE2\x80\x9D \xF0\x9F\x98\x80";
  CHECK(decode_lossy(text) == text);
  CHECK_FALSE(first_invalid_utf8(text).has_value());
}

TEST_CASE("invalid sequences become one U+FFFD each", "[core][utf8]") {
  const struct {
    std::string input;
    std::string expected;
    std::size_t first_bad;
  } cases[] = {
      {"Fran\xE7ois", "Fran\xEF\xBF\xBDois", 4},            // Latin-1 byte inside a word
      {"a\xC3", "a\xEF\xBF\xBD", 1},                         // truncated at the end
      {"\xC0\xAFx", "\xEF\xBF\xBDx", 0},                     // overlong slash
      {"\xED\xA0\x80z", "\xEF\xBF\xBDz", 0},                 // UTF-16 surrogate
      {"\xF4\x90\x80\x80!", "\xEF\xBF\xBD!", 0},             // above U+10FFFF
  };
  for (const auto& test : cases) {
    CAPTURE(test.input);
    CHECK(decode_lossy(test.input) == test.expected);
    REQUIRE(first_invalid_utf8(test.input).has_value());
    CHECK(*first_invalid_utf8(test.input) == test.first_bad);
  }
}

TEST_CASE("a bad byte is found at every place of a long ASCII run", "[core][utf8]") {
  // ASCII is skipped eight bytes at a time: the bad byte sits at every offset of those words,
  // and a valid sequence before it must not hide it.
  for (std::size_t at = 0; at < 40; ++at) {
    std::string text(40, 'a');
    text[at] = '\xE7';
    CAPTURE(at);
    REQUIRE(first_invalid_utf8(text).has_value());
    CHECK(*first_invalid_utf8(text) == at);
    const std::string with_valid_before = "\xC3\xA7" + text;
    CHECK(*first_invalid_utf8(with_valid_before) == at + 2);
  }
  CHECK_FALSE(first_invalid_utf8(std::string(41, 'a')).has_value());
}

TEST_CASE("documents quote their original bytes by span", "[core][document]") {
  Document doc;
  doc.bytes = "line one\r\nsecond \xFFline";
  CHECK(doc.text_of({0, 4}) == "line");
  CHECK(doc.text_of({17, 22}) == "\xEF\xBF\xBDline");
  CHECK(doc.text_of({18, 100}) == "line");  // clamped to the document
  CHECK(doc.line_column(0) == std::pair<std::size_t, std::size_t>{1, 1});
  CHECK(doc.line_column(10) == std::pair<std::size_t, std::size_t>{2, 1});
  CHECK(doc.line_column(17) == std::pair<std::size_t, std::size_t>{2, 8});
}
