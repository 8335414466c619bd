"""Chapter 11: offline text and character encoding for a character-level language model.

The text is Python's own documentation: the help texts in ``pydoc_data.topics`` that ship
with every Python installation, so no download is needed. A :class:`CharVocabulary` turns
text into integer ids and back; :func:`next_char_sequences` cuts the ids into inputs and
next-character targets; :func:`unigram_bits_per_char` is the baseline a model must beat.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

__all__ = [
    "UNKNOWN",
    "CharVocabulary",
    "bits_per_char",
    "build_vocabulary",
    "load_python_docs",
    "next_char_sequences",
    "unigram_bits_per_char",
]

UNKNOWN = "\ufffd"  # stands for every character the vocabulary does not know


def load_python_docs(held_out_fraction: float = 0.1) -> tuple[str, str]:
    """Chapter 11: Python's help texts (``pydoc_data.topics``), split into two texts.

    The help pages are taken in the order of their names; the last pages, together about
    ``held_out_fraction`` of all characters, make the held-out text, the others the training
    text, so the held-out text is whole pages the model never reads. Returns (training
    text, held-out text). The texts are those of the Python version that runs the code.
    """
    from pydoc_data.topics import topics

    if not 0 < held_out_fraction < 1:
        raise ValueError(f"held_out_fraction must be between 0 and 1, got {held_out_fraction}")
    pages = [topics[name].strip() + "\n\n" for name in sorted(topics)]
    total = sum(len(page) for page in pages)
    split, seen = len(pages), 0
    while split > 1 and seen + len(pages[split - 1]) <= held_out_fraction * total:
        split -= 1
        seen += len(pages[split])
    return "".join(pages[:split]), "".join(pages[split:])


@dataclass(frozen=True)
class CharVocabulary:
    """Chapter 11: the characters a model knows; id 0 is :data:`UNKNOWN` for all others."""

    chars: str

    def __post_init__(self) -> None:
        if not self.chars or self.chars[0] != UNKNOWN:
            raise ValueError("a vocabulary's first character must be UNKNOWN")
        if len(set(self.chars)) != len(self.chars):
            raise ValueError("a vocabulary lists each character once")

    def __len__(self) -> int:
        return len(self.chars)

    def encode(self, text: str) -> np.ndarray:
        """The ids of the characters of ``text`` (0 for a character not in the vocabulary)."""
        index = {char: i for i, char in enumerate(self.chars)}
        return np.array([index.get(char, 0) for char in text], dtype=np.int32)

    def decode(self, ids: np.ndarray | list[int]) -> str:
        """The text that the ids stand for."""
        return "".join(self.chars[int(i)] for i in np.asarray(ids).ravel())


def build_vocabulary(text: str, min_count: int = 1) -> CharVocabulary:
    """Chapter 11: the characters seen at least ``min_count`` times, most frequent first."""
    counts = Counter(text)
    counts.pop(UNKNOWN, None)
    kept = sorted(
        (char for char, count in counts.items() if count >= min_count),
        key=lambda char: (-counts[char], char),
    )
    return CharVocabulary(UNKNOWN + "".join(kept))


def next_char_sequences(ids: np.ndarray, length: int) -> tuple[np.ndarray, np.ndarray]:
    """Chapter 11: non-overlapping inputs of ``length`` ids, each with the ids one step later.

    Returns (inputs, targets), both of shape (sequences, length): ``targets[i, t]`` is the
    character that follows ``inputs[i, t]``. A remainder too short for a sequence is dropped.
    """
    ids = np.asarray(ids)
    if ids.ndim != 1:
        raise ValueError(f"next_char_sequences needs a 1-D array of ids, got shape {ids.shape}")
    count = (len(ids) - 1) // length if length > 0 else 0
    if count < 1:
        raise ValueError(f"sequence length must be between 1 and {len(ids) - 1}, got {length}")
    inputs = ids[: count * length].reshape(count, length)
    targets = ids[1 : count * length + 1].reshape(count, length)
    return inputs, targets


def bits_per_char(probabilities: np.ndarray, targets: np.ndarray) -> float:
    """Chapter 11: the mean of -log2 of the probability given to each target character.

    ``probabilities`` has one row of probabilities over the vocabulary per target
    (any leading shape, the vocabulary last); ``targets`` holds the ids.
    """
    probabilities = np.asarray(probabilities, dtype=float)
    targets = np.asarray(targets)
    picked = np.take_along_axis(probabilities, targets[..., None], axis=-1)[..., 0]
    return float(-np.mean(np.log2(picked)))


def unigram_bits_per_char(
    train_ids: np.ndarray, test_ids: np.ndarray, vocab_size: int, smoothing: float = 1.0
) -> float:
    """Chapter 11: bits per character of the model that ignores context.

    Each character gets the probability of its frequency in ``train_ids`` (with ``smoothing``
    added to every count, so that no character has probability 0); the result is the mean
    of -log2 of those probabilities over ``test_ids``.
    """
    counts = np.bincount(np.asarray(train_ids), minlength=vocab_size) + smoothing
    probabilities = counts / counts.sum()
    return float(-np.mean(np.log2(probabilities[np.asarray(test_ids)])))
