"""The text helpers of chapter 11: Python's help texts, characters to ids, bits per char."""

from __future__ import annotations

import numpy as np
import pytest

from dlcourse.text import (
    UNKNOWN,
    CharVocabulary,
    bits_per_char,
    build_vocabulary,
    load_python_docs,
    next_char_sequences,
    unigram_bits_per_char,
)


def test_python_docs_split_into_whole_pages():
    from pydoc_data.topics import topics

    train, held_out = load_python_docs(0.1)
    pages = [topics[name].strip() for name in sorted(topics)]
    assert train.startswith(pages[0]) and held_out.rstrip().endswith(pages[-1])
    assert 0.05 < len(held_out) / (len(train) + len(held_out)) <= 0.1
    assert load_python_docs(0.1) == (train, held_out), "the split is the same every time"


@pytest.mark.parametrize("fraction", [0, 1, -0.5])
def test_python_docs_reject_impossible_fractions(fraction):
    with pytest.raises(ValueError, match="held_out_fraction"):
        load_python_docs(fraction)


def test_vocabulary_lists_characters_by_frequency():
    vocab = build_vocabulary("abracadabra")
    assert vocab.chars == UNKNOWN + "abrcd" and len(vocab) == 6
    assert build_vocabulary("abracadabra", min_count=2).chars == UNKNOWN + "abr"


def test_encode_and_decode_are_inverse_on_known_characters():
    vocab = build_vocabulary("hello world")
    ids = vocab.encode("hello")
    assert ids.dtype == np.int32 and ids.shape == (5,)
    assert vocab.decode(ids) == "hello"
    assert vocab.decode(list(ids)) == "hello"


def test_unknown_characters_map_to_id_zero():
    vocab = build_vocabulary("aab", min_count=2)
    np.testing.assert_array_equal(vocab.encode("abz"), [1, 0, 0])
    assert vocab.decode(vocab.encode("abz")) == "a" + UNKNOWN * 2


def test_vocabulary_must_start_with_unknown_and_list_each_char_once():
    with pytest.raises(ValueError, match="UNKNOWN"):
        CharVocabulary("abc")
    with pytest.raises(ValueError, match="once"):
        CharVocabulary(UNKNOWN + "aa")


def test_next_char_sequences_shift_targets_by_one():
    inputs, targets = next_char_sequences(np.arange(10), 3)
    np.testing.assert_array_equal(inputs, [[0, 1, 2], [3, 4, 5], [6, 7, 8]])
    np.testing.assert_array_equal(targets, [[1, 2, 3], [4, 5, 6], [7, 8, 9]])


@pytest.mark.parametrize("length", [0, 10])
def test_next_char_sequences_reject_impossible_lengths(length):
    with pytest.raises(ValueError, match="sequence length"):
        next_char_sequences(np.arange(10), length)


def test_bits_per_char_of_a_uniform_model_is_log2_of_the_vocabulary():
    probabilities = np.full((2, 5, 8), 1 / 8)
    assert bits_per_char(probabilities, np.zeros((2, 5), dtype=int)) == pytest.approx(3.0)
    sure = np.array([[0.0, 1.0], [0.5, 0.5]])
    assert bits_per_char(sure, np.array([1, 0])) == pytest.approx(0.5)


def test_unigram_bits_per_char_uses_smoothed_training_frequencies():
    train = np.array([1, 1, 1, 2])  # counts 0, 3, 1 plus one each: 1/7, 4/7, 2/7
    expected = -np.mean(np.log2([4 / 7, 2 / 7]))
    assert unigram_bits_per_char(train, np.array([1, 2]), 3) == pytest.approx(expected)
    assert np.isfinite(unigram_bits_per_char(train, np.array([0]), 3)), "unseen chars"
