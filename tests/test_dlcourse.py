"""Unit tests of the dlcourse helper package: the drawing helpers of chapters 0 to 2."""

from collections.abc import Iterator

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402

import dlcourse  # noqa: E402
from dlcourse.draw import (  # noqa: E402
    draw_nested_sets,
    draw_network,
    draw_neuron,
    format_number,
)

TRANSACTIONS_WEIGHTS = [np.array([[1, 1], [-1, 1]]), np.array([[2, -1]])]


@pytest.fixture
def ax() -> Iterator[Axes]:
    """A fresh Axes on its own figure, closed after the test."""
    fig, axes = plt.subplots()
    yield axes
    plt.close(fig)


def texts_of(ax: Axes) -> list[str]:
    """Every string written on the Axes."""
    return [text.get_text() for text in ax.texts]


def test_package_has_a_version() -> None:
    assert dlcourse.__version__


@pytest.mark.parametrize(
    ("value", "expected"),
    [(5, "5"), (-1, "-1"), (9.0, "9"), (0.25, "0.25"), (np.int64(13), "13"), ("$w$", "$w$")],
)
def test_format_number(value: object, expected: str) -> None:
    assert format_number(value) == expected


@pytest.mark.parametrize("layer_sizes", [[2, 1], [2, 2, 1], [3, 4, 4, 2], [1, 1, 1]])
def test_network_draws_one_node_per_unit_and_one_edge_per_pair(
    ax: Axes, layer_sizes: list[int]
) -> None:
    drawing = draw_network(ax, layer_sizes)
    n_edges = sum(a * b for a, b in zip(layer_sizes[:-1], layer_sizes[1:], strict=True))
    assert len(drawing.nodes) == sum(layer_sizes)
    assert len(drawing.edges) == n_edges
    assert len(ax.patches) == sum(layer_sizes) + n_edges
    assert drawing.weight_texts == [] and drawing.value_texts == []


def test_network_writes_weights_values_and_labels(ax: Axes) -> None:
    drawing = draw_network(
        ax,
        [2, 2, 1],
        weights=TRANSACTIONS_WEIGHTS,
        values=[[2, 3], [5, 1], [9]],
        labels=[["family members", "accounts"], None, ["transactions"]],
    )
    weights = sorted(text.get_text() for text in drawing.weight_texts)
    assert weights == sorted(["1", "1", "-1", "1", "2", "-1"])
    assert [text.get_text() for text in drawing.value_texts] == ["2", "3", "5", "1", "9"]
    assert [text.get_text() for text in drawing.label_texts] == [
        "family members",
        "accounts",
        "transactions",
    ]
    written = texts_of(ax)
    for expected in ["9", "2", "-1", "family members", "input layer", "output layer"]:
        assert expected in written


def test_network_weight_matrix_layout_is_rows_to_columns(ax: Axes) -> None:
    """weights[k][j, i] goes from node i to node j: the edge to the lone output reads 7 then 8."""
    drawing = draw_network(ax, [2, 1], weights=[[[7, 8]]])
    first, second = drawing.edges
    assert [text.get_text() for text in drawing.weight_texts] == ["7", "8"]
    # The first edge starts at the top input node, the second at the bottom one.
    start_first = first.get_path().vertices[0]
    start_second = second.get_path().vertices[0]
    assert start_first[1] > start_second[1]


def test_network_colours_edges_by_sign(ax: Axes) -> None:
    drawing = draw_network(ax, [2, 1], weights=[[[3, -2]]])
    positive, negative = (edge.get_edgecolor() for edge in drawing.edges)
    assert positive != negative


def test_network_sets_title_and_default_layer_names(ax: Axes) -> None:
    draw_network(ax, [3, 4, 4, 2], title="A deep network")
    assert ax.get_title() == "A deep network"
    written = texts_of(ax)
    assert "hidden layer 1" in written and "hidden layer 2" in written


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"layer_sizes": [3]}, "at least two layers"),
        ({"layer_sizes": [2, 0, 1]}, "at least one node"),
        ({"layer_sizes": [2, 2, 1], "weights": [np.ones((2, 2))]}, "one matrix per pair"),
        (
            {"layer_sizes": [2, 2, 1], "weights": [np.ones((2, 2)), np.ones((2, 1))]},
            r"weights\[1\] has shape \(2, 1\), expected \(1, 2\)",
        ),
        (
            {"layer_sizes": [2, 3, 1], "weights": [np.ones((2, 3)), np.ones((1, 3))]},
            r"weights\[0\] has shape \(2, 3\), expected \(3, 2\)",
        ),
        ({"layer_sizes": [2, 1], "values": [[1, 2]]}, "one entry per layer"),
        ({"layer_sizes": [2, 1], "values": [[1, 2], [3, 4]]}, r"values\[1\] has 2 entries"),
        ({"layer_sizes": [2, 1], "labels": [["a"], None]}, r"labels\[0\] has 1 entries"),
        ({"layer_sizes": [2, 1], "layer_names": ["only one"]}, "layer_names needs 2"),
        ({"layer_sizes": [2, 1], "weight_position": 1.5}, "between 0 and 1"),
    ],
)
def test_network_rejects_bad_input_with_a_clear_message(
    ax: Axes, kwargs: dict, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        draw_network(ax, **kwargs)


def test_neuron_draws_inputs_body_and_edges(ax: Axes) -> None:
    drawing = draw_neuron(ax, input_labels=["$x_1$", "$x_2$"], weights=[0.5, -2], bias=1)
    # two input nodes and the neuron's body; two inputs, the bias and the output as arrows
    assert len(drawing.nodes) == 3
    assert len(drawing.edges) == 4
    assert [text.get_text() for text in drawing.weight_texts] == ["0.5", "-2", "1"]
    assert "$x_1$" in texts_of(ax) and r"$\Sigma$" in texts_of(ax)


def test_neuron_defaults_to_symbolic_weights(ax: Axes) -> None:
    drawing = draw_neuron(ax, bias=None, activation="ReLU", title="One neuron")
    assert [text.get_text() for text in drawing.weight_texts] == ["$w_1$", "$w_2$", "$w_3$"]
    assert len(drawing.edges) == 4  # three inputs and the output, no bias
    assert "ReLU" in texts_of(ax)
    assert ax.get_title() == "One neuron"


def test_neuron_rejects_mismatched_weights(ax: Axes) -> None:
    with pytest.raises(ValueError, match="got 3 weights for 2 inputs"):
        draw_neuron(ax, input_labels=["a", "b"], weights=[1, 2, 3])
    with pytest.raises(ValueError, match="at least one input"):
        draw_neuron(ax, input_labels=[])


def test_nested_sets_draws_one_ellipse_per_name_inside_each_other(ax: Axes) -> None:
    ellipses = draw_nested_sets(ax, notes=["a", "b", "c"], title="Sets")
    assert len(ellipses) == 3
    widths = [ellipse.width for ellipse in ellipses]
    assert widths == sorted(widths, reverse=True)
    written = texts_of(ax)
    assert {"Artificial intelligence", "Machine learning", "Deep learning"} <= set(written)
    assert ax.get_title() == "Sets"


def test_nested_sets_rejects_mismatched_notes(ax: Axes) -> None:
    with pytest.raises(ValueError, match="got 1 notes for 3 sets"):
        draw_nested_sets(ax, notes=["only one"])


def test_unrolled_rnn_shares_one_weight_name_per_kind_of_edge(ax: Axes) -> None:
    from dlcourse.draw import draw_unrolled_rnn

    drawing = draw_unrolled_rnn(ax, steps=3, title="Unrolled")
    # h_0, and per step an input, a state and an output
    assert len(drawing.nodes) == 1 + 3 * 3
    names = [text.get_text() for text in drawing.weight_texts]
    assert names.count("$W_x$") == names.count("$W_h$") == names.count("$W_y$") == 3
    assert len(drawing.edges) == 9 and ax.get_title() == "Unrolled"
    assert "$h_{3}$" in texts_of(ax)
    assert len(draw_unrolled_rnn(ax, steps=2, outputs=False).edges) == 4
    with pytest.raises(ValueError, match="at least one time step"):
        draw_unrolled_rnn(ax, steps=0)
