// Shared plumbing of the bilat verbs: argument parsing, reading inputs into Articles, and the
// parallel extraction pipeline. Private to cli/.
#pragma once

#include <cstdio>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "bilat/export.h"
#include "bilat/extract.h"
#include "bilat/kb.h"

namespace bilat::cli {

// Diagnostics go to stderr, one line each, prefixed "bilat: ". Thread-safe. Counts problems so
// that the verb can choose its exit status.
class Reporter {
 public:
  void Error(const std::string& message);  // an input was skipped
  void Note(const std::string& message);   // information only
  void Progress(size_t articles, size_t bytes);
  void EndProgress();
  size_t errors() const { return errors_; }

 private:
  std::mutex mu_;
  size_t errors_ = 0;
  bool progress_shown_ = false;
  double start_ = -1;
};

// More extraction threads than this are never started: --jobs 100000 runs 256.
constexpr int kMaxJobs = 256;

// The number of worker threads --jobs asks for: 0 is one per core; at most kMaxJobs.
int WorkerThreads(int jobs);

// Common options of the verbs.
struct Options {
  std::vector<std::string> inputs;
  std::string output;                 // -o
  std::vector<std::string> kb_files;  // --kb
  std::string resources;              // --resources
  std::string pair;                   // --pair A,B
  std::string lang = "en";            // --lang en|vi|fr: the timeline's language
  int jobs = 0;                       // --jobs (0: one per core; capped at kMaxJobs)
  bool update = false;                // --update (build): add to the facts kept in the output
  bool help = false;                  // -h, --help: print the usage and stop
  std::string facts;                  // merge --facts: merged facts, to be merged again
  size_t memory = 0;                  // --memory SIZE in bytes (0: the verb's default)
  long max_provenance = -1;           // --max-provenance N (-1: the default; 0: no cap)
  bool full_entities = false;         // --full-entities (extract, merge --facts): no entity
                                      // written as a bare knowledge-base key
};

// "64M", "1G", "512k", "1000000": a size in bytes (k, M, G: powers of 1024); 0 when it is not one.
size_t ParseSize(const char* v);

// Parses argv[1..] (argv[0] is the verb); "--opt value" and "--opt=value" alike. Returns an error
// message for bad usage ("" with opts.help set when -h/--help was given).
std::string ParseOptions(int argc, char** argv, Options& opts, bool needs_inputs);

// Loads the knowledge base; prints the error and returns nullptr on failure.
std::unique_ptr<kb::KnowledgeBase> LoadKnowledgeBase(const Options& opts, Reporter& rep);

// Streams the articles of the inputs, in order: files, folders (recursively, sorted; *.txt,
// *.text, *.jsonl and files without extension), JSON Lines, "-" for stdin. Unreadable paths and
// bad JSONL lines are reported and skipped. Folders are listed when the reader is made, so that
// document ids are known up front: a file's id is its file name, or, when different files of the
// run share a name, the shortest tail of their real paths that tells them apart (README).
class ArticleReader {
 public:
  struct Input {
    std::string path;  // path to open ("-" = stdin)
    std::string id;    // document id
  };
  ArticleReader(const std::vector<std::string>& inputs, Reporter& rep);
  ~ArticleReader();
  // Next article, or false at the end.
  bool Next(Article& out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Reads every article of `reader`, runs intake and extraction on `jobs` threads, and hands each
// document's facts to `sink` in input order (a bounded reorder buffer keeps memory flat).
// Articles that fail intake are reported and skipped. Returns the number of articles read.
size_t ExtractAll(ArticleReader& reader, const kb::KnowledgeBase& kb, int jobs, Reporter& rep,
                  const std::function<void(DocumentFacts&&)>& sink, size_t* bytes_out = nullptr);

// The common start of a verb: parses options (printing `usage` on error, or on stdout for
// --help), loads the knowledge base and resolves --pair. Returns true to go on; false with
// *exit_status set (0 after --help, 2 for bad usage or a knowledge base that does not load).
bool StartVerb(int argc, char** argv, const char* verb, const char* usage, bool needs_inputs,
               Options& opts, Reporter& rep, std::unique_ptr<kb::KnowledgeBase>& kb,
               std::vector<std::string>* pair_ids, int* exit_status);

// "1 article", "2 articles": `n` and the noun, plural with an "s" unless n is 1.
std::string Count(size_t n, const std::string& noun);

// The timeline options of build and merge: --pair (resolved), --lang (the language's words from
// the resource folder's timeline/ files) and the knowledge base. Prints the error and returns
// false on bad usage (an unknown --lang names the languages there are).
bool TimelineSetup(const char* verb, const Options& opts, const kb::KnowledgeBase& kb,
                   TimelineOptions& tl);

// Resolves --pair "vietnam,france" (names or codes in any language) to two country ids.
std::string ResolvePair(const std::string& pair, const kb::KnowledgeBase& kb,
                        std::vector<std::string>& ids);

}  // namespace bilat::cli
