// WordHash: the hash of the lexicons' word tables, whose keys and lookups are short folded words
// and phrases ("said", "prime minister", "seventeen").
//
// The readers ask the lexicons of nearly every word of every sentence and paragraph, several
// times; the standard string hash (a byte loop) was a tenth of extraction. This one reads a word
// of up to sixteen bytes in at most two fixed-size loads and mixes them with two
// multiplications. Tables of it are transparent: a std::string_view finds a key without a copy.
//
//   WordSet titles = {"mayor", "prime minister"};
//   titles.count(word.lower);
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace factdiff {

struct WordHash {
  // Lookups by std::string_view find std::string keys without copying them.
  using is_transparent = void;
  // Any bytes hash; equal bytes hash equal. Not for untrusted keys that an adversary chooses.
  // Deliberately not noexcept: the standard tables then keep each key's hash in its node, and a
  // lookup walking a bucket compares those instead of hashing every key it passes again.
  std::size_t operator()(std::string_view text) const {
    const char* const bytes = text.data();
    const std::size_t size = text.size();
    std::uint64_t low = 0;
    std::uint64_t high = 0;
    if (size >= 8) {
      // The first and last eight bytes (overlapping under sixteen), then the middle ones.
      low = load64(bytes);
      high = load64(bytes + size - 8);
      for (std::size_t at = 8; at + 8 < size; at += 8) low = mix(low ^ load64(bytes + at), high);
    } else if (size >= 4) {
      low = load32(bytes);
      high = load32(bytes + size - 4);
    } else if (size > 0) {
      const auto byte = [bytes](std::size_t at) {
        return static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[at]));
      };
      low = byte(0) | byte(size / 2) << 8 | byte(size - 1) << 16;
    }
    return static_cast<std::size_t>(mix(low ^ kSeed, high + size));
  }

 private:
  static constexpr std::uint64_t kSeed = 0x9E3779B97F4A7C15ULL;
  static constexpr std::uint64_t kMultiplier = 0xBF58476D1CE4E5B9ULL;
  static constexpr std::uint64_t kFinalMultiplier = 0x94D049BB133111EBULL;

  static std::uint64_t load64(const char* at) {
    std::uint64_t value;
    std::memcpy(&value, at, sizeof value);
    return value;
  }
  static std::uint64_t load32(const char* at) {
    std::uint32_t value;
    std::memcpy(&value, at, sizeof value);
    return value;
  }
  // Multiply, add, then a finalizer's shifts and multiplication: every input bit reaches the
  // low bits (and the bucket the table picks with them).
  static std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
    std::uint64_t x = a * kMultiplier + b;
    x ^= x >> 32;
    x *= kFinalMultiplier;
    return x ^ (x >> 29);
  }
};

using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;
template <typename Value>
using WordMap = std::unordered_map<std::string, Value, WordHash, std::equal_to<>>;

}  // namespace factdiff
