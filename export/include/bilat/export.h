// bilat/export.h — writers for the merged graph: GraphML (Gephi, Gephi Lite, networkx, igraph,
// yEd), GEXF 1.3 with time intervals (Gephi's Timeline), JSON with provenance, and the cooperation
// timeline (TimelineJS 3 JSON, Markdown, a self-contained offline HTML page).
// Writers take a std::ostream and never touch files; WriteOutputs() writes a folder atomically.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bilat/common.h"
#include "bilat/graph.h"
#include "bilat/kb.h"

namespace bilat {

// Colours by node kind (#rrggbb, lower case), shared by GraphML and GEXF: person, ministry,
// country, agreement, organization, city and event have their own; any other kind is grey.
std::string KindColor(const std::string& kind);

// XML 1.0 text: NFC, characters illegal in XML 1.0 removed (C0 controls but tab, newline and CR;
// C1 controls; U+FFFE/U+FFFF; invalid UTF-8 and encoded surrogates), &<>"' escaped, CR as &#13;.
std::string XmlEscape(std::string_view text);

// The writers print `graph` to `out` and never fail on content (any text is cleaned as by
// XmlEscape); stream errors are the caller's to check. Output is deterministic: the same graph
// gives the same bytes.
//
// GraphML (SPEC "GraphML keys"): nodes "n<vertex>", edges "e<index>" in the graph's order. Node
// keys label, kind, entity (NodeProps::id), country, color, size, degree, aliases, sources, then
// every NodeProps::attrs key (renamed to [A-Za-z0-9_] and away from fixed keys: "label" becomes
// "attr_label"). Edge keys label, kind, date, start, end, weight, role, place, date_source,
// sources, evidence, provenance. No boolean key: Boost's read_graphml cannot read true/false.
void WriteGraphml(const Graph& graph, std::ostream& out);
// GEXF 1.3, dynamic, with the same columns; edge label, kind, weight and [start, end) days are
// XML attributes of <edge>, colour and size are viz elements; edges also carry `uncertain`.
void WriteGexf(const Graph& graph, std::ostream& out);
// nodes.csv and edges.csv (RFC 4180, UTF-8, CRLF) for spreadsheets and Gephi's Data
// Laboratory: nodes are Id, Label, then the GraphML node columns; edges are Source, Target,
// Type ("Directed"), Kind, Start, End, Timeset (Gephi's "<[start, end]>"), Weight, Id, then the
// other edge columns. Ids are the GraphML's.
void WriteNodesCsv(const Graph& graph, std::ostream& out);
void WriteEdgesCsv(const Graph& graph, std::ostream& out);
// graph.json: nodes, edges (source/target are node ids) with every provenance, documents.
void WriteGraphJson(const Graph& graph, std::ostream& out);

// The words of the timeline in one language: resources/timeline/templates.tsv (headlines,
// sentence templates, labels, month names; docs/timeline.md) and resources/timeline/posts.tsv (how
// a post is written in that language). Keys the language lacks come from English.
class TimelineLanguage {
 public:
  // How a post is written (posts.tsv): pattern with {body} and {country}; `drop` is a prefix a
  // body name must start with and loses in {body}; country and gender empty = any.
  struct Post {
    std::string role, country, gender, pattern, drop;
  };

  // English from built-in copies of the `en` rows of templates.tsv and posts.tsv (no file read):
  // what the timeline uses when no language is given.
  static std::shared_ptr<const TimelineLanguage> English();
  // Reads `resource_dir`/timeline/templates.tsv and posts.tsv for `lang` ("en", "vi", "fr", or any
  // language the files have). Errors name file:line; an unknown language is InvalidArgument naming
  // the languages the file has.
  static Result<std::shared_ptr<const TimelineLanguage>> Load(const std::string& resource_dir,
                                                              const std::string& lang);
  // The same from the files' contents (`where` names them in errors).
  static Result<std::shared_ptr<const TimelineLanguage>> Parse(std::string_view templates,
                                                               std::string_view posts,
                                                               const std::string& lang,
                                                               const std::string& where = "");

  const std::string& lang() const { return lang_; }
  // The text of `key` ("" when neither this language nor English has it).
  std::string Word(const std::string& key) const;
  bool Has(const std::string& key) const { return words_.count(key) > 0; }
  // Word(key) with {name} placeholders replaced by `values` (unknown placeholders are kept).
  std::string Fill(const std::string& key, const std::map<std::string, std::string>& values) const;
  const std::vector<Post>& posts() const { return posts_; }
  // posts.tsv's English rows: what a post falls back to when no row of the language fits.
  const std::vector<Post>& english_posts() const { return english_posts_; }

 private:
  std::string lang_;
  std::map<std::string, std::string> words_;
  std::vector<Post> posts_, english_posts_;
};

// A sentence of an article that states a fact of an event, and the document it is from.
struct Quote {
  std::string doc, text;
};

// One event of the timeline: the facts of one occasion (same date, connected participants).
struct TimelineEvent {
  DateRange date;          // the occasion's date; uncertain only when every fact's date is
  bool year_known = true;  // false: in Timeline::undated
  std::string headline;    // plain text: "A meets B; signing of X", "A visits France"
  std::string text;        // plain text: who (country, post on the day) did what
  std::string group;       // meeting | agreement | visit, or the countries ("France–Vietnam")
  std::string place;       // places stated, ", "-joined
  std::string id;          // "ev-2024-10-04-1", "ev-xxxx-05-06-1", "ev-undated-1"
  std::vector<std::string> sources;  // document ids, sorted
  std::vector<Quote> evidence;       // the sentences that state it (at most kMaxQuotes)
  static constexpr size_t kMaxQuotes = 3;
};
struct Timeline {
  std::string title;
  std::vector<TimelineEvent> events;   // dated events, chronological
  std::vector<TimelineEvent> undated;  // undated or year unknown: shown apart
  // The language it is written in (labels, dates); null = English.
  std::shared_ptr<const TimelineLanguage> language;
};

struct TimelineOptions {
  // Two country ids: keep only events between these two countries (their ministries and
  // officials included). Empty: every event. Country labels work too ("Vietnam"). [empty]
  std::vector<std::string> pair;
  // The language of headlines, sentences, posts and labels. [null: English]
  std::shared_ptr<const TimelineLanguage> language;
  // The knowledge base: the posts people held on the day (positions with tenures) and names of
  // countries, bodies and instruments in the language. Without it, posts come from the graph's
  // holds_position edges as written. [null] REQUIRES: outlives the BuildTimeline call.
  const kb::KnowledgeBase* kb = nullptr;
};

// Groups the dated met/signed/visited/party_to edges (and undated met/signed/visited) of one
// date that are connected through people, bodies or agreements (not through country nodes) into
// events. With a pair, keeps the events whose participants stand for both countries (an
// agreement stands for the countries of its parties and signatories).
Timeline BuildTimeline(const Graph& graph, const TimelineOptions& options);
// TimelineJS 3 JSON of the dated events (texts HTML-escaped; place, sources and the evidence
// sentences in the text).
void WriteTimelineJson(const Timeline& timeline, std::ostream& out);
// Markdown: events under year headings, then the events without a known year.
void WriteTimelineMarkdown(const Timeline& timeline, std::ostream& out);
// One self-contained HTML page (inline CSS, no script, nothing fetched).
void WriteTimelineHtml(const Timeline& timeline, std::ostream& out);

// Writes graph.graphml, graph.gexf, graph.json, nodes.csv, edges.csv, timeline.json, timeline.md
// and timeline.html into `outdir` (created if missing). Each file is written to a temporary file
// in outdir and renamed, so a crash never leaves a half-written file. Writers of one folder take
// turns: the function holds an advisory lock (flock) on `outdir`/.bilat.lock while it writes,
// waiting for another holder to finish, so the folder never mixes the files of two runs written
// at once; under the lock it first removes the temporaries of these files that a killed writer
// left. Returns the first IOError; files written before it stay.
// `extra_files` (name, content) are written the same way under the same lock (build's
// facts.jsonl), so that they never come from another run than the outputs beside them;
// `streamed_files` (name, writer) too, for contents too large to hold in memory.
// `threads` files are written at once (the calling thread and threads - 1 more; the writers only
// read `graph`, and a streamed writer must be callable from another thread); the files are the
// same bytes whatever the number.
Status WriteOutputs(
    const Graph& graph, const std::string& outdir, const TimelineOptions& timeline_options,
    const std::vector<std::pair<std::string, std::string>>& extra_files = {},
    const std::vector<std::pair<std::string, std::function<void(std::ostream&)>>>&
        streamed_files = {},
    int threads = 1);

// Writes `content` to `path` atomically: a temporary ".<name>.tmp.<pid>.<n>" in the same folder,
// written, fsynced, closed, then renamed over `path`. On failure the temporary is removed, `path`
// is untouched and the Status is IOError naming the path and the system's reason. Temporaries of
// `path` left by processes no longer running (killed writers) are removed first.
Status WriteFileAtomic(const std::string& path, const std::string& content);
// The same for content too large to hold in memory: `write` streams it into the temporary file.
Status WriteStreamAtomic(const std::string& path, const std::function<void(std::ostream&)>& write);

}  // namespace bilat
