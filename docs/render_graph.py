#!/usr/bin/python3
"""Render a bilat graph.graphml the way Gephi shows it after a force layout.

This script makes docs/graph.png for the README.  To regenerate the picture:

    cmake -S . -B build-pics -DBILAT_BUILD_BENCH=OFF
    cmake --build build-pics -j2 --target bilat
    build-pics/bilat build samples -o /tmp/pics_out --pair vietnam,france
    /usr/bin/python3 docs/render_graph.py /tmp/pics_out/graph.graphml docs/graph.png

Both arguments are optional (the defaults are the two paths above, the output
being relative to this script's directory).  It needs Debian's
python3-matplotlib and python3-networkx (`apt-get install -y python3-matplotlib
python3-networkx`); run it with /usr/bin/python3 if another python3 comes first
in PATH.

What it draws: nodes coloured by the `color` attribute and sized by `size`
(both written by bilat's GraphML exporter), thin grey edges, labels for
person, ministry, country and agreement nodes (shortened to about 30
characters), and a small legend of node kinds.  The layout is a seeded spring
(Fruchterman-Reingold) layout of the largest connected component; small
components and isolated nodes go on an ellipse around it, much as ForceAtlas 2
with gravity would put them, and a last pass pushes apart nodes whose labels
would overlap.  Everything is seeded and ordered, so the picture is the same
on every run.  The output is 1400x1000 px on a white background.
"""

import math
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
import networkx as nx  # noqa: E402

SEED = 7
WIDTH_PX, HEIGHT_PX, DPI = 1400, 1000, 100
LABELLED_KINDS = ("person", "ministry", "country", "agreement")
KIND_ORDER = ("person", "ministry", "country", "agreement", "organization")
MAX_LABEL = 30
FALLBACK_COLOR = "#999999"


def shorten(text, limit=MAX_LABEL):
    """Cut a label at a word boundary so it is at most about `limit` chars."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    # Prefer a word boundary, unless that throws away a long word's worth
    # ("Letter of intent on e-govern…" says more than "Letter of intent on…").
    if " " in cut and len(cut) - cut.rindex(" ") <= 8:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-(") + "…"


def node_diameter_px(data):
    """Diameter in pixels of a node drawn with marker area (size * 1.55)^2."""
    return float(data.get("size", 10)) * 1.55 * DPI / 72.0


def label_font(data):
    big = float(data.get("size", 10)) >= 20
    return (10.5, "bold") if big else (8.0, "normal")


def node_box(data):
    """Half-width and height (px) of a node plus the label above it."""
    diameter = node_diameter_px(data)
    if data.get("kind") not in LABELLED_KINDS:
        return diameter / 2 + 3, diameter + 6
    size_pt, weight = label_font(data)
    char_px = size_pt * DPI / 72.0 * (0.62 if weight == "bold" else 0.56)
    text_w = len(shorten(data.get("label", ""))) * char_px + 6
    text_h = size_pt * DPI / 72.0 * 1.35 + 4
    return max(text_w, diameter) / 2 + 3, diameter + text_h + 4


def spread(graph, pos, rounds=400):
    """Push apart nodes whose (node + label) boxes overlap, in pixels.

    Each node owns a box from its bottom edge to the top of its label; while
    two boxes overlap, both move apart along the axis of smaller overlap.
    Deterministic: nodes are visited in a fixed order.
    """
    order = sorted(pos)
    boxes = {n: node_box(graph.nodes[n]) for n in order}
    left, right, bottom, top = 20, WIDTH_PX - 20, 20, HEIGHT_PX - 20
    pos = {n: list(p) for n, p in pos.items()}

    def extent(n):
        half_w, height = boxes[n]
        radius = node_diameter_px(graph.nodes[n]) / 2
        x, y = pos[n]
        return x - half_w, x + half_w, y - radius - 3, y - radius - 3 + height

    for _ in range(rounds):
        moved = False
        for i, a in enumerate(order):
            for b in order[i + 1:]:
                ax0, ax1, ay0, ay1 = extent(a)
                bx0, bx1, by0, by1 = extent(b)
                dx = min(ax1, bx1) - max(ax0, bx0)
                dy = min(ay1, by1) - max(ay0, by0)
                if dx <= 0 or dy <= 0:
                    continue
                moved = True
                if dx < dy * 1.6:
                    step = dx / 2 + 0.5
                    sign = 1 if pos[a][0] >= pos[b][0] else -1
                    pos[a][0] += sign * step
                    pos[b][0] -= sign * step
                else:
                    step = dy / 2 + 0.5
                    sign = 1 if pos[a][1] >= pos[b][1] else -1
                    pos[a][1] += sign * step
                    pos[b][1] -= sign * step
        for n in order:  # keep everything on the canvas
            x0, x1, y0, y1 = extent(n)
            if x0 < left:
                pos[n][0] += left - x0
            if x1 > right:
                pos[n][0] -= x1 - right
            if y0 < bottom:
                pos[n][1] += bottom - y0
            if y1 > top:
                pos[n][1] -= y1 - top
        if not moved:
            break
    return {n: tuple(p) for n, p in pos.items()}


def kind_rank(graph, n):
    kind = graph.nodes[n].get("kind")
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


def layout(graph):
    """Seeded force layout in pixels: main component in the middle, the rest
    (small components, isolated nodes) on an ellipse around it."""
    undirected = graph.to_undirected()
    components = sorted(nx.connected_components(undirected),
                        key=lambda c: (-len(c), sorted(c)))
    main_nodes = undirected.subgraph(components[0])
    raw = nx.spring_layout(main_nodes, seed=SEED, k=0.3, iterations=500)

    cx, cy = WIDTH_PX / 2, HEIGHT_PX / 2 + 10
    rx, ry = WIDTH_PX * 0.33, HEIGHT_PX * 0.33      # main component
    ring_rx, ring_ry = WIDTH_PX * 0.45, HEIGHT_PX * 0.43  # everything else
    xs = [p[0] for p in raw.values()]
    ys = [p[1] for p in raw.values()]
    mx, my = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    sx = (max(xs) - min(xs)) / 2 or 1.0
    sy = (max(ys) - min(ys)) / 2 or 1.0
    pos = {n: (cx + (x - mx) / sx * rx, cy + (y - my) / sy * ry)
           for n, (x, y) in raw.items()}

    rest = sorted(components[1:],
                  key=lambda c: (-len(c), min(kind_rank(graph, n) for n in c),
                                 sorted(graph.nodes[n].get("label", n) for n in c)))
    slots = sum(len(c) for c in rest)
    if slots:
        step = 2 * math.pi / slots
        angle = math.pi / 2 + step / 2
        for comp in rest:
            members = sorted(comp, key=lambda n: (kind_rank(graph, n),
                                                   graph.nodes[n].get("label", n)))
            centre = angle + step * (len(members) - 1) / 2
            for j, n in enumerate(members):
                # members of a small component sit close together
                a = centre + (j - (len(members) - 1) / 2) * step * 0.7
                pos[n] = (cx + ring_rx * math.cos(a), cy + ring_ry * math.sin(a))
            angle += step * len(members)
    return spread(graph, pos)


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    src = argv[1] if len(argv) > 1 else "/tmp/pics_out/graph.graphml"
    dst = argv[2] if len(argv) > 2 else os.path.join(here, "graph.png")

    graph = nx.read_graphml(src)
    pos = layout(graph)

    nodes = sorted(graph.nodes, key=lambda n: float(graph.nodes[n].get("size", 10)))
    colors = [graph.nodes[n].get("color", FALLBACK_COLOR) for n in nodes]
    # Gephi's `size` is a radius-like value (10..~30); matplotlib wants area.
    sizes = [(float(graph.nodes[n].get("size", 10)) * 1.55) ** 2 for n in nodes]

    fig = plt.figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI,
                     facecolor="white")
    ax = fig.add_axes([0, 0, 1, 1])
    ax.set_facecolor("white")
    ax.set_axis_off()
    ax.set_xlim(0, WIDTH_PX)
    ax.set_ylim(0, HEIGHT_PX)

    nx.draw_networkx_edges(graph, pos, ax=ax, edge_color="#b0b0b0", width=0.8,
                           alpha=0.9, arrows=True, arrowstyle="-|>",
                           arrowsize=7, node_size=sizes, nodelist=nodes,
                           connectionstyle="arc3,rad=0.08")
    nx.draw_networkx_nodes(graph, pos, ax=ax, nodelist=nodes, node_color=colors,
                           node_size=sizes, edgecolors="white", linewidths=1.0)

    for n in nodes:
        data = graph.nodes[n]
        if data.get("kind") not in LABELLED_KINDS:
            continue
        x, y = pos[n]
        radius_pt = float(data.get("size", 10)) * 1.55 / 2
        font_size, font_weight = label_font(data)
        ax.annotate(shorten(data.get("label", n)), (x, y),
                    xytext=(0, radius_pt + 2), textcoords="offset points",
                    ha="center", va="bottom",
                    fontsize=font_size, fontweight=font_weight,
                    color="#222222", zorder=5,
                    bbox=dict(boxstyle="round,pad=0.12", fc="white", ec="none",
                              alpha=0.7))

    # Legend: one entry per kind present, in a fixed order, with its colour.
    kind_color = {}
    for _, data in graph.nodes(data=True):
        kind_color.setdefault(data.get("kind", "?"), data.get("color", FALLBACK_COLOR))
    kinds = [k for k in KIND_ORDER if k in kind_color]
    kinds += sorted(k for k in kind_color if k not in KIND_ORDER)
    counts = {k: sum(1 for _, d in graph.nodes(data=True) if d.get("kind") == k)
              for k in kinds}
    handles = [Line2D([], [], marker="o", linestyle="", markersize=9,
                      markerfacecolor=kind_color[k], markeredgecolor="white",
                      label=f"{k} ({counts[k]})") for k in kinds]
    ax.legend(handles=handles, loc="lower left", frameon=True, fontsize=9,
              title="node kind", title_fontsize=9, framealpha=0.9,
              edgecolor="#dddddd", borderpad=0.6)
    ax.text(0.99, 0.012,
            f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
            f" - {os.path.basename(src)}",
            transform=ax.transAxes, ha="right", va="bottom", fontsize=8,
            color="#777777")

    fig.savefig(dst, dpi=DPI, facecolor="white")
    print(f"wrote {dst}")


if __name__ == "__main__":
    main(sys.argv)
