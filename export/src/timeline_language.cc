// TimelineLanguage: the words of the timeline in one language, from
// resources/timeline/templates.tsv and posts.tsv (docs/timeline.md). English is also built in, so
// that the library writes a timeline without any file.

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "export_internal.h"

namespace bilat {

namespace {

// The `en` rows of resources/timeline/templates.tsv (a test checks that the two agree).
constexpr const char* kEnglish = R"tsv(lang	key	text
en	title.all	Cooperation timeline
en	title.pair	{pair} cooperation timeline
en	headline.meets	{a} meets {b}
en	headline.meeting_of	Meeting of {list}
en	headline.signing	signing of {list}
en	headline.signing_alone	Signing of {list}
en	headline.join	; 
en	headline.visits	{a} visits {b}
en	headline.visits.many	{a} visit {b}
en	text.met	{a} met {b}.
en	text.signed	{a} signed {b}.
en	text.was_signed	{a} was signed.
en	text.parties	Parties: {list}.
en	text.parties_to	Parties to {a}: {list}.
en	text.visited	{a} visited {b}.
en	mention	{a} ({list})
en	list.and	 and 
en	list.comma	, 
en	list.others	{n} others
en	posts.join	 and 
en	post.in_body	{post}, {body}
en	group.meeting	meeting
en	group.agreement	agreement
en	group.visit	visit
en	label.group	Group
en	label.place	Place
en	label.sources	Sources
en	label.evidence	Evidence
en	label.sep	: 
en	summary.dated	{n} dated events
en	summary.dated.one	{n} dated event
en	summary.more	{n} more without a known year
en	summary.undated	{n} without a known year
en	heading.unknown	Year unknown
en	note.unknown	These events carry a day or month but no year that could be established, or no date at all.
en	note.unknown_short	shown apart: no year could be established
en	date.undated	Undated
en	note.empty	No dated events.
en	note.footer	Written by bilat from news articles; every event lists the documents it comes from and the sentences that state it.
en	date.dm	{day} {month}
en	date.with_year	{date} {year}
en	date.year	{year}
en	month.1	January
en	month.2	February
en	month.3	March
en	month.4	April
en	month.5	May
en	month.6	June
en	month.7	July
en	month.8	August
en	month.9	September
en	month.10	October
en	month.11	November
en	month.12	December
)tsv";

// The `en` rows of resources/timeline/posts.tsv.
constexpr const char* kEnglishPosts = R"tsv(lang	role	country	gender	pattern	drop
en	general_secretary	vietnam		General Secretary of the Communist Party of Vietnam	
en	general_secretary			General Secretary	
en	president	vietnam		State President	
en	president			President	
en	vice_president	vietnam		Vice State President	
en	vice_president			Vice President	
en	prime_minister			Prime Minister	
en	chancellor			Chancellor	
en	deputy_prime_minister			Deputy Prime Minister	
en	chair_legislature			Chair, {body}	
en	minister			Minister, {body}	
en	minister_delegate			Minister Delegate, {body}	
en	minister_of_state			Minister of State, {body}	
en	secretary_of_state			Secretary of State, {body}	
en	deputy_minister			Deputy Minister, {body}	
en	director			Head, {body}	
en	ambassador			Ambassador, {body}	
en	party_official			Official, {body}	
)tsv";

struct Table {
  std::vector<std::string> header;
  std::vector<std::pair<int, std::vector<std::string>>> rows;  // line number, fields
};

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> out;
  size_t at = 0;
  while (true) {
    size_t tab = line.find('\t', at);
    out.emplace_back(line.substr(at, tab == std::string_view::npos ? tab : tab - at));
    if (tab == std::string_view::npos) return out;
    at = tab + 1;
  }
}

// Comment lines (#) and blank lines are skipped; the first other line is the header, whose
// columns must be `columns` (in any order). Fields keep their spaces (separators such as " and ").
Status ReadTable(std::string_view text, const std::string& where,
                 const std::vector<std::string>& columns, Table* out) {
  std::istringstream in{std::string(text)};
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::vector<std::string> fields = SplitTabs(line);
    std::string at = where + ":" + std::to_string(n) + ": ";
    if (out->header.empty()) {
      out->header = fields;
      for (const std::string& c : fields) {
        if (std::find(columns.begin(), columns.end(), c) == columns.end())
          return Status::InvalidArgument(at + "unknown column '" + c + "'");
      }
      for (const std::string& c : columns) {
        if (std::find(fields.begin(), fields.end(), c) == fields.end())
          return Status::InvalidArgument(at + "missing column '" + c + "'");
      }
      continue;
    }
    if (fields.size() != out->header.size())
      return Status::InvalidArgument(at + std::to_string(fields.size()) +
                                     " fields, the header has " +
                                     std::to_string(out->header.size()));
    std::vector<std::string> ordered;  // in the order of `columns`
    for (const std::string& c : columns) {
      size_t i = std::find(out->header.begin(), out->header.end(), c) - out->header.begin();
      ordered.push_back(fields[i]);
    }
    out->rows.push_back({n, std::move(ordered)});
  }
  if (out->header.empty()) return Status::InvalidArgument(where + ": no header line");
  return Status::OK();
}

Status ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open");
  std::ostringstream s;
  s << in.rdbuf();
  *out = s.str();
  return Status::OK();
}

}  // namespace

std::shared_ptr<const TimelineLanguage> TimelineLanguage::English() {
  static const std::shared_ptr<const TimelineLanguage> kEn = [] {
    auto parsed = Parse(kEnglish, kEnglishPosts, "en", "built-in");
    return parsed.ok() ? parsed.value() : std::make_shared<const TimelineLanguage>();
  }();
  return kEn;
}

Result<std::shared_ptr<const TimelineLanguage>> TimelineLanguage::Parse(std::string_view templates,
                                                                        std::string_view posts,
                                                                        const std::string& lang,
                                                                        const std::string& where) {
  std::string in = where.empty() ? "" : where + "/";
  Table words, post_rows;
  if (Status s = ReadTable(templates, in + "templates.tsv", {"lang", "key", "text"}, &words);
      !s.ok())
    return s;
  if (Status s = ReadTable(posts, in + "posts.tsv",
                           {"lang", "role", "country", "gender", "pattern", "drop"}, &post_rows);
      !s.ok())
    return s;
  auto out = std::make_shared<TimelineLanguage>();
  out->lang_ = lang;
  std::set<std::string> languages;
  std::map<std::string, std::string> english;
  for (const auto& [line, f] : words.rows) {
    if (f[0].empty() || f[1].empty())
      return Status::InvalidArgument(in + "templates.tsv:" + std::to_string(line) +
                                     ": lang and key are required");
    languages.insert(f[0]);
    if (f[0] == lang) out->words_[f[1]] = f[2];
    if (f[0] == "en") english.emplace(f[1], f[2]);
  }
  if (!languages.count(lang)) {
    std::vector<std::string> known(languages.begin(), languages.end());
    return Status::InvalidArgument("unknown language '" + lang + "' (" + in + "templates.tsv has " +
                                   export_internal::Join(known, ", ") + ")");
  }
  // Keys the language lacks come from English, but not an English variant (".many", ".one") of
  // a key the language has: its own plain form is better than another language's variant.
  for (const auto& [key, text] : english) {
    if (out->words_.count(key)) continue;
    size_t dot = key.rfind('.');
    std::string variant = dot == std::string::npos ? "" : key.substr(dot);
    if ((variant == ".many" || variant == ".one") && lang != "en" &&
        out->words_.count(key.substr(0, dot)))
      continue;
    out->words_.emplace(key, text);
  }
  for (const auto& [line, f] : post_rows.rows) {
    if (f[1].empty() || f[4].empty())
      return Status::InvalidArgument(in + "posts.tsv:" + std::to_string(line) +
                                     ": role and pattern are required");
    if (!f[3].empty() && f[3] != "m" && f[3] != "f")
      return Status::InvalidArgument(in + "posts.tsv:" + std::to_string(line) +
                                     ": gender is m, f or empty, not '" + f[3] + "'");
    if (f[0] == lang) out->posts_.push_back({f[1], f[2], f[3], f[4], f[5]});
    if (f[0] == "en") out->english_posts_.push_back({f[1], f[2], f[3], f[4], f[5]});
  }
  return std::shared_ptr<const TimelineLanguage>(std::move(out));
}

Result<std::shared_ptr<const TimelineLanguage>> TimelineLanguage::Load(
    const std::string& resource_dir, const std::string& lang) {
  std::string dir = resource_dir + "/timeline";
  std::string templates, posts;
  if (Status s = ReadFile(dir + "/templates.tsv", &templates); !s.ok()) return s;
  if (Status s = ReadFile(dir + "/posts.tsv", &posts); !s.ok()) return s;
  return Parse(templates, posts, lang, dir);
}

std::string TimelineLanguage::Word(const std::string& key) const {
  auto it = words_.find(key);
  return it == words_.end() ? "" : it->second;
}

std::string TimelineLanguage::Fill(const std::string& key,
                                   const std::map<std::string, std::string>& values) const {
  return export_internal::FillPlaceholders(Word(key), values);
}

namespace export_internal {

std::string CountText(const TimelineLanguage& language, const std::string& key, size_t n) {
  std::string k = n == 1 && language.Has(key + ".one") ? key + ".one" : key;
  return language.Fill(k, {{"n", std::to_string(n)}});
}

}  // namespace export_internal

}  // namespace bilat
