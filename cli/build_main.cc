// bilat build INPUT... -o OUTDIR: extract every article and merge them into one graph, written
// with every export (SPEC: Output).
#include <cstdio>

#include "bilat/export.h"
#include "bilat/graph.h"
#include "pipeline.h"
#include "verbs.h"

namespace bilat::cli {

int BuildMain(int argc, char** argv) {
  Options opts;
  Reporter rep;
  if (std::string err = ParseOptions(argc, argv, opts, true); !err.empty()) {
    std::fprintf(stderr, "bilat build: %s\nusage: bilat build INPUT... -o OUTDIR "
                 "[--pair A,B] [--kb FILE]...\n", err.c_str());
    return 2;
  }
  auto kb = LoadKnowledgeBase(opts, rep);
  if (!kb) return 2;
  TimelineOptions tl;
  if (std::string err = ResolvePair(opts.pair, *kb, tl.pair); !err.empty()) {
    std::fprintf(stderr, "bilat build: %s\n", err.c_str());
    return 2;
  }
  GraphBuilder builder(*kb);
  ArticleReader reader(opts.inputs, rep);
  size_t bytes = 0;
  size_t read = ExtractAll(reader, *kb, opts.jobs, rep,
                           [&](DocumentFacts&& d) { builder.Add(std::move(d)); }, &bytes);
  Graph graph = builder.Finish();
  Status st = WriteOutputs(graph, opts.output, tl);
  if (!st.ok()) {
    rep.Error(st.message());
    return 2;
  }
  rep.Note(std::to_string(read) + " articles read, " + std::to_string(rep.errors()) +
           " problems; " + std::to_string(boost::num_vertices(graph.g)) + " nodes, " +
           std::to_string(boost::num_edges(graph.g)) + " edges written to " + opts.output);
  return rep.errors() ? 1 : 0;
}

}  // namespace bilat::cli
