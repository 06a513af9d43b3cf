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

void WriteEvent(const TimelineEvent& ev, const TimelineLanguage& l, std::ostream& out) {
  std::string when =
      ev.date.empty() ? l.Word("date.undated") : export_internal::HumanDate(ev.date, l);
  out << "### " << MdText(when) << " — " << MdText(ev.headline) << "\n\n";
  if (!ev.text.empty()) out << MdText(ev.text) << "\n\n";
  // The sentences that state it, each with its document (a list, not a "> " quote: no
  // Markdown syntax character is left unescaped).
  for (const Quote& q : ev.evidence)
    out << "- " << MdText(l.Word("label.evidence") + l.Word("label.sep")) << MdText(q.text) << " — "
        << MdCode(q.doc) << "\n";
  if (!ev.evidence.empty()) out << "\n";
  if (!ev.group.empty())
    out << "- " << MdText(l.Word("label.group") + l.Word("label.sep")) << MdText(ev.group) << "\n";
  if (!ev.place.empty())
    out << "- " << MdText(l.Word("label.place") + l.Word("label.sep")) << MdText(ev.place) << "\n";
  if (!ev.sources.empty()) {
    std::vector<std::string> codes;
    for (const std::string& s : ev.sources) codes.push_back(MdCode(s));
    out << "- " << MdText(l.Word("label.sources") + l.Word("label.sep"))
        << export_internal::Join(codes, ", ") << "\n";
  }
  out << "\n";
}

}  // namespace

void WriteTimelineMarkdown(const Timeline& timeline, std::ostream& out) {
  const TimelineLanguage& l = timeline.language ? *timeline.language : *TimelineLanguage::English();
  out << "# " << MdText(timeline.title) << "\n\n";
  out << MdText(export_internal::CountText(l, "summary.dated", timeline.events.size()));
  if (!timeline.undated.empty())
    out << MdText(l.Word("list.comma") +
                  export_internal::CountText(l, "summary.undated", timeline.undated.size()));
  out << ".\n\n";
  int year = -1;
  for (const TimelineEvent& ev : timeline.events) {
    if (ev.date.start.year != year) {
      year = ev.date.start.year;
      out << "## " << std::to_string(year) << "\n\n";
    }
    WriteEvent(ev, l, out);
  }
  if (timeline.undated.empty()) return;
  out << "## " << MdText(l.Word("heading.unknown")) << "\n\n"
      << MdText(l.Word("note.unknown")) << "\n\n";
  for (const TimelineEvent& ev : timeline.undated) WriteEvent(ev, l, out);
}

}  // namespace bilat
