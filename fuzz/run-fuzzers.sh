#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, ASan and UBSan (in build-fuzz/, apart from the normal
# build) and runs each for a bounded time, starting from seed corpora made from samples/ and
# resources/ plus the crash regressions in fuzz/regressions/<target>/. Fails (exit 1) on the first
# crash, leak, timeout or sanitizer report, leaving the input under build-fuzz/crashes/: copy it
# to fuzz/regressions/<target>/ once fixed, so that every later run (and ctest) replays it.
#   fuzz/run-fuzzers.sh [SECONDS_PER_TARGET=30] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
targets=("$@")
(( ${#targets[@]} )) || targets=(extract_fuzz kb_fuzz facts_fuzz article_fuzz export_fuzz)
command -v clang++ >/dev/null || { echo "run-fuzzers: clang++ not found (scripts/install-deps.sh --test)" >&2; exit 1; }

dir=build-fuzz
cmake -S . -B $dir -DCMAKE_CXX_COMPILER=clang++ -DBILAT_BUILD_FUZZ=ON \
  -DBILAT_SANITIZE=ON -DBILAT_BUILD_TESTS=OFF -DBILAT_BUILD_BENCH=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build $dir -j"$(nproc)" --target bilat "${targets[@]}" >/dev/null
export BILAT_RESOURCES=$PWD/resources
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

# Seeds: articles for extract_fuzz; resource files (first byte: which file) for kb_fuzz; lines of
# `bilat extract samples` for facts_fuzz and export_fuzz (and all of them as one input).
seeds=$dir/seeds
rm -rf $seeds && mkdir -p $seeds/{extract_fuzz,kb_fuzz,facts_fuzz,article_fuzz,export_fuzz}
cp samples/*.txt $seeds/extract_fuzz/
for f in resources/kb/*.tsv tests/data/kb/extra/*.tsv; do
  { printf '\0'; cat "$f"; } >"$seeds/kb_fuzz/0-$(basename "$f")"
done
i=1
for f in titles.tsv dates.tsv boilerplate.tsv vi_surnames.txt; do
  { printf "\\x$(printf %02x $i)"; cat "resources/lexicon/$f"; } >"$seeds/kb_fuzz/$i-$f"
  i=$((i + 1))
done
ASAN_OPTIONS=detect_leaks=0 $dir/bilat extract samples -o $seeds/facts.jsonl 2>/dev/null
n=0
while IFS= read -r line; do
  n=$((n + 1))
  printf '%s\n' "$line" >"$seeds/facts_fuzz/line$n"
  printf '%s\n' "$line" >"$seeds/export_fuzz/line$n"
done <$seeds/facts.jsonl
cp $seeds/facts.jsonl $seeds/export_fuzz/all

mkdir -p $dir/crashes
status=0
for t in "${targets[@]}"; do
  corpus=$dir/corpus/$t
  mkdir -p "$corpus" "fuzz/regressions/$t"
  echo "run-fuzzers: $t for ${seconds}s" >&2
  start=$(date +%s)
  if ! $dir/fuzz/$t -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2560 \
       -print_final_stats=1 -artifact_prefix="$dir/crashes/$t-" \
       "$corpus" "$seeds/$t" "fuzz/regressions/$t" >"$dir/$t.log" 2>&1; then
    tail -40 "$dir/$t.log" >&2
    echo "run-fuzzers: $t FAILED; the input is in $dir/crashes/ (log: $dir/$t.log)" >&2
    status=1
    continue
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$dir/$t.log" | grep -o '[0-9]*$' || echo "?")
  echo "run-fuzzers: $t ran clean for $(( $(date +%s) - start ))s ($runs inputs)" >&2
done
exit $status
