"""The plain-data format in which the student kernel answers the judge, and its strict decoder.

A frame is b"AGW1", the length of a JSON header (8 bytes, little-endian), the header, and raw
buffers. The header is {"v": node, "b": [length of each buffer]}; a node is JSON null, a bool,
a number or a string, or an object with a type tag "t":

    complex, list, tuple, set, frozenset, dict (keys and values as lists), bytes, range;
    nd / npscalar     a numpy array or scalar: dtype (bool, integer, float, complex, fixed-width
                      unicode, datetime64, timedelta64; little-endian), shape, buffer number;
    objarr            an object array of plain values;
    rng / randomstate a numpy random generator, as its bit generator's name and state;
    df, series, index, rangeindex   pandas objects as plain columns;
    keras             a Keras model as its JSON config, compile config and weight arrays
                      (rebuilt by the judge with Keras's own classes, see judge.py);
    h                 a handle: an object that stays in the student kernel, by number;
    arg               a call's own (mutable) argument, returned as it is: the judge's object;
    control, return   the agent's answers about the kernel and to calls (agent.py).

`decode` builds nothing else: no pickle, no class named by the sender, no code. It checks
sizes and nesting, and every failure is a WireError, which the judge reports as the student's
answer being unusable. The encoder is agent.py (it runs in the student kernel).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

import numpy as np

MAGIC = b"AGW1"
MAX_FRAME_BYTES = 512 * 1024**2
MAX_HEADER_BYTES = 64 * 1024**2
MAX_DEPTH = 64
MAX_NODES = 2_000_000
ALLOWED_KINDS = "biufcUMm"
BIT_GENERATORS = ("PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64")


class WireError(Exception):
    """An answer from the student kernel that is not a well-formed frame of plain data."""


class Decoder:
    """Decodes one frame. `handle` and `keras` build the judge's objects for those two tags."""

    def __init__(
        self,
        handle: Callable[[dict], Any] | None = None,
        keras: Callable[[dict, list[np.ndarray]], Any] | None = None,
        argument: Callable[[Any], Any] | None = None,
    ):
        self.handle = handle
        self.keras = keras
        self.argument = argument
        self.nodes = 0
        self.buffers: list[bytes] = []

    def frame(self, data: bytes) -> Any:
        if len(data) > MAX_FRAME_BYTES:
            raise WireError(f"an answer of {len(data) / 2**20:.0f} MB is too large")
        if len(data) < 12 or data[:4] != MAGIC:
            raise WireError("not an answer in the grader's format")
        size = int.from_bytes(data[4:12], "little")
        if size > MAX_HEADER_BYTES or 12 + size > len(data):
            raise WireError("a damaged answer (header size)")
        try:
            header = json.loads(data[12 : 12 + size].decode("utf-8"))
        except (ValueError, RecursionError) as exc:
            raise WireError(f"a damaged answer ({type(exc).__name__})") from None
        if not isinstance(header, dict) or set(header) != {"v", "b"}:
            raise WireError("a damaged answer (header)")
        lengths = header["b"]
        if not isinstance(lengths, list) or not all(type(n) is int and n >= 0 for n in lengths):
            raise WireError("a damaged answer (buffer list)")
        if 12 + size + sum(lengths) != len(data):
            raise WireError("a damaged answer (buffer sizes)")
        offset = 12 + size
        for n in lengths:
            self.buffers.append(data[offset : offset + n])
            offset += n
        try:
            return self.node(header["v"], 0)
        except _Raised as raised:  # the judge's own callback refused a value: its reason
            raise raised.error from None
        except WireError:
            raise
        except RecursionError:
            raise WireError("an answer nested too deeply") from None
        except Exception as exc:  # anything malformed that the checks above did not name
            raise WireError(f"a damaged answer ({type(exc).__name__}: {exc})"[:300]) from None

    # -- nodes -----------------------------------------------------------------------------
    def node(self, x: Any, depth: int) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise WireError("an answer with too many parts")
        if depth > MAX_DEPTH:
            raise WireError("an answer nested too deeply")
        if x is None or type(x) in (bool, str):
            return x
        if type(x) is int:
            return x
        if type(x) is float:
            return x
        if type(x) is not dict or type(x.get("t")) is not str:
            raise WireError("a damaged answer (untagged value)")
        tag = x["t"]
        method = getattr(self, "tag_" + tag, None)
        if method is None:
            raise WireError(f"a damaged answer (unknown tag {tag[:20]!r})")
        return method(x, depth + 1)

    def items(self, x: dict, key: str, depth: int) -> list:
        values = x.get(key)
        if type(values) is not list:
            raise WireError("a damaged answer (list expected)")
        return [self.node(v, depth) for v in values]

    def tag_complex(self, x, depth):
        re, im = x.get("re"), x.get("im")
        if type(re) not in (int, float) or type(im) not in (int, float):
            raise WireError("a damaged complex number")
        return complex(re, im)

    def tag_list(self, x, depth):
        return self.items(x, "v", depth)

    def tag_tuple(self, x, depth):
        return tuple(self.items(x, "v", depth))

    def tag_set(self, x, depth):
        return set(self.hashable(v) for v in self.items(x, "v", depth))

    def tag_frozenset(self, x, depth):
        return frozenset(self.hashable(v) for v in self.items(x, "v", depth))

    def tag_dict(self, x, depth):
        keys, values = self.items(x, "k", depth), self.items(x, "v", depth)
        if len(keys) != len(values):
            raise WireError("a damaged dictionary")
        return {self.hashable(k): v for k, v in zip(keys, values, strict=True)}

    @staticmethod
    def hashable(key):
        try:
            hash(key)
        except TypeError:
            raise WireError("a dictionary key or set element that is not hashable") from None
        return key

    def buffer(self, x) -> bytes:
        index = x.get("b")
        if type(index) is not int or not 0 <= index < len(self.buffers):
            raise WireError("a damaged answer (buffer number)")
        return self.buffers[index]

    def tag_bytes(self, x, depth):
        return bytes(self.buffer(x))

    def tag_range(self, x, depth):
        values = x.get("v")
        if type(values) is not list or len(values) != 3 or not all(type(v) is int for v in values):
            raise WireError("a damaged range")
        return range(*values)

    @staticmethod
    def dtype(text) -> np.dtype:
        if type(text) is not str or len(text) > 32:
            raise WireError("a damaged array type")
        try:
            dtype = np.dtype(text)
        except TypeError:
            raise WireError(f"an array type the grader does not accept: {text[:32]}") from None
        if dtype.kind not in ALLOWED_KINDS or dtype.byteorder == ">" or dtype.fields:
            raise WireError(f"an array type the grader does not accept: {text[:32]}")
        return dtype

    def tag_nd(self, x, depth):
        dtype = self.dtype(x.get("dtype"))
        shape = x.get("shape")
        if (
            type(shape) is not list
            or len(shape) > 32
            or not all(type(n) is int and n >= 0 for n in shape)
        ):
            raise WireError("a damaged array shape")
        data = self.buffer(x)
        count = math.prod(shape)
        if count * dtype.itemsize != len(data):
            raise WireError("an array whose size does not match its shape")
        return np.frombuffer(data, dtype=dtype, count=count).reshape(shape).copy()

    def tag_npscalar(self, x, depth):
        array = self.tag_nd(x, depth)
        if array.shape != ():
            raise WireError("a damaged numpy scalar")
        return array[()]

    def tag_objarr(self, x, depth):
        shape = x.get("shape")
        values = self.items(x, "v", depth)
        if type(shape) is not list or not all(type(n) is int and n >= 0 for n in shape):
            raise WireError("a damaged array shape")
        if math.prod(shape) != len(values):
            raise WireError("an array whose size does not match its shape")
        array = np.empty(len(values), dtype=object)
        array[:] = values
        return array.reshape(shape)

    def tag_rng(self, x, depth):
        name = x.get("bitgen")
        if name not in BIT_GENERATORS:
            raise WireError("a random generator the grader does not know")
        generator = np.random.Generator(getattr(np.random, name)())
        try:
            generator.bit_generator.state = self.node(x.get("state"), depth)
        except (TypeError, ValueError, KeyError) as exc:
            raise WireError(f"a damaged random generator state ({exc})"[:200]) from None
        return generator

    def tag_randomstate(self, x, depth):
        state = self.node(x.get("state"), depth)
        generator = np.random.RandomState()
        try:
            generator.set_state(state)
        except (TypeError, ValueError, KeyError) as exc:
            raise WireError(f"a damaged random state ({exc})"[:200]) from None
        return generator

    # -- pandas ----------------------------------------------------------------------------
    def label(self, value):
        if value is not None and type(value) not in (str, int, float, bool, tuple):
            if not isinstance(value, np.generic):
                raise WireError("a pandas label that is not plain")
        return self.hashable(value)

    def tag_rangeindex(self, x, depth):
        import pandas as pd

        values = x.get("v")
        if type(values) is not list or len(values) != 3 or not all(type(v) is int for v in values):
            raise WireError("a damaged index")
        return pd.RangeIndex(*values, name=self.label(self.node(x.get("name"), depth)))

    def column(self, x, depth) -> np.ndarray:
        values = self.node(x, depth)
        if not isinstance(values, np.ndarray) or values.ndim != 1:
            raise WireError("a damaged pandas column")
        return values

    def tag_index(self, x, depth):
        import pandas as pd

        name = self.label(self.node(x.get("name"), depth))
        return pd.Index(self.column(x.get("values"), depth), name=name)

    def index(self, x, depth):
        import pandas as pd

        index = self.node(x, depth)
        if not isinstance(index, pd.Index):
            raise WireError("a damaged pandas index")
        return index

    def tag_series(self, x, depth):
        import pandas as pd

        values = self.column(x.get("values"), depth)
        index = self.index(x.get("index"), depth)
        if len(index) != len(values):
            raise WireError("a damaged pandas Series")
        return pd.Series(values, index=index, name=self.label(self.node(x.get("name"), depth)))

    def tag_df(self, x, depth):
        import pandas as pd

        labels = [self.label(v) for v in self.items(x, "labels", depth)]
        columns = [self.column(c, depth) for c in (x.get("columns") or [])]
        index = self.index(x.get("index"), depth)
        if len(labels) != len(columns) or any(len(c) != len(index) for c in columns):
            raise WireError("a damaged pandas DataFrame")
        frame = pd.DataFrame(dict(enumerate(columns)), index=index)
        frame.columns = pd.Index(labels) if labels else frame.columns
        return frame

    # -- what only the judge can build -----------------------------------------------------
    def tag_h(self, x, depth):
        if self.handle is None or type(x.get("id")) is not int:
            raise WireError("a damaged answer (handle)")
        return self.handle(x)

    def tag_keras(self, x, depth):
        if self.keras is None:
            raise WireError("a Keras model where none was expected")
        if "error" in x:
            spec, weights = {"error": str(x["error"])[:300]}, []
        else:
            weights = self.items(x, "weights", depth)
            if not all(isinstance(w, np.ndarray) for w in weights):
                raise WireError("a damaged Keras model (weights)")
            config, compiled = x.get("config"), x.get("compile")
            if type(config) is not str or (compiled is not None and type(compiled) is not str):
                raise WireError("a damaged Keras model (config)")
            spec = {"config": config, "compile": compiled}
        try:
            return self.keras(spec, weights)
        except Exception as exc:
            raise _Raised(exc) from None

    def tag_arg(self, x, depth):
        key = x.get("k")
        if self.argument is None or type(key) not in (int, str):
            raise WireError("a damaged answer (argument)")
        return self.argument(key)

    def tag_control(self, x, depth):
        return Control(x.get("v"))

    def tag_return(self, x, depth):
        mirror = self.items(x, "mirror", depth)
        return Returned(self.node(x.get("value"), depth), mirror)


class _Raised(Exception):
    """Carries an exception of the judge's own callbacks through the decoder unchanged."""

    def __init__(self, error: Exception):
        self.error = error


class Control:
    """The agent's answer about the kernel itself (missing names, changed names, an exception)."""

    def __init__(self, value: Any):
        self.value = value if type(value) is dict else {}


class Returned:
    """A call's result and the arguments' state after the call (to mirror in-place changes)."""

    def __init__(self, value: Any, mirror: list):
        self.value = value
        self.mirror = mirror


def decode(
    data: bytes,
    handle: Callable[[dict], Any] | None = None,
    keras: Callable[[dict, list[np.ndarray]], Any] | None = None,
    argument: Callable[[Any], Any] | None = None,
) -> Any:
    """The value a frame holds; WireError when it is not a well-formed frame of plain data.

    `argument(key)` gives the judge's own argument for a call result that is the argument
    itself (tag "arg"): a function that returns its input returns the judge's object.
    """
    return Decoder(handle, keras, argument).frame(data)
