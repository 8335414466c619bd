"""The judge and its plain-data decoder: what crosses from the student kernel, and how."""

from __future__ import annotations

import json
import pickle

import nbformat
import numpy as np
import pandas as pd
import pytest

from autograder import agent, wire
from autograder.judge import JudgeProcess, mirror, student_exception
from autograder.sandbox import Limits, StudentProcess

# ----------------------------------------------------------------------------- the decoder


@pytest.mark.parametrize(
    "value",
    [
        None,
        True,
        -3,
        2.5,
        "text",
        1 + 2j,
        [1, (2, "x")],
        {"a": 1, (1, 2): [3]},
        {1, 2},
        b"bytes",
        range(1, 9, 2),
        np.arange(6.0).reshape(2, 3),
        np.array([True, False]),
        np.array(["a", "bc"]),
        np.float32(1.5),
        np.int64(7),
    ],
    ids=repr,
)
def test_plain_values_cross_unchanged(value):
    back = wire.decode(agent.encode(value))
    assert type(back) is type(value)
    if isinstance(value, np.ndarray):
        np.testing.assert_array_equal(back, value)
        assert back.dtype == value.dtype
    else:
        assert back == value


def test_frames_and_generators_cross_as_plain_columns_and_state():
    frame = pd.DataFrame({"n": [1, 2], "s": ["x", "y"]}, index=[10, 20])
    back = wire.decode(agent.encode(frame))
    pd.testing.assert_frame_equal(back, frame, check_dtype=False)
    rng = np.random.default_rng(5)
    rng.random(3)
    assert wire.decode(agent.encode(rng)).random() == rng.random()


def test_everything_else_stays_a_handle():
    class Answer(int):
        def __eq__(self, other):
            return True

    for value in (Answer(3), object(), lambda x: x, np.array([object()])):
        kinds: list[str] = []
        wire.decode(agent.encode(value), handle=lambda node, seen=kinds: seen.append(node["type"]))
        assert kinds, f"{value!r} crossed as plain data"


def _frame(header: dict, buffers: list[bytes] = ()) -> bytes:
    head = json.dumps({"v": header, "b": [len(b) for b in buffers]}).encode()
    return wire.MAGIC + len(head).to_bytes(8, "little") + head + b"".join(buffers)


@pytest.mark.parametrize(
    "data",
    [
        pickle.dumps([1, 2]),  # no pickle from the student's side, ever
        _frame({"t": "pickle", "v": "x"}),
        _frame({"t": "nd", "dtype": "O", "shape": [1], "b": 0}, [b"\0" * 8]),  # object dtype
        _frame({"t": "nd", "dtype": ">f8", "shape": [1], "b": 0}, [b"\0" * 8]),  # big-endian
        _frame({"t": "nd", "dtype": "<f8", "shape": [2], "b": 0}, [b"\0" * 8]),  # wrong size
        _frame({"t": "nd", "dtype": "V8", "shape": [1], "b": 0}, [b"\0" * 8]),  # raw bytes
        _frame({"t": "rng", "bitgen": "os.system", "state": {}}),
        _frame({"t": "dict", "k": [{"t": "list", "v": []}], "v": [1]}),  # unhashable key
        _frame({"t": "h", "id": 1}),  # a handle where none may be built
        _frame({"t": "keras", "config": "{}", "compile": None, "weights": []}),
        b"AGW1" + (10**9).to_bytes(8, "little"),
    ],
    ids=lambda d: d[:40].decode("latin-1", "replace"),
)
def test_anything_else_is_refused(data):
    with pytest.raises(wire.WireError):
        wire.decode(data)


def test_deep_nesting_is_refused():
    deep = {"t": "list", "v": []}
    for _ in range(200):
        deep = {"t": "list", "v": [deep]}
    with pytest.raises(wire.WireError):
        wire.decode(_frame(deep))


# ------------------------------------------------------------------------- judge helpers


def test_in_place_changes_are_copied_back():
    original = np.zeros(3)
    mirror(original, np.array([1.0, 2.0, 3.0]))
    np.testing.assert_array_equal(original, [1, 2, 3])
    items = [1, np.zeros(2)]
    inner = items[1]
    mirror(items, [5, np.ones(2)])
    assert items[0] == 5 and items[1] is inner and inner.sum() == 2
    d = {"a": 1, "b": 2}
    mirror(d, {"a": 1, "c": 3})
    assert d == {"a": 1, "c": 3}
    frame = pd.DataFrame({"x": [1, 2]})
    mirror(frame, pd.DataFrame({"x": [1, 2], "y": [3, 4]}))
    assert list(frame.columns) == ["x", "y"]
    rng = np.random.default_rng(1)
    moved = np.random.default_rng(1)
    moved.random(10)
    mirror(rng, moved)
    assert rng.random() == moved.random()


def test_student_exceptions_become_the_judges_builtin_ones():
    err = student_exception({"raised": ["mine.Special", "builtins.ValueError"], "message": "no"})
    assert type(err) is ValueError and "Special" in str(err)
    err = student_exception({"raised": ["builtins.KeyboardInterrupt"], "message": ""})
    assert type(err) is TimeoutError
    err = student_exception({"raised": ["builtins.SystemExit"], "message": "1"})
    assert type(err) is RuntimeError


# ------------------------------------------------------------ a student kernel and a judge


STUDENT = """\
import keras, numpy as np
def scale(a, factor=2.0):
    a *= factor  # changes its input in place
    return a.sum()
class Box:
    def __init__(self):
        self.items = [1, 2]
    def total(self):
        return sum(self.items)
def make_box():
    return Box()
same = Box()
def same_box():
    return same
def dense_model(n):
    model = keras.Sequential([keras.Input((n,)), keras.layers.Dense(3, activation="relu")])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    return model
def lambda_model():
    return keras.Sequential([keras.Input((2,)), keras.layers.Lambda(lambda x: x * 2)])
@keras.saving.register_keras_serializable(package="mine")
class Twice(keras.layers.Layer):
    def call(self, x):
        return 2 * x
def custom_model():
    return keras.Sequential([keras.Input((2,)), Twice()])
def weights_after_seed():
    return dense_model(2).get_weights()[0]
"""


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    base = tmp_path_factory.mktemp("judge")
    work = base / "work"
    work.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(STUDENT)]
    student = StudentProcess(nb, work, Limits(wall_seconds=600))
    judge = JudgeProcess(Limits(), home=base / "judge-home")
    ran = student.run([0])
    assert ran["status"] == {"0": "ok"}, ran
    judge.run_cell("import keras\nimport numpy as np", "imports", "helper", student, 120)
    yield lambda source: judge.run_cell(source, "test", "test", student, 120)
    student.close()
    judge.close()


def test_calls_return_plain_values_and_mirror_in_place_changes(pair):
    verdict = pair(
        "x = np.ones(3)\n"
        "assert scale(x) == 6.0\n"
        "np.testing.assert_array_equal(x, [2, 2, 2], err_msg='the change came back')\n"
        "assert scale(np.ones(2), factor=3) == 6.0"
    )
    assert verdict["status"] == "ok", verdict


def test_objects_stay_in_the_kernel_as_handles(pair):
    verdict = pair(
        "box = make_box()\n"
        "assert box.total() == 3 and box.items == [1, 2]\n"
        "assert make_box() is not make_box() and same_box() is same_box()\n"
        "assert not isinstance(box, (int, list))\n"
        "try:\n"
        "    bool(box)\n"
        "except TypeError:\n"
        "    pass\n"
        "else:\n"
        "    raise AssertionError('a handle must refuse bool()')"
    )
    assert verdict["status"] == "ok", verdict


def test_keras_models_are_rebuilt_with_their_weights_and_compile_settings(pair):
    verdict = pair(
        "model = dense_model(4)\n"
        "assert isinstance(model, keras.Sequential)\n"
        "assert [layer.units for layer in model.layers] == [3]\n"
        "assert np.isclose(float(model.optimizer.learning_rate), 0.01)\n"
        "assert model.predict(np.ones((2, 4)), verbose=0).shape == (2, 3)\n"
        "model.fit(np.ones((8, 4)), np.zeros((8, 3)), epochs=1, verbose=0)"
    )
    assert verdict["status"] == "ok", verdict


@pytest.mark.parametrize(
    "factory, words", [("lambda_model", "Lambda"), ("custom_model", "custom layers")]
)
def test_a_model_that_cannot_be_rebuilt_fails_with_a_reason(pair, factory, words):
    verdict = pair(f"model = {factory}()")
    assert verdict["status"] == "error" and verdict["ename"] == "ModelNotRebuilt"
    assert words in verdict["evalue"], verdict["evalue"]


def test_seeding_in_a_test_seeds_the_student_kernel(pair):
    verdict = pair(
        "keras.utils.set_random_seed(3)\n"
        "first = weights_after_seed()\n"
        "keras.utils.set_random_seed(3)\n"
        "np.testing.assert_array_equal(first, weights_after_seed())"
    )
    assert verdict["status"] == "ok", verdict


def test_missing_names_and_the_students_errors_fail_the_test(pair):
    assert pair("undefined_name")["ename"] == "NameError"
    verdict = pair("scale('text')")
    assert verdict["status"] == "error" and verdict["ename"] == "TypeError"


def test_a_change_of_shape_in_place_is_copied_back():
    original = np.arange(4.0).reshape(2, 2)
    mirror(original, np.arange(4.0))
    assert original.shape == (4,)
    grown = np.zeros(2)
    mirror(grown, np.ones(3))
    np.testing.assert_array_equal(grown, [1, 1, 1])
