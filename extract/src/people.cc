// Mentions of titled people: titles and their complements, the body a title names on the article's
// date, the person's name after them, posts in apposition, and the holds_position facts they give.
#include "doc_extractor_internal.h"

namespace bilat::ex {

// ============================================================================== mentions

bool DocExtractor::Free(const SentenceState& s, int b, int e) const {
  for (int k = b; k < e; ++k)
    if (s.covered[k]) return false;
  return true;
}

void DocExtractor::AddItem(SentenceState& s, Item item) {
  for (int k = item.tb; k < item.te; ++k) s.covered[k] = true;
  if (item.te < static_cast<int>(s.tokens.size()) && s.tokens[item.te].fold == "'s")
    item.possessive = true;
  s.items.push_back(std::move(item));
}

bool DocExtractor::IsTitleAt(const std::vector<Token>& t, int i) const {
  const std::vector<int>* p = nullptr;
  int e = lex_.titles(vi_).Longest(t, i, &p);
  if (e == i || !p) return false;
  // "General" as a rank only counts before a name; titles must be capitalised in English.
  return vi_ || t[i].cap;
}

// A country named at token i (name, or demonym in English), "nước"/"của" skipped in Vietnamese.
std::string DocExtractor::CountryAt(const std::vector<Token>& t, int i, int* end) const {
  int k = i;
  if (vi_) {
    while (k < static_cast<int>(t.size()) && (LowerIs(t[k], "nước") || LowerIs(t[k], "của"))) ++k;
  }
  const std::vector<int>* p = nullptr;
  int e = lex_.names.Longest(t, k, &p, /*require_cap=*/true);
  if (e == k || !p) return "";
  for (int r : *p) {
    const auto& ref = lex_.name_refs[r];
    if (ref.type != kb::EntityType::kCountry) continue;
    if (e - k == 1 && !WrittenAsName(ref.index, t[k])) continue;
    *end = e;
    return kb_.countries()[ref.index].id;
  }
  return "";
}

// The bodies that follow `b` in its lineage (renamed or restructured successors), nearest first.
std::vector<const kb::Body*> DocExtractor::Successors(const kb::Body* b) const {
  std::vector<const kb::Body*> out;
  std::vector<const kb::Body*> frontier{b};
  for (int depth = 0; depth < 8 && !frontier.empty(); ++depth) {
    std::vector<const kb::Body*> next;
    for (const auto* f : frontier)
      for (const auto& id : f->successors)
        if (const kb::Body* sb = kb_.BodyById(id);
            sb && std::find(out.begin(), out.end(), sb) == out.end()) {
          out.push_back(sb);
          next.push_back(sb);
        }
    frontier = std::move(next);
  }
  return out;
}

// Which period of a body a title names. A portfolio or name may match several bodies (every
// period of a ministry, its namesakes abroad): keep those of `country`, then take, in order,
// the one the person held (or its renamed successor the person held: "Defence Minister
// Lecornu" in 2024 is at the Ministry of the Armed Forces), the one that existed on the
// article's date (following renames), the one that exists today, the first. An undated article
// keeps the name it wrote: a renamed body is not guessed forward.
const kb::Body* DocExtractor::ChooseBody(const std::vector<int>& bodies, const std::string& country,
                                         const std::string& person_kb, bool named) const {
  std::vector<const kb::Body*> in_country;
  for (int b : bodies) {
    const kb::Body& body = kb_.bodies()[b];
    if (!country.empty() && body.country != country) continue;
    in_country.push_back(&body);
  }
  if (in_country.empty()) return nullptr;
  if (!person_kb.empty()) {
    auto positions = kb_.PositionsOf(person_kb);
    for (const auto* pos : positions)
      for (const auto* b : in_country)
        if (b->id == pos->body) return b;
    // A body named in full keeps its written name; a portfolio follows the renames.
    for (const auto* pos : positions)
      for (const auto* b : in_country)
        for (const auto* sb : named ? std::vector<const kb::Body*>{} : Successors(b))
          if (sb->id == pos->body) return sb;
  }
  PartialDate on = doc_.published.has_year() ? doc_.published : early_reference_;
  if (on.has_year()) {
    for (const auto* b : in_country)
      if (DateWithin(on, b->from, b->to)) return b;
    for (const auto* b : in_country)
      for (const auto* sb : named ? std::vector<const kb::Body*>{} : Successors(b))
        if (DateWithin(on, sb->from, sb->to)) return sb;
  }
  // Prefer the body still in existence (no end date), then the first.
  for (const auto* b : in_country)
    if (b->to.empty()) return b;
  return in_country.front();
}

int DocExtractor::VietnameseNameLength(const std::vector<Token>& t, int i, int max_end) const {
  if (i >= max_end || !t[i].word || !t[i].cap || !lex_.vi_surnames.count(t[i].fold)) return 0;
  if (In(t[i].lower, lex_.grammar.vietnamese_org_heads)) return 0;  // "Viện", not "Viên"
  int k = i + 1;
  while (k < max_end && k - i < 5 && t[k].word && t[k].cap && !t[k].digit &&
         t[k].fold.size() <= 7 && !t[k].upper && !IsTitleAt(t, k)) {
    ++k;
  }
  return k - i >= 2 ? k - i : 0;
}

// A capitalised run that can be a person's name, starting at i. Returns its end (i: none).
int DocExtractor::ParseName(const std::vector<Token>& t, int i, int max_end) const {
  int k = i;
  int n = std::min<int>(max_end, t.size());
  while (k < n && k - i < 6) {
    const Token& w = t[k];
    if (w.word && w.cap && !w.digit) {
      if (k > i && IsTitleAt(t, k)) break;
      ++k;
      continue;
    }
    // A lower-case particle inside a Western name: "Charles de Gaulle".
    if (w.word && k > i && k + 1 < n && In(w.fold, lex_.grammar.name_particles) && t[k + 1].word &&
        t[k + 1].cap && en_) {
      ++k;
      continue;
    }
    // An initial: "J. Smith".
    if (!w.word && w.fold == "." && k > i && t[k - 1].text.size() == 1 && k + 1 < n &&
        t[k + 1].cap) {
      ++k;
      continue;
    }
    break;
  }
  while (k > i && !t[k - 1].word) --k;
  return k;
}

int DocExtractor::ResolveShort(const std::string& folded) const {
  int best = -1;
  for (size_t i = 0; i < ents_.size(); ++i) {
    const auto& d = ents_[i];
    if (d.e.kind != "person") continue;
    if (std::find(d.short_keys.begin(), d.short_keys.end(), folded) == d.short_keys.end()) continue;
    if (best < 0 || d.last_sentence > ents_[best].last_sentence) best = static_cast<int>(i);
  }
  return best;
}

// [demonym] Title [(of|for) complement] [(and|,) Title ...] [rank] [,] Name
bool DocExtractor::ParseTitledPerson(SentenceState& s, int i, Item& out) {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  const bool vi = vi_;
  if (!t[i].word) return false;
  // Cheap pre-test (Lexicon::MayStartTitled), remembered per word by Tokenize.
  if (t[i].flags & Token::kFlagsSet) {
    if (!(t[i].flags & (vi ? text::kMayStartTitledVi : text::kMayStartTitledEn))) return false;
  } else if (!lex_.MayStartTitled(t[i], vi)) {
    return false;
  }
  int j = i;
  std::string country;
  bool counterpart = false;
  // "Xinhua News Agency President Fu Hua": a post of the organisation named before it.
  bool after_org_name = !vi && i > 0 && t[i - 1].word && t[i - 1].cap && !t[i - 1].digit &&
                        !s.covered[i - 1] && i - 1 > 0;
  // Possessive determiners and demonyms before an English title.
  if (!vi && j < n && (LowerIs(t[j], "his") || LowerIs(t[j], "her") || LowerIs(t[j], "their"))) ++j;
  {
    int ce = j;
    std::string c = CountryAt(t, j, &ce);
    if (!c.empty() && ce < n) {
      int after = ce + (t[ce].fold == "'s" ? 1 : 0);
      if (IsTitleAt(t, after) || LowerIs(t[after], "counterpart")) {
        country = c;
        j = after;
      }
    }
  }
  std::vector<int> org_prefix;  // KB bodies named before the title
  int org_start = -1;           // where that name starts: part of the role as written
  if (!vi && j < n && t[j].cap) {
    const std::vector<int>* p = nullptr;
    int e = lex_.names.Longest(t, j, &p, true);
    if ((e > j + 1 || (e == j + 1 && t[j].upper)) && p && IsTitleAt(t, e)) {
      for (int r : *p)
        if (lex_.name_refs[r].type == kb::EntityType::kBody)
          org_prefix.push_back(lex_.name_refs[r].index);
      if (!org_prefix.empty()) {
        org_start = j;
        j = e;
      }
    }
  }
  if (!vi && j < n && LowerIs(t[j], "counterpart")) {
    counterpart = true;
    ++j;
  }
  if (vi && j + 2 < n && LowerIs(t[j], "người") && LowerIs(t[j + 1], "đồng") &&
      LowerIs(t[j + 2], "cấp")) {
    counterpart = true;
    j += 3;
    int cj = j < n && (LowerIs(t[j], "từ") || LowerIs(t[j], "đến từ")) ? j + 1 : j;
    int ce = cj;
    std::string c = CountryAt(t, cj, &ce);
    if (!c.empty()) {
      country = c;
      j = ce;
    }
  }
  std::vector<PendingRole> roles;
  bool honorific_only = true;
  if (!counterpart) j = ParseTitleChain(s, j, org_prefix, roles, &honorific_only);
  // Ranks and honorifics between the titles and the name: "... Public Security General To Lam".
  while (j < n) {
    const std::vector<int>* p = nullptr;
    int e = lex_.titles(vi_).Longest(t, j, &p);
    if (e == j || !p || (!vi && !t[j].cap)) break;
    const kb::Title& title = kb_.titles()[(*p)[0]];
    if (title.level != kb::TitleLevel::kRank && title.level != kb::TitleLevel::kHonorific) break;
    roles.push_back({(*p)[0], j, e, e, {}, "", ""});
    j = e;
    if (j < n && t[j].fold == "." && t[j - 1].text.size() <= 4) ++j;  // "Ms.", "Dr.", "Gen."
  }
  if (roles.empty() && !counterpart) return false;
  if (org_start >= 0) roles.front().tb = org_start;  // "National Assembly President"
  if (after_org_name && org_prefix.empty()) {
    int ce = i - 1;
    bool country_before = !CountryAt(t, i - 1, &ce).empty() && ce == i;
    for (auto& r : roles) {
      if (!country_before && kb_.titles()[r.title_index].level == kb::TitleLevel::kState &&
          r.complement_country.empty())
        r.org_label = "?";  // an organisation's post: no holds_position to a country
    }
  }
  return FinishTitledPerson(s, i, j, country, org_prefix, counterpart, honorific_only, roles, out);
}

// Titles joined by "and" / "," with their complements, from token j. Returns the end.
int DocExtractor::ParseTitleChain(const SentenceState& s, int j, const std::vector<int>& org_prefix,
                                  std::vector<PendingRole>& roles, bool* honorific_only) const {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  const bool vi = vi_;
  while (j < n) {
    const std::vector<int>* p = nullptr;
    int e = lex_.titles(vi_).Longest(t, j, &p);
    if (e == j || !p || (!vi && !t[j].cap)) break;
    const kb::Title& title = kb_.titles()[(*p)[0]];
    PendingRole r{(*p)[0], j, e, e, {}, "", ""};
    if (title.level != kb::TitleLevel::kHonorific && title.level != kb::TitleLevel::kRank)
      *honorific_only = false;
    j = e;
    // Complement: "of/for (the) X" in English, "X" directly in Vietnamese.
    bool has_prep = false;
    int k = j;
    // The title's last folded word is "of", "for" or "to" (Lexicon::title_ends_with_prep).
    if (!vi && lex_.title_ends_with_prep[(*p)[0]]) has_prep = true;
    if (!vi && k < n && (LowerIs(t[k], "of") || LowerIs(t[k], "for") || LowerIs(t[k], "to"))) {
      has_prep = true;
      ++k;
      if (k < n && LowerIs(t[k], "the")) ++k;
    }
    if ((has_prep || vi) && title.level != kb::TitleLevel::kHonorific &&
        title.level != kb::TitleLevel::kRank) {
      const std::vector<int>* q = nullptr;
      int pe = lex_.portfolios.Longest(t, k, &q);
      int ne_end = k;
      const std::vector<int>* nq = nullptr;
      int ne = lex_.names.Longest(t, k, &nq, true);
      ne_end = ne;
      // Vietnamese: where a portfolio written out in full ends at the country ("Bộ trưởng Giáo
      // dục Đại học và Nghiên cứu Pháp ..."): a known portfolio that stops short of it ("Giáo
      // dục") is only part of a longer one.
      int country_at = -1, country_end = -1;
      std::string country_id;
      if (vi && title.takes_portfolio && k < n && t[k].cap) {
        for (int c = k; c < n && c - k <= 10; ++c) {
          if (!t[c].word) continue;
          if (VietnameseNameLength(t, c, n) >= 2) break;  // a name starts: no portfolio here
          if (c == k) continue;
          int payload = -1;
          if (IsTitleAt(t, c) || lex_.triggers(vi_).Longest(t, c, &payload) > c) break;
          // "Giám đốc AFD tại Việt Nam": the place of the post, not part of its name.
          if (LowerIs(t[c], "tại") || LowerIs(t[c], "ở") || LowerIs(t[c], "của")) break;
          int ce2 = c;
          std::string cc = CountryAt(t, c, &ce2);
          if (cc.empty()) continue;
          country_at = c;
          country_end = ce2;
          country_id = cc;
          break;
        }
      }
      // Only punctuation between a known portfolio and the country ("Bộ Văn hóa, Cộng hòa
      // Pháp"): the portfolio is the known one, qualified by the country after the comma.
      int known_end = std::max(pe, ne_end);
      bool gap_is_punct = known_end > k && known_end < country_at;
      for (int g = known_end; gap_is_punct && g < country_at; ++g)
        if (t[g].word) gap_is_punct = false;
      bool longer_unknown = country_at > 0 && known_end < country_at && !gap_is_punct;
      // English: where a complement the KB does not know ends and the name begins, in a
      // capitalised run ("of Labour and Social Affairs Hubertus Heil").
      auto unknown_name_start = [&]() {
        auto connector = [&](int x) {
          return LowerIs(t[x], "and") || LowerIs(t[x], "of") || LowerIs(t[x], "for") ||
                 t[x].fold == "," || LowerIs(t[x], "the") || t[x].fold == "&";
        };
        int run = k;
        while (run < n) {
          if (t[run].word && t[run].cap) {
            ++run;
            continue;
          }
          int c = run;
          while (c < n && connector(c)) ++c;
          if (c == run || c >= n || !t[c].word || !t[c].cap) break;
          run = c;
        }
        int name_start = -1;
        for (int st = k + 1; st < run && name_start < 0; ++st) {
          if (!t[st].word || LowerIs(t[st - 1], "of") || LowerIs(t[st - 1], "and")) continue;
          std::string cand = Join(t, st, run);
          if (kb_.FindPeople(cand, false).size() == 1 ||
              VietnameseNameLength(t, st, run) == run - st) {
            name_start = st;
          }
        }
        if (name_start < 0 && run - k >= 3) name_start = run - 2;
        return name_start;
      };
      // A known portfolio that the written one goes on past ("Labour" in "Labour and Social
      // Affairs"): the written one is another body.
      bool portfolio_continues = false;
      if (!vi && has_prep && pe > k && pe + 1 < n &&
          (LowerIs(t[pe], "and") || t[pe].fold == "," || t[pe].fold == "&") && t[pe + 1].word &&
          t[pe + 1].cap && !IsTitleAt(t, pe + 1)) {
        int ns = unknown_name_start();
        portfolio_continues = ns > pe + 1;
      }
      if (longer_unknown) {
        int label_end = country_at;
        while (label_end > k && !t[label_end - 1].word) --label_end;
        r.org_label = Join(t, k, label_end);
        r.complement_country = country_id;
        j = country_end;
        r.te = country_end;
      } else if (pe > k && q && (!vi || title.takes_portfolio) && pe >= ne_end &&
                 !portfolio_continues) {
        r.bodies = *q;
        j = pe;
      } else if (ne > k && nq && !portfolio_continues &&
                 std::any_of(nq->begin(), nq->end(), [&](int ref_i) {
                   // a body or a country; a city ("of the Lyon Chamber of ...") starts a name
                   const auto& ref = lex_.name_refs[ref_i];
                   return ref.type == kb::EntityType::kBody ||
                          (ref.type == kb::EntityType::kCountry && !ref.demonym);
                 })) {
        bool used = false;
        for (int ref_i : *nq) {
          const auto& ref = lex_.name_refs[ref_i];
          if (ref.type == kb::EntityType::kBody) {
            r.bodies.push_back(ref.index);
            r.named = true;
            used = true;
          } else if (ref.type == kb::EntityType::kCountry && !ref.demonym) {
            r.complement_country = kb_.countries()[ref.index].id;
            used = true;
          }
        }
        if (used) j = ne;
      } else if (!vi && has_prep) {
        // Not in the knowledge base: a capitalised run ends where the name begins.
        int name_start = unknown_name_start();
        if (name_start > k) {
          r.org_label = Join(t, k, name_start);
          // "the Lyon Chamber of Commerce": an organisation (grammar organization_word), not a
          // ministry; a city in the name gives its country.
          for (int x = k; x < name_start && !r.organisation; ++x)
            r.organisation = t[x].word && In(t[x].fold, lex_.grammar.organization_words);
          if (r.complement_country.empty()) r.complement_country = CountryInName(t, k, name_start);
          while (!r.org_label.empty() && (r.org_label.back() == ',' || r.org_label.back() == ' '))
            r.org_label.pop_back();
          j = name_start;
        }
      } else if (vi && k < n && t[k].cap && In(t[k].lower, lex_.grammar.vietnamese_org_heads) &&
                 r.bodies.empty() && r.org_label.empty()) {
        // "Phó Tổng giám đốc Phòng Thương mại và Công nghiệp Paris Île-de-France": an
        // organisation the KB does not know, up to a bracket, a comma, a name or a verb.
        int c = k + 1;
        while (c < n && c - k <= 12 && (t[c].word || t[c].fold == "-") && !IsTitleAt(t, c) &&
               VietnameseNameLength(t, c, n) < 2 && !In(t[c].lower, {"đã", "đang", "sẽ", "cùng", "tại", "ở", "của"})) {
          int payload = -1;
          if (lex_.triggers(vi_).Longest(t, c, &payload) > c) break;
          ++c;
        }
        while (c > k + 1 && !t[c - 1].word) --c;
        if (c - k >= 2) {
          r.org_label = Join(t, k, c);
          r.organisation = true;
          if (r.complement_country.empty()) r.complement_country = CountryInName(t, k, c);
          j = c;
        }
      }
      if (j > e) r.te = j;
      // "(AFD)" after the body; "of Vietnam", Vietnamese "Pháp", "nước Cộng hòa Pháp".
      if (j + 2 < n && t[j].fold == "(" && t[j + 1].word && t[j + 2].fold == ")") j += 3;
      int ce = j;
      int kk = j;
      if (!vi && kk + 1 < n && LowerIs(t[kk], "of")) ++kk;
      if (vi && kk + 1 < n && t[kk].fold == "," && j > e) {
        int ce3 = kk + 1;
        if (!CountryAt(t, kk + 1, &ce3).empty()) ++kk;  // "Bộ Văn hóa, Cộng hòa Pháp"
      }
      std::string c = CountryAt(t, kk, &ce);
      if (!c.empty()) {
        r.complement_country = c;
        j = ce;
        if (vi) r.te = ce;
      }
      // The receiving state of an ambassador: "Đại sứ Đức tại Việt Nam", "in Vietnam".
      if (j + 1 < n && (LowerIs(t[j], "tại") || LowerIs(t[j], "in") || LowerIs(t[j], "to"))) {
        int ce2 = j + 1;
        if (!CountryAt(t, j + 1, &ce2).empty()) {
          if (!vi && r.complement_country.empty()) r.complement_country = "";
          j = ce2;
          r.te = ce2;
        }
      }
    }
    // "Defence Minister", "Foreign Minister": the portfolio stands before the title word.
    if (r.bodies.empty() && r.org_label.empty() && title.level == kb::TitleLevel::kBody)
      r.bodies = ImpliedPortfolio(title);
    if (!org_prefix.empty() && r.bodies.empty() && r.org_label.empty()) r.bodies = org_prefix;
    roles.push_back(std::move(r));
    // Chained titles: "Party General Secretary and State President", "Tổng Bí thư, Chủ tịch nước".
    if (j + 1 < n && (LowerIs(t[j], "and") || LowerIs(t[j], "và") || t[j].fold == ",") &&
        IsTitleAt(t, j + 1)) {
      ++j;
      continue;
    }
    break;
  }
  return j;
}

// The country an organisation's name written out gives: a country named in it ("Phòng Thương
// mại và Công nghiệp Pháp") or a KB city of one country only ("Lyon Chamber of Commerce").
std::string DocExtractor::CountryInName(const std::vector<Token>& t, int b, int e) const {
  for (int x = b; x < e; ++x) {
    int ce = x;
    std::string c = CountryAt(t, x, &ce);
    if (!c.empty() && ce <= e) return c;
    auto w = t[x].cap ? lex_.city_written.find(t[x].lower) : lex_.city_written.end();
    if (w == lex_.city_written.end()) continue;
    const std::string& cc = kb_.cities()[w->second[0]].country;
    if (std::all_of(w->second.begin(), w->second.end(),
                    [&](int ci) { return kb_.cities()[ci].country == cc; }))
      return cc;
  }
  return "";
}

std::vector<int> DocExtractor::ImpliedPortfolio(const kb::Title& title) const {
  std::string head = Fold(title.portfolio);
  if (head.empty()) return {};
  for (const std::string& cand : {head, head + " affairs", "national " + head, "the " + head}) {
    text::Token tok;
    std::vector<text::Token> toks;
    for (auto& w : FoldWords(cand)) {
      tok.word = true;
      tok.fold = tok.lower = w;
      toks.push_back(tok);
    }
    const std::vector<int>* q = nullptr;
    int e = lex_.portfolios.Longest(toks, 0, &q);
    if (e == static_cast<int>(toks.size()) && q) return *q;
  }
  return {};
}

bool DocExtractor::FinishTitledPerson(SentenceState& s, int i, int j, const std::string& country,
                                      const std::vector<int>& org_prefix, bool counterpart,
                                      bool honorific_only, std::vector<PendingRole>& roles,
                                      Item& out) {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  // Optional separators before the name: "Phó Thủ tướng Chính phủ, Lê Minh Khái".
  int name_b = j;
  if (name_b < n && t[name_b].fold == "." && name_b > 0 && t[name_b - 1].text.size() <= 4)
    ++name_b;  // "Ms. Helga Barth", "Dr. ..."
  // "the President of VAST (the Vietnam Academy of Science and Technology), Prof X": a bracket
  // that glosses the complement, then the name after a comma.
  if (name_b < n && t[name_b].fold == "(" && !roles.empty()) {
    int close = name_b + 1;
    while (close < n && close - name_b <= 16 && t[close].fold != ")" && t[close].fold != "(")
      ++close;
    if (close + 2 < n && t[close].fold == ")" && t[close + 1].fold == "," && t[close + 2].cap)
      name_b = close + 1;
  }
  if (name_b < n && (t[name_b].fold == "," || t[name_b].fold == "-") && name_b + 1 < n &&
      t[name_b + 1].cap)
    ++name_b;
  // ", bà Rima Abdul Malak", ", ông Olivier Becht": an address before the name.
  if (name_b + 2 < n && t[name_b].fold == "," && IsAddress(t[name_b + 1]) && t[name_b + 2].cap)
    name_b += 2;
  else if (name_b + 1 < n && IsAddress(t[name_b]) && !t[name_b].cap && t[name_b + 1].cap)
    name_b += 1;
  // "..., Prof. Chau Van Minh": ranks and honorifics after the separator.
  while (name_b < n && t[name_b].cap) {
    const std::vector<int>* p = nullptr;
    int e = lex_.titles(vi_).Longest(t, name_b, &p);
    if (e == name_b || !p) break;
    kb::TitleLevel level = kb_.titles()[(*p)[0]].level;
    if (level != kb::TitleLevel::kRank && level != kb::TitleLevel::kHonorific) break;
    name_b = e;
    if (name_b < n && t[name_b].fold == "." && t[name_b - 1].text.size() <= 4) ++name_b;
  }
  int name_e = ParseName(t, name_b, n);
  // "Phó Tổng giám đốc Phòng Thương mại ...": an organisation follows the title, not a name.
  if (vi_ && name_e > name_b && In(t[name_b].lower, lex_.grammar.vietnamese_org_heads))
    name_e = name_b;
  // "General Secretary of the CPV Central Committee Nguyen Phu Trong", "Vice President of the
  // World Bank Manuela Ferro": the end of an organisation's name is no part of a person's.
  for (int k = name_e - 2; k >= name_b; --k) {
    if (t[k].word && t[k].cap && In(t[k].fold, lex_.grammar.non_person_heads)) {
      name_b = k + 1;
      break;
    }
  }
  if (name_e == name_b && counterpart && !country.empty()) {
    // "X met his Vietnamese counterpart": the story's person of that country.
    int best = -1;
    for (size_t k = 0; k < ents_.size(); ++k)
      if (ents_[k].e.kind == "person" && ents_[k].e.country == country &&
          (best < 0 || ents_[k].last_sentence > ents_[best].last_sentence))
        best = static_cast<int>(k);
    if (best < 0) return false;
    out.tb = i;
    out.te = j;
    out.type = ItemType::kPerson;
    out.ents = {best};
    return true;
  }
  if (name_e == name_b) {
    // A title without a name ("the minister", "formerly Deputy Minister of Labour, ..."): no
    // person, but a ministry named by the title is still a mention of that ministry.
    for (auto& r : roles) {
      if (r.bodies.empty()) continue;
      std::string bc = !r.complement_country.empty() ? r.complement_country
                                                     : (!country.empty() ? country : kHomeCountry);
      if (const kb::Body* b = ChooseBody(r.bodies, bc, "")) BodyEntity(*b);
    }
    // "Thủ tướng chuyển lời chào ...", "the Prime Minister said": a state-level title alone is
    // the story's one person who holds that post (of the country written, if any). Not after
    // "a", "former", "cựu", "nguyên" (another holder), nor when two people hold it here.
    const PendingRole* state_role = nullptr;
    for (const auto& r : roles)
      if (kb_.titles()[r.title_index].level == kb::TitleLevel::kState && !state_role &&
          r.bodies.empty() && r.org_label.empty())  // not "the President of VAST"
        state_role = &r;
    bool generic = i > 0 && In(t[i - 1].lower, {"a", "an", "former", "cựu", "nguyên", "new",
                                                "tân", "every", "each", "mỗi", "các", "những"});
    if (state_role && !generic && roles.size() == 1) {
      const std::string& key = kb_.titles()[state_role->title_index].role;
      std::string want = !state_role->complement_country.empty() ? state_role->complement_country
                                                                 : country;
      int holder = -1;
      bool ambiguous = false;
      for (size_t k = 0; k < ents_.size(); ++k) {
        const DocEntity& d = ents_[k];
        if (d.e.kind != "person" || (!want.empty() && d.e.country != want)) continue;
        bool holds = false;
        for (const Role& r : d.roles) holds |= r.key == key && r.level == kb::TitleLevel::kState;
        if (!holds) continue;
        if (holder >= 0) ambiguous = true;
        holder = static_cast<int>(k);
      }
      if (holder >= 0 && !ambiguous) {
        out.tb = i;
        out.te = j;
        out.type = ItemType::kPerson;
        out.ents = {holder};
        ents_[holder].last_sentence = s.index;
        return true;
      }
    }
    return false;
  }
  std::string name = Join(t, name_b, name_e);
  int person = -1;
  if (name_e - name_b == 1) {
    person = ResolveShort(t[name_b].fold);
    if (person < 0) {
      // A known official by surname alone ("Minister Lam"): only if the KB says they held a
      // post of the kind the title names; "Phó Chủ tịch Ngân hàng ..." is not Kim Ngân.
      auto kbp = kb_.FindPeopleByShortName(t[name_b].fold);
      if (kbp.size() == 1) {
        bool held = false;
        for (const auto* pos : kb_.PositionsOf(kbp[0]->id))
          for (const auto& r : roles)
            if (pos->role == kb_.titles()[r.title_index].role) held = true;
        if (held) person = PersonEntity(kbp[0]->name, kbp[0]->country, s.index);
      }
    }
    if (person < 0) return false;  // a bare name that resolves to nobody is not a node
  } else {
    std::string hint = country;
    if (hint.empty() && VietnameseNameLength(t, name_b, name_e) == name_e - name_b)
      hint = kHomeCountry;
    person = PersonEntity(name, hint, s.index);
  }
  if (ents_[person].e.country.empty()) ents_[person].e.country = country;
  if (!honorific_only || counterpart) out.titled = true;
  ApplyRoles(s, person, roles, country, !org_prefix.empty());
  // Roles in apposition after the name: "Phan Văn Giang, Ủy viên Bộ Chính trị, Bộ trưởng ...".
  name_e = Apposition(s, person, name_e);
  // "his French counterpart X": X holds the subject's state-level post in his own country.
  if (counterpart && !country.empty()) {
    for (const Item& it : s.items) {
      if (it.type != ItemType::kPerson || it.ents.empty() || it.tb >= i) continue;
      for (const Role& r : ents_[it.ents[0]].roles) {
        Role copy = r;
        if (r.level == kb::TitleLevel::kState) {
          copy.target = CountryEntity(country);
        } else if (r.level == kb::TitleLevel::kBody && !r.body_kb.empty()) {
          // The counterpart of a Minister of Foreign Affairs heads the same portfolio at home.
          const kb::Body* own = kb_.BodyById(r.body_kb);
          std::vector<int> cands;
          for (const auto& pf : own ? own->portfolios : std::vector<std::string>{})
            for (const auto* c : kb_.FindBodiesByPortfolio(pf, country))
              if (std::find(cands.begin(), cands.end(), BodyIndex(c)) == cands.end())
                cands.push_back(BodyIndex(c));
          const kb::Body* theirs = ChooseBody(cands, country, ents_[person].kb_id);
          if (!theirs) continue;
          copy.target = BodyEntity(*theirs);
          copy.body_kb = theirs->id;
        } else {
          continue;
        }
        AddFact("holds_position", person, copy.target, s, i, r.text);
        ents_[person].roles.push_back(copy);
        break;
      }
      break;
    }
    if (ents_[person].e.country.empty()) ents_[person].e.country = country;
  }
  out.tb = i;
  out.te = name_e;
  out.type = ItemType::kPerson;
  out.ents = {person};
  return true;
}

// Titles in apposition after a person's name (", Minister of X," / " - Bộ trưởng ..."), when no
// other name follows them. Returns the end of the apposition (or `end` when there is none).
int DocExtractor::Apposition(SentenceState& s, int person, int end) {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  // "X được bổ nhiệm làm Thủ tướng Pháp", "X was appointed (as) ...": a post after the name.
  for (std::string_view lead : {"được bổ nhiệm làm", "được bầu làm", "was appointed as",
                                "was appointed", "was elected as", "was elected"}) {
    int k = end;
    bool ok = true;
    for (size_t p = 0; p < lead.size() && ok;) {
      size_t q = lead.find(' ', p);
      if (q == std::string_view::npos) q = lead.size();
      ok = k < n && t[k].lower == lead.substr(p, q - p);
      ++k;
      p = q + 1;
    }
    if (ok && k < n && IsTitleAt(t, k)) {
      std::vector<PendingRole> roles;
      bool honorific_only = true;
      int e = ParseTitleChain(s, k, {}, roles, &honorific_only);
      if (e > k && !honorific_only) {
        ApplyRoles(s, person, roles, "", false);
        return e;
      }
    }
  }
  if (end + 1 >= n || !(t[end].fold == "," || t[end].fold == "-")) return end;
  int j = end + 1;
  if (en_ && (t[j].lower == "the" || t[j].lower == "a" || t[j].lower == "an")) ++j;
  {  // ", the new ambassador", ", tân Đại sứ" (grammar new_in_office)
    int payload = -1;
    int fe = lex_.new_in_office.Longest(t, j, &payload);
    if (fe > j && fe < n) j = fe;
  }
  std::string country;
  int ce = j;
  std::string c = CountryAt(t, j, &ce);
  if (!c.empty() && ce < n) {
    int after = ce + (t[ce].fold == "'s" ? 1 : 0);
    if (IsTitleAt(t, after)) {
      country = c;
      j = after;
    }
  }
  if (!IsTitleAt(t, j)) return end;
  std::vector<PendingRole> roles;
  bool honorific_only = true;
  int e = ParseTitleChain(s, j, {}, roles, &honorific_only);
  if (e == j || honorific_only) return end;
  // Another name right after the titles: a new titled person, not an apposition.
  int k = e;
  if (k < n && (t[k].fold == "," || t[k].fold == "-")) ++k;
  if (k < n && t[k].word && t[k].cap && ParseName(t, k, n) > k + 1) return end;
  ApplyRoles(s, person, roles, country, false);
  return e;
}

// Roles become holds_position facts (and the person's country when it was unknown).
void DocExtractor::ApplyRoles(SentenceState& s, int person, std::vector<PendingRole>& roles,
                              const std::string& country, bool org_prefixed) {
  const auto& t = s.tokens;
  const bool vi = vi_;
  DocEntity& pd = ents_[person];
  std::string pcountry = !pd.e.country.empty() ? pd.e.country : country;
  for (auto& r : roles) {
    const kb::Title& title = kb_.titles()[r.title_index];
    if (title.level == kb::TitleLevel::kHonorific || title.level == kb::TitleLevel::kRank) continue;
    Role role;
    role.key = title.role;
    role.level = title.level;
    if (vi && title.level == kb::TitleLevel::kOrg && Fold(title.text) == "chu tich" &&
        !r.complement_country.empty() && r.bodies.empty() && r.org_label.empty()) {
      role.key = "president";
      role.level = kb::TitleLevel::kState;
    }
    role.text = Join(t, r.tb, r.te);
    std::string c = !r.complement_country.empty() && role.level == kb::TitleLevel::kState &&
                            title.role != "ambassador"
                        ? r.complement_country
                        : (!country.empty() ? country : pcountry);
    if (c.empty()) c = r.complement_country;
    if (r.org_label == "?") continue;
    // "Bộ trưởng Nguyễn Văn Hùng", "Minister Tran Hong Ha": no portfolio written, but the KB
    // knows the only body in which this person held such a post.
    if (title.level == kb::TitleLevel::kBody && r.bodies.empty() && r.org_label.empty() &&
        !ents_[person].kb_id.empty()) {
      std::vector<int> held;
      for (const auto* pos : kb_.PositionsOf(ents_[person].kb_id)) {
        if (pos->role != title.role || pos->body.empty()) continue;
        // Every body index with that id, in order (Lexicon::bodies_by_id).
        auto same_id = lex_.bodies_by_id.find(pos->body);
        if (same_id == lex_.bodies_by_id.end()) continue;
        for (int b : same_id->second)
          if (std::find(held.begin(), held.end(), b) == held.end()) held.push_back(b);
      }
      if (held.size() == 1) r.bodies = held;
    }
    // "President of CNES", "Chairman of VAST": a state title whose complement is an agency or
    // another body that is not an organ of state is that body's post.
    if (role.level == kb::TitleLevel::kState && !r.bodies.empty() && r.complement_country.empty()) {
      bool organisation = true;
      for (int b : r.bodies) {
        kb::BodyKind k = kb_.bodies()[b].kind;
        organisation = organisation && (k == kb::BodyKind::kAgency || k == kb::BodyKind::kOther);
      }
      if (organisation) role.level = kb::TitleLevel::kOrg;
    }
    // "President of the Lyon Chamber of Commerce": a complement the KB does not know.
    if (role.level == kb::TitleLevel::kState && !r.org_label.empty() && r.org_label != "?")
      role.level = kb::TitleLevel::kOrg;
    if (role.level == kb::TitleLevel::kState && !org_prefixed) {
      // With no country in the text, a state post is the person's own country; for a person of
      // unknown nationality (not in the KB, no Vietnamese name) it stays unknown.
      if (c.empty() && !ents_[person].kb_id.empty()) c = ents_[person].e.country;
      if (c.empty() && FoldWords(ents_[person].e.label).size() >= 2 &&
          lex_.vi_surnames.count(FoldWords(ents_[person].e.label).front()))
        c = kHomeCountry;
      if (c.empty()) continue;
      role.target = CountryEntity(c);
    } else if (!r.bodies.empty()) {
      std::string bc = !r.complement_country.empty() ? r.complement_country : c;
      if (bc.empty()) bc = kHomeCountry;
      std::string kb_id = ents_[person].kb_id;
      const kb::Body* b = ChooseBody(r.bodies, bc, kb_id, r.named);
      if (!b && vi && r.complement_country.empty()) b = ChooseBody(r.bodies, "", kb_id, r.named);
      if (b) {
        role.target = BodyEntity(*b);
        role.body_kb = b->id;
      } else if (title.level == kb::TitleLevel::kBody) {
        // The portfolio is known elsewhere but not in this country: a ministry of its own.
        int pb = r.title_end;
        if (!vi && pb < r.te && (t[pb].lower == "of" || t[pb].lower == "for")) ++pb;
        if (!vi && pb < r.te && t[pb].lower == "the") ++pb;
        std::string portfolio = Join(t, pb, r.te);
        if (!portfolio.empty()) role.target = NewMinistry(MinistryLabel(portfolio, vi), bc);
      }
    } else if (!r.org_label.empty()) {
      std::string bc =
          !r.complement_country.empty() ? r.complement_country : (c.empty() ? kHomeCountry : c);
      role.target = title.level == kb::TitleLevel::kBody && !r.organisation
                        ? NewMinistry(MinistryLabel(r.org_label, vi), bc)
                        : NewOrganization(r.org_label, bc);
    }
    if (role.target >= 0) {
      AddFact("holds_position", person, role.target, s, r.tb, role.text);
      if (ents_[person].e.country.empty() && role.level != kb::TitleLevel::kOrg)
        ents_[person].e.country = ents_[role.target].e.country;
    }
    ents_[person].roles.push_back(role);
  }
}

void DocExtractor::FindPeopleWithTitles(SentenceState& s) {
  for (int i = 0; i < static_cast<int>(s.tokens.size()); ++i) {
    if (s.covered[i]) continue;
    Item item;
    if (ParseTitledPerson(s, i, item)) {
      AddItem(s, item);
      i = item.te - 1;
    }
  }
}

}  // namespace bilat::ex
