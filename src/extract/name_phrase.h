// NamePhrase: a titled or plain name read at one word of an attribution paragraph.
//
//   "French Prime Minister Manuel Valls": name "Manuel Valls", roles {"prime minister"},
//   begin at "French", role_begin at "Prime", name_begin at "Manuel".
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace factdiff {

struct NamePhrase {
  std::size_t begin = 0;       // first word index of the phrase (modifiers and titles included)
  std::size_t end = 0;         // one past its last word index
  std::size_t name_begin = 0;  // first word of the name proper
  std::size_t role_begin = 0;  // first word of the title ("President" in "French President X")
  std::string name;            // "Manuel Valls": camel case split, possessive dropped
  std::vector<std::string> roles;  // role values of the titles before the name
  std::string organization;    // "CIA" in "CIA director John Brennan"
  bool person = false;         // a person's name (not a place, an organisation or an alias of one)
};

}  // namespace factdiff
