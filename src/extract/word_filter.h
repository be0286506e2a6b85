// WordFilter: one bit per shape of the keys of a lexicon table (a key's length, first and last
// byte), which turns away most words that are not keys with a few instructions, before the
// table's own lookup.
//
// The attribution readers ask a few lexicons (speech verbs, titles, function words) of nearly
// every word, and most words are in none. A hashed table answers even a miss only after hashing
// the word and finding its bucket; the shape of a word is read from three of its bytes, and few
// words share a shape with a key of a small lexicon ("said" with "seed", not with "the").
//
//   const WordFilter speech_filter(lexicons.speech_verbs);
//   if (speech_filter.may_contain(word) && lexicons.speech_verbs.count(word)) ...
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace factdiff {

class WordFilter {
 public:
  // A filter over no table: every word may be a key.
  WordFilter() = default;

  // A filter over the keys of `table` (a WordSet, or a WordMap), as they are now: a key added to
  // the table afterwards is not seen.
  template <typename Table>
  explicit WordFilter(const Table& table) : built_(true) {
    for (const auto& entry : table) {
      const std::size_t bit = shape_of(key_of(entry));
      shapes_[bit / kBitsPerBlock] |= std::uint64_t{1} << (bit % kBitsPerBlock);
    }
  }

  // False when `word` is surely no key of the table; true when it may be one (a word of the
  // shape of a key), and always for a filter over no table.
  bool may_contain(std::string_view word) const {
    const std::size_t bit = shape_of(word);
    return !built_ || ((shapes_[bit / kBitsPerBlock] >> (bit % kBitsPerBlock)) & 1);
  }

 private:
  static constexpr std::size_t kBitsPerBlock = 64;
  // The length modulo 16 and the low five bits of the first and last bytes (which tell letters
  // apart, whatever their case).
  static constexpr std::size_t kShapes = 16 * 32 * 32;

  static std::size_t shape_of(std::string_view word) {
    if (word.empty()) return 0;
    const auto first = static_cast<unsigned char>(word.front()) & 31u;
    const auto last = static_cast<unsigned char>(word.back()) & 31u;
    return ((word.size() & 15u) * 32 + first) * 32 + last;
  }
  static std::string_view key_of(const std::string& key) { return key; }
  template <typename Pair>
  static std::string_view key_of(const Pair& entry) {
    return entry.first;
  }

  bool built_ = false;
  std::array<std::uint64_t, kShapes / kBitsPerBlock> shapes_{};
};

}  // namespace factdiff
