#!/usr/bin/env python3
"""Check that a timeline.json has the structure TimelineJS 3 reads.

usage: check_timeline.py TIMELINE.json [--min-events N]

Checks: a JSON object; `title` (if present) is a slide with text.headline; `events` is a list,
each with start_date {year required; month, day optional; all ints or digit strings, in range},
optional end_date of the same form and not before start_date, text {headline, text} (strings,
headline non-empty), optional group (string), and unique_id (string, unique). Also checks that
events are in chronological order, as bilat writes them. With --min-events, at least N events.
Exits 0 when valid, 1 with one message per problem, 2 on bad usage. Standard library only.
"""
import json
import re
import sys

MAX_MESSAGES = 20


def as_int(v):
    """An int from an int or a string of digits (optionally signed); None otherwise."""
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, str) and re.fullmatch(r"-?\d+", v.strip()):
        return int(v)
    return None


def check_date(d, where):
    """Yields problems of a TimelineJS date object; returns nothing."""
    if not isinstance(d, dict):
        yield "%s is not an object" % where
        return
    if "year" not in d:
        yield "%s has no year" % where
    limits = {"year": None, "month": (1, 12), "day": (1, 31), "hour": (0, 23),
              "minute": (0, 59), "second": (0, 59)}
    for key, rng in limits.items():
        if key not in d or (key != "year" and d[key] in ("", None)):
            continue
        v = as_int(d[key])
        if v is None:
            yield "%s.%s = %r is neither an int nor a string of digits" % (where, key, d[key])
        elif rng and not rng[0] <= v <= rng[1]:
            yield "%s.%s = %d is out of range" % (where, key, v)
    if d.get("day") not in (None, "") and d.get("month") in (None, ""):
        yield "%s has a day but no month" % where
    if "display_date" in d and not isinstance(d["display_date"], str):
        yield "%s.display_date is not a string" % where


def date_key(d):
    return tuple(as_int(d.get(k)) or 0 for k in ("year", "month", "day"))


def check_text(t, where, headline_required):
    if not isinstance(t, dict):
        yield "%s is not an object" % where
        return
    for key in ("headline", "text"):
        if key in t and not isinstance(t[key], str):
            yield "%s.%s is not a string" % (where, key)
    if headline_required and not (isinstance(t.get("headline"), str) and t["headline"].strip()):
        yield "%s.headline is missing or empty" % where
    if headline_required and "text" not in t:
        yield "%s.text is missing" % where


def problems(tl, min_events):
    if not isinstance(tl, dict):
        yield "top level is not an object"
        return
    if "title" in tl:
        title = tl["title"]
        if not isinstance(title, dict) or "text" not in title:
            yield "title is not a slide with text"
        else:
            yield from check_text(title["text"], "title.text", True)
    events = tl.get("events")
    if not isinstance(events, list):
        yield "events is missing or not a list"
        return
    if len(events) < min_events:
        yield "%d events, expected at least %d" % (len(events), min_events)
    ids = set()
    previous = None
    for i, ev in enumerate(events):
        where = "events[%d]" % i
        if not isinstance(ev, dict):
            yield "%s is not an object" % where
            continue
        if "start_date" not in ev:
            yield "%s has no start_date" % where
        else:
            yield from check_date(ev["start_date"], where + ".start_date")
        if "end_date" in ev:
            yield from check_date(ev["end_date"], where + ".end_date")
            if isinstance(ev.get("start_date"), dict) and isinstance(ev["end_date"], dict) and \
                    date_key(ev["end_date"]) < date_key(ev["start_date"]):
                yield "%s ends before it starts" % where
        if "text" not in ev:
            yield "%s has no text" % where
        else:
            yield from check_text(ev["text"], where + ".text", True)
        if "group" in ev and not isinstance(ev["group"], str):
            yield "%s.group is not a string" % where
        uid = ev.get("unique_id")
        if not isinstance(uid, str) or not uid:
            yield "%s has no unique_id" % where
        elif uid in ids:
            yield "%s: unique_id %r is used twice" % (where, uid)
        ids.add(uid)
        if isinstance(ev.get("start_date"), dict):
            key = date_key(ev["start_date"])
            if previous is not None and key < previous:
                yield "%s is not in chronological order" % where
            previous = key


def main(argv):
    args, min_events = [], 0
    it = iter(argv)
    for a in it:
        if a == "--min-events":
            try:
                min_events = int(next(it))
            except (StopIteration, ValueError):
                print(__doc__, file=sys.stderr)
                return 2
        else:
            args.append(a)
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        with open(args[0], encoding="utf-8") as f:
            tl = json.load(f)
    except (OSError, ValueError) as e:
        print("%s: cannot read JSON: %s" % (args[0], e), file=sys.stderr)
        return 1
    found = 0
    for msg in problems(tl, min_events):
        found += 1
        if found <= MAX_MESSAGES:
            print("%s: %s" % (args[0], msg), file=sys.stderr)
    if found > MAX_MESSAGES:
        print("... and %d more problems" % (found - MAX_MESSAGES), file=sys.stderr)
    if found:
        return 1
    print("%s: valid TimelineJS 3 timeline, %d events" % (args[0], len(tl["events"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
