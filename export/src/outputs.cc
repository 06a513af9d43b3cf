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
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

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
    write(out);
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
        streamed_files) {
  std::error_code ec;
  fs::create_directories(outdir, ec);
  if (ec) return Status::IOError(outdir + ": cannot create folder: " + ec.message());
  Timeline timeline = BuildTimeline(graph, timeline_options);
  using Writer = std::function<void(std::ostream&)>;
  const std::vector<std::pair<std::string, Writer>> files = {
      {"graph.graphml", [&](std::ostream& o) { WriteGraphml(graph, o); }},
      {"graph.gexf", [&](std::ostream& o) { WriteGexf(graph, o); }},
      {"graph.json", [&](std::ostream& o) { WriteGraphJson(graph, o); }},
      {"nodes.csv", [&](std::ostream& o) { WriteNodesCsv(graph, o); }},
      {"edges.csv", [&](std::ostream& o) { WriteEdgesCsv(graph, o); }},
      {"timeline.json", [&](std::ostream& o) { WriteTimelineJson(timeline, o); }},
      {"timeline.md", [&](std::ostream& o) { WriteTimelineMarkdown(timeline, o); }},
      {"timeline.html", [&](std::ostream& o) { WriteTimelineHtml(timeline, o); }}};
  FolderLock lock(outdir);
  if (!lock.status().ok()) return lock.status();
  std::vector<std::string> names;
  for (const auto& file : files) names.push_back(file.first);
  for (const auto& file : extra_files) names.push_back(file.first);
  for (const auto& file : streamed_files) names.push_back(file.first);
  RemoveStaleTemporaries(outdir, names, true);
  std::vector<Pending> pending;
  auto discard = [&] {
    for (const Pending& p : pending) ::unlink(p.tmp.c_str());
  };
  auto add = [&](const std::string& name, const Writer& write) {
    Pending p;
    Status s = WriteTemporary((fs::path(outdir) / name).string(), write, &p);
    if (s.ok()) pending.push_back(std::move(p));
    return s;
  };
  for (const auto& [name, write] : files) {
    if (Status s = add(name, write); !s.ok()) return discard(), s;
  }
  for (const auto& file : extra_files) {
    const std::string& content = file.second;  // (C++17: structured bindings cannot be captured)
    Writer write = [&content](std::ostream& o) {
      o.write(content.data(), static_cast<std::streamsize>(content.size()));
    };
    if (Status s = add(file.first, write); !s.ok()) return discard(), s;
  }
  for (const auto& [name, write] : streamed_files) {
    if (Status s = add(name, write); !s.ok()) return discard(), s;
  }
  for (size_t i = 0; i < pending.size(); ++i) {
    if (Status s = Commit(pending[i]); !s.ok()) {
      for (size_t k = i; k < pending.size(); ++k) ::unlink(pending[k].tmp.c_str());
      return s;
    }
  }
  return Status::OK();
}

}  // namespace bilat
