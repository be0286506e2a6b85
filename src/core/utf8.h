// UTF-8 helpers shared by every stage: validation, and decoding with U+FFFD replacement.
//
//   std::string shown = decode_lossy(bytes);          // invalid sequences become U+FFFD
//   std::optional<size_t> bad = first_invalid_utf8(bytes);
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace factdiff {

// Length of the valid UTF-8 sequence starting at bytes[offset], or 0 when it is invalid
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
std::size_t utf8_sequence_length(std::string_view bytes, std::size_t offset);

// The code point of the valid sequence at bytes[offset] (call utf8_sequence_length first).
char32_t utf8_decode_at(std::string_view bytes, std::size_t offset, std::size_t length);

void append_utf8(std::string& out, char32_t code_point);

// The bytes with each maximal invalid subsequence replaced by U+FFFD.
std::string decode_lossy(std::string_view bytes);

// Offset of the first invalid byte, if any.
std::optional<std::size_t> first_invalid_utf8(std::string_view bytes);

}  // namespace factdiff
