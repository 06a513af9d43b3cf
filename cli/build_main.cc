// bilat build INPUT... -o OUTDIR: extract every article and merge them into one graph, written
// with every export (SPEC: Output).
#include "bilat/export.h"
#include "bilat/graph.h"
#include "pipeline.h"
#include "verbs.h"

namespace bilat::cli {

int BuildMain(int argc, char** argv) {
  Options opts;
  Reporter rep;
  std::unique_ptr<kb::KnowledgeBase> kb;
  TimelineOptions tl;
  if (int st = StartVerb(argc, argv, "build",
                         "bilat build INPUT... -o OUTDIR [--pair A,B] [--kb FILE]... [--jobs N]",
                         true, opts, rep, kb, &tl.pair))
    return st;
  GraphBuilder builder(*kb);
  ArticleReader reader(opts.inputs, rep);
  size_t read = ExtractAll(reader, *kb, opts.jobs, rep,
                           [&](DocumentFacts&& d) { builder.Add(std::move(d)); });
  Graph graph = builder.Finish();
  if (Status st = WriteOutputs(graph, opts.output, tl); !st.ok()) {
    rep.Error(st.message());
    return 2;
  }
  rep.Note(std::to_string(read) + " articles read, " + std::to_string(rep.errors()) +
           " problems; " + std::to_string(boost::num_vertices(graph.g)) + " nodes, " +
           std::to_string(boost::num_edges(graph.g)) + " edges written to " + opts.output);
  return rep.errors() ? 1 : 0;
}

}  // namespace bilat::cli
