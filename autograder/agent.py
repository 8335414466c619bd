"""The student kernel's side of grading: answers the judge's questions about the notebook's names.

This file is not imported by the grader. Its source is sent to the student kernel when the
kernel starts (sandbox.py), where it runs as a module named `_autograder_agent`; everything in
it is therefore as untrusted as the student's own code, which can read, replace or break it.
Nothing here decides a grade: the judge (judge.py) asks, and decodes every answer with a
decoder that can build plain data only (wire.py).

A request arrives as a message of the comm "autograder" (handled on the kernel's main thread,
outside IPython's cell machinery): a JSON header and, for calls, a pickle of the arguments (the
judge's inputs may take any form). The reply goes back on the same comm: a frame of the
plain-data format of wire.py, as a binary buffer.
Values that are not plain data stay here as handles; the judge refers to them by number.
"""

import json
import pickle
import sys

MAGIC = b"AGW1"
MAX_DEPTH = 40
PLAIN_KINDS = "biufcUMm"  # numpy dtype kinds that cross as raw bytes
BIT_GENERATORS = ("PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64")

_handles = {}  # handle number -> object (kept alive, so that ids are never reused)
_numbers = {}  # id(object) -> handle number
_snapshot = {}  # user name -> id(value) at the last `changed` request


def _handle(value):
    key = id(value)
    number = _numbers.get(key)
    if number is None or _handles.get(number) is not value:
        number = len(_handles) + 1
        _handles[number] = value
        _numbers[key] = number
    kind = type(value)
    return {
        "t": "h",
        "id": number,
        "type": f"{kind.__module__}.{kind.__qualname__}"[:120],
        "callable": callable(value),
    }


class _Encoder:
    def __init__(self, arguments=None):
        self.buffers = []
        self.arguments = arguments or {}  # id of a call's mutable argument -> its position

    def buffer(self, data):
        self.buffers.append(data.tobytes() if hasattr(data, "tobytes") else bytes(data))
        return len(self.buffers) - 1

    def array(self, arr):
        np = sys.modules["numpy"]
        arr = np.asarray(arr)
        if arr.dtype.byteorder == ">":
            arr = arr.astype(arr.dtype.newbyteorder("<"))
        if not arr.flags.c_contiguous:
            arr = arr.copy(order="C")
        return {"t": "nd", "dtype": arr.dtype.str, "shape": list(arr.shape), "b": self.buffer(arr)}

    def node(self, x, depth=0):
        kind = type(x)
        if x is None or kind in (bool, int, str):
            return x
        if id(x) in self.arguments:  # the call returned (a part that is) one of its arguments
            return {"t": "arg", "k": self.arguments[id(x)]}
        if kind is float:
            return x
        if depth > MAX_DEPTH:
            return _handle(x)
        if kind is complex:
            return {"t": "complex", "re": x.real, "im": x.imag}
        if kind in (list, tuple, set, frozenset):
            return {"t": kind.__name__, "v": [self.node(v, depth + 1) for v in x]}
        if kind is dict:
            items = list(x.items())
            return {
                "t": "dict",
                "k": [self.node(k, depth + 1) for k, _ in items],
                "v": [self.node(v, depth + 1) for _, v in items],
            }
        if kind in (bytes, bytearray):
            return {"t": "bytes", "b": self.buffer(x)}
        if kind is range:
            return {"t": "range", "v": [x.start, x.stop, x.step]}
        np = sys.modules.get("numpy")
        if np is not None:
            found = self.numpy(np, x, depth)
            if found is not None:
                return found
        pd = sys.modules.get("pandas")
        if pd is not None:
            found = self.pandas(pd, x, depth)
            if found is not None:
                return found
        keras = sys.modules.get("keras")
        if keras is not None and isinstance(x, keras.Model):
            return self.keras_model(x)
        return _handle(x)

    def numpy(self, np, x, depth):
        if isinstance(x, np.ndarray):
            if x.dtype.kind in PLAIN_KINDS:
                return self.array(x)
            if x.dtype.kind == "O" and x.size <= 1_000_000:
                flat = [self.node(v, depth + 1) for v in x.ravel().tolist()]
                if all(not isinstance(v, dict) or v.get("t") != "h" for v in flat):
                    return {"t": "objarr", "shape": list(x.shape), "v": flat}
            return _handle(x)
        if isinstance(x, np.generic) and np.asarray(x).dtype.kind in PLAIN_KINDS:
            node = self.array(np.asarray(x))
            node["t"] = "npscalar"
            return node
        if isinstance(x, np.random.Generator):
            bitgen = type(x.bit_generator).__name__
            if bitgen in BIT_GENERATORS:
                return {"t": "rng", "bitgen": bitgen, "state": self.node(x.bit_generator.state)}
        if isinstance(x, np.random.RandomState):
            return {"t": "randomstate", "state": self.node(x.get_state(legacy=False))}
        return None

    def pandas(self, pd, x, depth):
        np = sys.modules["numpy"]
        if isinstance(x, (pd.RangeIndex,)):
            return {"t": "rangeindex", "v": [x.start, x.stop, x.step], "name": self.node(x.name)}
        if isinstance(x, pd.Index):
            return {"t": "index", "values": self.column(np, x), "name": self.node(x.name)}
        if isinstance(x, pd.Series):
            return {
                "t": "series",
                "values": self.column(np, x),
                "index": self.node(x.index, depth + 1),
                "name": self.node(x.name),
            }
        if isinstance(x, pd.DataFrame):
            return {
                "t": "df",
                "labels": [self.node(c) for c in x.columns],
                "columns": [self.column(np, x.iloc[:, i]) for i in range(x.shape[1])],
                "index": self.node(x.index, depth + 1),
            }
        return None

    def column(self, np, values):
        arr = np.asarray(values)
        if arr.dtype.kind in PLAIN_KINDS:
            return self.array(arr)
        return {"t": "objarr", "shape": list(arr.shape), "v": [self.node(v) for v in arr.tolist()]}

    def keras_model(self, model):
        try:
            config = model.to_json()
            compiled = None
            if getattr(model, "compiled", False):
                compiled = json.dumps(model.get_compile_config())
            weights = [self.array(w) for w in model.get_weights()]
        except Exception as exc:  # a subclassed model without get_config, ...
            return {"t": "keras", "error": f"{type(exc).__name__}: {exc}"[:300]}
        return {"t": "keras", "config": config, "compile": compiled, "weights": weights}


def encode(value):
    """A frame of the plain-data format holding value (other objects as handles)."""
    return reply_frame("value", value)


def _raised(exc):
    names = [f"{k.__module__}.{k.__qualname__}" for k in type(exc).__mro__]
    try:
        message = str(exc)
    except Exception:
        message = "(a message that could not be shown)"
    return {"raised": names[:20], "message": message[:2000]}


class _Unpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, number = pid
        if kind != "h" or number not in _handles:
            raise pickle.UnpicklingError("unknown handle")
        return _handles[number]


def _user_ns():
    from IPython import get_ipython

    return get_ipython().user_ns


def _changed():
    names = []
    current = {}
    for name, value in list(_user_ns().items()):
        current[name] = id(value)
        if _snapshot.get(name) != id(value):
            names.append(name)
    gone = [name for name in _snapshot if name not in current]
    _snapshot.clear()
    _snapshot.update(current)
    return {"changed": names, "gone": gone}


def _seed(value):
    import random

    random.seed(value)
    np = sys.modules.get("numpy")
    if np is not None:
        np.random.seed(value)
    keras = sys.modules.get("keras")
    if keras is not None:
        keras.utils.set_random_seed(value)


def _answer(request, payload):
    """(kind, answer): "control" for plain JSON about the kernel, "value" or "return"."""
    op = request["op"]
    if op == "changed":
        return "control", _changed()
    if op == "get":
        ns = _user_ns()
        if request["name"] not in ns:
            return "control", {"missing": request["name"]}
        return "value", ns[request["name"]]
    if op == "seed":
        _seed(request["value"])
        return "control", {"seeded": True}
    target = _handles[request["h"]]
    if op == "getattr":
        return "value", getattr(target, request["name"])
    if op == "vars":
        return "value", dict(vars(target))
    if op == "len":
        return "value", len(target)
    if op == "list":
        return "value", list(target)
    if op == "array":
        import numpy

        return "value", numpy.asarray(target)
    if op == "getitem":
        return "value", target[_Unpickler(_io().BytesIO(payload)).load()]
    if op == "call":
        args, kwargs, mirrored = _Unpickler(_io().BytesIO(payload)).load()
        with _context(request.get("context") or {}):
            result = target(*args, **kwargs)
        after = [args[i] if isinstance(i, int) else kwargs[i] for i in mirrored]
        positions = {id(args[i] if isinstance(i, int) else kwargs[i]): i for i in mirrored}
        return "return", (result, after, positions)
    raise ValueError(f"unknown request {op!r}")


class _context:
    """The test's numpy error handling and warning filters, around a call (see judge.py)."""

    def __init__(self, context):
        self.context = context

    def __enter__(self):
        import builtins
        import warnings

        self.catcher = warnings.catch_warnings()
        self.catcher.__enter__()
        for action, message, category, module, lineno in reversed(self.context["warnings"]):
            kind = getattr(builtins, category, Warning)
            warnings.filterwarnings(action, message, kind, module, lineno)
        self.errstate = None
        np = sys.modules.get("numpy")
        if np is not None and "errstate" in self.context:
            self.errstate = np.errstate(**self.context["errstate"])
            self.errstate.__enter__()

    def __exit__(self, *exc):
        if self.errstate is not None:
            self.errstate.__exit__(*exc)
        self.catcher.__exit__(*exc)
        return False


def _io():
    import io

    return io


def _frame(header, buffers):
    head = json.dumps({"v": header, "b": [len(b) for b in buffers]}).encode()
    return MAGIC + len(head).to_bytes(8, "little") + head + b"".join(buffers)


def reply_frame(kind, answer):
    """The frame of an answer: control JSON, a value, or a call's result and mirrored arguments."""
    if kind == "control":
        return _frame({"t": "control", "v": answer}, [])
    encoder = _Encoder()
    if kind == "return":
        result, after, positions = answer
        mirror = [encoder.node(v) for v in after]
        encoder.arguments = positions
        header = {"t": "return", "value": encoder.node(result), "mirror": mirror}
    else:
        header = encoder.node(answer)
    return _frame(header, encoder.buffers)


def _on_open(comm, open_message):
    def on_message(message):
        content = message.get("content", {})
        request = json.loads(content.get("data", {}).get("request", "{}"))
        buffers = message.get("buffers") or []
        payload = bytes(buffers[0]) if buffers else b""
        try:
            frame = reply_frame(*_answer(request, payload))
        except BaseException as exc:  # the student's code raised: that is an answer too
            frame = reply_frame("control", _raised(exc))
        comm.send({"reply": request.get("op", "")}, buffers=[frame])

    comm.on_msg(on_message)


def reset():
    """Forget every handle and start the record of names again (a new notebook begins)."""
    _handles.clear()
    _numbers.clear()
    _snapshot.clear()
    _changed()


def setup():
    """Called once when the kernel starts: take requests, and note the names before any cell."""
    import comm

    comm.get_comm_manager().register_target("autograder", _on_open)
    _changed()
