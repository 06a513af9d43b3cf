// bilat_bench — throughput of each pipeline stage on one core, and of the whole build.
//
//   build/bench/bilat_bench [--mb N] [DIR]
//
// Builds a corpus of about N MB (default 20) from the articles in DIR (default samples/): each
// copy gets its own id and its sentences rotated, so documents differ. Reports MB/s for intake,
// intake+extract, and merge time, as one JSON object on stdout. Results are kept in
// bench/RESULTS.md.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "bilat/export.h"
#include "bilat/extract.h"
#include "bilat/graph.h"
#include "bilat/kb.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

static double Seconds(Clock::time_point a) {
  return std::chrono::duration<double>(Clock::now() - a).count();
}

int main(int argc, char** argv) {
  double target_mb = 20;
  std::string dir = BILAT_SOURCE_DIR "/samples";
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--mb" && i + 1 < argc)
      target_mb = std::atof(argv[++i]);
    else
      dir = a;
  }
  auto t0 = Clock::now();
  auto kb = bilat::kb::KnowledgeBase::Load(bilat::kb::KnowledgeBase::DefaultResourceDir());
  if (!kb.ok()) {
    std::fprintf(stderr, "%s\n", kb.status().message().c_str());
    return 2;
  }
  double kb_secs = Seconds(t0);
  std::vector<std::string> texts;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    std::ifstream f(e.path(), std::ios::binary);
    texts.emplace_back(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  }
  std::sort(texts.begin(), texts.end());
  if (texts.empty()) return 2;
  // Corpus: rotate the body lines of each sample so that copies differ.
  std::vector<bilat::Article> corpus;
  size_t bytes = 0;
  for (size_t n = 0; bytes < target_mb * 1e6; ++n) {
    const std::string& src = texts[n % texts.size()];
    std::vector<std::string> lines;
    size_t p = 0;
    while (p < src.size()) {
      size_t q = src.find('\n', p);
      if (q == std::string::npos) q = src.size();
      lines.push_back(src.substr(p, q - p));
      p = q + 1;
    }
    size_t rot = lines.size() > 2 ? 1 + (n / texts.size()) % (lines.size() - 1) : 0;
    std::string text = lines[0] + "\n";
    for (size_t k = 1; k < lines.size(); ++k)
      text += lines[1 + (k - 1 + rot) % (lines.size() - 1)] + "\n";
    bilat::Article a;
    a.id = "bench-" + std::to_string(n);
    a.bytes = std::move(text);
    bytes += a.bytes.size();
    corpus.push_back(std::move(a));
  }
  bilat::IntakeOptions io;
  io.kb = &kb.value();
  auto t1 = Clock::now();
  std::vector<bilat::Document> docs;
  docs.reserve(corpus.size());
  for (const auto& a : corpus) docs.push_back(std::move(bilat::Intake(a, io)).value());
  double intake_secs = Seconds(t1);
  bilat::Extractor ex(kb.value());
  auto t2 = Clock::now();
  std::vector<bilat::DocumentFacts> facts;
  facts.reserve(docs.size());
  size_t n_facts = 0;
  for (const auto& d : docs) {
    facts.push_back(ex.Extract(d));
    n_facts += facts.back().facts.size();
  }
  double extract_secs = Seconds(t2);
  auto t3 = Clock::now();
  bilat::Graph g = bilat::Merge(kb.value(), std::move(facts));
  double merge_secs = Seconds(t3);
  double mb = bytes / 1e6;
  std::printf(
      "{\"articles\": %zu, \"mb\": %.1f, \"kb_load_s\": %.3f, \"intake_mb_s\": %.1f, "
      "\"extract_mb_s\": %.2f, \"intake_extract_mb_s\": %.2f, \"facts\": %zu, "
      "\"merge_s\": %.2f, \"nodes\": %zu, \"edges\": %zu}\n",
      corpus.size(), mb, kb_secs, mb / intake_secs, mb / extract_secs,
      mb / (intake_secs + extract_secs), n_facts, merge_secs, boost::num_vertices(g.g),
      boost::num_edges(g.g));
  return 0;
}
