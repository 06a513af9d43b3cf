#!/usr/bin/env bash
# The sample outputs load in the readers users open them with: networkx and igraph
# (read_graphml, typed attributes), Gephi Lite's parsers (graphology-graphml, graphology-gexf),
# Python's csv module (nodes.csv, edges.csv), the TimelineJS structure and the real TimelineJS 3
# in headless Chromium (tests/tools/render_timelinejs.py), and the HTML timeline renders there. A reader that is not installed skips the test, except under CI
# (CI=true), where scripts/test.sh installs them all and a skip would hide a failure.
source "$(dirname "$0")/common.sh"
tools="$SRC/tests/tools"
"$BILAT" build "$SRC/samples" -o "$WORK/o" --pair vietnam,france 2>/dev/null
read -r nodes edges gexf_edges < <(python3 -c '
import json, sys
g = json.load(open(sys.argv[1]))
kinds = {(e["source"], e["target"], e["kind"]) for e in g["edges"]}
print(len(g["nodes"]), len(g["edges"]), len(kinds))' "$WORK/o/graph.json")
skipped=0
run() {  # name, command...
  local name=$1; shift
  set +e
  "$@"
  local status=$?
  set -e
  if [[ $status -eq 77 ]]; then
    echo "$name: reader not installed, skipped"
    skipped=1
  elif [[ $status -ne 0 ]]; then
    fail "$name rejected the output (exit $status)"
  else
    echo "$name: ok"
  fi
}
run networkx python3 "$tools/check_graphml_networkx.py" "$WORK/o/graph.graphml" --nodes "$nodes" --edges "$edges"
run igraph python3 "$tools/check_graphml_igraph.py" "$WORK/o/graph.graphml" "$WORK/o/graph.json"
run graphology node "$tools/check_gephi_lite.mjs" "$WORK/o/graph.graphml" "$WORK/o/graph.gexf" "$nodes" "$edges" "$gexf_edges"
run csv python3 "$tools/check_csv.py" "$WORK/o/nodes.csv" "$WORK/o/edges.csv" "$WORK/o/graph.json"
run timelinejs python3 "$tools/check_timeline.py" "$WORK/o/timeline.json" --min-events 7
run timelinejs-chromium python3 "$tools/render_timelinejs.py" "$WORK/o/timeline.json"
run chromium bash "$tools/screenshot_html.sh" "$WORK/o/timeline.html" "$WORK/timeline.png"
if (( skipped )); then
  [[ "${CI:-}" == "true" ]] && fail "a reader was missing under CI"
  exit 77
fi
