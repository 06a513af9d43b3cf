#!/usr/bin/env bash
# Hostile text through the whole reduce step: facts (bilat merge input) whose names, agreement
# titles, roles, places, evidence and document ids hold injection strings are merged; GraphML and
# GEXF pass xmllint, JSON parses, the HTML page has no script, link, image or handler, Markdown
# no unescaped link or tag.
source "$(dirname "$0")/common.sh"
command -v xmllint >/dev/null || { echo "xmllint missing (apt install libxml2-utils): skipped"; exit 77; }
# Every entity in full (--full-entities), so that the names can be edited (docs/facts.md).
"$BILAT" extract "$SRC/samples" -o "$WORK/facts.jsonl" --full-entities 2>/dev/null
python3 - "$WORK/facts.jsonl" "$WORK/hostile.jsonl" <<'PY'
import json, sys
hostile = ['<script>alert(1)</script>', ']]><evil/>', '</data></node><evil/>', '"/><evil a=\'',
           '<a href="javascript:alert(1)">x</a>', '[x](javascript:alert(1))', '| a | b |',
           '\u202egnp.exe\u202c', 'a\ufffeb', 'ctl\x01\x1b[31m\x7f', '--><img src=x onerror=alert(1)>']
out = open(sys.argv[2], 'w')
for n, line in enumerate(open(sys.argv[1])):
    d = json.loads(line)
    assert d['v'] == 2 and 'kb' not in d, 'not a version-2 line with every entity in full'
    h = hostile[n % len(hostile)]
    d['doc'] = h + d['doc']
    for e in d['e']:  # [key, kind, label, country, aliases, attrs]
        e.extend(['', 0, '', '', [], {}][len(e):])  # the defaults left out
        e[2] += ' ' + h
        e[4] = e[4] + [h]
        e[5] = {k: v + h for k, v in e[5].items()}
    for f in d['f']:  # [kind, source, target, sentence, date, date_source, years, role, place, prov]
        f.extend(['', 0, [], '', '', {}][len(f) - 4:])
        for k in (7, 8):
            if f[k]:
                f[k] += h
        f[9]['doc'] = d['doc']  # provenance: the (hostile) document id, said again
    for s in d.get('s', []):  # [n, begin, end, zone, text]
        s[4] = h + s[4] + h
    out.write(json.dumps(d, ensure_ascii=False) + '\n')
PY
"$BILAT" merge "$WORK/hostile.jsonl" -o "$WORK/out" --pair vietnam,france 2>"$WORK/err" ||
  fail "merge exited $?: $(cat "$WORK/err")"
grep -q 'script' "$WORK/out/graph.graphml" || fail "the hostile facts did not reach the graph"
for f in graph.graphml graph.gexf; do
  xmllint --noout --nonet "$WORK/out/$f" || fail "$f is not well-formed XML"
  grep -q '<evil\|<script\|<img' "$WORK/out/$f" && fail "$f holds an injected element"
done
python3 - "$WORK/out" <<'PY' || fail "JSON, HTML or Markdown check failed"
import json, re, sys
from html.parser import HTMLParser
d = sys.argv[1]
for f in ('graph.json', 'timeline.json'):
    json.load(open(f'{d}/{f}', encoding='utf-8'))
class P(HTMLParser):
    bad = []
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'img', 'a', 'iframe', 'evil', 'object', 'embed', 'link', 'form'):
            self.bad.append(tag)
        for k, v in attrs:
            if k.startswith('on') or (v or '').strip().lower().startswith('javascript:'):
                self.bad.append(f'{tag} {k}')
p = P()
html = open(f'{d}/timeline.html', encoding='utf-8').read()
p.feed(html)
assert not p.bad, f'timeline.html has injected markup: {p.bad}'
assert 'script' in html, 'the hostile text did not reach the timeline'
for ev in json.load(open(f'{d}/timeline.json', encoding='utf-8'))['events']:
    q = P(); q.feed(ev['text']['headline'] + ev['text']['text'])
    assert not q.bad, f'timeline.json text has markup: {q.bad}'
md = open(f'{d}/timeline.md', encoding='utf-8').read()
md = re.sub(r'`[^`\n]*`', '', md)  # code spans are literal
assert not re.search(r'(?<!\\)[\[\]<>|]', md), 'timeline.md has an unescaped [ ] < > or |'
for f in ('graph.graphml', 'graph.gexf', 'graph.json', 'timeline.json', 'timeline.md', 'timeline.html'):
    text = open(f'{d}/{f}', encoding='utf-8').read()
    for ch in '\u202e\ufffe\x01\x1b\x7f':
        assert ch not in text, f'{f} holds U+{ord(ch):04X}'
PY
echo "hostile facts merged: every output parses and holds no injected markup"
