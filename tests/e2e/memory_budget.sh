#!/usr/bin/env bash
# Bounded memory (issue 13). `build --memory` spills facts.jsonl lines to a temporary file past
# the budget: a budget so small that every line is spilled gives the same bytes as the default.
# `--max-provenance N` lists at most N sources and provenance entries per edge: with no cap (0)
# the samples give the default's bytes (they never reach the default cap); with a cap of 1 the
# weights stay those of the whole graph and graph.json says how many entries there were. Bad
# fact-file lines are reported with their file and line and skipped.
source "$(dirname "$0")/common.sh"
files=(graph.graphml graph.gexf graph.json nodes.csv edges.csv timeline.json timeline.md
       timeline.html facts.jsonl)
pair=(--pair vietnam,france)
"$BILAT" build "$SRC/samples" -o "$WORK/default" "${pair[@]}" 2>/dev/null
"$BILAT" build "$SRC/samples" -o "$WORK/spill" --memory 1k "${pair[@]}" --jobs 2 2>/dev/null
"$BILAT" build "$SRC/samples" -o "$WORK/nocap" --max-provenance 0 "${pair[@]}" 2>/dev/null
for f in "${files[@]}"; do
  cmp -s "$WORK/default/$f" "$WORK/spill/$f" || fail "$f with --memory 1k differs from the default"
  cmp -s "$WORK/default/$f" "$WORK/nocap/$f" || fail "$f with --max-provenance 0 differs"
done
ls -A "$WORK/spill" | grep -q spill && fail "a spill file was left behind"
# --update over a spilled build: the same bytes again.
"$BILAT" build "$SRC/samples" -o "$WORK/spill" --update --memory 1 "${pair[@]}" 2>/dev/null
for f in "${files[@]}"; do
  cmp -s "$WORK/default/$f" "$WORK/spill/$f" || fail "$f after --update --memory 1 differs"
done
# A cap of one entry per edge: weights unchanged, totals said.
"$BILAT" build "$SRC/samples" -o "$WORK/cap" --max-provenance 1 "${pair[@]}" 2>/dev/null
python3 - "$WORK/default/graph.json" "$WORK/cap/graph.json" <<'PY' || fail "--max-provenance 1"
import json, sys
a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:])
assert len(a["edges"]) == len(b["edges"]) and a["nodes"] == b["nodes"]
capped = 0
for x, y in zip(a["edges"], b["edges"]):
    assert x["weight"] == y["weight"] and x["date"] == y["date"], (x["id"], y["id"])
    assert len(y["provenance"]) == 1 and len(y["sources"]) == 1
    assert y["provenance"][0] == x["provenance"][0] and y["sources"][0] == x["sources"][0]
    n = len(x["provenance"])
    assert y.get("provenance_total", 1) == n, (y.get("provenance_total"), n)
    assert y.get("sources_total", 1) == len(x["sources"])
    assert ("provenance_total" in x) is False
    capped += n > 1
assert capped > 0
PY
# Bad values of the options are bad usage.
for bad in "--memory 0" "--memory 12Q" "--memory=-1" "--max-provenance x" "--max-provenance -2"; do
  set +e
  "$BILAT" build "$SRC/samples" -o "$WORK/bad" $bad 2>"$WORK/err"
  status=$?
  set -e
  [[ $status -eq 2 ]] || fail "build $bad exited $status"
done
# --memory belongs to build (merge keeps its state in memory), --max-provenance to build and merge.
set +e
"$BILAT" merge "$WORK/default/facts.jsonl" -o "$WORK/m" --memory 1M 2>/dev/null; s1=$?
"$BILAT" extract "$SRC/samples" -o "$WORK/f.jsonl" --max-provenance 3 2>/dev/null; s2=$?
set -e
[[ $s1 -eq 2 && $s2 -eq 2 ]] || fail "merge --memory exited $s1, extract --max-provenance $s2"
# Bad fact-file lines: file and line named, skipped, the rest merged (exit 1).
"$BILAT" extract "$SRC/samples" -o "$WORK/facts.jsonl" 2>/dev/null
{
  head -1 "$WORK/facts.jsonl"
  echo '{"doc": "x", "facts": [{"kind": "met"'
  echo '["not", "an", "object"]'
  echo '{"doc": "y", "entities": [], "facts": [{"kind": "met", "source": "a", "target": "b"}]}'
  echo '{"doc": "z", "entities": [{"key": "k", "kind": "person", "label": "K"}], "facts": [{"kind": "met", "source": "k", "target": "k", "date": "2024-13-45"}]}'
  tail -n +2 "$WORK/facts.jsonl"
} >"$WORK/bad.jsonl"
set +e
"$BILAT" merge "$WORK/bad.jsonl" -o "$WORK/badout" "${pair[@]}" 2>"$WORK/err"
status=$?
set -e
[[ $status -eq 1 ]] || fail "merge of bad lines exited $status"
for n in 2 3 4 5; do
  grep -q "bad.jsonl:$n: " "$WORK/err" || fail "line $n not reported: $(cat "$WORK/err")"
done
grep -q "bad.jsonl:[16]: " "$WORK/err" && fail "a good line was reported: $(cat "$WORK/err")"
for f in graph.graphml graph.json timeline.json; do
  cmp -s "$WORK/default/$f" "$WORK/badout/$f" || fail "$f of the merge around bad lines differs"
done
echo "memory budget: spilled and capped builds as documented; bad fact lines reported"
