// bilat build INPUT... -o OUTDIR [--update]: extract every article and merge them into one graph,
// written with every export (SPEC: Output). The per-document facts are kept in OUTDIR/facts.jsonl
// (the `bilat extract` format, sorted by document id), so that `--update` can add the next day's
// articles to them: the result is byte-identical to one build over every article, and a document
// id already in the folder counts once (the first copy is kept, as a build over both would).
#include <fstream>
#include <map>
#include <string>

#include "bilat/export.h"
#include "bilat/graph.h"
#include "pipeline.h"
#include "verbs.h"

namespace bilat::cli {

namespace {

constexpr char kFactsFile[] = "facts.jsonl";

// Reads OUTDIR/facts.jsonl into `kept` and `builder`; a missing file is an empty folder.
void LoadKeptFacts(const std::string& path, GraphBuilder& builder,
                   std::map<std::string, std::string>& kept, Reporter& rep) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return;
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto d = FromJsonLine(line);
    if (!d.ok()) {
      rep.Error(path + ":" + std::to_string(n) + ": " + d.status().message() + " (skipped)");
      continue;
    }
    if (!kept.emplace(d.value().doc, line).second) continue;
    builder.Add(std::move(d).value());
  }
}

const char kUsage[] =
    "bilat build INPUT... -o OUTDIR [--update] [--pair A,B] [--lang L] [--kb FILE]...\n"
    "            [--jobs N]\n"
    "Reads articles and writes graph.graphml, graph.gexf, graph.json, nodes.csv, edges.csv,\n"
    "timeline.json, timeline.md, timeline.html and facts.jsonl into OUTDIR.\n"
    "  INPUT            .txt files, folders of them (recursive), .jsonl articles, or - for stdin\n"
    "  -o, --output     the output folder (created if missing)\n"
    "  --update         add the articles to those already built in OUTDIR (OUTDIR/facts.jsonl)\n"
    "  --pair A,B       keep only events between two countries in the timeline\n"
    "  --lang L         the timeline's language: en (default), vi, fr (resources/timeline)\n"
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
  if (!TimelineSetup("build", opts, *kb, tl)) return 2;
  GraphBuilder builder(*kb);
  std::map<std::string, std::string> kept;  // document id -> facts line
  const std::string facts_path = opts.output + "/" + kFactsFile;
  if (opts.update) LoadKeptFacts(facts_path, builder, kept, rep);
  const size_t before = kept.size();
  size_t seen = 0;
  ArticleReader reader(opts.inputs, rep);
  size_t read = ExtractAll(reader, *kb, opts.jobs, rep, [&](DocumentFacts&& d) {
    if (!kept.emplace(d.doc, ToJsonLine(d)).second) {
      ++seen;
      return;
    }
    builder.Add(std::move(d));
  });
  Graph graph = builder.Finish();
  std::string facts;
  for (const auto& [doc, line] : kept) facts += line + "\n";
  Status st = WriteOutputs(graph, opts.output, tl, {{kFactsFile, facts}});
  if (!st.ok()) {
    rep.Error(st.message());
    return 2;
  }
  std::string update = opts.update ? Count(before, "document") + " kept, " : "";
  if (seen) update += std::to_string(seen) + " already seen, ";
  rep.Note(update + Count(read, "article") + " read, " + Count(rep.errors(), "problem") + "; " +
           Count(boost::num_vertices(graph.g), "node") + ", " +
           Count(boost::num_edges(graph.g), "edge") + " written to " + opts.output);
  return rep.errors() ? 1 : 0;
}

}  // namespace bilat::cli
