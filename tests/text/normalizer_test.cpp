#include <catch2/catch.hpp>

#include <string>

#include "text/normalizer.h"

using factdiff::normalize_text;
using factdiff::NormalizedText;
using factdiff::Span;

TEST_CASE("normalizer folds case, accents, quotes and dashes", "[text]") {
  CHECK(normalize_text("François").text() == "francois");
  CHECK(normalize_text("\xE2\x80\x9C" "France is at war,\xE2\x80\x9D").text() == "\"france is at war,\"");
  CHECK(normalize_text("minute\xE2\x80\x99s").text() == "minute's");
  CHECK(normalize_text("2013\xE2\x80\x93" "2014 \xE2\x80\x94 end").text() == "2013-2014 - end");
  CHECK(normalize_text("\xEF\xAC\x81nal").text() == "final");           // NFKC: the fi ligature
  CHECK(normalize_text("Stra\xC3\x9F" "e").text() == "strasse");        // case folding
  CHECK(normalize_text("e\xCC\x81t\xC3\xA9").text() == "ete");          // combining and precomposed
  CHECK(normalize_text("a\xC2\xA0" "b").text() == "a b");               // no-break space
  CHECK(normalize_text("ABC xyz").changed_characters() == 0);            // ASCII needs no map
}

TEST_CASE("normalizer maps view offsets back to the original bytes exactly", "[text]") {
  const std::string original = "\xE2\x80\x9C" "Fran\xC3\xA7ois\xE2\x80\x9D said \xEF\xAC\x81ne.";
  const NormalizedText view = normalize_text(original);
  REQUIRE(view.text() == "\"francois\" said fine.");
  // "francois" in the view is [1, 9); in the original it starts after the 3-byte quote.
  CHECK(view.to_original({1, 9}) == Span{3, 12});
  CHECK(original.substr(3, 9) == "Fran\xC3\xA7ois");
  // The closing quote: view [9, 10) -> original [12, 15).
  CHECK(view.to_original({9, 10}) == Span{12, 15});
  // "said" is after the map's last change: a plain shift.
  const std::size_t said = view.text().find("said");
  const Span said_original = view.to_original({said, said + 4});
  CHECK(original.substr(said_original.start, said_original.size()) == "said");
  // "fi" comes from one ligature: any part of it maps to the whole ligature.
  const std::size_t fine = view.text().find("fine");
  const Span fi = view.to_original({fine, fine + 1});
  CHECK(original.substr(fi.start, fi.size()) == "\xEF\xAC\x81");
  const Span whole = view.to_original({0, view.text().size()});
  CHECK(whole == Span{0, original.size()});
}

TEST_CASE("normalizer reads invalid UTF-8 as U+FFFD with true offsets", "[text]") {
  const std::string original = "ab\xFF\xFE" "cd";
  const NormalizedText view = normalize_text(original);
  CHECK(view.text() == "ab\xEF\xBF\xBD\xEF\xBF\xBD" "cd");
  const std::size_t cd = view.text().find("cd");
  CHECK(view.to_original({cd, cd + 2}) == Span{4, 6});
  CHECK(view.to_original({2, 5}) == Span{2, 3});
}

TEST_CASE("normalizer keeps a dropped invisible character out of spans", "[text]") {
  const std::string original = "a\xE2\x80\x8B" "b";  // zero-width space
  const NormalizedText view = normalize_text(original);
  REQUIRE(view.text() == "ab");
  CHECK(view.to_original({0, 1}) == Span{0, 1});
  CHECK(view.to_original({1, 2}) == Span{4, 5});
  CHECK(view.to_original({0, 2}) == Span{0, 5});
}

// Speed is measured by bench/text_bench; this checks that a large ASCII text keeps its bytes and
// its offsets (the ASCII path copies rather than mapping character by character).
TEST_CASE("normalizer keeps a 32 MB ASCII text byte for byte", "[text]") {
  std::string text;
  const std::string paragraph =
      "French President Francois Hollande called on the United States and Russia on Monday to "
      "join a global coalition, killing 129 people and wounding 352.\n\n";
  while (text.size() < (std::size_t{32} << 20)) text += paragraph;
  const NormalizedText view = normalize_text(text);
  REQUIRE(view.text().size() == text.size());
  CHECK(view.text().compare(0, 8, "french p") == 0);
  const std::size_t last = text.size() - paragraph.size();
  CHECK(view.text().compare(last, 8, "french p") == 0);
  CHECK(view.changed_characters() == 0);
  CHECK(view.to_original_start(last) == last);
}

TEST_CASE("matching folds each ASCII byte as it folds the byte alone, wherever it sits", "[text]") {
  // Long ASCII runs are folded eight bytes at a time; a single byte goes through the byte table.
  // Every byte value at every place of a 19-byte run must come out as it does alone.
  for (int value = 1; value < 128; ++value) {
    const char byte = static_cast<char>(value);
    const std::string alone = factdiff::normalize_for_matching(std::string_view(&byte, 1));
    for (std::size_t at = 0; at < 19; ++at) {
      std::string run(19, 'Q');
      run[at] = byte;
      std::string expected;
      for (std::size_t i = 0; i < run.size(); ++i) {
        expected += i == at ? alone : std::string("q");
      }
      INFO("byte " << value << " at " << at);
      REQUIRE(factdiff::normalize_for_matching(run) == expected);
    }
  }
}
