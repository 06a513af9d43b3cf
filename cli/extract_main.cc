// bilat extract INPUT... -o FACTS.jsonl: the map step alone. One JSON object per article, in
// input order, written atomically; `bilat merge` combines any number of such files.
#include "bilat/export.h"
#include "pipeline.h"
#include "verbs.h"

namespace bilat::cli {

int ExtractMain(int argc, char** argv) {
  Options opts;
  Reporter rep;
  std::unique_ptr<kb::KnowledgeBase> kb;
  if (int st = StartVerb(argc, argv, "extract",
                         "bilat extract INPUT... -o FACTS.jsonl [--kb FILE]... [--jobs N]", true,
                         opts, rep, kb, nullptr))
    return st;
  // Facts are streamed to the output as they come (in input order), not held in memory.
  size_t read = 0;
  Status st = WriteStreamAtomic(opts.output, [&](std::ostream& out) {
    ArticleReader reader(opts.inputs, rep);
    read = ExtractAll(reader, *kb, opts.jobs, rep, [&](DocumentFacts&& d) {
      out << ToJsonLine(d) << '\n';
    });
  });
  if (!st.ok()) {
    rep.Error(st.message());
    return 2;
  }
  rep.Note(std::to_string(read) + " articles read, " + std::to_string(rep.errors()) +
           " problems; facts written to " + opts.output);
  return rep.errors() ? 1 : 0;
}

}  // namespace bilat::cli
