#include "text/word_list.h"

#include <fstream>
#include <sstream>

namespace factdiff {
namespace {

std::string ascii_lower(std::string_view word) {
  std::string lowered(word);
  for (char& c : lowered) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lowered;
}

// Possessives ("France's") would let glue repair accept "frances" pieces that are not words.
bool is_possessive(std::string_view word) {
  return word.size() >= 2 && word.substr(word.size() - 2) == "'s";
}

}  // namespace

Result<std::shared_ptr<const WordList>> WordList::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error(path + ": cannot read the word list");
  std::vector<std::string> words;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) words.push_back(std::move(line));
  }
  if (words.empty()) return Status::error(path + ": the word list is empty");
  return from_words(words);
}

std::shared_ptr<const WordList> WordList::from_words(const std::vector<std::string>& words) {
  auto list = std::make_shared<WordList>();
  list->words_.reserve(words.size());
  for (const std::string& word : words) {
    if (word.empty() || is_possessive(word)) continue;
    std::string lowered = ascii_lower(word);
    if (lowered == word) list->common_.insert(lowered);
    list->words_.insert(std::move(lowered));
  }
  return list;
}

bool WordList::is_common_word(std::string_view word) const {
  return common_.count(ascii_lower(word)) > 0;
}

bool WordList::contains(std::string_view word) const {
  return words_.count(ascii_lower(word)) > 0;
}

}  // namespace factdiff
