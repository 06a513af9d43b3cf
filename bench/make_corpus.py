#!/usr/bin/env python3
"""Builds a benchmark corpus (JSON Lines) from real article text.

    bench/make_corpus.py --mb 40 -o /tmp/c40.jsonl [--seed 1] [DIR...]

Sources: the seed articles in samples/ and, when present, every ../shared/corpus/*/texts/*.txt
(copyrighted news texts: they are read at bench time, never copied into the repository). Each
generated article takes the headline of one real article and a shuffled draw of real sentences
(lines) from all the articles of the same language, so that facts recombine across documents and
the merge sees many distinct documents, sentences and fact combinations. Every article gets a
unique id. The output is deterministic for a given --seed and set of source files.

Distinct entities grow with the corpus only through recombination (the sources name a fixed set
of people): the benchmark therefore measures the per-article cost and the memory that grows with
articles, which is what bounded-memory merging must keep flat.
"""
import argparse
import glob
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def default_sources():
    files = sorted(glob.glob(os.path.join(ROOT, "samples", "*.txt")))
    files += sorted(glob.glob(os.path.join(ROOT, "..", "shared", "corpus", "*", "texts", "*.txt")))
    return files


def language(path, text):
    name = os.path.basename(path)
    if name.endswith("_vi.txt"):
        return "vi"
    if name.endswith("_en.txt"):
        return "en"
    vi = sum(text.count(c) for c in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
    return "vi" if vi > len(text) / 200 else "en"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=20, help="target size in MB [20]")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--sentences", type=int, default=12, help="body lines per article [12]")
    ap.add_argument("sources", nargs="*", help="article files or folders [samples/, ../shared/corpus]")
    args = ap.parse_args()
    files = []
    for s in args.sources or default_sources():
        if os.path.isdir(s):
            files += sorted(glob.glob(os.path.join(s, "**", "*.txt"), recursive=True))
        else:
            files.append(s)
    heads = {"en": [], "vi": []}
    bodies = {"en": [], "vi": []}
    for f in files:
        with open(f, encoding="utf-8", errors="replace") as fh:
            text = fh.read().lstrip("\ufeff")
        lines = [l.strip() for l in text.splitlines() if l.strip()]
        if len(lines) < 2:
            continue
        lang = language(f, text)
        heads[lang].append(lines[0])
        bodies[lang] += lines[1:]
    rng = random.Random(args.seed)
    target = int(args.mb * 1e6)
    written = n = 0
    langs = [l for l in ("en", "vi") if bodies[l]]
    if not langs:
        sys.exit("make_corpus: no source text found")
    with open(args.output, "w", encoding="utf-8") as out:
        while written < target:
            lang = langs[n % len(langs)]
            body = rng.sample(bodies[lang], min(args.sentences, len(bodies[lang])))
            text = "\n".join([rng.choice(heads[lang])] + body) + "\n"
            line = json.dumps({"id": "bench-%07d" % n, "lang": lang, "text": text},
                              ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    print("%s: %d articles, %.1f MB from %d source files" % (args.output, n, written / 1e6, len(files)),
          file=sys.stderr)


if __name__ == "__main__":
    main()
