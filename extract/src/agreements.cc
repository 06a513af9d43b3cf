// Mentions of agreements: reserved heads, seas and oceans kept out of look-ups, named instruments from the
// gazetteer, agreements named by head, modifiers, topic, period and parties.
#include "doc_extractor_internal.h"

namespace bilat::ex {

// ============================================================================== agreements

// Agreement heads are reserved first so that their words are not read as names ("Ý định thư"
// is a letter of intent, not Italy).
void DocExtractor::ReserveAgreementHeads(SentenceState& s) {
  for (int i = 0; i < static_cast<int>(s.tokens.size()); ++i) {
    int payload = -1;
    int e = lex_.heads(vi_).Longest(s.tokens, i, &payload);
    if (e < 0 || e - i < 2) continue;
    for (int k = i; k < e; ++k) {
      if (s.covered[k]) continue;
      s.covered[k] = true;
      s.reserved.push_back(k);
    }
    i = e - 1;
  }
}

// Seas and oceans are never countries or people; the words stay covered for good.
void DocExtractor::ReserveGeographicFeatures(SentenceState& s) {
  for (int i = 0; i < static_cast<int>(s.tokens.size()); ++i) {
    int payload = -1;
    int e = lex_.geographic.Longest(s.tokens, i, &payload);
    if (e < 0 || !s.tokens[i].cap) continue;
    for (int k = i; k < e; ++k) s.covered[k] = true;
    i = e - 1;
  }
}

// Named instruments from the gazetteer ("the EU-Vietnam Free Trade Agreement (EVFTA)", "Hiệp
// định CPTPP"): one node per instrument across articles and languages, its states parties.
void DocExtractor::FindInstruments(SentenceState& s) {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  for (int i = 0; i < n; ++i) {
    if (s.covered[i] || !t[i].word || !lex_.instruments.HasFirst(t[i])) continue;
    const std::vector<int>* p = nullptr;
    int e = lex_.instruments.Longest(t, i, &p);
    if (e == i || !p || !Free(s, i, e)) continue;
    int which = -1;
    for (int payload : *p) {
      bool abbrev = payload % 2 == 1;
      if (abbrev && !(e - i == 1 && t[i].upper)) continue;
      if (!abbrev && !t[i].cap) continue;
      which = payload / 2;
      break;
    }
    if (which < 0) continue;
    const kb::Instrument& in = kb_.instruments()[which];
    if (e + 2 < n && t[e].fold == "(" && t[e + 2].fold == ")") e += 3;  // "(EVFTA)"
    Entity ent;
    ent.key = "instrument:" + in.id;
    ent.kind = "agreement";
    ent.label = in.en;
    ent.attrs["type"] = in.type;
    if (!in.signed_on.empty()) ent.attrs["signed_on"] = in.signed_on.ToEdtf();
    int idx = Intern(std::move(ent), "");
    for (const std::string& c : in.parties) {
      int ce = CountryEntity(c);
      if (ce >= 0) instrument_parties_[idx].insert(ce);
    }
    Item item;
    item.tb = i;
    item.te = e;
    item.type = ItemType::kAgreement;
    item.ents = {idx};
    AddItem(s, item);
    last_agreement_ = idx;
    i = e - 1;
  }
}

// "Space cooperation agreement", "Agreement on consular cooperation", "Thỏa thuận hợp tác ...":
// the kind as written, capitalised, then its topic.
static std::string AgreementLabel(const std::string& type, const std::string& topic, bool vi) {
  std::string label = type;
  if (!label.empty()) {
    size_t at = 0;
    char32_t c = DecodeUtf8(label, at);
    std::string first;
    AppendUtf8(first, static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))));
    label = first + label.substr(at);
  }
  if (!topic.empty()) label += (vi || topic.rfind("to ", 0) == 0 ? " " : " on ") + topic;
  return label;
}

void DocExtractor::FindAgreements(SentenceState& s) {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  const bool vi = vi_;
  for (int i = 0; i < n; ++i) {
    if (s.covered[i] || !t[i].word) continue;
    int payload = -1;
    int he = lex_.heads(vi_).Longest(t, i, &payload);
    if (he < 0) continue;
    const grammar::AgreementHead* head = &lex_.grammar.agreement_heads[payload];
    int start = i;
    // Modifiers: English before the head ("an administrative agreement"), Vietnamese after it.
    std::string det;
    bool countries_possessive = false;
    if (!vi) {
      while (start > 0 && start > i - 4) {
        const Token& w = t[start - 1];
        if (!w.word) {
          if (w.fold == "'" || w.fold == "'s") {  // "the countries' letter of intent"
            if (start >= 2 &&
                (t[start - 2].lower == "countries" || t[start - 2].lower == "nations")) {
              countries_possessive = true;
            }
          }
          break;
        }
        if (w.lower == "a" || w.lower == "an" || w.lower == "the" || w.lower == "this" ||
            w.lower == "that" || w.lower == "their" || w.lower == "its" || w.digit ||
            w.lower == "new" || w.lower == "under" || w.lower == "of" || w.lower == "in" ||
            w.lower == "on" || w.lower == "and" || w.lower == "with" || w.lower == "to") {
          det = w.lower;
          break;
        }
        if (!w.cap && w.lower.size() > 3 && w.lower.back() == 'd' &&
            w.lower[w.lower.size() - 2] == 'e')
          break;  // a verb: "signed agreement"
        // "X and Y sign letter of intent": a verb or a person ends the modifiers.
        int trig_payload = -1;
        if (!w.cap && lex_.triggers(vi_).Longest(t, start - 1, &trig_payload) > start - 1)
          break;
        bool person_word = false;
        for (const Item& it : s.items)
          if (it.type == ItemType::kPerson && start - 1 >= it.tb && start - 1 < it.te)
            person_word = true;
        if (person_word) break;
        --start;
      }
      if (start > 0 && t[start - 1].digit) continue;  // "29 cooperative agreements": a count
    } else if (i > 0 && (t[i - 1].lower == "các" || t[i - 1].lower == "những" ||
                         t[i - 1].lower == "nhiều" || t[i - 1].digit)) {
      continue;
    }
    // "signed loan agreements with AFD": a set of instruments of one kind is one node; a count
    // ("29 agreements", "many agreements", "các văn kiện") or a bare plural is not.
    if (head->plural) {
      if (vi || start == i) continue;
      bool counted = false;
      for (int x = start; x < i; ++x)
        if (In(t[x].lower, {"many", "several", "some", "numerous", "various", "other", "two",
                            "three", "four", "five", "these", "those", "the"}) ||
            t[x].digit)
          counted = true;
      if (counted) continue;
    }
    int end = he;
    std::string type = Join(t, start, he);
    // Vietnamese modifiers after the head: "Thỏa thuận Hành chính", "Thỏa thuận hợp tác".
    if (vi) {
      while (end < n && t[end].word && !t[end].digit && t[end].lower != "giữa" &&
             t[end].lower != "về" && t[end].lower != "trong" && t[end].lower != "giai" &&
             t[end].lower != "này" && t[end].lower != "với" && t[end].lower != "nhằm" &&
             t[end].lower != "đã" && t[end].lower != "là" && t[end].lower != "được" &&
             t[end].lower != "tại" && t[end].lower != "cho" && t[end].lower != "và" &&
             t[end].lower != "ký" && t[end].lower != "của" && end - he < 8) {
        ++end;
      }
      type = Join(t, i, end);
    }
    if (end + 2 < n && t[end].fold == "(" && t[end + 2].fold == ")") end += 3;  // "(MoU)"
    // Complements: parties, topic, period, up to a clause boundary.
    std::set<int> parties;
    std::string topic;
    std::string period;
    int k = end;
    int topic_b = -1, topic_e = -1;
    static const std::vector<std::string_view> kStops = {
        "that", "which", "signed", "was", "were", "is",   "are", "will", "under", "recently",
        "đã",   "được",  "là",     "sẽ",  "vừa",  "nhằm", "ký",  "by",   "with",  "at"};
    auto starts_date = [&](int x) {
      for (const auto& d : s.dates)
        if (d.tb == x && d.kind != DateKind::kPeriod) return true;
      return false;
    };
    while (k < n && k - end < 40) {
      if (!t[k].word && (t[k].fold == ";" || t[k].fold == "." || t[k].fold == ":")) break;
      if (!t[k].word && (t[k].text == "“" || t[k].text == "\"" || t[k].text == "«")) break;
      // A comma ends the complement unless it separates items of a list ("on trade,
      // investment and tourism"): "the Amended Agreement on X, defence cooperation has ...".
      if (t[k].fold == "," && topic_b >= 0) {
        bool list = false;
        for (int x = k + 1; x < n && x <= k + 4; ++x)
          if (t[x].lower == "and" || t[x].lower == "và") list = true;
        if (!list) break;
      }
      if (t[k].word && In(t[k].lower, kStops)) break;
      if (starts_date(k) || ((t[k].lower == "on" || t[k].lower == "ngày") && starts_date(k + 1)))
        break;
      if ((t[k].lower == "in" || t[k].lower == "at" || t[k].lower == "tại") && k + 1 < n &&
          t[k + 1].cap && !(k + 1 < n && t[k + 1].lower == "the"))
        break;
      if (t[k].lower == "between" || t[k].lower == "giữa") {
        if (topic_b >= 0 && topic_e < 0) topic_e = k;
        ++k;
        continue;
      }
      if (topic_b < 0 && (t[k].lower == "on" || t[k].lower == "about" || t[k].lower == "về" ||
                          t[k].lower == "regarding" ||
                          (vi && t[k].lower == "trong" && k + 1 < n && t[k + 1].lower == "lĩnh"))) {
        topic_b = k + 1;
      }
      ++k;
    }
    int span_end = k;
    for (const auto& d : s.dates) {
      if (d.kind == DateKind::kPeriod && d.tb >= end - 1 && d.tb <= span_end + 1) {
        period = std::to_string(d.value.start.year) + "/" + std::to_string(d.value.end.year);
        if (topic_b >= 0 && (topic_e < 0 || topic_e > d.tb)) {
          int cut = d.tb;
          while (cut > topic_b &&
                 (t[cut - 1].lower == "the" || t[cut - 1].lower == "in" ||
                  t[cut - 1].lower == "for" || t[cut - 1].lower == "giai" ||
                  t[cut - 1].lower == "đoạn" || t[cut - 1].lower == "period" || !t[cut - 1].word))
            --cut;
          topic_e = cut;
        }
        break;
      }
    }
    if (topic_b >= 0) {
      if (topic_e < 0) topic_e = span_end;
      while (topic_e > topic_b && !t[topic_e - 1].word) --topic_e;
      if (topic_e > topic_b) topic = Join(t, topic_b, topic_e);
    }
    // "an agreement to establish their twin ties": the purpose names it.
    if (topic.empty() && !vi && end + 1 < n && t[end].lower == "to" && t[end + 1].word &&
        !t[end + 1].cap) {
      int e = end + 1;
      while (e < n && e - end < 12 && t[e].word) ++e;
      topic = Join(t, end, e);
    }
    // "cooperation in railway transport under a MoU": the cooperation is the MoU's topic.
    if (topic.empty() && !vi &&
        ((start >= 2 && t[start - 1].lower == "under") ||
         (start >= 3 && t[start - 2].lower == "under"))) {
      int under = t[start - 1].lower == "under" ? start - 1 : start - 2;
      for (int b = under - 1; b >= 0 && b >= under - 16; --b) {
        if (t[b].lower == "cooperation" || t[b].lower == "collaboration" ||
            t[b].lower == "partnership") {
          topic = Join(t, b, under);
          break;
        }
      }
    }
    // Parties: bodies, countries and pair references inside the complement.
    for (const Item& it : s.items) {
      if (it.tb < end || it.tb >= span_end) continue;
      if (it.type == ItemType::kBody || it.type == ItemType::kCountry ||
          it.type == ItemType::kPairBodies || it.type == ItemType::kPairCountries) {
        bool after_between = false;
        for (int b = end; b < it.tb; ++b)
          if (t[b].lower == "between" || t[b].lower == "giữa") after_between = true;
        if (after_between && !it.demonym) {
          for (int e : it.ents) {
            const DocEntity& pe = ents_[e];
            const kb::Body* b = pe.kb_id.empty() ? nullptr : kb_.BodyById(pe.kb_id);
            if (b && b->kind == kb::BodyKind::kGovernment) e = CountryEntity(b->country);
            if (e >= 0) parties.insert(e);
          }
        }
      }
    }
    if (countries_possessive) {
      for (int c : PairCountries()) parties.insert(c);
    }
    // "the Agreement on Vietnam-France Defence Cooperation", "Thỏa thuận ... Việt Nam - Pháp":
    // two states joined by a dash in the name or topic are its parties.
    for (size_t a = 0; a + 1 < s.items.size(); ++a) {
      const Item& x = s.items[a];
      const Item& y = s.items[a + 1];
      if (x.type != ItemType::kCountry || y.type != ItemType::kCountry) continue;
      if (x.tb < start || y.te > span_end + 1 || y.tb - x.te != 1) continue;
      const Token& dash = t[x.te];
      if (dash.word || (dash.fold != "-" && dash.text != "–" && dash.text != "—")) continue;
      parties.insert(x.ents[0]);
      parties.insert(y.ents[0]);
    }
    // A definite reference with nothing new ("under the agreement", "bản thỏa thuận này") is
    // the last agreement of the document.
    bool anaphor = (det == "the" || det == "this" || det == "under" || det == "that" ||
                    (vi && end < n && t[end].lower == "này")) &&
                   topic.empty() && period.empty() && parties.empty() && start == i &&
                   !countries_possessive;
    int ent = -1;
    // The same instrument named twice in one article ("Thỏa thuận hợp tác trong lĩnh vực nông
    // nghiệp" in the headline, "... nông nghiệp Việt Nam – Pháp" in the story, or with a typo in
    // its head): the same kind, the same words once the states are set aside.
    std::string core, core_prefix;
    std::set<std::string> core_words;
    {
      static const std::vector<std::string_view> kStop = {
          "trong", "về", "on", "of", "the", "and", "và", "in", "giữa", "between", "a", "an",
          "new", "mới", "này", "this", "that"};
      std::set<std::string> words;
      auto add_span = [&](int b, int e2) {
        for (int x = b; x < e2 && x < n; ++x) {
          if (!t[x].word || In(t[x].lower, kStop)) continue;
          bool in_country = false;
          for (const Item& it : s.items)
            if (it.type == ItemType::kCountry && x >= it.tb && x < it.te) in_country = true;
          if (!in_country) words.insert(t[x].fold);
        }
      };
      add_span(vi ? he : start, vi ? end : i);
      if (topic_b >= 0) add_span(topic_b, topic_e);
      core_prefix = std::string(head->type) + ":" + period + ":";
      core = core_prefix;
      for (const auto& w : words) core += w + " ";
      core_words = words;
    }
    if (!anaphor) {
      auto same = agreement_by_core_.find(core);
      if (same != agreement_by_core_.end() && (topic_b >= 0 || core.back() != ':')) {
        anaphor = true;
        last_agreement_ = same->second;
      }
    }
    // A plain "cooperation agreement" (a headline's, say), then "space cooperation agreement":
    // the story names the same instrument more fully, when it is the only earlier one of that
    // kind whose words all recur here. It takes the fuller name.
    int fuller_of = -1;
    if (!anaphor && core_words.size() >= 2) {
      for (const auto& [prefix, words, ent_before] : agreement_cores_) {
        if (prefix != core_prefix || words.empty() || words.size() >= core_words.size()) continue;
        if (!std::includes(core_words.begin(), core_words.end(), words.begin(), words.end()))
          continue;
        if (!plain_agreements_.count(ent_before)) continue;
        if (fuller_of >= 0 && fuller_of != ent_before) {
          fuller_of = -2;
          break;
        }
        fuller_of = ent_before;
      }
      if (fuller_of < 0) fuller_of = -1;
    }
    // "the agreement signed by A and B" as the article's first: a new one, not a reference.
    if (anaphor && last_agreement_ < 0 && end < n &&
        (t[end].lower == "signed" || t[end].lower == "was" || t[end].lower == "between"))
      anaphor = false;
    if (anaphor) {
      ent = last_agreement_;
      if (ent < 0) continue;
    } else if (fuller_of >= 0) {
      ent = fuller_of;
      plain_agreements_.erase(ent);
      last_agreement_ = ent;
      agreement_by_core_[core] = ent;
      agreement_cores_.push_back({core_prefix, core_words, ent});
      Entity& e = ents_[ent].e;
      std::string label = AgreementLabel(type, topic, vi);
      e.label = label;
      if (!topic.empty()) e.attrs["topic"] = topic;
    } else {
      Entity e;
      e.key = "agr:" + doc_.id + "#" + std::to_string(agreements_++);
      e.kind = "agreement";
      std::string label = AgreementLabel(type, topic, vi);
      if (!period.empty()) {
        std::string p = period;
        std::replace(p.begin(), p.end(), '/', '-');
        label += " (" + p + ")";
      }
      e.label = label;
      e.attrs["type"] = head->type;
      if (!topic.empty()) e.attrs["topic"] = topic;
      if (!period.empty()) e.attrs["period"] = period;
      ent = Intern(std::move(e), "");
      last_agreement_ = ent;
      agreement_by_core_[core] = ent;
      agreement_cores_.push_back({core_prefix, core_words, ent});
      if (!head->plural && topic.empty()) plain_agreements_.insert(ent);
    }
    agreement_parties_[ent].insert(parties.begin(), parties.end());
    Item item;
    item.tb = start;
    item.te = std::max(end, he);
    item.type = ItemType::kAgreement;
    item.ents = {ent};
    for (int c = item.tb; c < item.te; ++c) s.covered[c] = true;
    s.items.push_back(item);
    i = item.te - 1;
  }
}

}  // namespace bilat::ex
