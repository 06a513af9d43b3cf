// libFuzzer target: arbitrary bytes as a `bilat merge` input (JSON Lines of DocumentFacts), merged
// into one graph with the real knowledge base, then through every exporter, each output read back
// with a real parser: GraphML and GEXF with libxml2, graph.json and timeline.json as JSON, the
// HTML page's DOM (no injected element), the Markdown (no live link) — fuzz/output_checks.h.
// Invariants: nothing crashes; every output passes its check. Seeds: `bilat extract` outputs.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include "bilat/export.h"
#include "bilat/graph.h"
#include "fuzz_kb.h"
#include "output_checks.h"

namespace {
using bilat::fuzz::Kb;

void Require(const std::string& problem, const std::string& output) {
  if (problem.empty()) return;
  std::fprintf(stderr, "export_fuzz: %s\n--- output ---\n%s\n", problem.c_str(), output.c_str());
  std::abort();
}

template <typename Write>
std::string Render(Write write) {
  std::ostringstream out;
  write(out);
  return std::move(out).str();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 18) return 0;
  std::string input(reinterpret_cast<const char*>(data), size);
  bilat::GraphBuilder builder(Kb());
  std::istringstream lines(input);
  std::string line;
  while (std::getline(lines, line)) {
    auto facts = bilat::FromJsonLine(line, &Kb());  // as bilat merge reads its input
    if (facts.ok()) builder.Add(std::move(facts).value());
  }
  bilat::Graph graph = builder.Finish();
  using bilat::checks::CheckXml;
  std::string out = Render([&](std::ostream& o) { bilat::WriteGraphml(graph, o); });
  Require(CheckXml(out, "graphml"), out);
  out = Render([&](std::ostream& o) { bilat::WriteGexf(graph, o); });
  Require(CheckXml(out, "gexf"), out);
  out = Render([&](std::ostream& o) { bilat::WriteGraphJson(graph, o); });
  Require(bilat::checks::CheckJson(out), out);
  bilat::TimelineOptions options;
  if (size % 2) options.pair = {"vietnam", "france"};
  bilat::Timeline timeline = bilat::BuildTimeline(graph, options);
  out = Render([&](std::ostream& o) { bilat::WriteTimelineJson(timeline, o); });
  Require(bilat::checks::CheckJson(out), out);
  out = Render([&](std::ostream& o) { bilat::WriteTimelineHtml(timeline, o); });
  Require(bilat::checks::CheckHtml(out), out);
  out = Render([&](std::ostream& o) { bilat::WriteTimelineMarkdown(timeline, o); });
  Require(bilat::checks::CheckMarkdown(out), out);
  return 0;
}
