"""Drawing helpers for the figures of the book: sets, single neurons and small networks.

Every helper draws onto a matplotlib ``Axes`` that the caller owns, so a notebook decides the
figure size, the panels and the title. The network helpers return a :class:`Drawing` that lists
the artists they made, which keeps them easy to test.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from matplotlib.axes import Axes
from matplotlib.patches import Circle, Ellipse, FancyArrowPatch
from matplotlib.text import Text

__all__ = [
    "Drawing",
    "draw_nested_sets",
    "draw_network",
    "draw_neuron",
    "draw_unrolled_rnn",
    "format_number",
]

POSITIVE_COLOR = "#1f5fa8"
NEGATIVE_COLOR = "#b2182b"
NEUTRAL_COLOR = "#555555"
NODE_FACE = "#f4f4f4"
NEURON_FACE = "#fff2cc"


@dataclass
class Drawing:
    """The artists a drawing helper added to an Axes (chapter 1)."""

    nodes: list[Circle] = field(default_factory=list)
    edges: list[FancyArrowPatch] = field(default_factory=list)
    weight_texts: list[Text] = field(default_factory=list)
    value_texts: list[Text] = field(default_factory=list)
    label_texts: list[Text] = field(default_factory=list)


def format_number(value: float | int | str) -> str:
    """Format a weight or node value compactly: 5, -1, 0.25, 1.2e+03 (chapter 1)."""
    if isinstance(value, str):
        return value
    number = float(value)
    if number.is_integer() and abs(number) < 1e6:
        return str(int(number))
    return f"{number:.3g}"


def _edge_color(weight: float | str | None) -> str:
    """Blue for a positive weight, red for a negative one, grey otherwise."""
    if weight is None or isinstance(weight, str):
        return NEUTRAL_COLOR
    if weight > 0:
        return POSITIVE_COLOR
    if weight < 0:
        return NEGATIVE_COLOR
    return NEUTRAL_COLOR


def _arrow(
    ax: Axes,
    start: tuple[float, float],
    end: tuple[float, float],
    start_radius: float,
    end_radius: float,
    color: str,
) -> FancyArrowPatch:
    """Draw an arrow between two circles, from border to border."""
    (x0, y0), (x1, y1) = start, end
    length = float(np.hypot(x1 - x0, y1 - y0))
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    arrow = FancyArrowPatch(
        (x0 + ux * start_radius, y0 + uy * start_radius),
        (x1 - ux * end_radius, y1 - uy * end_radius),
        arrowstyle="-|>",
        mutation_scale=12,
        color=color,
        linewidth=1.4,
        shrinkA=0,
        shrinkB=0,
        zorder=1,
    )
    ax.add_patch(arrow)
    return arrow


def _weight_text(
    ax: Axes, start: tuple[float, float], end: tuple[float, float], t: float, text: str
) -> Text:
    """Write a weight on an edge, a fraction t of the way from start to end."""
    x = start[0] + t * (end[0] - start[0])
    y = start[1] + t * (end[1] - start[1])
    return ax.text(
        x,
        y,
        text,
        ha="center",
        va="center",
        fontsize=10,
        zorder=3,
        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none"},
    )


def _check_per_layer(
    name: str, items: Sequence | None, layer_sizes: Sequence[int]
) -> list[Sequence | None]:
    """Check that items has one entry per layer, each None or as long as its layer."""
    if items is None:
        return [None] * len(layer_sizes)
    if len(items) != len(layer_sizes):
        raise ValueError(
            f"{name} needs one entry per layer ({len(layer_sizes)} layers), got {len(items)}"
        )
    checked: list[Sequence | None] = []
    for index, (entry, size) in enumerate(zip(items, layer_sizes, strict=True)):
        if entry is not None and len(entry) != size:
            raise ValueError(
                f"{name}[{index}] has {len(entry)} entries but layer {index} has {size} nodes"
            )
        checked.append(entry)
    return checked


def _check_weights(
    weights: Sequence[np.ndarray | Sequence[Sequence[float]]] | None, layer_sizes: Sequence[int]
) -> list[np.ndarray] | None:
    """Check that weights[k] has shape (layer_sizes[k + 1], layer_sizes[k])."""
    if weights is None:
        return None
    if len(weights) != len(layer_sizes) - 1:
        raise ValueError(
            f"weights needs one matrix per pair of adjacent layers ({len(layer_sizes) - 1}), "
            f"got {len(weights)}"
        )
    matrices = []
    for index, matrix in enumerate(weights):
        array = np.asarray(matrix, dtype=float)
        expected = (layer_sizes[index + 1], layer_sizes[index])
        if array.shape != expected:
            raise ValueError(
                f"weights[{index}] has shape {array.shape}, expected {expected}: "
                f"one row per node of layer {index + 1}, one column per node of layer {index}"
            )
        matrices.append(array)
    return matrices


def _default_layer_names(n_layers: int) -> list[str]:
    """Name the layers input, hidden (numbered when there are several) and output."""
    n_hidden = n_layers - 2
    if n_hidden == 1:
        hidden = ["hidden layer"]
    else:
        hidden = [f"hidden layer {k + 1}" for k in range(n_hidden)]
    return ["input layer", *hidden, "output layer"]


def draw_network(
    ax: Axes,
    layer_sizes: Sequence[int],
    weights: Sequence[np.ndarray | Sequence[Sequence[float]]] | None = None,
    values: Sequence[Sequence[float | str] | None] | None = None,
    labels: Sequence[Sequence[str] | None] | None = None,
    layer_names: Sequence[str] | None = None,
    node_radius: float = 0.28,
    weight_position: float = 0.65,
    title: str | None = None,
) -> Drawing:
    """Draw a fully connected feed-forward network, optionally with weights and values (chapter 1).

    ``weights[k][j, i]`` is the weight from node ``i`` of layer ``k`` to node ``j`` of layer
    ``k + 1`` (the layout of ``X @ W.T``); ``values[k]`` and ``labels[k]`` hold one entry per
    node of layer ``k`` (or None to leave that layer blank).
    """
    sizes = [int(size) for size in layer_sizes]
    if len(sizes) < 2:
        raise ValueError(f"a network needs at least two layers, got layer_sizes={list(sizes)}")
    if any(size < 1 for size in sizes):
        raise ValueError(f"every layer needs at least one node, got layer_sizes={list(sizes)}")
    if not 0 < weight_position < 1:
        raise ValueError(f"weight_position must lie between 0 and 1, got {weight_position}")
    matrices = _check_weights(weights, sizes)
    layer_values = _check_per_layer("values", values, sizes)
    layer_labels = _check_per_layer("labels", labels, sizes)
    names = list(layer_names) if layer_names is not None else _default_layer_names(len(sizes))
    if len(names) != len(sizes):
        raise ValueError(f"layer_names needs {len(sizes)} names, got {len(names)}")

    x_gap, y_gap = 3.0, 1.8
    positions = [
        [(k * x_gap, ((size - 1) / 2 - i) * y_gap) for i in range(size)]
        for k, size in enumerate(sizes)
    ]
    drawing = Drawing()

    for k in range(len(sizes) - 1):
        for j, end in enumerate(positions[k + 1]):
            for i, start in enumerate(positions[k]):
                weight = None if matrices is None else float(matrices[k][j, i])
                drawing.edges.append(
                    _arrow(ax, start, end, node_radius, node_radius, _edge_color(weight))
                )
                if weight is not None:
                    drawing.weight_texts.append(
                        _weight_text(ax, start, end, weight_position, format_number(weight))
                    )

    last = len(sizes) - 1
    for k, layer in enumerate(positions):
        for i, (x, y) in enumerate(layer):
            circle = Circle(
                (x, y), node_radius, facecolor=NODE_FACE, edgecolor="black", lw=1.4, zorder=2
            )
            ax.add_patch(circle)
            drawing.nodes.append(circle)
            node_values = layer_values[k]
            if node_values is not None:
                drawing.value_texts.append(
                    ax.text(
                        x,
                        y,
                        format_number(node_values[i]),
                        ha="center",
                        va="center",
                        fontsize=12,
                        fontweight="bold",
                        zorder=4,
                    )
                )
            node_labels = layer_labels[k]
            if node_labels is not None:
                if k == 0:
                    spot, align = (x - node_radius - 0.1, y), {"ha": "right", "va": "center"}
                elif k == last:
                    spot, align = (x + node_radius + 0.1, y), {"ha": "left", "va": "center"}
                else:
                    spot, align = (x, y + node_radius + 0.08), {"ha": "center", "va": "bottom"}
                drawing.label_texts.append(
                    ax.text(*spot, node_labels[i], fontsize=10, zorder=4, **align)
                )

    bottom = min(y for layer in positions for _, y in layer) - node_radius
    for k, name in enumerate(names):
        ax.text(k * x_gap, bottom - 0.35, name, ha="center", va="top", fontsize=10, style="italic")

    top = max(y for layer in positions for _, y in layer) + node_radius
    label_room = 1.9 if any(entry is not None for entry in layer_labels) else 0.5
    ax.set_xlim(-label_room, last * x_gap + label_room)
    ax.set_ylim(bottom - 0.8, top + 0.45)
    ax.set_aspect("equal")
    ax.axis("off")
    if title is not None:
        ax.set_title(title)
    return drawing


def draw_neuron(
    ax: Axes,
    input_labels: Sequence[str] = ("$x_1$", "$x_2$", "$x_3$"),
    weights: Sequence[float | str] | None = None,
    bias: float | str | None = "$b$",
    activation: str = "$f$",
    output_label: str = "$a$",
    title: str | None = None,
) -> Drawing:
    """Draw one neuron: weighted inputs, a bias, the sum and the activation (chapter 1).

    Without ``weights`` the edges are labelled $w_1, w_2, \\dots$; ``bias=None`` leaves the
    bias out.
    """
    n_inputs = len(input_labels)
    if n_inputs < 1:
        raise ValueError("a neuron needs at least one input")
    if weights is None:
        weights = [f"$w_{i + 1}$" for i in range(n_inputs)]
    if len(weights) != n_inputs:
        raise ValueError(f"got {len(weights)} weights for {n_inputs} inputs: give one per input")

    input_radius, neuron_radius = 0.3, 0.6
    neuron = (3.0, 0.0)
    drawing = Drawing()
    for i, label in enumerate(input_labels):
        y = ((n_inputs - 1) / 2 - i) * 1.1
        start = (0.0, y)
        circle = Circle(start, input_radius, facecolor=NODE_FACE, edgecolor="black", lw=1.4)
        ax.add_patch(circle)
        drawing.nodes.append(circle)
        drawing.label_texts.append(ax.text(0, y, label, ha="center", va="center", fontsize=11))
        weight = weights[i]
        drawing.edges.append(
            _arrow(ax, start, neuron, input_radius, neuron_radius, _edge_color(weight))
        )
        drawing.weight_texts.append(_weight_text(ax, start, neuron, 0.45, format_number(weight)))

    body = Circle(neuron, neuron_radius, facecolor=NEURON_FACE, edgecolor="black", lw=1.6)
    ax.add_patch(body)
    drawing.nodes.append(body)
    ax.plot([neuron[0], neuron[0]], [-neuron_radius, neuron_radius], color="black", lw=1.0)
    ax.text(neuron[0] - 0.3, 0, r"$\Sigma$", ha="center", va="center", fontsize=16)
    ax.text(neuron[0] + 0.3, 0, activation, ha="center", va="center", fontsize=13)

    if bias is not None:
        bias_start = (neuron[0], 1.9)
        drawing.edges.append(_arrow(ax, bias_start, neuron, 0.0, neuron_radius, _edge_color(bias)))
        drawing.weight_texts.append(
            ax.text(
                bias_start[0], bias_start[1] + 0.05, format_number(bias), ha="center", va="bottom"
            )
        )

    output_end = (5.4, 0.0)
    drawing.edges.append(_arrow(ax, neuron, output_end, neuron_radius, 0.0, NEUTRAL_COLOR))
    drawing.label_texts.append(
        ax.text(output_end[0] + 0.1, 0, output_label, ha="left", va="center", fontsize=12)
    )

    half_height = max((n_inputs - 1) / 2 * 1.1 + input_radius, neuron_radius)
    top = 2.4 if bias is not None else half_height
    ax.set_xlim(-0.6, 6.2)
    ax.set_ylim(-half_height - 0.2, max(top, half_height) + 0.2)
    ax.set_aspect("equal")
    ax.axis("off")
    if title is not None:
        ax.set_title(title)
    return drawing


def draw_nested_sets(
    ax: Axes,
    names: Sequence[str] = ("Artificial intelligence", "Machine learning", "Deep learning"),
    notes: Sequence[str] | None = None,
    title: str | None = None,
) -> list[Ellipse]:
    """Draw sets nested inside each other, outermost first, each with its name (chapter 0)."""
    if len(names) < 1:
        raise ValueError("give at least one set name")
    if notes is not None and len(notes) != len(names):
        raise ValueError(f"got {len(notes)} notes for {len(names)} sets: give one per set")
    colors = ["#dbe9f6", "#a6cbe8", "#5b9bd5", "#2e6aa8", "#1b4a7a"]
    n_sets = len(names)
    ellipses = []
    for k, name in enumerate(names):
        shrink = 1 - 0.5 * k / max(n_sets - 1, 1)
        width, height = 10 * shrink, 6 * shrink
        center_y = -3 + height / 2
        ellipse = Ellipse(
            (0, center_y),
            width,
            height,
            facecolor=colors[k % len(colors)],
            edgecolor="black",
            lw=1.2,
        )
        ax.add_patch(ellipse)
        ellipses.append(ellipse)
        text_color = "white" if k >= 2 else "black"
        label_y = center_y + height / 2 - 0.5
        if k == n_sets - 1:
            label_y = center_y + (0.25 if notes is not None else 0.0)
        ax.text(
            0,
            label_y,
            name,
            ha="center",
            va="center",
            fontsize=12,
            color=text_color,
            fontweight="bold",
        )
        if notes is not None:
            ax.text(
                0, label_y - 0.42, notes[k], ha="center", va="center", fontsize=9, color=text_color
            )
    ax.set_xlim(-5.3, 5.3)
    ax.set_ylim(-3.3, 3.3)
    ax.set_aspect("equal")
    ax.axis("off")
    if title is not None:
        ax.set_title(title)
    return ellipses


def draw_unrolled_rnn(
    ax: Axes,
    steps: int = 4,
    outputs: bool = True,
    node_radius: float = 0.36,
    title: str | None = None,
) -> Drawing:
    """Draw a recurrent cell unrolled over ``steps`` time steps, with shared weights (chapter 11).

    Inputs $x_t$ sit in the bottom row, hidden states $h_t$ in the middle row (with $h_0$ on
    the left) and, when ``outputs`` is true, outputs $\\hat y_t$ on top. Every arrow of one
    kind carries the same weight name ($W_x$, $W_h$, $W_y$) in the same colour: the same
    matrices are used at every step.
    """
    if steps < 1:
        raise ValueError(f"an unrolled network needs at least one time step, got steps={steps}")
    colors = {"$W_x$": POSITIVE_COLOR, "$W_h$": NEGATIVE_COLOR, "$W_y$": "#2e7d32"}
    x_gap, y_gap = 2.2, 1.9
    drawing = Drawing()

    def node(x: float, y: float, label: str, face: str) -> tuple[float, float]:
        circle = Circle((x, y), node_radius, facecolor=face, edgecolor="black", lw=1.4, zorder=2)
        ax.add_patch(circle)
        drawing.nodes.append(circle)
        drawing.label_texts.append(
            ax.text(x, y, label, ha="center", va="center", fontsize=12, zorder=4)
        )
        return x, y

    def edge(start: tuple[float, float], end: tuple[float, float], name: str) -> None:
        drawing.edges.append(_arrow(ax, start, end, node_radius, node_radius, colors[name]))
        text = _weight_text(ax, start, end, 0.5, name)
        text.set_color(colors[name])
        drawing.weight_texts.append(text)

    previous = node(0.0, 0.0, "$h_0$", NODE_FACE)
    for t in range(1, steps + 1):
        x = t * x_gap
        state = node(x, 0.0, f"$h_{{{t}}}$", NEURON_FACE)
        edge(node(x, -y_gap, f"$x_{{{t}}}$", NODE_FACE), state, "$W_x$")
        edge(previous, state, "$W_h$")
        if outputs:
            edge(state, node(x, y_gap, f"$\\hat y_{{{t}}}$", NODE_FACE), "$W_y$")
        previous = state
    ax.text(
        steps * x_gap + node_radius + 0.25,
        0.0,
        "...",
        ha="left",
        va="center",
        fontsize=14,
    )
    top = y_gap if outputs else 0.0
    ax.set_xlim(-node_radius - 0.3, steps * x_gap + node_radius + 0.9)
    ax.set_ylim(-y_gap - node_radius - 0.3, top + node_radius + 0.3)
    ax.set_aspect("equal")
    ax.axis("off")
    if title is not None:
        ax.set_title(title)
    return drawing
