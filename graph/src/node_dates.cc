// AgreeNodeDates: an agreement node's `signed_on` says the date its signing edges say.
//
// Each article's extraction dates the agreement it names on its own (`XXXX-10-04` when the
// article has no year), and the merge completes the years of edges across articles and tenures
// afterwards; the node kept the first article's reading. Here the node takes the best date of its
// `signed` edges (else of its dated `party_to` edges; else the best of what it had): the most
// complete (a known year first, then month, then day), then the certain one, then the one more
// articles report, then the earliest — the same rule for every node, so all outputs agree.

#include <algorithm>
#include <tuple>
#include <vector>

#include <boost/range/iterator_range.hpp>

#include "bilat/graph.h"

namespace bilat {

namespace {

// Larger is better. A date's completeness is that of its start.
std::tuple<int, int, int, int, int> Quality(const DateRange& d, double weight) {
  const PartialDate& s = d.start;
  return {s.has_year() ? 1 : 0, s.month ? 1 : 0, s.day ? 1 : 0,
          (s.uncertain || d.end.uncertain) ? 0 : 1, static_cast<int>(weight)};
}

struct Candidate {
  DateRange date;
  double weight = 1;
};

bool Better(const Candidate& a, const Candidate& b) {
  auto qa = Quality(a.date, a.weight), qb = Quality(b.date, b.weight);
  if (qa != qb) return qa > qb;
  return a.date.ToEdtf() < b.date.ToEdtf();  // the earliest (EDTF sorts by date)
}

}  // namespace

void AgreeNodeDates(Graph& graph) {
  GraphData& g = graph.g;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    NodeProps& n = g[v];
    if (n.kind != "agreement") continue;
    std::vector<Candidate> signed_dates, party_dates;
    for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) {
      const EdgeProps& p = g[e];
      if (p.date.empty()) continue;
      if (p.kind == "signed") signed_dates.push_back({p.date, p.weight()});
      if (p.kind == "party_to") party_dates.push_back({p.date, p.weight()});
    }
    std::vector<Candidate>& from = !signed_dates.empty() ? signed_dates : party_dates;
    auto it = n.attrs.find("signed_on");
    if (from.empty()) continue;  // nothing to agree with: the node's own reading stays
    Candidate best = *std::min_element(from.begin(), from.end(), Better);
    // A knowledge-base instrument's day, or a fuller reading of the node's own, is not replaced
    // by a less complete edge date.
    if (it != n.attrs.end()) {
      if (auto own = DateRange::Parse(it->second);
          own && Better({*own, 0}, best) && Quality(*own, 0) > Quality(best.date, 0)) {
        continue;
      }
    }
    n.attrs["signed_on"] = best.date.ToEdtf();
  }
}

}  // namespace bilat
