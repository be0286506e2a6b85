#include "core/person_names.h"

#include <catch2/catch.hpp>

using namespace factdiff;

TEST_CASE("a surname or a titled name may be the full name", "[core]") {
  CHECK(may_be_one_person("tim fanning", "fanning"));
  CHECK(may_be_one_person("constable tim fanning", "tim fanning"));
  CHECK(may_be_one_person("bailey", "bailey"));
  CHECK_FALSE(may_be_one_person("paul bailey", "david bailey"));
  CHECK_FALSE(may_be_one_person("tim fanning", "anning"));  // whole words only
  CHECK_FALSE(may_be_one_person("fanning", ""));
  CHECK(may_be_one_person("sid j. gautreaux", "sid gautreaux iii"));  // initials and suffixes
  CHECK(may_be_one_person("anthony lacalamita iii", "lacalamita"));
  CHECK(may_be_one_person("norris greenhouse jr", "norris greenhouse"));
  CHECK_FALSE(may_be_one_person("sid j. gautreaux", "paul gautreaux iii"));
  CHECK_FALSE(may_be_one_person("j. r.", "k."));  // nothing left but initials
  CHECK(ends_with_name("sheriff paul bailey", "paul bailey"));
  CHECK_FALSE(ends_with_name("paul bailey", "sheriff paul bailey"));
}
