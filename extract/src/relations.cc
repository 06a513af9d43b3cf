// Relations: each trigger of the grammar links the mention groups around it (met, signed, visited).
#include "doc_extractor_internal.h"

namespace bilat::ex {

namespace {
// An item of `type`; "the two ministers" (a pair of people) counts as people.
bool OfType(const Item& it, ItemType type) {
  return it.type == type || (type == ItemType::kPerson && it.type == ItemType::kPairPersons);
}
}  // namespace

// ============================================================================== relations

std::vector<int> DocExtractor::PersonsOf(const Item& item) const {
  if (item.type == ItemType::kPerson || item.type == ItemType::kPairPersons) return item.ents;
  return {};
}

// The coordinated group of `type` items closest before token `tok` ("A and B").
std::vector<int> DocExtractor::GroupBefore(const SentenceState& s, int tok, ItemType type,
                                           int* start) const {
  const Item* last = nullptr;
  for (const Item& it : s.items) {
    bool match = OfType(it, type);
    if (match && it.te <= tok && (!last || it.te > last->te)) last = &it;
  }
  if (!last) return {};
  std::vector<int> out = last->ents;
  *start = last->tb;
  // Extend backwards over "X and Y", "X, Y".
  int b = last->tb;
  while (true) {
    const Item* prev = nullptr;
    for (const Item& it : s.items) {
      bool match = OfType(it, type);
      if (match && it.end() <= b && (!prev || it.end() > prev->end())) prev = &it;
    }
    if (!prev) break;
    bool joined = true;
    for (int k = prev->end(); k < b; ++k) {
      const auto& w = s.tokens[k];
      if (!(w.lower == "and" || w.lower == "và" || w.fold == "," || w.lower == "cùng" ||
            w.lower == "with" || w.fold == "'s" || w.lower == "the")) {
        joined = false;
        break;
      }
    }
    if (!joined || prev->end() == b) break;
    bool comma = false;
    for (int k = prev->end(); k < b; ++k) comma |= s.tokens[k].fold == ",";
    // "in the presence of X and Y, A and B signed": the witnesses stand before a comma.
    if (Blocked(s, prev->tb, 4)) break;
    if (comma) {
      bool witness_group = false;
      for (const Item& it : s.items)
        if (it.te <= prev->te && it.type == prev->type && Blocked(s, it.tb, 4)) witness_group = true;
      if (witness_group) break;
    }
    out.insert(out.end(), prev->ents.begin(), prev->ents.end());
    b = prev->tb;
    *start = b;
  }
  return out;
}

// The coordinated group of `type` items that starts within `max_gap` tokens after `tok`.
std::vector<int> DocExtractor::GroupAfter(const SentenceState& s, int tok, ItemType type,
                                          int max_gap, int* end) const {
  const Item* first = nullptr;
  for (const Item& it : s.items) {
    bool match = OfType(it, type);
    if (match && it.tb >= tok && (!first || it.tb < first->tb)) first = &it;
  }
  // A date between the verb and its object ("hosted a reception on June 3 for X") does not count
  // towards the gap.
  int date_tokens = 0;
  auto in_date = [&](int k) {
    for (const auto& d : s.dates)
      if (k >= d.tb && k < d.te) return true;
    return false;
  };
  if (first)
    for (int k = tok; k < first->tb; ++k) date_tokens += in_date(k) ? 1 : 0;
  if (!first || first->tb - tok - date_tokens > max_gap) return {};
  for (int k = tok; k < first->tb; ++k) {
    const auto& w = s.tokens[k];
    if (in_date(k)) continue;
    if ((w.lower == "on" || w.lower == "ngày" || w.lower == "vào") && k + 1 < first->tb &&
        in_date(k + 1))
      continue;
    if (w.lower == "for" && k + 1 == first->tb && date_tokens > 0) continue;
    // "received newly appointed US Ambassador X", "tiếp tân Đại sứ X": part of the title.
    int fresh = -1;
    if (int fe = lex_.new_in_office.Longest(s.tokens, k, &fresh); fe > k && fe <= first->tb) {
      k = fe - 1;
      continue;
    }
    if (w.fold == ";" || w.fold == "." ||
        (w.word && !w.cap && w.lower != "the" && w.lower != "his" && w.lower != "her" &&
         w.lower != "their" && w.lower != "with" && w.lower != "by" && w.lower != "between" &&
         w.lower != "của" && w.lower != "với" && w.lower != "tới" && w.lower != "đến" &&
         w.lower != "sang" && w.lower != "an" && w.lower != "a" &&
         w.lower != "đoàn" && w.lower != "to" && w.lower != "tại" && w.lower != "nước" &&
         w.lower != "in" && w.lower != "visit" && w.lower != "official" && w.lower != "state" &&
         w.lower != "working" && w.lower != "và" && w.lower != "làm" && w.lower != "việc" &&
         w.lower != "visiting" && w.lower != "xã" && w.lower != "giao" && w.lower != "chính" &&
         w.lower != "thức" && w.lower != "lên" && w.lower != "cho")) {
      return {};
    }
  }
  std::vector<int> out = first->ents;
  int e = first->end();
  while (true) {
    const Item* next = nullptr;
    for (const Item& it : s.items) {
      bool match = OfType(it, type);
      if (match && it.tb >= e && (!next || it.tb < next->tb)) next = &it;
    }
    if (!next) break;
    bool joined = next->tb > e;
    for (int k = e; k < next->tb; ++k) {
      const auto& w = s.tokens[k];
      if (!(w.lower == "and" || w.lower == "và" || w.fold == "," || w.lower == "cùng" ||
            (w.lower == "the" && k > e)))  // "A and the B"
        joined = false;
    }
    if (!joined) break;
    out.insert(out.end(), next->ents.begin(), next->ents.end());
    e = next->end();
  }
  *end = e;
  return out;
}

bool DocExtractor::Blocked(const SentenceState& s, int b, int window) const {
  // "to visit", "to sign": an infinitive is a plan or purpose, not a fact.
  if (b > 0 && s.tokens[b - 1].lower == "to") return true;
  for (int k = std::max(0, b - window); k < b; ++k) {
    if (s.tokens[k].lower == "to") continue;
    if (lex_.blocking.AnyEndingBy(s.tokens, k, b)) return true;
  }
  return false;
}

// "X held talks with Y in Hanoi": whoever is not from the country of the city where they met
// (and is not posted there as an ambassador) visited it.
void DocExtractor::VisitsFromPlace(const SentenceState& s, int trigger,
                                   const std::vector<int>& people) {
  const auto& t = s.tokens;
  const Item* city = nullptr;
  int best = 1 << 30;
  for (const Item& it : s.items) {
    if (it.type != ItemType::kCity || it.tb == 0) continue;
    const std::string& prep = t[it.tb - 1].lower;
    if (prep != "in" && prep != "tại" && prep != "at" && prep != "ở") continue;
    int dist = std::abs(it.tb - trigger);
    if (dist < best) {
      best = dist;
      city = &it;
    }
  }
  if (!city || best > 20) return;
  const std::string& country = kb_.cities()[city->city].country;
  int c = CountryEntity(country);
  if (c < 0) return;
  for (int p : people) {
    const DocEntity& d = ents_[p];
    if (d.e.kind != "person" || d.e.country.empty() || d.e.country == country) continue;
    bool ambassador = false;
    for (const Role& r : d.roles) ambassador |= r.key == "ambassador";
    if (ambassador) continue;
    AddFact("visited", p, c, s, trigger);
  }
}

void DocExtractor::SetPair(int a, int b) {
  if (a == b) return;
  pair_a_ = a;
  pair_b_ = b;
}

std::vector<int> DocExtractor::PairPersons() const {
  if (pair_a_ >= 0) return {pair_a_, pair_b_};
  // No meeting yet: the first two people of different countries ("during their talks,
  // the two ministers ..." after "a visit by X at the invitation of Y").
  // The story's protagonists come first: entities are kept in the order they were introduced.
  int a = -1, b = -1;
  for (size_t k = 0; k < ents_.size() && b < 0; ++k) {
    const DocEntity& d = ents_[k];
    if (d.e.kind != "person" || d.e.country.empty()) continue;
    if (a < 0) {
      a = static_cast<int>(k);
    } else if (d.e.country != ents_[a].e.country) {
      b = static_cast<int>(k);
    }
  }
  if (b < 0) return {};
  return {a, b};
}

std::vector<int> DocExtractor::PairBodies() const {
  std::vector<int> out;
  for (int p : PairPersons()) {
    for (const Role& r : ents_[p].roles) {
      if (r.level == kb::TitleLevel::kBody && r.target >= 0 &&
          ents_[r.target].e.kind == "ministry") {
        out.push_back(r.target);
        break;
      }
    }
  }
  return out.size() == 2 && out[0] != out[1] ? out : std::vector<int>{};
}

std::vector<int> DocExtractor::PairCountries() const {
  std::vector<int> out;
  for (int p : PairPersons()) {
    const std::string& c = ents_[p].e.country;
    if (c.empty()) continue;
    auto it = by_key_.find("country:" + c);
    if (it != by_key_.end()) out.push_back(it->second);
  }
  if (out.size() == 2 && out[0] != out[1]) return out;
  // Fallback: the two countries the story names most.
  std::map<int, int> counts;
  for (const auto& s : sentences_) {
    if (s.zone != Zone::kStory && s.zone != Zone::kHeadline) continue;
    for (const Item& it : s.items)
      if (it.type == ItemType::kCountry) counts[it.ents[0]]++;
  }
  std::vector<std::pair<int, int>> v;
  for (auto [c, k] : counts) v.emplace_back(-k, c);
  std::sort(v.begin(), v.end());
  if (v.size() >= 2) return {v[0].second, v[1].second};
  return {};
}

// Where an event happened: "in Hanoi", "tại Hà Nội", "in Paris" — a capitalised place after
// "in"/"at"/"tại" that is not a person, a ministry or an agreement; nearest to the trigger.
std::string DocExtractor::PlaceOf(const SentenceState& s, int trigger) const {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  std::string best;
  int best_dist = 1 << 30;
  for (int k = 0; k + 1 < n; ++k) {
    if (t[k].lower != "in" && t[k].lower != "tại" && t[k].lower != "at") continue;
    int b = k + 1, e = b;
    while (e < n && e - b < 4 && t[e].word && t[e].cap && !t[e].digit) ++e;
    if (e == b || t[b].upper) continue;  // "in IT", "in ASEAN": not places
    bool taken = s.covered[b] && !std::any_of(s.items.begin(), s.items.end(), [&](const Item& it) {
      return (it.type == ItemType::kCountry || it.type == ItemType::kCity) && it.tb == b;
    });
    if (taken || IsTitleAt(t, b)) continue;
    int dist = std::abs(k - trigger);
    std::string name = Join(t, b, e);
    for (const Item& it : s.items)
      if (it.type == ItemType::kCity && it.tb == b) name = kb_.cities()[it.city].en;
    if (dist < best_dist) {
      best_dist = dist;
      best = name;
    }
  }
  return best;
}

void DocExtractor::AddFact(const std::string& kind, int source, int target, const SentenceState& s,
                           int trigger, const std::string& role) {
  if (source < 0 || target < 0 || source == target) return;
  RawFact f;
  f.fact.kind = kind;
  f.fact.role = role;
  if (trigger >= 0 && (kind == "met" || kind == "signed")) f.fact.place = PlaceOf(s, trigger);
  f.source = source;
  f.target = target;
  f.sentence = s.index;
  f.trigger = trigger;
  facts_.push_back(std::move(f));
}

void DocExtractor::FindRelations(SentenceState& s) {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  for (int i = 0; i < n; ++i) {
    int payload = -1;
    int te = lex_.triggers(vi_).Longest(t, i, &payload);
    if (te < 0) continue;
    const grammar::Trigger* trig = &lex_.grammar.triggers[payload];
    bool inside_item = false;
    for (const Item& it : s.items)
      if (i >= it.tb && i < it.te && it.type != ItemType::kAgreement) inside_item = true;
    if (inside_item) continue;
    if (Blocked(s, i, trig->rel == Rel::kVisited ? 10 : 4)) {
      i = te - 1;
      continue;
    }
    int sb = -1, oe = -1;
    switch (trig->rel) {
      case Rel::kMet: {
        auto subj = GroupBefore(s, i, ItemType::kPerson, &sb);
        auto obj = GroupAfter(s, te, ItemType::kPerson, 4, &oe);
        bool between = te > 0 && (t[te - 1].lower == "between" || t[te - 1].lower == "giữa");
        if (between && obj.size() >= 2) {  // "talks between X and Y"
          for (size_t a = 0; a < obj.size(); ++a)
            for (size_t b = a + 1; b < obj.size(); ++b) AddFact("met", obj[a], obj[b], s, i);
          SetPair(obj[0], obj[1]);
          break;
        }
        // A fronted frame: "During talks with Y, X said", "Receiving X, Y stressed".
        if (subj.empty() && !obj.empty() && oe > 0) {
          int k = oe;
          while (k < n && k - oe < 15 && t[k].fold != "," && t[k].fold != ";") ++k;
          int se = -1;
          if (k < n && t[k].fold == ",") subj = GroupAfter(s, k + 1, ItemType::kPerson, 2, &se);
        }
        // "at their meeting", "their talks": the two people just named.
        if (subj.size() <= 1 && obj.empty() && i > 0 &&
            (t[i].lower == "their" || t[i - 1].lower == "their")) {
          std::vector<int> people;
          for (const Item& it : s.items) {
            if (it.type != ItemType::kPerson || it.te > i) continue;
            if (std::find(people.begin(), people.end(), it.ents[0]) == people.end())
              people.push_back(it.ents[0]);
          }
          if (people.size() < 2) people = PairPersons();
          if (people.size() >= 2) {
            AddFact("met", people[people.size() - 2], people.back(), s, i);
            SetPair(people[people.size() - 2], people.back());
          }
          break;
        }
        if (!obj.empty() && !subj.empty()) {
          for (int a : subj)
            for (int b : obj) AddFact("met", a, b, s, i);
          SetPair(subj.front(), obj.front());
          std::vector<int> all = subj;
          all.insert(all.end(), obj.begin(), obj.end());
          VisitsFromPlace(s, i, all);
        } else if (trig->mutual && subj.size() >= 2) {
          for (size_t a = 0; a < subj.size(); ++a)
            for (size_t b = a + 1; b < subj.size(); ++b) AddFact("met", subj[a], subj[b], s, i);
          SetPair(subj[0], subj[1]);
          VisitsFromPlace(s, i, subj);
        } else if (trig->mutual && subj.empty() && obj.size() >= 2) {
          for (size_t a = 0; a < obj.size(); ++a)
            for (size_t b = a + 1; b < obj.size(); ++b) AddFact("met", obj[a], obj[b], s, i);
          SetPair(obj[0], obj[1]);
        }
        break;
      }
      case Rel::kSigned: {
        std::vector<int> signers;
        int agreement = -1;
        int pe = -1;
        // Passive: "an MoU signed between A and B", "signed by A and B".
        if (te < n && (t[te].lower == "between" || t[te].lower == "by" || t[te].lower == "giữa")) {
          signers = GroupAfter(s, te, ItemType::kPerson, 2, &pe);
          int ab = -1;
          auto a = GroupBefore(s, i, ItemType::kAgreement, &ab);
          if (!a.empty()) agreement = a.back();
        } else if (i > 0 && (t[i - 1].lower == "was" || t[i - 1].lower == "were" ||
                             t[i - 1].lower == "been" || t[i - 1].lower == "được")) {
          // "... that was signed in Hanoi in 2022": no agent named; whoever is the subject of
          // the sentence did not sign it.
          int ab = -1;
          auto before = GroupBefore(s, i, ItemType::kAgreement, &ab);
          if (!before.empty()) agreement = before.back();
        } else {
          signers = GroupBefore(s, i, ItemType::kPerson, &sb);
          // "A tiếp B và ký kết X", "A met with B and signed X", "A tiếp và làm việc với B
          // và ký kết X": B is the object of a meeting whose subject signs with B.
          for (int k = std::max(0, sb - 8); !signers.empty() && k < sb; ++k) {
            int pl = -1;
            int ke = lex_.triggers(vi_).Longest(t, k, &pl);
            if (ke <= k || lex_.grammar.triggers[pl].rel != Rel::kMet) continue;
            bool to_object = ke == sb || (ke == sb - 1 && (t[ke].lower == "với" || t[ke].lower == "with"));
            if (!to_object) continue;
            int hb = -1;
            auto host = GroupBefore(s, k, ItemType::kPerson, &hb);
            if (!host.empty() && k - hb <= 30) signers.insert(signers.begin(), host.begin(), host.end());
            break;
          }
          auto a = GroupAfter(s, te, ItemType::kAgreement, 6, &pe);
          if (!a.empty()) {
            agreement = a.front();
          } else {
            int ab = -1;
            auto before = GroupBefore(s, i, ItemType::kAgreement, &ab);
            if (!before.empty() && i - ab < 12) agreement = before.back();
          }
        }
        if (agreement < 0) break;
        // "... signed the agreement with Y": Y signed it too.
        for (const Item& it : s.items) {
          if (it.type != ItemType::kPerson || it.tb < te || it.tb > te + 20) continue;
          if (it.tb > 0 && (t[it.tb - 1].lower == "with" || t[it.tb - 1].lower == "với") &&
              !signers.empty()) {
            signers.insert(signers.end(), it.ents.begin(), it.ents.end());
            break;
          }
        }
        for (int p : signers) {
          AddFact("signed", p, agreement, s, i);
          agreement_signers_[agreement].push_back(p);
        }
        // Bodies or states that sign: "the two ministries signed", "Vietnam and Japan signed",
        // "signed between Ministry A and Ministry B".
        if (signers.empty()) {
          int gb = -1, ge = -1;
          bool passive =
              te < n && (t[te].lower == "between" || t[te].lower == "by" || t[te].lower == "giữa");
          // Ministries first; states only when no ministry signs.
          bool found = false;
          for (ItemType type : {ItemType::kBody, ItemType::kPairBodies, ItemType::kCountry,
                                ItemType::kPairCountries}) {
            if (found && (type == ItemType::kCountry || type == ItemType::kPairCountries)) break;
            gb = ge = -1;
            auto parties = passive ? GroupAfter(s, te, type, 2, &ge) : GroupBefore(s, i, type, &gb);
            if (!passive && gb >= 0 && i - gb > 24) parties.clear();  // from the group's start
            for (int p : parties) agreement_parties_[agreement].insert(p);
            found = found || !parties.empty();
          }
          // "the MoF signed loan agreements with AFD", "Bộ Tài chính đã cùng với AFD ký kết":
          // the body after "with" signs too.
          if (found) {
            for (const Item& it : s.items) {
              if (it.type != ItemType::kBody || it.tb == 0 || it.tb > te + 20) continue;
              const std::string& before = t[it.tb - 1].lower;
              if ((before == "with" || before == "với") && (it.tb > te || it.tb < i))
                for (int p : it.ents) agreement_parties_[agreement].insert(p);
            }
          }
          // Remember the date of a signing without signatories.
          // The first signing sentence, unless a later one dates the signing and it did not
          // ("... also signed loan agreements." ... "On December 29, 2023, the MoF signed ...").
          if (auto at = agreement_sign_sentence_.find(agreement); at == agreement_sign_sentence_.end())
            agreement_sign_sentence_[agreement] = {s.index, i};
          else if (!DateFor(sentences_[at->second.first], at->second.second) && DateFor(s, i))
            at->second = {s.index, i};
        }
        break;
      }
      case Rel::kVisited: {
        int ce = -1;
        // A one-word verb ("thăm") names a visit only with its destination right after it.
        const int gap = vi_ && trig->phrase.find(' ') == std::string_view::npos ? 0 : 5;
        auto dest = GroupAfter(s, te, ItemType::kCountry, gap, &ce);
        if (dest.empty()) {  // "a visit to Paris", "arrived in Tokyo": the city's country
          for (const Item& it : s.items) {
            if (it.type != ItemType::kCity || it.tb < te || it.tb - te > gap) continue;
            int c = CountryEntity(kb_.cities()[it.city].country);
            if (c >= 0) dest = {c};
            ce = it.te;
            break;
          }
        }
        if (dest.empty()) break;
        int visitor = -1;
        std::vector<int> visitors;  // a group subject: "They are visiting Vietnam"
        // "visit to France by X", "chuyến thăm ... của X"
        for (const Item& it : s.items) {
          if (it.type != ItemType::kPerson || it.tb < te) continue;
          if (it.tb > 0 && (t[it.tb - 1].lower == "by" || t[it.tb - 1].lower == "của") &&
              it.tb - te < 6) {
            visitor = it.ents[0];
            break;
          }
        }
        if (visitor < 0 && trig->noun) {
          // "X's official visit", "X's trip ... and an official visit".
          const Item* poss = nullptr;
          for (const Item& it : s.items)
            if (it.type == ItemType::kPerson && it.possessive && it.te <= i) poss = &it;
          if (poss) visitor = poss->ents[0];
        }
        if (visitor < 0) {
          auto subj = GroupBefore(s, i, ItemType::kPerson, &sb);
          // The group is listed nearest-first: the person right before the visit.
          if (!subj.empty()) visitor = subj.front();
          // "A and B are visiting X", "They are visiting X": each of them, when the group is
          // the subject right before the verb.
          if (subj.size() >= 2 && i - sb <= 12) visitors = subj;
        }
        // "During his official visit to Japan, X met ...": the visitor follows the frame.
        // Dates and adverbials may stand between ("Trong khuôn khổ chuyến thăm ... tới Hàn
        // Quốc, trưa 11/8, Tổng Bí thư Tô Lâm ..."): the first person after a comma, close by.
        if (visitor < 0 && ce > 0) {
          for (const Item& it : s.items) {
            if (it.type != ItemType::kPerson || it.tb < ce) continue;
            if (it.tb - ce > 25) break;
            int last_comma = -1;
            for (int k = ce; k < it.tb; ++k)
              if (t[k].fold == ",") last_comma = k;
            if (last_comma >= 0 && it.tb - last_comma <= 3) visitor = it.ents[0];
            break;
          }
        }
        // An upcoming visit is a plan: "chuyến thăm (Nhật Bản) sắp tới", "upcoming visit".
        bool upcoming = false;
        for (int k = te; k < std::min(n, ce + 2); ++k)
          if (t[k].lower == "sắp") upcoming = true;
        if (upcoming) break;
        // An invitation conveyed earlier in the sentence: "chuyển lời mời ... sang thăm".
        bool invited = false;
        for (int k = 0; k < i; ++k)
          if (t[k].lower == "mời" || t[k].lower == "invitation" || t[k].lower == "invited")
            invited = true;
        if (invited) break;
        if (visitor < 0) break;
        if (visitors.empty()) visitors = {visitor};
        for (int v : visitors)
          for (int c : dest) {
            if (ents_[v].e.country == ents_[c].e.country) continue;
            AddFact("visited", v, c, s, i);
          }
        break;
      }
    }
    i = te - 1;
  }
  // "received visiting Japanese Prime Minister X": a visit to the host's country.
  for (const Item& it : s.items) {
    if (it.type != ItemType::kPerson || it.tb == 0) continue;
    int k = it.tb - 1;
    if (t[k].lower != "visiting") continue;
    int sb2 = -1;
    auto host = GroupBefore(s, k, ItemType::kPerson, &sb2);
    if (host.empty()) continue;
    const std::string& c = ents_[host.front()].e.country;
    if (c.empty() || c == ents_[it.ents[0]].e.country) continue;
    AddFact("visited", it.ents[0], CountryEntity(c), s, k);
  }
}

}  // namespace bilat::ex
