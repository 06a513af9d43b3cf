// bilat extract INPUT... -o FACTS.jsonl: the map step alone. One JSON object per article, in
// input order, written atomically; `bilat merge` combines any number of such files.
#include <cstdio>

#include "bilat/export.h"
#include "pipeline.h"
#include "verbs.h"

namespace bilat::cli {

namespace {
const char kUsage[] =
    "bilat extract INPUT... -o FACTS.jsonl [--kb FILE]... [--jobs N]\n"
    "The map step: one JSON object of entities and dated facts per article, in input order;\n"
    "`bilat merge` combines any number of such files.\n"
    "  INPUT            .txt files, folders of them (recursive), .jsonl articles, or - for stdin\n"
    "  -o, --output     the facts file (written atomically)\n"
    "  --kb FILE        an extra knowledge-base table (any number)\n"
    "  --resources DIR  the resource folder (default: $BILAT_RESOURCES or the built-in one)\n"
    "  -j, --jobs N     extraction threads (default: one per core; at most 256)\n"
    "  --full-entities  write every entity in full, also those the knowledge base gives (for\n"
    "                   tools that read the facts without it; docs/facts.md)\n"
    "  -h, --help       this help\n"
    "Exit status: 0 all inputs read, 1 some skipped (see stderr), 2 bad usage or fatal error.";
}  // namespace

int ExtractMain(int argc, char** argv) {
  Options opts;
  Reporter rep;
  std::unique_ptr<kb::KnowledgeBase> kb;
  int status = 0;
  if (!StartVerb(argc, argv, "extract", kUsage, true, opts, rep, kb, nullptr, &status))
    return status;
  if (opts.memory || opts.max_provenance >= 0) {
    std::fprintf(stderr, "bilat extract: --memory and --max-provenance are options of bilat "
                 "build and merge\nusage: %s\n", kUsage);
    return 2;
  }
  // Facts are streamed to the output as they come (in input order), not held in memory.
  size_t read = 0;
  const kb::KnowledgeBase* names = opts.full_entities ? nullptr : kb.get();
  Status st = WriteStreamAtomic(opts.output, [&](std::ostream& out) {
    ArticleReader reader(opts.inputs, rep);
    std::string line;
    read = ExtractAll(reader, *kb, opts.jobs, rep, [&](DocumentFacts&& d) {
      line.clear();
      AppendJsonLine(d, names, line);
      line += '\n';
      out.write(line.data(), static_cast<std::streamsize>(line.size()));
    });
  });
  if (!st.ok()) {
    rep.Error(st.message());
    return 2;
  }
  rep.Note(Count(read, "article") + " read, " + Count(rep.errors(), "problem") +
           "; facts written to " + opts.output);
  return rep.errors() ? 1 : 0;
}

}  // namespace bilat::cli
