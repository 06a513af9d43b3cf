// Cities in the knowledge base: loaded from the real resources, found by their names in three
// languages, and checked for a known country.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "bilat/kb.h"

using bilat::kb::KnowledgeBase;

TEST_CASE("cities load and are found by their English, Vietnamese and French names", "[kb][cities]") {
  auto kb = KnowledgeBase::Load(BILAT_SOURCE_DIR "/resources");
  REQUIRE(kb.ok());
  CHECK(kb.value().cities().size() >= 150);
  for (const char* name : {"Paris", "Hà Nội", "Hanoi", "Bắc Kinh", "Ho Chi Minh City", "TP.HCM"}) {
    INFO(name);
    auto it = kb.value().names().find(bilat::Fold(name));
    REQUIRE(it != kb.value().names().end());
    bool city = false;
    for (const auto& r : it->second) city |= r.type == bilat::kb::EntityType::kCity;
    CHECK(city);
  }
}

TEST_CASE("a city of an unknown country is refused with file, line and field", "[kb][cities]") {
  auto dir = std::filesystem::temp_directory_path() / "bilat_cities_test";
  std::filesystem::create_directories(dir);
  auto file = (dir / "cities_user.tsv").string();
  std::ofstream(file) << "city_id\tcountry\ten\tvi\tfr\taliases\n"
                      << "xx.atlantis\tatlantis\tAtlantis\t\t\t\n";
  auto kb = KnowledgeBase::Load(BILAT_SOURCE_DIR "/resources", {file});
  REQUIRE_FALSE(kb.ok());
  INFO(kb.status().message());
  CHECK(kb.status().message().find("cities_user.tsv:2") != std::string::npos);
  CHECK(kb.status().message().find("country") != std::string::npos);
  std::filesystem::remove_all(dir);
}
