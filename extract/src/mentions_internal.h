// Per-document state of the extractor: the entities seen so far, the items (mentions) of each
// sentence, and the roles people were given. Private to extract/.
#pragma once

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "bilat/extract.h"
#include "dates_internal.h"
#include "lexicon_internal.h"
#include "text_internal.h"

namespace bilat::ex {

using text::Token;

enum class ItemType {
  kPerson,
  kCountry,
  kBody,
  kAgreement,
  kPairPersons,
  kPairBodies,
  kPairCountries,
  kCity
};

// A mention in a sentence, resolved to document entities.
struct Item {
  int tb = 0, te = 0;  // token range
  ItemType type = ItemType::kPerson;
  std::vector<int> ents;    // entity indices (pairs: two)
  bool possessive = false;  // followed by 's
  bool demonym = false;     // a country named by its demonym ("French")
  bool titled = false;      // a person introduced with a title
  int city = -1;            // kCity: index into the KB's cities (ents stays empty)
  int apposition_end = -1;  // end of a post written after the name (", President of CNES,")
  int end() const { return std::max(te, apposition_end); }  // with that post
};

// A title given to a person in this document ("Minister of Home Affairs").
struct Role {
  std::string text;  // as written
  std::string key;   // role key from the lexicon
  kb::TitleLevel level = kb::TitleLevel::kBody;
  int target = -1;      // entity index: a ministry, a country or an organisation
  std::string body_kb;  // KB body id, when the target is a KB body
};

struct DocEntity {
  Entity e;
  std::string kb_id;                    // KB id of a person or body
  std::vector<std::string> short_keys;  // folded last names / given names
  std::vector<Role> roles;
  int last_sentence = -1;
};

}  // namespace bilat::ex
