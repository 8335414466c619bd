"""Chapter 11, recurrent networks: its shape and every outcome its prose states, checked on
the executed chapter of a cold book build."""

from __future__ import annotations

import math
import re

import nbformat
import pytest
from test_book import executed_text, glued

from conftest import COURSE

pytestmark = pytest.mark.slow

CHAPTER = "book/11_recurrent_networks"


def source() -> nbformat.NotebookNode:
    return nbformat.read(COURSE.root / f"{CHAPTER}.ipynb", as_version=4)


@pytest.fixture(scope="module")
def values(built) -> dict[str, float | str]:
    return glued(built, CHAPTER)


# What the prose says, as conditions on the glued values (see the chapter's text).
CLAIMS = [
    (
        "bptt_steps_back == 50 and bptt_linear_small < 1e-3 and bptt_linear_large > 1e3",
        "without tanh, radius 0.8 vanishes and 1.2 explodes 50 steps back",
    ),
    (
        "bptt_tanh_small < bptt_linear_small and bptt_tanh_medium < 1e-2"
        " and bptt_tanh_large > 1 and bptt_tanh_large < bptt_linear_large",
        "with tanh, 1.2 also vanishes; only 2.0 still grows, less than without tanh",
    ),
    (
        "clip_start_grad_norm > 100 and clip_raw_first_loss > 100 * clip_start_loss",
        "the raw step makes the loss explode",
    ),
    (
        "clip_clipped_final_loss < clip_start_loss / 10",
        "ten clipped steps bring the loss down",
    ),
    ("lstm_keras_max_difference < 1e-5", "the numpy LSTM step matches Keras"),
    ("lstm_params == lstm_params_formula == 180", "LSTM(5) on 3 inputs: 180 parameters"),
    (
        "sunspots_rnn_params == sunspots_rnn_params_formula"
        " == sunspots_rnn_units * (1 + sunspots_rnn_units + 1)"
        " and sunspots_model_params == sunspots_rnn_params + sunspots_rnn_units + 1",
        "the SimpleRNN's parameter count is the one the prose derives",
    ),
    ("sunspots_rnn_mae < sunspots_naive_mae", "the RNN beats the naive last-value forecast"),
    (
        'abs(float(sunspots_improvement.strip("\'%")) / 100'
        " - (1 - sunspots_rnn_mae / sunspots_naive_mae)) < 1e-3",
        "the improvement is the ratio of the two errors",
    ),
    ("sunspots_test_months == 3177 - (1975 - 1749) * 12", "the test period is 1975 onwards"),
    (
        "sunspots_rnn_jump < sunspots_naive_jump",
        "the network's forecast moves less from month to month than the naive one",
    ),
    ("char_stepper_max_difference < 1e-4", "stepping with the state gives the model's scores"),
    (
        "char_gru_params == char_gru_params_formula"
        " == 3 * (32 * char_gru_units + char_gru_units ** 2 + 2 * char_gru_units)",
        "the GRU's parameter count is the one the prose derives",
    ),
    (
        "abs(char_uniform_bits_per_char - log2(char_vocab_size)) < 1e-9"
        " and char_unigram_bits_per_char < char_uniform_bits_per_char",
        "the unigram model beats the uniform one",
    ),
    (
        "char_model_bits_per_char < char_unigram_bits_per_char - 0.5",
        "the GRU needs fewer bits per character than the unigram model",
    ),
    (
        "abs(char_bits_saved - (char_unigram_bits_per_char - char_model_bits_per_char)) < 1e-9",
        "the saving is the difference",
    ),
    (
        "try_rnn_lstm_params == 24832 and try_rnn_gru_params == 18816",
        "LSTM(64) and GRU(64) on 32 features",
    ),
    ("try_rnn_vanish_steps == 44 and try_rnn_explode_steps == 49", "0.9^44 and 1.1^49"),
    (
        "try_rnn_clip10_first < 1 and try_rnn_clip10_final > 100",
        "clipping at 10: near the minimum after one step, then overshooting",
    ),
    (
        "try_rnn_slow_w < 0.9 and try_rnn_slow_final > 100",
        "a tiny learning rate without clipping: thrown off, then crawling",
    ),
]


@pytest.mark.parametrize("condition, what", CLAIMS, ids=[c[1] for c in CLAIMS])
def test_stated_outcomes_hold(values, condition, what):
    names = {"abs": abs, "log2": math.log2, "float": float}
    assert eval(condition, names, values), f"{what}: {condition}"


def test_generated_samples_start_with_their_prompts(built):
    text = executed_text(built, CHAPTER)
    assert 'The "while" statement\n' in text and "A list is " in text
    assert re.search(r"largest difference between numpy and Keras: \d", text)


def test_the_chapter_links_to_its_exercise():
    text = "\n".join(c.source for c in source().cells if c.cell_type == "markdown")
    assert "../exercises/11_recurrent_networks/recurrent.ipynb" in text
