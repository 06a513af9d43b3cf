// Mentions of bodies the knowledge base does not name here: the article's own abbreviations, ministries
// written out ("Ministry of X", "Bộ X"), references to the story's pair.
#include "doc_extractor_internal.h"

namespace bilat::ex {

// Abbreviations the article defined ("... Ministry of Finance (MoF)"), as written, later on.
void DocExtractor::FindDocAbbreviations(SentenceState& s) {
  if (doc_abbrevs_.empty()) return;
  for (int i = 0; i < static_cast<int>(s.tokens.size()); ++i) {
    if (s.covered[i] || !s.tokens[i].word) continue;
    auto it = doc_abbrevs_.find(s.tokens[i].text);
    if (it == doc_abbrevs_.end()) continue;
    Item item;
    item.tb = i;
    item.te = i + 1;
    item.type = ItemType::kBody;
    item.ents = {it->second};
    AddItem(s, item);
  }
}

// Ministries that are not in the knowledge base: "Ministry of X" / "X Ministry" / "Bộ X".
void DocExtractor::FindMinistries(SentenceState& s) {
  const auto& t = s.tokens;
  int n = static_cast<int>(t.size());
  for (int i = 0; i < n; ++i) {
    if (s.covered[i] || !t[i].word || !t[i].cap) continue;
    bool en = en_ && t[i].fold == "ministry" && i + 2 < n &&
              (t[i + 1].lower == "of" || t[i + 1].lower == "for");
    bool vi = vi_ && t[i].lower == "bộ" && i + 1 < n && t[i + 1].cap &&
              t[i + 1].lower != "trưởng";
    if (!en && !vi) continue;
    int k = i + (en ? 2 : 1);
    if (en && k < n && t[k].lower == "the") ++k;
    int e = k;
    std::string country;
    int qe = -1;
    while (e < n) {
      int ce = e;
      std::string c = CountryAt(t, e, &ce);
      if (!c.empty() && e > k) {
        country = c;
        qe = ce;
        break;
      }
      if (t[e].word && (t[e].cap || (vi && e > k && !t[e].digit))) {
        if (vi && t[e].cap && e > k && t[e - 1].word && t[e - 1].cap && e + 1 < n && t[e + 1].cap)
          break;  // a name begins
        ++e;
        continue;
      }
      if ((t[e].lower == "and" || t[e].lower == "và" || t[e].fold == "," || t[e].lower == "of") &&
          e + 1 < n && t[e + 1].cap && e > k) {
        ++e;
        continue;
      }
      // "... Health care, Women and Families": a lower-case word inside a list of portfolios.
      if (en && t[e].word && !t[e].cap && e > k && t[e - 1].cap && e + 2 < n &&
          (t[e + 1].fold == "," || t[e + 1].lower == "and") && t[e + 2].cap &&
          !In(t[e].lower, {"of", "the", "for", "in", "on", "at", "to", "with", "by", "and"})) {
        ++e;
        continue;
      }
      break;
    }
    // "... of Thüringen State (Federal Republic of Germany)": the state in brackets just after.
    if (country.empty()) {
      for (int k2 = e; k2 < n && k2 < e + 8; ++k2) {
        if (t[k2].fold == "(") {
          int ce = k2 + 1;
          std::string c = CountryAt(t, k2 + 1, &ce);
          if (!c.empty() && ce < n && t[ce].fold == ")") country = c;
          break;
        }
        if (t[k2].word && !t[k2].cap && t[k2].lower != "of") break;
      }
    }
    while (e > k && !t[e - 1].word) --e;
    if (e == k || !Free(s, i, e)) continue;
    // Party organs, parliaments and other non-ministries are in the KB as such; plural
    // "ministries" never gets here.
    std::string label = Join(t, i, e);
    if (country.empty()) {
      if (i > 0) {
        int ce = i;
        std::string c = CountryAt(t, i - 1, &ce);
        if (!c.empty() && ce == i) country = c;
      }
    }
    if (country.empty()) country = kHomeCountry;
    Item item;
    item.tb = i;
    item.te = qe > 0 ? qe : e;
    item.type = ItemType::kBody;
    item.ents = {NewMinistry(label, country)};
    AddItem(s, item);
    i = item.te - 1;
  }
}

void DocExtractor::FindPairReferences(SentenceState& s) {
  const auto& t = s.tokens;
  for (int i = 0; i < static_cast<int>(t.size()); ++i) {
    if (s.covered[i]) continue;
    int payload = -1;
    int e = lex_.pairs(vi_).Longest(t, i, &payload);
    if (e < 0) continue;
    {
      const auto& p = lex_.grammar.pair_phrases[payload];
      Item item;
      item.tb = i;
      item.te = e;
      switch (p.ref) {
        case grammar::PairRef::kPersons:
          item.type = ItemType::kPairPersons;
          item.ents = PairPersons();
          break;
        case grammar::PairRef::kBodies:
          item.type = ItemType::kPairBodies;
          item.ents = PairBodies();
          break;
        case grammar::PairRef::kCountries:
          item.type = ItemType::kPairCountries;
          item.ents = PairCountries();
          break;
      }
      if (item.ents.size() == 2) AddItem(s, item);
      i = e - 1;
    }
  }
}

}  // namespace bilat::ex
