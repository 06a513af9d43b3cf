#!/usr/bin/env bash
# The timeline reads right on the samples: one language per timeline (--lang en|vi|fr on build
# and merge, English by default), posts of the day (Tô Lâm in October 2024 is General Secretary
# and State President), the evidence sentences under each event; a language added to
# resources/timeline/templates.tsv works without a rebuild; an unknown one is bad usage.
source "$(dirname "$0")/common.sh"
"$BILAT" build "$SRC/samples" -o "$WORK/en" --pair vietnam,france 2>/dev/null
"$BILAT" build "$SRC/samples" -o "$WORK/vi" --pair vietnam,france --lang vi 2>/dev/null
"$BILAT" build "$SRC/samples" -o "$WORK/fr" --pair vietnam,france --lang=fr 2>/dev/null
"$BILAT" build "$SRC/samples" -o "$WORK/vi2" --pair vietnam,france --lang vi --jobs 1 2>/dev/null
for f in timeline.json timeline.md timeline.html graph.graphml; do
  cmp -s "$WORK/vi/$f" "$WORK/vi2/$f" || fail "--lang vi: $f differs between two runs"
done
# The generated sentences (not the quoted evidence, which is in the article's language).
sentences() { grep -v -e '^- Evidence' -e '^- Trích dẫn' -e '^- Extrait' "$1/timeline.md"; }
sentences "$WORK/en" | grep 'Tô Lâm (Vietnam, General Secretary of the Communist Party of Vietnam and State President) visited France' >/dev/null \
  || fail "en: Tô Lâm's posts in October 2024"
! sentences "$WORK/en" | grep -n -e 'Bộ trưởng' -e 'Chủ tịch' -e 'Phó Thủ tướng' -e ' tháng ' \
  || fail "en: Vietnamese words in English sentences"
grep -q '^- Evidence: ' "$WORK/en/timeline.md" || fail "en: no evidence sentences in timeline.md"
grep -q '<blockquote class=\\"evidence\\">' "$WORK/en/timeline.json" || fail "en: no evidence in timeline.json"
grep -q '<blockquote class="evidence">' "$WORK/en/timeline.html" || fail "en: no evidence in timeline.html"
head -1 "$WORK/vi/timeline.md" | grep -q '^# Dòng thời gian hợp tác Việt Nam–Pháp$' || fail "vi: title"
sentences "$WORK/vi" | grep 'Tô Lâm (Việt Nam, Tổng Bí thư kiêm Chủ tịch nước) đã thăm Pháp' >/dev/null \
  || fail "vi: Tô Lâm's posts in October 2024"
# ("and" is not checked: agreements the samples name only in English keep that name.)
! sentences "$WORK/vi" | grep -n -w -e 'met' -e 'meets' -e 'signed' -e 'visited' -e 'visits' \
  -e 'Parties' -e 'Place' -e 'Sources' -e 'October' -e 'November' -e 'Group' -e 'Minister' \
  || fail "vi: English words in Vietnamese sentences"
grep -q '<html lang="vi">' "$WORK/vi/timeline.html" || fail "vi: html lang"
head -1 "$WORK/fr/timeline.md" | grep -q '^# Chronologie de la coopération Viêt Nam–France$' || fail "fr: title"
! sentences "$WORK/fr" | grep -n -w -e 'met' -e 'meets' -e 'visited' -e 'Parties:' -e 'Place' \
  -e 'Bộ' -e 'October' || fail "fr: English or Vietnamese words in French sentences"
# The scorer still reads the timeline (same events, dates and names, whatever the language).
python3 - "$WORK/en/timeline.json" "$WORK/vi/timeline.json" <<'PY'
import json, sys
en, vi = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:])
dates = lambda t: sorted(tuple(e["start_date"].get(k) for k in ("year", "month", "day")) for e in t["events"])
assert dates(en) == dates(vi), "en and vi timelines have different events"
assert all(e["text"]["headline"] for e in vi["events"])
PY
# merge writes the same timeline as build.
"$BILAT" extract "$SRC/samples" -o "$WORK/facts.jsonl" 2>/dev/null
"$BILAT" merge "$WORK/facts.jsonl" -o "$WORK/merged" --pair vietnam,france --lang vi 2>/dev/null
cmp -s "$WORK/vi/timeline.md" "$WORK/merged/timeline.md" || fail "merge --lang vi differs from build"
# A language added to the resource files, without a rebuild.
cp -r "${BILAT_RESOURCES:-$SRC/resources}" "$WORK/res"
printf 'de\ttitle.pair\t{pair}: Zeitleiste der Zusammenarbeit\nde\theadline.visits\t{a} besucht {b}\n' \
  >>"$WORK/res/timeline/templates.tsv"
"$BILAT" build "$SRC/samples" -o "$WORK/de" --pair vietnam,france --lang de --resources "$WORK/res" 2>/dev/null
head -1 "$WORK/de/timeline.md" | grep -q 'Zeitleiste der Zusammenarbeit' || fail "de: a user's language"
grep -q 'Tô Lâm besucht France' "$WORK/de/timeline.md" || fail "de: a user's headline"
set +e
"$BILAT" build "$SRC/samples" -o "$WORK/xx" --lang xx 2>"$WORK/err"; status=$?
set -e
[[ $status -eq 2 ]] || fail "--lang xx is not exit 2"
grep -q "unknown language 'xx'" "$WORK/err" || fail "--lang xx: $(cat "$WORK/err")"
grep -q 'en, fr, vi' "$WORK/err" || fail "--lang xx does not name the languages: $(cat "$WORK/err")"
echo "timeline: languages, posts of the day, evidence ok"
