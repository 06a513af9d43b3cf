#include <catch2/catch.hpp>

#include "harness.h"

using namespace bilat::testing;

TEST_CASE("a titled meeting in English yields people, posts and a dated meeting", "[extract][en]") {
  auto f = FactLines(
      "French Minister of the Interior Gérald Darmanin held talks with Minister of Public "
      "Security General To Lam on November 4.");
  INFO(Dump(f));
  // Alone, 4 November fits Darmanin at the Interior and To Lam at Public Security in 2020-2023:
  // the year must stay unknown.
  CHECK(Has(f, "met gerald darmanin -> to lam [XXXX-11-04]"));
  CHECK(Has(f, "holds_position gerald darmanin -> ministry of the interior"));
  CHECK(Has(f, "holds_position to lam -> ministry of public security"));
}
