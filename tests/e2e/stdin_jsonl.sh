#!/usr/bin/env bash
# Articles on stdin (plain text and JSON Lines); JSONL metadata dates the facts.
source "$(dirname "$0")/common.sh"
"$BILAT" build - -o "$WORK/t" <"$SRC/samples/004_b98c65533b173634.txt" 2>/dev/null
grep -q 'Stanislas Guérini' "$WORK/t/graph.graphml" || fail "text on stdin not read"
printf '{"id": "x", "date": "2023-12-02", "text": "Headline\\nSáng nay (01/12), tại Hà Nội, Phó Thủ tướng Chính phủ Lê Minh Khái tiếp Bộ trưởng Bộ Chuyển đổi và Công vụ Pháp Stanislas Guérini."}\n' |
  "$BILAT" build - -o "$WORK/j" 2>/dev/null
grep -q '2023-12-01' "$WORK/j/graph.graphml" || fail "JSONL date did not give the year"
echo "stdin and JSONL metadata: ok"
