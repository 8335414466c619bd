"""Chapter 12 (GANs and autoencoders): every outcome its prose states holds when executed."""

from __future__ import annotations

import json
import math

import pytest
from test_book import executed_text, glued

from conftest import COURSE

pytestmark = pytest.mark.slow

CHAPTER = "book/12_generative_networks"

# (condition on the glued values, what the prose says). Evaluated with the glued names as
# variables (numbers as floats, booleans as the strings "True" and "False").
CONDITIONS = [
    # The equilibrium D = 0.5
    ("abs(gan_equilibrium_d_loss - 2 * log(2)) < 1e-9", "L_D at D = 0.5 is 2 log 2"),
    ("abs(gan_equilibrium_g_loss - log(2)) < 1e-9", "L_G at D = 0.5 is log 2"),
    # The training loop changes only what it should
    ("check_discriminator_step_moves_discriminator == 'True'", "loop 1 trains D"),
    ("check_discriminator_step_moves_generator == 'False'", "loop 1 leaves G alone"),
    ("check_combined_step_moves_generator == 'True'", "loop 2 trains G"),
    ("check_combined_step_moves_discriminator == 'False'", "loop 2 leaves the frozen D alone"),
    # The bell curve
    (
        "abs(gan_real_mean - 4) < 0.1 and abs(gan_real_std - 1.25) < 0.1",
        "the real samples follow N(4, 1.25)",
    ),
    (
        "abs(gan_fake_before_mean - gan_real_mean) > 2 and gan_fake_before_std < gan_real_std",
        "the untrained generator's samples are nothing like the real data (a narrow spike)",
    ),
    ("gan_steps > 0", "the GAN trained for the glued number of steps"),
    ("abs(gan_fake_mean - gan_real_mean) < 0.25", "the generator's mean is close to the real"),
    ("abs(gan_fake_std - gan_real_std) < 0.3", "the generator's spread is close to the real"),
    # The losses
    ("gan_early_d_loss < gan_equilibrium_d_loss", "early on L_D falls below 2 log 2"),
    (
        "abs(gan_final_d_loss - gan_equilibrium_d_loss) < 0.05",
        "at the end L_D hovers at 2 log 2",
    ),
    (
        "abs(gan_final_g_loss - gan_equilibrium_g_loss) < 0.05",
        "at the end L_G hovers at log 2",
    ),
    # The autoencoder
    ("autoencoder_code_size == 8", "the code has 8 numbers"),
    ("autoencoder_test_mse < autoencoder_pca_mse", "the autoencoder beats PCA of the same size"),
    (
        "autoencoder_pca_mse < autoencoder_mean_image_mse",
        "PCA beats always answering the average image",
    ),
    # The answers of "Try it yourself"
    (
        "abs(answer_confident_d_loss - 2 * -log(0.9)) < 1e-9"
        " and answer_confident_d_loss < gan_equilibrium_d_loss",
        "a confident discriminator's loss is far below the equilibrium",
    ),
    (
        "abs(answer_fooled_g_loss + log(0.1)) < 1e-9 and answer_fooled_g_loss > log(2)",
        "the generator's loss at D(G(z)) = 0.1 is above log 2",
    ),
    ("abs(answer_gradient_ratio - 99) < 1e-9", "the non-saturating loss is 99 times steeper"),
    ("answer_ae_ratio == 64 / autoencoder_code_size", "64 pixels into the code"),
]


@pytest.mark.parametrize("condition, what", CONDITIONS, ids=[c[1] for c in CONDITIONS])
def test_the_prose_holds(built, condition, what):
    values = glued(built, CHAPTER)
    assert eval(condition, {"abs": abs, "log": math.log}, values), f"{what}: {condition}"


def test_the_chapter_states_what_it_skipped_on_a_cpu(built):
    """The build runs on a CPU: the digit GAN says it was skipped instead of failing."""
    text = executed_text(built, CHAPTER)
    assert "GPU available: False" not in text or "the digit GAN is skipped" in text
    assert "Keras 3" in text


def test_the_training_step_needs_no_backend_of_its_own():
    """The chapter's code has no TensorFlow-only training step (no GradientTape)."""
    notebook = json.loads((COURSE.root / f"{CHAPTER}.ipynb").read_text())
    code = "".join(
        "".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "code"
    )
    assert "GradientTape" not in code and "tf.function" not in code
    assert "train_on_batch" in code
