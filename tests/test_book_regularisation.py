"""Chapter 9 (regularisation): every outcome its prose states holds in the executed book."""

from __future__ import annotations

import pytest
from test_book import executed_text, glued

pytestmark = pytest.mark.slow

CHAPTER = "book/09_regularisation"


@pytest.fixture(scope="module")
def values(built):
    return glued(built, CHAPTER)


def test_the_chapter_runs_without_errors(built):
    assert "Traceback" not in executed_text(built, CHAPTER)


def test_small_networks_underfit_and_large_ones_overfit(values):
    # "With 1 hidden node the network underfits ... the validation error is hardly worse"
    assert values["capacity_smallest_units"] == 1
    assert values["capacity_smallest_train_error"] > 0.3, "one node should underfit"
    assert values["capacity_smallest_gap"] < 0.1, "underfitting: validation hardly worse"
    # "With 512 nodes the training error is (almost) zero, the validation error stays above"
    assert values["capacity_largest_train_error"] < 0.01
    assert values["capacity_largest_val_error"] > values["capacity_largest_train_error"]
    # "a big network that learns 200 of them by heart still gets most new ones right"
    assert values["capacity_largest_val_error"] < 0.2
    # "The gap ... has grown"
    assert values["capacity_largest_gap"] > values["capacity_smallest_gap"]


def test_the_noisy_run_really_overfits(values):
    # a random digit is sometimes the right one: fewer than 30% end up wrong
    assert 0.1 < values["noisy_wrong_share"] < 0.3
    # "agreeing with far more of its training labels than the share that is right"
    assert values["plain_final_train_accuracy"] > 1 - values["noisy_wrong_share"] + 0.05
    # "The validation loss is lowest at epoch N and climbs to ... by the end"
    assert values["plain_best_epoch"] < values["regularisation_epochs"] - 20
    assert values["plain_final_val_loss"] > 1.2 * values["plain_best_val_loss"]
    assert values["plain_weights"] == 64 * 256 + 256 + 256 * 256 + 256 + 256 * 10 + 10


def test_weight_decay_helps(values):
    assert values["weight_decay_norm"] < values["plain_norm"]
    assert values["weight_decay_final_val_loss"] < values["plain_final_val_loss"]
    # "starts with a higher validation loss (the penalty) and still ends lower"
    assert values["weight_decay_first_val_loss"] > values["plain_first_val_loss"]
    assert values["weight_decay_test_accuracy"] > values["no_stopping_test_accuracy"]


def test_dropout_helps(values):
    assert values["dropout_final_train_accuracy"] < values["plain_final_train_accuracy"]
    assert values["dropout_final_val_loss"] < values["plain_final_val_loss"]
    assert values["dropout_test_accuracy"] > values["no_stopping_test_accuracy"]


def test_inverted_and_documents_dropout_keep_the_expected_value(values):
    assert values["regularisation_dropout_inverted_gap"] < 0.05
    assert values["regularisation_dropout_documents_gap"] < 0.05


def test_early_stopping_restores_better_weights(values):
    # "Training ended after epoch S, ten epochs after the best epoch B"
    assert values["stop_epoch"] == values["best_epoch"] + 10
    assert values["stop_epoch"] < values["regularisation_epochs"] - 1, "it must stop early"
    assert values["early_stopping_test_accuracy"] > values["no_stopping_test_accuracy"]


def test_augmentation_wins_on_shifted_test_images(values):
    assert values["augmented_shifted_accuracy"] > values["plain_shifted_accuracy"]
    # "On the centred test images the two are close"
    assert abs(values["augmented_centred_accuracy"] - values["plain_centred_accuracy"]) < 0.05
    # "Move the test digits by a pixel and the plain network falls"
    assert values["plain_shifted_accuracy"] < values["plain_centred_accuracy"] - 0.1
    # "The augmented network ... keeps" its accuracy on shifted digits
    assert values["augmented_shifted_accuracy"] > values["plain_centred_accuracy"] - 0.1


def test_transfer_learning_beats_training_from_scratch(values):
    # "related, but not the same": the untouched MNIST network is far from useless
    assert 0.5 < values["transfer_direct_accuracy"] < values["transfer_test_accuracy"]
    assert values["transfer_seeds"] >= 3
    # "5 examples a digit take a network from scratch a long way"
    assert values["scratch_test_accuracy"] > 0.7
    assert values["transfer_test_accuracy"] > values["scratch_test_accuracy"]
    assert values["transfer_wins"] > values["transfer_seeds"] / 2
    # "Fine-tuning ends close to the frozen network" and so also beats training from scratch
    assert values["fine_tuned_test_accuracy"] > values["scratch_test_accuracy"]
    assert abs(values["fine_tuned_test_accuracy"] - values["transfer_test_accuracy"]) < 0.03
