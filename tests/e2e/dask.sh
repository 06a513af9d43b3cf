#!/usr/bin/env bash
# The Dask driver (contrib/dask/bilat_dask.py) on a LocalCluster of two workers: extract mapped
# over shards, merged as a tree (--fanin 3 over ~10 shards: two levels), gives the same bytes as
# one `bilat build`. Skipped (77) when python3-distributed is not installed.
source "$(dirname "$0")/common.sh"
# Debian's python3-distributed lives in the system Python, which may not be the first python3.
PY=
for p in python3 /usr/bin/python3; do
  if "$p" -c 'import distributed' 2>/dev/null; then PY=$p; break; fi
done
[ -n "$PY" ] || { echo "SKIP: python3-distributed not installed"; exit 77; }
python3 "$SRC/bench/make_corpus.py" --mb 0.3 -o "$WORK/corpus.jsonl" "$SRC/samples" 2>/dev/null
# Lines without an id are named PATH:LINE by bilat; the driver keeps those names.
printf '%s\n' "$(head -1 "$WORK/corpus.jsonl" | sed 's/"id": "[^"]*", //')" >>"$WORK/corpus.jsonl"
cd "$WORK"
"$BILAT" build corpus.jsonl -o whole --pair vietnam,france --jobs 1 2>/dev/null
timeout 120 "$PY" "$SRC/contrib/dask/bilat_dask.py" corpus.jsonl -o dask_out --workdir work \
  --local-workers 2 --shard-mb 0.03 --fanin 3 --pair vietnam,france --bilat "$BILAT" 2>dask.log ||
  { tail -20 dask.log >&2; fail "the Dask driver failed"; }
n=$(ls work/shards | wc -l)
[ "$n" -ge 4 ] || fail "expected several shards, got $n"
ls work/facts | grep -q '^merged-' || fail "no intermediate (tree) merge ran"
for f in graph.graphml graph.gexf graph.json timeline.json timeline.md timeline.html; do
  cmp -s "whole/$f" "dask_out/$f" || fail "$f: Dask map/reduce differs from build"
done
echo "Dask LocalCluster(2): $n shards, tree merge == build, byte for byte"
