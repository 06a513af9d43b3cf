// Writing the output folder. Every file is streamed to a temporary file in the same folder,
// flushed to disk and renamed over its final name, so that a crash leaves either the old file or
// the new one, never half of one.
//
// A process killed between creating and renaming a temporary file leaves it behind; the next
// writer removes it. Temporary names are ".<final name>.tmp.<pid>.<n>", so a writer knows which
// are its outputs' and whose: under the folder's lock every such file of an output is stale; for a
// single file (no lock) those of processes no longer running are.

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <sstream>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

#include "export_internal.h"

namespace bilat {

namespace {

namespace fs = std::filesystem;

constexpr char kLockName[] = ".bilat.lock";

Status Errno(const std::string& path, const char* what) {
  return Status::IOError(path + ": " + what + ": " + std::strerror(errno));
}

// ".graph.graphml.tmp.<pid>.<n>": hidden, in the same folder (rename is atomic only within one
// file system), unique per process and call.
std::string TempPath(const std::string& path) {
  static std::atomic<unsigned> counter{0};
  fs::path p(path);
  std::string name = "." + p.filename().string() + ".tmp." + std::to_string(::getpid()) + "." +
                     std::to_string(counter++);
  return (p.parent_path() / name).string();
}

// The pid in ".<name>.tmp.<pid>.<n>" when `file` is a temporary of `name`, else -1.
long TempOwner(const std::string& file, const std::string& name) {
  std::string prefix = "." + name + ".tmp.";
  if (file.rfind(prefix, 0) != 0) return -1;
  std::string rest = file.substr(prefix.size());
  size_t dot = rest.find('.');
  if (dot == 0 || dot == std::string::npos || dot > 9 || dot + 1 == rest.size()) return -1;
  if (rest.find_first_not_of("0123456789.") != std::string::npos) return -1;
  if (rest.find('.', dot + 1) != std::string::npos) return -1;
  return std::stol(rest.substr(0, dot));
}

bool ProcessGone(long pid) { return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH; }

// Removes the temporaries of `names` in `dir` left by killed writers: all of them when
// `all_stale` (the caller holds the folder's lock), else those of processes no longer running.
void RemoveStaleTemporaries(const fs::path& dir, const std::vector<std::string>& names,
                            bool all_stale) {
  std::error_code ec;
  for (fs::directory_iterator it(dir.empty() ? fs::path(".") : dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    std::string file = it->path().filename().string();
    for (const auto& name : names) {
      long pid = TempOwner(file, name);
      if (pid < 0 || pid == ::getpid()) continue;
      if (all_stale || ProcessGone(pid)) {
        std::error_code rec;
        fs::remove(it->path(), rec);
      }
    }
  }
}

// An advisory lock on <dir>/.bilat.lock, held while the object lives: two writers into one
// folder take turns (the second waits), so the folder never holds a mix of their files. The
// kernel drops the lock of a killed process.
class FolderLock {
 public:
  explicit FolderLock(const fs::path& dir) {
    std::string path = (dir / kLockName).string();
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) {
      status_ = Errno(path, "cannot open lock file");
      return;
    }
    while (::flock(fd_, LOCK_EX) != 0) {
      if (errno == EINTR) continue;
      status_ = Errno(path, "cannot lock");
      return;
    }
  }
  ~FolderLock() {
    if (fd_ >= 0) ::close(fd_);  // releases the lock
  }
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;
  const Status& status() const { return status_; }

 private:
  int fd_ = -1;
  Status status_ = Status::OK();
};

Status WriteAll(int fd, const std::string& content, const std::string& tmp) {
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Errno(tmp, "write");
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0) return Errno(tmp, "fsync");
  return Status::OK();
}

// Writes `path` through a temporary and a rename (WriteFileAtomic, without the clean-up).
Status WriteThroughTemporary(const std::string& path, const std::string& content) {
  std::string tmp = TempPath(path);
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Errno(path, "cannot create temporary file");
  Status s = WriteAll(fd, content, tmp);
  if (::close(fd) != 0 && s.ok()) s = Errno(tmp, "close");
  if (s.ok() && ::rename(tmp.c_str(), path.c_str()) != 0) s = Errno(path, "rename");
  if (!s.ok()) ::unlink(tmp.c_str());
  return s;
}

// Two phases: a file is streamed to its temporary and its write-back to disk started
// (WriteTemporary), then flushed (fsync) and renamed over its final name (Commit). WriteOutputs
// writes every file first and commits them after, so that the disk works while the next file
// is made. The guarantee is the one above: no final name ever points at a half-written file.
struct Pending {
  std::string tmp, path;
};

Status WriteTemporary(const std::string& path, const std::function<void(std::ostream&)>& write,
                      Pending* pending) {
  std::string tmp = TempPath(path);
  Status s = Status::OK();
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Errno(path, "cannot create temporary file");
    try {
      write(out);
    } catch (...) {  // (the writer's own failure, e.g. out of memory: no temporary is left)
      out.close();
      ::unlink(tmp.c_str());
      throw;
    }
    out.flush();
    if (!out) s = Errno(tmp, "write");
  }
  if (s.ok()) {
    int fd = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      s = Errno(tmp, "open");
    } else {
#ifdef SYNC_FILE_RANGE_WRITE
      ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);  // a hint: errors show at fsync
#endif
      ::close(fd);
    }
  }
  if (!s.ok()) {
    ::unlink(tmp.c_str());
    return s;
  }
  *pending = {tmp, path};
  return s;
}

Status Commit(const Pending& p) {
  int fd = ::open(p.tmp.c_str(), O_RDONLY | O_CLOEXEC);
  Status s = Status::OK();
  if (fd < 0 || ::fsync(fd) != 0) s = Errno(p.tmp, "fsync");
  if (fd >= 0) ::close(fd);
  if (s.ok() && ::rename(p.tmp.c_str(), p.path.c_str()) != 0) s = Errno(p.path, "rename");
  return s;
}

// Streams `write` into a temporary file beside `path`, flushes it to disk and renames it over
// `path` (WriteStreamAtomic, without the clean-up): outputs can be larger than one wants to hold
// in memory (graph.json has every provenance).
Status StreamThroughTemporary(const std::string& path,
                              const std::function<void(std::ostream&)>& write) {
  Pending p;
  Status s = WriteTemporary(path, write, &p);
  if (!s.ok()) return s;  // (WriteTemporary removed its temporary)
  s = Commit(p);
  if (!s.ok()) ::unlink(p.tmp.c_str());
  return s;
}

}  // namespace

Status WriteFileAtomic(const std::string& path, const std::string& content) {
  RemoveStaleTemporaries(fs::path(path).parent_path(), {fs::path(path).filename().string()}, false);
  return WriteThroughTemporary(path, content);
}

Status WriteStreamAtomic(const std::string& path, const std::function<void(std::ostream&)>& write) {
  RemoveStaleTemporaries(fs::path(path).parent_path(), {fs::path(path).filename().string()}, false);
  return StreamThroughTemporary(path, write);
}

Status WriteOutputs(
    const Graph& graph, const std::string& outdir, const TimelineOptions& timeline_options,
    const std::vector<std::pair<std::string, std::string>>& extra_files,
    const std::vector<std::pair<std::string, std::function<void(std::ostream&)>>>&
        streamed_files,
    int threads) {
  std::error_code ec;
  fs::create_directories(outdir, ec);
  if (ec) return Status::IOError(outdir + ": cannot create folder: " + ec.message());
  using Writer = std::function<void(std::ostream&)>;
  Timeline timeline;
  // Every file in its place (the order of the commits and of the error reported); the timeline's
  // three files follow its building in one task, the other files are a task each.
  struct File {
    std::string name;
    Writer write;
    Status status = Status::OK();
    Pending pending;
    bool written = false;
  };
  std::vector<File> files;
  auto file = [&](std::string name, Writer w) {
    files.emplace_back();
    files.back().name = std::move(name);
    files.back().write = std::move(w);
  };
  file("graph.graphml", [&](std::ostream& o) { WriteGraphml(graph, o); });
  file("graph.gexf", [&](std::ostream& o) { WriteGexf(graph, o); });
  file("graph.json", [&](std::ostream& o) { WriteGraphJson(graph, o); });
  file("nodes.csv", [&](std::ostream& o) { WriteNodesCsv(graph, o); });
  file("edges.csv", [&](std::ostream& o) { WriteEdgesCsv(graph, o); });
  const size_t first_timeline = files.size();
  file("timeline.json", [&](std::ostream& o) { WriteTimelineJson(timeline, o); });
  file("timeline.md", [&](std::ostream& o) { WriteTimelineMarkdown(timeline, o); });
  file("timeline.html", [&](std::ostream& o) { WriteTimelineHtml(timeline, o); });
  for (const auto& extra : extra_files) {
    const std::string& content = extra.second;  // (C++17: structured bindings cannot be captured)
    file(extra.first, [&content](std::ostream& o) {
      o.write(content.data(), static_cast<std::streamsize>(content.size()));
    });
  }
  for (const auto& [name, write] : streamed_files) file(name, write);

  FolderLock lock(outdir);
  if (!lock.status().ok()) return lock.status();
  std::vector<std::string> names;
  for (const File& f : files) names.push_back(f.name);
  RemoveStaleTemporaries(outdir, names, true);

  std::atomic<bool> failed{false};
  auto write_file = [&](size_t i) {
    File& f = files[i];
    if (failed.load(std::memory_order_relaxed)) return;  // the batch is lost anyway
    f.status = WriteTemporary((fs::path(outdir) / f.name).string(), f.write, &f.pending);
    f.written = f.status.ok();
    if (!f.written) failed = true;
  };
  // Tasks, largest first (graph.json, the timeline, GEXF, GraphML, edges, nodes, then the
  // caller's files), so that the threads end together.
  std::vector<std::function<void()>> tasks;
  auto task_for = [&](std::string_view name) {
    for (size_t i = 0; i < first_timeline; ++i)
      if (files[i].name == name) tasks.push_back([&, i] { write_file(i); });
  };
  task_for("graph.json");
  tasks.push_back([&] {
    timeline = BuildTimeline(graph, timeline_options);
    for (size_t i = first_timeline; i < first_timeline + 3; ++i) write_file(i);
  });
  for (std::string_view name : {"graph.gexf", "graph.graphml", "edges.csv", "nodes.csv"})
    task_for(name);
  for (size_t i = first_timeline + 3; i < files.size(); ++i)
    tasks.push_back([&, i] { write_file(i); });
  if (tasks.size() != files.size() - 2) std::abort();  // every file has its task, once
  std::atomic<size_t> next{0};
  std::mutex error_mu;
  std::exception_ptr error;  // the first a writer threw, thrown again here once all have stopped
  auto run = [&] {
    for (size_t t; (t = next.fetch_add(1)) < tasks.size();) {
      try {
        tasks[t]();
      } catch (...) {
        failed = true;
        std::lock_guard<std::mutex> hold(error_mu);
        if (!error) error = std::current_exception();
      }
    }
  };
  size_t helpers = std::min<size_t>(threads > 1 ? static_cast<size_t>(threads) - 1 : 0,
                                    tasks.size() - 1);
  std::vector<std::thread> pool;
  for (size_t k = 0; k < helpers; ++k) {
    try {
      pool.emplace_back(run);
    } catch (const std::system_error&) {
      break;  // the system refuses threads: this one writes what is left
    }
  }
  run();
  for (std::thread& t : pool) t.join();
  if (error) {
    for (const File& f : files)
      if (f.written) ::unlink(f.pending.tmp.c_str());
    std::rethrow_exception(error);
  }

  auto discard = [&](size_t from) {
    for (size_t k = from; k < files.size(); ++k)
      if (files[k].written) ::unlink(files[k].pending.tmp.c_str());
  };
  for (const File& f : files) {
    if (!f.status.ok()) return discard(0), f.status;
  }
  for (size_t i = 0; i < files.size(); ++i) {
    if (Status s = Commit(files[i].pending); !s.ok()) return discard(i), s;
  }
  return Status::OK();
}

}  // namespace bilat
