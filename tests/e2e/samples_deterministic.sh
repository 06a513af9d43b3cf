#!/usr/bin/env bash
# The samples build end to end, every SPEC output exists, and two runs (one with one thread, one
# with four) are byte-identical.
source "$(dirname "$0")/common.sh"
"$BILAT" build "$SRC/samples" -o "$WORK/a" --pair vietnam,france --jobs 1 2>"$WORK/a.err" ||
  fail "build exited $?: $(cat "$WORK/a.err")"
"$BILAT" build "$SRC/samples" -o "$WORK/b" --pair vietnam,france --jobs 4 2>/dev/null
for f in graph.graphml graph.gexf graph.json nodes.csv edges.csv timeline.json timeline.md timeline.html; do
  [[ -s $WORK/a/$f ]] || fail "$f missing or empty"
  cmp -s "$WORK/a/$f" "$WORK/b/$f" || fail "$f differs between runs"
done
head -1 "$WORK/a/graph.graphml" | grep -q 'encoding="UTF-8"' || fail "GraphML does not declare UTF-8"
ls "$WORK/a" | grep -q '\.tmp' && fail "temporary files left behind"
echo "samples: outputs complete and deterministic"
