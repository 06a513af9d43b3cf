#!/usr/bin/env python3
"""Render a bilat timeline.json with the real TimelineJS 3 in headless Chromium, offline.

usage: render_timelinejs.py TIMELINE.json [--screenshot OUT.png] [--keep-page DIR]

Writes a page that loads TimelineJS's own timeline.js and timeline.css from
tests/tools/node_modules/@knight-lab/timelinejs (npm, locked in package-lock.json) through
file:// URLs, with the JSON inlined (TimelineJS takes an object as well as a URL), and runs
Chromium headless with networking off. The page records what the library does in the DOM
(data-tl-status: loaded/ready, data-tl-errors: uncaught errors and TimelineJS messages). The
DOM, dumped after the scripts ran, must show one slide per event, each with the event's
headline and a date that names its year (and day, when the event has one), plus the title
slide, and no error: neither an uncaught exception nor TimelineJS's error message box.
Exit status: 0 good, 1 a problem (messages on stderr), 2 bad usage, 77 (skip) when Chromium or
the npm package is missing.
"""
import html
import html.parser
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
DIST = HERE / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS check</title>
<link rel="stylesheet" href="{css}">
<style>html, body {{ height: 100%; margin: 0; }} #timeline {{ width: 100%; height: 100%; }}</style>
<script>
  window.tlErrors = [];
  window.addEventListener('error', function (e) {{
    window.tlErrors.push('uncaught: ' + e.message);
    document.documentElement.setAttribute('data-tl-errors', window.tlErrors.join(' | '));
  }});
</script>
<script src="{js}"></script>
</head><body>
<div id="timeline"></div>
<script>
  var data = {data};
  var tlStatus = function (s) {{ document.documentElement.setAttribute('data-tl-status', s); }};
  try {{
    var timeline = new TL.Timeline('timeline', data, {{ language: 'en', hash_bookmark: false,
      start_at_slide: {start} }});
    timeline.on('loaded', function () {{ tlStatus('loaded'); }});
    timeline.on('ready', function () {{ tlStatus('ready'); }});
    timeline.on('dataloaded', function () {{ tlStatus('dataloaded'); }});
    if (timeline.config && timeline.config.messages && timeline.config.messages.errors.length)
      window.tlErrors.push('config: ' + JSON.stringify(timeline.config.messages.errors));
  }} catch (e) {{
    window.tlErrors.push('constructor: ' + e.message);
  }}
  document.documentElement.setAttribute('data-tl-errors', window.tlErrors.join(' | '));
</script>
</body></html>
"""


class Dom(html.parser.HTMLParser):
    """Collects the text of elements by class: slides, headlines, dates, messages."""

    def __init__(self):
        super().__init__()
        self.stack = []  # (tag, classes, text parts)
        self.found = []  # (classes, text) of every closed element with a class
        self.root_attrs = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.root_attrs = a
        if tag in ("br", "img", "meta", "link", "input", "hr"):
            return
        self.stack.append((tag, set((a.get("class") or "").split()), []))

    def handle_endtag(self, tag):
        while self.stack:
            t, classes, parts = self.stack.pop()
            text = "".join(parts)
            if self.stack:
                self.stack[-1][2].append(text)
            if classes:
                self.found.append((classes, " ".join(text.split())))
            if t == tag:
                break

    def handle_data(self, data):
        if self.stack:
            self.stack[-1][2].append(data)

    def texts(self, cls):
        return [text for classes, text in self.found if cls in classes]


def browser():
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium(exe, url, work, extra):
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--allow-file-access-from-files", "--user-data-dir=" + str(work / "profile"),
           "--window-size=1200,900", "--hide-scrollbars", "--virtual-time-budget=15000",
           "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>"] + extra + [url]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def expected_date(ev):
    d = ev["start_date"]
    year, month, day = d.get("year"), d.get("month"), d.get("day")
    return str(year), (MONTHS[int(month) - 1] if month else None), (str(int(day)) if day else None)


def main(argv):
    args = argv[1:]
    shot, keep = None, None
    if "--screenshot" in args:
        i = args.index("--screenshot")
        shot = args[i + 1]
        del args[i:i + 2]
    if "--keep-page" in args:
        i = args.index("--keep-page")
        keep = args[i + 1]
        del args[i:i + 2]
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    exe = browser()
    if exe is None or not (DIST / "js" / "timeline.js").exists():
        print("chromium or @knight-lab/timelinejs (npm ci in tests/tools) missing: skipped",
              file=sys.stderr)
        return 77
    data = json.load(open(args[0], encoding="utf-8"))
    events = data.get("events", [])
    work = pathlib.Path(tempfile.mkdtemp())
    try:
        # "</" inside inlined JSON would end the script element: escape it.
        inline = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        page = work / "timelinejs.html"
        page.write_text(PAGE.format(css=(DIST / "css" / "timeline.css").as_uri(),
                                    js=(DIST / "js" / "timeline.js").as_uri(), data=inline,
                                    start=1 if events else 0), encoding="utf-8")
        if keep:
            shutil.copy(page, keep)
        run = chromium(exe, page.as_uri(), work, ["--dump-dom"])
        problems = []
        if run.returncode != 0 or "<html" not in run.stdout:
            print("chromium failed (exit %d): %s" % (run.returncode, run.stderr[-2000:]),
                  file=sys.stderr)
            return 1
        dom = Dom()
        dom.feed(run.stdout)
        errors = dom.root_attrs.get("data-tl-errors", "")
        status = dom.root_attrs.get("data-tl-status", "")
        if errors:
            problems.append("TimelineJS reported errors: " + errors)
        if status not in ("loaded", "ready", "dataloaded"):
            problems.append("TimelineJS never reported loaded/ready (status %r)" % status)
        for m in dom.texts("tl-message-full"):
            if m:
                problems.append("TimelineJS shows a message: " + m)
        slides = [t for c, t in dom.found if "tl-slide" in c and "tl-slide-titleslide" not in c
                  and "tl-slide-content" not in c and "tl-slide-content-container" not in c
                  and "tl-slider-container" not in c]
        title_slides = dom.texts("tl-slide-titleslide")
        if data.get("title") and not title_slides:
            problems.append("no title slide")
        if len(slides) != len(events):
            problems.append("%d event slides in the DOM, %d events in %s" % (len(slides), len(events),
                                                                             args[0]))
        headlines = dom.texts("tl-headline")
        dates = dom.texts("tl-headline-date")
        for ev in events:
            want = " ".join(html.unescape(ev["text"]["headline"]).split())
            slide = next((s for s in slides if want in s), None)
            if slide is None or not any(want in h for h in headlines):
                problems.append("event %s: headline %r not shown" % (ev.get("unique_id"), want))
                continue
            year, month, day = expected_date(ev)
            if not any(year in d and (month is None or month in d) and
                       (day is None or (" %s," % day) in (" " + d) or (" %s " % day) in (" " + d + " "))
                       for d in dates if d in slide):
                problems.append("event %s: no date showing %s %s %s in its slide (dates: %s)" % (
                    ev.get("unique_id"), day or "", month or "", year,
                    [d for d in dates if d in slide]))
        if problems:
            for p in problems[:20]:
                print(args[0] + ": " + p, file=sys.stderr)
            return 1
        if shot:
            run = chromium(exe, page.as_uri(), work, ["--screenshot=" + os.path.abspath(shot)])
            if not os.path.exists(shot) or os.path.getsize(shot) < 10 * 1024:
                print("screenshot failed: " + run.stderr[-1000:], file=sys.stderr)
                return 1
        print("TimelineJS %s rendered %d event slides with headlines and dates, no error"
              % (json.load(open(DIST.parent / "package.json")).get("version"), len(slides)))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
