// bilat merge FACTS.jsonl... -o OUTDIR: the reduce step. Any grouping or order of extract
// outputs gives the same graph (a document id seen twice counts once).
#include <fstream>
#include <string>

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
                         "bilat merge FACTS.jsonl... -o OUTDIR [--pair A,B] [--kb FILE]...", true,
                         opts, rep, kb, &tl.pair))
    return st;
  GraphBuilder builder(*kb);
  size_t docs = 0;
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
      builder.Add(std::move(d).value());
      ++docs;
    }
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
