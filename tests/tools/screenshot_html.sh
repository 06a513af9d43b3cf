#!/usr/bin/env bash
# Renders an HTML file (bilat's timeline.html) with headless Chromium and checks the screenshot:
# it must exist, be larger than 10 KB and not be a single colour (a blank or failed page).
#
# usage: screenshot_html.sh PAGE.html [OUT.png]
#
# The page is opened from a file:// URL with networking features off, so a page that needs the
# network shows up as broken. OUT.png defaults to a temporary file that is removed afterwards.
# Exit status: 0 good, 1 bad screenshot or Chromium failure, 2 bad usage, 77 (skip) when no
# Chromium is installed (Debian: apt-get install chromium).
set -u

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 PAGE.html [OUT.png]" >&2
  exit 2
fi
page=$1
if [[ ! -r $page ]]; then
  echo "$page: cannot read" >&2
  exit 2
fi

browser=""
for name in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$name" >/dev/null 2>&1; then
    browser=$(command -v "$name")
    break
  fi
done
if [[ -z $browser ]]; then
  echo "chromium is not installed: skipped" >&2
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${2:-$work/screenshot.png}
rm -f "$out"
url=$(python3 -c 'import pathlib, sys; print(pathlib.Path(sys.argv[1]).resolve().as_uri())' "$page")

# Chromium may hang on a broken display or D-Bus set-up: cap it.
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --screenshot="$out" --window-size=1200,1600 \
  --hide-scrollbars "$url" >"$work/chromium.log" 2>&1
status=$?
if [[ ! -s $out ]]; then
  echo "$page: chromium (exit $status) wrote no screenshot; its log:" >&2
  tail -n 20 "$work/chromium.log" >&2
  exit 1
fi

python3 - "$out" "$page" <<'PY'
"""Checks a PNG: size > 10 KB and more than one colour. Decodes with zlib (no PIL needed)."""
import struct
import sys
import zlib

path, page = sys.argv[1], sys.argv[2]
data = open(path, "rb").read()


def fail(msg):
    print("%s: %s" % (page, msg), file=sys.stderr)
    sys.exit(1)


if len(data) <= 10 * 1024:
    fail("screenshot %s is only %d bytes (<= 10 KB): blank page?" % (path, len(data)))
if data[:8] != b"\x89PNG\r\n\x1a\n":
    fail("screenshot %s is not a PNG" % path)
pos, idat, ihdr = 8, [], None
while pos + 8 <= len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        ihdr = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT":
        idat.append(body)
    elif kind == b"IEND":
        break
    pos += 12 + length
if ihdr is None or not idat:
    fail("screenshot %s has no image data" % path)
width, height, depth, ctype, _, _, interlace = ihdr
channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}.get(ctype)
if depth != 8 or channels is None or interlace:
    fail("screenshot %s: unexpected PNG format (depth %d, colour type %d, interlace %d)"
         % (path, depth, ctype, interlace))
raw = zlib.decompress(b"".join(idat))
bpp, stride = channels, width * channels
prev = bytearray(stride)
colours = set()
for y in range(height):
    line = raw[y * (stride + 1):(y + 1) * (stride + 1)]
    f, cur = line[0], bytearray(line[1:])
    if f == 1:
        for i in range(bpp, stride):
            cur[i] = (cur[i] + cur[i - bpp]) & 0xFF
    elif f == 2:
        cur = bytearray((a + b) & 0xFF for a, b in zip(cur, prev))
    elif f == 3:
        for i in range(stride):
            left = cur[i - bpp] if i >= bpp else 0
            cur[i] = (cur[i] + ((left + prev[i]) >> 1)) & 0xFF
    elif f == 4:
        for i in range(stride):
            a = cur[i - bpp] if i >= bpp else 0
            b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
            cur[i] = (cur[i] + pred) & 0xFF
    if y % 8 == 0 and len(colours) < 64:  # every 8th row is plenty to tell a blank page
        for x in range(0, stride, bpp * 4):
            colours.add(bytes(cur[x:x + bpp]))
    prev = cur
if len(colours) < 2:
    fail("screenshot %s is a single colour: nothing rendered" % path)
print("%s: rendered %dx%d, %d bytes, %s colours" % (page, width, height, len(data),
                                                     "64+" if len(colours) >= 64 else len(colours)))
PY
