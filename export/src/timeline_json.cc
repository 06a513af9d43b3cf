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

std::string EventText(const TimelineEvent& ev) {
  std::string html = "<p>" + HtmlEscape(ev.text) + "</p>";
  if (!ev.place.empty()) html += "<p>Place: " + HtmlEscape(ev.place) + "</p>";
  if (!ev.sources.empty())
    html += "<p>Sources: " + HtmlEscape(export_internal::Join(ev.sources, ", ")) + "</p>";
  return html;
}

Json EventJson(const TimelineEvent& ev) {
  Json j = Json::object();
  j["start_date"] = DateJson(ev.date.start);
  if (ev.date.start.uncertain || ev.date.end.uncertain)
    j["start_date"]["display_date"] = HtmlEscape(export_internal::HumanDate(ev.date));
  // An end before the start (bad data) would make TimelineJS fail: the event is shown as a day.
  if (ev.date.is_interval()) {
    PartialDate end = export_internal::IntervalEnd(ev.date);
    if (!(end.Key() < ev.date.start.Key())) j["end_date"] = DateJson(end);
  }
  j["text"] = Json{{"headline", HtmlEscape(ev.headline)}, {"text", EventText(ev)}};
  if (!ev.group.empty()) j["group"] = HtmlEscape(ev.group);
  j["unique_id"] = ev.id;
  return j;
}

}  // namespace

void WriteTimelineJson(const Timeline& timeline, std::ostream& out) {
  Json events = Json::array();
  for (const TimelineEvent& ev : timeline.events) {
    if (ev.year_known) events.push_back(EventJson(ev));
  }
  std::string summary = std::to_string(timeline.events.size()) + " dated events";
  if (!timeline.undated.empty())
    summary += ", " + std::to_string(timeline.undated.size()) + " more without a known year";
  Json doc = Json::object();
  doc["title"] = Json{{"text", {{"headline", HtmlEscape(timeline.title)}, {"text", summary}}}};
  doc["events"] = std::move(events);
  out << doc.dump(1, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace) << "\n";
}

}  // namespace bilat
