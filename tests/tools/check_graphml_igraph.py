#!/usr/bin/env python3
"""Check that a bilat GraphML file loads in igraph with its attributes and their types.

usage: check_graphml_igraph.py GRAPH.graphml GRAPH.json

Loads the file with igraph.Graph.Read_GraphML (python3-igraph: the C core's GraphML reader),
unchanged, and checks: the graph is directed with as many vertices and edges as graph.json, in
the same order; vertex attributes label, kind, entity, country, color come as str, size as
float and degree as a number equal to the vertex's degree; edge attributes kind, label, date as
str and weight as float > 0 equal to graph.json's. Exits 0 when all is well, 1 with one message
per problem otherwise, 2 on bad usage, 77 (skip) when python3-igraph is not installed.
"""
import json
import os
import sys

MAX_MESSAGES = 20


def problems(path, json_path):
    import igraph

    try:
        g = igraph.Graph.Read_GraphML(path)
    except Exception as e:  # igraph raises InternalError and others
        yield "%s: igraph Read_GraphML failed: %s: %s" % (path, type(e).__name__, e)
        return
    ref = json.load(open(json_path, encoding="utf-8"))
    if not g.is_directed():
        yield "%s: graph is not directed" % path
    if g.vcount() != len(ref["nodes"]) or g.ecount() != len(ref["edges"]):
        yield "%s: %d vertices, %d edges; graph.json has %d, %d" % (
            path, g.vcount(), g.ecount(), len(ref["nodes"]), len(ref["edges"]))
        return
    vattrs, eattrs = set(g.vs.attributes()), set(g.es.attributes())
    for key in ("label", "kind", "entity", "color", "size", "degree"):
        if key not in vattrs:
            yield "%s: no vertex attribute %s (has %s)" % (path, key, sorted(vattrs))
    for key in ("label", "kind", "date", "weight", "sources"):
        if key not in eattrs:
            yield "%s: no edge attribute %s (has %s)" % (path, key, sorted(eattrs))
    index = {n["id"]: i for i, n in enumerate(ref["nodes"])}
    for v, n in zip(g.vs, ref["nodes"]):
        where = "%s: vertex %d" % (path, v.index)
        for key in ("label", "kind", "entity", "color"):
            if key in vattrs and not isinstance(v[key], str):
                yield "%s: %s is %s, not str" % (where, key, type(v[key]).__name__)
        if v["label"] != n["label"] or v["kind"] != n["kind"] or v["entity"] != n["id"]:
            yield "%s: label/kind/entity %r/%r/%r, graph.json %r/%r/%r" % (
                where, v["label"], v["kind"], v["entity"], n["label"], n["kind"], n["id"])
        if not isinstance(v["size"], float) or not v["size"] > 0:
            yield "%s: size %r is not a float > 0" % (where, v["size"])
        if not isinstance(v["degree"], (int, float)) or int(v["degree"]) != v.degree():
            yield "%s: degree %r, igraph counts %d" % (where, v["degree"], v.degree())
    for e, r in zip(g.es, ref["edges"]):
        where = "%s: edge %d" % (path, e.index)
        if (e.source, e.target) != (index[r["source"]], index[r["target"]]):
            yield "%s: %d -> %d, graph.json %s -> %s" % (where, e.source, e.target, r["source"],
                                                          r["target"])
        for key in ("kind", "label", "date"):
            if not isinstance(e[key], str):
                yield "%s: %s is %s, not str" % (where, key, type(e[key]).__name__)
        if e["kind"] != r["kind"] or e["date"] != (r.get("date") or ""):
            yield "%s: kind/date %r/%r, graph.json %r/%r" % (where, e["kind"], e["date"], r["kind"],
                                                             r.get("date"))
        if not isinstance(e["weight"], float) or e["weight"] != r["weight"] or not e["weight"] > 0:
            yield "%s: weight %r (%s), graph.json %r" % (where, e["weight"],
                                                         type(e["weight"]).__name__, r["weight"])


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    try:
        import igraph  # noqa: F401
    except ImportError:
        # python3-igraph installs into the system Python; a pyenv or venv python3 on PATH
        # does not see it, so try the system one before skipping.
        system = "/usr/bin/python3"
        if os.path.realpath(sys.executable) != os.path.realpath(system) and os.path.exists(system):
            os.execv(system, [system] + argv)
        print("python3-igraph is not installed: skipped", file=sys.stderr)
        return 77
    out = []
    for m in problems(argv[1], argv[2]):
        out.append(m)
        if len(out) >= MAX_MESSAGES:
            break
    for m in out:
        print(m, file=sys.stderr)
    if out:
        return 1
    print("igraph: %s loads with typed attributes" % argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
