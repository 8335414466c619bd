"""Chapter 7 (optimisation): every outcome its prose states holds in the executed chapter."""

from __future__ import annotations

import math
import re

import pytest
from test_book import executed_text, glued

pytestmark = pytest.mark.slow

CHAPTER = "book/07_optimisation"

OPTIMISERS = ["sgd", "momentum", "adagrad", "rmsprop", "adam"]


def ratio_near(a: float, b: float, factor: float) -> bool:
    """a and b are within the given factor of each other (both positive)."""
    return a > 0 and b > 0 and abs(math.log(a / b)) < math.log(factor)


# (condition on the glued values, what the prose says). Evaluated with the glued names as
# variables, plus the helpers below.
CONDITIONS = [
    # The ravine
    ("abs(ravine_lr_limit - 2 / 20) < 1e-12", "the largest stable rate is 2 / lambda_2 = 0.1"),
    ("ravine_gd_rate < ravine_lr_limit", "gradient descent runs just below the limit"),
    ("-1 < ravine_factor_steep < 0", "each step flips w_2 to the other wall, shrinking it"),
    ("0 < ravine_factor_flat < 1", "w_1 creeps towards the minimum"),
    ("ravine_gd_sign_changes == ravine_steps", "w_2 changes sign at every step: a zig-zag"),
    (
        "ravine_momentum_loss < 0.01 * ravine_gd_loss",
        "with the same rate momentum ends far below gradient descent",
    ),
    ("ravine_adagrad_steps_shrink == 1", "AdaGrad's steps shrink at every step"),
    (
        "ravine_adagrad_last_step < 0.01 * ravine_adagrad_first_step",
        "AdaGrad's last step is a tiny fraction of its first",
    ),
    (
        "ravine_momentum_loss < min(ravine_gd_loss, ravine_rmsprop_loss, ravine_adam_loss)"
        " and ravine_adagrad_loss < min(ravine_gd_loss, ravine_rmsprop_loss, ravine_adam_loss)",
        "momentum and AdaGrad end lowest in the ravine (figure's alt text)",
    ),
    (
        "ravine_adam_loss > 100 * ravine_momentum_loss",
        "Adam, with a constant rate, does not settle as momentum does",
    ),
    ("2.5 < adam_uncorrected_factor < 3.5", "without bias correction: about three times eta"),
    (
        "abs(rmsprop_first_step_factor - 1 / math.sqrt(0.1)) < 1e-9",
        "RMSProp's first step is eta / sqrt(1 - rho)",
    ),
    ("try_ravine_diverged_loss > 1000", "question 1: at 0.105 gradient descent diverges"),
    (
        "try_ravine_momentum_09_loss > 1000 * ravine_momentum_loss",
        "question 2: beta = 0.9 ends far above beta = 0.5",
    ),
    # The digits comparison
    ("n_steps == 300", "300 steps of mini-batches"),
    ("abs(n_epochs - n_steps * 32 / 1437) < 1e-9", "the number of epochs of 300 steps"),
    (
        "smallest_lr_effect > 5 * best_loss_ratio",
        "the learning rate matters more than the choice of tuned optimiser",
    ),
    (
        "abs(best_loss_ratio - max(finals) / min(finals)) < 1e-9",
        "best_loss_ratio is the worst tuned final loss over the best",
    ),
    (
        "all(ratio_near(momentum(r), sgd(10 * r), 1.5) for r in (0.001, 0.003, 0.01, 0.03))",
        "momentum at eta ends near SGD at 10 eta",
    ),
    ("sgd_best_lr == 1", "plain SGD has its best run at eta = 1"),
    ("momentum_loss_lr1 > initial_loss", "momentum diverges at eta = 1"),
    (
        "adam_loss_lr0p001 < 0.5 * sgd_loss_lr0p001 and sgd_loss_lr0p001 > 0.8 * initial_loss",
        "at 0.001 Adam gets far, SGD stays near the initial loss",
    ),
    ("adam_best_lr != 0.001", "Adam's best rate here is not its default"),
    (
        "abs(adam_default_vs_best - adam_loss_lr0p001 / adam_final_loss) < 1e-9"
        " and adam_default_vs_best > 5",
        "Adam's default rate ends many times higher than its best",
    ),
    ("adam_loss_lr0p3 > 10 * adam_final_loss", "above its best rate Adam gets worse quickly"),
    ("rmsprop_loss_lr1 > initial_loss", "RMSProp at eta = 1 ends worse than before training"),
    ("adagrad_loss_lr0p001 > 0.5 * initial_loss", "AdaGrad at its default rate hardly moves"),
    ("adagrad_best_lr >= 0.1", "AdaGrad needs rates a hundred times its default"),
    ("max(finals) < initial_loss / 50", "tuned, all five end below a fiftieth of the start"),
    ("momentum_final_loss == min(finals)", "momentum ends lowest"),
    ("momentum_final_loss < sgd_final_loss", "momentum ends below plain SGD"),
    (
        "adam_final_loss > sgd_final_loss and adam_final_loss > momentum_final_loss",
        "Adam ends above both SGD and momentum on this problem",
    ),
    # Schedules
    (
        "abs(schedule_peak - 3 * momentum_best_lr) < 1e-12",
        "the peak is three times momentum's best rate",
    ),
    ("schedule_constant_loss > initial_loss", "the constant peak rate ends worse than the start"),
    (
        "all(loss < schedule_constant_loss / 10 for loss in decays)",
        "every decaying schedule rescues the peak rate",
    ),
    (
        "ratio_near(schedule_warmup_cosine_loss, schedule_cosine_loss, 2)",
        "warm-up makes little difference on this network",
    ),
    (
        "all(loss > momentum_final_loss for loss in decays)",
        "no schedule reaches momentum's best constant rate on this run",
    ),
    (
        "schedule_cosine_at_best_constant_loss > momentum_final_loss",
        "cosine decay from the best constant rate ends higher than keeping it constant",
    ),
    (
        "try_adam_warmup_loss < adam_loss_lr0p1 and try_adam_warmup_loss < adam_final_loss",
        "question 7: with warm-up and cosine, Adam's peak 0.1 beats every constant rate",
    ),
    (
        "try_other_lr_effect > 5 * try_other_best_ratio",
        "question 6: with other batches and weights the learning rate still matters more",
    ),
    ("try_other_shift_factor < 1.5", "question 6: momentum at eta still ends near SGD at 10 eta"),
    (
        "try_other_rmsprop_large_rate_factor > 10 and try_other_adam_large_rate_factor > 10",
        "question 6: RMSProp and Adam still fail at the largest rates",
    ),
    # Keras
    (
        "1e-8 < keras_adam_max_difference < 1e-5",
        "Keras's Adam agrees with ours to about five digits of a 0.1 step",
    ),
    ("keras_momentum_max_difference < 1e-7", "Keras's SGD with momentum agrees with ours"),
    ("keras_schedule_max_difference < 1e-6", "Keras's schedules give our rates"),
]


def namespace(values: dict[str, float | str]) -> dict:
    def lr_name(rate: float) -> str:
        return f"{rate:g}".replace(".", "p")

    return {
        **values,
        "math": math,
        "ratio_near": ratio_near,
        "finals": [values[f"{name}_final_loss"] for name in OPTIMISERS],
        "decays": [
            values[f"schedule_{key}_loss"]
            for key in ("step_decay", "exponential", "cosine", "warmup_cosine")
        ],
        "momentum": lambda rate: values[f"momentum_loss_lr{lr_name(rate)}"],
        "sgd": lambda rate: values[f"sgd_loss_lr{lr_name(round(rate, 6))}"],
    }


@pytest.fixture(scope="module")
def values(built):
    return namespace(glued(built, CHAPTER))


@pytest.mark.parametrize("condition, what", CONDITIONS, ids=[c[1] for c in CONDITIONS])
def test_optimisation_outcomes(values, condition, what):
    assert eval(condition, values), f"{what}: {condition}"


def test_optimisation_glues_the_final_losses(values):
    for name in OPTIMISERS:
        assert isinstance(values[f"{name}_final_loss"], float), name


def test_optimisation_prints_the_ranking_and_the_checks(built):
    text = executed_text(built, CHAPTER)
    assert re.search(r"from lowest to highest final loss: momentum, ", text)
    assert re.search(r"w_2 changed sign in (\d+) of \1 steps", text)
