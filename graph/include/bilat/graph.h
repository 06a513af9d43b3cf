// bilat/graph.h — the reduce step: the facts of many documents become one graph in which one
// real-world entity is one node and one fact is one edge.
//
// Merging is order-independent: GraphBuilder accumulates DocumentFacts in any order and grouping,
// and Finish() resolves entities, completes dates across articles and sorts everything, so the
// same set of documents always gives the same Graph (and byte-identical exports).
#pragma once

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "bilat/common.h"
#include "bilat/extract.h"
#include "bilat/kb.h"

namespace bilat {

struct NodeProps {
  std::string id;    // stable id, e.g. "person:vn.to_lam", "country:france"
  std::string kind;  // person | ministry | country | agreement | organization
  std::string label;
  std::string country;  // canonical country label ("France"), where known
  std::string country_id;
  std::vector<std::string> aliases;          // sorted, without the label
  std::map<std::string, std::string> attrs;  // role, period, type, topic, conflict, ...
  std::vector<std::string> sources;          // document ids, sorted
};

struct EdgeProps {
  std::string kind;  // met | signed | party_to | holds_position | part_of | visited
  DateRange date;    // EDTF
  DateSource date_source = DateSource::kNone;
  std::string role, place;
  std::vector<std::string> sources;    // document ids, sorted, unique (the first
                                       // MergeOptions::max_provenance of them)
  std::vector<Provenance> provenance;  // every supporting mention, sorted (the first
                                       // MergeOptions::max_provenance of them)
  // How many documents and mentions support the edge, listed or not (0: as many as listed).
  size_t source_count = 0, provenance_count = 0;
  // The merge stores each evidence sentence once for the whole graph: provenance[i].evidence is
  // then empty and evidence_ids[i] indexes evidence_texts. Evidence(i) reads either form.
  std::shared_ptr<const std::vector<std::string>> evidence_texts;
  std::vector<uint32_t> evidence_ids;
  const std::string& Evidence(size_t i) const {
    if (evidence_texts && i < evidence_ids.size() && provenance[i].evidence.empty())
      return (*evidence_texts)[evidence_ids[i]];
    return provenance[i].evidence;
  }
  size_t SourceCount() const { return std::max(source_count, sources.size()); }
  size_t ProvenanceCount() const { return std::max(provenance_count, provenance.size()); }
  double weight() const { return static_cast<double>(SourceCount() ? SourceCount() : 1); }
  std::string Label() const;  // "met 2024-10-04"
};

using GraphData =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeProps, EdgeProps>;

// The merged graph. Vertices are sorted by id and edges by (source id, target id, kind, date), so
// iteration order is deterministic.
struct Graph {
  GraphData g;
  size_t documents = 0;  // how many documents contributed
};

struct MergeOptions {
  bool fuzzy_people = true;  // unify people whose names differ by a typo [true]
  // An edge lists at most this many sources and provenance entries (the first ones, in their
  // sorted order), so that the graph's memory does not grow with the number of articles that
  // repeat one fact; weight and the counts in graph.json still count all of them. 0: no cap.
  size_t max_provenance = kDefaultMaxProvenance;
  static constexpr size_t kDefaultMaxProvenance = 1000;
};

class GraphBuilder {
 public:
  // REQUIRES: kb outlives the builder.
  explicit GraphBuilder(const kb::KnowledgeBase& kb, MergeOptions options = {});
  ~GraphBuilder();
  GraphBuilder(GraphBuilder&&) noexcept;

  // Adds one document's facts. A document id seen before replaces nothing: it is ignored, so
  // merging overlapping partial results is safe.
  void Add(DocumentFacts facts);
  // Resolves entities, completes years across articles, builds the graph. The builder may not be
  // used afterwards.
  Graph Finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Makes agreement nodes' `signed_on` agree with their signing edges (after years are completed
// across articles): the best date of the `signed` edges, else of the dated `party_to` edges —
// most complete, then certain, then most reported, then earliest. A node without dated edges
// keeps its own. GraphBuilder::Finish() calls it.
void AgreeNodeDates(Graph& graph);

// Convenience: GraphBuilder over all of `docs`.
Graph Merge(const kb::KnowledgeBase& kb, std::vector<DocumentFacts> docs,
            MergeOptions options = {});

}  // namespace bilat
