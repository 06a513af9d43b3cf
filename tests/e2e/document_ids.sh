#!/usr/bin/env bash
# Document ids do not depend on how a file was named: through its folder, in a list of files, by a
# relative or an absolute path, from another working folder. So a sharded extract over a file
# list, merged in another order, equals one build over the folder; files of one run that share a
# name are told apart by the tail of their paths; two shards with the same name are reported.
source "$(dirname "$0")/common.sh"
mkdir -p "$WORK/corpus/en" "$WORK/corpus/vi/2024"
files=("$SRC"/samples/*.txt)
cp "${files[0]}" "${files[2]}" "$WORK/corpus/en/"
cp "${files[1]}" "$WORK/corpus/vi/"
cp "${files[3]}" "$WORK/corpus/vi/2024/"
cp "${files[4]}" "$WORK/corpus/"
"$BILAT" build "$WORK/corpus" -o "$WORK/whole" --pair vietnam,france 2>/dev/null
"$BILAT" build "$SRC/samples" -o "$WORK/flat" --pair vietnam,france 2>/dev/null
# The same articles in subfolders or flat: the same ids, so the same bytes.
for f in graph.graphml graph.gexf graph.json timeline.json timeline.md timeline.html; do
  cmp -s "$WORK/whole/$f" "$WORK/flat/$f" || fail "$f: ids depend on the folder layout"
done
# Ids are file names: no folder, no absolute path leaks into the outputs.
grep -q "$WORK" "$WORK/whole/graph.json" && fail "a path of the run leaks into graph.json"
grep -q '"000_bf7ab5e4af0389bb.txt"' "$WORK/whole/graph.json" || fail "ids are not the file names"

# Shards over a list of files: absolute, relative, from another working folder, "./" forms.
(cd "$WORK/corpus" && "$BILAT" extract en/$(basename "${files[2]}") ./vi/2024/$(basename "${files[3]}") \
   -o "$WORK/shard1.jsonl" 2>/dev/null)
(cd "$WORK/corpus/vi" && "$BILAT" extract "$(basename "${files[1]}")" ../$(basename "${files[4]}") \
   -o "$WORK/shard2.jsonl" 2>/dev/null)
"$BILAT" extract "$WORK/corpus/en/$(basename "${files[0]}")" -o "$WORK/shard3.jsonl" 2>/dev/null
"$BILAT" merge "$WORK/shard3.jsonl" "$WORK/shard2.jsonl" "$WORK/shard1.jsonl" -o "$WORK/merged" \
  --pair vietnam,france 2>/dev/null
for f in graph.graphml graph.gexf graph.json timeline.json timeline.md timeline.html; do
  cmp -s "$WORK/whole/$f" "$WORK/merged/$f" || fail "$f: sharded extract over a file list != build over the folder"
done

# Two files of one run with one name: both kept, told apart by their paths' tails, however named.
mkdir -p "$WORK/dup/a" "$WORK/dup/b"
cp "${files[0]}" "$WORK/dup/a/index.txt"
cp "${files[3]}" "$WORK/dup/b/index.txt"
"$BILAT" extract "$WORK/dup" -o "$WORK/dup1.jsonl" 2>/dev/null
(cd "$WORK/dup" && "$BILAT" extract b/index.txt "$WORK/dup/a/index.txt" -o "$WORK/dup2.jsonl" 2>/dev/null)
ids1=$(grep -o '^{"v":2,"doc":"[^"]*"' "$WORK/dup1.jsonl" | sort | tr '\n' ' ')
ids2=$(grep -o '^{"v":2,"doc":"[^"]*"' "$WORK/dup2.jsonl" | sort | tr '\n' ' ')
[[ $ids1 == '{"v":2,"doc":"a/index.txt" {"v":2,"doc":"b/index.txt" ' ]] || fail "colliding names got ids $ids1"
[[ $ids1 == "$ids2" ]] || fail "colliding names: folder gives $ids1, list gives $ids2"
# The same file named twice is one document.
"$BILAT" extract "$WORK/dup/a/index.txt" "$WORK/dup/a/../a/index.txt" -o "$WORK/same.jsonl" 2>/dev/null
[[ $(grep -c '"doc":"index.txt"' "$WORK/same.jsonl") -eq 2 ]] || fail "the same file named twice got two ids"
# Shards that each hold an index.txt cannot know of each other: the merge says so (exit 1).
"$BILAT" extract "$WORK/dup/a/index.txt" -o "$WORK/sa.jsonl" 2>/dev/null
"$BILAT" extract "$WORK/dup/b/index.txt" -o "$WORK/sb.jsonl" 2>/dev/null
set +e
"$BILAT" merge "$WORK/sa.jsonl" "$WORK/sb.jsonl" -o "$WORK/clash" 2>"$WORK/err"
status=$?
set -e
[[ $status -eq 1 ]] || fail "merge of two different 'index.txt' exited $status, want 1"
grep -q "document 'index.txt' was seen before with other facts" "$WORK/err" || fail "name clash not reported"

# JSONL articles without an id: "<file name>:<line>", not the path given.
printf '{"text": "Headline\\nPrime Minister Pham Minh Chinh received Japanese Prime Minister Fumio Kishida on March 3."}\n' >"$WORK/corpus/feed.jsonl"
"$BILAT" extract "$WORK/corpus/feed.jsonl" -o "$WORK/feed.jsonl.out" 2>/dev/null
grep -q '^{"v":2,"doc":"feed.jsonl:1"' "$WORK/feed.jsonl.out" || fail "JSONL line id: $(cut -c1-60 "$WORK/feed.jsonl.out")"
echo "document ids: the same however a file is named; sharded extract + merge == build"
