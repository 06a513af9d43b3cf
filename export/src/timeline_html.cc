// timeline.html: one self-contained page (inline CSS, no script, no external resource) that opens
// offline: a vertical chronology under year headings, events without a known year apart.

#include <algorithm>
#include <cstdint>

#include "export_internal.h"

namespace bilat {

namespace {

using export_internal::HtmlEscape;

constexpr const char* kStyle = R"css(
:root {
  --bg: #f6f5f1; --fg: #1f2430; --muted: #5f6878; --line: #d3d6dd; --card: #ffffff;
  --accent: #4e79a7; --shadow: rgba(20, 30, 50, .07);
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #15181e; --fg: #e7e9ee; --muted: #9aa3b3; --line: #363c48; --card: #1e222a;
          --accent: #7fa8d8; --shadow: rgba(0, 0, 0, .3); }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue",
        Arial, sans-serif;
}
header, main, footer { max-width: 880px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 48px; padding-bottom: 8px; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .4rem; letter-spacing: -.01em; }
.summary { color: var(--muted); margin: 0; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; margin: 14px 0 0; padding: 0;
          list-style: none; color: var(--muted); font-size: .88rem; }
.legend li::before { content: ""; display: inline-block; width: 10px; height: 10px;
                     border-radius: 50%; background: var(--dot); margin-right: 6px; }
h2 { font-size: 1.45rem; margin: 40px 0 14px; color: var(--accent); }
h2 small { font-size: .9rem; font-weight: normal; color: var(--muted); margin-left: .5rem; }
ol.timeline { list-style: none; margin: 0; padding: 0 0 0 38px; position: relative; }
ol.timeline::before { content: ""; position: absolute; left: 12px; top: 6px; bottom: 6px;
                      width: 2px; background: var(--line); }
li.event { position: relative; margin: 0 0 18px; }
li.event::before { content: ""; position: absolute; left: -32px; top: 20px; width: 14px;
                   height: 14px; border-radius: 50%; background: var(--dot, var(--accent));
                   box-shadow: 0 0 0 4px var(--bg); }
.card { background: var(--card); border: 1px solid var(--line); border-left: 4px solid
        var(--dot, var(--accent)); border-radius: 10px; padding: 14px 18px;
        box-shadow: 0 2px 6px var(--shadow); }
.when { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; }
time, .date { font-weight: 600; color: var(--muted); font-size: .86rem; letter-spacing: .03em;
              text-transform: uppercase; }
.group { font-size: .75rem; padding: 1px 9px; border-radius: 999px; color: #fff;
         background: var(--dot, var(--accent)); }
h3 { margin: .3rem 0 .45rem; font-size: 1.13rem; line-height: 1.35; }
.card p { margin: 0; }
blockquote.evidence { margin: .6rem 0 0; padding: 2px 0 2px 12px; border-left: 3px solid
                      var(--line); color: var(--muted); font-size: .92rem; }
blockquote.evidence footer { font-size: .8rem; margin-top: .2rem; }
blockquote.evidence code { font-size: .78rem; overflow-wrap: anywhere; }
.meta { color: var(--muted); font-size: .86rem; margin-top: .6rem !important; }
.meta code { font-size: .8rem; background: var(--bg); padding: 1px 5px; border-radius: 4px;
             overflow-wrap: anywhere; }
section.undated h2 { color: var(--muted); }
section.undated .card { border-style: dashed; border-left-style: solid; }
.empty { color: var(--muted); font-style: italic; }
footer { color: var(--muted); font-size: .8rem; padding-top: 24px; padding-bottom: 48px; }
@media print { body { background: #fff; } .card { box-shadow: none; break-inside: avoid; } }
)css";

// A stable colour per group (FNV-1a of its name into the node palette's hues).
std::string GroupColor(const std::string& group) {
  static const char* kPalette[] = {"#4e79a7", "#e15759", "#59a14f", "#f28e2b",
                                   "#b07aa1", "#76b7b2", "#9c755f", "#d37295"};
  if (group == "meeting") return kPalette[0];
  if (group == "agreement") return kPalette[1];
  if (group == "visit") return kPalette[2];
  uint32_t h = 2166136261u;
  for (unsigned char c : group) h = (h ^ c) * 16777619u;
  return kPalette[h % (sizeof kPalette / sizeof kPalette[0])];
}

std::string IsoDate(const PartialDate& d) {
  PartialDate plain = d;
  plain.uncertain = false;
  return plain.ToEdtf();
}

void WriteEvent(const TimelineEvent& ev, const TimelineLanguage& l, std::ostream& out) {
  std::string when =
      ev.date.empty() ? l.Word("date.undated") : export_internal::HumanDate(ev.date, l);
  out << "<li class=\"event\" id=\"" << HtmlEscape(ev.id)
      << "\" style=\"--dot: " << GroupColor(ev.group)
      << "\">\n<article class=\"card\">\n<div class=\"when\">";
  if (ev.date.start.has_year()) {
    out << "<time datetime=\"" << HtmlEscape(IsoDate(ev.date.start)) << "\">" << HtmlEscape(when)
        << "</time>";
  } else {
    out << "<span class=\"date\">" << HtmlEscape(when) << "</span>";
  }
  if (!ev.group.empty()) out << "<span class=\"group\">" << HtmlEscape(ev.group) << "</span>";
  out << "</div>\n<h3>" << HtmlEscape(ev.headline) << "</h3>\n";
  if (!ev.text.empty()) out << "<p>" << HtmlEscape(ev.text) << "</p>\n";
  // The sentences that state it, each with its document.
  for (const Quote& q : ev.evidence) {
    out << "<blockquote class=\"evidence\"><p>" << HtmlEscape(q.text) << "</p><footer><code>"
        << HtmlEscape(q.doc) << "</code></footer></blockquote>\n";
  }
  if (!ev.place.empty())
    out << "<p class=\"meta\">" << HtmlEscape(l.Word("label.place") + l.Word("label.sep"))
        << HtmlEscape(ev.place) << "</p>\n";
  if (!ev.sources.empty()) {
    out << "<p class=\"meta\">" << HtmlEscape(l.Word("label.sources") + l.Word("label.sep"));
    for (size_t i = 0; i < ev.sources.size(); ++i)
      out << (i ? ", " : "") << "<code>" << HtmlEscape(ev.sources[i]) << "</code>";
    out << "</p>\n";
  }
  out << "</article>\n</li>\n";
}

void WriteLegend(const Timeline& timeline, std::ostream& out) {
  std::vector<std::string> groups;
  for (const auto* list : {&timeline.events, &timeline.undated}) {
    for (const TimelineEvent& ev : *list) {
      if (!ev.group.empty() && std::find(groups.begin(), groups.end(), ev.group) == groups.end())
        groups.push_back(ev.group);
    }
  }
  if (groups.size() < 2) return;
  std::sort(groups.begin(), groups.end());
  out << "<ul class=\"legend\">";
  for (const std::string& g : groups)
    out << "<li style=\"--dot: " << GroupColor(g) << "\">" << HtmlEscape(g) << "</li>";
  out << "</ul>\n";
}

void WriteDated(const Timeline& timeline, const TimelineLanguage& l, std::ostream& out) {
  if (timeline.events.empty()) {
    out << "<p class=\"empty\">" << HtmlEscape(l.Word("note.empty")) << "</p>\n";
    return;
  }
  int year = -1;
  for (const TimelineEvent& ev : timeline.events) {
    if (ev.date.start.year != year) {
      if (year != -1) out << "</ol>\n</section>\n";
      year = ev.date.start.year;
      out << "<section class=\"year\">\n<h2 id=\"y" << std::to_string(year) << "\">"
          << std::to_string(year) << "</h2>\n<ol class=\"timeline\">\n";
    }
    WriteEvent(ev, l, out);
  }
  out << "</ol>\n</section>\n";
}

}  // namespace

void WriteTimelineHtml(const Timeline& timeline, std::ostream& out) {
  const TimelineLanguage& l = timeline.language ? *timeline.language : *TimelineLanguage::English();
  std::string title = HtmlEscape(timeline.title);
  out << "<!DOCTYPE html>\n<html lang=\"" << HtmlEscape(l.lang().empty() ? "en" : l.lang())
      << "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"bilat\">\n<title>"
      << title << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n<header>\n<h1>"
      << title << "</h1>\n<p class=\"summary\">"
      << HtmlEscape(export_internal::CountText(l, "summary.dated", timeline.events.size()));
  if (!timeline.undated.empty())
    out << " · "
        << HtmlEscape(export_internal::CountText(l, "summary.undated", timeline.undated.size()));
  out << "</p>\n";
  WriteLegend(timeline, out);
  out << "</header>\n<main>\n";
  WriteDated(timeline, l, out);
  if (!timeline.undated.empty()) {
    out << "<section class=\"undated\">\n<h2>" << HtmlEscape(l.Word("heading.unknown"))
        << " <small>" << HtmlEscape(l.Word("note.unknown_short"))
        << "</small></h2>\n<ol class=\"timeline\">\n";
    for (const TimelineEvent& ev : timeline.undated) WriteEvent(ev, l, out);
    out << "</ol>\n</section>\n";
  }
  out << "</main>\n<footer>" << HtmlEscape(l.Word("note.footer"))
      << "</footer>\n</body>\n</html>\n";
}

}  // namespace bilat
