// The date helpers of the writers: Gephi's half-open day intervals and dates for people.

#include <catch2/catch.hpp>

#include "../../export/src/export_internal.h"
#include "test_graphs.h"

namespace bilat {
namespace {

using export_internal::GephiInterval;
using export_internal::HumanDate;
using testing::D;

TEST_CASE("GephiInterval covers the days of a date, end exclusive", "[dates]") {
  struct Row {
    std::string date, start, end;
  };
  const std::vector<Row> rows = {
      {"2024-10-04", "2024-10-04", "2024-10-05"},
      {"2024-10-04?", "2024-10-04", "2024-10-05"},
      {"2024-12-31", "2024-12-31", "2025-01-01"},
      {"2024-02-28", "2024-02-28", "2024-02-29"},
      {"2023-02-28", "2023-02-28", "2023-03-01"},
      {"2024-10", "2024-10-01", "2024-11-01"},
      {"2024-12", "2024-12-01", "2025-01-01"},
      {"2024", "2024-01-01", "2025-01-01"},
      {"2024-10-03/2024-10-07", "2024-10-03", "2024-10-08"},
      {"2025/2028", "2025-01-01", "2029-01-01"},
      {"2024-12-30/XXXX-01-02", "2024-12-30", "2025-01-03"},
      {"2024-10-07/2024-10-03", "2024-10-07", "2024-10-08"},  // reversed: start only
      {"XXXX-10-04", "", ""},
      {"", "", ""},
  };
  for (const Row& r : rows) {
    INFO(r.date);
    auto interval = GephiInterval(D(r.date));
    CHECK((interval ? interval->first.Iso() : "") == r.start);
    CHECK((interval ? interval->second.Iso() : "") == r.end);
  }
}

TEST_CASE("HumanDate", "[dates]") {
  struct Row {
    std::string date, human;
  };
  const std::vector<Row> rows = {
      {"2024-10-04", "4 October 2024"},
      {"2024-10-04?", "4 October 2024?"},
      {"2024-10", "October 2024"},
      {"2024", "2024"},
      {"XXXX-10-04", "4 October"},
      {"2024-10-03/2024-10-07", "3–7 October 2024"},
      {"2024-10-30/2024-11-02", "30 October – 2 November 2024"},
      {"2024-12-30/2025-01-02", "30 December 2024 – 2 January 2025"},
      {"2025/2028", "2025 – 2028"},
      {"", ""},
  };
  for (const Row& r : rows) {
    INFO(r.date);
    CHECK(HumanDate(D(r.date)) == r.human);
  }
}

}  // namespace
}  // namespace bilat
