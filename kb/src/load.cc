// Loading and validating the tables of resources/ (format: docs/knowledge-base.md). Each row is
// checked on its own as it is read (ids, dates, kinds, duplicates); references between tables are
// checked once everything is read, because a file may refer to one that sorts after it and --kb
// files come last.

#include <algorithm>
#include <filesystem>

#include "kb_internal.h"

namespace bilat::kb::internal {

namespace {

namespace fs = std::filesystem;

// ------------------------------------------------------------------------------------ schemas

struct Column {
  std::string_view name;
  bool required;
};

enum class Table { kCountries, kBodies, kPeople, kPositions, kTitles, kDates, kBoilerplate,
                   kCities, kInstruments, kGrammar };

struct Schema {
  Table table;
  std::string_view name;  // for messages
  std::vector<Column> columns;
};

const Schema& SchemaOf(Table t) {
  static const std::vector<Schema> kSchemas = {
      {Table::kCountries, "countries",
       {{"country_id", true}, {"iso2", true}, {"iso3", true}, {"en", true}, {"vi", true},
        {"fr", false}, {"aliases", false}, {"demonyms", false}}},
      {Table::kBodies, "bodies",
       {{"body_id", true}, {"country", true}, {"kind", true}, {"en", true}, {"vi", false},
        {"fr", false}, {"aliases", false}, {"abbrev", false}, {"portfolio", false},
        {"from", false}, {"to", false}, {"predecessors", false}, {"successors", false},
        {"source", false}}},
      {Table::kPeople, "people",
       {{"person_id", true}, {"name", true}, {"country", true}, {"aliases", false},
        {"gender", false}, {"source", false}, {"died", false}}},
      {Table::kPositions, "positions",
       {{"person", true}, {"role", true}, {"title", false}, {"body", false}, {"country", false},
        {"from", true}, {"to", false}, {"source", false}}},
      {Table::kTitles, "titles",
       {{"lang", true}, {"text", true}, {"role", true}, {"level", true},
        {"takes_portfolio", false}, {"portfolio", false}}},
      {Table::kDates, "dates",
       {{"lang", true}, {"kind", true}, {"text", true}, {"value", false}}},
      {Table::kBoilerplate, "boilerplate", {{"lang", true}, {"kind", true}, {"text", true}}},
      {Table::kCities, "cities",
       {{"city_id", true}, {"country", true}, {"en", true}, {"vi", false}, {"fr", false},
        {"aliases", false}}},
      {Table::kInstruments, "instruments",
       {{"instrument_id", true}, {"type", true}, {"en", true}, {"vi", false}, {"fr", false},
        {"aliases", false}, {"abbrev", false}, {"parties", false}, {"signed", false},
        {"source", true}}},
      {Table::kGrammar, "grammar",
       {{"lang", true}, {"kind", true}, {"phrase", true}, {"value", false}, {"flags", false}}},
  };
  return kSchemas[static_cast<size_t>(t)];
}

// The KB tables are told apart by their key column, which only one table has. The docs say the key
// comes first; looking for it anywhere also honours "columns may come in any order".
Status KbTableOf(const TsvFile& f, Table* table) {
  static const std::pair<std::string_view, Table> kKeys[] = {
      {"country_id", Table::kCountries}, {"body_id", Table::kBodies},
      {"person_id", Table::kPeople}, {"person", Table::kPositions}, {"city_id", Table::kCities},
      {"instrument_id", Table::kInstruments}, {"phrase", Table::kGrammar}};
  for (const std::string& col : f.columns) {
    for (const auto& [key, t] : kKeys) {
      if (col == key) {
        *table = t;
        return Status::OK();
      }
    }
  }
  return Status::InvalidArgument(
      Where(f.path, f.header_line, f.columns[0]) +
      "unknown table: the header must start with country_id, body_id, person_id, person, "
      "city_id, instrument_id or (a grammar table) phrase");
}

// ------------------------------------------------------------------------------------ one row

// Where a record came from, for messages about it after loading.
struct Origin {
  std::string path;
  int line = 0;
};

// One row seen through its header.
class Record {
 public:
  Record(const TsvFile& file, const TsvRow& row, const std::vector<int>& slots)
      : file_(file), row_(row), slots_(slots) {}

  // The field of `col` (an index into the schema's columns); "" when the file lacks the column.
  const std::string& Get(size_t col) const {
    static const std::string kEmpty;
    return slots_[col] < 0 ? kEmpty : row_.fields[slots_[col]];
  }
  Status Error(std::string_view field, const std::string& what) const {
    return Status::InvalidArgument(Where(file_.path, row_.line, field) + what);
  }
  Origin origin() const { return {file_.path, row_.line}; }

 private:
  const TsvFile& file_;
  const TsvRow& row_;
  const std::vector<int>& slots_;  // schema column → field index, -1 when absent
};

// Splits a multi-valued field at '|', dropping empty values.
std::vector<std::string> SplitList(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t bar = std::min(s.find('|', start), s.size());
    std::string v = s.substr(start, bar - start);
    v.erase(0, v.find_first_not_of(' '));
    v.erase(v.find_last_not_of(' ') + 1);
    if (!v.empty()) out.push_back(std::move(v));
    start = bar + 1;
  }
  return out;
}

bool IsValidId(std::string_view id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
  });
}

bool IsUpperAscii(std::string_view s, size_t len) {
  return s.size() == len &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// a strictly before b, comparing only the parts both have (2024 is not before 2024-05).
bool DateBefore(const PartialDate& a, const PartialDate& b) {
  if (a.year != b.year) return a.year < b.year;
  if (!a.month || !b.month) return false;
  if (a.month != b.month) return a.month < b.month;
  if (!a.day || !b.day) return false;
  return a.day < b.day;
}

// ------------------------------------------------------------------------------------ the loader

// Column indexes into each schema, so that the Add* functions read as the docs' tables.
enum CountryCol { kCId, kCIso2, kCIso3, kCEn, kCVi, kCFr, kCAliases, kCDemonyms };
enum BodyCol { kBId, kBCountry, kBKind, kBEn, kBVi, kBFr, kBAliases, kBAbbrev, kBPortfolio,
               kBFrom, kBTo, kBPred, kBSucc, kBSource };
enum PersonCol { kPId, kPName, kPCountry, kPAliases, kPGender, kPSource, kPDied };
enum PositionCol { kQPerson, kQRole, kQTitle, kQBody, kQCountry, kQFrom, kQTo, kQSource };
enum TitleCol { kTLang, kTText, kTRole, kTLevel, kTPortfolio, kTImplied };
enum DateCol { kDLang, kDKind, kDText, kDValue };
enum BoilerCol { kWLang, kWKind, kWText };
enum CityCol { kYId, kYCountry, kYEn, kYVi, kYFr, kYAliases };
enum GrammarCol { kGLang, kGKind, kGPhrase, kGValue, kGFlags };
enum InstrumentCol { kIId, kIType, kIEn, kIVi, kIFr, kIAliases, kIAbbrev, kIParties, kISigned,
                     kISource };

class Loader {
 public:
  explicit Loader(KbData* data) : d_(*data) {}

  Status LoadKbDir(const std::string& dir);
  Status LoadLexicons(const std::string& dir);
  Status LoadGrammarDir(const std::string& dir);
  Status LoadKbFile(const std::string& path);
  Status CheckReferences() const;

 private:
  Status LoadTable(const TsvFile& f, Table table);
  Status MapColumns(const TsvFile& f, const Schema& schema, std::vector<int>* slots) const;
  Status CheckRequired(const Record& r, const Schema& schema) const;
  Status AddRow(const Record& r, Table table);
  Status AddCountry(const Record& r);
  Status AddBody(const Record& r);
  Status AddPerson(const Record& r);
  Status AddCity(const Record& r);
  Status AddInstrument(const Record& r);
  Status AddGrammar(const Record& r);
  Status AddPosition(const Record& r);
  Status AddTitle(const Record& r);
  Status AddDateWord(const Record& r);
  Status AddBoilerplate(const Record& r);
  Status LoadOptionalTsv(const std::string& path, Table table);

  Status CheckId(const Record& r, std::string_view field, const std::string& id) const;
  Status ClaimId(const Record& r, std::string_view field, const std::string& id,
                 std::unordered_map<std::string, int>* by_id, std::vector<Origin>* origins);
  Status ParseDate(const Record& r, std::string_view field, const std::string& s,
                   PartialDate* out) const;
  Status ParseTenure(const Record& r, size_t from_col, size_t to_col, PartialDate* from,
                     PartialDate* to) const;
  Status CheckLang(const Record& r, const std::string& lang) const;
  Status ParseSources(const Record& r, size_t col, std::vector<std::string>* out) const;

  Status CheckBodyRefs(size_t i) const;
  Status CheckPositionRefs(size_t i) const;
  Status RefError(const Origin& o, std::string_view field, std::string_view what,
                  std::string_view id) const;

  KbData& d_;
  std::vector<Origin> country_origin_, body_origin_, person_origin_, position_origin_, city_origin_,
      instrument_origin_;
  std::unordered_map<std::string, int> instrument_by_id_;
  std::unordered_map<std::string, int> iso_codes_;  // "VN" → country, to catch duplicates
};

Status Loader::LoadKbDir(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir + ": no such folder");
  std::vector<std::string> files;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (name[0] != '.' && e.path().extension() == ".tsv" && e.is_regular_file(ec)) {
      files.push_back(name);
    }
  }
  if (ec) return Status::IOError(dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  for (const std::string& name : files) {
    Status s = LoadKbFile(dir + "/" + name);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Status Loader::LoadKbFile(const std::string& path) {
  TsvFile f;
  Status s = ReadTsv(path, &f);
  Table table{};
  if (s.ok()) s = KbTableOf(f, &table);
  if (s.ok()) s = LoadTable(f, table);
  return s;
}

// Lexicon files are optional: a resource folder without them yields empty lexicons.
Status Loader::LoadOptionalTsv(const std::string& path, Table table) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status::OK();
  TsvFile f;
  Status s = ReadTsv(path, &f);
  if (s.ok()) s = LoadTable(f, table);
  return s;
}

Status Loader::LoadLexicons(const std::string& dir) {
  Status s = LoadOptionalTsv(dir + "/titles.tsv", Table::kTitles);
  if (s.ok()) s = LoadOptionalTsv(dir + "/dates.tsv", Table::kDates);
  if (s.ok()) s = LoadOptionalTsv(dir + "/boilerplate.tsv", Table::kBoilerplate);
  std::error_code ec;
  std::string surnames = dir + "/vi_surnames.txt";
  if (s.ok() && fs::exists(surnames, ec)) s = ReadLines(surnames, &d_.vi_surnames);
  return s;
}

Status Loader::MapColumns(const TsvFile& f, const Schema& schema, std::vector<int>* slots) const {
  slots->assign(schema.columns.size(), -1);
  for (size_t i = 0; i < f.columns.size(); ++i) {
    auto it = std::find_if(schema.columns.begin(), schema.columns.end(),
                           [&](const Column& c) { return c.name == f.columns[i]; });
    std::string where = Where(f.path, f.header_line, f.columns[i]);
    if (it == schema.columns.end()) {
      return Status::InvalidArgument(where + "unknown column in a " + std::string(schema.name) +
                                     " table");
    }
    int& slot = (*slots)[it - schema.columns.begin()];
    if (slot >= 0) return Status::InvalidArgument(where + "column given twice");
    slot = static_cast<int>(i);
  }
  for (size_t c = 0; c < schema.columns.size(); ++c) {
    if ((*slots)[c] < 0 && schema.columns[c].required) {
      return Status::InvalidArgument(Where(f.path, f.header_line, schema.columns[c].name) +
                                     "required column missing from the header");
    }
  }
  return Status::OK();
}

Status Loader::CheckRequired(const Record& r, const Schema& schema) const {
  for (size_t c = 0; c < schema.columns.size(); ++c) {
    if (schema.columns[c].required && r.Get(c).empty()) {
      return r.Error(schema.columns[c].name, "required field is empty");
    }
  }
  return Status::OK();
}

Status Loader::LoadTable(const TsvFile& f, Table table) {
  const Schema& schema = SchemaOf(table);
  std::vector<int> slots;
  Status s = MapColumns(f, schema, &slots);
  for (size_t i = 0; s.ok() && i < f.rows.size(); ++i) {
    Record r(f, f.rows[i], slots);
    s = CheckRequired(r, schema);
    if (s.ok()) s = AddRow(r, table);
  }
  return s;
}

Status Loader::AddRow(const Record& r, Table table) {
  switch (table) {
    case Table::kCountries: return AddCountry(r);
    case Table::kBodies: return AddBody(r);
    case Table::kPeople: return AddPerson(r);
    case Table::kPositions: return AddPosition(r);
    case Table::kTitles: return AddTitle(r);
    case Table::kDates: return AddDateWord(r);
    case Table::kBoilerplate: return AddBoilerplate(r);
    case Table::kCities: return AddCity(r);
    case Table::kInstruments: return AddInstrument(r);
    case Table::kGrammar: return AddGrammar(r);
  }
  return Status::OK();
}

// ------------------------------------------------------------------------------------ fields

Status Loader::CheckId(const Record& r, std::string_view field, const std::string& id) const {
  if (IsValidId(id)) return Status::OK();
  return r.Error(field, "bad id '" + id + "': ids are lowercase ASCII [a-z0-9_.-]+");
}

// Checks the syntax of a new record's id and that no earlier record (in any file) has it.
Status Loader::ClaimId(const Record& r, std::string_view field, const std::string& id,
                       std::unordered_map<std::string, int>* by_id, std::vector<Origin>* origins) {
  Status s = CheckId(r, field, id);
  if (!s.ok()) return s;
  auto [it, fresh] = by_id->emplace(id, static_cast<int>(origins->size()));
  if (!fresh) {
    const Origin& first = (*origins)[it->second];
    return r.Error(field, "duplicate id '" + id + "' (first defined at " + first.path + ":" +
                              std::to_string(first.line) + ")");
  }
  origins->push_back(r.origin());
  return Status::OK();
}

// Tenures and validity need a known year: "XXXX-05-01" is rejected though PartialDate parses it.
Status Loader::ParseDate(const Record& r, std::string_view field, const std::string& s,
                         PartialDate* out) const {
  if (s.empty()) return Status::OK();
  std::optional<PartialDate> d = PartialDate::Parse(s);
  if (!d || !d->has_year()) {
    return r.Error(field, "bad date '" + s + "': use YYYY-MM-DD, YYYY-MM or YYYY, optionally + '?'");
  }
  *out = *d;
  return Status::OK();
}

Status Loader::ParseTenure(const Record& r, size_t from_col, size_t to_col, PartialDate* from,
                           PartialDate* to) const {
  Status s = ParseDate(r, "from", r.Get(from_col), from);
  if (s.ok()) s = ParseDate(r, "to", r.Get(to_col), to);
  if (s.ok() && !from->empty() && !to->empty() && DateBefore(*to, *from)) {
    s = r.Error("to", "end " + to->ToEdtf() + " is before start " + from->ToEdtf());
  }
  return s;
}

Status Loader::CheckLang(const Record& r, const std::string& lang) const {
  if (lang == "en" || lang == "vi" || lang == "fr") return Status::OK();
  return r.Error("lang", "unknown language '" + lang + "': use en, vi or fr");
}

// A source field: '|'-separated URLs or citations, each checked by CheckSource. Empty is allowed
// (rows written before the column existed); docs/knowledge-base.md asks for one on every new row.
Status Loader::ParseSources(const Record& r, size_t col, std::vector<std::string>* out) const {
  *out = SplitList(r.Get(col));
  for (const std::string& src : *out) {
    std::string why = CheckSource(src);
    if (!why.empty()) return r.Error("source", "bad source '" + src + "': " + why);
  }
  return Status::OK();
}

// ------------------------------------------------------------------------------------ KB tables

Status Loader::AddCountry(const Record& r) {
  Country c{r.Get(kCId), r.Get(kCIso2), r.Get(kCIso3), r.Get(kCEn), r.Get(kCVi), r.Get(kCFr),
            SplitList(r.Get(kCAliases)), SplitList(r.Get(kCDemonyms))};
  if (!IsUpperAscii(c.iso2, 2)) return r.Error("iso2", "bad ISO2 code '" + c.iso2 + "'");
  if (!IsUpperAscii(c.iso3, 3)) return r.Error("iso3", "bad ISO3 code '" + c.iso3 + "'");
  Status s = ClaimId(r, "country_id", c.id, &d_.country_by_id, &country_origin_);
  if (!s.ok()) return s;
  for (const auto& [field, code] : {std::pair{"iso2", c.iso2}, std::pair{"iso3", c.iso3}}) {
    auto [it, fresh] = iso_codes_.emplace(code, static_cast<int>(d_.countries.size()));
    if (!fresh) {
      return r.Error(field, "ISO code '" + code + "' already used by country '" +
                                d_.countries[it->second].id + "'");
    }
  }
  d_.countries.push_back(std::move(c));
  return Status::OK();
}

Status Loader::AddBody(const Record& r) {
  Body b;
  b.id = r.Get(kBId);
  b.country = r.Get(kBCountry);
  if (!ParseBodyKind(r.Get(kBKind), &b.kind)) {
    return r.Error("kind", "unknown body kind '" + r.Get(kBKind) +
                               "': use ministry, state_secretariat, agency, government, "
                               "legislature, party_organ, military, court or other");
  }
  b.en = r.Get(kBEn);
  b.vi = r.Get(kBVi);
  b.fr = r.Get(kBFr);
  b.aliases = SplitList(r.Get(kBAliases));
  b.abbrevs = SplitList(r.Get(kBAbbrev));
  b.portfolios = SplitList(r.Get(kBPortfolio));
  b.predecessors = SplitList(r.Get(kBPred));
  b.successors = SplitList(r.Get(kBSucc));
  Status s = ParseTenure(r, kBFrom, kBTo, &b.from, &b.to);
  if (s.ok()) s = ParseSources(r, kBSource, &b.sources);
  if (s.ok()) s = ClaimId(r, "body_id", b.id, &d_.body_by_id, &body_origin_);
  if (s.ok()) d_.bodies.push_back(std::move(b));
  return s;
}

Status Loader::AddPerson(const Record& r) {
  Person p{r.Get(kPId), r.Get(kPName), r.Get(kPCountry), r.Get(kPGender),
           SplitList(r.Get(kPAliases)), {}, {}};
  if (!p.gender.empty() && p.gender != "m" && p.gender != "f") {
    return r.Error("gender", "unknown gender '" + p.gender + "': use m, f or leave empty");
  }
  Status s = ParseSources(r, kPSource, &p.sources);
  if (s.ok() && !r.Get(kPDied).empty()) s = ParseDate(r, "died", r.Get(kPDied), &p.died);
  if (s.ok()) s = ClaimId(r, "person_id", p.id, &d_.person_by_id, &person_origin_);
  if (s.ok()) d_.people.push_back(std::move(p));
  return s;
}

Status Loader::AddCity(const Record& r) {
  City c{r.Get(kYId), r.Get(kYCountry), r.Get(kYEn), r.Get(kYVi), r.Get(kYFr),
         SplitList(r.Get(kYAliases))};
  Status s = ClaimId(r, "city_id", c.id, &d_.city_by_id, &city_origin_);
  if (s.ok()) d_.cities.push_back(std::move(c));
  return s;
}

Status Loader::AddInstrument(const Record& r) {
  Instrument in{r.Get(kIId), r.Get(kIType), r.Get(kIEn), r.Get(kIVi), r.Get(kIFr),
                SplitList(r.Get(kIAliases)), SplitList(r.Get(kIAbbrev)),
                SplitList(r.Get(kIParties)), {}, r.Get(kISource)};
  Status s = ClaimId(r, "instrument_id", in.id, &instrument_by_id_, &instrument_origin_);
  if (s.ok() && !r.Get(kISigned).empty()) s = ParseDate(r, "signed", r.Get(kISigned), &in.signed_on);
  if (s.ok()) d_.instruments.push_back(std::move(in));
  return s;
}

// The grammar folder is optional: without it the extractor finds mentions but no relations.
Status Loader::LoadGrammarDir(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::OK();
  std::vector<std::string> files;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (name[0] != '.' && e.path().extension() == ".tsv" && e.is_regular_file(ec))
      files.push_back(name);
  }
  if (ec) return Status::IOError(dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  for (const std::string& name : files) {
    Status s = LoadOptionalTsv(dir + "/" + name, Table::kGrammar);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Status Loader::AddGrammar(const Record& r) {
  GrammarRule g{r.Get(kGLang), r.Get(kGKind), r.Get(kGPhrase), r.Get(kGValue),
                SplitList(r.Get(kGFlags))};
  // Flags are comma-separated in the files ("mutual,noun").
  std::vector<std::string> flags;
  for (const std::string& f : g.flags) {
    size_t b = 0;
    while (b <= f.size()) {
      size_t e = f.find(',', b);
      if (e == std::string::npos) e = f.size();
      if (e > b) flags.push_back(f.substr(b, e - b));
      b = e + 1;
    }
  }
  g.flags = flags;
  static const std::vector<std::string> kKinds = {
      "trigger", "blocking", "agreement_head", "pair", "non_person_head", "name_particle",
      "org_head", "geographic", "new_in_office", "organization_word", "late", "condolence"};
  if (std::find(kKinds.begin(), kKinds.end(), g.kind) == kKinds.end())
    return r.Error("kind", "unknown grammar kind '" + g.kind +
                               "': use trigger, blocking, agreement_head, pair, non_person_head, "
                               "name_particle, org_head, geographic, new_in_office, "
                               "organization_word, late or condolence");
  for (char c : g.phrase)
    if (c >= 'A' && c <= 'Z') return r.Error("phrase", "phrases are lower case: '" + g.phrase + "'");
  if (g.kind == "trigger" && g.value != "met" && g.value != "signed" && g.value != "visited")
    return r.Error("value", "a trigger's value is met, signed or visited, not '" + g.value + "'");
  if (g.kind == "pair" && g.value != "persons" && g.value != "bodies" && g.value != "countries")
    return r.Error("value", "a pair phrase's value is persons, bodies or countries");
  if (g.kind == "agreement_head" && g.value.empty())
    return r.Error("value", "an agreement head needs its canonical type as value");
  for (const std::string& f : g.flags) {
    bool ok = (g.kind == "trigger" && (f == "mutual" || f == "noun")) ||
              (g.kind == "agreement_head" && f == "plural") ||
              (g.kind == "new_in_office" && f == "after");
    if (!ok) return r.Error("flags", "unknown flag '" + f + "' for a " + g.kind);
  }
  Status s = CheckLang(r, g.lang);
  if (s.ok()) d_.grammar.push_back(std::move(g));
  return s;
}

Status Loader::AddPosition(const Record& r) {
  Position p{r.Get(kQPerson), r.Get(kQRole), r.Get(kQTitle), r.Get(kQBody), r.Get(kQCountry),
             {}, {}, {}};
  if (p.body.empty() && p.country.empty()) {
    return r.Error("body", "a position needs a body, a country or both");
  }
  Status s = CheckId(r, "role", p.role);
  if (s.ok()) s = ParseTenure(r, kQFrom, kQTo, &p.from, &p.to);
  if (s.ok()) s = ParseSources(r, kQSource, &p.sources);
  if (!s.ok()) return s;
  position_origin_.push_back(r.origin());
  d_.positions.push_back(std::move(p));
  return Status::OK();
}

// ------------------------------------------------------------------------------------ lexicons

Status Loader::AddTitle(const Record& r) {
  static const std::pair<std::string_view, TitleLevel> kLevels[] = {
      {"body", TitleLevel::kBody}, {"state", TitleLevel::kState}, {"org", TitleLevel::kOrg},
      {"honorific", TitleLevel::kHonorific}, {"rank", TitleLevel::kRank}};
  Title t{r.Get(kTLang), r.Get(kTText), r.Get(kTRole), TitleLevel::kBody, false, ""};
  const std::string& level = r.Get(kTLevel);
  auto it = std::find_if(std::begin(kLevels), std::end(kLevels),
                         [&](const auto& l) { return l.first == level; });
  if (it == std::end(kLevels)) {
    return r.Error("level", "unknown title level '" + level +
                                "': use body, state, org, honorific or rank");
  }
  t.level = it->second;
  const std::string& tp = r.Get(kTPortfolio);
  if (!tp.empty() && tp != "yes" && tp != "no") {
    return r.Error("takes_portfolio", "'" + tp + "': use yes, no or leave empty");
  }
  t.takes_portfolio = tp == "yes";
  t.portfolio = r.Get(kTImplied);
  Status s = CheckLang(r, t.lang);
  if (s.ok()) s = CheckId(r, "role", t.role);
  if (s.ok()) d_.titles.push_back(std::move(t));
  return s;
}

Status Loader::AddDateWord(const Record& r) {
  DateWord w{r.Get(kDLang), r.Get(kDKind), r.Get(kDText), r.Get(kDValue)};
  int max = w.kind == "month" ? 12 : w.kind == "weekday" ? 7 : 0;
  if (max > 0) {
    int v = 0;
    for (char c : w.value) v = (c >= '0' && c <= '9' && v <= max) ? v * 10 + (c - '0') : 99;
    if (v < 1 || v > max) {
      return r.Error("value", "'" + w.value + "' is not a " + w.kind + " number 1-" +
                                  std::to_string(max));
    }
  } else if (w.kind == "relative") {
    if (w.value.empty()) return r.Error("value", "a relative date word needs a value");
  } else if (w.kind != "daypart") {
    return r.Error("kind", "unknown date word kind '" + w.kind +
                               "': use month, weekday, daypart or relative");
  }
  Status s = CheckLang(r, w.lang);
  if (s.ok()) d_.date_words.push_back(std::move(w));
  return s;
}

Status Loader::AddBoilerplate(const Record& r) {
  BoilerplateMarker m{r.Get(kWLang), r.Get(kWKind), r.Get(kWText), ""};
  m.folded = Fold(m.text);  // segmentation compares folded lines with it, document after document
  if (m.kind != "stop" && m.kind != "drop" && m.kind != "credit") {
    return r.Error("kind", "unknown boilerplate kind '" + m.kind + "': use stop, drop or credit");
  }
  Status s = CheckLang(r, m.lang);
  if (s.ok()) d_.boilerplate.push_back(std::move(m));
  return s;
}

// ------------------------------------------------------------------------------------ references

Status Loader::RefError(const Origin& o, std::string_view field, std::string_view what,
                        std::string_view id) const {
  std::string msg = Where(o.path, o.line, field) + "unknown " + std::string(what) + " '";
  msg += id;
  return Status::InvalidArgument(msg + "'");
}

Status Loader::CheckBodyRefs(size_t i) const {
  const Body& b = d_.bodies[i];
  if (!d_.country_by_id.count(b.country)) {
    return RefError(body_origin_[i], "country", "country", b.country);
  }
  for (const auto& [field, ids] : {std::pair{"predecessors", &b.predecessors},
                                   std::pair{"successors", &b.successors}}) {
    for (const std::string& id : *ids) {
      if (!d_.body_by_id.count(id)) return RefError(body_origin_[i], field, "body", id);
    }
  }
  return Status::OK();
}

Status Loader::CheckPositionRefs(size_t i) const {
  const Position& p = d_.positions[i];
  const Origin& o = position_origin_[i];
  if (!d_.person_by_id.count(p.person)) return RefError(o, "person", "person", p.person);
  if (!p.body.empty() && !d_.body_by_id.count(p.body)) return RefError(o, "body", "body", p.body);
  if (!p.country.empty() && !d_.country_by_id.count(p.country)) {
    return RefError(o, "country", "country", p.country);
  }
  // Roles are checked against the titles lexicon only when there is one, so that a KB can be
  // loaded (and tested) on its own.
  bool known_role = d_.titles.empty() ||
                    std::any_of(d_.titles.begin(), d_.titles.end(),
                                [&](const Title& t) { return t.role == p.role; });
  if (!known_role) return RefError(o, "role", "role (not in lexicon/titles.tsv)", p.role);
  return Status::OK();
}

Status Loader::CheckReferences() const {
  for (size_t i = 0; i < d_.bodies.size(); ++i) {
    Status s = CheckBodyRefs(i);
    if (!s.ok()) return s;
  }
  for (size_t i = 0; i < d_.people.size(); ++i) {
    if (!d_.country_by_id.count(d_.people[i].country)) {
      return RefError(person_origin_[i], "country", "country", d_.people[i].country);
    }
  }
  for (size_t i = 0; i < d_.positions.size(); ++i) {
    Status s = CheckPositionRefs(i);
    if (!s.ok()) return s;
  }
  for (size_t i = 0; i < d_.cities.size(); ++i) {
    if (!d_.country_by_id.count(d_.cities[i].country)) {
      return RefError(city_origin_[i], "country", "country", d_.cities[i].country);
    }
  }
  for (size_t i = 0; i < d_.instruments.size(); ++i) {
    for (const std::string& c : d_.instruments[i].parties)
      if (!d_.country_by_id.count(c)) return RefError(instrument_origin_[i], "parties", "country", c);
  }
  return Status::OK();
}

}  // namespace

// ------------------------------------------------------------------------------------ entry points

bool ParseBodyKind(std::string_view s, BodyKind* kind) {
  static const BodyKind kAll[] = {
      BodyKind::kMinistry, BodyKind::kStateSecretariat, BodyKind::kAgency,
      BodyKind::kGovernment, BodyKind::kLegislature, BodyKind::kPartyOrgan,
      BodyKind::kMilitary, BodyKind::kCourt, BodyKind::kOther};
  for (BodyKind k : kAll) {
    if (BodyKindName(k) == s) {
      *kind = k;
      return true;
    }
  }
  return false;
}

Status LoadAll(const std::string& resource_dir, const std::vector<std::string>& extra_files,
               KbData* data) {
  Loader loader(data);
  Status s = loader.LoadKbDir(resource_dir + "/kb");
  if (s.ok()) s = loader.LoadLexicons(resource_dir + "/lexicon");
  if (s.ok()) s = loader.LoadGrammarDir(resource_dir + "/grammar");
  for (size_t i = 0; s.ok() && i < extra_files.size(); ++i) s = loader.LoadKbFile(extra_files[i]);
  if (s.ok()) s = loader.CheckReferences();
  return s;
}

}  // namespace bilat::kb::internal
