// libFuzzer target: arbitrary bytes as one knowledge-base or lexicon file (the loaders of
// docs/knowledge-base.md), then an Extractor built over what loaded (the grammar's matchers are
// compiled from the lexicons) run on a fixed sentence in each language.
// The first byte picks the file: 0 a --kb table, 1 titles.tsv, 2 dates.tsv, 3 boilerplate.tsv,
// 4 vi_surnames.txt; the rest is its content. The other files are a small, valid resource folder
// (tests/data/kb/basic/kb and resources/lexicon), copied to a temporary folder at start.
// Invariants: nothing crashes; a failed load names the file it failed on.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "bilat/extract.h"
#include "bilat/kb.h"

namespace {
namespace fs = std::filesystem;

const char* const kFiles[] = {"extra.tsv", "lexicon/titles.tsv", "lexicon/dates.tsv",
                              "lexicon/boilerplate.tsv", "lexicon/vi_surnames.txt"};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void Spit(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
}

struct Folder {
  fs::path root;
  std::string originals[5];
  Folder() {
    std::string tmpl = (fs::temp_directory_path() / "bilat_kb_fuzz_XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) std::abort();
    root = tmpl;
    fs::copy(BILAT_SOURCE_DIR "/tests/data/kb/basic/kb", root / "kb");
    fs::copy(BILAT_SOURCE_DIR "/resources/lexicon", root / "lexicon");
    for (int i = 1; i < 5; ++i) originals[i] = Slurp(root / kFiles[i]);
    std::atexit([] { fs::remove_all(Get().root); });
  }
  static Folder& Get() {
    static Folder f;
    return f;
  }
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1 || size > 1 << 16) return 0;
  Folder& folder = Folder::Get();
  int which = data[0] % 5;
  fs::path file = folder.root / kFiles[which];
  Spit(file, std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
  std::vector<std::string> extra;
  if (which == 0) extra.push_back(file.string());
  auto kb = bilat::kb::KnowledgeBase::Load(folder.root.string(), extra);
  if (which > 0) Spit(file, folder.originals[which]);
  if (!kb.ok()) {
    if (kb.status().message().find(folder.root.string()) == std::string::npos) std::abort();
    return 0;
  }
  bilat::Extractor extractor(kb.value());
  bilat::IntakeOptions o;
  o.kb = &kb.value();
  for (const char* text : {"Talks in Hanoi\nOn October 4, Minister Pham Thi Thanh Tra met French "
                           "Interior Minister Gerald Darmanin and signed a memorandum.",
                           "Hội đàm\nSáng 4/10, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà tiếp Bộ "
                           "trưởng Bộ Nội vụ Pháp và ký thỏa thuận hợp tác."}) {
    bilat::Article a;
    a.id = a.origin = "fuzz";
    a.bytes = text;
    auto doc = bilat::Intake(a, o);
    if (doc.ok()) extractor.Extract(doc.value());
  }
  (void)kb.value().FindPeople("Pham Thi Thanh Tra");
  (void)kb.value().FindCountry("Pháp");
  return 0;
}
