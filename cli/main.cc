// bilat — news articles about relations between countries -> a dated knowledge graph.
// This file only dispatches to the verbs (cli/*_main.cc).
#include <cstdio>
#include <cstring>

#include "verbs.h"

namespace {
const char kUsage[] =
    "usage: bilat build INPUT... -o OUTDIR [--pair COUNTRY,COUNTRY] [--kb FILE]... [--jobs N]\n"
    "       bilat extract INPUT... -o FACTS.jsonl [--kb FILE]... [--jobs N]\n"
    "       bilat merge FACTS.jsonl... -o OUTDIR [--pair COUNTRY,COUNTRY] [--kb FILE]...\n"
    "       bilat kb stats [--kb FILE]...\n"
    "       bilat kb lookup NAME [--date YYYY-MM-DD] [--kb FILE]...\n"
    "       bilat --version\n"
    "Every verb takes --help.\n"
    "INPUT: .txt files, folders of them (recursive), .jsonl articles, or - for stdin.\n"
    "Outputs: graph.graphml, graph.gexf, graph.json, timeline.json, timeline.md, timeline.html.\n"
    "Exit status: 0 all inputs read, 1 some skipped (see stderr), 2 bad usage or fatal error.\n";
}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") ||
      !std::strcmp(argv[1], "help")) {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  const char* verb = argv[1];
  if (!std::strcmp(verb, "--version") || !std::strcmp(verb, "version")) {
    std::printf("bilat %s\n", BILAT_VERSION);
    return 0;
  }
  if (!std::strcmp(verb, "build")) return bilat::cli::BuildMain(argc - 1, argv + 1);
  if (!std::strcmp(verb, "extract")) return bilat::cli::ExtractMain(argc - 1, argv + 1);
  if (!std::strcmp(verb, "merge")) return bilat::cli::MergeMain(argc - 1, argv + 1);
  if (!std::strcmp(verb, "kb")) return bilat::cli::KbMain(argc - 1, argv + 1);
  std::fprintf(stderr, "bilat: unknown command '%s'\n%s", verb, kUsage);
  return 2;
}
