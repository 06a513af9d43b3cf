#!/usr/bin/env bash
# End-to-end benchmark on corpora built from real text (bench/make_corpus.py: samples/ and, when
# present, ../shared/corpus). For each size: `wc -w` on the same file, `bilat extract`,
# `bilat merge` of those facts and `bilat build --jobs 1`, each with its wall and CPU time, MB/s
# and peak resident memory (GNU time), and build's time as a multiple of wc -w's.
#
#   bench/run_bench.sh [BILAT] [MB...]        defaults: build/bilat, 20 40
#
# Corpora and outputs go to ${BENCH_DIR:-/tmp/bilat-bench} (never into the repository: the
# texts of ../shared/corpus are third-party). Wall times on a shared machine are noisy; the CPU
# column (user+sys) is steadier.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bilat=${1:-$here/../build/bilat}
shift || true
if [[ $# -gt 0 ]]; then sizes=("$@"); else sizes=(20 40); fi
dir=${BENCH_DIR:-/tmp/bilat-bench}
mkdir -p "$dir"
measure() {  # measure NAME CMD... -> prints "wall cpu rss_mb"
  local log="$dir/$1.time"
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$log" "$@" >/dev/null 2>&1 || true
  awk '{printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024}' "$log"
}
printf '| corpus | stage | wall s | CPU s | MB/s (CPU) | peak MB | x wc -w (wall) |\n'
printf '|---|---|---|---|---|---|---|\n'
for mb in "${sizes[@]}"; do
  corpus="$dir/corpus-$mb.jsonl"
  [[ -s $corpus ]] || python3 "$here/make_corpus.py" --mb "$mb" -o "$corpus" 2>/dev/null
  size=$(stat -c %s "$corpus")
  read -r wc_wall wc_cpu wc_rss < <(measure wc wc -w "$corpus")
  row() {
    local stage=$1 wall=$2 cpu=$3 rss=$4
    awk -v mb="$mb" -v s="$stage" -v w="$wall" -v c="$cpu" -v r="$rss" -v b="$size" -v ww="$wc_wall" \
      'BEGIN { printf "| %s MB | %s | %.2f | %.2f | %.1f | %d | %.0f |\n", mb, s, w, c,
               (c > 0 ? b / 1e6 / c : 0), r, (ww > 0 ? w / ww : 0) }'
  }
  row "wc -w" "$wc_wall" "$wc_cpu" "$wc_rss"
  read -r w c r < <(measure extract "$bilat" extract "$corpus" -o "$dir/facts-$mb.jsonl" --jobs 1)
  row "extract --jobs 1 (facts: $(( $(stat -c %s "$dir/facts-$mb.jsonl") * 100 / size ))% of input)" "$w" "$c" "$r"
  read -r w c r < <(measure merge "$bilat" merge "$dir/facts-$mb.jsonl" -o "$dir/merged-$mb")
  row "merge" "$w" "$c" "$r"
  read -r w c r < <(measure build1 "$bilat" build "$corpus" -o "$dir/build-$mb" --jobs 1)
  row "build --jobs 1" "$w" "$c" "$r"
  read -r w c r < <(measure build2 "$bilat" build "$corpus" -o "$dir/build2-$mb" --jobs 2)
  row "build --jobs 2" "$w" "$c" "$r"
done
