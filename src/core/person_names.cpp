#include "core/person_names.h"

namespace factdiff {

bool ends_with_name(std::string_view longer, std::string_view shorter) {
  return !shorter.empty() && longer.size() > shorter.size() + 1 && longer.ends_with(shorter) &&
         longer[longer.size() - shorter.size() - 1] == ' ';
}

bool may_be_one_person(std::string_view a, std::string_view b) {
  return a == b || ends_with_name(a, b) || ends_with_name(b, a);
}

}  // namespace factdiff
