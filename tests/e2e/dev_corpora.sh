#!/usr/bin/env bash
# Accuracy on the development corpora (../shared/corpus/*, scored with ../shared/eval/score_all.py)
# and properties of every output over them: floors on node and edge F1 (the "all" line and each
# corpus), no duplicate node, no empty date on a met/signed/visited edge, clean labels. The texts
# stay in ../shared (third-party news): this test reads them there and skips when they are absent.
source "$(dirname "$0")/common.sh"
shared="$SRC/../shared"
[[ -f $shared/eval/score_all.py && -d $shared/corpus ]] || { echo "no ../shared/corpus: skipped"; exit 77; }
python3 "$shared/eval/score_all.py" "$BILAT" --keep "$WORK/runs" >"$WORK/table.txt"
cat "$WORK/table.txt"
python3 - "$WORK/table.txt" "$WORK/runs" "$shared" <<'PY'
import glob, json, os, re, subprocess, sys
import xml.etree.ElementTree as ET

table, runs, shared = sys.argv[1], sys.argv[2], sys.argv[3]
# Floors: the extraction issue's targets ("all" line, and every corpus).
ALL_NODE, ALL_EDGE, EACH_NODE, EACH_EDGE = 0.95, 0.90, 0.92, 0.85
bad = []
rows = {}
for line in open(table, encoding="utf-8"):
    parts = line.split()
    if len(parts) >= 3 and re.match(r"^\d\.\d+$", parts[1]):
        rows[parts[0]] = (float(parts[1]), float(parts[2]))
if "all" not in rows:
    bad.append("no 'all' line in score_all.py's table")
else:
    n, e = rows.pop("all")
    if n < ALL_NODE: bad.append("all: node F1 %.3f < %.2f" % (n, ALL_NODE))
    if e < ALL_EDGE: bad.append("all: edge F1 %.3f < %.2f" % (e, ALL_EDGE))
for name, (n, e) in rows.items():
    if n < EACH_NODE: bad.append("%s: node F1 %.3f < %.2f" % (name, n, EACH_NODE))
    if e < EACH_EDGE: bad.append("%s: edge F1 %.3f < %.2f" % (name, e, EACH_EDGE))

# Duplicates, per corpus, from score.py's JSON.
for name in rows:
    gold = (os.path.join(shared, "eval", "seeds.gold.json") if name == "seeds" else
            os.path.join(shared, "corpus", name, name + ".gold.json"))
    out = os.path.join(runs, name)
    res = subprocess.run([sys.executable, os.path.join(shared, "eval", "score.py"), gold,
                          os.path.join(out, "graph.graphml"), "--timeline",
                          os.path.join(out, "timeline.json"), "--json"],
                         capture_output=True, text=True)
    s = json.loads(res.stdout)
    dups = sum(v.get("duplicates", 0) for k, v in s["nodes"].items() if k != "all")
    if dups: bad.append("%s: %d duplicate node(s)" % (name, dups))

NS = "{http://graphml.graphdrawing.org/xmlns}"
# Label properties. Function words glued onto a word ("firefightingand"), except real words.
GLUED = re.compile(r"^[a-zà-ỹ]{4,}(and|of|the|with|for)$")
REAL = {"thailand", "scotland", "finland", "iceland", "ireland", "poland", "holland", "england",
        "greenland", "switzerland", "netherland", "mainland", "homeland", "island", "hinterland",
        "lowland", "highland", "woodland", "grassland", "wetland", "farmland", "thereof",
        "whereof", "hereof", "breathe", "clothe", "soothe", "seethe", "bathe", "lathe", "loathe"}
VERBS_VI = ("thăm", "tiếp", "hội đàm", "ký", "gặp", "làm việc")
for path in glob.glob(os.path.join(runs, "*", "graph.graphml")):
    corpus = path.split(os.sep)[-2]
    root = ET.parse(path).getroot()
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(NS + "key")}
    for el in root.iter():
        if el.tag not in (NS + "node", NS + "edge"):
            continue
        d = {keys.get(x.get("key")): (x.text or "") for x in el.findall(NS + "data")}
        if el.tag == NS + "edge":
            if d.get("kind") in ("met", "signed", "visited") and not d.get("date"):
                bad.append("%s: empty date on %s edge %s -> %s" % (corpus, d.get("kind"),
                                                                   el.get("source"), el.get("target")))
            continue
        label, kind = d.get("label", ""), d.get("kind", "")
        why = []
        if not label.strip(): why.append("empty")
        if label != label.strip(): why.append("spaces at an end")
        if label and label[-1] in ",;:-(–": why.append("trailing punctuation")
        if label.count("(") != label.count(")"): why.append("unbalanced brackets")
        low = label.lower()
        if re.search(r"\b(bộ bộ|ministry of ministry|ministry ministry)\b", low): why.append("doubled head")
        if kind == "ministry" and low.startswith("bộ ") and "ministry" in low: why.append("two languages")
        if kind in ("ministry", "person") and any(low.endswith(" " + v) for v in VERBS_VI):
            why.append("a verb swallowed")
        for w in re.findall(r"[^\W\d_]+", label):  # lower-case words only: names are names
            if w != w.lower(): continue
            if GLUED.match(w) and w not in REAL: why.append("glued word '%s'" % w)
        if why: bad.append("%s: %s label %r: %s" % (corpus, kind, label, ", ".join(why)))

for b in bad: print("FAIL:", b)
sys.exit(1 if bad else 0)
PY
