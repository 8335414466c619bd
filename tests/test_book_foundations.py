"""Chapters 0-6: their shape (what you will learn ... try it yourself) and every outcome their
prose states, checked on the executed chapters of a cold book build."""

from __future__ import annotations

import math
import re

import nbformat
import pytest
from test_book import executed_text, glued

from conftest import COURSE

pytestmark = pytest.mark.slow

CHAPTERS = [
    "book/00_introduction",
    "book/01_neurons",
    "book/02_forward_propagation",
    "book/03_activation_functions",
    "book/04_deep_networks",
    "book/05_gradient_descent",
    "book/06_backpropagation",
]


def source(chapter: str) -> nbformat.NotebookNode:
    return nbformat.read(COURSE.root / f"{chapter}.ipynb", as_version=4)


def values(built, chapter: str) -> dict[str, float | str]:
    """The chapter's glued values; glued strings lose their quotes, and become numbers
    where they are numbers ("0.0182", "102,728", "85 %" becomes 85.0)."""
    found = {}
    for name, value in glued(built, chapter).items():
        if isinstance(value, str):
            value = value.strip().strip("'\"")
            try:
                value = float(value.replace(",", "").removesuffix("%"))
            except ValueError:
                pass
        found[name] = value
    return found


# What the prose says, as conditions on the glued values (see each chapter's text).
CLAIMS = [
    # 0: the slopes, the gap, the crossing, and the answers
    ("book/00_introduction", "abs(loan_slope_additive - 0.006) < 1e-12", "additive slope"),
    ("book/00_introduction", "abs(loan_gap_additive - 0.20) < 1e-12", "parallel lines 0.20 apart"),
    ("book/00_introduction", "loan_slope_young > loan_slope_old > 0", "the young slope is steeper"),
    (
        "book/00_introduction",
        "abs(try_intro_exact_crossing - 0.40 / 0.006) < 1e-9"
        " and abs(loan_crossing - try_intro_exact_crossing) <= 0.5",
        "the grid's crossing is the exact one rounded to the grid",
    ),
    (
        "book/00_introduction",
        "abs(try_intro_steeper_slope_old) < 1e-12 and try_intro_steeper_crossing == 50",
        "a coefficient of -0.008: flat line for older customers, crossing at 50",
    ),
    (
        "book/00_introduction",
        "abs(try_intro_fit_balance - 0.008) < 1e-9 and abs(try_intro_fit_old - 0.40) < 1e-9"
        " and abs(try_intro_fit_product + 0.006) < 1e-9"
        " and abs(try_intro_fit_intercept - 0.10) < 1e-9",
        "a regression with the product feature recovers the formula",
    ),
    # 1: the neuron, the parameter counts, more data
    (
        "book/01_neurons",
        "neuron_z < 0 and neuron_relu == 0 and try_neurons_z_new_bias == 1"
        " and try_neurons_relu_new_bias == 1"
        " and abs(try_neurons_tanh_new_bias - tanh(1)) < 1e-12",
        "bias 3: z = 1, and ReLU now passes the signal on",
    ),
    (
        "book/01_neurons",
        "try_neurons_weights_341 == 20 and try_neurons_biases_341 == 6"
        " and try_neurons_params_341 == 26",
        "a 3-4-2 network has 20 weights and 6 biases",
    ),
    (
        "book/01_neurons",
        "try_neurons_error_1000 < try_neurons_error_12",
        "1,000 customers: the largest error of the fitted parameters shrinks",
    ),
    # 2: forward passes
    (
        "book/02_forward_propagation",
        "try_forward_hidden_0 == 6 and try_forward_hidden_1 == -2 and try_forward_output == 14",
        "inputs 4 and 2 -> hidden 6, -2 -> output 14",
    ),
    (
        "book/02_forward_propagation",
        "try_forward_collapsed_family == 0 and try_forward_collapsed_accounts == 2",
        "output weights (1, 1): the network is 0 x family + 2 x accounts",
    ),
    (
        "book/02_forward_propagation",
        "try_forward_H_rows == 100 and try_forward_H_cols == 2",
        "a batch of 100 gives H of shape (100, 2)",
    ),
    # 3: the slip, softmax, slopes, ReLU
    ("book/03_activation_functions", "activation_slip_ndim == 0", "np.array(a, b) is 0-d"),
    (
        "book/03_activation_functions",
        "try_activation_softmax == '0.090, 0.245, 0.665' and try_activation_softmax_same == 'True'",
        "softmax(1, 2, 3) = softmax(101, 102, 103)",
    ),
    (
        "book/03_activation_functions",
        "try_activation_sigmoid_slope_0 == 0.25 and try_activation_sigmoid_slope_4 < 0.02"
        " and try_activation_tanh_slope_4 < 0.02",
        "sigmoid and tanh are flat at 4",
    ),
    (
        "book/03_activation_functions",
        "try_activation_relu_hidden_1_in < 0 and try_activation_relu_output == 14"
        " and try_activation_linear_output == 17",
        "inputs 5, 2: ReLU changes the prediction from 17 to 14",
    ),
    # 4: linear regions, and the answers
    (
        "book/04_deep_networks",
        "deep_regions_units == 2 * deep_regions_layers"
        " and deep_regions_deep == 2 ** deep_regions_layers"
        " and deep_regions_shallow == deep_regions_units + 1"
        " and deep_regions_deep > deep_regions_shallow",
        "stacked tents double the pieces per layer and beat one hidden layer of as many units",
    ),
    (
        "book/04_deep_networks",
        "deep_regions_random_mean <= deep_regions_random_max < deep_regions_deep / 2",
        "random weights come nowhere near the maximum",
    ),
    (
        "book/04_deep_networks",
        "try_deep_mnist_params == 109386 and try_deep_mnist_cap == 3",
        "784-128-64-10: 109,386 parameters, CAP depth 3",
    ),
    (
        "book/04_deep_networks",
        "try_deep_ones_hidden_0 == '[6, 0]' and try_deep_ones_hidden_1 == '[0, 6]'"
        " and try_deep_ones_output == 42",
        "inputs 1, 1 -> [6, 0] -> [0, 6] -> 42",
    ),
    (
        "book/04_deep_networks",
        "try_deep_tent_10 == 1024 and try_deep_tent_10_units == 20"
        " and try_deep_tent_10_shallow == 21 and try_deep_sigmoid_5 == 0.25 ** 5",
        "ten tents: 1,024 pieces from 20 units; 0.25^5",
    ),
    (
        "book/04_deep_networks",
        "abs(try_deep_tent_ratio - 1024 / 21) < 1e-9",
        "ten layers of two units beat one layer of twenty by a factor of about 49",
    ),
    (
        "book/04_deep_networks",
        "0.1 < try_deep_relu_small_ratio / deep_relu_ratio < 10"
        " and try_deep_relu_signal_small < 1e-3 and 0.5 < try_deep_relu_signal < 2",
        "ReLU with variance 1/n: the gradient ratio hardly changes, but the signal vanishes",
    ),
    # 5: learning rates and batches
    (
        "book/05_gradient_descent",
        "-1 < try_gd_factor_001 < 0 and 0.01 < gd_largest_rate",
        "learning rate 0.01 converges, jumping over the minimum",
    ),
    (
        "book/05_gradient_descent",
        "abs(try_gd_one_step_w - try_gd_w_best) < 1e-9 and abs(try_gd_w_best - gd_w_best) < 5e-4",
        "learning rate 1 / (2 sum x^2) reaches the best weight in one step",
    ),
    (
        "book/05_gradient_descent",
        "abs(try_gd_mse_border - 5 / 55) < 1e-12 and abs(gd_largest_rate - 1 / 55) < 5e-5",
        "with the MSE the border is n times larger",
    ),
    (
        "book/05_gradient_descent",
        "try_gd_batches_50 == 4 and try_gd_updates_50 == 40 and try_gd_batches_7 == 29"
        " and try_gd_last_batch_7 == 4 and try_gd_updates_7 == 290",
        "updates per epoch and in 10 epochs",
    ),
    # 6: softmax and cross-entropy, and the answers
    (
        "book/06_backpropagation",
        "backprop_softmax_grad_error < 1e-7 and backprop_softmax_scores == 24",
        "(P - Y) / n equals the central differences for all 24 scores",
    ),
    (
        "book/06_backpropagation",
        "backprop_two_class_probability_gap < 1e-12 and backprop_two_class_loss_gap < 1e-12",
        "two classes: softmax is the sigmoid, categorical is binary cross-entropy",
    ),
    (
        "book/06_backpropagation",
        "try_backprop_g == 5 and try_backprop_dg_dx == 5 and try_backprop_dg_dz == 1"
        " and try_backprop_cube_grad == 12",
        "the graph at 2, -1, 5 and d(x^3)/dx at 2",
    ),
    (
        "book/06_backpropagation",
        "abs(try_backprop_ce_loss - ce_loss_of_2_1_01) < 1e-12"
        " and try_backprop_ce_grad == '-0.341, 0.242, 0.099'"
        " and try_backprop_shift_gap < 1e-12",
        "scores (2, 1, 0.1), class 0: loss, gradient p - y, and no change under a shift",
    ),
    (
        "book/06_backpropagation",
        "try_backprop_b1_mean_error > 0.5 and try_backprop_checked_rows == 10",
        "a bias gradient taken as a mean fails the numerical check",
    ),
]

NAMES = {
    "abs": abs,
    "tanh": math.tanh,
    # -log softmax(2, 1, 0.1)[0], computed independently of the chapter
    "ce_loss_of_2_1_01": math.log(sum(math.exp(s) for s in (2.0, 1.0, 0.1))) - 2.0,
}


@pytest.mark.parametrize("chapter, condition, what", CLAIMS, ids=[c[2] for c in CLAIMS])
def test_stated_outcomes_hold(built, chapter, condition, what):
    found = values(built, chapter)
    assert eval(condition, dict(NAMES), found), f"{what}: {condition} with {found}"


# Outcomes the chapters stated before this file existed, on their glued values.
EARLIER_CLAIMS = [
    (
        "book/01_neurons",
        "neuron_z == -1 and neuron_relu == 0 and abs(neuron_tanh - tanh(-1)) < 1e-12",
        "the neuron's sum and its three activations",
    ),
    (
        "book/01_neurons",
        "neuron_regression_difference < 1e-10",
        "a neuron without activation is the regression, up to rounding",
    ),
    (
        "book/01_neurons",
        "n_weights == 6 and n_biases == 3 and n_parameters == 9",
        "the 2-2-1 network has 9 parameters",
    ),
    (
        "book/02_forward_propagation",
        "batch_rows == 5 and collapsed_weight_family == 3 and collapsed_weight_accounts == 1",
        "the transactions network collapses to 3 x family + 1 x accounts",
    ),
    (
        "book/03_activation_functions",
        "activation_collapse_max_diff < 1e-12 and activation_transactions_relu_output == 13"
        " and activation_transactions_relu_hidden_0 == 7"
        " and activation_transactions_relu_hidden_1 == 1",
        "linear layers collapse; ReLU leaves 3, 4 -> 13 alone",
    ),
    (
        "book/03_activation_functions",
        "activation_listing_node_1_in == -8 and activation_listing_output == 44"
        " and activation_listing_output_linear == -12",
        "the listing's weights: ReLU changes -12 into 44",
    ),
    (
        "book/03_activation_functions",
        "activation_loan_tanh_output == 0 and activation_loan_relu_output == 0"
        " and abs(activation_doc_tanh_output - (2 * tanh(3) - tanh(9))) < 5e-5"
        " and activation_doc_relu_output == -3 and activation_rows_first == 52",
        "the loan customer, the documents' tanh and ReLU networks, the first row",
    ),
    (
        "book/04_deep_networks",
        "deep_second_agreement > deep_first_agreement and deep_digits_accuracy > 90",
        "second-layer units agree more on one digit than first-layer units",
    ),
    (
        "book/04_deep_networks",
        "deep_digits_parameters == 2778 and deep_small_parameters == 15"
        " and deep_small_weights == 10 and deep_added_per_layer == 256 * 256 + 256",
        "parameter counts",
    ),
    (
        "book/04_deep_networks",
        "abs(deep_sigmoid_10 - 0.25 ** 10) < 1e-8 and deep_sigmoid_ratio < 1e-6"
        " and 0.1 < deep_relu_ratio < 10",
        "sigmoid gradients vanish, ReLU's stay at a similar size",
    ),
    (
        "book/05_gradient_descent",
        "gd_sse_start == 74 and gd_slope_start == -124 and gd_sse_after_step < gd_sse_start / 2"
        " and abs(gd_cost_good_lr - gd_sse_best) < 0.01",
        "the start, and the middle learning rate reaches the minimum",
    ),
    (
        "book/05_gradient_descent",
        "gd_cost_small_lr > gd_cost_good_lr and gd_cost_large_lr > 10000",
        "too small learns slowly, too large diverges",
    ),
    (
        "book/05_gradient_descent",
        "gd_mini_final_sse == gd_exact_sse < gd_sgd_final_sse < gd_batch_final_sse"
        " and abs(gd_mini_w1 - 2) < 0.1 and abs(gd_mini_w2 + 1) < 0.1"
        " and abs(gd_mini_b - 0.5) < 0.1",
        "mini-batches reach the least-squares fit, SGD a little above, batch far above",
    ),
    (
        "book/06_backpropagation",
        "backprop_inverted == 0.25 and backprop_value_dg_dx == -3 and backprop_reuse_grad == 7"
        " and backprop_dg_dx_size == 3",
        "the inverted derivative, the Value class, gradients that add up",
    ),
    (
        "book/06_backpropagation",
        "backprop_max_rel_error < 1e-6 and backprop_n_params == 65",
        "the backward pass agrees with central differences",
    ),
    (
        "book/06_backpropagation",
        "backprop_final_loss < 0.1 and backprop_train_accuracy > backprop_linear_accuracy",
        "the two-layer network beats logistic regression on the moons",
    ),
]


@pytest.mark.parametrize(
    "chapter, condition, what", EARLIER_CLAIMS, ids=[c[2] for c in EARLIER_CLAIMS]
)
def test_earlier_outcomes_hold(built, chapter, condition, what):
    found = values(built, chapter)
    assert eval(condition, dict(NAMES), found), f"{what}: {condition} with {found}"


# What the chapters print, where the prose describes the printed behaviour.
PRINTED = [
    (
        "book/03_activation_functions",
        r"np\.array\(a, b\) gives array\(0\.99\d+\) of shape \(\): node 1 is lost",
        "np.array(a, b) silently returns a 0-d array",
    ),
    (
        "book/03_activation_functions",
        r"np\.array\(3, 9\) raises TypeError",
        "with plain Python numbers the slip raises",
    ),
    (
        "book/04_deep_networks",
        r"6 hidden layers, 12 units: 64 pieces",
        "the region count is printed",
    ),
    (
        "book/06_backpropagation",
        r"each row of the gradient sums to 0: True",
        "the rows of the softmax gradient add up to 0",
    ),
    (
        "book/02_forward_propagation",
        r"hidden values agree: True\n[^\n]*outputs agree: +True",
        "the matrix product agrees with the row-by-row loop",
    ),
    (
        "book/03_activation_functions",
        r"relu: largest gap to the central difference \d\.\de-(0[89]|1\d)",
        "the derivatives agree with the central difference to many digits",
    ),
]


@pytest.mark.parametrize("chapter, pattern, what", PRINTED, ids=[p[2] for p in PRINTED])
def test_printed_outputs(built, chapter, pattern, what):
    assert re.search(pattern, executed_text(built, chapter)), what


def test_chapter_4_no_longer_claims_a_type_error_or_counts_functions(built):
    text = executed_text(built, "book/04_deep_networks")
    assert "TypeError" not in text
    prose = " ".join(c.source for c in source("book/04_deep_networks").cells)
    prose = " ".join(prose.split())
    assert "different functions a ReLU network can represent" not in prose
    assert "linear regions" in prose


def test_chapter_1_says_when_one_sigmoid_or_one_node_per_class():
    prose = " ".join(" ".join(c.source for c in source("book/01_neurons").cells).split())
    assert "one node, with a sigmoid" in prose and "one node per class" in prose
