// Lexicon keys: the one normal form under which lexicon entries are stored and looked up.
//
// Rule files write keys the way people do ("Nearly", "at  least"); stages look words up the way
// they found them. Both sides pass through normalize_lexicon_key so they meet:
//
//   const Lexicon& qualifiers = rules.lexicon("qualifiers");
//   auto it = qualifiers.find(normalize_lexicon_key("At least"));   // key "at least"
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace factdiff {

// Unicode case folding (NFC), surrounding whitespace trimmed, inner runs of whitespace collapsed
// to one space. Nullopt when the text is not valid UTF-8.
std::optional<std::string> normalize_lexicon_key(std::string_view text);

}  // namespace factdiff
