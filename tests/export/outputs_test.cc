// WriteOutputs and WriteFileAtomic: the output folder, atomic writes, failures.

#include <fcntl.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <thread>

#include "test_graphs.h"

namespace bilat {
namespace {

namespace fs = std::filesystem;
using namespace bilat::testing;

// A fresh folder under the system temp dir, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "bilat_export_test_XXXXXX").string();
    REQUIRE(mkdtemp(tmpl.data()) != nullptr);
    path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<std::string> Names(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

const std::vector<std::string> kOutputs = {"edges.csv",     "graph.gexf",    "graph.graphml",
                                           "graph.json",    "nodes.csv",     "timeline.html",
                                           "timeline.json", "timeline.md"};
// What a written folder holds: the outputs and the (empty) lock file writers take turns on.
const std::vector<std::string> kFolder = {".bilat.lock",   "edges.csv",   "graph.gexf",
                                          "graph.graphml", "graph.json",  "nodes.csv",
                                          "timeline.html", "timeline.json", "timeline.md"};

TEST_CASE("WriteOutputs writes the eight files and nothing else", "[outputs]") {
  TempDir tmp;
  fs::path out = tmp.path / "nested" / "out";
  TimelineOptions options;
  options.pair = {"vietnam", "france"};
  Status s = WriteOutputs(SampleGraph(), out.string(), options);
  REQUIRE(s.ok());
  CHECK(Names(out) == kFolder);  // no temporary file left
  for (const std::string& name : kOutputs) CHECK(fs::file_size(out / name) > 100);
  CHECK(Slurp(out / "graph.graphml") ==
        Render([](std::ostream& o) { WriteGraphml(SampleGraph(), o); }));
}

TEST_CASE("WriteOutputs gives byte-identical files on a second run", "[outputs]") {
  TempDir tmp;
  REQUIRE(WriteOutputs(SampleGraph(), (tmp.path / "a").string(), {}).ok());
  REQUIRE(WriteOutputs(SampleGraph(), (tmp.path / "b").string(), {}).ok());
  for (const std::string& name : kOutputs) {
    INFO(name);
    CHECK(Slurp(tmp.path / "a" / name) == Slurp(tmp.path / "b" / name));
  }
  // Writing over existing files replaces them.
  REQUIRE(WriteOutputs(SampleGraph(), (tmp.path / "a").string(), {}).ok());
  CHECK(Names(tmp.path / "a") == kFolder);
}

TEST_CASE("WriteOutputs on several threads writes the same bytes, and loses a failed batch whole",
          "[outputs]") {
  TempDir tmp;
  const std::vector<std::pair<std::string, std::string>> extra = {{"notes.txt", "a note\n"}};
  auto streamed = [](bool fail) {
    return std::vector<std::pair<std::string, std::function<void(std::ostream&)>>>{
        {"facts.jsonl", [fail](std::ostream& o) {
           o << "{\"doc\":\"a\"}\n";
           if (fail) o.setstate(std::ios::badbit);  // as a failed read-back does
         }}};
  };
  std::vector<std::string> all = kOutputs;
  all.insert(all.end(), {"facts.jsonl", "notes.txt"});
  REQUIRE(WriteOutputs(SampleGraph(), (tmp.path / "one").string(), {}, extra, streamed(false), 1)
              .ok());
  for (int threads : {2, 3, 4, 16}) {
    INFO("threads " << threads);
    fs::path out = tmp.path / ("t" + std::to_string(threads));
    REQUIRE(WriteOutputs(SampleGraph(), out.string(), {}, extra, streamed(false), threads).ok());
    for (const std::string& name : all) {
      INFO(name);
      CHECK(Slurp(out / name) == Slurp(tmp.path / "one" / name));
    }
    // A file that fails: nothing of this batch is renamed into place, no temporary is left, and
    // the error names the file.
    std::string before = Slurp(out / "graph.json");
    fs::remove(out / "graph.graphml");
    Status s = WriteOutputs(SampleGraph(), out.string(), {}, extra, streamed(true), threads);
    CHECK(s.code() == Status::Code::kIOError);
    CHECK(s.message().find("facts.jsonl") != std::string::npos);
    CHECK_FALSE(fs::exists(out / "graph.graphml"));
    CHECK(Slurp(out / "graph.json") == before);
    std::vector<std::string> left = kFolder;
    left.erase(std::find(left.begin(), left.end(), "graph.graphml"));
    left.insert(left.end(), {"facts.jsonl", "notes.txt"});
    std::sort(left.begin(), left.end());
    CHECK(Names(out) == left);
  }
}

TEST_CASE("WriteOutputs passes on what a writer throws, leaving no temporary", "[outputs]") {
  TempDir tmp;
  const std::vector<std::pair<std::string, std::function<void(std::ostream&)>>> throwing = {
      {"facts.jsonl", [](std::ostream& o) {
         o << "partial";
         throw std::runtime_error("writer failed");
       }}};
  for (int threads : {1, 2, 4}) {
    INFO("threads " << threads);
    fs::path out = tmp.path / ("t" + std::to_string(threads));
    REQUIRE(WriteOutputs(SampleGraph(), out.string(), {}).ok());
    std::string before = Slurp(out / "graph.json");
    CHECK_THROWS_WITH(WriteOutputs(SampleGraph(), out.string(), {}, {}, throwing, threads),
                      "writer failed");
    CHECK(Names(out) == kFolder);  // the earlier files, no temporary, no facts.jsonl
    CHECK(Slurp(out / "graph.json") == before);
  }
}

TEST_CASE("WriteFileAtomic replaces a file and leaves no temporary", "[outputs]") {
  TempDir tmp;
  fs::path file = tmp.path / "x.txt";
  REQUIRE(WriteFileAtomic(file.string(), "first").ok());
  REQUIRE(WriteFileAtomic(file.string(), "second, longer").ok());
  CHECK(Slurp(file) == "second, longer");
  REQUIRE(WriteFileAtomic(file.string(), "").ok());
  CHECK(Slurp(file).empty());
  CHECK(Names(tmp.path) == std::vector<std::string>{"x.txt"});
}

TEST_CASE("WriteFileAtomic fails cleanly where it cannot write", "[outputs]") {
  TempDir tmp;
  // A regular file used as a folder fails even for root.
  fs::path blocker = tmp.path / "file";
  REQUIRE(WriteFileAtomic(blocker.string(), "x").ok());
  Status s = WriteFileAtomic((blocker / "out.graphml").string(), "data");
  CHECK(s.code() == Status::Code::kIOError);
  CHECK(s.message().find((blocker / "out.graphml").string()) != std::string::npos);
  CHECK(Names(tmp.path) == std::vector<std::string>{"file"});

  Status missing = WriteFileAtomic((tmp.path / "no" / "such" / "dir.txt").string(), "x");
  CHECK(missing.code() == Status::Code::kIOError);

  // A read-only folder (meaningless for root, who may write anyway).
  if (::geteuid() != 0) {
    fs::path ro = tmp.path / "ro";
    fs::create_directory(ro);
    fs::permissions(ro, fs::perms::owner_read | fs::perms::owner_exec);
    Status denied = WriteFileAtomic((ro / "x.txt").string(), "x");
    CHECK(denied.code() == Status::Code::kIOError);
    fs::permissions(ro, fs::perms::owner_all);
    CHECK(Names(ro).empty());
  }
}

TEST_CASE("WriteOutputs reports a folder it cannot create", "[outputs]") {
  TempDir tmp;
  fs::path blocker = tmp.path / "file";
  REQUIRE(WriteFileAtomic(blocker.string(), "x").ok());
  Status s = WriteOutputs(SampleGraph(), (blocker / "out").string(), {});
  CHECK(s.code() == Status::Code::kIOError);
  CHECK(s.message().find((blocker / "out").string()) != std::string::npos);
}

void Touch(const fs::path& p) { std::ofstream(p) << "partial"; }

TEST_CASE("WriteOutputs removes the temporaries a killed writer left", "[outputs]") {
  TempDir tmp;
  fs::path out = tmp.path / "out";
  fs::create_directory(out);
  // Left by killed runs (any pid: under the folder's lock no other writer can be at work).
  Touch(out / ".graph.json.tmp.4194000.0");
  Touch(out / ".timeline.md.tmp.1.3");
  // Not bilat's temporaries of these outputs: kept.
  Touch(out / ".notes.txt.tmp.1.1");
  Touch(out / "graph.json.tmp.1.1");
  Touch(out / ".graph.json.tmp.x.1");
  REQUIRE(WriteOutputs(SampleGraph(), out.string(), {}).ok());
  std::vector<std::string> want = kFolder;
  want.insert(want.begin(), {".graph.json.tmp.x.1", ".notes.txt.tmp.1.1"});
  want.push_back("graph.json.tmp.1.1");
  std::sort(want.begin(), want.end());
  CHECK(Names(out) == want);
}

TEST_CASE("WriteFileAtomic removes temporaries of writers no longer running", "[outputs]") {
  TempDir tmp;
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) ::_exit(0);
  REQUIRE(::waitpid(child, nullptr, 0) == child);  // a pid that is no longer running
  std::string dead = ".x.jsonl.tmp." + std::to_string(child) + ".0";
  Touch(tmp.path / dead);
  Touch(tmp.path / ".x.jsonl.tmp.1.0");  // pid 1 runs: maybe another extract writing x.jsonl
  REQUIRE(WriteFileAtomic((tmp.path / "x.jsonl").string(), "facts").ok());
  CHECK(Names(tmp.path) == std::vector<std::string>{".x.jsonl.tmp.1.0", "x.jsonl"});
}

TEST_CASE("WriteOutputs waits for another writer of the folder", "[outputs]") {
  TempDir tmp;
  fs::path out = tmp.path / "out";
  fs::create_directory(out);
  int fd = ::open((out / ".bilat.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  REQUIRE(fd >= 0);
  REQUIRE(::flock(fd, LOCK_EX) == 0);  // another run is writing
  std::atomic<bool> done{false};
  Status status;
  std::thread writer([&] {
    status = WriteOutputs(SampleGraph(), out.string(), {});
    done = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  CHECK_FALSE(done);
  CHECK_FALSE(fs::exists(out / "graph.graphml"));
  ::close(fd);  // the other run is done
  writer.join();
  CHECK(status.ok());
  CHECK(Names(out) == kFolder);
}

}  // namespace
}  // namespace bilat
