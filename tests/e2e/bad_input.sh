#!/usr/bin/env bash
# A folder with an invalid-UTF-8 file, an empty file, a binary file and a good file: exit status 1,
# each bad file named on stderr, the good file's facts in the graph.
source "$(dirname "$0")/common.sh"
mkdir -p "$WORK/in/sub"
printf 'Headline\nBad byte here: \xff\xfe and more text.\n' >"$WORK/in/invalid.txt"
: >"$WORK/in/empty.txt"
head -c 2048 /dev/urandom | tr -d '\n' >"$WORK/in/sub/binary.txt"
printf '\x00\x01\x02' >>"$WORK/in/sub/binary.txt"
cp "$SRC/samples/003_8394bbce6724e067.txt" "$WORK/in/good.txt"
printf '{"id": "j1", "text": "Headline\\nPrime Minister Pham Minh Chinh received Japanese Prime Minister Fumio Kishida on March 3.", "date": "2023-03-05"}\n{not json}\n{"id": "j2"}\n' >"$WORK/in/feed.jsonl"
set +e
"$BILAT" build "$WORK/in" "$WORK/missing-dir" -o "$WORK/out" 2>"$WORK/err"
status=$?
set -e
cat "$WORK/err" >&2
[[ $status -eq 1 ]] || fail "exit status $status, want 1"
grep -q 'invalid.txt: byte 24: invalid UTF-8' "$WORK/err" || fail "invalid UTF-8 not reported with its offset"
grep -q 'empty.txt' "$WORK/err" || fail "empty file not reported"
grep -q 'binary.txt' "$WORK/err" || fail "binary file not reported"
grep -q 'missing-dir' "$WORK/err" || fail "missing path not reported"
grep -q 'feed.jsonl:2' "$WORK/err" || fail "bad JSON line not reported with its line number"
grep -q 'feed.jsonl:3' "$WORK/err" || fail "JSON line without text not reported"
grep -q 'Gérald Darmanin' "$WORK/out/graph.graphml" || fail "good file's facts missing"
grep -q 'Kishida' "$WORK/out/graph.graphml" || fail "good JSONL article's facts missing"
# Bad usage is exit status 2.
set +e
"$BILAT" build "$WORK/in" 2>/dev/null; [[ $? -eq 2 ]] || fail "missing -o is not exit 2"
"$BILAT" frobnicate 2>/dev/null; [[ $? -eq 2 ]] || fail "unknown verb is not exit 2"
set -e
echo "bad input: reported and skipped, the rest of the batch kept"
