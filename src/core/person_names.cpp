#include "core/person_names.h"

#include <array>
#include <string>

namespace factdiff {
namespace {

// Generational suffixes written after a surname ("Sid Gautreaux III", "Norris Greenhouse Jr.").
constexpr std::array<std::string_view, 6> kNameSuffixes = {"jr", "sr", "ii", "iii", "iv", "v"};

bool is_suffix(std::string_view word) {
  for (std::string_view suffix : kNameSuffixes) {
    if (word == suffix) return true;
  }
  return false;
}

// The name without its generational suffix and its initials ("sid j. gautreaux iii" ->
// "sid gautreaux"): neither tells two people apart when the rest of the name is the same.
std::string core_name(std::string_view name) {
  std::string core;
  std::size_t at = 0;
  while (at < name.size()) {
    std::size_t end = name.find(' ', at);
    if (end == std::string_view::npos) end = name.size();
    std::string_view word = name.substr(at, end - at);
    at = end + 1;
    while (!word.empty() && word.back() == '.') word.remove_suffix(1);
    const bool initial = word.size() == 1;
    if (word.empty() || initial || is_suffix(word)) continue;
    if (!core.empty()) core += ' ';
    core += word;
  }
  return core;
}

}  // namespace

std::string_view without_name_suffix(std::string_view name) {
  const std::size_t space = name.rfind(' ');
  if (space == std::string_view::npos) return name;
  std::string_view last = name.substr(space + 1);
  while (!last.empty() && last.back() == '.') last.remove_suffix(1);
  return is_suffix(last) ? name.substr(0, space) : name;
}

bool ends_with_name(std::string_view longer, std::string_view shorter) {
  return !shorter.empty() && longer.size() > shorter.size() + 1 && longer.ends_with(shorter) &&
         longer[longer.size() - shorter.size() - 1] == ' ';
}

bool may_be_one_person(std::string_view a, std::string_view b) {
  if (a == b || ends_with_name(a, b) || ends_with_name(b, a)) return true;
  const std::string core_a = core_name(a), core_b = core_name(b);
  if (core_a.empty() || core_b.empty()) return false;
  return core_a == core_b || ends_with_name(core_a, core_b) || ends_with_name(core_b, core_a);
}

}  // namespace factdiff
