"""Chapters 8 to 13: does the Keras backend in use have a GPU to train on?"""

from __future__ import annotations


def gpu_available() -> bool:
    """True when the Keras backend (TensorFlow, JAX or PyTorch) sees a GPU.

    The chapters train longer or on bigger data when this is true (in Colab with a GPU runtime,
    for example). Keras 3 runs on any of the three backends; `KERAS_BACKEND` picks one.
    """
    import keras

    backend = keras.backend.backend()
    if backend == "tensorflow":
        import tensorflow as tf

        return bool(tf.config.list_physical_devices("GPU"))
    if backend == "jax":
        import jax

        return any(device.platform == "gpu" for device in jax.devices())
    if backend == "torch":
        import torch

        return torch.cuda.is_available()
    return False
