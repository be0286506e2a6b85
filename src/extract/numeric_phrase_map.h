// PhraseMap: a lexicon whose keys are phrases of words joined by single spaces ("at least",
// "hundreds of thousands of", "miles per hour"), read word by word from a sentence's pieces.
//
// Each phrase is hashed whole, and so is every run of its first words short of the whole
// ("hundreds", "hundreds of"): a reader asks after each word whether some phrase goes on, and
// stops at the first word that starts none, which is most words.
//
//   PhraseMap<double> amounts;
//   amounts["dozens of"] = 24;
//   amounts.count("dozens of");      // 1
//   amounts.continues("dozens");     // true: "dozens of" goes on after it
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/word_hash.h"

namespace factdiff {

template <typename Value>
class PhraseMap {
 public:
  using const_iterator = typename WordMap<Value>::const_iterator;

  // The value of `phrase`, added (default-constructed) when it is new.
  Value& operator[](const std::string& phrase) {
    for (std::size_t space = phrase.find(' '); space != std::string::npos;
         space = phrase.find(' ', space + 1)) {
      openings_.insert(phrase.substr(0, space));
    }
    return phrases_[phrase];
  }

  // The value of `phrase`, or null when the map does not hold it.
  const Value* find(std::string_view phrase) const {
    auto it = phrases_.find(phrase);
    return it == phrases_.end() ? nullptr : &it->second;
  }
  // The value of `phrase`, which the map must hold (std::out_of_range otherwise).
  const Value& at(std::string_view phrase) const {
    if (const Value* value = find(phrase)) return *value;
    throw std::out_of_range("phrase not in the lexicon: " + std::string(phrase));
  }
  std::size_t count(std::string_view phrase) const { return phrases_.find(phrase) != phrases_.end(); }

  // Whether some phrase starts with the words `words` and has more after them.
  bool continues(std::string_view words) const { return openings_.find(words) != openings_.end(); }

  const_iterator begin() const { return phrases_.begin(); }
  const_iterator end() const { return phrases_.end(); }
  std::size_t size() const { return phrases_.size(); }
  bool empty() const { return phrases_.empty(); }

 private:
  WordMap<Value> phrases_;
  WordSet openings_;  // every run of a phrase's first words that more words follow
};

}  // namespace factdiff
