"""Chapter 10, convolutional networks: its shape (what you will learn ... try it yourself) and
every outcome its prose states, checked on the executed chapter of a cold book build."""

from __future__ import annotations

import re

import nbformat
import pytest
from test_book import executed_text, glued

from conftest import COURSE

pytestmark = pytest.mark.slow

CHAPTER = "book/10_convolutional_networks"

COLAB_SETUP = """\
# Setup: in Google Colab, install the course's helper package (a no-op elsewhere).
import sys

if "google.colab" in sys.modules:
    %pip install --quiet "dlcourse @ git+https://github.com/deep-learning-in-python/course\""""

GLUE_ROLE = re.compile(r"\{glue(?::text|:)?\}`([A-Za-z0-9_]+)")


def source() -> nbformat.NotebookNode:
    return nbformat.read(COURSE.root / f"{CHAPTER}.ipynb", as_version=4)


@pytest.fixture(scope="module")
def values(built) -> dict[str, float | str]:
    """The chapter's glued values; glued strings lose their quotes."""
    found = {}
    for name, value in glued(built, CHAPTER).items():
        found[name] = value.strip().strip("'\"") if isinstance(value, str) else value
    return found


def test_chapter_opens_with_objectives_and_ends_with_questions():
    cells = source().cells
    assert cells[0].cell_type == "markdown"
    assert cells[0].source.startswith("# 10 Convolutional networks")
    assert cells[1].cell_type == "code" and cells[1].source == COLAB_SETUP
    learn = cells[2].source
    assert cells[2].cell_type == "markdown" and learn.startswith("## What you will learn")
    assert 3 <= len(re.findall(r"(?m)^- ", learn)) <= 6, "3 to 6 objectives"
    last = cells[-1].source
    assert cells[-1].cell_type == "markdown" and last.startswith("## Try it yourself")
    questions = re.findall(r"(?m)^\d+\. ", last)
    assert 4 <= len(questions) <= 8, f"{len(questions)} questions"
    answers = re.findall(r":::\{admonition\} Answer\n\s*:class: dropdown", last)
    assert len(answers) >= 2, "some questions come with a collapsed answer"
    headings = [c.source for c in cells if c.cell_type == "markdown"]
    summary = [i for i, text in enumerate(headings) if re.search(r"(?m)^## Summary", text)]
    assert len(summary) == 1 and summary[0] < len(headings) - 1, "Summary before the questions"
    assert any("exercises/10_convolutional_networks/convolution.ipynb" in t for t in headings)


def test_committed_chapter_has_no_outputs():
    for cell in source().cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None


def test_every_figure_has_alt_text():
    for cell in source().cells:
        if cell.cell_type == "code" and "plt.show()" in cell.source:
            alt = cell.metadata.get("mystnb", {}).get("image", {}).get("alt", "")
            assert len(alt) > 40, f"figure without alt text: {cell.source[:60]!r}"


def test_every_glued_name_in_the_prose_is_computed(built):
    wanted = set()
    for cell in source().cells:
        if cell.cell_type == "markdown":
            wanted |= set(GLUE_ROLE.findall(cell.source))
    missing = wanted - set(glued(built, CHAPTER))
    assert wanted and not missing, f"not glued: {sorted(missing)}"


# What the prose says, as conditions on the glued values (see the chapter's text).
CLAIMS = [
    ("cnn_one_pixel == 9 and cnn_edge_map_shape == '4 x 4'", "the 6 x 6 edge image"),
    ("cnn_demo_output_size == 3", "n=5, k=3, p=1, s=2 gives 3 x 3 windows, as drawn"),
    ("cnn_shape_matches == cnn_shape_cases >= 5", "the size formula agrees with Keras"),
    ("cnn_layer_difference < 1e-4", "our multi-channel layer agrees with Keras's Conv2D"),
    ("cnn_layer_params == (3 * 3 * 2 + 1) * 4", "(3 * 3 * 2 + 1) * 4 parameters"),
    (
        "0.45 < cnn_pool_shift_right < 0.55 and 0.2 < cnn_pool_shift_diagonal < 0.3",
        "a one-pixel shift keeps the pooled map for about half the positions, a quarter diagonally",
    ),
    ("lenet_sizes_match == 1 and lenet_flatten == 400", "LeNet's sizes: 28, 14, 10, 5; 400"),
    ("lenet_maps_difference < 1e-4", "our conv_layer gives Keras's first-layer maps"),
    (
        "abs(mnist_mlp_params - mnist_cnn_params) / mnist_cnn_params < 0.02",
        "the dense network has about as many parameters as the CNN",
    ),
    (
        "784 * mnist_mlp_hidden / mnist_mlp_params > 0.95",
        "the dense network's parameters are almost all pixel-to-hidden weights",
    ),
    (
        "6 * 26 + 16 * 151 == 2572 and mnist_cnn_params - 2572 > mnist_cnn_params / 2",
        "the CNN's convolutions have 2,572 parameters, most of the rest are dense",
    ),
    ("mnist_cnn_test_accuracy >= 0.97", "the LeNet-style CNN passes 0.97 on MNIST"),
    (
        "mnist_cnn_test_accuracy > mnist_mlp_test_accuracy and mnist_cnn_wrong < mnist_mlp_wrong",
        "the CNN beats the dense network of the same size",
    ),
    (
        "mnist_cnn_val_accuracy > mnist_mlp_val_accuracy",
        "the CNN's validation accuracy ends above the dense network's (figure's alt text)",
    ),
    (
        "mnist_mlp_train_accuracy >= 0.98 and mnist_cnn_train_accuracy >= 0.98"
        " and mnist_mlp_train_accuracy > mnist_mlp_val_accuracy"
        " and mnist_cnn_train_accuracy > mnist_cnn_val_accuracy",
        "both networks fit nearly every training image, better than the validation images",
    ),
    (
        "mnist_cnn_val_loss < mnist_mlp_val_loss",
        "the CNN's validation loss levels off lower (figure's alt text)",
    ),
    (
        "abs(mnist_error_ratio - mnist_cnn_wrong / mnist_mlp_wrong) < 1e-9"
        " and mnist_error_ratio < 1",
        "the ratio of the mistakes",
    ),
    (
        "abs(mnist_cnn_test_accuracy - (1 - mnist_cnn_wrong / mnist_test_size)) < 1e-9"
        " and abs(mnist_mlp_test_accuracy - (1 - mnist_mlp_wrong / mnist_test_size)) < 1e-9"
        " and abs(mnist_one_digit - 1 / mnist_test_size) < 1e-12",
        "accuracies and counts of mistakes agree",
    ),
    (
        "(cnn_build_device == 'a CPU' and mnist_source == 'the 5,000 offline MNIST digits'"
        " and mnist_train_size == 4000 and mnist_test_size == 1000 and mnist_epochs == 12)"
        " or (cnn_build_device == 'a GPU' and mnist_epochs == 15 and ("
        "mnist_source == 'the full MNIST data set' and mnist_train_size == 60000"
        " and mnist_test_size == 10000 or mnist_train_size == 4000))",
        "the device, the data and the epochs the page names belong together",
    ),
    (
        "try_size_valid == 28 and try_size_strided == 16",
        "answer 1: 28 and 16 outputs per side",
    ),
    ("try_conv2_params == try_conv2_formula == 2416", "answer 2: 2,416 parameters"),
    ("try_rgb_params == 224", "answer 3: (27 + 1) * 8 = 224"),
    (
        "try_nopool_flatten == 24 * 24 * 16 and try_nopool_params > 10 * mnist_cnn_params"
        " and (try_nopool_flatten * 120 + 120) / try_nopool_params > 0.95",
        "answer 4: without pooling the dense head holds almost all parameters",
    ),
    ("0.6 < try_pool3_shift < 0.75", "answer 5: about two thirds with 3 x 3 pooling"),
]


@pytest.mark.parametrize("condition, what", CLAIMS, ids=[c[1] for c in CLAIMS])
def test_outcomes_the_prose_states(values, condition, what):
    assert eval(condition, {}, dict(values)), f"{what}: {condition} with {values}"


PRINTED = [
    r"scipy correlate2d equals our loops: True",
    r"convolution = cross-correlation with the flipped filter: True",
    r"vectorised equals loops: True",
    r"first filter equals the sum above: True",
    r"digits of each class: \[500 500 500 500 500 500 500 500 500 500\]",
]


@pytest.mark.parametrize("pattern", PRINTED)
def test_printed_checks_hold(built, pattern):
    assert re.search(pattern, executed_text(built, CHAPTER)), pattern
