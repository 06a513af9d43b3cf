#include "pipeline.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <system_error>
#include <thread>

namespace bilat::cli {

namespace fs = std::filesystem;

// ---------------------------------------------------------------------------------- Reporter

namespace {
double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
}  // namespace

void Reporter::Error(const std::string& message) {
  std::lock_guard<std::mutex> lock(mu_);
  ++errors_;
  if (progress_shown_) std::fputs("\n", stderr);
  progress_shown_ = false;
  std::fprintf(stderr, "bilat: %s\n", message.c_str());
}

void Reporter::Note(const std::string& message) {
  std::lock_guard<std::mutex> lock(mu_);
  if (progress_shown_) std::fputs("\n", stderr);
  progress_shown_ = false;
  std::fprintf(stderr, "bilat: %s\n", message.c_str());
}

void Reporter::Progress(size_t articles, size_t bytes) {
  if (!isatty(STDERR_FILENO)) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (start_ < 0) start_ = Now();
  double secs = std::max(1e-3, Now() - start_);
  std::fprintf(stderr, "\rbilat: %zu articles, %.1f MB, %.1f MB/s   ", articles, bytes / 1e6,
               bytes / 1e6 / secs);
  progress_shown_ = true;
}

void Reporter::EndProgress() {
  std::lock_guard<std::mutex> lock(mu_);
  if (progress_shown_) std::fputs("\n", stderr);
  progress_shown_ = false;
}

// ---------------------------------------------------------------------------------- options

namespace {

// "--jobs 4" and "--jobs=4" alike: the value of option `name` at argv[i], or nullptr when missing.
const char* OptionValue(int argc, char** argv, int& i, const std::string& arg) {
  size_t eq = arg.find('=');
  if (arg.rfind("--", 0) == 0 && eq != std::string::npos) return argv[i] + eq + 1;
  return i + 1 < argc ? argv[++i] : nullptr;
}

// A whole positive decimal number, capped at kMaxJobs; 0 when it is not one.
int ParseJobs(const char* v) {
  if (!v || !*v) return 0;
  long long n = 0;
  for (const char* c = v; *c; ++c) {
    if (*c < '0' || *c > '9') return 0;
    n = std::min<long long>(n * 10 + (*c - '0'), kMaxJobs + 1LL);
  }
  return n < 1 ? 0 : static_cast<int>(std::min<long long>(n, kMaxJobs));
}

}  // namespace

size_t ParseSize(const char* v) {
  if (!v || *v < '0' || *v > '9') return 0;
  unsigned long long n = 0;
  const char* c = v;
  for (; *c >= '0' && *c <= '9'; ++c) {
    n = n * 10 + static_cast<unsigned>(*c - '0');
    if (n > (1ULL << 50)) return 0;
  }
  int shift = 0;
  if (*c) {
    switch (*c) {
      case 'k': case 'K': shift = 10; break;
      case 'm': case 'M': shift = 20; break;
      case 'g': case 'G': shift = 30; break;
      default: return 0;
    }
    ++c;
    if (*c == 'B' || *c == 'b') ++c;
    if (*c) return 0;
  }
  return static_cast<size_t>(n << shift);
}

std::string ParseOptions(int argc, char** argv, Options& opts, bool needs_inputs) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    std::string name = a.rfind("--", 0) == 0 ? a.substr(0, a.find('=')) : a;
    auto value = [&]() -> const char* { return OptionValue(argc, argv, i, a); };
    if (a == "-h" || a == "--help") {
      opts.help = true;
      return "";
    } else if (name == "-o" || name == "--output") {
      const char* v = value();
      if (!v || !*v) return name + " needs a value";
      opts.output = v;
    } else if (name == "--kb") {
      const char* v = value();
      if (!v || !*v) return "--kb needs a file";
      opts.kb_files.push_back(v);
    } else if (name == "--resources") {
      const char* v = value();
      if (!v || !*v) return "--resources needs a folder";
      opts.resources = v;
    } else if (name == "--pair") {
      const char* v = value();
      if (!v) return "--pair needs COUNTRY,COUNTRY";
      opts.pair = v;
    } else if (name == "--lang") {
      const char* v = value();
      if (!v || !*v) return "--lang needs a language: en, vi or fr";
      opts.lang = v;
    } else if (name == "--jobs" || name == "-j") {
      const char* v = value();
      opts.jobs = ParseJobs(v);
      if (!opts.jobs)
        return "--jobs needs a whole number from 1 (at most " + std::to_string(kMaxJobs) +
               " are used), not '" + std::string(v ? v : "") + "'";
    } else if (name == "--memory") {
      const char* v = value();
      opts.memory = ParseSize(v);
      if (!opts.memory)
        return "--memory needs a size such as 512M or 2G, not '" + std::string(v ? v : "") + "'";
    } else if (name == "--max-provenance") {
      const char* v = value();
      std::string t = v ? v : "";
      if (t.empty() || t.size() > 9 || t.find_first_not_of("0123456789") != std::string::npos)
        return "--max-provenance needs a whole number (0: no cap), not '" + t + "'";
      opts.max_provenance = std::stol(t);
    } else if (name == "--full-entities") {
      opts.full_entities = true;
    } else if (name == "--update") {
      opts.update = true;
    } else if (name == "--facts") {
      const char* v = value();
      if (!v) return "--facts needs a file";
      opts.facts = v;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      return "unknown option " + a;
    } else {
      opts.inputs.push_back(a);
    }
  }
  if (needs_inputs && opts.inputs.empty()) return "no input given";
  if (opts.output.empty() && opts.facts.empty()) return "no output given (-o)";
  return "";
}

std::unique_ptr<kb::KnowledgeBase> LoadKnowledgeBase(const Options& opts, Reporter& rep) {
  std::string dir =
      opts.resources.empty() ? kb::KnowledgeBase::DefaultResourceDir() : opts.resources;
  auto loaded = kb::KnowledgeBase::Load(dir, opts.kb_files);
  if (!loaded.ok()) {
    rep.Error("knowledge base: " + loaded.status().message());
    return nullptr;
  }
  return std::make_unique<kb::KnowledgeBase>(std::move(loaded).value());
}

bool StartVerb(int argc, char** argv, const char* verb, const char* usage, bool needs_inputs,
               Options& opts, Reporter& rep, std::unique_ptr<kb::KnowledgeBase>& kb,
               std::vector<std::string>* pair_ids, int* exit_status) {
  *exit_status = 2;
  if (std::string err = ParseOptions(argc, argv, opts, needs_inputs); !err.empty()) {
    std::fprintf(stderr, "bilat %s: %s\nusage: %s\n", verb, err.c_str(), usage);
    return false;
  }
  if (opts.help) {
    std::printf("usage: %s\n", usage);
    *exit_status = 0;
    return false;
  }
  kb = LoadKnowledgeBase(opts, rep);
  if (!kb) return false;
  if (pair_ids) {
    if (std::string err = ResolvePair(opts.pair, *kb, *pair_ids); !err.empty()) {
      std::fprintf(stderr, "bilat %s: %s\n", verb, err.c_str());
      return false;
    }
  }
  return true;
}

bool TimelineSetup(const char* verb, const Options& opts, const kb::KnowledgeBase& kb,
                   TimelineOptions& tl) {
  std::string dir =
      opts.resources.empty() ? kb::KnowledgeBase::DefaultResourceDir() : opts.resources;
  auto language = TimelineLanguage::Load(dir, opts.lang);
  if (!language.ok()) {
    std::fprintf(stderr, "bilat %s: --lang: %s\n", verb, language.status().message().c_str());
    return false;
  }
  tl.language = language.value();
  tl.kb = &kb;
  return true;
}

std::string ResolvePair(const std::string& pair, const kb::KnowledgeBase& kb,
                        std::vector<std::string>& ids) {
  ids.clear();
  if (pair.empty()) return "";
  size_t comma = pair.find(',');
  if (comma == std::string::npos) return "--pair needs two countries: A,B";
  for (std::string name : {pair.substr(0, comma), pair.substr(comma + 1)}) {
    const kb::Country* c = kb.CountryById(name);
    if (!c) c = kb.FindCountry(name);
    if (!c) return "--pair: unknown country '" + name + "'";
    ids.push_back(c->id);
  }
  return "";
}

std::string Count(size_t n, const std::string& noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

// ---------------------------------------------------------------------------------- reading

namespace {

constexpr size_t kMaxArticleBytes = 64u << 20;

bool IsArticleFile(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext == ".txt" || ext == ".text" || ext == ".jsonl" || ext.empty();
}

bool IsJsonl(const std::string& path) {
  return path.size() > 6 && path.compare(path.size() - 6, 6, ".jsonl") == 0;
}

}  // namespace

// Document ids (README "Document ids"): a file's id is its file name, however it was named on
// the command line (through its folder, in a list, relative or absolute), so that a sharded run
// over a list of files gives the ids of one build over the folder. When different files of one run
// share a name, each of them is named by the shortest tail of its real path that tells them apart
// ("a/index.txt", "b/index.txt"). A JSONL article without an "id" is "<file name>:<line>".
namespace {
void AssignDocumentIds(std::vector<ArticleReader::Input>& inputs) {
  std::map<std::string, std::vector<std::string>> real_paths;  // file name -> distinct real paths
  std::vector<std::string> real(inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (inputs[i].path == "-") continue;
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::absolute(inputs[i].path, ec), ec);
    real[i] = p.generic_string();
    auto& paths = real_paths[fs::path(inputs[i].path).filename().string()];
    if (std::find(paths.begin(), paths.end(), real[i]) == paths.end()) paths.push_back(real[i]);
  }
  auto tail = [](const std::string& path, size_t parts) {
    size_t cut = path.size();
    for (size_t k = 0; k < parts && cut != std::string::npos && cut > 0; ++k)
      cut = path.rfind('/', cut - 1);
    return cut == std::string::npos ? path : path.substr(cut + 1);
  };
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (inputs[i].path == "-") {
      inputs[i].id = "stdin";
      continue;
    }
    std::string name = fs::path(inputs[i].path).filename().string();
    const auto& paths = real_paths[name];
    if (paths.size() == 1) {
      inputs[i].id = name;
      continue;
    }
    for (size_t parts = 2;; ++parts) {
      std::string mine = tail(real[i], parts);
      size_t same = 0;
      for (const auto& other : paths) same += tail(other, parts) == mine;
      if (same == 1 || parts > real[i].size()) {
        inputs[i].id = mine;
        break;
      }
    }
  }
}
}  // namespace

struct ArticleReader::Impl {
  Impl(const std::vector<std::string>& in, Reporter& r) : rep(r) {
    std::vector<Input> all;
    for (const auto& i : in) {
      std::error_code ec;
      if (i != "-" && fs::is_directory(i, ec))
        Expand(i, all);
      else
        all.push_back({i, ""});
    }
    AssignDocumentIds(all);
    pending.assign(all.begin(), all.end());
  }
  using Pending = Input;
  Reporter& rep;
  std::deque<Pending> pending;
  // An open JSON Lines stream.
  std::unique_ptr<std::istream> jsonl;
  std::string jsonl_name;  // for diagnostics: the path as given
  std::string jsonl_id;    // for ids: the file's document id
  size_t jsonl_line = 0;

  bool ReadFile(const std::string& path, std::string& out) {
    if (path == "-") {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      out = ss.str();
      return true;
    }
    std::error_code ec;
    auto size = fs::file_size(path, ec);
    if (ec) {
      rep.Error(path + ": cannot read: " + ec.message());
      return false;
    }
    if (size > kMaxArticleBytes) {
      rep.Error(path + ": " + std::to_string(size) + " bytes: larger than an article can be");
      return false;
    }
    std::ifstream f(path, std::ios::binary);
    if (!f) {
      rep.Error(path + ": cannot open");
      return false;
    }
    out.assign(std::istreambuf_iterator<char>(f), {});
    if (f.bad()) {
      rep.Error(path + ": read error");
      return false;
    }
    return true;
  }

  // Appends the article files of folder `dir` to `out`, sorted by their path in it.
  void Expand(const std::string& dir, std::vector<Input>& out) {
    std::vector<std::pair<std::string, std::string>> found;  // relative path, path
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      rep.Error(dir + ": cannot read folder: " + ec.message());
      return;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        rep.Error(dir + ": " + ec.message());
        break;
      }
      std::error_code fec;
      if (!it->is_regular_file(fec) || !IsArticleFile(it->path())) continue;
      found.emplace_back(fs::relative(it->path(), dir, fec).generic_string(), it->path().string());
    }
    std::sort(found.begin(), found.end());
    for (auto& [rel, path] : found) out.push_back({path, ""});
  }

  bool NextJsonl(Article& out) {
    std::string line;
    while (std::getline(*jsonl, line)) {
      ++jsonl_line;
      std::string where = jsonl_name + ":" + std::to_string(jsonl_line);
      std::string line_id = jsonl_id + ":" + std::to_string(jsonl_line);
      if (line.size() > kMaxArticleBytes) {
        rep.Error(where + ": line of " + std::to_string(line.size()) + " bytes skipped");
        continue;
      }
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      ArticleJson a;
      if (!ReadArticleJson(line, a)) {
        rep.Error(where + ": not a JSON object");
        continue;
      }
      if (!a.has_text) {
        rep.Error(where + ": no \"text\" string");
        continue;
      }
      out = Article();
      out.bytes = std::move(a.text);
      out.id = a.id.empty() ? line_id : std::move(a.id);
      out.origin = where;
      out.title = std::move(a.title);
      out.url = std::move(a.url);
      out.lang = std::move(a.lang);
      const std::string& date = a.date;
      if (!date.empty()) {
        auto d = PartialDate::Parse(date.substr(0, std::min<size_t>(10, date.size())));
        if (d)
          out.published = *d;
        else
          rep.Note(where + ": date '" + date + "' not understood, ignored");
      }
      if (!out.title.empty() && out.bytes.rfind(out.title, 0) != 0)
        out.bytes = out.title + "\n" + out.bytes;
      return true;
    }
    if (jsonl->bad()) rep.Error(jsonl_name + ": read error");
    jsonl.reset();
    return false;
  }

  bool Next(Article& out) {
    while (true) {
      if (jsonl && NextJsonl(out)) return true;
      if (pending.empty()) return false;
      Pending p = pending.front();
      pending.pop_front();
      std::error_code ec;
      if (p.path != "-" && !fs::exists(p.path, ec)) {
        rep.Error(p.path + ": no such file or folder");
        continue;
      }
      if (IsJsonl(p.path)) {
        auto f = std::make_unique<std::ifstream>(p.path, std::ios::binary);
        if (!*f) {
          rep.Error(p.path + ": cannot open");
          continue;
        }
        jsonl = std::move(f);
        jsonl_name = p.path;
        jsonl_id = p.id;
        jsonl_line = 0;
        continue;
      }
      std::string bytes;
      if (!ReadFile(p.path, bytes)) continue;
      if (p.path == "-") {
        size_t first = bytes.find_first_not_of(" \t\r\n");
        if (first != std::string::npos && bytes[first] == '{') {
          jsonl = std::make_unique<std::istringstream>(bytes);
          jsonl_name = jsonl_id = "stdin";
          jsonl_line = 0;
          continue;
        }
      }
      out = Article();
      out.id = p.path == "-" ? "stdin" : p.id;
      out.origin = p.path == "-" ? "stdin" : p.path;
      out.bytes = std::move(bytes);
      return true;
    }
  }
};

ArticleReader::ArticleReader(const std::vector<std::string>& inputs, Reporter& rep)
    : impl_(std::make_unique<Impl>(inputs, rep)) {}
ArticleReader::~ArticleReader() = default;
bool ArticleReader::Next(Article& out) { return impl_->Next(out); }

// ---------------------------------------------------------------------------------- pipeline

// Articles travel to the extraction threads in batches (up to kBatchArticles articles or
// kBatchBytes of text), so threads meet at a lock once per batch, not once per article: on a
// corpus of 3 KB agency stories, waking a thread per article cost about a tenth of the time.
constexpr size_t kBatchArticles = 64;
constexpr size_t kBatchBytes = 256u << 10;

int WorkerThreads(int jobs) {
  if (jobs <= 0) jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return std::min(jobs, kMaxJobs);
}

size_t ExtractAll(ArticleReader& reader, const kb::KnowledgeBase& kb, int jobs, Reporter& rep,
                  const std::function<void(DocumentFacts&&)>& sink, size_t* bytes_out) {
  jobs = WorkerThreads(jobs);
  Extractor extractor(kb);
  IntakeOptions intake;
  intake.kb = &kb;
  // Batches waiting for a thread, and batches done but not yet emitted (in order), are each
  // bounded: memory stays a few batches per thread whatever the corpus size.
  const size_t capacity = static_cast<size_t>(jobs) * 2;

  using Batch = std::vector<Article>;
  using Results = std::vector<std::optional<DocumentFacts>>;
  std::mutex mu;
  std::condition_variable cv_work, cv_room, cv_done;
  std::deque<std::pair<size_t, Batch>> queue;
  std::map<size_t, Results> done;  // reorder buffer, by batch number
  bool finished_reading = false;
  size_t next_to_emit = 0, batches = 0, read = 0, bytes = 0;

  auto worker = [&] {
    while (true) {
      std::pair<size_t, Batch> job;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv_work.wait(lock, [&] { return !queue.empty() || finished_reading; });
        if (queue.empty()) return;
        job = std::move(queue.front());
        queue.pop_front();
        cv_room.notify_one();
      }
      Results results(job.second.size());
      for (size_t k = 0; k < job.second.size(); ++k) {
        auto doc = Intake(job.second[k], intake);
        if (!doc.ok())
          rep.Error(doc.status().message() + " (skipped)");
        else
          results[k] = extractor.Extract(doc.value());
        job.second[k] = Article();  // free the text as soon as it is done
      }
      {
        std::lock_guard<std::mutex> lock(mu);
        done[job.first] = std::move(results);
      }
      cv_done.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (int i = 0; i < jobs; ++i) {
    // The system may refuse threads (ulimit -u, memory): go on with those it gave.
    try {
      threads.emplace_back(worker);
    } catch (const std::system_error& e) {
      rep.Note("could start only " + Count(threads.size(), "extraction thread") + ": " + e.what());
      break;
    }
  }
  if (threads.empty()) {
    rep.Error("cannot start an extraction thread: nothing read");
    return 0;
  }

  auto emit_ready = [&](std::unique_lock<std::mutex>& lock) {
    while (!done.empty() && done.begin()->first == next_to_emit) {
      auto node = done.extract(done.begin());
      ++next_to_emit;
      lock.unlock();
      for (auto& r : node.mapped())
        if (r) sink(std::move(*r));
      node = {};
      lock.lock();
    }
  };
  auto submit = [&](Batch&& batch) {
    std::unique_lock<std::mutex> lock(mu);
    // Wait for room in both the work queue and the reorder buffer (bounded memory).
    cv_room.wait(lock, [&] { return queue.size() < capacity; });
    while (batches - next_to_emit >= capacity * 2) {
      emit_ready(lock);
      if (batches - next_to_emit < capacity * 2) break;
      cv_done.wait(lock);
    }
    queue.emplace_back(batches++, std::move(batch));
    cv_work.notify_one();
    emit_ready(lock);
  };
  Batch batch;
  size_t batch_bytes = 0;
  Article a;
  while (reader.Next(a)) {
    ++read;
    bytes += a.bytes.size();
    batch_bytes += a.bytes.size();
    batch.push_back(std::move(a));
    if (batch.size() >= kBatchArticles || batch_bytes >= kBatchBytes) {
      submit(std::move(batch));
      batch = Batch();
      batch_bytes = 0;
    }
    rep.Progress(read, bytes);
  }
  if (!batch.empty()) submit(std::move(batch));
  {
    std::lock_guard<std::mutex> lock(mu);
    finished_reading = true;
  }
  cv_work.notify_all();
  for (auto& t : threads) t.join();
  std::unique_lock<std::mutex> lock(mu);
  emit_ready(lock);
  rep.EndProgress();
  if (bytes_out) *bytes_out = bytes;
  return read;
}

}  // namespace bilat::cli
