"""The story graph: the reverse timeline of mapped memories, their mementos, the unmapped fringe, the prologue and
the endings, as a list of shapes that an SVG writer and a PNG painter both draw, plus Graphviz DOT."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from eternal.model.map_layout import node_positions
from eternal.model.story import Story
from eternal.strings import text_for

COLOURS = {
    "bg": "#10161a", "line": "#5f8f80", "chain": "#9fd8c0", "mapped": "#96e6be", "unmapped": "#ebd796", "real": "#c4dcd0",
    "ending": "#ff9c5c", "memento": "#d9a0e0", "text": "#e8e4dc", "dim": "#8a948f", "turn": "#ff6a5a",
}


@dataclass(frozen=True)
class Shape:
    """One thing to draw: kind is line, arrow, circle, diamond, box, text; coordinates in pixels."""

    kind: str
    points: tuple[tuple[float, float], ...]
    colour: str
    size: float = 0.0
    text: str = ""
    dashed: bool = False
    anchor: str = "middle"


def graph_size(story: Story) -> tuple[int, int]:
    return max(1600, 150 * len(story.erase_order) + 200), 1000


def graph_shapes(story: Story, lang: str = "en") -> list[Shape]:
    """Everything the graph shows, laid out left (newest) to right (oldest)."""
    w, h = graph_size(story)
    frac = node_positions(story)
    pos = {m: (x * w, (y * 0.8 + 0.08) * h) for m, (x, y) in frac.items()}
    shapes: list[Shape] = [Shape("text", ((30, 40),), COLOURS["text"], 26, text_for(lang, "graph_title").format(title=story.title.get(lang)), anchor="start")]
    for i, memory_id in enumerate(story.prologue):
        pos[memory_id] = (80 + i * 190, 90)
    drawn = set()
    for a, others in story.neighbours.items():
        for b in others:
            if a in pos and b in pos and (b, a) not in drawn:
                drawn.add((a, b))
                shapes.append(Shape("line", (pos[a], pos[b]), COLOURS["line"], 1.5, dashed=True))
    chain = list(story.prologue) + list(story.erase_order)
    for a, b in zip(chain, chain[1:]):
        shapes.append(Shape("arrow", (pos[a], pos[b]), COLOURS["chain"], 2.5))
    turn = story.turn_memory
    for memory_id, (x, y) in pos.items():
        memory = story.memories[memory_id]
        title = memory.title.get(lang)
        when = memory.date or (text_for(lang, "graph_age").format(age=memory.age) if memory.age is not None else "")
        if memory.kind == "real":
            shapes.append(Shape("box", ((x, y),), COLOURS["real"], 16))
        elif memory.kind == "mapped":
            shapes.append(Shape("circle", ((x, y),), COLOURS["turn"] if memory_id == turn else COLOURS["mapped"], 13))
        else:
            shapes.append(Shape("diamond", ((x, y),), COLOURS["unmapped"], 16))
        above = memory.kind != "unmapped"
        shapes.append(Shape("text", ((x, y - 24 if above else y + 34),), COLOURS["text"], 13, title))
        shapes.append(Shape("text", ((x, y - 40 if above else y + 50),), COLOURS["dim"], 11, when + (" · " + text_for(lang, "graph_turn") if memory_id == turn else "")))
        for k, memento in enumerate(memory.mementos):
            my = y + 30 + k * 18
            shapes.append(Shape("box", ((x - 40, my),), COLOURS["memento"], 5))
            shapes.append(Shape("text", ((x - 32, my + 4),), COLOURS["memento"], 11, memento, anchor="start"))
    for i, ending in enumerate(story.endings):
        x = w * (0.2 + 0.6 * (i / max(1, len(story.endings) - 1)))
        y = h * 0.93
        shapes.append(Shape("circle", ((x, y),), COLOURS["ending"], 10))
        shapes.append(Shape("text", ((x, y - 18),), COLOURS["ending"], 13, ending.title.get(lang)))
        shapes.append(Shape("text", ((x, y + 26),), COLOURS["dim"], 11, describe(ending.when, lang)))
    legend = text_for(lang, "graph_legend")
    shapes.append(Shape("text", ((30, h - 14),), COLOURS["dim"], 12, legend, anchor="start"))
    return shapes


def describe(cond, lang: str = "en") -> str:
    """A condition in a few words, for the graph's ending labels."""
    if cond is None:
        return text_for(lang, "graph_otherwise")
    if cond.kind in ("all", "any"):
        joined = text_for(lang, "graph_and" if cond.kind == "all" else "graph_or")
        words = [describe(c, lang) for c in cond.items]
        text = words[0] if words else ""
        for word in words[1:]:
            text = joined.format(a=text, b=word)
        return text
    if cond.kind == "not":
        return text_for(lang, "graph_not").format(a=describe(cond.items[0], lang))
    if cond.kind == "flag":
        return cond.name if cond.value is None else f"{cond.name} = {cond.value}"
    if cond.kind == "survivors":
        parts = []
        if cond.minimum is not None:
            parts.append(f"≥ {cond.minimum}")
        if cond.maximum is not None:
            parts.append(f"≤ {cond.maximum}")
        return text_for(lang, "graph_survive").format(count=" ".join(parts))
    return f"{cond.kind} {cond.name}"


def to_svg(story: Story, lang: str = "en") -> str:
    """The graph as a standalone SVG document."""
    w, h = graph_size(story)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="DejaVu Sans, sans-serif">',
           f'<rect width="{w}" height="{h}" fill="{COLOURS["bg"]}"/>',
           '<defs><marker id="a" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto">'
           f'<path d="M0,0 L10,5 L0,10 z" fill="{COLOURS["chain"]}"/></marker></defs>']
    for s in graph_shapes(story, lang):
        if s.kind in ("line", "arrow"):
            (x1, y1), (x2, y2) = s.points
            extra = ' stroke-dasharray="5,5"' if s.dashed else ""
            marker = ' marker-end="url(#a)"' if s.kind == "arrow" else ""
            out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{s.colour}" stroke-width="{s.size}"{extra}{marker}/>')
        elif s.kind == "circle":
            (x, y), = s.points
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{s.size}" fill="{s.colour}"/>')
        elif s.kind == "diamond":
            (x, y), = s.points
            r = s.size
            out.append(f'<polygon points="{x},{y - r} {x + r},{y} {x},{y + r} {x - r},{y}" fill="{s.colour}"/>')
        elif s.kind == "box":
            (x, y), = s.points
            r = s.size
            out.append(f'<rect x="{x - r}" y="{y - r}" width="{2 * r}" height="{2 * r}" fill="{s.colour}"/>')
        elif s.kind == "text":
            (x, y), = s.points
            out.append(f'<text x="{x:.1f}" y="{y:.1f}" fill="{s.colour}" font-size="{s.size}" text-anchor="{s.anchor}">{escape(s.text)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def to_dot(story: Story, lang: str = "en") -> str:
    """The graph in Graphviz DOT (render with `dot -Tpdf`)."""
    q = lambda text: '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'  # noqa: E731
    lines = [f"digraph {q(story.id)} {{", "  rankdir=LR;", '  node [fontname="DejaVu Sans"];']
    lines.append(f'  subgraph cluster_prologue {{ label={q(text_for(lang, "graph_prologue"))}; style=dashed;')
    lines += [f"    {q(m)} [shape=box, label={q(story.memories[m].title.get(lang))}];" for m in story.prologue]
    lines.append("  }")
    turn = story.turn_memory
    for m in story.erase_order:
        memory = story.memories[m]
        colour = ', color="red"' if m == turn else ""
        lines.append(f"  {q(m)} [shape=ellipse, label={q(memory.title.get(lang) + chr(10) + (memory.date or ''))}{colour}];")
    lines.append(f'  subgraph cluster_unmapped {{ label={q(text_for(lang, "graph_unmapped"))}; style=dashed;')
    lines += [f"    {q(m.id)} [shape=diamond, label={q(m.title.get(lang))}];" for m in story.memories.values() if m.kind == "unmapped"]
    lines.append("  }")
    chain = list(story.prologue) + list(story.erase_order)
    lines += [f"  {q(a)} -> {q(b)} [penwidth=2];" for a, b in zip(chain, chain[1:])]
    seen = set()
    for a, others in story.neighbours.items():
        for b in others:
            if (b, a) not in seen:
                seen.add((a, b))
                lines.append(f"  {q(a)} -> {q(b)} [dir=none, style=dashed, constraint=false];")
    for memento in story.mementos.values():
        lines.append(f"  {q('memento:' + memento.id)} [shape=note, label={q(memento.id)}];")
    for memory in story.memories.values():
        for memento in memory.mementos:
            lines.append(f"  {q('memento:' + memento)} -> {q(memory.id)} [style=dotted, arrowhead=none];")
    last = story.erase_order[-1] if story.erase_order else None
    for ending in story.endings:
        lines.append(f"  {q('ending:' + ending.id)} [shape=doubleoctagon, label={q(ending.title.get(lang))}];")
        if last:
            lines.append(f"  {q(last)} -> {q('ending:' + ending.id)} [label={q(describe(ending.when, lang))}, style=bold];")
    lines.append("}")
    return "\n".join(lines) + "\n"
