// Mentions by name: knowledge-base names (people, bodies, countries, cities), the posts written
// after a name, Vietnamese full names, short references, pronouns and "the host"/"the guest".
#include "doc_extractor_internal.h"

namespace bilat::ex {

// Whether a body's name as written goes on past a known name ending at `e`: "Ministry of
// Labour, Social Affairs and Health care, ...", "Bộ Công nghiệp, Thương mại và Năng lượng Hàn
// Quốc". Not when what follows is another known name ("... and Ministry of Defence", "và Bộ
// Quốc phòng"), a country, a title or a person.
bool DocExtractor::BodyNameContinues(const std::vector<Token>& t, int e) const {
  const int n = static_cast<int>(t.size());
  if (e + 1 >= n) return false;
  bool joiner = t[e].fold == "," || t[e].lower == "and" || t[e].lower == "và" || t[e].fold == "&";
  if (!joiner || !t[e + 1].word || !t[e + 1].cap || t[e + 1].upper) return false;
  const std::vector<int>* p = nullptr;
  if (lex_.names.Longest(t, e + 1, &p, true) > e + 1) return false;
  if (IsTitleAt(t, e + 1) || VietnameseNameLength(t, e + 1, n) >= 2) return false;
  int ce = e + 1;
  if (!CountryAt(t, e + 1, &ce).empty()) return false;
  // A list of bodies goes on with the next one's head word.
  if (t[e + 1].fold == "ministry" || t[e + 1].lower == "bộ") return false;
  if (ResolveShort(t[e + 1].fold) >= 0) return false;  // ", Hoan, formerly ...": a person
  // The continuation reads as portfolios: two capitalised words, or one more joined to another
  // ("..., Social Affairs and ...", "..., Thương mại và Năng lượng").
  int k = e + 1;
  while (k < n && t[k].word && t[k].cap) ++k;
  if (k - (e + 1) >= 2) return true;
  // Vietnamese names go on in lower case ("Thương mại"): the whole phrase up to a joiner.
  if (vi_)
    while (k < n && k - e <= 4 && t[k].word && !t[k].cap && t[k].lower != "và") ++k;
  return k + 1 < n && (t[k].fold == "," || t[k].lower == "and" || t[k].lower == "và") &&
         t[k + 1].word && t[k + 1].cap;
}

void DocExtractor::FindKbNames(SentenceState& s) {
  const auto& t = s.tokens;
  for (int i = 0; i < static_cast<int>(t.size()); ++i) {
    if (s.covered[i] || !t[i].word || !t[i].cap) continue;
    const std::vector<int>* p = nullptr;
    int e = lex_.names.Longest(t, i, &p, true);
    if (e == i || !p || !Free(s, i, e)) continue;
    // One-word names are abbreviations ("AFD", "MOST"): only when written in capitals, or
    // country names of more than three letters ("France", but not the Vietnamese word "Nga").
    bool one = e - i == 1;
    int person = -1, city = -1;
    std::string country;
    bool demonym = false;
    std::vector<int> bodies;
    for (int r : *p) {
      const auto& ref = lex_.name_refs[r];
      if (ref.type == kb::EntityType::kCity && city < 0) {
        auto w = lex_.city_written.find(t[i].lower);
        if (!one || (t[i].cap && w != lex_.city_written.end() &&
                     std::count(w->second.begin(), w->second.end(), ref.index)))
          city = ref.index;
      }
      if (ref.type == kb::EntityType::kPerson && !one) person = ref.index;
      if (ref.type == kb::EntityType::kBody && (!one || t[i].upper)) bodies.push_back(ref.index);
      if (ref.type == kb::EntityType::kCountry && country.empty() &&
          (!one || WrittenAsName(ref.index, t[i]))) {
        country = kb_.countries()[ref.index].id;
        demonym = ref.demonym;
      }
    }
    Item item;
    item.tb = i;
    item.te = e;
    if (person >= 0) {
      const kb::Person& kp = kb_.people()[person];
      item.type = ItemType::kPerson;
      item.ents = {PersonEntity(kp.name, kp.country, s.index)};
    } else if (!bodies.empty() && BodyNameContinues(t, e)) {
      continue;  // "Ministry of Labour, Social Affairs and ...": a longer name, not this body
    } else if (!bodies.empty()) {
      // Qualified by a country: "Vietnamese Ministry of Home Affairs", "Bộ Nội vụ Pháp".
      std::string qual;
      int qe = e;
      if (i > 0 && !doc_.lang.empty()) {
        int ce = i;
        int before = i - 1;
        if (before >= 0 && en_) {
          std::string c = CountryAt(t, before, &ce);
          if (!c.empty() && ce == i) qual = c;
          if (qual.empty() && before >= 1 && t[before].fold == "'s") {
            std::string c2 = CountryAt(t, before - 1, &ce);
            if (!c2.empty() && ce == before) qual = c2;
          }
        }
      }
      if (qual.empty()) {
        int ce = e;
        int k = e;
        if (en_ && k + 1 < static_cast<int>(t.size()) && t[k].lower == "of") ++k;
        std::string c = CountryAt(t, k, &ce);
        if (!c.empty()) {
          qual = c;
          qe = ce;
        }
        // Vietnamese: the name goes on in lower case before its country ("Bộ Lao động và Xã
        // hội liên bang của Đức"): a body of that country, not the KB's namesake elsewhere.
        if (qual.empty() && vi_) {
          int x = e;
          while (x < static_cast<int>(t.size()) && x - e < 4 && t[x].word && !t[x].cap &&
                 t[x].lower != "và" && t[x].lower != "với")
            ++x;
          if (x > e) {
            std::string c2 = CountryAt(t, x, &ce);
            bool ours = false;
            for (int bi : bodies) ours |= kb_.bodies()[bi].country == c2;
            if (!c2.empty() && !ours) continue;
            if (!c2.empty()) {
              qual = c2;
              qe = ce;
            }
          }
        }
      }
      const kb::Body* b = ChooseBody(bodies, qual.empty() ? kHomeCountry : qual, "", true);
      if (!b && qual.empty()) b = ChooseBody(bodies, "", "", true);
      if (!b) continue;
      // A demonym just before the body qualifies it ("the French Ministry of Justice"): one
      // mention, not a country and a body.
      for (size_t k = 0; k < s.items.size(); ++k) {
        if (s.items[k].type == ItemType::kCountry && s.items[k].te == i && !qual.empty()) {
          item.tb = s.items[k].tb;
          s.items.erase(s.items.begin() + static_cast<long>(k));
          break;
        }
      }
      item.type = ItemType::kBody;
      item.ents = {BodyEntity(*b)};
      item.te = qe;
      // "the Vietnamese Ministry of Finance (MoF)": the article's own abbreviation for it.
      if (qe + 2 < static_cast<int>(t.size()) && t[qe].fold == "(" && t[qe + 2].fold == ")" &&
          t[qe + 1].word && !t[qe + 1].digit) {
        int capitals = 0;
        for (unsigned char c : t[qe + 1].text) capitals += c >= 'A' && c <= 'Z';
        if (capitals >= 2) {
          doc_abbrevs_[t[qe + 1].text] = item.ents[0];
          item.te = qe + 3;
        }
      }
    } else if (!country.empty()) {
      // A demonym that starts a proper name is no country: "Thai Nguyen" (a province),
      // "Lao Cai". A demonym qualifies known words: "French Minister", "Vietnamese Embassy".
      if (one && demonym && e < static_cast<int>(t.size()) && t[e].word && t[e].cap &&
          !t[e].upper && !IsTitleAt(t, e) &&
          (!lex_.known_words.count(t[e].fold) || lex_.vi_surnames.count(t[e].fold)))
        continue;
      item.type = ItemType::kCountry;
      item.demonym = demonym;
      item.ents = {CountryEntity(country)};
    } else if (city >= 0) {
      item.type = ItemType::kCity;  // a place; its country becomes a node only when needed
      item.city = city;
    } else {
      continue;
    }
    AddItem(s, item);
    i = item.te - 1;
  }
}

// Roles in apposition after people who were named without a title ("Nguyen Hong Dien,
// Minister of Industry and Trade, received ...").
void DocExtractor::FindAppositions(SentenceState& s) {
  // An unknown name with its post after it, opening the sentence or a clause ("Peteris Ustubs,
  // European Commission Director for ..., said"): a person, whom nothing else introduces.
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  for (int i = 0; en_ && i < n; ++i) {
    if (s.covered[i] || !t[i].word || !t[i].cap || t[i].upper) continue;
    if (i > 0 && t[i - 1].fold != "," && t[i - 1].fold != "(") continue;
    int e = ParseName(t, i, n);
    if (e - i < 2 || e - i > 4 || !Free(s, i, e) || e + 1 >= n || t[e].fold != ",") continue;
    bool plain = true;  // every word a name's word, not a place, title or month
    for (int k = i; k < e; ++k)
      if (!t[k].word || IsTitleAt(t, k) || In(t[k].fold, lex_.grammar.non_person_heads) ||
          grammar_.IsWeekdayWord(t[k], doc_.lang))
        plain = false;
    if (!plain) continue;
    int j = e + 1;
    if (t[j].lower == "the" || t[j].lower == "a" || t[j].lower == "an") ++j;
    int ce = j;
    std::string c = CountryAt(t, j, &ce);
    if (!c.empty() && ce < n && IsTitleAt(t, ce)) j = ce;
    // An organisation before the post: "European Commission Director ...".
    const std::vector<int>* p = nullptr;
    int oe = lex_.names.Longest(t, j, &p, true);
    if (oe > j && oe < n && IsTitleAt(t, oe)) j = oe;
    // ... or one the KB does not know, of up to three capitalised words.
    for (int j2 = j; !IsTitleAt(t, j) && j2 < n && j2 - j < 3 && t[j2].word && t[j2].cap; ++j2)
      if (j2 + 1 < n && IsTitleAt(t, j2 + 1)) {
        j = j2 + 1;
        break;
      }
    if (!IsTitleAt(t, j)) continue;
    std::vector<PendingRole> roles;
    bool honorific_only = true;
    if (ParseTitleChain(s, j, {}, roles, &honorific_only) == j || honorific_only) continue;
    Item item;
    item.tb = i;
    item.te = e;
    item.type = ItemType::kPerson;
    item.ents = {PersonEntity(Join(t, i, e), c, s.index)};
    AddItem(s, item);
    i = e - 1;
  }
  for (size_t k = 0; k < s.items.size(); ++k) {
    Item& it = s.items[k];
    if (it.type != ItemType::kPerson || it.titled) continue;
    int person = it.ents[0];
    int end = Apposition(s, person, it.te);
    if (end == it.te) continue;
    for (int c = it.te; c < end; ++c) s.covered[c] = true;
    it.titled = true;
    it.apposition_end = end;
  }
}

void DocExtractor::FindVietnameseNames(SentenceState& s) {
  const auto& t = s.tokens;
  int n = static_cast<int>(t.size());
  for (int i = 0; i < n; ++i) {
    if (s.covered[i]) continue;
    int len = VietnameseNameLength(t, i, n);
    if (len < 3 || !Free(s, i, i + len)) continue;
    if (i + len < n && t[i + len].cap && In(t[i + len].fold, lex_.grammar.non_person_heads)) continue;
    if (i > 0 && t[i - 1].word && t[i - 1].cap) continue;  // inside a longer capitalised run
    Item item;
    item.tb = i;
    item.te = i + len;
    item.type = ItemType::kPerson;
    item.ents = {PersonEntity(Join(t, i, i + len), kHomeCountry, s.index)};
    AddItem(s, item);
    i += len - 1;
  }
}

void DocExtractor::FindShortReferences(SentenceState& s) {
  const auto& t = s.tokens;
  for (int i = 0; i < static_cast<int>(t.size()); ++i) {
    if (s.covered[i] || !t[i].word || !t[i].cap || t[i].upper) continue;
    if (i + 1 < static_cast<int>(t.size()) && t[i + 1].word && t[i + 1].cap) continue;
    if (i > 0 && t[i - 1].word && t[i - 1].cap && !IsTitleAt(t, i - 1)) continue;
    int p = ResolveShort(t[i].fold);
    if (p < 0) continue;
    Item item;
    item.tb = i;
    item.te = i + 1;
    item.type = ItemType::kPerson;
    item.ents = {p};
    ents_[p].last_sentence = s.index;
    AddItem(s, item);
  }
}

// References to people already in the story:
//  - a subject pronoun opening a sentence ("He also met ...", "Ông ...", "Bà ...") is the
//    subject of the previous sentence that had one, when the gender (if known) agrees;
//  - "the host" / "the guest" ("chủ nhà", "vị khách") are the two sides of the last meeting.
void DocExtractor::FindPronouns(SentenceState& s) {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  auto add = [&](int b, int e, int person) {
    if (person < 0 || !Free(s, b, e)) return;
    Item item;
    item.tb = b;
    item.te = e;
    item.type = ItemType::kPerson;
    item.ents = {person};
    AddItem(s, item);
  };
  // The first subject pronoun of the sentence, before any person is named in it (also after a
  // fronted adverbial: "On June 8, he held talks ...").
  int first_person = n;
  for (const Item& it : s.items)
    if (it.type == ItemType::kPerson) first_person = std::min(first_person, it.tb);
  for (int i = 0; i + 1 < n && i <= first_person; ++i) {
    if (!t[i].word || !t[i + 1].word || t[i + 1].cap) continue;
    if (i > 0 && t[i - 1].fold != ",") continue;
    std::string gender;
    // "They ...", "Họ ...": the two sides of the story's last meeting.
    if ((t[i].lower == "they" || (vi_ && t[i].lower == "họ")) && pair_a_ >= 0 &&
        Free(s, i, i + 1)) {
      Item item;
      item.tb = i;
      item.te = i + 1;
      item.type = ItemType::kPairPersons;
      item.ents = PairPersons();
      AddItem(s, item);
      break;
    }
    if (t[i].lower == "he" || (vi_ && t[i].lower == "ông")) gender = "m";
    if (t[i].lower == "she" || (vi_ && t[i].lower == "bà")) gender = "f";
    if (gender.empty()) continue;
    if (last_subject_ >= 0) {
      const std::string& g = ents_[last_subject_].e.attrs.count("gender")
                                 ? ents_[last_subject_].e.attrs.at("gender")
                                 : std::string();
      if (g.empty() || g == gender) add(i, i + 1, last_subject_);
    }
    break;
  }
  // (string_view comparisons: a length test before any byte is compared)
  auto is = [&](int k, std::string_view w) { return std::string_view(t[k].lower) == w; };
  for (int i = 0; i + 1 < n; ++i) {
    bool host = (is(i, "the") && is(i + 1, "host")) || (is(i, "chủ") && is(i + 1, "nhà"));
    bool guest = (is(i, "the") && (is(i + 1, "guest") || is(i + 1, "visitor"))) ||
                 (is(i, "vị") && is(i + 1, "khách"));
    if (host && pair_a_ >= 0) add(i, i + 2, pair_a_);
    if (guest && pair_b_ >= 0) add(i, i + 2, pair_b_);
  }
}

}  // namespace bilat::ex
