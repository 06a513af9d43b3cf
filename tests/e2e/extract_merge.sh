#!/usr/bin/env bash
# Map/reduce: extracting shards separately and merging them in any grouping or order gives the
# same bytes as one build.
source "$(dirname "$0")/common.sh"
"$BILAT" build "$SRC/samples" -o "$WORK/whole" --pair vietnam,france 2>/dev/null
files=("$SRC"/samples/*.txt)
mkdir -p "$WORK/s1" "$WORK/s2"
cp "${files[0]}" "${files[3]}" "$WORK/s1/"
cp "${files[1]}" "${files[2]}" "${files[4]}" "$WORK/s2/"
"$BILAT" extract "$WORK/s2" -o "$WORK/f2.jsonl" 2>/dev/null
"$BILAT" extract "$WORK/s1" -o "$WORK/f1.jsonl" 2>/dev/null
# Shuffle lines and overlap the shards: a document seen twice counts once.
tac "$WORK/f2.jsonl" >"$WORK/f2r.jsonl"
head -1 "$WORK/f1.jsonl" >"$WORK/dup.jsonl"
"$BILAT" merge "$WORK/f2r.jsonl" "$WORK/dup.jsonl" "$WORK/f1.jsonl" -o "$WORK/merged" --pair vietnam,france 2>/dev/null
for f in graph.graphml graph.gexf graph.json nodes.csv edges.csv timeline.json timeline.md timeline.html; do
  cmp -s "$WORK/whole/$f" "$WORK/merged/$f" || fail "$f: merge of shards differs from build"
done
echo "extract + merge in any grouping and order == build"
# Tree reduction: merged facts (--facts) merge again like extract outputs, and are compact.
"$BILAT" merge "$WORK/f2r.jsonl" "$WORK/dup.jsonl" --facts "$WORK/m2.jsonl" 2>/dev/null
"$BILAT" merge "$WORK/f1.jsonl" "$WORK/m2.jsonl" "$WORK/f2.jsonl" -o "$WORK/tree" --pair vietnam,france 2>/dev/null
for f in graph.graphml graph.gexf graph.json timeline.json timeline.md timeline.html; do
  cmp -s "$WORK/whole/$f" "$WORK/tree/$f" || fail "$f: tree merge (--facts) differs from build"
done
[ "$(wc -l <"$WORK/m2.jsonl")" -eq 4 ] || fail "merge --facts: expected 4 documents"
in=$(cat "$SRC"/samples/*.txt | wc -c)
facts=$(cat "$WORK/f1.jsonl" "$WORK/f2.jsonl" | wc -c)
[ "$facts" -lt $((in * 2)) ] || fail "facts are $facts bytes for $in bytes of text"
echo "merge --facts output merges again to the same bytes"
