#!/usr/bin/env bash
# Command-line conventions: --version, --help on every verb (exit 0, usage on stdout), odd option
# values give a clear error (exit 2) or are capped, never an abort; the summary's plurals.
source "$(dirname "$0")/common.sh"
out=$("$BILAT" --version) || fail "--version exited $?"
[[ $out =~ ^bilat\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version printed '$out'"
"$BILAT" --help | grep '^usage: bilat build' >/dev/null || fail "bilat --help has no usage"
for verb in build extract merge kb; do
  for h in --help -h; do
    set +e
    "$BILAT" $verb $h >"$WORK/help.out" 2>"$WORK/help.err"
    status=$?
    set -e
    [[ $status -eq 0 ]] || fail "bilat $verb $h exited $status: $(cat "$WORK/help.err")"
    grep -q "bilat $verb" "$WORK/help.out" || fail "bilat $verb $h: no usage on stdout"
    [[ -s $WORK/help.err ]] && fail "bilat $verb $h wrote to stderr: $(cat "$WORK/help.err")"
  done
done
# --help wins over everything else on the line, even bad usage.
"$BILAT" build --help --frobnicate >/dev/null || fail "build --help --frobnicate is not exit 0"

# --jobs: huge values are capped; anything but a whole number from 1 is exit 2 with a message.
"$BILAT" build "$SRC/samples" -o "$WORK/huge" --jobs 100000 2>"$WORK/err" ||
  fail "--jobs 100000 exited $?: $(cat "$WORK/err")"
"$BILAT" build "$SRC/samples" -o "$WORK/ref" 2>/dev/null
cmp -s "$WORK/huge/graph.json" "$WORK/ref/graph.json" || fail "--jobs 100000 changed the output"
"$BILAT" extract "$SRC/samples" -o "$WORK/f.jsonl" --jobs=99999999999999999999 2>/dev/null ||
  fail "--jobs=99999999999999999999 was not capped"
for bad in 0 -1 abc 4x '' ' 3' 1.5 0x10; do
  for verb in build extract; do
    set +e
    "$BILAT" $verb "$SRC/samples" -o "$WORK/bad" --jobs "$bad" >/dev/null 2>"$WORK/err"
    status=$?
    set -e
    [[ $status -eq 2 ]] || fail "$verb --jobs '$bad' exited $status, want 2"
    grep -q -- '--jobs needs a whole number' "$WORK/err" || fail "$verb --jobs '$bad': no clear message"
  done
done
set +e
"$BILAT" build "$SRC/samples" -o "$WORK/bad" --jobs >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "--jobs without a value is not exit 2"
"$BILAT" build "$SRC/samples" -o >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "-o without a value is not exit 2"
"$BILAT" build "$SRC/samples" -o "" >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "-o '' is not exit 2"
"$BILAT" build "$SRC/samples" -o "$WORK/bad" --pair vietnam >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "--pair of one country is not exit 2"
"$BILAT" build "$SRC/samples" -o "$WORK/bad" --kb "$WORK/missing.tsv" >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "missing --kb file is not exit 2"
"$BILAT" build "$SRC/samples" -o "$WORK/bad" --resources "$WORK/nowhere" >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "missing --resources is not exit 2"
"$BILAT" extract "$SRC/samples" --extra >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "unknown option is not exit 2"
: >"$WORK/a-file"
"$BILAT" build "$SRC/samples" -o "$WORK/a-file" >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "-o onto a file is not exit 2"
set -e

# Plurals: one article and one problem are singular.
mkdir -p "$WORK/one"
cp "$SRC/samples/003_8394bbce6724e067.txt" "$WORK/one/"
set +e
"$BILAT" build "$WORK/one" "$WORK/missing.txt" -o "$WORK/o1" 2>"$WORK/err"
set -e
grep -q '1 article read, 1 problem;' "$WORK/err" || fail "summary not singular: $(tail -1 "$WORK/err")"
"$BILAT" build "$SRC/samples" -o "$WORK/o5" 2>"$WORK/err"
grep -q '5 articles read, 0 problems;' "$WORK/err" || fail "summary not plural: $(tail -1 "$WORK/err")"
"$BILAT" extract "$WORK/one" -o "$WORK/one.jsonl" 2>"$WORK/err"
grep -q '1 article read, 0 problems;' "$WORK/err" || fail "extract summary: $(tail -1 "$WORK/err")"
"$BILAT" merge "$WORK/one.jsonl" -o "$WORK/m1" 2>"$WORK/err"
grep -q '1 document merged;' "$WORK/err" || fail "merge summary: $(tail -1 "$WORK/err")"
echo "command line: --version, --help everywhere, odd values handled, plurals right"
