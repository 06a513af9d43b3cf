#!/usr/bin/env python3
"""Check bilat's nodes.csv and edges.csv as a spreadsheet or Gephi's Data Laboratory reads them.

usage: check_csv.py NODES.csv EDGES.csv GRAPH.json

Reads both files back with Python's csv module (RFC 4180: CRLF records, quoted fields) as UTF-8
without BOM, then checks them column by column as one would with pandas dtypes: Gephi's column
names come first (Id, Label / Source, Target, Type, Kind, Start, End, Timeset, Weight, Id), ids
are unique, every Source and Target is a node Id, Weight parses as a float > 0, Start/End are ISO
days with Start < End (both or neither), Timeset is Gephi's "<[Start, End]>", Size and Degree are
numbers, and labels, kinds and dates agree with graph.json row for row. When pandas is installed,
also loads both with pandas.read_csv and checks the dtypes it infers. Exits 0 when all is well, 1
with one message per problem otherwise, 2 on bad usage.
"""
import csv
import datetime
import json
import sys

NODE_HEAD = ["Id", "Label", "Kind"]
EDGE_HEAD = ["Source", "Target", "Type", "Kind", "Start", "End", "Timeset", "Weight", "Id"]


def read(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        yield "%s: starts with a BOM (Gephi would read it into the first header)" % path
    text = raw.decode("utf-8")
    if "\n" in text.replace("\r\n", "") and text.count("\r\n") == 0:
        yield "%s: records do not end with CRLF" % path
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    yield rows


def split(gen):
    msgs, rows = [], None
    for x in gen:
        if isinstance(x, str):
            msgs.append(x)
        else:
            rows = x
    return msgs, rows


def is_day(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def problems(nodes_path, edges_path, json_path):
    graph = json.load(open(json_path, encoding="utf-8"))
    msgs, nodes = split(read(nodes_path))
    yield from msgs
    msgs, edges = split(read(edges_path))
    yield from msgs
    if nodes[0][:3] != NODE_HEAD:
        yield "%s: header starts %r, expected %r" % (nodes_path, nodes[0][:3], NODE_HEAD)
    if edges[0][:9] != EDGE_HEAD:
        yield "%s: header starts %r, expected %r" % (edges_path, edges[0][:9], EDGE_HEAD)
    ncols = {name: i for i, name in enumerate(nodes[0])}
    ecols = {name: i for i, name in enumerate(edges[0])}
    nodes, edges = nodes[1:], edges[1:]
    if len(nodes) != len(graph["nodes"]):
        yield "%s: %d rows, graph.json has %d nodes" % (nodes_path, len(nodes), len(graph["nodes"]))
    if len(edges) != len(graph["edges"]):
        yield "%s: %d rows, graph.json has %d edges" % (edges_path, len(edges), len(graph["edges"]))
    ids = [r[0] for r in nodes]
    if len(set(ids)) != len(ids):
        yield "%s: Id not unique" % nodes_path
    for r, gn in zip(nodes, graph["nodes"]):
        if len(r) != len(ncols):
            yield "%s: row %s has %d fields, header %d" % (nodes_path, r[0], len(r), len(ncols))
            continue
        if r[ncols["Label"]] != gn.get("label") or r[ncols["Kind"]] != gn.get("kind"):
            yield "%s: row %s label/kind %r/%r differ from graph.json %r/%r" % (
                nodes_path, r[0], r[ncols["Label"]], r[ncols["Kind"]], gn.get("label"),
                gn.get("kind"))
        for col in ("Size", "Degree"):
            try:
                float(r[ncols[col]])
            except (KeyError, ValueError):
                yield "%s: row %s: %s %r is not a number" % (nodes_path, r[0], col,
                                                            r[ncols.get(col, 0)])
    idset = set(ids)
    eids = [r[ecols["Id"]] for r in edges]
    if len(set(eids)) != len(eids):
        yield "%s: Id not unique" % edges_path
    for r, ge in zip(edges, graph["edges"]):
        where = "%s: edge %s" % (edges_path, r[ecols["Id"]])
        if len(r) != len(ecols):
            yield "%s has %d fields, header %d" % (where, len(r), len(ecols))
            continue
        if r[0] not in idset or r[1] not in idset:
            yield "%s: Source/Target %s/%s not in nodes.csv" % (where, r[0], r[1])
        if r[ecols["Type"]] != "Directed":
            yield "%s: Type %r" % (where, r[ecols["Type"]])
        if r[ecols["Kind"]] != ge.get("kind"):
            yield "%s: Kind %r, graph.json %r" % (where, r[ecols["Kind"]], ge.get("kind"))
        if r[ecols.get("Date", 0)] != (ge.get("date") or ""):
            yield "%s: Date %r, graph.json %r" % (where, r[ecols.get("Date", 0)], ge.get("date"))
        try:
            if not float(r[ecols["Weight"]]) > 0:
                yield "%s: Weight %r not > 0" % (where, r[ecols["Weight"]])
        except ValueError:
            yield "%s: Weight %r is not a number" % (where, r[ecols["Weight"]])
        start, end, interval = r[ecols["Start"]], r[ecols["End"]], r[ecols["Timeset"]]
        if bool(start) != bool(end):
            yield "%s: only one of Start/End" % where
        elif start:
            if not (is_day(start) and is_day(end) and start < end):
                yield "%s: Start/End %r/%r are not ISO days with Start < End" % (where, start, end)
            if interval != "<[%s, %s]>" % (start, end):
                yield "%s: Timeset %r" % (where, interval)
        elif interval:
            yield "%s: Timeset without Start/End" % where
    yield from pandas_problems(nodes_path, edges_path)


def pandas_problems(nodes_path, edges_path):
    try:
        import pandas as pd
    except ImportError:
        print("pandas not installed: dtype checks done with the csv module only")
        return
    n = pd.read_csv(nodes_path, dtype=str, keep_default_na=False)
    e = pd.read_csv(edges_path, keep_default_na=False)
    if list(n.columns[:3]) != NODE_HEAD:
        yield "pandas: nodes columns %r" % list(n.columns[:3])
    if e["Weight"].dtype.kind != "f" and e["Weight"].dtype.kind != "i":
        yield "pandas: Weight dtype %s is not numeric" % e["Weight"].dtype


def main(argv):
    if len(argv) != 4:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    out = list(problems(argv[1], argv[2], argv[3]))
    for m in out[:20]:
        print(m, file=sys.stderr)
    if out:
        return 1
    print("csv: nodes.csv and edges.csv read back with the csv module")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
