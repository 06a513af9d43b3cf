// bilat extract INPUT... -o FACTS.jsonl: the map step alone. One JSON object per article, in
// input order, written atomically; `bilat merge` combines any number of such files.
#include <cstdio>
#include <string>

#include "bilat/export.h"
#include "pipeline.h"
#include "verbs.h"

namespace bilat::cli {

int ExtractMain(int argc, char** argv) {
  Options opts;
  Reporter rep;
  if (std::string err = ParseOptions(argc, argv, opts, true); !err.empty()) {
    std::fprintf(stderr, "bilat extract: %s\nusage: bilat extract INPUT... -o FACTS.jsonl "
                 "[--kb FILE]...\n", err.c_str());
    return 2;
  }
  auto kb = LoadKnowledgeBase(opts, rep);
  if (!kb) return 2;
  std::string out;
  ArticleReader reader(opts.inputs, rep);
  size_t read = ExtractAll(reader, *kb, opts.jobs, rep, [&](DocumentFacts&& d) {
    out += ToJsonLine(d);
    out += '\n';
  });
  Status st = WriteFileAtomic(opts.output, out);
  if (!st.ok()) {
    rep.Error(st.message());
    return 2;
  }
  rep.Note(std::to_string(read) + " articles read, " + std::to_string(rep.errors()) +
           " problems; facts written to " + opts.output);
  return rep.errors() ? 1 : 0;
}

}  // namespace bilat::cli
