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


def source() -> nbformat.NotebookNode:
    return nbformat.read(COURSE.root / f"{CHAPTER}.ipynb", as_version=4)


@pytest.fixture(scope="module")
def values(built) -> dict[str, float | str]:
    """The chapter's glued values; glued strings lose their quotes."""
    found = {}
    for name, value in glued(built, CHAPTER).items():
        found[name] = value.strip().strip("'\"") if isinstance(value, str) else value
    return found


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


def test_the_chapter_links_to_its_exercise():
    text = "\n".join(c.source for c in source().cells if c.cell_type == "markdown")
    assert "../exercises/10_convolutional_networks/convolution.ipynb" in text
