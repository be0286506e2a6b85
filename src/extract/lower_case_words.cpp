#include "extract/lower_case_words.h"

#include <array>
#include <string_view>

namespace factdiff {
namespace {

bool is_lower_case_word(const ParagraphWord& w) { return w.is_word && !w.capitalized; }

// A few words ("the", "of", "said") make up much of any text. A word equal to the last one seen
// with its length and first and last bytes is in the table already: found so, it is not hashed.
class RecentWords {
 public:
  // True when `word` (not empty) is the one last remembered in its place; remembers it otherwise.
  bool seen_again(const std::string& word) {
    std::string_view& recent = recent_[place_of(word)];
    if (recent == word) return true;
    recent = word;
    return false;
  }

 private:
  static constexpr std::size_t kPlaces = 256;
  static std::size_t place_of(const std::string& word) {
    const auto first = static_cast<unsigned char>(word.front());
    const auto last = static_cast<unsigned char>(word.back());
    return (word.size() * 31 + first * 7 + last) % kPlaces;
  }
  std::array<std::string_view, kPlaces> recent_{};
};

}  // namespace

LowerCaseWords::LowerCaseWords(const std::vector<AttributionParagraph>& paragraphs) {
  // Room for half the lower-case words, as many as are distinct in a news report or more: the
  // table does not regrow (and rehash) as it fills.
  std::size_t lower_case_words = 0;
  for (const AttributionParagraph& p : paragraphs) {
    for (const ParagraphWord& w : p.words) lower_case_words += is_lower_case_word(w) ? 1 : 0;
  }
  words_ = StringTable(lower_case_words / 2);
  RecentWords recent;  // views into the paragraphs' words, which outlive it
  for (const AttributionParagraph& p : paragraphs) {
    for (const ParagraphWord& w : p.words) {
      if (!is_lower_case_word(w)) continue;
      if (!w.lower.empty() && recent.seen_again(w.lower)) continue;
      words_.insert(w.lower);
    }
  }
}

}  // namespace factdiff
