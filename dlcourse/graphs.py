"""Drawing computational graphs with their forward values and gradients (chapter 6).

A computational graph has one node per input variable or operation. The helper writes each
node's forward value above the arrows that leave it and the gradient of the final output with
respect to that node below them, the way backpropagation is usually drawn by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, FancyArrowPatch
from matplotlib.text import Text

from dlcourse.draw import NEUTRAL_COLOR, NODE_FACE, _arrow, format_number

__all__ = ["GRADIENT_COLOR", "VALUE_COLOR", "GraphDrawing", "draw_computational_graph"]

VALUE_COLOR = "#1b7837"
GRADIENT_COLOR = "#b2182b"
OPERATION_FACE = "#fff2cc"


@dataclass
class GraphDrawing:
    """The artists that draw_computational_graph added to an Axes (chapter 6)."""

    nodes: dict[str, Circle] = field(default_factory=dict)
    edges: list[FancyArrowPatch] = field(default_factory=list)
    label_texts: dict[str, Text] = field(default_factory=dict)
    value_texts: list[Text] = field(default_factory=list)
    gradient_texts: list[Text] = field(default_factory=list)


def _edge_texts(
    ax: Axes,
    start: tuple[float, float],
    end: tuple[float, float],
    value: float | str | None,
    gradient: float | str | None,
    drawing: GraphDrawing,
) -> None:
    """Write a value above the middle of an edge and a gradient below it."""
    x, y = (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
    box = {"boxstyle": "round,pad=0.12", "facecolor": "white", "edgecolor": "none"}
    if value is not None:
        drawing.value_texts.append(
            ax.text(
                x,
                y + 0.12,
                format_number(value),
                ha="center",
                va="bottom",
                fontsize=11,
                color=VALUE_COLOR,
                fontweight="bold",
                zorder=3,
                bbox=box,
            )
        )
    if gradient is not None:
        drawing.gradient_texts.append(
            ax.text(
                x,
                y - 0.12,
                format_number(gradient),
                ha="center",
                va="top",
                fontsize=11,
                color=GRADIENT_COLOR,
                fontweight="bold",
                zorder=3,
                bbox=box,
            )
        )


def draw_computational_graph(
    ax: Axes,
    positions: Mapping[str, tuple[float, float]],
    edges: Sequence[tuple[str, str]],
    labels: Mapping[str, str] | None = None,
    values: Mapping[str, float | str] | None = None,
    gradients: Mapping[str, float | str] | None = None,
    output: str | None = None,
    node_radius: float = 0.35,
    legend: bool = True,
    title: str | None = None,
) -> GraphDrawing:
    """Draw a computational graph with forward values and gradients on its arrows (chapter 6).

    ``positions`` places every node; ``edges`` lists (source, target) pairs; ``labels`` is the
    text inside a node (its name by default). ``values[n]`` and ``gradients[n]`` are written on
    every arrow leaving node ``n``, and on an extra arrow out of the ``output`` node. Nodes that
    receive an arrow are drawn as operations, the others as input variables.
    """
    names = list(positions)
    for source, target in edges:
        for end in (source, target):
            if end not in positions:
                raise ValueError(
                    f"edge ({source!r}, {target!r}) uses {end!r}, which has no position"
                )
    if output is not None and output not in positions:
        raise ValueError(f"output {output!r} has no position")
    labels = dict(labels or {})
    values = dict(values or {})
    gradients = dict(gradients or {})
    for kind, mapping in (("labels", labels), ("values", values), ("gradients", gradients)):
        unknown = sorted(set(mapping) - set(names))
        if unknown:
            raise ValueError(f"{kind} names nodes that have no position: {unknown}")

    drawing = GraphDrawing()
    targets = {target for _, target in edges}
    for source, target in edges:
        start, end = positions[source], positions[target]
        drawing.edges.append(_arrow(ax, start, end, node_radius, node_radius, NEUTRAL_COLOR))
        _edge_texts(ax, start, end, values.get(source), gradients.get(source), drawing)
    if output is not None:
        start = positions[output]
        end = (start[0] + 2.2, start[1])
        drawing.edges.append(_arrow(ax, start, end, node_radius, 0.0, NEUTRAL_COLOR))
        _edge_texts(ax, start, end, values.get(output), gradients.get(output), drawing)

    for name in names:
        x, y = positions[name]
        face = OPERATION_FACE if name in targets else NODE_FACE
        circle = Circle((x, y), node_radius, facecolor=face, edgecolor="black", lw=1.4, zorder=2)
        ax.add_patch(circle)
        drawing.nodes[name] = circle
        drawing.label_texts[name] = ax.text(
            x, y, labels.get(name, name), ha="center", va="center", fontsize=14, zorder=4
        )

    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    right = max(xs) + (2.6 if output is not None else 0.0)
    ax.set_xlim(min(xs) - 0.8, right + 0.4)
    ax.set_ylim(min(ys) - 0.9, max(ys) + 0.9)
    ax.set_aspect("equal")
    ax.axis("off")
    if legend:
        handles = [
            Line2D([], [], color=VALUE_COLOR, marker="s", linestyle="", label="forward value"),
            Line2D([], [], color=GRADIENT_COLOR, marker="s", linestyle="", label="gradient"),
        ]
        ax.legend(handles=handles, loc="lower right", frameon=False)
    if title is not None:
        ax.set_title(title)
    return drawing
