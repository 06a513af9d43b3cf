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

}  // namespace

int BuildMain(int argc, char** argv) {
  Options opts;
  Reporter rep;
  std::unique_ptr<kb::KnowledgeBase> kb;
  TimelineOptions tl;
  if (int st = StartVerb(
          argc, argv, "build",
          "bilat build INPUT... -o OUTDIR [--update] [--pair A,B] [--kb FILE]... [--jobs N]", true,
          opts, rep, kb, &tl.pair))
    return st;
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
  Status st = WriteOutputs(graph, opts.output, tl);
  if (st.ok()) st = WriteFileAtomic(facts_path, facts);
  if (!st.ok()) {
    rep.Error(st.message());
    return 2;
  }
  std::string update = opts.update ? std::to_string(before) + " documents kept, " : "";
  if (seen) update += std::to_string(seen) + " already seen, ";
  rep.Note(update + std::to_string(read) + " articles read, " + std::to_string(rep.errors()) +
           " problems; " + std::to_string(boost::num_vertices(graph.g)) + " nodes, " +
           std::to_string(boost::num_edges(graph.g)) + " edges written to " + opts.output);
  return rep.errors() ? 1 : 0;
}

}  // namespace bilat::cli
