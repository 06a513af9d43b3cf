// Document dates: each fact's date from its own clause, the story's event, the page date; years from the
// metadata, the dateline, explicit years, office tenures and the story's other dates.
#include "doc_extractor_internal.h"

namespace bilat::ex {

// ============================================================================== dates

const DateMention* DocExtractor::DateFor(const SentenceState& s, int trigger) const {
  const DateMention* best = nullptr;
  int best_dist = 1 << 30;
  for (const auto& d : s.dates) {
    if (d.kind == DateKind::kPeriod || d.kind == DateKind::kBackground) continue;
    if (BackgroundYear(s, d) || YearAhead(s, d)) continue;
    int dist = d.tb >= trigger ? d.tb - trigger : trigger - d.te + 1;
    if (d.kind == DateKind::kYear) dist += 20;  // a bare year is weak evidence
    if (dist < best_dist) {
      best = &d;
      best_dist = dist;
    }
  }
  return best;
}

// Titles from token k, with a country before, between or after them ("US Ambassador", "Đại sứ
// Hoa Kỳ", "Chủ tịch nước", "the late former President"): returns their end (k when there are
// none) and appends the titles' indices to *titles.
int DocExtractor::TitleRun(const std::vector<Token>& t, int k, std::vector<int>* titles) const {
  const int n = static_cast<int>(t.size());
  for (int guard = 0; guard < 4 && k < n; ++guard) {
    const std::vector<int>* p = nullptr;
    int te = lex_.titles(vi_).Longest(t, k, &p);
    int ce = k;
    if (te > k && p) {
      titles->insert(titles->end(), p->begin(), p->end());
      k = te;
    } else if (!CountryAt(t, k, &ce).empty() && ce > k) {
      k = ce;
    } else {
      break;
    }
  }
  return k;
}

// "the new ambassador", "newly appointed US Ambassador", "tân Đại sứ" (a grammar new_in_office
// phrase, then titles), "Đại sứ mới" (titles, then a phrase with the flag `after`): the story's
// holders of that post have just taken it up, and CandidateYears keeps the first year of their
// tenure.
void DocExtractor::FindNewInOffice(const SentenceState& s) {
  if (!InStory(s.zone)) return;
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  // Titles then an `after` phrase ("Đại sứ mới") need such a phrase somewhere in the sentence:
  // without one, the titles starting at each word need not be read.
  bool after_phrase = false;
  for (int k = 0; k < n && !after_phrase; ++k) {
    int payload = -1;
    after_phrase = lex_.new_in_office_after.Longest(t, k, &payload) > k;
  }
  for (int i = 0; i < n; ++i) {
    if (!t[i].word) continue;
    int payload = -1;
    std::vector<int> titles;
    int e = lex_.new_in_office.Longest(t, i, &payload);
    int te = e > i ? TitleRun(t, e, &titles) : i;
    if (titles.empty() && after_phrase && lex_.titles(vi_).HasFirst(t[i])) {
      te = TitleRun(t, i, &titles);
      if (te >= n || lex_.new_in_office_after.Longest(t, te, &payload) <= te) titles.clear();
    }
    if (titles.empty()) continue;
    for (int k : titles) new_roles_.insert(kb_.titles()[k].role);
    i = te - 1;
  }
}

// "cố Thủ tướng Phan Văn Khải", "the late President Tran Dai Quang": a grammar `late` phrase,
// titles and a country perhaps, then a KB person with a date of death; and condolences anywhere
// in the story. DateFacts keeps the candidate years after that death (within 60 days of it
// when the story offers condolences).
void DocExtractor::FindDeaths(const SentenceState& s) {
  if (!InStory(s.zone)) return;
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  for (int i = 0; i < n; ++i) {
    if (!t[i].word) continue;
    int payload = -1;
    if (lex_.condolence.Longest(t, i, &payload) > i) condolences_ = true;
    int e = lex_.late.Longest(t, i, &payload);
    if (e <= i) continue;
    std::vector<int> titles;
    int k = TitleRun(t, e, &titles);
    const std::vector<int>* refs = nullptr;
    int ne = k < n ? lex_.names.Longest(t, k, &refs, true) : k;
    if (ne <= k || !refs) continue;
    for (int r : *refs) {
      const kb::NameRef& ref = lex_.name_refs[r];
      if (ref.type != kb::EntityType::kPerson) continue;
      const kb::Person& who = kb_.people()[ref.index];
      late_people_.insert(who.id);  // a former post: no constraint on the story's years
      if (who.died.has_year() && who.died.Key() > latest_death_.Key()) latest_death_ = who.died;
    }
  }
}

std::vector<int> DocExtractor::CandidateYears(const Fact& f, const std::vector<int>& people,
                                              int weekday) const {
  const PartialDate& d = f.date.start;
  std::vector<int> years;
  if (!d.month) return years;
  // What the year does not change, once: per person, the posts the article gives them that the
  // KB knows, each with the tenures (from, to) that fit it.
  struct Tenure {
    PartialDate from, to;
  };
  std::vector<std::vector<std::vector<Tenure>>> known;  // person -> known role -> tenures
  for (size_t k = 0; k < people.size(); ++k) {
    const DocEntity& pe = ents_[people[k]];
    if (pe.kb_id.empty() || pe.roles.empty() || late_people_.count(pe.kb_id)) continue;
    const auto positions = kb_.PositionsOf(pe.kb_id);
    std::vector<std::vector<Tenure>> roles;
    for (const Role& r : pe.roles) {
      bool role_known = false;
      std::vector<Tenure> tenures;
      const bool just_taken_up = new_roles_.count(r.key) > 0;
      for (const auto* pos : positions) {
        bool same_role = pos->role == r.key || (!r.body_kb.empty() && pos->body == r.body_kb);
        if (!same_role) continue;
        if (!r.body_kb.empty() && !pos->body.empty() && pos->body != r.body_kb) {
          // Same role in another body (a minister moved): check the body's lineage loosely.
          const kb::Body* b = kb_.BodyById(r.body_kb);
          bool lineage =
              b && (std::count(b->predecessors.begin(), b->predecessors.end(), pos->body) ||
                    std::count(b->successors.begin(), b->successors.end(), pos->body));
          if (!lineage) continue;
        }
        role_known = true;
        PartialDate to = pos->to;
        if (just_taken_up && pos->from.year) {
          // Just taken up: within a year of the start (a year-only start: by the next year's end).
          PartialDate first_year_end = pos->from;
          first_year_end.year += 1;
          first_year_end.uncertain = false;
          if (to.empty() || first_year_end.Key() < to.Key()) to = first_year_end;
        }
        tenures.push_back({pos->from, to});
      }
      // Every post the article gives a person must have been held that day ("General
      // Secretary and State President To Lam": both at once only in 2024).
      if (role_known) roles.push_back(std::move(tenures));
    }
    if (!roles.empty()) known.push_back(std::move(roles));
  }
  if (known.empty()) return years;  // nothing the year changes: unconstrained (as below)
  bool constrained = false;
  for (int y = 1990; y <= lex_.max_year; ++y) {
    PartialDate at{y, d.month, d.day ? d.day : 1, false};
    if (at.day > DaysInMonth(y, at.month)) continue;
    if (weekday && d.day && dates::Weekday(at) != weekday) continue;  // "Thursday, March 12"
    bool ok = true;
    for (const auto& roles : known) {
      constrained = true;
      for (const auto& tenures : roles) {
        bool held = std::any_of(tenures.begin(), tenures.end(),
                                [&](const Tenure& t) { return DateWithin(at, t.from, t.to); });
        if (!held) ok = false;
      }
    }
    if (ok) years.push_back(y);
  }
  if (!constrained) return {};
  // An open tenure ("in office" at the knowledge base's last date) says nothing of the years
  // after it: prefer the years the KB still covers when there are any.
  std::vector<int> covered;
  for (int y : years)
    if (y < lex_.max_year) covered.push_back(y);
  if (!covered.empty()) return covered;
  return years;
}

void DocExtractor::DateFacts() {
  // Explicit years for a day named elsewhere in the article ("October 4, 2024" ... "October 4").
  std::map<std::pair<int, int>, int> explicit_days;
  PartialDate dateline;
  for (const auto& s : sentences_) {
    // Only the story's own sentences: a related headline's year belongs to that headline.
    if (s.zone == Zone::kRelated || s.zone == Zone::kBoilerplate) continue;
    for (const auto& d : s.dates) {
      if (d.kind != DateKind::kPoint && d.kind != DateKind::kInterval) continue;
      if (d.value.start.year && d.value.start.day) {
        explicit_days[{d.value.start.month, d.value.start.day}] = d.value.start.year;
      }
    }
    if (!dateline.has_year() && s.index <= 3)
      if (const DateMention* d = PageDate(s)) dateline = d->value.start;
  }
  PartialDate reference = doc_.published.has_year() ? doc_.published : dateline;
  DateSource reference_source =
      doc_.published.has_year() ? DateSource::kMetadata : DateSource::kDateline;

  // The story's main event date: the first dated meeting or signing of the story.
  DateRange main;
  bool main_set = false;
  std::vector<int> people_of_story;
  for (auto& rf : facts_) {
    const SentenceState& s = sentences_[rf.sentence];
    Fact& f = rf.fact;
    if (f.kind == "part_of") continue;
    const DateMention* d = rf.trigger >= 0 ? DateFor(s, rf.trigger) : nullptr;
    if (d && f.kind == "party_to" && d->kind != DateKind::kPoint) d = nullptr;
    if (d && d->kind != DateKind::kRecent && d->kind != DateKind::kRelative) {
      f.date = d->value;
      f.date_source = DateSource::kText;
      rf.weekday = d->weekday;
    } else if (d && d->kind == DateKind::kRelative && d->weekday && reference.day) {
      // "on Sunday", "chiều thứ Sáu": the nearest such weekday on or before the page date.
      int back = (dates::Weekday(reference) - d->weekday + 7) % 7;
      f.date.start = dates::AddDays(reference, -back);
      f.date_source = reference_source;
    } else if (d && d->kind == DateKind::kRelative && d->has_day_offset && reference.day) {
      f.date.start = dates::AddDays(reference, d->relative_days);  // "yesterday", "hôm qua"
      f.date_source = reference_source;
    } else if (d && d->kind == DateKind::kRelative && !d->has_day_offset && reference.has_year()) {
      f.date.start = PartialDate{reference.year + d->relative_years, 0, 0, false};
      f.date_source = reference_source;
    } else if (d && d->kind == DateKind::kRecent && reference.has_year()) {
      f.date.start = PartialDate{reference.year, reference.month, 0, false};
      f.date_source = reference_source;
    }
    bool story = InStory(s.zone);
    if (!main_set && story && !f.date.empty() && (f.kind == "met" || f.kind == "signed")) {
      main = f.date;
      main_set = true;
    }
  }
  if (!main_set) {
    for (auto& rf : facts_) {
      const SentenceState& s = sentences_[rf.sentence];
      // A visit dated to the day ("a visit from 3 to 7 October"), not a year the story recalls
      // ("the official visit to France in 2021").
      if (rf.fact.kind == "visited" && !rf.fact.date.empty() && rf.fact.date.start.day &&
          (s.zone == Zone::kStory || s.zone == Zone::kHeadline)) {
        main = rf.fact.date;
        main_set = true;
        break;
      }
    }
  }
  // No dated meeting, signing or visit: the story's first full date ("On April 09th, 2019, the
  // Signing Ceremony ... was held"), else the page date; a fact of the story is never undated.
  if (!main_set) {
    for (const auto& st : sentences_) {
      if (main_set || (st.zone != Zone::kStory && st.zone != Zone::kHeadline)) continue;
      if (PageDate(st) && st.index <= 3) continue;
      for (const auto& d : st.dates) {
        if ((d.kind == DateKind::kPoint || d.kind == DateKind::kInterval) && d.value.start.day &&
            (!d.value.start.year || d.value.start.year >= 1990)) {
          main = d.value;
          main_set = true;
          break;
        }
      }
    }
  }
  if (!main_set && reference.day) {
    main.start = reference;
    main_set = true;
  }
  for (auto& rf : facts_) {
    const SentenceState& s = sentences_[rf.sentence];
    Fact& f = rf.fact;
    bool story = InStory(s.zone);
    if (f.date.empty() && story && main_set &&
        (f.kind == "met" || f.kind == "signed" || f.kind == "visited" ||
         f.kind == "holds_position")) {
      f.date = main;
      f.date_source = DateSource::kStoryEvent;
    }
    // "recently signed" on an undated page: shortly before the page was written, which the
    // story's own event dates best (its month).
    if (f.date.empty() && main_set && rf.trigger >= 0 && s.zone != Zone::kBoilerplate &&
        (f.kind == "met" || f.kind == "signed" || f.kind == "visited")) {
      const DateMention* d = DateFor(s, rf.trigger);
      if (d && d->kind == DateKind::kRecent && main.start.month) {
        f.date = {};
        f.date.start = PartialDate{main.start.year, main.start.month, 0, false};
        f.date_source = DateSource::kStoryEvent;
      }
    }
    if (f.kind == "holds_position" && f.date.empty() && s.zone == Zone::kRelated) continue;
    // Years: metadata or dateline, then the same day with an explicit year.
    for (PartialDate* p : {&f.date.start, &f.date.end}) {
      if (p->empty() || p->year) continue;
      if (reference.has_year()) {
        p->year = dates::YearBefore(*p, reference);
        if (f.date_source == DateSource::kText) f.date_source = reference_source;
      } else if (auto it = explicit_days.find({p->month, p->day});
                 it != explicit_days.end() && p->day) {
        p->year = it->second;
        if (f.date_source == DateSource::kText) f.date_source = DateSource::kExplicitYear;
      }
    }
    if (!f.date.end.empty() && !f.date.end.year && f.date.start.year) {
      f.date.end.year = f.date.start.year + (f.date.end.month < f.date.start.month ? 1 : 0);
    }
  }
  // Candidate years from office tenures: per fact, then intersected over the story.
  std::vector<int> story_years;
  bool story_any = false;
  for (auto& rf : facts_) {
    Fact& f = rf.fact;
    if (f.date.empty() || f.date.start.year || f.kind == "part_of") continue;
    std::vector<int> people;
    for (int e : {rf.source, rf.target})
      if (ents_[e].e.kind == "person") people.push_back(e);
    for (int signer : agreement_signers_[rf.target]) people.push_back(signer);
    f.candidate_years = CandidateYears(f, people, rf.weekday);
    const SentenceState& s = sentences_[rf.sentence];
    bool story = InStory(s.zone);
    if (story && !f.candidate_years.empty() && f.date_source != DateSource::kNone) {
      if (!story_any) {
        story_years = f.candidate_years;
        story_any = true;
      } else {
        std::vector<int> both;
        std::set_intersection(story_years.begin(), story_years.end(), f.candidate_years.begin(),
                              f.candidate_years.end(), std::back_inserter(both));
        if (!both.empty()) story_years = both;
      }
    }
  }
  for (auto& rf : facts_) {
    Fact& f = rf.fact;
    const SentenceState& s = sentences_[rf.sentence];
    bool story = InStory(s.zone);
    if (f.date.empty() || f.date.start.year || f.kind == "part_of") continue;
    if (story && story_any) f.candidate_years = story_years;
    // A death the story recalls: its events come after it, and soon after it when the story
    // offers condolences. Only narrows the years the tenures allow.
    if (story && latest_death_.has_year() && !f.candidate_years.empty() && f.date.start.month) {
      long died = dates::DayNumber(latest_death_.year, latest_death_.month ? latest_death_.month : 1,
                                   latest_death_.day ? latest_death_.day : 1);
      std::vector<int> after;
      for (int y : f.candidate_years) {
        int d = f.date.start.day ? f.date.start.day : 1;
        if (d > DaysInMonth(y, f.date.start.month)) continue;
        long day = dates::DayNumber(y, f.date.start.month, d);
        if (day >= died && (!condolences_ || day - died <= 60)) after.push_back(y);
      }
      if (!after.empty()) f.candidate_years = after;
    }
  }
  // Explicit years in the story ("In 2022, ...", "April 2023"): when exactly one of them is a
  // year the tenures allow, it is the year. Years the tenures rule out ("set up in 2013") are
  // background and change nothing.
  std::set<int> story_explicit;
  int story_before = 0;  // a year the story looks forward to: its events come before it
  for (const auto& st : sentences_) {
    if (st.zone != Zone::kStory && st.zone != Zone::kHeadline) continue;
    for (const auto& d : st.dates) {
      if ((d.kind != DateKind::kYear && d.kind != DateKind::kPoint) || !d.value.start.year)
        continue;
      bool background = BackgroundYear(st, d);
      bool future = YearAhead(st, d);
      if (future) {
        story_before = story_before ? std::min(story_before, d.value.start.year)
                                    : d.value.start.year;
      } else if (!background) {
        story_explicit.insert(d.value.start.year);
      }
    }
  }
  for (auto& rf : facts_) {
    Fact& f = rf.fact;
    const SentenceState& st = sentences_[rf.sentence];
    if (f.date.empty() || f.date.start.year || f.candidate_years.empty() ||
        !InStory(st.zone))
      continue;
    std::vector<int> fit;
    for (int y : f.candidate_years)
      if (story_explicit.count(y) && (!story_before || y < story_before)) fit.push_back(y);
    if (fit.empty() && story_before) {
      for (int y : f.candidate_years)
        if (y < story_before) fit.push_back(y);
    }
    if (fit.size() != 1) continue;
    f.date.start.year = fit[0];
    if (!f.date.end.empty() && !f.date.end.year)
      f.date.end.year = fit[0] + (f.date.end.month < f.date.start.month ? 1 : 0);
    f.date_source = DateSource::kExplicitYear;
  }
  // No office-holder the KB knows constrains the year ("Ngày 15/3, Bộ Tài chính và AFD đã ký
  // ...; trước đó, ngày 29/12/2023, ..."): the year that puts the day nearest to a full date the
  // story writes out, within half a year; inferred, so marked uncertain.
  std::vector<PartialDate> story_days;
  for (const auto& st : sentences_) {
    if (st.zone != Zone::kStory && st.zone != Zone::kHeadline) continue;
    for (const auto& d : st.dates)
      if ((d.kind == DateKind::kPoint || d.kind == DateKind::kInterval) && d.value.start.year &&
          d.value.start.day)
        story_days.push_back(d.value.start);
  }
  for (auto& rf : facts_) {
    Fact& f = rf.fact;
    const SentenceState& st = sentences_[rf.sentence];
    if (f.date.empty() || f.date.start.year || !f.candidate_years.empty() || !f.date.start.month ||
        !InStory(st.zone))
      continue;
    int best_year = 0;
    long best_gap = 183;
    for (const PartialDate& e : story_days) {
      for (int y = e.year - 1; y <= e.year + 1; ++y) {
        int d = f.date.start.day ? f.date.start.day : 15;
        if (d > DaysInMonth(y, f.date.start.month)) continue;
        long gap = std::labs(dates::DayNumber(y, f.date.start.month, d) -
                             dates::DayNumber(e.year, e.month, e.day));
        if (gap < best_gap) {
          best_gap = gap;
          best_year = y;
        }
      }
    }
    if (!best_year) continue;
    f.date.start.year = best_year;
    f.date.start.uncertain = true;
    if (!f.date.end.empty() && !f.date.end.year) {
      f.date.end.year = best_year + (f.date.end.month < f.date.start.month ? 1 : 0);
      f.date.end.uncertain = true;
    }
    f.date_source = DateSource::kExplicitYear;
  }
}

// A page or update date near the top ("Monday, November 20,2023", "Thứ tư, 18/11/2009 17:08",
// "(Ngày đăng tin: 20/12/2023,12:16:37)", "Update: 14/07/2016", "May 05, 2024 - 15:46"): a line
// that is a full date with its year and otherwise only weekdays, times and page labels.
const DateMention* DocExtractor::PageDate(const SentenceState& s) const {
  static const std::vector<std::string_view> kLabels = {
      "ngày", "đăng", "tin",   "cập",     "nhật",     "update",   "updated", "posted",
      "published", "date", "modify", "modified", "thứ", "chủ",   "gmt",     "am",
      "pm",   "sa",   "ch",    "lúc",     "at",       "last",     "on",      "time"};
  for (const auto& d : s.dates) {
    if ((d.kind != DateKind::kPoint && d.kind != DateKind::kInterval) || !d.value.start.year ||
        !d.value.start.day)
      continue;
    int words = 0, other = 0;
    for (int k = 0; k < static_cast<int>(s.tokens.size()); ++k) {
      const Token& tk = s.tokens[k];
      if (!tk.word) continue;
      ++words;
      if (k >= d.tb && k < d.te) continue;
      if (tk.digit || In(tk.lower, kLabels) || grammar_.IsWeekdayWord(tk, doc_.lang)) continue;
      ++other;
    }
    if (other <= 1 || d.te - d.tb >= words / 2) return &d;
  }
  return nullptr;
}

// "towards the 50th anniversary of their relations in 2023", "established in 1992", "by 2030",
// "từ năm 1993": a year of the story's background, not of its events.
bool DocExtractor::BackgroundYear(const SentenceState& st, const DateMention& d) const {
  if (d.kind != DateKind::kYear && !(d.kind == DateKind::kPoint && !d.value.start.day))
    return false;
  static const std::vector<std::string_view> kCues = {
      "anniversary", "towards", "toward", "by", "until", "since", "established", "founded",
      "niệm", "hướng", "thành", "lập"};
  for (int k = std::max(0, d.tb - 8); k < d.tb; ++k)
    if (In(st.tokens[k].lower, kCues)) return true;
  return d.kind == DateKind::kYear && d.tb > 0 &&
         (st.tokens[d.tb - 1].lower == "từ" || st.tokens[d.tb - 1].lower == "đến");
}

// "towards the 50th anniversary of their diplomatic relations in 2023", "ahead of the 2025
// summit", "hướng tới ... năm 2023": the story happens before that year.
bool DocExtractor::YearAhead(const SentenceState& st, const DateMention& d) const {
  if (d.kind != DateKind::kYear) return false;
  static const std::vector<std::string_view> kAhead = {"towards", "toward", "ahead",
                                                       "upcoming", "hướng", "sắp"};
  for (int k = std::max(0, d.tb - 12); k < d.tb; ++k)
    if (In(st.tokens[k].lower, kAhead)) return true;
  return false;
}

}  // namespace bilat::ex
