// Hostile text never becomes markup: a table of injection strings (script tags, CDATA ends,
// closing GraphML tags, javascript: links, Markdown links and table pipes, bidi overrides,
// U+FFFE, control characters) placed in names, aliases, agreement titles and attributes, roles,
// places, evidence and document ids. Every output is read back with a real parser: GraphML and
// GEXF with libxml2 (the structure must be the one a plain name gives), JSON parses, the HTML
// page's DOM holds the same elements as for a plain name and nothing that runs or loads,
// TimelineJS texts hold no markup, Markdown has no live link.
#include <catch2/catch.hpp>

#include "output_checks.h"
#include "test_graphs.h"

namespace bilat {
namespace {

using namespace bilat::testing;

const char* const kHostile[] = {
    "<script>alert(1)</script>",
    "]]><evil/>",
    "<![CDATA[x]]>",
    "</data></node><node id=\"evil\"><data key=\"label\">x",
    "</edge></edges></graph><evil/>",
    "\"/><evil a='",
    "<!-- x --><?xml-stylesheet href=\"x\"?>",
    "--><img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">click</a>",
    "javascript:alert(document.cookie)",
    "[click](javascript:alert(1))",
    "![pixel](http://evil.example/p.png)",
    "<http://evil.example>",
    "| a | b |\n|---|---|\n| c | d |",
    "x\n\n# Injected heading\n\n- item",
    "`code` ``` fence",
    "\u202Egnp.exe\u202C and \u2066isolate\u2069 and \u202Bembed\u202C",
    "before\xEF\xBF\xBE"
    "after\xEF\xBF\xBF",  // U+FFFE, U+FFFF
    "ctl\x01\x02\x08\x0b\x0c\x1b[31m\x7f\xC2\x85\xC2\x9f end",
    "&lt;script&gt; &amp; &#0; &#x1; &nbsp; &unknown;",
    "\xff\xfe invalid \xc3 UTF-8 \xed\xa0\x80",
    "{{constructor}} ${x} %s %n \\",
};

// One small graph with `h` in every free-text field.
Graph HostileGraph(const std::string& h) {
  Graph graph;
  graph.documents = 1;
  GraphData& g = graph.g;
  auto agreement = AddNode(g, "agreement:x", "agreement", "Agreement " + h);
  g[agreement].attrs = {{"topic", h}, {"type", "agreement"}, {h, "value"}};
  auto france = AddNode(g, "country:france", "country", "France", "France", "france");
  auto vietnam = AddNode(g, "country:vietnam", "country", "Vietnam", "Vietnam", "vietnam");
  auto a = AddNode(g, "person:a", "person", "Minister " + h, "France", "france");
  g[a].aliases = {h};
  g[a].sources = {h + ".txt"};
  auto b = AddNode(g, "person:b", "person", h, "Vietnam", "vietnam");
  auto body = AddNode(g, "ministry:x", "ministry", "Ministry of " + h, "Vietnam", "vietnam");
  const std::vector<std::string> docs = {h + ".txt"};
  AddEdge(g, a, b, "met", "2024-10-04", "", h, docs);
  AddEdge(g, a, agreement, "signed", "2024-10-04", "", h, docs);
  AddEdge(g, body, agreement, "party_to", "2024-10-04", "", "", docs);
  AddEdge(g, a, vietnam, "visited", "2024-10-03/2024-10-07", "", h, docs);
  AddEdge(g, b, body, "holds_position", "2024-10-04", "Minister " + h, "", docs);
  AddEdge(g, body, vietnam, "part_of", "", "", "", docs);
  (void)france;
  for (auto e : boost::make_iterator_range(edges(g)))
    for (Provenance& p : g[e].provenance) p.evidence = "He said: " + h + " — and left.";
  return graph;
}

struct Outputs {
  std::string graphml, gexf, graph_json, timeline_json, markdown, html;
};

Outputs RenderAll(const Graph& graph) {
  Timeline tl = BuildTimeline(graph, {});
  return {Render([&](std::ostream& o) { WriteGraphml(graph, o); }),
          Render([&](std::ostream& o) { WriteGexf(graph, o); }),
          Render([&](std::ostream& o) { WriteGraphJson(graph, o); }),
          Render([&](std::ostream& o) { WriteTimelineJson(tl, o); }),
          Render([&](std::ostream& o) { WriteTimelineMarkdown(tl, o); }),
          Render([&](std::ostream& o) { WriteTimelineHtml(tl, o); })};
}

void Names(xmlNodePtr node, std::vector<std::string>& out) {
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    out.emplace_back(reinterpret_cast<const char*>(node->name));
    Names(node->children, out);
  }
}

// The elements of a document, in document order: markup the text could have added shows here.
std::vector<std::string> XmlElements(const std::string& xml) {
  std::vector<std::string> out;
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "x.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) return {"(not XML)"};
  Names(xmlDocGetRootElement(doc), out);
  xmlFreeDoc(doc);
  return out;
}

std::vector<std::string> HtmlElements(const std::string& html) {
  std::vector<std::string> out;
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), "x.html", "UTF-8",
                                  HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  if (!doc) return {"(not HTML)"};
  Names(xmlDocGetRootElement(doc), out);
  xmlFreeDoc(doc);
  return out;
}

// What starts each Markdown line: headings, list items and table rows show here.
std::vector<std::string> MarkdownShape(const std::string& md) {
  std::vector<std::string> out;
  std::istringstream in(md);
  for (std::string line; std::getline(in, line);)
    out.push_back(line.empty() ? "" : line.substr(0, line.find_first_not_of("#-|>*+ 0123456789.")));
  return out;
}

TEST_CASE("hostile text in every field never becomes markup", "[export][injection]") {
  checks::Quiet(nullptr, "");
  const Outputs plain = RenderAll(HostileGraph("plain"));
  REQUIRE(checks::CheckXml(plain.graphml, "graphml").empty());
  for (const char* hostile : kHostile) {
    const std::string h = hostile;
    INFO("hostile text: " << h);
    const Outputs out = RenderAll(HostileGraph(h));
    CHECK(checks::CheckXml(out.graphml, "graphml") == "");
    CHECK(checks::CheckXml(out.gexf, "gexf") == "");
    CHECK(XmlElements(out.graphml) == XmlElements(plain.graphml));
    CHECK(XmlElements(out.gexf) == XmlElements(plain.gexf));
    CHECK(checks::CheckJson(out.graph_json) == "");
    CHECK(checks::CheckJson(out.timeline_json) == "");
    CHECK(checks::CheckHtml(out.html) == "");
    CHECK(HtmlElements(out.html) == HtmlElements(plain.html));
    CHECK(checks::CheckMarkdown(out.markdown) == "");
    CHECK(MarkdownShape(out.markdown) == MarkdownShape(plain.markdown));
    // TimelineJS shows headline and text as HTML: the same elements as for a plain name.
    auto tl = nlohmann::json::parse(out.timeline_json);
    auto tl_plain = nlohmann::json::parse(plain.timeline_json);
    REQUIRE(tl["events"].size() == tl_plain["events"].size());
    for (size_t i = 0; i < tl["events"].size(); ++i) {
      for (const char* field : {"headline", "text"}) {
        std::string s = tl["events"][i]["text"][field].get<std::string>();
        std::string p = tl_plain["events"][i]["text"][field].get<std::string>();
        CHECK(checks::CheckHtml("<div>" + s + "</div>") == "");
        CHECK(HtmlElements("<div>" + s + "</div>") == HtmlElements("<div>" + p + "</div>"));
      }
    }
    // Nothing invisible or illegal gets through, in any output.
    for (const std::string* s :
         {&out.graphml, &out.gexf, &out.graph_json, &out.timeline_json, &out.markdown, &out.html}) {
      for (const char* banned : {"\u202E", "\u202B", "\u2066", "\u2069", "\xEF\xBF\xBE",
                                 "\xEF\xBF\xBF", "\x01", "\x08", "\x1b", "\x7f", "\xC2\x85"}) {
        CHECK(s->find(banned) == std::string::npos);
      }
    }
    // In the markup outputs the tags are escaped text (JSON strings and Markdown's "\\<" are
    // text already).
    for (const std::string* s : {&out.graphml, &out.gexf, &out.html}) {
      CHECK(s->find("<script") == std::string::npos);
      CHECK(s->find("<evil") == std::string::npos);
    }
  }
}

}  // namespace
}  // namespace bilat
