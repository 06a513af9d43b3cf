// timeline.md: the chronology for people reading it as text or rendered (CommonMark). Dated
// events under year headings, then events without a known year in their own section.

#include "export_internal.h"

namespace bilat {

namespace {

using export_internal::CleanText;

// Inline Markdown text: one line, with the characters that start emphasis, links, code, HTML
// or tables backslash-escaped.
std::string MdText(std::string_view text) {
  std::string out;
  for (char c : CleanText(text)) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (std::string_view("\\`*_[]<>|~#").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// A code span for a document id: taken literally, backticks and line breaks removed so that the
// span cannot end early.
std::string MdCode(std::string_view text) {
  std::string out = "`";
  for (char c : CleanText(text)) {
    if (c != '`' && c != '\n' && c != '\r') out += c;
  }
  return out + "`";
}

void WriteEvent(const TimelineEvent& ev, std::ostream& out) {
  std::string when = ev.date.empty() ? "Undated" : export_internal::HumanDate(ev.date);
  out << "### " << MdText(when) << " — " << MdText(ev.headline) << "\n\n";
  if (!ev.text.empty()) out << MdText(ev.text) << "\n\n";
  if (!ev.group.empty()) out << "- Group: " << MdText(ev.group) << "\n";
  if (!ev.place.empty()) out << "- Place: " << MdText(ev.place) << "\n";
  if (!ev.sources.empty()) {
    std::vector<std::string> codes;
    for (const std::string& s : ev.sources) codes.push_back(MdCode(s));
    out << "- Sources: " << export_internal::Join(codes, ", ") << "\n";
  }
  out << "\n";
}

}  // namespace

void WriteTimelineMarkdown(const Timeline& timeline, std::ostream& out) {
  out << "# " << MdText(timeline.title) << "\n\n";
  out << std::to_string(timeline.events.size()) << " dated events";
  if (!timeline.undated.empty())
    out << ", " << std::to_string(timeline.undated.size()) << " without a known year";
  out << ".\n\n";
  int year = -1;
  for (const TimelineEvent& ev : timeline.events) {
    if (ev.date.start.year != year) {
      year = ev.date.start.year;
      out << "## " << std::to_string(year) << "\n\n";
    }
    WriteEvent(ev, out);
  }
  if (timeline.undated.empty()) return;
  out << "## Year unknown\n\n"
         "These events carry a day or month but no year that could be established, or no date "
         "at all.\n\n";
  for (const TimelineEvent& ev : timeline.undated) WriteEvent(ev, out);
}

}  // namespace bilat
