#include "text/word_list.h"

#include <cstdio>

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
  list->words_ = StringTable(words.size());
  list->words_.reserve_bytes(bytes);
  list->common_.reserve(words.size());
  for (std::string_view word : words) {
    if (!word.empty() && !is_possessive(word)) list->add(word);
  }
  return list;
}

void WordList::add(std::string_view word) {
  const bool common = is_lower_already(word);
  with_folded(word, [&](std::string_view folded) {
    const auto [id, added] = words_.insert(folded);
    if (added) {
      common_.push_back(common);
    } else if (common) {  // "Wood" and "wood": one entry, common if either is
      common_[id] = true;
    }
  });
}

bool WordList::is_common_word(std::string_view word) const {
  return with_folded(word, [this](std::string_view folded) {
    const std::size_t id = words_.find(folded);
    return id != StringTable::kAbsent && common_[id];
  });
}

bool WordList::contains(std::string_view word) const {
  return with_folded(word, [this](std::string_view folded) { return words_.find(folded) != StringTable::kAbsent; });
}

}  // namespace factdiff
