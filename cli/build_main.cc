// bilat build INPUT... -o OUTDIR [--update]: extract every article and merge them into one graph,
// written with every export (SPEC: Output). The per-document facts are kept in OUTDIR/facts.jsonl
// (the `bilat extract` format, sorted by document id), so that `--update` can add the next day's
// articles to them: the result is byte-identical to one build over every article, and a document
// id already in the folder counts once (the first copy is kept, as a build over both would).
#include <fcntl.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <cerrno>
#include <cstring>
#include <algorithm>
#include <filesystem>
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
constexpr size_t kDefaultMemory = 32u << 20;  // --memory default: fact lines held in memory

// The fact lines of every document, written out sorted by document id at the end. Lines are
// held in memory up to `budget` bytes; beyond it they go to a temporary file in the output
// folder (unlinked at once, so that nothing is left behind), and only an index (document id ->
// where its line is) stays in memory. Same bytes either way.
class FactLines {
 public:
  FactLines(std::string dir, size_t budget) : dir_(std::move(dir)), budget_(budget) {}
  ~FactLines() {
    if (fd_ >= 0) ::close(fd_);
  }
  FactLines(const FactLines&) = delete;
  FactLines& operator=(const FactLines&) = delete;

  bool Has(const std::string& doc) const { return index_.count(doc) != 0; }
  // Adds the line of `doc` unless one is there; false when it was.
  bool Add(const std::string& doc, const std::string& line) {
    if (index_.count(doc)) return false;
    // Spilled before the buffer would outgrow the budget, so that it never reallocates past it.
    if (!buffer_.empty() && buffer_.size() + line.size() > budget_) Spill();
    if (buffer_.capacity() < std::min(budget_, buffer_.size() + line.size()))
      buffer_.reserve(std::min(budget_, std::max(buffer_.size() + line.size(), 2 * buffer_.capacity())));
    index_.emplace(doc, Span{spilled_ + buffer_.size(), line.size()});
    buffer_ += line;
    return true;
  }
  size_t size() const { return index_.size(); }
  // Once lines go to disk, the rest go too before the merge builds the graph (its peak), and the
  // buffer's memory is given back; below the budget they stay in memory.
  void Release() {
    if (spilled_ == 0 || buffer_.empty()) return;
    Spill();
    if (buffer_.empty()) std::string().swap(buffer_);
  }
  const Status& status() const { return status_; }       // reading back failed
  const std::string& problem() const { return problem_; }  // spilling failed (lines kept)
  // Writes every line, sorted by document id, each followed by '\n'.
  void WriteSorted(std::ostream& out) {
    std::string line;
    for (const auto& [doc, span] : index_) {
      if (span.offset >= spilled_) {
        out.write(buffer_.data() + (span.offset - spilled_), static_cast<std::streamsize>(span.size));
      } else {
        line.resize(span.size);
        size_t done = 0;
        while (done < span.size) {
          ssize_t n = ::pread(fd_, line.data() + done, span.size - done,
                              static_cast<off_t>(span.offset + done));
          if (n < 0 && errno == EINTR) continue;
          if (n <= 0) {
            status_ = Status::IOError(dir_ + ": cannot read back the spilled facts: " +
                                      std::strerror(n < 0 ? errno : EIO));
            out.setstate(std::ios::badbit);
            return;
          }
          done += static_cast<size_t>(n);
        }
        out.write(line.data(), static_cast<std::streamsize>(line.size()));
      }
      out.put('\n');
    }
  }

 private:
  struct Span {
    uint64_t offset;  // in the spill file, then (from spilled_ on) in buffer_
    size_t size;
  };
  void Spill() {
    if (fd_ < 0) {
      std::error_code ec;
      std::filesystem::create_directories(dir_, ec);
      std::string path = dir_ + "/.facts.spill." + std::to_string(::getpid());
      fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
      if (fd_ < 0) {
        problem_ = path + ": cannot create: " + std::strerror(errno);
        budget_ = SIZE_MAX;  // keep the lines in memory then
        return;
      }
      ::unlink(path.c_str());
    }
    size_t done = 0;
    while (done < buffer_.size()) {
      ssize_t n = ::pwrite(fd_, buffer_.data() + done, buffer_.size() - done,
                           static_cast<off_t>(spilled_ + done));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        problem_ = dir_ + ": cannot spill facts: " + std::strerror(errno);
        budget_ = SIZE_MAX;
        return;
      }
      done += static_cast<size_t>(n);
    }
    spilled_ += buffer_.size();
    buffer_.clear();
  }

  std::string dir_;
  size_t budget_;
  std::map<std::string, Span> index_;  // sorted by document id
  std::string buffer_;                 // lines not spilled yet
  uint64_t spilled_ = 0;               // bytes in the spill file
  int fd_ = -1;
  Status status_ = Status::OK();
  std::string problem_;
};

// Reads OUTDIR/facts.jsonl into `kept` and `builder`; a missing file is an empty folder.
// Lines of an older version are kept in the current one.
void LoadKeptFacts(const std::string& path, GraphBuilder& builder, FactLines& kept,
                   const kb::KnowledgeBase& kb, const kb::KnowledgeBase* names, Reporter& rep) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return;
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    size_t last = line.find_last_not_of(" \t\r");
    line.resize(last + 1);
    auto d = FromJsonLine(line, &kb);
    if (!d.ok()) {
      rep.Error(path + ":" + std::to_string(n) + ": " + d.status().message() + " (skipped)");
      continue;
    }
    if (kept.Has(d.value().doc)) continue;
    if (!IsCanonicalV2Prefix(line) || !names) line = ToJsonLine(d.value(), names);
    kept.Add(d.value().doc, line);
    builder.Add(std::move(d).value());
  }
}

const char kUsage[] =
    "bilat build INPUT... -o OUTDIR [--update] [--pair A,B] [--lang L] [--kb FILE]...\n"
    "            [--jobs N] [--memory SIZE] [--max-provenance N]\n"
    "Reads articles and writes graph.graphml, graph.gexf, graph.json, nodes.csv, edges.csv,\n"
    "timeline.json, timeline.md, timeline.html and facts.jsonl into OUTDIR.\n"
    "  INPUT            .txt files, folders of them (recursive), .jsonl articles, or - for stdin\n"
    "  -o, --output     the output folder (created if missing)\n"
    "  --update         add the articles to those already built in OUTDIR (OUTDIR/facts.jsonl)\n"
    "  --pair A,B       keep only events between two countries in the timeline\n"
    "  --lang L         the timeline's language: en (default), vi, fr (resources/timeline)\n"
    "  --kb FILE        an extra knowledge-base table (any number)\n"
    "  --resources DIR  the resource folder (default: $BILAT_RESOURCES or the built-in one)\n"
    "  -j, --jobs N     worker threads (default: one per core; at most 256): N extract while\n"
    "                   this one reads and merges, then N write the outputs beside it\n"
    "  --full-entities  facts.jsonl holds every entity in full (docs/facts.md)\n"
    "  --memory SIZE    facts.jsonl lines held in memory before they are spilled to a temporary\n"
    "                   file in OUTDIR (default 32M; e.g. 512M, 2G)\n"
    "  --max-provenance N  sources and provenance entries listed per edge (default 1000; 0: all;\n"
    "                   weights and graph.json's totals count every one)\n"
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
  MergeOptions merge_options;
  if (opts.max_provenance >= 0) merge_options.max_provenance = opts.max_provenance;
  GraphBuilder builder(*kb, merge_options);
  FactLines kept(opts.output, opts.memory ? opts.memory : kDefaultMemory);
  const std::string facts_path = opts.output + "/" + kFactsFile;
  const kb::KnowledgeBase* names = opts.full_entities ? nullptr : kb.get();
  if (opts.update) LoadKeptFacts(facts_path, builder, kept, *kb, names, rep);
  const size_t before = kept.size();
  size_t seen = 0;
  ArticleReader reader(opts.inputs, rep);
  std::string line;
  size_t read = ExtractAll(reader, *kb, opts.jobs, rep, [&](DocumentFacts&& d) {
    if (kept.Has(d.doc)) {
      ++seen;
      return;
    }
    line.clear();
    AppendJsonLine(d, names, line);
    kept.Add(d.doc, line);
    builder.Add(std::move(d));
  });
  kept.Release();
#ifdef __GLIBC__
  // What the extraction threads allocated is free now but held by their malloc arenas, which
  // the merge (on this thread) cannot reuse: give it back to the system before the graph grows.
  malloc_trim(0);
#endif
  Graph graph = builder.Finish();
#ifdef __GLIBC__
  // Finish freed what it built the graph from (this thread's arena); the files are written on
  // several threads, whose arenas cannot reuse that memory: give it back first.
  malloc_trim(0);
#endif
  if (!kept.problem().empty()) rep.Note(kept.problem() + " (facts kept in memory)");
  Status st = WriteOutputs(graph, opts.output, tl, {},
                           {{kFactsFile, [&](std::ostream& o) { kept.WriteSorted(o); }}},
                           WorkerThreads(opts.jobs) + 1);
  if (st.ok() && !kept.status().ok()) st = kept.status();
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
