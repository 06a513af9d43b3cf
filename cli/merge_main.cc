// bilat merge FACTS.jsonl... -o OUTDIR [--facts MERGED.jsonl]: the reduce step. Any grouping or
// order of extract outputs gives the same graph (a document id seen twice counts once); --facts
// writes the merged facts, which merge again like extract outputs (tree reduction).
#include <fstream>
#include <string>
#include <unordered_set>

#include "bilat/export.h"
#include "bilat/graph.h"
#include "pipeline.h"
#include "verbs.h"

namespace bilat::cli {

int MergeMain(int argc, char** argv) {
  Options opts;
  Reporter rep;
  std::unique_ptr<kb::KnowledgeBase> kb;
  TimelineOptions tl;
  if (int st = StartVerb(argc, argv, "merge",
                         "bilat merge FACTS.jsonl... [-o OUTDIR] [--facts MERGED.jsonl] [--pair A,B] "
                         "[--kb FILE]...",
                         true, opts, rep, kb, &tl.pair))
    return st;
  // One pass over the fact files: each document (the first line seen with its id) goes to the
  // graph builder and, with --facts, to the merged fact file, which `bilat merge` reads again
  // like any extract output (a reduce can run as a tree; the root writes the graph).
  GraphBuilder builder(*kb);
  std::unordered_set<std::string> seen;
  size_t docs = 0;
  auto read_all = [&](std::ostream* facts_out) {
    for (const auto& path : opts.inputs) {
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        rep.Error(path + ": cannot open");
        continue;
      }
      std::string line;
      size_t n = 0;
      while (std::getline(in, line)) {
        ++n;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        auto d = FromJsonLine(line);
        if (!d.ok()) {
          rep.Error(path + ":" + std::to_string(n) + ": " + d.status().message() + " (skipped)");
          continue;
        }
        if (!seen.insert(d.value().doc).second) continue;
        if (facts_out) *facts_out << ToJsonLine(d.value()) << '\n';
        if (!opts.output.empty()) builder.Add(std::move(d).value());
        ++docs;
      }
    }
  };
  if (!opts.facts.empty()) {
    if (Status st = WriteStreamAtomic(opts.facts, [&](std::ostream& o) { read_all(&o); });
        !st.ok()) {
      rep.Error(st.message());
      return 2;
    }
  } else {
    read_all(nullptr);
  }
  if (opts.output.empty()) {
    rep.Note(std::to_string(docs) + " documents merged into " + opts.facts);
    return rep.errors() ? 1 : 0;
  }
  Graph graph = builder.Finish();
  Status st = WriteOutputs(graph, opts.output, tl);
  if (!st.ok()) {
    rep.Error(st.message());
    return 2;
  }
  rep.Note(std::to_string(docs) + " documents merged; " +
           std::to_string(boost::num_vertices(graph.g)) + " nodes, " +
           std::to_string(boost::num_edges(graph.g)) + " edges written to " + opts.output);
  return rep.errors() ? 1 : 0;
}

}  // namespace bilat::cli
