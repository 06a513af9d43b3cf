#include "lexicon_internal.h"

#include <algorithm>
#include <stdexcept>

#include "grammar_internal.h"

namespace bilat::lex {

bool IsInnerPunct(const text::Token& t) {
  return !t.word && (t.fold == "," || t.fold == "-" || t.fold == "&" || t.fold == "'" ||
                     t.fold == "." || t.fold == "/");
}

uint32_t FlatU64Map::Emplace(uint64_t key, uint32_t value, bool* added) {
  if (key == 0) throw std::logic_error("FlatU64Map: key 0 is reserved");
  if (2 * (size_ + 1) > keys_.size()) Grow();
  for (size_t i = Slot(key);; i = (i + 1) & mask_) {
    if (keys_[i] == key) {
      *added = false;
      return values_[i];
    }
    if (keys_[i] == 0) {
      keys_[i] = key;
      values_[i] = value;
      ++size_;
      *added = true;
      return value;
    }
  }
}

void FlatU64Map::Grow() {
  std::vector<uint64_t> keys = std::move(keys_);
  std::vector<uint32_t> values = std::move(values_);
  size_t capacity = keys.empty() ? 64 : 2 * keys.size();
  keys_.assign(capacity, 0);
  values_.assign(capacity, 0);
  mask_ = capacity - 1;
  shift_ = 64 - __builtin_ctzll(capacity);
  size_ = 0;
  for (size_t k = 0; k < keys.size(); ++k) {
    if (keys[k] == 0) continue;
    bool added = false;
    Emplace(keys[k], values[k], &added);
  }
}

void PhraseIndex::Add(std::string_view folded_phrase, int payload) {
  if (!vocab_) throw std::logic_error("PhraseIndex::Add before Bind");
  if (folded_phrase.empty()) return;
  auto words = SplitWords(folded_phrase);
  // The phrase as the sequence of its space-separated pieces (the key the tokens' folds, joined
  // by single spaces, must equal).
  uint32_t node = 0;
  size_t p = 0;
  while (true) {
    size_t q = folded_phrase.find(' ', p);
    if (q == std::string_view::npos) q = folded_phrase.size();
    uint32_t id = vocab_->Intern(folded_phrase.substr(p, q - p));
    bool added = false;
    node = edges_.Emplace(EdgeKey(node, id), static_cast<uint32_t>(payloads_.size()), &added);
    if (added) payloads_.emplace_back();
    if (q == folded_phrase.size()) break;
    p = q + 1;
  }
  auto& list = payloads_[node];
  if (std::find(list.begin(), list.end(), payload) == list.end()) list.push_back(payload);
  uint32_t first = vocab_->Intern(words[0]);
  if (first >= max_words_.size()) max_words_.resize(first + 1, 0);
  max_words_[first] = std::max(max_words_[first], static_cast<int>(words.size()));
}

int PhraseIndex::LongestFrom(const std::vector<text::Token>& t, int i,
                             const std::vector<int>** payloads, bool require_cap) const {
  int n = static_cast<int>(t.size());
  // A hyphenated token counts as its parts: "Xinh-ga-po" matches "xinh ga po". Longest has
  // tested that some phrase starts with this first word (HasFirst).
  uint32_t first = t[i].parts.empty() ? text::FoldId(t[i], *vocab_) : text::PartId(t[i], 0, *vocab_);
  const int max_words = max_words_[first];
  if (require_cap && !t[i].cap) return i;
  int best_end = i;
  int words = 0;
  uint32_t node = 0;
  bool alive = true;  // the words so far are a prefix of some phrase
  for (int k = i; k < n && words < max_words; ++k) {
    if (!t[k].word) {
      if (IsInnerPunct(t[k])) continue;
      break;
    }
    auto add = [&](uint32_t id) {
      ++words;
      if (!alive) return;
      uint32_t child = 0;
      if (id == text::Vocabulary::kNone || !edges_.Find(EdgeKey(node, id), &child)) {
        alive = false;
      } else {
        node = child;
      }
    };
    if (t[k].parts.empty()) {
      add(text::FoldId(t[k], *vocab_));
    } else {
      for (size_t w = 0; w < t[k].parts.size(); ++w) add(text::PartId(t[k], w, *vocab_));
    }
    if (!alive) break;
    if (!payloads_[node].empty()) {
      best_end = k + 1;
      *payloads = &payloads_[node];
    }
  }
  return best_end;
}

void WordPhrases::Add(std::string_view phrase, int payload) {
  // Every table must be bound to the lexicon's vocabulary first (Lexicon::Lexicon does it).
  if (!vocab_) throw std::logic_error("WordPhrases::Add before Bind");
  Entry e;
  size_t p = 0;
  while (p < phrase.size()) {
    size_t q = phrase.find(' ', p);
    if (q == std::string_view::npos) q = phrase.size();
    if (q > p) e.words.push_back(vocab_->Intern(phrase.substr(p, q - p)));
    p = q + 1;
  }
  if (e.words.empty()) return;
  e.payload = payload;
  uint32_t first = e.words[0];
  if (first >= first_.size()) first_.resize(first + 1, -1);
  if (first_[first] < 0) {
    first_[first] = static_cast<int>(lists_.size());
    lists_.emplace_back();
  }
  lists_[first_[first]].push_back(std::move(e));
}

namespace {
int MatchWords(const std::vector<text::Token>& t, int i, const std::vector<uint32_t>& words,
               const text::Vocabulary& vocab) {
  int k = i;
  for (size_t w = 0; w < words.size(); ++w) {
    while (w > 0 && k < static_cast<int>(t.size()) && !t[k].word && t[k].fold == ",") ++k;
    if (k >= static_cast<int>(t.size()) || text::LowerId(t[k], vocab) != words[w]) return -1;
    ++k;
  }
  return k;
}
}  // namespace

int WordPhrases::Longest(const std::vector<text::Token>& t, int i, const std::vector<Entry>& list,
                         int* payload) const {
  int best = -1;
  for (const Entry& e : list) {
    int end = MatchWords(t, i, e.words, *vocab_);
    if (end > best) {
      best = end;
      *payload = e.payload;
    }
  }
  return best;
}

bool WordPhrases::AnyEndingBy(const std::vector<text::Token>& t, int i,
                              const std::vector<Entry>& list, int limit) const {
  for (const Entry& e : list) {
    int end = MatchWords(t, i, e.words, *vocab_);
    if (end > 0 && end <= limit) return true;
  }
  return false;
}

namespace {

void AddWords(std::unordered_set<std::string>& set, const std::string& text) {
  for (auto& w : FoldWords(text)) set.insert(std::move(w));
}

// "Ministry of Home Affairs" -> "home affairs"; "Bộ Nội vụ" -> "noi vu".
std::string StripBodyHead(const std::string& folded) {
  static const char* kHeads[] = {"ministry for the ",
                                 "ministry of the ",
                                 "ministry for ",
                                 "ministry of ",
                                 "department of the ",
                                 "department of ",
                                 "secretariat of state for ",
                                 "state secretariat for ",
                                 "ministere de la ",
                                 "ministere de l ",
                                 "ministere des ",
                                 "ministere du ",
                                 "bo "};
  for (const char* h : kHeads) {
    std::string_view hv(h);
    if (folded.size() > hv.size() && folded.compare(0, hv.size(), hv) == 0)
      return folded.substr(hv.size());
  }
  return "";
}

void IndexYear(int& max_year, const PartialDate& d) { max_year = std::max(max_year, d.year + 1); }

}  // namespace

Lexicon::Lexicon(const kb::KnowledgeBase& base) : kb(base), grammar(base) {
  for (PhraseIndex* p : {&names, &titles_en, &titles_vi, &portfolios, &instruments}) p->Bind(&vocab);
  for (WordPhrases* w : {&triggers_en, &triggers_vi, &heads_en, &heads_vi, &pairs_en, &pairs_vi,
                         &blocking, &geographic, &new_in_office, &new_in_office_after, &late,
                         &condolence})
    w->Bind(&vocab);
  for (const auto& [folded, refs] : kb.names()) {
    bool country_or_body = false;
    for (const auto& r : refs) {
      names.Add(folded, static_cast<int>(name_refs.size()));
      name_refs.push_back(r);
      country_or_body |= r.type == kb::EntityType::kCountry || r.type == kb::EntityType::kBody;
    }
    AddWords(known_words, folded);
    if (auto words = SplitWords(folded); country_or_body && !words.empty()) {
      uint32_t first = vocab.Intern(words[0]);
      if (first >= country_or_body_first_.size()) country_or_body_first_.resize(first + 1, 0);
      country_or_body_first_[first] = 1;
    }
  }
  for (size_t i = 0; i < kb.titles().size(); ++i) {
    const auto& t = kb.titles()[i];
    {
      auto words = FoldWords(t.text);
      title_ends_with_prep.push_back(!words.empty() && (words.back() == "of" ||
                                                        words.back() == "for" ||
                                                        words.back() == "to"));
    }
    (t.lang == "vi" ? titles_vi : titles_en).Add(Fold(t.text), static_cast<int>(i));
    AddWords(known_words, t.text);
  }
  for (size_t i = 0; i < kb.bodies().size(); ++i) {
    const auto& b = kb.bodies()[i];
    bodies_by_id[b.id].push_back(static_cast<int>(i));
    for (const auto& p : b.portfolios) {
      portfolios.Add(Fold(p), static_cast<int>(i));
      AddWords(known_words, p);
    }
    std::vector<std::string> all = {b.en, b.vi, b.fr};
    all.insert(all.end(), b.aliases.begin(), b.aliases.end());
    for (const auto& name : all) {
      std::string stripped = StripBodyHead(Fold(name));
      if (!stripped.empty()) portfolios.Add(stripped, static_cast<int>(i));
    }
    IndexYear(max_year, b.from);
    IndexYear(max_year, b.to);
  }
  for (const auto& p : kb.positions()) {
    IndexYear(max_year, p.from);
    IndexYear(max_year, p.to);
  }
  for (const auto& s : kb.vi_surnames()) vi_surnames.insert(Fold(s));
  for (size_t i = 0; i < kb.cities().size(); ++i) {
    const auto& c = kb.cities()[i];
    std::vector<std::string> all = {c.en, c.vi, c.fr};
    all.insert(all.end(), c.aliases.begin(), c.aliases.end());
    for (const auto& n : all)
      if (!n.empty()) city_written[text::Lower(n)].push_back(static_cast<int>(i));
  }
  for (size_t i = 0; i < kb.countries().size(); ++i) {
    const auto& c = kb.countries()[i];
    country_vi_lower.push_back(text::Lower(c.vi));
    country_demonyms_lower.emplace_back();
    for (const auto& d : c.demonyms) country_demonyms_lower.back().push_back(text::Lower(d));
    std::vector<std::string> all = {c.en, c.vi, c.fr};
    all.insert(all.end(), c.aliases.begin(), c.aliases.end());
    all.insert(all.end(), c.demonyms.begin(), c.demonyms.end());
    for (const auto& n : all) {
      if (n.empty()) continue;
      auto& v = country_written[text::Lower(n)];
      if (std::find(v.begin(), v.end(), static_cast<int>(i)) == v.end())
        v.push_back(static_cast<int>(i));
    }
  }
  const auto& trig = grammar.triggers;
  for (size_t i = 0; i < trig.size(); ++i)
    (trig[i].lang == "vi" ? triggers_vi : triggers_en).Add(trig[i].phrase, static_cast<int>(i));
  const auto& heads = grammar.agreement_heads;
  for (size_t i = 0; i < heads.size(); ++i)
    (heads[i].lang == "vi" ? heads_vi : heads_en).Add(heads[i].phrase, static_cast<int>(i));
  const auto& pairs = grammar.pair_phrases;
  for (size_t i = 0; i < pairs.size(); ++i)
    (pairs[i].lang == "vi" ? pairs_vi : pairs_en).Add(pairs[i].phrase, static_cast<int>(i));
  const auto& block = grammar.blocking_words;
  for (size_t i = 0; i < block.size(); ++i) blocking.Add(block[i], static_cast<int>(i));
  for (size_t i = 0; i < kb.instruments().size(); ++i) {
    const kb::Instrument& in = kb.instruments()[i];
    auto add = [&](const std::string& name, bool abbrev) {
      std::string folded;
      for (const auto& w : FoldWords(name)) folded += (folded.empty() ? "" : " ") + std::string(w);
      instruments.Add(folded, static_cast<int>(2 * i + (abbrev ? 1 : 0)));
      AddWords(known_words, folded);
    };
    for (const std::string* n : {&in.en, &in.vi, &in.fr})
      if (!n->empty()) add(*n, false);
    for (const auto& a : in.aliases) add(a, false);
    for (const auto& a : in.abbrevs) add(a, true);
  }
  const auto& geo = grammar.geographic_features;
  for (size_t i = 0; i < geo.size(); ++i) geographic.Add(geo[i], static_cast<int>(i));
  const auto& fresh = grammar.new_in_office;
  for (size_t i = 0; i < fresh.size(); ++i) new_in_office.Add(fresh[i], static_cast<int>(i));
  for (size_t i = 0; i < grammar.late.size(); ++i) late.Add(grammar.late[i], static_cast<int>(i));
  for (size_t i = 0; i < grammar.condolence.size(); ++i)
    condolence.Add(grammar.condolence[i], static_cast<int>(i));
  const auto& fresh_after = grammar.new_in_office_after;
  for (size_t i = 0; i < fresh_after.size(); ++i)
    new_in_office_after.Add(fresh_after[i], static_cast<int>(i));
  // The grammar's own words, so that "letterof" and "officialvisit" can be split.
  for (const auto& tr : grammar.triggers) AddWords(known_words, std::string(tr.phrase));
  for (const auto& h : grammar.agreement_heads) AddWords(known_words, std::string(h.phrase));
  for (const auto& p : grammar.pair_phrases) AddWords(known_words, std::string(p.phrase));
}

std::vector<const kb::Person*> Lexicon::FindPeopleFuzzy(const std::string& name) const {
  {
    std::lock_guard<std::mutex> lock(people_mu_);
    if (auto it = people_cache_.find(name); it != people_cache_.end()) return it->second;
  }
  auto people = kb.FindPeople(name, /*allow_fuzzy=*/true);
  std::lock_guard<std::mutex> lock(people_mu_);
  if (people_cache_.size() >= (1u << 16)) people_cache_.clear();
  people_cache_.emplace(name, people);
  return people;
}

bool Lexicon::Known(const void* self, std::string_view folded) {
  const auto* lex = static_cast<const Lexicon*>(self);
  return lex->known_words.count(std::string(folded)) > 0;
}

}  // namespace bilat::lex
