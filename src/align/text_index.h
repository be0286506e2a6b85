// TextIndex: strings numbered in order of first use. Context terms and quoted words are held as
// these ids: a run repeats a few thousand words hundreds of thousands of times.
//
//   TextIndex index;  std::vector<std::string> text;
//   std::uint32_t id = intern("attack", index, text);   // text[id] == "attack"
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace factdiff {

using TextIndex = std::unordered_map<std::string, std::uint32_t>;

// The id of `word`, appended to `text` (the strings by id) when `index` has not seen it.
inline std::uint32_t intern(const std::string& word, TextIndex& index, std::vector<std::string>& text) {
  const auto [it, inserted] = index.emplace(word, static_cast<std::uint32_t>(text.size()));
  if (inserted) text.push_back(word);
  return it->second;
}

}  // namespace factdiff
