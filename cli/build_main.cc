// bilat build INPUT... -o OUTDIR: extract every article and merge them into one graph, written
// with every export (SPEC: Output).
#include "bilat/export.h"
#include "bilat/graph.h"
#include "pipeline.h"
#include "verbs.h"

namespace bilat::cli {

namespace {
const char kUsage[] =
    "bilat build INPUT... -o OUTDIR [--pair A,B] [--kb FILE]... [--jobs N]\n"
    "Reads articles and writes graph.graphml, graph.gexf, graph.json, timeline.json, timeline.md\n"
    "and timeline.html into OUTDIR.\n"
    "  INPUT            .txt files, folders of them (recursive), .jsonl articles, or - for stdin\n"
    "  -o, --output     the output folder (created if missing)\n"
    "  --pair A,B       keep only events between two countries in the timeline\n"
    "  --kb FILE        an extra knowledge-base table (any number)\n"
    "  --resources DIR  the resource folder (default: $BILAT_RESOURCES or the built-in one)\n"
    "  -j, --jobs N     extraction threads (default: one per core; at most 256)\n"
    "  -h, --help       this help\n"
    "Exit status: 0 all inputs read, 1 some skipped (see stderr), 2 bad usage or fatal error.";
}  // namespace

int BuildMain(int argc, char** argv) {
  Options opts;
  Reporter rep;
  std::unique_ptr<kb::KnowledgeBase> kb;
  TimelineOptions tl;
  int status = 0;
  if (!StartVerb(argc, argv, "build", kUsage, true, opts, rep, kb, &tl.pair, &status))
    return status;
  GraphBuilder builder(*kb);
  ArticleReader reader(opts.inputs, rep);
  size_t read = ExtractAll(reader, *kb, opts.jobs, rep,
                           [&](DocumentFacts&& d) { builder.Add(std::move(d)); });
  Graph graph = builder.Finish();
  if (Status st = WriteOutputs(graph, opts.output, tl); !st.ok()) {
    rep.Error(st.message());
    return 2;
  }
  rep.Note(Count(read, "article") + " read, " + Count(rep.errors(), "problem") + "; " +
           Count(boost::num_vertices(graph.g), "node") + ", " +
           Count(boost::num_edges(graph.g), "edge") + " written to " + opts.output);
  return rep.errors() ? 1 : 0;
}

}  // namespace bilat::cli
