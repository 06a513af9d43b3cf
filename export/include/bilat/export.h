// bilat/export.h — writers for the merged graph: GraphML (Gephi, Gephi Lite, networkx, igraph,
// yEd), GEXF 1.3 with time intervals (Gephi's Timeline), JSON with provenance, and the cooperation
// timeline (TimelineJS 3 JSON, Markdown, a self-contained offline HTML page).
// Writers take a std::ostream and never touch files; WriteOutputs() writes a folder atomically.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "bilat/common.h"
#include "bilat/graph.h"

namespace bilat {

// Colours by node kind (#rrggbb), shared by GraphML and GEXF.
std::string KindColor(const std::string& kind);

// XML 1.0 text: NFC, characters illegal in XML 1.0 removed, &<>"' escaped.
std::string XmlEscape(std::string_view text);

void WriteGraphml(const Graph& graph, std::ostream& out);
void WriteGexf(const Graph& graph, std::ostream& out);
void WriteGraphJson(const Graph& graph, std::ostream& out);

// One event of the timeline: the facts of one occasion (same date, same participants).
struct TimelineEvent {
  DateRange date;
  bool year_known = true;
  std::string headline, text, group, place, id;
  std::vector<std::string> sources;
};
struct Timeline {
  std::string title;
  std::vector<TimelineEvent> events;    // dated events, chronological
  std::vector<TimelineEvent> undated;   // undated or year unknown: shown apart
};

struct TimelineOptions {
  // Two country ids: keep only events between these two countries (their ministries and
  // officials included). Empty: every event.
  std::vector<std::string> pair;
};

Timeline BuildTimeline(const Graph& graph, const TimelineOptions& options);
void WriteTimelineJson(const Timeline& timeline, std::ostream& out);
void WriteTimelineMarkdown(const Timeline& timeline, std::ostream& out);
void WriteTimelineHtml(const Timeline& timeline, std::ostream& out);

// Writes graph.graphml, graph.gexf, graph.json, timeline.json, timeline.md and timeline.html into
// `outdir` (created if missing). Each file is written to a temporary file in outdir and renamed,
// so a crash never leaves a half-written file.
Status WriteOutputs(const Graph& graph, const std::string& outdir,
                    const TimelineOptions& timeline_options);

// Writes `content` to `path` atomically (temporary file in the same folder, then rename).
Status WriteFileAtomic(const std::string& path, const std::string& content);

}  // namespace bilat
