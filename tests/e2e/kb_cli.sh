#!/usr/bin/env bash
# bilat kb: stats meets the knowledge-base targets; look-ups in three languages; a user's --kb
# file adds an official without code changes; a broken --kb file is refused with file and line.
source "$(dirname "$0")/common.sh"
"$BILAT" kb stats >"$WORK/stats.json"
python3 - "$WORK/stats.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
need = {"countries": 190, "ministries": 80, "people": 200, "positions": 300}
bad = [k for k, v in need.items() if s.get(k, 0) < v]
print(s)
sys.exit(1 if bad else 0)
PY
"$BILAT" kb lookup "Bộ Quân đội Pháp" >"$WORK/l1.json"
grep -q '"France"' "$WORK/l1.json" || fail "Bộ Quân đội Pháp is not France's"
grep -qi 'armed forces\|armées' "$WORK/l1.json" || fail "Bộ Quân đội Pháp is not the Armed Forces ministry"
"$BILAT" kb lookup "Pham Thi Thanh Tra" --date 2024-10-04 >"$WORK/l2.json"
grep -q 'Home Affairs' "$WORK/l2.json" || fail "Tra's post on 2024-10-04 missing"
set +e
"$BILAT" kb lookup "Nobody Atall" >/dev/null 2>&1; [[ $? -eq 1 ]] || fail "no match is not exit 1"
set -e
printf 'person_id\tname\tcountry\taliases\tgender\nxx.test_person\tAnna Testova\tczechia\t\tf\n' >"$WORK/people_user.tsv"
printf 'person\trole\ttitle\tbody\tcountry\tfrom\tto\nxx.test_person\tprime_minister\tPrime Minister\t\tczechia\t2031-01-01\t\n' >"$WORK/positions_user.tsv"
"$BILAT" kb lookup "Anna Testova" --kb "$WORK/people_user.tsv" --kb "$WORK/positions_user.tsv" >"$WORK/l3.json"
grep -q 'Prime Minister' "$WORK/l3.json" || fail "a user's --kb official is not found"
printf 'person_id\tname\tcountry\nxx.bad\tBad Person\tnowhere\n' >"$WORK/bad.tsv"
set +e
"$BILAT" kb stats --kb "$WORK/bad.tsv" 2>"$WORK/err"; status=$?
set -e
[[ $status -eq 2 ]] || fail "a broken --kb file is not exit 2"
grep -q 'bad.tsv:2' "$WORK/err" || fail "the error does not name file and line: $(cat "$WORK/err")"
echo "kb: stats, look-ups and user files ok"
