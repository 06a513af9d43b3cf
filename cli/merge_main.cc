// bilat merge FACTS.jsonl... -o OUTDIR [--facts MERGED.jsonl]: the reduce step. Any grouping or
// order of extract outputs gives the same graph (a document id seen twice counts once); --facts
// writes the merged facts, which merge again like extract outputs (tree reduction).
#include <cstdio>
#include <fstream>
#include <string>
#include <unordered_map>
#include <utility>
#ifdef __GLIBC__  // (defined by the C library's headers above)
#include <malloc.h>
#endif

#include "bilat/export.h"
#include "bilat/graph.h"
#include "pipeline.h"
#include "verbs.h"

namespace bilat::cli {

namespace {
const char kUsage[] =
    "bilat merge FACTS.jsonl... [-o OUTDIR] [--facts MERGED.jsonl] [--pair A,B] [--lang L]\n"
    "            [--kb FILE]... [--max-provenance N] [--jobs N]\n"
    "The reduce step: merges the outputs of `bilat extract` (any grouping, any order) and writes\n"
    "the same graph and timeline files as `bilat build` into OUTDIR (not facts.jsonl).\n"
    "  -o, --output     the output folder (created if missing)\n"
    "  --facts FILE     also write the merged facts, which merge again (a reduce as a tree)\n"
    "  --pair A,B       keep only events between two countries in the timeline\n"
    "  --lang L         the timeline's language: en (default), vi, fr (resources/timeline)\n"
    "  --max-provenance N  sources and provenance entries listed per edge (default 1000; 0: all;\n"
    "                   weights and graph.json's totals count every one)\n"
    "  --full-entities  --facts writes every entity in full (docs/facts.md)\n"
    "  --kb FILE        an extra knowledge-base table (any number)\n"
    "  --resources DIR  the resource folder (default: $BILAT_RESOURCES or the built-in one)\n"
    "  -j, --jobs N     threads writing the output files beside this one (default: one per\n"
    "                   core)\n"
    "  -h, --help       this help\n"
    "Exit status: 0 all inputs read, 1 some lines skipped (see stderr), 2 bad usage or fatal "
    "error.";
}  // namespace

int MergeMain(int argc, char** argv) {
  Options opts;
  Reporter rep;
  std::unique_ptr<kb::KnowledgeBase> kb;
  TimelineOptions tl;
  int status = 0;
  if (!StartVerb(argc, argv, "merge", kUsage, true, opts, rep, kb, &tl.pair, &status))
    return status;
  if (!TimelineSetup("merge", opts, *kb, tl)) return 2;
  if (opts.memory) {  // the merge's state is not spilled (yet): say so rather than ignore it
    std::fprintf(stderr, "bilat merge: --memory is an option of bilat build only\nusage: %s\n",
                 kUsage);
    return 2;
  }
  // One pass over the fact files: each document (the first line seen with its id) goes to the
  // graph builder and, with --facts, to the merged fact file, which `bilat merge` reads again
  // like any extract output (a reduce can run as a tree; the root writes the graph).
  MergeOptions merge_options;
  if (opts.max_provenance >= 0) merge_options.max_provenance = opts.max_provenance;
  GraphBuilder builder(*kb, merge_options);
  size_t docs = 0;
  const kb::KnowledgeBase* names = opts.full_entities ? nullptr : kb.get();
  // Document id -> hash of its line without its origin (the one member two copies of a document
  // may differ in: where each was read from). A line the writer wrote ({"v":2,...) is the
  // canonical form of its facts, so its own bytes are hashed, origin (its last member) cut off;
  // other lines (version 1, or written by another tool) are hashed in the canonical form.
  std::unordered_map<std::string, size_t> digests;
  std::string canonical;
  auto digest_of = [&](std::string_view line, DocumentFacts& facts) -> size_t {
    if (IsCanonicalV2Prefix(line) && !opts.full_entities) {
      // The origin member is last: `,"origin":"..."}` (a string to the end of the line).
      size_t at = line.rfind(",\"origin\":\"");
      if (at != std::string_view::npos) {
        size_t i = at + 11;
        while (i < line.size() && line[i] != '"') i += line[i] == '\\' ? 2 : 1;
        if (i + 2 != line.size()) at = std::string_view::npos;  // not the last member
      }
      if (at == std::string_view::npos) at = line.size() - 1;  // no origin: up to the '}'
      return std::hash<std::string_view>()(line.substr(0, at));
    }
    std::string origin = std::exchange(facts.origin, "");
    canonical.clear();
    AppendJsonLine(facts, kb.get(), canonical);
    facts.origin = std::move(origin);
    return std::hash<std::string_view>()(std::string_view(canonical).substr(0, canonical.size() - 1));
  };
  auto read_all = [&](std::ostream* facts_out) {
    std::string out_line;
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
        size_t last = line.find_last_not_of(" \t\r");
        if (last == std::string::npos) continue;
        line.resize(last + 1);
        auto d = FromJsonLine(line, kb.get());
        if (!d.ok()) {
          rep.Error(path + ":" + std::to_string(n) + ": " + d.status().message() + " (skipped)");
          continue;
        }
        // A document id seen again counts once; with other facts it is two documents under one
        // name (same file name in two shards): say so rather than lose one silently.
        DocumentFacts facts = std::move(d).value();
        size_t digest = digest_of(line, facts);
        auto [seen, fresh] = digests.emplace(facts.doc, digest);
        if (!fresh) {
          if (seen->second != digest)
            rep.Error(path + ":" + std::to_string(n) + ": document '" + facts.doc +
                      "' was seen before with other facts; kept the first (give files unique "
                      "names)");
          continue;
        }
        if (facts_out) {
          // A line the writer wrote is passed on as it is; others are written anew (version 2).
          if (IsCanonicalV2Prefix(line) && !opts.full_entities) {
            line += '\n';
            facts_out->write(line.data(), static_cast<std::streamsize>(line.size()));
          } else {
            out_line.clear();
            AppendJsonLine(facts, names, out_line);
            out_line += '\n';
            facts_out->write(out_line.data(), static_cast<std::streamsize>(out_line.size()));
          }
        }
        if (!opts.output.empty()) builder.Add(std::move(facts));
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
    rep.Note(Count(docs, "document") + " merged into " + opts.facts);
    return rep.errors() ? 1 : 0;
  }
  Graph graph = builder.Finish();
#ifdef __GLIBC__
  malloc_trim(0);  // what Finish freed, before the files are written on several threads
#endif
  Status st = WriteOutputs(graph, opts.output, tl, {}, {}, WorkerThreads(opts.jobs) + 1);
  if (!st.ok()) {
    rep.Error(st.message());
    return 2;
  }
  rep.Note(Count(docs, "document") + " merged; " + Count(boost::num_vertices(graph.g), "node") +
           ", " + Count(boost::num_edges(graph.g), "edge") + " written to " + opts.output);
  return rep.errors() ? 1 : 0;
}

}  // namespace bilat::cli
