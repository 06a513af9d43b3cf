#!/usr/bin/env bash
# Interrupted and concurrent runs. A build killed (SIGKILL) at moments spread over its run leaves
# the output folder with whole files only, each from this run or the previous one; the
# temporaries it may leave are bilat's own (".<output>.tmp.<pid>.<n>") and the next run removes
# them. Two builds into one folder at once do not interleave: writers take turns on
# OUTDIR/.bilat.lock, so the folder holds the files of one run.
source "$(dirname "$0")/common.sh"
outputs=(graph.graphml graph.gexf graph.json nodes.csv edges.csv timeline.json timeline.md timeline.html
         facts.jsonl)
# Run A is long enough (200 articles) for kills to land in extraction and in writing.
mkdir -p "$WORK/a"
for i in $(seq 1 40); do
  for f in "$SRC"/samples/*.txt; do cp "$f" "$WORK/a/$i-$(basename "$f")"; done
done
"$BILAT" build "$WORK/a" -o "$WORK/refA" 2>/dev/null
"$BILAT" build "$SRC/samples" -o "$WORK/refB" 2>/dev/null
for f in "${outputs[@]}"; do cmp -s "$WORK/refA/$f" "$WORK/refB/$f" && fail "runs A and B give the same $f"; done

# Every file in $1 is one of the runs' whole files; nothing else but the lock and bilat's temps.
check_folder() {
  local dir=$1 name f ok
  for f in "${outputs[@]}"; do
    [[ -e $dir/$f ]] || fail "$f missing after an interrupted run"
    cmp -s "$dir/$f" "$WORK/refA/$f" || cmp -s "$dir/$f" "$WORK/refB/$f" ||
      fail "$f is neither run A's nor run B's (half-written?)"
  done
  for name in $(ls -A "$dir"); do
    ok=0
    [[ $name == .bilat.lock ]] && ok=1
    for f in "${outputs[@]}"; do
      [[ $name == "$f" || $name =~ ^\.${f//./\\.}\.tmp\.[0-9]+\.[0-9]+$ ]] && ok=1
    done
    (( ok )) || fail "unexpected file '$name' in the output folder"
  done
}

out=$WORK/out
killed_with_temps=0 mixed=0
"$BILAT" build "$SRC/samples" -o "$out" 2>/dev/null
# Kills at moments spread over the run (mostly during extraction), then kills once the first
# temporary file appears (during writing), with a short delay each.
for when in 0.1 0.6 1.2 w0 w0.01 w0.03 w0.06 w0.1 w0.15 w0.25 w0.4; do
  "$BILAT" build "$WORK/a" -o "$out" 2>/dev/null &
  pid=$!
  if [[ $when == w* ]]; then
    for _ in $(seq 1 1000); do
      compgen -G "$out/.*.tmp.*" >/dev/null && break
      kill -0 $pid 2>/dev/null || break
      sleep 0.005
    done
    sleep "${when#w}"
  else
    sleep "$when"
  fi
  kill -KILL $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  check_folder "$out"
  ls -A "$out" | grep -q '\.tmp\.' && killed_with_temps=$((killed_with_temps + 1))
  n=0
  for f in "${outputs[@]}"; do cmp -s "$out/$f" "$WORK/refA/$f" && n=$((n + 1)); done
  (( n > 0 && n < ${#outputs[@]} )) && mixed=$((mixed + 1))
  # The next run completes: its files, and no temporary left by the killed one.
  "$BILAT" build "$SRC/samples" -o "$out" 2>/dev/null
  for f in "${outputs[@]}"; do cmp -s "$out/$f" "$WORK/refB/$f" || fail "$f: the run after a kill is not whole"; done
  [[ $(ls -A "$out" | tr '\n' ' ') == ".bilat.lock edges.csv facts.jsonl graph.gexf graph.graphml graph.json nodes.csv timeline.html timeline.json timeline.md " ]] ||
    fail "left behind after the next run: $(ls -A "$out" | tr '\n' ' ')"
done
echo "kills: $killed_with_temps left temporaries (removed by the next run), $mixed left a mix of whole files"

# The same for the facts file of bilat extract (no lock: temporaries of dead processes go).
"$BILAT" extract "$WORK/a" -o "$WORK/facts.jsonl" 2>/dev/null &
pid=$!
sleep 0.3
kill -KILL $pid 2>/dev/null || true
wait $pid 2>/dev/null || true
printf 'stale' >"$WORK/.facts.jsonl.tmp.$pid.7"
"$BILAT" extract "$SRC/samples" -o "$WORK/facts.jsonl" 2>/dev/null
ls -A "$WORK" | grep -q '^\.facts\.jsonl\.tmp' && fail "extract left a killed run's temporary behind"

# Two builds at once into one folder: all the files come from one of them.
for round in 1 2 3; do
  rm -rf "$out"
  "$BILAT" build "$WORK/a" -o "$out" 2>/dev/null &
  p1=$!
  "$BILAT" build "$SRC/samples" -o "$out" 2>/dev/null &
  p2=$!
  wait $p1 $p2
  from_a=0 from_b=0
  for f in "${outputs[@]}"; do
    cmp -s "$out/$f" "$WORK/refA/$f" && from_a=$((from_a + 1))
    cmp -s "$out/$f" "$WORK/refB/$f" && from_b=$((from_b + 1))
  done
  (( from_a == ${#outputs[@]} || from_b == ${#outputs[@]} )) || fail "two builds at once interleaved: $from_a files of A, $from_b of B"
done

# A writer that holds the folder's lock makes the next one wait.
"$BILAT" build "$WORK/a" -o "$out" 2>/dev/null
flock "$out/.bilat.lock" sleep 2 &
holder=$!
sleep 0.3
"$BILAT" build "$SRC/samples" -o "$out" 2>/dev/null &
p2=$!
sleep 1
cmp -s "$out/graph.json" "$WORK/refA/graph.json" || fail "a build wrote while another held the lock"
wait $holder $p2
for f in "${outputs[@]}"; do cmp -s "$out/$f" "$WORK/refB/$f" || fail "$f: the waiting build did not write"; done
echo "interrupted and concurrent runs: whole files only, no temporaries left, no interleaving"
