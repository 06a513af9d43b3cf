// kb_internal.h — what the loader, the index builder and the look-ups of bilat::kb share. Not
// part of the public API.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bilat/common.h"
#include "bilat/kb.h"

namespace bilat::kb::internal {

// ------------------------------------------------------------------------------------ TSV files

// One data line of a TSV file, split at tabs. `line` is 1-based, as editors count.
struct TsvRow {
  int line = 0;
  std::vector<std::string> fields;
};

struct TsvFile {
  std::string path;
  int header_line = 0;
  std::vector<std::string> columns;
  std::vector<TsvRow> rows;
};

// Reads `path`: skips '#' comments and blank lines, takes the first other line as the header,
// checks that every line is valid UTF-8 and has as many fields as the header, and NFC-normalises
// every field. Errors name path:line and the field.
Status ReadTsv(const std::string& path, TsvFile* out);

// Reads a one-entry-a-line list (vi_surnames.txt) with the same comment, UTF-8 and NFC rules.
Status ReadLines(const std::string& path, std::vector<std::string>* out);

// The prefix of every load error: "path:line: field 'name': ".
std::string Where(std::string_view path, int line, std::string_view field);

// ------------------------------------------------------------------------------------ loaded data

// A folded name or alias of a person, cut into words, for fuzzy matching.
struct FoldedName {
  int person = 0;
  std::vector<std::string> words;
};

// Everything a KnowledgeBase holds. The tables keep load order (files sorted by name, then the
// --kb files in the order given); the maps are indexes into them.
struct KbData {
  std::vector<Country> countries;
  std::vector<Body> bodies;
  std::vector<Person> people;
  std::vector<City> cities;
  std::vector<Instrument> instruments;
  std::vector<GrammarRule> grammar;
  std::vector<Position> positions;
  std::vector<Title> titles;
  std::vector<DateWord> date_words;
  std::vector<BoilerplateMarker> boilerplate;
  std::vector<std::string> vi_surnames;

  std::unordered_map<std::string, int> country_by_id, body_by_id, person_by_id, city_by_id;
  std::unordered_map<std::string, std::vector<NameRef>> names;
  std::unordered_map<std::string, std::vector<int>> bodies_by_portfolio;  // folded → bodies
  std::unordered_map<std::string, std::vector<int>> people_by_last_word;  // folded → people
  std::unordered_map<std::string, std::vector<int>> positions_by_person;  // id → positions
  std::vector<FoldedName> person_names;
};

// Loads resource_dir/kb/*.tsv, the lexicons and the extra files into `data`, validating as it goes
// and checking cross-references at the end.
Status LoadAll(const std::string& resource_dir, const std::vector<std::string>& extra_files,
               KbData* data);

// Fills the name, portfolio, short-name and position indexes of `data` from its tables.
void BuildIndexes(KbData* data);

// The portfolio a body name spells out: "ministry of the interior" → "interior", "bo noi vu" →
// "noi vu", "interior ministry" → "interior". Returns "" when `folded` has no such prefix/suffix.
std::string StripMinistryWords(std::string_view folded);

// Parses the `kind` column of bodies.tsv; false when unknown.
bool ParseBodyKind(std::string_view s, BodyKind* kind);

}  // namespace bilat::kb::internal
