#include "text/word_list.h"

#include <cstdio>
#include <functional>

namespace factdiff {
namespace {

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_lower_already(std::string_view word) {
  for (const char c : word) {
    if (c >= 'A' && c <= 'Z') return false;
  }
  return true;
}

// Possessives ("France's") would let glue repair accept "frances" pieces that are not words.
bool is_possessive(std::string_view word) {
  return word.size() >= 2 && word.substr(word.size() - 2) == "'s";
}

std::size_t slot_hash(std::string_view folded) { return std::hash<std::string_view>{}(folded); }

// Calls `use` with the ASCII-folded word, without a heap allocation for ordinary words.
template <typename Use>
auto with_folded(std::string_view word, Use use) {
  constexpr std::size_t kStackWord = 64;
  if (word.size() <= kStackWord) {
    char folded[kStackWord];
    for (std::size_t i = 0; i < word.size(); ++i) folded[i] = ascii_lower(word[i]);
    return use(std::string_view(folded, word.size()));
  }
  std::string folded(word);
  for (char& c : folded) c = ascii_lower(c);
  return use(std::string_view(folded));
}

}  // namespace

Result<std::shared_ptr<const WordList>> WordList::load(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return Status::error(path + ": cannot read the word list");
  std::string content;
  char chunk[1 << 16];
  std::size_t read = 0;
  while ((read = std::fread(chunk, 1, sizeof chunk, file)) > 0) content.append(chunk, read);
  const bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) return Status::error(path + ": cannot read the word list");
  std::vector<std::string_view> words;
  std::string_view rest(content);
  while (!rest.empty()) {
    const std::size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty()) words.push_back(line);
  }
  if (words.empty()) return Status::error(path + ": the word list is empty");
  return build(words);
}

std::shared_ptr<const WordList> WordList::from_words(const std::vector<std::string>& words) {
  std::vector<std::string_view> views(words.begin(), words.end());
  return build(views);
}

std::shared_ptr<const WordList> WordList::build(const std::vector<std::string_view>& words) {
  auto list = std::make_shared<WordList>();
  std::size_t bytes = 0;
  for (std::string_view word : words) bytes += word.size();
  list->buffer_.reserve(bytes);
  list->entries_.reserve(words.size());
  std::size_t slots = 16;
  while (slots < 2 * words.size()) slots *= 2;
  list->slots_.assign(slots, 0);
  for (std::string_view word : words) {
    if (!word.empty() && !is_possessive(word)) list->add(word);
  }
  return list;
}

void WordList::add(std::string_view word) {
  const bool common = is_lower_already(word);
  const std::size_t mask = slots_.size() - 1;
  const std::uint32_t offset = static_cast<std::uint32_t>(buffer_.size());
  for (const char c : word) buffer_.push_back(ascii_lower(c));
  const std::string_view folded = std::string_view(buffer_).substr(offset, word.size());
  for (std::size_t slot = slot_hash(folded) & mask;; slot = (slot + 1) & mask) {
    if (slots_[slot] == 0) {
      entries_.push_back({offset, static_cast<std::uint32_t>(word.size()), common});
      slots_[slot] = static_cast<std::uint32_t>(entries_.size());
      return;
    }
    Entry& entry = entries_[slots_[slot] - 1];
    if (text_of(entry) == folded) {  // "Wood" and "wood": one entry, common if either is
      entry.common = entry.common || common;
      buffer_.resize(offset);
      return;
    }
  }
}

const WordList::Entry* WordList::find(std::string_view folded) const {
  if (slots_.empty()) return nullptr;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = slot_hash(folded) & mask;; slot = (slot + 1) & mask) {
    if (slots_[slot] == 0) return nullptr;
    const Entry& entry = entries_[slots_[slot] - 1];
    if (text_of(entry) == folded) return &entry;
  }
}

bool WordList::is_common_word(std::string_view word) const {
  return with_folded(word, [this](std::string_view folded) {
    const Entry* entry = find(folded);
    return entry != nullptr && entry->common;
  });
}

bool WordList::contains(std::string_view word) const {
  return with_folded(word, [this](std::string_view folded) { return find(folded) != nullptr; });
}

}  // namespace factdiff
