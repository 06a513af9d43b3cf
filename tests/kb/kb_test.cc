// Tests of bilat::kb on the fixtures in tests/data/kb: basic/ is a small, valid resource folder;
// errors/ holds one --kb file per validation error class; extra/ adds a country through --kb files.

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "bilat/kb.h"

using bilat::PartialDate;
using bilat::kb::Body;
using bilat::kb::BodyKind;
using bilat::kb::EntityType;
using bilat::kb::KnowledgeBase;
using bilat::kb::Person;
using bilat::kb::Position;

namespace {

const std::string kData = std::string(BILAT_TEST_DATA) + "/kb";
const std::string kBasic = kData + "/basic";

KnowledgeBase LoadOrFail(const std::string& dir, const std::vector<std::string>& extra = {}) {
  auto r = KnowledgeBase::Load(dir, extra);
  INFO(r.status().ToString());
  REQUIRE(r.ok());
  return std::move(r).value();
}

PartialDate D(const char* s) { return PartialDate::Parse(s).value(); }

template <typename T>
std::vector<std::string> Ids(const std::vector<const T*>& v) {
  std::vector<std::string> ids;
  for (const T* x : v) ids.push_back(x->id);
  return ids;
}

std::vector<std::string> Roles(const std::vector<const Position*>& v) {
  std::vector<std::string> roles;
  for (const Position* p : v) roles.push_back(p->role);
  return roles;
}

using Strings = std::vector<std::string>;

}  // namespace

// ------------------------------------------------------------------------------------ loading

TEST_CASE("the basic fixture loads every table", "[kb][load]") {
  KnowledgeBase kb = LoadOrFail(kBasic);
  CHECK(kb.countries().size() == 3);
  CHECK(kb.bodies().size() == 12);
  CHECK(kb.people().size() == 9);
  CHECK(kb.positions().size() == 10);
  CHECK(kb.titles().size() == 8);
  CHECK(kb.date_words().size() == 5);
  CHECK(kb.boilerplate().size() == 3);
  CHECK(kb.vi_surnames() == Strings{"Nguyễn", "Trần", "Lê", "Phạm"});
  // Files load sorted by name: bodies_fr.tsv before bodies_vn.tsv.
  CHECK(kb.bodies().front().id == "fr.interior");
}

TEST_CASE("rows are read through their header, in any column order", "[kb][load]") {
  KnowledgeBase kb = LoadOrFail(kBasic);
  const Body* b = kb.BodyById("fr.public_service_2022");
  REQUIRE(b != nullptr);
  CHECK(b->kind == BodyKind::kMinistry);
  CHECK(b->portfolios == Strings{"Public Service", "Transformation and Public Service"});
  CHECK(b->from == D("2022-05-20"));
  CHECK(b->to == D("2024-09-20"));
  CHECK(b->successors == Strings{"fr.public_service_2024"});
  CHECK(b->abbrevs.empty());
  const Body* afd = kb.BodyById("fr.afd");
  REQUIRE(afd != nullptr);
  CHECK(afd->kind == BodyKind::kAgency);
  CHECK(afd->abbrevs == Strings{"AFD"});
  CHECK(bilat::kb::IsMinistryKind(afd->kind));
  CHECK_FALSE(bilat::kb::IsMinistryKind(kb.BodyById("fr.senate")->kind));
  CHECK(kb.PersonById("vn.pham_thi_thanh_tra")->gender == "f");
}

TEST_CASE("text fields are NFC after loading", "[kb][load]") {
  KnowledgeBase kb = LoadOrFail(kBasic);
  // people_fr.tsv spells this name decomposed (E + U+0301).
  const Person* p = kb.PersonById("fr.borne_elisabeth");
  REQUIRE(p != nullptr);
  CHECK(p->name == "\xC3\x89lisabeth Borne");
  CHECK(kb.FindPeople("Élisabeth Borne").size() == 1);
}

TEST_CASE("lexicons load with their kinds and levels", "[kb][load]") {
  KnowledgeBase kb = LoadOrFail(kBasic);
  const auto& t = kb.titles();
  REQUIRE(t.size() == 8);
  CHECK(t[1].text == "Bộ trưởng");
  CHECK(t[1].level == bilat::kb::TitleLevel::kBody);
  CHECK(t[1].takes_portfolio);
  CHECK(t[2].level == bilat::kb::TitleLevel::kState);
  CHECK_FALSE(t[3].takes_portfolio);  // empty = no
  CHECK(t[6].level == bilat::kb::TitleLevel::kHonorific);
  CHECK(t[7].level == bilat::kb::TitleLevel::kRank);
  CHECK(kb.date_words()[1].value == "12");
  CHECK(kb.date_words()[4].value == "year-1");
  CHECK(kb.boilerplate()[0].kind == "stop");
  CHECK(kb.boilerplate()[0].text == "Tin mới nhất");
}

TEST_CASE("a folder without lexicons loads with empty lexicons", "[kb][load]") {
  KnowledgeBase kb = LoadOrFail(kData + "/extra_only");
  CHECK(kb.titles().empty());
  CHECK(kb.vi_surnames().empty());
  CHECK(kb.countries().size() == 1);
}

TEST_CASE("a missing kb folder or --kb file is an error", "[kb][load]") {
  auto r = KnowledgeBase::Load(kData + "/no_such_dir");
  REQUIRE_FALSE(r.ok());
  CHECK_THAT(r.status().message(), Catch::Contains("no_such_dir/kb"));
  auto e = KnowledgeBase::Load(kBasic, {kData + "/extra/no_such_file.tsv"});
  REQUIRE_FALSE(e.ok());
  CHECK_THAT(e.status().message(), Catch::Contains("no_such_file.tsv"));
}

TEST_CASE("CRLF line ends and a byte-order mark are accepted", "[kb][load]") {
  KnowledgeBase kb = LoadOrFail(kBasic, {kData + "/extra/crlf_bom_countries.tsv"});
  const auto* c = kb.CountryById("laos");
  REQUIRE(c != nullptr);
  CHECK(c->vi == "Lào");
  CHECK(c->demonyms == Strings{"Lao", "Laotian"});
}

// ------------------------------------------------------------------------------------ validation

namespace {
struct LoadError {
  const char* file;   // under tests/data/kb/errors
  int line;
  const char* field;
  const char* what;   // part of the message
};
}  // namespace

TEST_CASE("each validation error names file, line and field", "[kb][validation]") {
  const LoadError kCases[] = {
      {"field_count.tsv", 2, "gender", "missing"},
      {"extra_field.tsv", 2, "#4", "extra field"},
      {"unknown_column.tsv", 1, "nationality", "unknown column"},
      {"missing_column.tsv", 1, "kind", "required column"},
      {"missing_field.tsv", 2, "name", "required field is empty"},
      {"bad_id.tsv", 2, "person_id", "bad id 'fr.Jean Dupont'"},
      {"duplicate_id.tsv", 3, "person_id", "duplicate id 'vn.to_lam' (first defined at"},
      {"bad_date.tsv", 2, "from", "bad date '2016-13-09'"},
      {"from_after_to.tsv", 2, "to", "before start"},
      {"unknown_country.tsv", 2, "country", "unknown country 'vietnma'"},
      {"unknown_body.tsv", 2, "body", "unknown body 'vn.mosp'"},
      {"unknown_person.tsv", 2, "person", "unknown person 'vn.to_lamm'"},
      {"unknown_kind.tsv", 2, "kind", "unknown body kind 'ministy'"},
      {"unknown_role.tsv", 2, "role", "unknown role"},
      {"no_table.tsv", 1, "name", "unknown table"},
      {"invalid_utf8.tsv", 2, "name", "invalid UTF-8"},
      {"duplicate_iso.tsv", 2, "iso2", "ISO code 'FR' already used by country 'france'"},
      {"unknown_successor.tsv", 2, "successors", "unknown body 'fr.y'"},
      {"bad_source_url.tsv", 2, "source", "bad source 'https//example.org/x'"},
      {"bad_source_placeholder.tsv", 2, "source", "bad source '?': a placeholder"},
      {"bad_source_body.tsv", 2, "source", "a URL has no spaces"},
      {"bad_source_person.tsv", 2, "source", "a citation needs words"},
      {"grammar_kind.tsv", 2, "kind", "unknown grammar kind 'trigers'"},
      {"grammar_upper.tsv", 2, "phrase", "phrases are lower case"},
      {"grammar_trigger_value.tsv", 2, "value", "a trigger's value is met, signed or visited"},
      {"grammar_flag.tsv", 2, "flags", "unknown flag 'plural' for a trigger"},
      {"instrument_party.tsv", 2, "parties", "unknown country 'vietnma'"},
      {"instrument_date.tsv", 2, "signed", "bad date '2019-06-31'"},
  };
  for (const LoadError& c : kCases) {
    DYNAMIC_SECTION(c.file) {
      std::string path = kData + "/errors/" + c.file;
      auto r = KnowledgeBase::Load(kBasic, {path});
      REQUIRE_FALSE(r.ok());
      std::string where = path + ":" + std::to_string(c.line) + ": field '" + c.field + "': ";
      CHECK_THAT(r.status().message(), Catch::StartsWith(where) && Catch::Contains(c.what));
    }
  }
}

TEST_CASE("a duplicate id points at its first definition", "[kb][validation]") {
  auto r = KnowledgeBase::Load(kBasic, {kData + "/errors/duplicate_id.tsv"});
  REQUIRE_FALSE(r.ok());
  CHECK_THAT(r.status().message(), Catch::Contains("basic/kb/people_vn.tsv:2)"));
}

TEST_CASE("an unknown title level names the lexicon line", "[kb][validation]") {
  auto r = KnowledgeBase::Load(kData + "/bad_title");
  REQUIRE_FALSE(r.ok());
  CHECK_THAT(r.status().message(),
             Catch::StartsWith(kData + "/bad_title/lexicon/titles.tsv:3: field 'level': ") &&
                 Catch::Contains("unknown title level 'stat'"));
}

TEST_CASE("a source column is read into a list of URLs and citations", "[kb][load][source]") {
  KnowledgeBase kb = LoadOrFail(kBasic, {kData + "/extra/sourced_positions.tsv"});
  std::vector<Strings> sources;
  for (const Position* p : kb.PositionsOf("vn.to_lam")) {
    if (p->title == "Test post") sources.push_back(p->sources);
  }
  const std::vector<Strings> kWant = {
      {"https://en.wikipedia.org/wiki/T%C3%B4_L%C3%A2m"},
      {"Journal officiel, décret du 6 juillet 2020 relatif à la composition du Gouvernement"},
      {"https://chinhphu.vn/", "Vietnam News Agency, 9 April 2016"},
      {}};
  CHECK(sources == kWant);
  bilat::kb::SourceCounts n = bilat::kb::CountSources(kb);
  CHECK(n.positions == 3);
  CHECK(n.bodies == 0);
  CHECK(n.people == 0);
  // Files without the column still load, with no sources.
  CHECK(kb.PositionsOf("vn.pham_thi_thanh_tra").front()->sources.empty());
}

TEST_CASE("what a source may be", "[kb][source]") {
  const struct {
    const char* source;
    const char* why;  // "" = accepted, else part of the reason
  } kCases[] = {
      {"https://fr.wikipedia.org/wiki/Gouvernement_Gabriel_Attal", ""},
      {"http://www.mofa.gov.vn/vi", ""},
      {"HTTPS://EN.WIKIPEDIA.ORG/", ""},
      {"Journal officiel, 12 janvier 2024", ""},
      {"Nghị quyết của Quốc hội, kỳ họp thứ nhất khóa XV", ""},
      {"https://", "needs a host"},
      {"https://localhost/x", "needs a host"},
      {"https://fr.wikipedia.org/wiki/Gouvernement Attal", "no spaces"},
      {"www.elysee.fr", "https://"},
      {"-", "placeholder"},
      {"TODO", "placeholder"},
      {"n/a", "placeholder"},
      {"Unknown", "placeholder"},
      {"2024-01-12", "needs words"},
  };
  for (const auto& c : kCases) {
    INFO(c.source);
    std::string why = bilat::kb::CheckSource(c.source);
    if (*c.why == 0) {
      CHECK(why.empty());
    } else {
      CHECK_THAT(why, Catch::Contains(c.why));
    }
  }
}

// ------------------------------------------------------------------------------------ countries

TEST_CASE("countries are found by every name, folded", "[kb][lookup]") {
  KnowledgeBase kb = LoadOrFail(kBasic);
  const struct {
    const char* query;
    const char* id;
  } kCases[] = {
      {"Vietnam", "vietnam"},         {"Việt Nam", "vietnam"},
      {"VIỆT NAM", "vietnam"},        {"viet nam", "vietnam"},
      {"Viêt Nam", "vietnam"},        {"Vietnamese", "vietnam"},
      {"VN", "vietnam"},              {"VNM", "vietnam"},
      {"Cộng hoà Xã hội chủ nghĩa Việt Nam", "vietnam"},  // old tone placement
      {"Pháp", "france"},             {"Phap", "france"},
      {"French", "france"},           {"États-Unis", "united_states"},
      {"Etats Unis", "united_states"}, {"Mỹ", "united_states"},
      {"U.S.", "united_states"},      {"Hoa Ky\xCC\x80", "united_states"},  // NFD
  };
  for (const auto& c : kCases) {
    INFO(c.query);
    const auto* country = kb.FindCountry(c.query);
    REQUIRE(country != nullptr);
    CHECK(country->id == c.id);
  }
  CHECK(kb.FindCountry("Japan") == nullptr);
  CHECK(kb.FindCountry("") == nullptr);
}

TEST_CASE("the name index marks demonyms and lists each entity once", "[kb][lookup]") {
  KnowledgeBase kb = LoadOrFail(kBasic);
  const auto& names = kb.names();
  REQUIRE(names.count("vietnamese") == 1);
  CHECK(names.at("vietnamese").front().demonym);
  REQUIRE(names.count("france") == 1);  // en and fr
  CHECK(names.at("france").size() == 1);
  CHECK_FALSE(names.at("france").front().demonym);
  CHECK(names.at("france").front().type == EntityType::kCountry);
  CHECK(names.count("jean vincent place") == 1);
  CHECK(names.count("bo vh tt dl") == 1);
}

// ------------------------------------------------------------------------------------ bodies

TEST_CASE("bodies are found by name, alias and abbreviation in three languages", "[kb][lookup]") {
  KnowledgeBase kb = LoadOrFail(kBasic);
  const struct {
    const char* query;
    Strings ids;
  } kCases[] = {
      {"Ministry of Home Affairs", {"vn.moha"}},
      {"MOHA", {"vn.moha"}},
      {"Bộ Nội vụ", {"fr.interior", "vn.moha"}},  // Vietnamese says the same for both
      {"bo noi vu", {"fr.interior", "vn.moha"}},
      {"Ministère de l'Intérieur", {"fr.interior"}},
      {"ministere de l interieur", {"fr.interior"}},
      {"Interior Ministry", {"fr.interior"}},
      {"Ministère des Armées", {"fr.armed_forces"}},
      {"Bộ Văn hoá, Thể thao và Du lịch", {"vn.mocst"}},  // old tone placement
      {"Bộ Văn hóa, Thể thao và Du lịch", {"vn.mocst"}},
      {"Bo\xCC\xA3\xCC\x82 Va\xCC\x86n ho\xCC\x81""a, The\xCC\x89 thao va\xCC\x80 Du li\xCC\xA3""ch",
       {"vn.mocst"}},  // NFD
      {"Bộ VH-TT&DL", {"vn.mocst"}},
      {"AFD", {"fr.afd"}},
      {"Sénat", {"fr.senate"}},
      {"Ministry of Magic", {}},
  };
  for (const auto& c : kCases) {
    INFO(c.query);
    CHECK(Ids(kb.FindBodies(c.query)) == c.ids);
  }
}

TEST_CASE("bodies are found by portfolio within a country", "[kb][lookup]") {
  KnowledgeBase kb = LoadOrFail(kBasic);
  const struct {
    const char* portfolio;
    const char* country;
    Strings ids;
  } kCases[] = {
      {"Home Affairs", "vietnam", {"vn.moha"}},
      {"home affairs", "", {"vn.moha"}},
      {"Nội vụ", "vietnam", {"vn.moha"}},
      {"Nội vụ", "france", {"fr.interior"}},  // from "Bộ Nội vụ", the body's vi name
      {"Nội vụ", "Pháp", {"fr.interior"}},    // a country name works too
      {"the Interior", "france", {"fr.interior"}},
      {"Interior", "france", {"fr.interior"}},
      {"Ministry of the Interior", "france", {"fr.interior"}},
      {"Armed Forces", "france", {"fr.armed_forces"}},
      {"Quân đội", "france", {"fr.armed_forces"}},
      {"Public Security", "vietnam", {"vn.mps"}},
      {"Công an", "vietnam", {"vn.mps"}},
      {"Văn hoá, Thể thao và Du lịch", "vietnam", {"vn.mocst"}},
      {"Home Affairs", "france", {}},
      {"Home Affairs", "atlantis", {}},
  };
  for (const auto& c : kCases) {
    INFO(c.portfolio << " / " << c.country);
    CHECK(Ids(kb.FindBodiesByPortfolio(c.portfolio, c.country)) == c.ids);
  }
}

TEST_CASE("a portfolio prefers the body that existed on the date", "[kb][lookup]") {
  KnowledgeBase kb = LoadOrFail(kBasic);
  const Strings old_first{"fr.public_service_2022", "fr.public_service_2024"};
  const Strings new_first{"fr.public_service_2024", "fr.public_service_2022"};
  auto find = [&](const char* on) {
    return Ids(kb.FindBodiesByPortfolio("Public Service", "france", on ? D(on) : PartialDate{}));
  };
  CHECK(find(nullptr) == old_first);  // file order
  CHECK(find("2023-03-01") == old_first);
  CHECK(find("2024-09-20") == old_first);  // last day of the old name
  CHECK(find("2024-09-21") == new_first);  // first day of the new one
  CHECK(find("2025") == new_first);
  CHECK(find("2024-09") == old_first);     // a month both cover keeps file order
  // A body that ceased to exist is still returned, after those valid on the date.
  CHECK(Ids(kb.FindBodiesByPortfolio("Information and Communications", "vietnam", D("2025-03-01"))) ==
        Strings{"vn.mic"});
}

// ------------------------------------------------------------------------------------ people

TEST_CASE("people are found by folded name and alias", "[kb][lookup]") {
  KnowledgeBase kb = LoadOrFail(kBasic);
  const struct {
    const char* query;
    Strings ids;
  } kCases[] = {
      {"Tô Lâm", {"vn.to_lam"}},
      {"TO LAM", {"vn.to_lam"}},
      {"To\xCC\x82 La\xCC\x82m", {"vn.to_lam"}},  // NFD
      {"Phạm Thị Thanh Trà", {"vn.pham_thi_thanh_tra"}},
      {"Pham Thi Thanh Tra", {"vn.pham_thi_thanh_tra"}},
      {"Jean-Vincent Placé", {"fr.place_jean_vincent"}},
      {"Jean Vincent Place", {"fr.place_jean_vincent"}},
      {"Gérald Darmanin", {"fr.darmanin_gerald"}},
      {"Marie Dupont", {"fr.dupont_marie"}},
      {"Marie Dupond", {"fr.dupond_marie"}},
  };
  for (const auto& c : kCases) {
    INFO(c.query);
    CHECK(Ids(kb.FindPeople(c.query, /*allow_fuzzy=*/false)) == c.ids);
  }
}

TEST_CASE("fuzzy person matching takes one typo per long word, never a tie", "[kb][lookup]") {
  KnowledgeBase kb = LoadOrFail(kBasic);
  const struct {
    const char* query;
    Strings ids;
  } kCases[] = {
      {"Jean-Vicent Placé", {"fr.place_jean_vincent"}},
      {"Jean-Vicent Plaxe", {"fr.place_jean_vincent"}},  // two edits in all
      {"Jaan-Vicent Plaxe", {}},                         // three
      {"Jean-Viincennt Placé", {}},                      // two in one word
      {"Gerald Darmanim", {"fr.darmanin_gerald"}},
      {"Marie Duponx", {}},   // one letter from two officials: neither
      {"Marie Dupont", {"fr.dupont_marie"}},  // exact wins, the other is not merged in
      {"To Lan", {}},         // words of 3 letters or fewer never fuzzy
      {"Tô Lâm Lâm", {}},     // word count differs
      {"Gérald", {}},
  };
  for (const auto& c : kCases) {
    INFO(c.query);
    CHECK(Ids(kb.FindPeople(c.query)) == c.ids);
  }
  CHECK(kb.FindPeople("Jean-Vicent Placé", /*allow_fuzzy=*/false).empty());
}

TEST_CASE("people are found by their last name or Vietnamese given name", "[kb][lookup]") {
  KnowledgeBase kb = LoadOrFail(kBasic);
  CHECK(Ids(kb.FindPeopleByShortName("Trà")) == Strings{"vn.pham_thi_thanh_tra"});
  CHECK(Ids(kb.FindPeopleByShortName("tra")) == Strings{"vn.pham_thi_thanh_tra"});
  CHECK(Ids(kb.FindPeopleByShortName("Thanh Trà")) == Strings{"vn.pham_thi_thanh_tra"});
  CHECK(kb.FindPeopleByShortName("Thị Trà").empty());
  CHECK(Ids(kb.FindPeopleByShortName("Lâm")) == Strings{"vn.to_lam"});
  CHECK(Ids(kb.FindPeopleByShortName("Darmanin")) == Strings{"fr.darmanin_gerald"});
  CHECK(Ids(kb.FindPeopleByShortName("Placé")) == Strings{"fr.place_jean_vincent"});
  CHECK(Ids(kb.FindPeopleByShortName("Dupont")) == Strings{"fr.dupont_marie"});
  CHECK(kb.FindPeopleByShortName("Jean").empty());
  CHECK(kb.FindPeopleByShortName("").empty());
}

// ------------------------------------------------------------------------------------ tenures

TEST_CASE("a tenure includes its first and last day, not the day after", "[kb][tenure]") {
  KnowledgeBase kb = LoadOrFail(kBasic);
  auto on = [&](const char* id, const char* date) { return Roles(kb.PositionsOf(id, D(date))); };
  // Darmanin: 2020-07-06 .. 2024-09-21.
  CHECK(on("fr.darmanin_gerald", "2020-07-05").empty());
  CHECK(on("fr.darmanin_gerald", "2020-07-06") == Strings{"minister"});
  CHECK(on("fr.darmanin_gerald", "2024-09-21") == Strings{"minister"});
  CHECK(on("fr.darmanin_gerald", "2024-09-22").empty());
  // Tô Lâm: minister to 2024-05-21, president 2024-05-22 .. 2024-10-21, party chief from 2024-08-03.
  CHECK(on("vn.to_lam", "2024-05-21") == Strings{"minister"});
  CHECK(on("vn.to_lam", "2024-05-22") == Strings{"president"});
  CHECK(on("vn.to_lam", "2024-08-02") == Strings{"president"});
  CHECK(on("vn.to_lam", "2024-08-03") == Strings{"president", "general_secretary"});
  CHECK(on("vn.to_lam", "2024-10-21") == Strings{"president", "general_secretary"});
  CHECK(on("vn.to_lam", "2024-10-22") == Strings{"general_secretary"});
  CHECK(on("vn.to_lam", "2024-05") == Strings{"minister", "president"});  // a month: both
  // Placé left in May 2017 (month precision).
  CHECK(on("fr.place_jean_vincent", "2017-05-31") == Strings{"state_secretary"});
  CHECK(on("fr.place_jean_vincent", "2017-06-01").empty());
  // No date: every position.
  CHECK(kb.PositionsOf("vn.to_lam").size() == 3);
  CHECK(kb.PositionsOf("vn.nobody").empty());
}

TEST_CASE("holders of a role in a body or a state on a date", "[kb][tenure]") {
  KnowledgeBase kb = LoadOrFail(kBasic);
  auto holders = [&](const char* role, const char* body, const char* country, const char* on) {
    Strings people;
    for (const Position* p : kb.HoldersOf(role, body, country, D(on))) people.push_back(p->person);
    return people;
  };
  CHECK(holders("minister", "vn.moha", "", "2024-01-01") == Strings{"vn.pham_thi_thanh_tra"});
  CHECK(holders("minister", "vn.moha", "", "2021-04-07").empty());
  CHECK(holders("president", "", "vietnam", "2024-06-01") == Strings{"vn.to_lam"});
  CHECK(holders("president", "", "vietnam", "2024-11-01").empty());
  CHECK(holders("minister", "vn.mic", "", "2025-02-28") == Strings{"vn.nguyen_manh_hung"});
  CHECK(holders("minister", "vn.mic", "", "2025-03-01").empty());
  CHECK(holders("minister", "vn.most", "", "2025-03-01") == Strings{"vn.nguyen_manh_hung"});
  CHECK(holders("prime_minister", "", "france", "2023-06-01") == Strings{"fr.borne_elisabeth"});
  // Uncertain start "2024-12-23?" still counts.
  CHECK(holders("minister", "fr.public_service_2024", "", "2025-01-10") ==
        Strings{"fr.kasbarian_guillaume"});
}

// ------------------------------------------------------------------------------------ --kb files

TEST_CASE("a --kb file adds a country and its officials without code changes", "[kb][extra]") {
  KnowledgeBase base = LoadOrFail(kBasic);
  CHECK(base.FindCountry("Nhật Bản") == nullptr);
  CHECK(base.FindPeople("Yoko Kamikawa").empty());

  const std::string x = kData + "/extra/japan_";
  KnowledgeBase kb = LoadOrFail(
      kBasic, {x + "positions.tsv", x + "people.tsv", x + "bodies.tsv", x + "countries.tsv"});
  const auto* japan = kb.FindCountry("Nhật Bản");
  REQUIRE(japan != nullptr);
  CHECK(japan->id == "japan");
  CHECK(kb.FindCountry("Japanese") == japan);
  CHECK(Ids(kb.FindPeople("Yoko Kamikawa")) == Strings{"jp.kamikawa_yoko"});
  CHECK(Ids(kb.FindPeople("Kamikawa Yōko")) == Strings{"jp.kamikawa_yoko"});
  CHECK(Ids(kb.FindBodiesByPortfolio("Foreign Affairs", "japan")) == Strings{"jp.mofa"});
  CHECK(Ids(kb.FindBodies("Bộ Ngoại giao Nhật Bản")) == Strings{"jp.mofa"});
  CHECK(Roles(kb.PositionsOf("jp.kamikawa_yoko", D("2024-01-01"))) == Strings{"minister"});
  CHECK(kb.PositionsOf("jp.kamikawa_yoko", D("2024-10-02")).empty());
}

// ------------------------------------------------------------------------------------ misc

TEST_CASE("an empty knowledge base answers every look-up with nothing", "[kb]") {
  KnowledgeBase kb;
  CHECK(kb.FindCountry("France") == nullptr);
  CHECK(kb.FindBodies("MOHA").empty());
  CHECK(kb.FindBodiesByPortfolio("Home Affairs", "").empty());
  CHECK(kb.FindPeople("Tô Lâm").empty());
  CHECK(kb.PositionsOf("vn.to_lam").empty());
  KnowledgeBase moved = LoadOrFail(kBasic);
  kb = std::move(moved);
  CHECK(kb.FindCountry("France") != nullptr);
}

TEST_CASE("the resource folder comes from BILAT_RESOURCES first", "[kb]") {
  const char* old = std::getenv("BILAT_RESOURCES");
  std::string saved = old ? old : "";
  setenv("BILAT_RESOURCES", "/some/where", 1);
  CHECK(KnowledgeBase::DefaultResourceDir() == "/some/where");
  unsetenv("BILAT_RESOURCES");
  CHECK_FALSE(KnowledgeBase::DefaultResourceDir().empty());
  if (old) setenv("BILAT_RESOURCES", saved.c_str(), 1);
}

TEST_CASE("the real resources load fast and meet the coverage targets", "[kb][resources]") {
  const std::string dir = std::string(BILAT_SOURCE_DIR) + "/resources";
  std::error_code ec;
  if (std::filesystem::is_empty(dir + "/kb", ec) || ec) {
    WARN("resources/kb is empty or missing: skipped");
    return;
  }
  auto start = std::chrono::steady_clock::now();
  auto r = KnowledgeBase::Load(dir);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::steady_clock::now() - start).count();
  INFO(r.status().ToString());
  REQUIRE(r.ok());
  const KnowledgeBase& kb = r.value();
  size_t ministries = 0;
  for (const Body& b : kb.bodies()) ministries += bilat::kb::IsMinistryKind(b.kind) ? 1 : 0;
  CHECK(kb.countries().size() >= 190);
  CHECK(ministries >= 80);
  CHECK(kb.people().size() >= 200);
  CHECK(kb.positions().size() >= 300);
  WARN("loaded resources/ in " << ms << " ms");
#if !defined(__SANITIZE_ADDRESS__)
  CHECK(ms < 100);
#endif
}

// ------------------------------------------------------------------------------------ real data

namespace {
const std::string kResources = std::string(BILAT_SOURCE_DIR) + "/resources";

const KnowledgeBase* RealKb() {
  static const KnowledgeBase* kb = [] {
    auto r = KnowledgeBase::Load(kResources);
    return r.ok() ? new KnowledgeBase(std::move(r).value()) : nullptr;
  }();
  return kb;
}

// a <= b on the parts both dates have.
bool NotAfter(const PartialDate& a, const PartialDate& b) {
  if (a.year != b.year) return a.year < b.year;
  if (!a.month || !b.month || a.month != b.month) return !a.month || !b.month || a.month < b.month;
  return !a.day || !b.day || a.day <= b.day;
}
}  // namespace

TEST_CASE("the real resources answer tenure questions", "[kb][resources][tenure]") {
  const KnowledgeBase* kb = RealKb();
  REQUIRE(kb != nullptr);
  const struct {
    const char* role;
    const char* body;
    const char* country;
    const char* on;
    Strings holders;
  } kCases[] = {
      {"minister", "fr.armed_forces_2017", "", "2024-05-05", {"fr.sebastien_lecornu"}},
      {"minister", "fr.armed_forces_2017", "", "2018-01-01", {"fr.florence_parly"}},
      {"minister", "fr.defence_2012", "", "2015-01-01", {"fr.jean_yves_le_drian"}},
      {"minister", "fr.higher_education_2017", "", "2019-01-01", {"fr.frederique_vidal"}},
      {"minister", "fr.higher_education_2007", "", "2013-06-01", {"fr.genevieve_fioraso"}},
      {"minister_delegate", "fr.industry", "", "2023-01-01", {"fr.roland_lescure"}},
      {"director", "fr.cnes", "", "2022-01-01", {"fr.philippe_baptiste"}},
      {"director", "fr.cnrs", "", "2020-01-01", {"fr.antoine_petit"}},
      {"minister", "kr.mofa", "", "2019-06-01", {"kr.kang_kyung_wha"}},
      {"minister", "kr.mofat", "", "2012-01-01", {"kr.kim_sung_hwan"}},
      {"minister", "kr.mnd", "", "2016-01-01", {"kr.han_min_koo"}},
      {"minister", "kr.moel", "", "2020-01-01", {"kr.lee_jae_kap"}},
      {"president", "", "south_korea", "2010-01-01", {"kr.lee_myung_bak"}},
      {"prime_minister", "", "south_korea", "2014-01-01", {"kr.chung_hong_won"}},
      {"minister", "jp.meti", "", "2017-01-01", {"jp.hiroshige_seko"}},
      {"minister", "jp.mhlw", "", "2015-06-01", {"jp.yasuhisa_shiozaki"}},
      {"minister", "de.bmas", "", "2020-01-01", {"de.hubertus_heil"}},
      {"minister", "de.bmas", "", "2025-06-01", {"de.baerbel_bas"}},
      {"minister", "de.economy_2005", "", "2010-01-01", {"de.rainer_bruederle"}},
      {"director", "vn.ssc", "", "2019-01-01", {"vn.tran_van_dung"}},
      {"director", "vn.vass", "", "2018-01-01", {"vn.nguyen_quang_thuan"}},
      // kbdata (2026-12): the smaller French portfolios, Laos' defence and trade, Vietnam's MOD 2016-2021.
      {"minister", "fr.overseas", "", "2013-01-01", {"fr.victorin_lurel"}},
      {"minister", "fr.sports", "", "2019-06-01", {"fr.roxana_maracineanu"}},
      {"minister", "fr.housing", "", "2015-01-01", {"fr.sylvia_pinel"}},
      {"minister", "fr.parliament_relations", "", "2020-01-01", {"fr.marc_fesneau"}},
      {"official", "fr.government", "", "2021-01-01", {"fr.gabriel_attal"}},
      {"minister", "la.mond", "", "2018-01-01", {"la.chansamone_chanyalath"}},
      {"minister", "la.moic", "", "2018-01-01", {"la.khemmani_pholsena"}},
      {"minister", "vn.mod", "", "2018-01-01", {"vn.ngo_xuan_lich"}},
  };
  for (const auto& c : kCases) {
    DYNAMIC_SECTION(c.role << " " << c.body << c.country << " on " << c.on) {
      Strings got;
      for (const Position* p : kb->HoldersOf(c.role, c.body, c.country, D(c.on))) {
        got.push_back(p->person);
      }
      CHECK(got == c.holders);
    }
  }
}

TEST_CASE("every real position row is consistent", "[kb][resources]") {
  const KnowledgeBase* kb = RealKb();
  REQUIRE(kb != nullptr);
  std::set<std::string> seen;
  for (const Position& p : kb->positions()) {
    INFO(p.person << " " << p.role << " " << p.body << p.country << " " << p.from.ToEdtf());
    // The loader checks syntax and references; these are the promises the data files make.
    CHECK(p.from.has_year());
    CHECK((p.to.empty() || NotAfter(p.from, p.to)));
    CHECK(kb->PersonById(p.person) != nullptr);
    CHECK((p.body.empty() || kb->BodyById(p.body) != nullptr));
    CHECK((p.country.empty() || kb->CountryById(p.country) != nullptr));
    CHECK_FALSE(p.title.empty());
    // One row per person, post and period.
    CHECK(seen.insert(p.person + "|" + p.role + "|" + p.body + "|" + p.country + "|" +
                      p.from.ToEdtf()).second);
    // A tenure in a body does not start after the body ended.
    if (!p.body.empty()) {
      const Body* b = kb->BodyById(p.body);
      if (b != nullptr && !b->to.empty()) CHECK(NotAfter(p.from, b->to));
    }
    for (const std::string& s : p.sources) CHECK(bilat::kb::CheckSource(s).empty());
  }
  for (const Body& b : kb->bodies()) {
    INFO(b.id);
    for (const std::string& id : b.successors) CHECK(kb->BodyById(id) != nullptr);
    for (const std::string& id : b.predecessors) CHECK(kb->BodyById(id) != nullptr);
  }
  bilat::kb::SourceCounts n = bilat::kb::CountSources(*kb);
  WARN("position rows with a source: " << n.positions << " of " << kb->positions().size());
  CHECK(n.positions * 2 > kb->positions().size());
}

TEST_CASE("the real grammar and instruments load with their kinds", "[kb][resources][grammar]") {
  auto r = KnowledgeBase::Load(BILAT_SOURCE_DIR "/resources");
  REQUIRE(r.ok());
  const KnowledgeBase& kb = r.value();
  auto has = [&](const char* lang, const char* kind, const char* phrase, const char* value) {
    for (const auto& g : kb.grammar())
      if (g.lang == lang && g.kind == kind && g.phrase == phrase && g.value == value) return true;
    return false;
  };
  CHECK(has("vi", "trigger", "hội đàm với", "met"));
  CHECK(has("en", "trigger", "paid an official visit to", "visited"));
  CHECK(has("en", "agreement_head", "letter of intent", "letter of intent"));
  CHECK(has("vi", "pair", "hai nước", "countries"));
  CHECK(has("vi", "geographic", "ấn độ dương", ""));
  for (const auto& g : kb.grammar()) CHECK((g.lang == "en" || g.lang == "vi"));
  const bilat::kb::Instrument* evfta = kb.InstrumentById("evfta");
  REQUIRE(evfta);
  CHECK(evfta->signed_on.ToEdtf() == "2019-06-30");
  CHECK(evfta->parties == std::vector<std::string>{"vietnam"});
  for (const auto& in : kb.instruments()) CHECK_FALSE(in.source.empty());
}

TEST_CASE("a --kb grammar file adds a trigger phrase", "[kb][extra][grammar]") {
  std::string path = std::string(BILAT_SOURCE_DIR) + "/tests/data/kb/extra/grammar_phrase.tsv";
  auto r = KnowledgeBase::Load(BILAT_SOURCE_DIR "/resources", {path});
  REQUIRE(r.ok());
  bool found = false;
  for (const auto& g : r.value().grammar())
    found |= g.phrase == "sat down for talks with" && g.value == "met";
  CHECK(found);
}

TEST_CASE("people may carry a date of death, after every post they held", "[kb][resources][died]") {
  auto r = KnowledgeBase::Load(BILAT_SOURCE_DIR "/resources");
  REQUIRE(r.ok());
  const KnowledgeBase& kb = r.value();
  int with_death = 0;
  for (const auto& p : kb.people()) {
    if (!p.died.has_year()) continue;
    ++with_death;
    for (const auto* pos : kb.PositionsOf(p.id)) {
      INFO(p.id << " " << pos->role);
      CHECK(pos->from.Key() <= p.died.Key());
      if (pos->to.has_year()) CHECK(pos->to.Key() <= p.died.Key());
    }
  }
  CHECK(with_death >= 3);
  const auto khai = kb.FindPeople("Phan Văn Khải");
  REQUIRE(khai.size() == 1);
  CHECK(khai[0]->died.ToEdtf() == "2018-03-17");
}

TEST_CASE("a bad date of death names the file, line and column", "[kb][extra][died]") {
  std::string path = (std::filesystem::temp_directory_path() / "bilat_kb_died_test.tsv").string();
  {
    std::ofstream f(path);
    f << "person_id\tname\tcountry\tdied\nxx.someone\tSome One\tfrance\t17/03/2018\n";
  }
  auto r = KnowledgeBase::Load(BILAT_SOURCE_DIR "/resources", {path});
  std::filesystem::remove(path);
  REQUIRE_FALSE(r.ok());
  CHECK_THAT(r.status().message(), Catch::Matchers::Contains("bilat_kb_died_test.tsv:2"));
  CHECK_THAT(r.status().message(), Catch::Matchers::Contains("died"));
}
