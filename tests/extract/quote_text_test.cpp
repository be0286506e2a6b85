// Attribution paragraphs map their text back to the original bytes.
#include <catch2/catch.hpp>

#include "extract/quote_text.h"

using namespace factdiff;

TEST_CASE("paragraph offsets map back past the spaces inserted at glue repairs", "[attribution]") {
  // "Hollandetold reporters" at byte 100 of a document, read with a space before "told".
  AttributionParagraph p;
  p.text = "Hollande told reporters";
  p.origin_start = 100;
  p.inserted = {8};
  CHECK(p.original_offset(0) == 100);
  CHECK(p.original_offset(7) == 107);
  CHECK(p.original_offset(8) == 108);  // the inserted space: the split it marks
  CHECK(p.original_offset(9) == 108);
  CHECK(p.original_offset(p.text.size()) == 122);
  CHECK(p.to_original(0, 8) == Span{100, 108});
  CHECK(p.to_original(9, 13) == Span{108, 112});
  CHECK(p.to_original(0, p.text.size()) == Span{100, 122});
  CHECK(p.to_original(9, 9) == Span{108, 108});
  // Without repairs every byte maps one to one.
  AttributionParagraph plain;
  plain.text = "No glue here";
  plain.origin_start = 7;
  CHECK(plain.to_original(3, 7) == Span{10, 14});
}
