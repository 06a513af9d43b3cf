// Writing the output folder. Every file is streamed to a temporary file in the same folder,
// flushed to disk and renamed over its final name, so that a crash leaves either the old file or
// the new one, never half of one.

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "export_internal.h"

namespace bilat {

namespace {

namespace fs = std::filesystem;

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

}  // namespace

Status WriteFileAtomic(const std::string& path, const std::string& content) {
  std::string tmp = TempPath(path);
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Errno(path, "cannot create temporary file");
  Status s = WriteAll(fd, content, tmp);
  if (::close(fd) != 0 && s.ok()) s = Errno(tmp, "close");
  if (s.ok() && ::rename(tmp.c_str(), path.c_str()) != 0) s = Errno(path, "rename");
  if (!s.ok()) ::unlink(tmp.c_str());
  return s;
}

// Streams `write` into a temporary file beside `path`, flushes it to disk and renames it over
// `path`: outputs can be larger than one wants to hold in memory (graph.json has every provenance).
Status WriteStreamAtomic(const std::string& path, const std::function<void(std::ostream&)>& write) {
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
    if (fd < 0 || ::fsync(fd) != 0) s = Errno(tmp, "fsync");
    if (fd >= 0) ::close(fd);
  }
  if (s.ok() && ::rename(tmp.c_str(), path.c_str()) != 0) s = Errno(path, "rename");
  if (!s.ok()) ::unlink(tmp.c_str());
  return s;
}

Status WriteOutputs(const Graph& graph, const std::string& outdir,
                    const TimelineOptions& timeline_options) {
  std::error_code ec;
  fs::create_directories(outdir, ec);
  if (ec) return Status::IOError(outdir + ": cannot create folder: " + ec.message());
  Timeline timeline = BuildTimeline(graph, timeline_options);
  using Writer = std::function<void(std::ostream&)>;
  const std::vector<std::pair<std::string, Writer>> files = {
      {"graph.graphml", [&](std::ostream& o) { WriteGraphml(graph, o); }},
      {"graph.gexf", [&](std::ostream& o) { WriteGexf(graph, o); }},
      {"graph.json", [&](std::ostream& o) { WriteGraphJson(graph, o); }},
      {"timeline.json", [&](std::ostream& o) { WriteTimelineJson(timeline, o); }},
      {"timeline.md", [&](std::ostream& o) { WriteTimelineMarkdown(timeline, o); }},
      {"timeline.html", [&](std::ostream& o) { WriteTimelineHtml(timeline, o); }}};
  for (const auto& [name, write] : files) {
    Status s = WriteStreamAtomic((fs::path(outdir) / name).string(), write);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace bilat
