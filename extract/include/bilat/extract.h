// bilat/extract.h — the map step: one article in, its entities and dated facts out.
//
//   Article (bytes, metadata) --Intake--> Document (NFC text, offset map, language, zones,
//   sentences) --Extractor--> DocumentFacts (entities + facts with provenance)
//
// Pure functions over values; files are read by the caller (cli/). Thread-safe: one Extractor may
// be used from many threads at once.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "bilat/common.h"
#include "bilat/kb.h"

namespace bilat {

// ------------------------------------------------------------------------------------ input

// One article as read from a .txt file, a JSONL line or stdin.
struct Article {
  std::string id;      // document id: file path relative to the input root, or the JSONL `id`
  std::string origin;  // where it came from, for diagnostics ("dir/a.txt", "feed.jsonl:12")
  std::string bytes;   // raw text, not yet validated
  std::string title, url, lang;  // optional metadata (JSONL)
  PartialDate published;         // optional metadata (JSONL `date`)
};

// One JSON Lines article record (SPEC: Input): the members bilat reads. A member that is missing
// or not a string reads as empty; `has_text` tells whether "text" is a string.
struct ArticleJson {
  std::string id, title, text, url, lang, date;
  bool has_text = false;
};
// Reads one JSON Lines record; false when the line is not a JSON object (bad JSON, or another
// JSON value). The result is what nlohmann's parser makes of the line (unknown members ignored,
// the last of repeated members kept), by a hand-written reader that hands the lines it does not
// read itself (nested values, large numbers, anything malformed) to nlohmann.
bool ReadArticleJson(std::string_view line, ArticleJson& out);

// Which part of the page a sentence stands in. Related-news blocks and captions may yield facts,
// but only story sentences give the story its date.
enum class Zone { kHeadline, kStory, kCaption, kRelated, kBoilerplate };
std::string_view ZoneName(Zone z);

struct Sentence {
  uint32_t begin = 0, end = 0;  // byte offsets into Document::text
  Zone zone = Zone::kStory;
  int paragraph = 0;  // 0-based line/paragraph index
};

// An article after intake: valid NFC UTF-8 with '\n' line ends, no BOM.
struct Document {
  std::string id, origin, title, url;
  std::string lang;  // "en" or "vi"
  PartialDate published;
  std::string text;
  // Byte offset in text -> byte offset in Article::bytes: see Original(). Most articles need
  // only a shift (a BOM removed, or nothing); to_original is filled (size text.size()+1) only
  // when line ends or NFC moved bytes about.
  std::vector<uint32_t> to_original;  // empty: Original(offset) = offset + original_shift
  uint32_t original_shift = 0;
  std::vector<Sentence> sentences;

  std::string_view SentenceText(size_t i) const {
    return std::string_view(text).substr(sentences[i].begin, sentences[i].end - sentences[i].begin);
  }
  uint32_t Original(uint32_t offset) const {
    return to_original.empty() ? offset + original_shift : to_original[offset];
  }
};

struct IntakeOptions {
  size_t max_line_bytes = 1 << 20;        // longer lines are an error [1 MiB]
  const kb::KnowledgeBase* kb = nullptr;  // boilerplate markers come from its lexicon [none]
};

// Validates and normalises an article. Fails (Status names the article's origin and the byte
// offset) on invalid UTF-8, on binary content (NUL bytes or mostly control characters) and on an
// empty or whitespace-only text. Lines longer than `max_line_bytes` are an error too.
Result<Document> Intake(const Article& article, const IntakeOptions& options = {});

// Language of a text: "vi" when Vietnamese letters/tone marks or Vietnamese function words
// dominate, else "en".
std::string DetectLanguage(std::string_view text);

// Splits `text` into sentences (byte ranges), per language. Exposed for tests.
std::vector<std::pair<uint32_t, uint32_t>> SplitSentences(std::string_view text,
                                                          std::string_view lang);

// ------------------------------------------------------------------------------------ facts

// A node as one article sees it. `key` is what the merge step unifies on:
//   country:<kb id> | kb:<kb id> (people and bodies found in the knowledge base) |
//   person:<folded name> | ministry:<country id>:<folded name> | org:<folded name> |
//   agreement:<doc id>#<n> (agreements are unified by their attributes at merge time)
struct Entity {
  std::string key;
  std::string kind;                  // person | ministry | country | agreement | organization
  std::string label;                 // canonical full name as best known in this article
  std::string country;               // country id, where known
  std::vector<std::string> aliases;  // other forms seen in the article
  std::map<std::string, std::string> attrs;  // agreements: type, topic, period, signed_on;
                                             // people: gender; ...
};

struct Provenance {
  std::string doc;              // document id
  int sentence = -1;            // sentence index in the document
  uint32_t begin = 0, end = 0;  // byte offsets of the evidence in the ORIGINAL article bytes
  Zone zone = Zone::kStory;
  std::string evidence;  // the sentence text
};

// How an edge's date was found, strongest first.
enum class DateSource {
  kNone,
  kText,
  kMetadata,
  kDateline,
  kExplicitYear,
  kCrossArticle,
  kTenure,
  kStoryEvent,
  kKnowledgeBase  // a named instrument's signing day from the gazetteer (kb/instruments.tsv)
};
std::string_view DateSourceName(DateSource s);

struct Fact {
  std::string kind;            // met | signed | party_to | holds_position | part_of | visited
  std::string source, target;  // entity keys
  DateRange date;              // may be empty or lack the year (XXXX)
  DateSource date_source = DateSource::kNone;
  std::vector<int> candidate_years;  // when the year is unknown: years that office tenures allow
  std::string role;                  // holds_position: the title as written
  std::string place;                 // where it happened, when stated
  Provenance prov;
};

struct DocumentFacts {
  std::string doc, origin, lang;
  PartialDate published;
  std::vector<Entity> entities;
  std::vector<Fact> facts;
};

// Options of the extractor; defaults in brackets.
struct ExtractOptions {
  bool related_blocks = true;  // extract facts from related-news blocks [true]
  bool captions = true;        // extract facts from photo captions [true]
};

class Extractor {
 public:
  // REQUIRES: kb outlives the extractor.
  explicit Extractor(const kb::KnowledgeBase& kb, ExtractOptions options = {});
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Entities and facts of one document, with provenance and (partly resolved) dates.
  DocumentFacts Extract(const Document& doc) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// JSON Lines form of DocumentFacts (one object per document), for `bilat extract` / `merge`;
// the format is docs/facts.md. ToJsonLine writes version 2: entities and facts as positional
// arrays, facts referring to entities by index and to the line's table of evidence sentences.
// Given a knowledge base, an entity that is exactly what `kb` makes of its key (a country or a
// KB person or body, with no other form seen) is written as its key alone, and the line carries
// a digest of those entities; FromJsonLine then needs a knowledge base that gives the same
// entities (else it fails, naming the entity). Without `kb` every entity is written in full.
// FromJsonLine reads versions 1 (the older object form) and 2; a malformed line fails with a
// message saying what is wrong (and where, as a byte offset).
std::string ToJsonLine(const DocumentFacts& facts, const kb::KnowledgeBase* kb = nullptr);
// The same, appended to `out` (no allocation when `out` has room).
void AppendJsonLine(const DocumentFacts& facts, const kb::KnowledgeBase* kb, std::string& out);
Result<DocumentFacts> FromJsonLine(std::string_view line, const kb::KnowledgeBase* kb = nullptr);
// True when `line` begins as the writer's version-2 lines do ({"v":2,...): such a line is the
// canonical form of its facts when ToJsonLine wrote it.
bool IsCanonicalV2Prefix(std::string_view line);

}  // namespace bilat
