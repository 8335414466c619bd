"""Unit tests of dlcourse.graphs: the computational graph drawing of chapter 6."""

from collections.abc import Iterator

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402

from dlcourse.graphs import draw_computational_graph  # noqa: E402

POSITIONS = {
    "x": (0.0, 1.0),
    "y": (0.0, -0.5),
    "z": (2.5, -1.5),
    "add": (2.5, 0.5),
    "mul": (5.0, 0.0),
}
EDGES = [("x", "add"), ("y", "add"), ("add", "mul"), ("z", "mul")]


@pytest.fixture
def ax() -> Iterator[Axes]:
    """A fresh Axes on its own figure, closed after the test."""
    fig, axes = plt.subplots()
    yield axes
    plt.close(fig)


def test_draws_every_node_and_edge_with_the_output_arrow(ax):
    drawing = draw_computational_graph(
        ax, POSITIONS, EDGES, labels={"add": "+", "mul": "×"}, output="mul", title="g"
    )
    assert set(drawing.nodes) == set(POSITIONS)
    assert len(drawing.edges) == len(EDGES) + 1
    assert drawing.label_texts["add"].get_text() == "+"
    assert drawing.label_texts["x"].get_text() == "x"
    assert ax.get_title() == "g"


def test_values_and_gradients_go_on_every_arrow_leaving_a_node(ax):
    values = {"x": 1, "y": 3, "z": -3, "add": 4, "mul": -12}
    gradients = {"x": -3, "y": -3, "z": 4, "add": -3, "mul": 1}
    drawing = draw_computational_graph(
        ax, POSITIONS, EDGES, values=values, gradients=gradients, output="mul"
    )
    assert sorted(t.get_text() for t in drawing.value_texts) == sorted(["1", "3", "-3", "4", "-12"])
    assert sorted(t.get_text() for t in drawing.gradient_texts) == sorted(
        ["-3", "-3", "4", "-3", "1"]
    )
    for value, gradient in zip(drawing.value_texts, drawing.gradient_texts, strict=True):
        assert value.get_position()[1] > gradient.get_position()[1], "values above gradients"


def test_string_values_are_written_as_given(ax):
    drawing = draw_computational_graph(ax, POSITIONS, EDGES, values={"add": "p = 4"})
    assert [t.get_text() for t in drawing.value_texts] == ["p = 4"]
    assert drawing.gradient_texts == []


def test_unknown_names_are_refused(ax):
    with pytest.raises(ValueError, match="no position"):
        draw_computational_graph(ax, POSITIONS, [("x", "nowhere")])
    with pytest.raises(ValueError, match="values names nodes"):
        draw_computational_graph(ax, POSITIONS, EDGES, values={"q": 4})
    with pytest.raises(ValueError, match="output"):
        draw_computational_graph(ax, POSITIONS, EDGES, output="q")
