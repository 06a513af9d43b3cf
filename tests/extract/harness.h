// Test harness for the extractor: runs the real knowledge base and extractor on a small article
// and renders its facts as readable lines, so that tables of {sentence, expected facts} stay
// short. A fact line is "kind source -> target [date]" with folded labels (no diacritics, lower
// case); `met` lists its two people in alphabetical order. The date is the EDTF value after the
// merge step has completed years (so tenure-based years appear, with their "?").
#pragma once

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "bilat/extract.h"
#include "bilat/graph.h"
#include "bilat/kb.h"

namespace bilat::testing {

inline const kb::KnowledgeBase& TestKb() {
  static const kb::KnowledgeBase* kb = [] {
    auto r = kb::KnowledgeBase::Load(BILAT_SOURCE_DIR "/resources");
    if (!r.ok()) {
      std::fprintf(stderr, "cannot load resources: %s\n", r.status().message().c_str());
      std::abort();
    }
    return new kb::KnowledgeBase(std::move(r).value());
  }();
  return *kb;
}

inline const Extractor& TestExtractor() {
  static const Extractor* ex = new Extractor(TestKb());
  return *ex;
}

// Extracts one article made of a headline and `body`. `published` (YYYY-MM-DD) is optional.
inline DocumentFacts ExtractText(const std::string& body, const std::string& published = "",
                                 const std::string& headline = "Test article") {
  Article a;
  a.id = "test";
  a.origin = "test";
  a.bytes = headline + "\n" + body + "\n";
  if (auto d = PartialDate::Parse(published)) a.published = *d;
  IntakeOptions o;
  o.kb = &TestKb();
  auto doc = Intake(a, o);
  if (!doc.ok()) return {};
  return TestExtractor().Extract(doc.value());
}

// Fact lines of a merged graph.
inline std::vector<std::string> GraphFactLines(const Graph& g) {
  std::vector<std::string> out;
  for (auto e : boost::make_iterator_range(boost::edges(g.g))) {
    const auto& p = g.g[e];
    std::string a = Fold(g.g[boost::source(e, g.g)].label);
    std::string b = Fold(g.g[boost::target(e, g.g)].label);
    if (p.kind == "met" && b < a) std::swap(a, b);
    std::string line = p.kind + " " + a + " -> " + b;
    if (!p.date.empty() && p.kind != "holds_position" && p.kind != "part_of")
      line += " [" + p.date.ToEdtf() + "]";
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Fact lines of one article, after merging it alone (labels resolved, years completed).
inline std::vector<std::string> FactLines(const std::string& body,
                                          const std::string& published = "") {
  std::vector<DocumentFacts> docs{ExtractText(body, published)};
  return GraphFactLines(Merge(TestKb(), std::move(docs)));
}

// Node lines "kind label" (folded) of one article.
inline std::vector<std::string> NodeLines(const std::string& body) {
  std::vector<DocumentFacts> docs{ExtractText(body)};
  Graph g = Merge(TestKb(), std::move(docs));
  std::vector<std::string> out;
  for (auto v : boost::make_iterator_range(boost::vertices(g.g)))
    out.push_back(g.g[v].kind + " " + Fold(g.g[v].label));
  std::sort(out.begin(), out.end());
  return out;
}

// '*' glob over the whole string: '*' matches any run of characters (including none). Used by
// the sentence tables for agreement labels and dates they do not pin.
inline bool Glob(const std::string& pat, const std::string& s) {
  size_t p = 0, i = 0, star = std::string::npos, mark = 0;
  while (i < s.size()) {
    if (p < pat.size() && pat[p] == '*') {
      star = p++;
      mark = i;
    } else if (p < pat.size() && pat[p] == s[i]) {
      ++p;
      ++i;
    } else if (star != std::string::npos) {
      p = star + 1;
      i = ++mark;
    } else {
      return false;
    }
  }
  while (p < pat.size() && pat[p] == '*') ++p;
  return p == pat.size();
}

inline bool Has(const std::vector<std::string>& lines, const std::string& want) {
  return std::find(lines.begin(), lines.end(), want) != lines.end();
}

// True when some line starts with `prefix` (to check a fact regardless of its date).
inline bool HasPrefix(const std::vector<std::string>& lines, const std::string& prefix) {
  return std::any_of(lines.begin(), lines.end(),
                     [&](const std::string& l) { return l.rfind(prefix, 0) == 0; });
}

inline std::string Dump(const std::vector<std::string>& lines) {
  std::string s;
  for (const auto& l : lines) s += "  " + l + "\n";
  return s;
}

}  // namespace bilat::testing
