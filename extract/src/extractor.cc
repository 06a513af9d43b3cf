// The extractor: sentences -> mentions -> relations -> dated facts, for English and Vietnamese.
//
// Per sentence: tokens and date expressions; then mentions, most specific first (titled people,
// knowledge-base names, Vietnamese full names, short references, ministry names, agreements,
// "the two ministers"-style references); then relation triggers of the grammar (resources/grammar,
// compiled by grammar_internal.h), each
// linking the mention groups around it. Per document: facts without a date of their own take the
// story's main event date; dates without a year get one from the metadata, from an explicit
// mention of the same day, or a list of candidate years from the office tenures of the people
// involved (the merge step settles those across articles).
//
// This file holds the driver (per sentence, then per document) and the public Extractor; the parts
// are in entities.cc, people.cc, names.cc, bodies.cc, agreements.cc, relations.cc and
// document_dates.cc,
// sharing doc_extractor_internal.h.
#include "bilat/extract.h"

#include "doc_extractor_internal.h"

namespace bilat {

std::string_view DateSourceName(DateSource s) {
  switch (s) {
    case DateSource::kNone:
      return "";
    case DateSource::kText:
      return "text";
    case DateSource::kMetadata:
      return "metadata";
    case DateSource::kDateline:
      return "dateline";
    case DateSource::kExplicitYear:
      return "explicit-year";
    case DateSource::kCrossArticle:
      return "cross-article";
    case DateSource::kTenure:
      return "tenure";
    case DateSource::kStoryEvent:
      return "story-event";
    case DateSource::kKnowledgeBase:
      return "kb";
  }
  return "";
}

namespace ex {

// ============================================================================== driver

// BILAT_DEBUG=1 prints each sentence with its mentions and dates to stderr (development aid).
void DocExtractor::Trace(const SentenceState& s) const {
  static const char* kTypes[] = {"PER",    "CTRY",   "BODY",   "AGR",
                                 "PAIR-P", "PAIR-B", "PAIR-C", "CITY"};
  std::string line = "[" + doc_.id + " #" + std::to_string(s.index) + " " +
                     std::string(ZoneName(s.zone)) + "] " +
                     std::string(doc_.SentenceText(s.index)) + "\n";
  if (std::string(std::getenv("BILAT_DEBUG")) == "2") {
    line += "    TOKENS";
    for (const auto& tk : s.tokens) line += " [" + tk.text + "]";
    line += "\n";
  }
  for (const Item& it : s.items) {
    line += "    " + std::string(kTypes[static_cast<int>(it.type)]) + " '" +
            Join(s.tokens, it.tb, it.te) + "' ->";
    for (int e : it.ents) line += " " + ents_[e].e.key;
    line += "\n";
  }
  for (const auto& d : s.dates)
    line += "    DATE '" + Join(s.tokens, d.tb, d.te) + "' = " + d.value.ToEdtf() + " kind " +
            std::to_string(static_cast<int>(d.kind)) + "\n";
  for (const auto& f : facts_)
    if (f.sentence == s.index)
      line += "    FACT " + f.fact.kind + " " + ents_[f.source].e.label + " -> " +
              ents_[f.target].e.label + (f.fact.role.empty() ? "" : " (" + f.fact.role + ")") +
              "\n";
  std::fputs(line.c_str(), stderr);
}

DocumentFacts DocExtractor::Run() {
  DocumentFacts out;
  out.doc = doc_.id;
  out.origin = doc_.origin;
  out.lang = doc_.lang;
  out.published = doc_.published;
  sentences_.reserve(doc_.sentences.size());
  facts_.reserve(32);  // (a fact is large: growing from one moves them five times)
  for (size_t si = 0; si < doc_.sentences.size(); ++si) {
    const Sentence& sent = doc_.sentences[si];
    SentenceState s;
    s.index = static_cast<int>(si);
    s.zone = sent.zone;
    sentences_.push_back(std::move(s));
    SentenceState& st = sentences_.back();
    if (sent.zone == Zone::kBoilerplate) continue;
    if (sent.zone == Zone::kRelated && !options_.related_blocks) continue;
    if (sent.zone == Zone::kCaption && !options_.captions) continue;
    st.tokens = text::Tokenize(doc_.text, sent.begin, sent.end, &lex::Lexicon::Known, &lex_,
                               lex_.vocab);
    st.covered.assign(st.tokens.size(), false);
    st.dates = grammar_.Find(st.tokens, doc_.lang);
    for (const auto& d : st.dates)
      for (int k = d.tb; k < d.te; ++k) st.covered[k] = true;
    if (!early_reference_.has_year() && st.index <= 3) {
      if (const DateMention* d = PageDate(st)) early_reference_ = d->value.start;
    }
    ReserveGeographicFeatures(st);
    FindInstruments(st);
    ReserveAgreementHeads(st);
    FindPeopleWithTitles(st);
    FindKbNames(st);
    FindVietnameseNames(st);
    FindShortReferences(st);
    FindPronouns(st);
    FindAppositions(st);
    FindNewInOffice(st);
    FindDeaths(st);
    FindDocAbbreviations(st);
    FindMinistries(st);
    FindPairReferences(st);
    for (int k : st.reserved) st.covered[k] = false;
    FindAgreements(st);
    std::sort(st.items.begin(), st.items.end(),
              [](const Item& a, const Item& b) { return a.tb < b.tb; });
    FindRelations(st);
    // The subject of this sentence, for a pronoun opening the next one.
    for (const Item& it : st.items) {
      if (it.type == ItemType::kPerson && (sent.zone == Zone::kStory || sent.zone == Zone::kHeadline)) {
        last_subject_ = it.ents[0];
        break;
      }
    }
    if (debug_) Trace(st);
  }
  // Parties of each agreement: those named with it, and the signatories' ministries (or their
  // countries, for state-level signatories).
  for (auto& [agreement, signers] : agreement_signers_) {
    for (int p : signers) {
      for (const Role& r : ents_[p].roles) {
        if (r.target < 0) continue;
        if (r.level == kb::TitleLevel::kBody && ents_[r.target].e.kind == "ministry") {
          agreement_parties_[agreement].insert(r.target);
          break;
        }
        if (r.level == kb::TitleLevel::kState) {
          agreement_parties_[agreement].insert(r.target);
          break;
        }
      }
    }
  }
  // party_to facts. Agreements signed by people take the date of that signing (copied after
  // dating); the others are anchored to the word "signed" in their own sentence, if any, and
  // dated like every other fact.
  auto signing_of = [&](int agreement) -> const RawFact* {
    for (const auto& rf : facts_)
      if (rf.fact.kind == "signed" && rf.target == agreement) return &rf;
    return nullptr;
  };
  for (auto& [agreement, parties] : agreement_parties_) {
    if (signing_of(agreement)) continue;
    int sentence = -1, trigger = -1;
    if (auto ss = agreement_sign_sentence_.find(agreement); ss != agreement_sign_sentence_.end()) {
      sentence = ss->second.first;
      trigger = ss->second.second;
    } else {
      for (const auto& st : sentences_)
        for (const Item& it : st.items)
          if (sentence < 0 && it.type == ItemType::kAgreement && it.ents[0] == agreement)
            sentence = st.index;
      if (sentence < 0) continue;
      const auto& tk = sentences_[sentence].tokens;
      for (int k = 0; k < static_cast<int>(tk.size()) && trigger < 0; ++k)
        if (tk[k].lower == "signed" || tk[k].lower == "ký") trigger = k;
    }
    for (int p : parties) {
      RawFact f;
      f.fact.kind = "party_to";
      f.source = p;
      f.target = agreement;
      f.sentence = sentence;
      f.trigger = trigger;
      facts_.push_back(std::move(f));
    }
  }
  DateFacts();
  // Named instruments: their states parties, dated by the gazetteer's signing day.
  for (auto& [instrument, parties] : instrument_parties_) {
    int sentence = -1;
    for (const auto& st : sentences_)
      for (const Item& it : st.items)
        if (sentence < 0 && it.type == ItemType::kAgreement && it.ents[0] == instrument)
          sentence = st.index;
    const auto* in = kb_.InstrumentById(ents_[instrument].e.key.substr(11));
    for (int p : parties) {
      if (auto ap = agreement_parties_.find(instrument);
          ap != agreement_parties_.end() && ap->second.count(p))
        continue;
      RawFact f;
      f.fact.kind = "party_to";
      f.source = p;
      f.target = instrument;
      f.sentence = sentence;
      f.trigger = -1;
      if (in && !in->signed_on.empty()) {
        f.fact.date.start = in->signed_on;
        f.fact.date_source = DateSource::kKnowledgeBase;
      }
      facts_.push_back(std::move(f));
    }
  }
  for (auto& [agreement, parties] : agreement_parties_) {
    const RawFact* signing = signing_of(agreement);
    if (!signing) continue;
    RawFact sig = *signing;
    for (int p : parties) {
      RawFact f;
      f.fact.kind = "party_to";
      f.source = p;
      f.target = agreement;
      f.fact.date = sig.fact.date;
      f.fact.date_source = sig.fact.date_source;
      f.fact.candidate_years = sig.fact.candidate_years;
      f.sentence = sig.sentence;
      f.trigger = -1;
      facts_.push_back(std::move(f));
    }
    // Record the signing date on the agreement itself.
    if (!sig.fact.date.empty()) ents_[agreement].e.attrs["signed_on"] = sig.fact.date.ToEdtf();
  }
  // One article, one fact: a year- or month-only report of a fact that the article also dates
  // to the day, or a day inside the span of a visit it also reports, is the same fact.
  {
    auto refines = [](const DateRange& fine, const DateRange& coarse) {
      const PartialDate& a = fine.start;
      const PartialDate& b = coarse.start;
      if (coarse.end.empty() && (!b.day || !b.month) && a.year == b.year &&
          (!b.month || a.month == b.month) && (a.day > 0 || (!b.month && a.month)))
        return true;
      return false;  // more specific dates are different facts
    };
    auto within = [](const DateRange& span, const DateRange& day) {
      if (span.end.empty() || !day.end.empty() || !day.start.day) return false;
      auto key = [](const PartialDate& d) { return d.year * 10000 + d.month * 100 + d.day; };
      return span.start.year && span.end.year && day.start.year && key(span.start) <= key(day.start) &&
             key(day.start) <= key(span.end);
    };
    std::vector<bool> drop(facts_.size(), false);
    for (size_t a = 0; a < facts_.size(); ++a) {
      for (size_t b = 0; b < facts_.size(); ++b) {
        if (a == b || drop[b]) continue;
        const RawFact& x = facts_[a];
        const RawFact& y = facts_[b];
        if (x.fact.kind != y.fact.kind || x.source != y.source || x.target != y.target) continue;
        if (x.fact.kind != "met" && x.fact.kind != "visited" && x.fact.kind != "signed") continue;
        if (x.fact.date.empty() || y.fact.date.empty()) continue;
        if (refines(x.fact.date, y.fact.date) ||
            (x.fact.kind == "visited" && within(x.fact.date, y.fact.date)))
          drop[b] = true;
      }
    }
    std::vector<RawFact> kept;
    for (size_t a = 0; a < facts_.size(); ++a)
      if (!drop[a]) kept.push_back(std::move(facts_[a]));
    facts_ = std::move(kept);
  }
  // Output.
  std::set<std::string> used;
  for (auto& rf : facts_) {
    Fact f = rf.fact;
    f.source = ents_[rf.source].e.key;
    f.target = ents_[rf.target].e.key;
    if (rf.sentence >= 0 && rf.sentence < static_cast<int>(doc_.sentences.size())) {
      const Sentence& sent = doc_.sentences[rf.sentence];
      f.prov.doc = doc_.id;
      f.prov.sentence = rf.sentence;
      f.prov.begin = doc_.Original(sent.begin);
      f.prov.end = doc_.Original(sent.end);
      f.prov.zone = sent.zone;
      f.prov.evidence = std::string(doc_.SentenceText(rf.sentence));
    }
    used.insert(f.source);
    used.insert(f.target);
    out.facts.push_back(std::move(f));
  }
  for (auto& d : ents_) {
    // People and bodies are kept even without facts (a node with no edge is still a mention);
    // agreements only when something links to them.
    if (d.e.kind == "agreement" && !used.count(d.e.key)) continue;
    std::sort(d.e.aliases.begin(), d.e.aliases.end());
    d.e.aliases.erase(std::unique(d.e.aliases.begin(), d.e.aliases.end()), d.e.aliases.end());
    out.entities.push_back(d.e);
  }
  return out;
}

}  // namespace ex

struct Extractor::Impl {
  Impl(const kb::KnowledgeBase& kb, ExtractOptions o) : lex(kb), grammar(kb), options(o) {
    lex.vocab.SetClassifier(&Classify, this);
  }
  // The rules' cheap pre-tests, computed once per word (Token::flags).
  static uint32_t Classify(const void* ctx, const text::Token& t) {
    const auto* impl = static_cast<const Impl*>(ctx);
    static const std::string kEn = "en", kVi = "vi";
    uint32_t f = 0;
    if (impl->grammar.MayStart(t, kEn)) f |= text::kMayStartDateEn;
    if (impl->grammar.MayStart(t, kVi)) f |= text::kMayStartDateVi;
    if (impl->lex.MayStartTitled(t, false)) f |= text::kMayStartTitledEn;
    if (impl->lex.MayStartTitled(t, true)) f |= text::kMayStartTitledVi;
    return f;
  }
  lex::Lexicon lex;
  dates::DateGrammar grammar;
  ExtractOptions options;
};

Extractor::Extractor(const kb::KnowledgeBase& kb, ExtractOptions options)
    : impl_(std::make_unique<Impl>(kb, options)) {}
Extractor::~Extractor() = default;

DocumentFacts Extractor::Extract(const Document& doc) const {
  ex::DocExtractor d(impl_->lex, impl_->grammar, doc, impl_->options);
  return d.Run();
}

}  // namespace bilat
