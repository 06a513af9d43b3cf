// Checks that bilat's outputs are what their readers expect, with real parsers: GraphML and GEXF
// well-formed XML (libxml2, no recovery, no network), JSON that parses, an HTML page whose DOM
// holds no element or attribute that could run or load anything, Markdown with no live link or
// raw HTML. Shared by the fuzz targets (fuzz/export_fuzz.cc) and the hostile-text test
// (tests/export/injection_test.cc). Each returns "" when the output is fine, else what is wrong.
#pragma once

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace bilat::checks {

inline void Quiet(void*, const char*, ...) {}

// Well-formed XML whose root element is `root`.
inline std::string CheckXml(const std::string& xml, const char* root) {
  xmlSetGenericErrorFunc(nullptr, Quiet);
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "output.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) return std::string("not well-formed XML (") + root + ")";
  xmlNodePtr top = xmlDocGetRootElement(doc);
  std::string got = top ? reinterpret_cast<const char*>(top->name) : "";
  xmlFreeDoc(doc);
  if (got != root) return "root element is <" + got + ">, want <" + root + ">";
  return "";
}

inline std::string CheckJson(const std::string& text) {
  if (nlohmann::json::parse(text, nullptr, false).is_discarded()) return "JSON does not parse";
  return "";
}

namespace internal {
inline bool StartsWithFolded(std::string_view s, std::string_view prefix) {
  while (!s.empty() && (s[0] == ' ' || s[0] == '\t' || s[0] == '\n')) s.remove_prefix(1);
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

inline std::string WalkHtml(xmlNodePtr node) {
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    std::string name = reinterpret_cast<const char*>(node->name);
    for (const char* bad : {"script", "iframe", "object", "embed", "img", "a", "form", "link",
                            "base", "meta", "svg", "math", "input", "button", "video", "audio"}) {
      if (name == bad && !(name == "meta" && !xmlHasProp(node, BAD_CAST "http-equiv")))
        return "HTML has a <" + name + "> element";
    }
    for (xmlAttrPtr a = node->properties; a; a = a->next) {
      std::string attr = reinterpret_cast<const char*>(a->name);
      if (attr.rfind("on", 0) == 0) return "HTML element <" + name + "> has an " + attr;
      xmlChar* v = xmlNodeGetContent(reinterpret_cast<xmlNodePtr>(a));
      std::string value = v ? reinterpret_cast<const char*>(v) : "";
      xmlFree(v);
      if (internal::StartsWithFolded(value, "javascript:"))
        return "HTML attribute " + attr + " holds a javascript: URL";
    }
    if (std::string err = WalkHtml(node->children); !err.empty()) return err;
  }
  return "";
}
}  // namespace internal

// The page parses as HTML and its DOM holds only the elements the writer makes (no script, link,
// image, form, frame...; <meta> only without http-equiv, which could redirect), with no
// event-handler attribute and no javascript: URL.
inline std::string CheckHtml(const std::string& html) {
  xmlSetGenericErrorFunc(nullptr, Quiet);
  htmlDocPtr doc =
      htmlReadMemory(html.data(), static_cast<int>(html.size()), "timeline.html", "UTF-8",
                     HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  if (!doc) return "HTML does not parse";
  std::string err = internal::WalkHtml(xmlDocGetRootElement(doc));
  xmlFreeDoc(doc);
  return err;
}

// No Markdown link, image, <autolink>, raw HTML or table cell can start: outside code spans
// (where CommonMark takes everything literally) every '[', ']', '<', '>' and '|' is
// backslash-escaped (the writer's own table-free layout has none of its own).
inline std::string CheckMarkdown(const std::string& md) {
  bool in_code = false;
  for (size_t i = 0; i < md.size(); ++i) {
    char c = md[i];
    size_t backslashes = 0;
    for (size_t j = i; j > 0 && md[j - 1] == '\\'; --j) ++backslashes;
    if (c == '`' && (in_code || backslashes % 2 == 0)) in_code = !in_code;
    if (c == '\n') in_code = false;  // the writer's code spans never cross a line
    if (in_code || (c != '[' && c != ']' && c != '<' && c != '>' && c != '|')) continue;
    if (backslashes % 2 == 0)
      return std::string("Markdown has an unescaped '") + c + "' at byte " + std::to_string(i);
  }
  return "";
}

}  // namespace bilat::checks
