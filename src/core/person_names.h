// Person names that may be one person: a surname and the full name ending with it, a name and
// the same name under a title ("Tim Fanning", "Constable Tim Fanning"), with or without a middle
// initial or a generational suffix ("Sid J. Gautreaux", "Sid Gautreaux III").
//
//   may_be_one_person("tim fanning", "fanning")              // true
//   may_be_one_person("sid j. gautreaux", "sid gautreaux iii")  // true
//   may_be_one_person("paul bailey", "david bailey")         // false
//
// Names are compared as given: callers fold them first (lower case, accents dropped, words
// separated by single spaces).
#pragma once

#include <string_view>

namespace factdiff {

// The name without a generational suffix at its end ("anthony lacalamita iii" -> "anthony
// lacalamita"); the name itself when it has none.
std::string_view without_name_suffix(std::string_view name);

// True when `longer` is `shorter` with whole words before it.
bool ends_with_name(std::string_view longer, std::string_view shorter);

// True when the names are equal or one ends with the other, once initials and generational
// suffixes (jr, sr, ii, iii, iv, v) are left out of both.
bool may_be_one_person(std::string_view a, std::string_view b);

}  // namespace factdiff
