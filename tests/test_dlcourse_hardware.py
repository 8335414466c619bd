"""dlcourse.hardware.gpu_available asks whichever backend Keras runs on."""

from __future__ import annotations

import sys
from types import ModuleType, SimpleNamespace

import keras
import pytest
import tensorflow as tf

from dlcourse.hardware import gpu_available


def test_on_tensorflow_it_is_tensorflows_answer():
    assert keras.backend.backend() == "tensorflow"
    assert gpu_available() is bool(tf.config.list_physical_devices("GPU"))


@pytest.mark.parametrize("gpus, expected", [([], False), (["/physical_device:GPU:0"], True)])
def test_on_tensorflow_it_looks_for_gpu_devices(monkeypatch, gpus, expected):
    asked = []

    def devices(kind=None):
        asked.append(kind)
        return gpus if kind == "GPU" else ["/physical_device:CPU:0"]

    monkeypatch.setattr(tf.config, "list_physical_devices", devices)
    assert gpu_available() is expected
    assert asked == ["GPU"]


@pytest.mark.parametrize("platforms, expected", [(["cpu"], False), (["cpu", "gpu"], True)])
def test_on_jax_it_looks_for_a_gpu_device(monkeypatch, platforms, expected):
    jax = ModuleType("jax")
    jax.devices = lambda: [SimpleNamespace(platform=name) for name in platforms]
    monkeypatch.setitem(sys.modules, "jax", jax)
    monkeypatch.setattr(keras.backend, "backend", lambda: "jax")
    assert gpu_available() is expected


@pytest.mark.parametrize("cuda", [False, True])
def test_on_torch_it_asks_cuda(monkeypatch, cuda):
    torch = ModuleType("torch")
    torch.cuda = SimpleNamespace(is_available=lambda: cuda)
    monkeypatch.setitem(sys.modules, "torch", torch)
    monkeypatch.setattr(keras.backend, "backend", lambda: "torch")
    assert gpu_available() is cuda


def test_a_backend_without_gpus_says_no(monkeypatch):
    monkeypatch.setattr(keras.backend, "backend", lambda: "numpy")
    assert gpu_available() is False
