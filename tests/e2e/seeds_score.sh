#!/usr/bin/env bash
# Accuracy regression on the development set: scores samples/ against ../shared/eval's gold graph
# (skipped when shared/ is not beside the repo). Thresholds are the issues' targets.
source "$(dirname "$0")/common.sh"
shared="$SRC/../shared/eval"
[[ -f $shared/score.py ]] || { echo "no ../shared/eval: skipped"; exit 77; }
"$BILAT" build "$SRC/samples" -o "$WORK/o" --pair vietnam,france 2>/dev/null
python3 "$shared/score.py" "$shared/seeds.gold.json" "$WORK/o/graph.graphml" \
  --timeline "$WORK/o/timeline.json" --json >"$WORK/s.json"
python3 - "$WORK/s.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
checks = {
    "node F1 >= 0.95": s["nodes"]["all"]["f1"] >= 0.95,
    "edge F1 >= 0.90": s["edges"]["all"]["f1"] >= 0.90,
    "no duplicate node": all(v.get("duplicates", 0) == 0 for k, v in s["nodes"].items() if k != "all"),
    ">= 12 of 13 dated facts exact": s["dated"]["exact"] >= 12,
    ">= 7 of 8 timeline events, in order": s["timeline"]["hits"] >= 7 and s["timeline"]["chronological"],
    "no event of another pair": s["timeline"]["wrong_pair"] == 0,
}
print("node_f1=%.3f edge_f1=%.3f dated=%d/%d timeline=%d/%d" % (
    s["nodes"]["all"]["f1"], s["edges"]["all"]["f1"], s["dated"]["exact"], s["dated"]["gold"],
    s["timeline"]["hits"], s["timeline"]["gold"]))
bad = [k for k, ok in checks.items() if not ok]
for k in bad: print("FAIL:", k)
sys.exit(1 if bad else 0)
PY
