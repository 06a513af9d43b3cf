// timeline.json for TimelineJS 3. TimelineJS renders `text` fields as HTML, so every string is
// HTML-escaped. Events whose year is unknown cannot be placed on its axis and are left out (the
// Markdown and HTML timelines show them apart).

#include <nlohmann/json.hpp>

#include "export_internal.h"

namespace bilat {

namespace {

using export_internal::HtmlEscape;
using Json = nlohmann::ordered_json;

// {"year": "2024", "month": "10", "day": "4"}: strings, as in TimelineJS's own examples.
// REQUIRES: d.has_year().
Json DateJson(const PartialDate& d) {
  Json j = Json::object();
  j["year"] = std::to_string(d.year);
  if (d.month) j["month"] = std::to_string(d.month);
  if (d.month && d.day) j["day"] = std::to_string(d.day);
  return j;
}

std::string EventText(const TimelineEvent& ev, const TimelineLanguage& l) {
  std::string html = "<p>" + HtmlEscape(ev.text) + "</p>";
  // The sentences that state it, each with its document.
  for (const Quote& q : ev.evidence) {
    html += "<blockquote class=\"evidence\"><p>" + HtmlEscape(q.text) + "</p><p><cite>" +
            HtmlEscape(q.doc) + "</cite></p></blockquote>";
  }
  if (!ev.place.empty())
    html += "<p>" + HtmlEscape(l.Word("label.place") + l.Word("label.sep")) + HtmlEscape(ev.place) +
            "</p>";
  if (!ev.sources.empty())
    html += "<p>" + HtmlEscape(l.Word("label.sources") + l.Word("label.sep")) +
            HtmlEscape(export_internal::Join(ev.sources, ", ")) + "</p>";
  return html;
}

Json EventJson(const TimelineEvent& ev, const TimelineLanguage& l) {
  Json j = Json::object();
  j["start_date"] = DateJson(ev.date.start);
  if (ev.date.start.uncertain || ev.date.end.uncertain)
    j["start_date"]["display_date"] = HtmlEscape(export_internal::HumanDate(ev.date, l));
  // An end before the start (bad data) would make TimelineJS fail: the event is shown as a day.
  if (ev.date.is_interval()) {
    PartialDate end = export_internal::IntervalEnd(ev.date);
    if (!(end.Key() < ev.date.start.Key())) j["end_date"] = DateJson(end);
  }
  j["text"] = Json{{"headline", HtmlEscape(ev.headline)}, {"text", EventText(ev, l)}};
  if (!ev.group.empty()) j["group"] = HtmlEscape(ev.group);
  j["unique_id"] = ev.id;
  return j;
}

}  // namespace

void WriteTimelineJson(const Timeline& timeline, std::ostream& out) {
  const TimelineLanguage& l = timeline.language ? *timeline.language : *TimelineLanguage::English();
  Json events = Json::array();
  for (const TimelineEvent& ev : timeline.events) {
    if (ev.year_known) events.push_back(EventJson(ev, l));
  }
  std::string summary = export_internal::CountText(l, "summary.dated", timeline.events.size());
  if (!timeline.undated.empty())
    summary += l.Word("list.comma") +
               export_internal::CountText(l, "summary.more", timeline.undated.size());
  Json doc = Json::object();
  doc["title"] =
      Json{{"text", {{"headline", HtmlEscape(timeline.title)}, {"text", HtmlEscape(summary)}}}};
  doc["events"] = std::move(events);
  out << doc.dump(1, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace) << "\n";
}

}  // namespace bilat
