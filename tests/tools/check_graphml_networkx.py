#!/usr/bin/env python3
"""Check that a bilat GraphML file loads in networkx and carries what SPEC.md promises.

usage: check_graphml_networkx.py GRAPH.graphml [--nodes N] [--edges M]

Loads the file with networkx.read_graphml (unchanged: no preprocessing), then checks that every
node has label, kind, color (#rrggbb) and size (a number > 0), and every edge kind, label and
weight > 0. With --nodes/--edges, also checks the counts. Exits 0 when all is well, 1 with one
message per problem otherwise, 2 on bad usage, 77 (skip) when networkx is not installed.
"""
import re
import sys

COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
MAX_MESSAGES = 20


def problems(path, want_nodes=None, want_edges=None):
    import networkx as nx

    try:
        g = nx.read_graphml(path)
    except Exception as e:  # networkx raises several types for bad files
        yield "%s: networkx.read_graphml failed: %s: %s" % (path, type(e).__name__, e)
        return
    if not g.is_directed():
        yield "%s: graph is not directed" % path
    for n, d in g.nodes(data=True):
        for key in ("label", "kind", "color", "size"):
            if d.get(key) in (None, ""):
                yield "%s: node %s has no %s" % (path, n, key)
        if d.get("color") and not COLOR.match(str(d["color"])):
            yield "%s: node %s: color %r is not #rrggbb" % (path, n, d["color"])
        if "size" in d and not (isinstance(d["size"], (int, float)) and d["size"] > 0):
            yield "%s: node %s: size %r is not a positive number" % (path, n, d["size"])
    for s, t, d in g.edges(data=True):
        where = "%s: edge %s -> %s" % (path, s, t)
        for key in ("kind", "label"):
            if d.get(key) in (None, ""):
                yield "%s has no %s" % (where, key)
        w = d.get("weight")
        if not isinstance(w, (int, float)) or not w > 0:
            yield "%s: weight %r is not > 0" % (where, w)
    if want_nodes is not None and g.number_of_nodes() != want_nodes:
        yield "%s: %d nodes, expected %d" % (path, g.number_of_nodes(), want_nodes)
    if want_edges is not None and g.number_of_edges() != want_edges:
        yield "%s: %d edges, expected %d" % (path, g.number_of_edges(), want_edges)


def main(argv):
    args, counts = [], {}
    it = iter(argv)
    for a in it:
        if a in ("--nodes", "--edges"):
            try:
                counts[a[2:]] = int(next(it))
            except (StopIteration, ValueError):
                print(__doc__, file=sys.stderr)
                return 2
        else:
            args.append(a)
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        import networkx  # noqa: F401
    except ImportError:
        print("networkx is not installed: skipped", file=sys.stderr)
        return 77
    found = 0
    for msg in problems(args[0], counts.get("nodes"), counts.get("edges")):
        found += 1
        if found <= MAX_MESSAGES:
            print(msg, file=sys.stderr)
    if found > MAX_MESSAGES:
        print("... and %d more problems" % (found - MAX_MESSAGES), file=sys.stderr)
    if found:
        return 1
    print("%s: loads in networkx, every node and edge complete" % args[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
