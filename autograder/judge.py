"""The judge: runs an assignment's test cells in a process that never executes student code.

`python -I -m autograder.judge` is started by the grader next to each notebook's sandbox
(sandbox.py). It runs the source's locked helper cells (the imports) and its test cells, in
order, in a namespace of its own. Wherever a test uses a name that the student's notebook
defines, the name resolves through the student kernel (agent.py): the answer comes back as
plain data, decoded by wire.py, which can build numbers, strings, containers, numpy arrays,
pandas frames and random generators and nothing else. A student's object that is not plain
data stays in the student kernel as a handle (`Remote`): its attributes and methods are again
asked for, and what they return is again plain data or a handle. Keras models cross as their
config and weights and are rebuilt here with Keras's own classes in safe mode, so that tests
train and evaluate them in the judge. Arguments travel to the student kernel in any form (a
pickle, loaded there); arguments that the student's code may change in place (arrays, lists,
dictionaries, frames, random generators) come back after the call and the change is copied
onto the judge's own objects, so that "must not change its input" checks see it.

The test's expected values and its source never leave this process; the student kernel only
ever sees the inputs of the calls the tests make. A test cell passes when it raises nothing
here. See the threat model in book/instructors.md for what this does and does not prevent.
"""

from __future__ import annotations

import builtins
import contextlib
import io
import json
import os
import sys
import tempfile
import time
from typing import Any

from . import channel, checks
from .wire import Control, Returned, WireError, decode

MAX_PARAMETERS = 50_000_000  # of a rebuilt Keras model
MAX_KERAS_OBJECTS = 2_000  # layers and other objects in its config
JUDGE_GRACE = 30.0  # seconds the judge's own work may take beyond a test's time limit
STDOUT_KEPT = 10_000  # characters of what a test printed, kept for the autograded notebook
ALLOWED_DUNDERS = {"__sklearn_is_fitted__", "__sklearn_tags__", "__name__", "__qualname__"}


class StudentGone(Exception):
    """The student kernel cannot answer any more (it died, or stopped answering in time)."""


class StudentFailed(Exception):
    """One question to the student kernel got no usable answer (the kernel still runs)."""


class ModelNotRebuilt(Exception):
    """A Keras model from the student's notebook that the judge cannot rebuild safely."""


# ------------------------------------------------------------------------- the student side


class Remote:
    """An object that stays in the student kernel; attributes and calls are asked for there."""

    __slots__ = ("_session", "_number", "_type", "_callable")

    def __init__(self, session: Session, number: int, kind: str, is_callable: bool):
        object.__setattr__(self, "_session", session)
        object.__setattr__(self, "_number", number)
        object.__setattr__(self, "_type", kind)
        object.__setattr__(self, "_callable", is_callable)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__") and name not in ALLOWED_DUNDERS:
            raise AttributeError(name)
        if name.startswith(("_repr_", "_ipython_")):
            raise AttributeError(name)
        return self._session.ask({"op": "getattr", "h": self._number, "name": name})

    def __setattr__(self, name: str, value: Any) -> None:
        raise TypeError(f"the grader cannot set attributes of {self!r}")

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._session.call(self, args, kwargs)

    def __array__(self, dtype=None, copy=None):
        import numpy as np

        value = self._session.ask({"op": "array", "h": self._number})
        if not isinstance(value, np.ndarray):
            raise TypeError(f"{self!r} cannot be turned into a numpy array")
        return value if dtype is None else value.astype(dtype)

    def __len__(self) -> int:
        value = self._session.ask({"op": "len", "h": self._number})
        if type(value) is not int:
            raise TypeError(f"len() of {self!r} is not a number")
        return value

    def __iter__(self):
        value = self._session.ask({"op": "list", "h": self._number})
        if type(value) is not list:
            raise TypeError(f"{self!r} cannot be iterated")
        return iter(value)

    def __getitem__(self, key: Any) -> Any:
        return self._session.ask({"op": "getitem", "h": self._number}, self._session.pickled(key))

    @property
    def __dict__(self) -> dict:  # vars(remote): scikit-learn's check_is_fitted reads it
        value = self._session.ask({"op": "vars", "h": self._number})
        if type(value) is not dict:
            raise TypeError(f"vars() of {self!r} is not a dictionary")
        return value

    def __bool__(self) -> bool:
        raise TypeError(
            f"a test needs a plain value (True or False, a number) here, and your code gave "
            f"{self!r}"
        )

    def __repr__(self) -> str:
        return f"<{self._type} object from your notebook>"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __reduce__(self):
        raise TypeError("a handle travels only as itself (see Session.pickled)")


_PICKLER: list[type] = []


def _pickler_class() -> type:
    """cloudpickle's pickler (it sends the tests' lambdas by value), with handles as numbers."""
    if not _PICKLER:
        import cloudpickle

        class Pickler(cloudpickle.CloudPickler):
            def persistent_id(self, obj: Any) -> Any:
                if type(obj) is Remote:
                    return ("h", obj._number)
                return None

        _PICKLER.append(Pickler)
    return _PICKLER[0]


class Session:
    """The judge's connection to one student kernel (through the grader)."""

    def __init__(self, inbox: channel.Inbox, out):
        self.inbox = inbox
        self.out = out
        self.remotes: dict[int, Remote] = {}
        self.gone = ""

    # the exchange with the grader, which forwards to the student kernel
    def raw(self, request: dict, payload: bytes = b"") -> bytes:
        if self.gone:
            raise StudentGone(self.gone)
        head = json.dumps(request).encode()
        channel.send(self.out, {"op": "ask"}, len(head).to_bytes(8, "little") + head + payload)
        header, blob = self.inbox.get(None)
        if header.get("op") == "answer":
            return blob
        why = str(header.get("why") or "the notebook's kernel stopped answering")[:300]
        if header.get("op") == "failed":
            raise TimeoutError(why) if "stopped after" in why else StudentFailed(why)
        self.gone = why
        raise StudentGone(self.gone)

    def ask(self, request: dict, payload: bytes = b"") -> Any:
        answer = self.decode(self.raw(request, payload))
        if isinstance(answer, Returned):
            raise WireError("a damaged answer (an unexpected call result)")
        return answer

    def decode(self, data: bytes, arguments: dict | None = None) -> Any:
        def argument(key):
            if arguments is None or key not in arguments:
                raise WireError("a damaged answer (argument)")
            return arguments[key]

        answer = decode(data, handle=self.remote, keras=rebuild_model, argument=argument)
        if isinstance(answer, Control):
            if "raised" in answer.value:
                raise student_exception(answer.value)
            if "missing" in answer.value:
                raise KeyError(answer.value["missing"])
        return answer

    def remote(self, node: dict) -> Remote:
        number = node["id"]
        if number not in self.remotes:
            kind = str(node.get("type", "object"))[:120].rsplit(".", 1)[-1] or "object"
            self.remotes[number] = Remote(self, number, kind, node.get("callable") is True)
        return self.remotes[number]

    @staticmethod
    def pickled(value: Any) -> bytes:
        """The judge's value as a pickle for the student kernel (handles as their numbers)."""
        buffer = io.BytesIO()
        _pickler_class()(buffer, protocol=5).dump(value)
        return buffer.getvalue()

    def call(self, target: Remote, args: tuple, kwargs: dict) -> Any:
        mirrored = [i for i, a in enumerate(args) if mirrorable(a)]
        mirrored += [k for k, a in kwargs.items() if mirrorable(a)]
        payload = self.pickled((args, kwargs, mirrored))
        request = {"op": "call", "h": target._number, "context": call_context()}
        originals = {key: args[key] if isinstance(key, int) else kwargs[key] for key in mirrored}
        answer = self.decode(self.raw(request, payload), originals)
        if not isinstance(answer, Returned) or len(answer.mirror) != len(mirrored):
            raise WireError("a damaged answer to a call")
        for key, after in zip(mirrored, answer.mirror, strict=True):
            mirror(args[key] if isinstance(key, int) else kwargs[key], after)
        return answer.value

    def get(self, name: str) -> Any:
        return self.ask({"op": "get", "name": name})

    def changed(self) -> tuple[list[str], list[str]]:
        answer = self.ask({"op": "changed"})
        value = answer.value if isinstance(answer, Control) else {}
        names = [n for n in value.get("changed", []) if type(n) is str]
        gone = [n for n in value.get("gone", []) if type(n) is str]
        return names, gone

    def seed(self, value: int) -> None:
        self.ask({"op": "seed", "value": value})


def call_context() -> dict:
    """The test's numpy error handling and warning filters, for the student's code it calls.

    A test that turns overflows or warnings into errors (`np.errstate(over="raise")`,
    `warnings.simplefilter("error", RuntimeWarning)`) expects that of the code it calls, as if
    both ran in one process. Filters on builtin warning classes travel; others cannot.
    """
    import warnings

    context: dict = {"warnings": []}
    np = sys.modules.get("numpy")
    if np is not None:
        context["errstate"] = {k: v for k, v in np.geterr().items() if k != "under" or v}
    for action, message, category, module, lineno in warnings.filters:
        if getattr(builtins, category.__name__, None) is not category:
            continue
        context["warnings"].append(
            [
                action,
                getattr(message, "pattern", message) or "",
                category.__name__,
                getattr(module, "pattern", module) or "",
                lineno,
            ]
        )
    return context


def student_exception(raised: dict) -> Exception:
    """The judge's own exception for one the student's code raised (a builtin class, by name)."""
    names = [n for n in raised.get("raised", []) if type(n) is str]
    message = str(raised.get("message", ""))[:2000]
    original = names[0].rsplit(".", 1)[-1] if names else "Exception"
    for name in names:
        module, _, qualname = name.rpartition(".")
        if module != "builtins":
            continue
        if qualname == "KeyboardInterrupt":
            return TimeoutError("your code was stopped: it ran longer than the time limit")
        if qualname == "SystemExit":
            return RuntimeError("your code called exit() while a test was using it")
        found = getattr(builtins, qualname, None)
        if isinstance(found, type) and issubclass(found, Exception):
            if qualname != original:
                message = f"{original}: {message}" if message else original
            try:
                return found(message)
            except Exception:
                return Exception(message)
    return Exception(f"{original}: {message}" if message else original)


# ------------------------------------------------------------------- values the tests share


def mirrorable(value: Any) -> bool:
    """Arguments whose in-place changes by the student's code are copied back after a call."""
    np = sys.modules.get("numpy")
    pd = sys.modules.get("pandas")
    if type(value) in (list, dict, set):
        return True
    if np is not None and isinstance(value, (np.ndarray, np.random.Generator)):
        return True
    if np is not None and isinstance(value, np.random.RandomState):
        return True
    return pd is not None and isinstance(value, (pd.DataFrame, pd.Series))


def mirror(original: Any, after: Any) -> None:
    """Copy onto original (in place) the change the student's code made to its copy."""
    np = sys.modules.get("numpy")
    pd = sys.modules.get("pandas")
    if np is not None and isinstance(original, np.ndarray):
        if not isinstance(after, np.ndarray) or not original.flags.writeable:
            return
        if after.shape != original.shape:  # `a.shape = ...` or `a.resize(...)` in place
            try:
                if after.size == original.size:
                    original.shape = after.shape
                else:
                    original.resize(after.shape, refcheck=False)
            except (AttributeError, ValueError):
                return
        if not np.array_equal(original, after, equal_nan=original.dtype.kind in "fc"):
            original[...] = after.astype(original.dtype, copy=False)
        return
    if np is not None and isinstance(original, np.random.Generator):
        if isinstance(after, np.random.Generator):
            original.bit_generator.state = after.bit_generator.state
        return
    if np is not None and isinstance(original, np.random.RandomState):
        if isinstance(after, np.random.RandomState):
            original.set_state(after.get_state())
        return
    if type(original) is list and type(after) is list:
        if len(original) == len(after):
            for i, (old, new) in enumerate(zip(original, after, strict=True)):
                if mirrorable(old):
                    mirror(old, new)
                elif not _same(old, new):
                    original[i] = new
        else:
            original[:] = after
        return
    if type(original) is dict and type(after) is dict:
        for key in [k for k in original if k not in after]:
            del original[key]
        for key, new in after.items():
            if key in original and mirrorable(original[key]):
                mirror(original[key], new)
            elif key not in original or not _same(original[key], new):
                original[key] = new
        return
    if type(original) is set and type(after) is set:
        if original != after:
            original.clear()
            original.update(after)
        return
    if pd is not None and isinstance(original, (pd.DataFrame, pd.Series)):
        if type(after) is type(original) and not original.equals(after):
            original._update_inplace(after)
            if isinstance(original, pd.DataFrame):
                original.columns = after.columns
            original.index = after.index


def _same(a: Any, b: Any) -> bool:
    try:
        return type(a) is type(b) and bool(a == b)
    except Exception:
        return False


def _check_keras_config(node: Any, counter: list[int]) -> None:
    if isinstance(node, dict):
        if "class_name" in node:
            counter[0] += 1
            if counter[0] > MAX_KERAS_OBJECTS:
                raise ModelNotRebuilt("your model has too many layers and parts to rebuild")
            name = node.get("class_name")
            if name in ("Lambda", "TFOpLambda", "__lambda__") or not isinstance(name, str):
                raise ModelNotRebuilt(
                    "your model contains a Lambda layer (Python code inside the model), which "
                    "the grader cannot rebuild: use Keras's built-in layers only"
                )
            module = node.get("module")
            custom = node.get("registered_name") not in (None, name)
            if (
                custom
                or module is not None
                and not (module in ("builtins",) or str(module).split(".")[0] == "keras")
            ):
                where = f" from {module}" if module else ""
                raise ModelNotRebuilt(
                    f"your model uses {name}{where}: the grader rebuilds models from Keras's "
                    "own layers only (no custom layers, losses or activations)"
                )
        for value in node.values():
            _check_keras_config(value, counter)
    elif isinstance(node, list):
        for value in node:
            _check_keras_config(value, counter)


def rebuild_model(spec: dict, weights: list) -> Any:
    """A Keras model from the student's notebook, rebuilt from its config and weights."""
    if "error" in spec:
        raise ModelNotRebuilt(
            f"your Keras model could not be sent to the grader ({spec['error']}); build it "
            "from Keras's own layers (keras.Sequential or the functional API)"
        )
    if sum(int(w.size) for w in weights) > MAX_PARAMETERS:
        raise ModelNotRebuilt(f"your model has more than {MAX_PARAMETERS:,} parameters")
    try:
        config = json.loads(spec["config"])
    except (ValueError, RecursionError):
        raise ModelNotRebuilt("your model's configuration could not be read") from None
    _check_keras_config(config, [0])
    import keras
    from keras.src.saving.serialization_lib import SafeModeScope

    try:
        with SafeModeScope(True):
            model = keras.models.model_from_json(spec["config"])
            if weights:
                model.set_weights(weights)
            if spec.get("compile"):
                model.compile_from_config(json.loads(spec["compile"]))
    except ModelNotRebuilt:
        raise
    except Exception as exc:
        reason = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        raise ModelNotRebuilt(f"the grader could not rebuild your Keras model ({reason})") from None
    return model


# ------------------------------------------------------------------- the judge's namespace


class Namespace(dict):
    """The tests' globals: the judge's own names first, then the student's (see module doc)."""

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.fetched: dict[str, Any] = {}
        self.pinned: dict[str, Any] = {}
        self["__name__"] = "__judge__"

    def __missing__(self, name: str) -> Any:
        if name.startswith("__") or name in builtins.__dict__:
            raise KeyError(name)
        if name in self.fetched:
            return self.fetched[name]
        value = self.session.get(name)
        self.fetched[name] = value
        return value

    def sync(self) -> None:
        """Forget the judge's copies of names the student's cells have bound since."""
        self.fetched.clear()
        try:
            changed, gone = self.session.changed()
        except (StudentGone, WireError, KeyError):
            changed, gone = [], []
        for name in changed + gone:
            if name not in self.pinned and not name.startswith("__"):
                self.pop(name, None)
        self.update(self.pinned)


_current: list[Session] = []


def _forward_seed(original):
    def seeded(seed=None, *args, **kwargs):
        result = original(seed, *args, **kwargs)
        if _current and type(seed) is int:
            with contextlib.suppress(StudentGone):
                _current[0].seed(seed)
        return result

    seeded.__autograder_forwards__ = True
    seeded.__wrapped__ = original
    seeded.__doc__ = original.__doc__
    return seeded


def forward_seeds() -> None:
    """Seeding in a test seeds the student kernel too (their models start from the same weights)."""
    targets = [("numpy.random", "seed"), ("random", "seed")]
    targets += [
        ("keras.utils", "set_random_seed"),
        ("keras.src.utils.rng_utils", "set_random_seed"),
    ]
    for module_name, attr in targets:
        module = sys.modules.get(module_name)
        function = getattr(module, attr, None) if module is not None else None
        if function is not None and not getattr(function, "__autograder_forwards__", False):
            setattr(module, attr, _forward_seed(function))


def _failure(exc: BaseException) -> tuple[str, str]:
    return type(exc).__name__, str(exc).strip()[:2000]


def run_cell(namespace: Namespace, source: str, name: str, kind: str) -> dict:
    """Run one helper or test cell; its verdict (status, exception, what it printed).

    A test cell runs one top-level statement at a time (checks.py): every check is tried and
    its outcome kept (`checks`: passed, line, message), so that a failing check costs only
    its own points; a setup statement that raises fails every check after it. The verdict's
    status is "ok" when every check passed, its ename/evalue those of the first failure.
    """
    before = {k: id(v) for k, v in namespace.items()}
    printed = io.StringIO()
    status, ename, evalue = "ok", "", ""
    outcomes: list[dict] = []
    segments = checks.split(source) if kind == "test" else None
    filename = f"<{name}>"
    try:
        namespace.sync()
        with contextlib.redirect_stdout(printed):
            if segments is None:
                exec(compile(source, filename, "exec"), namespace)  # noqa: S102 (its tests)
            else:
                _run_checks(namespace, segments, filename, outcomes)
    except Exception as exc:
        ename, evalue = _failure(exc)
        status = "error"
    failed = [o for o in outcomes if not o["passed"]]
    if failed and status == "ok":
        status, ename, evalue = "error", failed[0]["ename"], failed[0]["evalue"]
    if kind == "helper":
        for key, value in namespace.items():
            if before.get(key) != id(value) and not key.startswith("__"):
                namespace.pinned[key] = value
        forward_seeds()
    verdict = {
        "op": "verdict",
        "status": status,
        "ename": ename,
        "evalue": evalue,
        "stdout": printed.getvalue()[:STDOUT_KEPT],
    }
    if segments is not None:
        verdict["checks"] = outcomes
    return verdict


def _run_checks(namespace: Namespace, segments, filename: str, outcomes: list[dict]) -> None:
    """Run a test cell's statements in order, one outcome per check (see run_cell).

    A cell without checks is one check: it passes when none of its statements raises.
    """
    whole = not any(s.is_check for s in segments)
    broken: tuple[str, str] | None = None  # a setup statement that raised
    for segment in segments:
        counted = segment.is_check or whole
        if broken is None:
            try:
                exec(segment.code(filename), namespace)  # noqa: S102 (the assignment's tests)
            except Exception as exc:
                failure = _failure(exc)
                if counted:
                    outcomes.append(_outcome(segment, failure))
                if not segment.is_check:
                    broken = failure
                if whole:
                    return
                continue
            if segment.is_check:
                outcomes.append(_outcome(segment, None))
        elif segment.is_check:
            outcomes.append(_outcome(segment, broken))
    if whole:
        outcomes.append({"line": 1, "passed": True, "ename": "", "evalue": ""})


def _outcome(segment, failure: tuple[str, str] | None) -> dict:
    ename, evalue = failure or ("", "")
    return {"line": segment.first, "passed": failure is None, "ename": ename, "evalue": evalue}


def main() -> int:
    """The judge process: read cells from the grader, answer with verdicts."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # whatever the tests' libraries print stays off the grader's channel
    sys.stdout = io.TextIOWrapper(os.fdopen(1, "wb", closefd=False), write_through=True)
    header, _ = channel.receive(sys.stdin.buffer)
    walls = header.get("walls")
    if walls:
        from .isolation import enter

        enter(
            walls["home"],
            walls["hide"],
            walls["keep"],
            walls["uid"],
            disk_bytes=walls.get("disk_bytes"),
        )
    os.environ["HOME"] = walls["home"] if walls else os.environ.get("HOME", "/")
    inbox = channel.Inbox(sys.stdin.buffer)
    session = Session(inbox, out)
    _current[:] = [session]
    namespace = Namespace(session)
    channel.send(out, {"op": "ready"})
    while True:
        header, _ = inbox.get(None)
        op = header.get("op")
        if op == "cell":
            start = time.monotonic()
            verdict = run_cell(namespace, header["source"], header["name"], header["kind"])
            verdict["seconds"] = time.monotonic() - start
            channel.send(out, verdict)
        elif op == "reset":
            session = Session(inbox, out)
            _current[:] = [session]
            namespace = Namespace(session)
            if "keras" in sys.modules:
                sys.modules["keras"].backend.clear_session()
            channel.send(out, {"op": "reset"})
        else:
            return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except channel.ChannelClosed:
        sys.exit(0)


# ----------------------------------------------------------------------- the grader's side


class JudgeProcess:
    """A judge child process, seen from the grader: cells in, verdicts out.

    While a cell runs, the judge's questions for the student kernel pass through here to the
    notebook's StudentProcess (sandbox.py) and the answers back, unread. A judge that does not
    finish a cell in time, or dies, is closed; the verdict says why, and `dead` is set.
    """

    def __init__(self, limits, walls=None, uid: int | None = None, home=None):
        from pathlib import Path

        from .isolation import ControlGroup
        from .sandbox import Child, child_env

        home = Path(home or tempfile.mkdtemp(prefix="judge-"))
        home.mkdir(parents=True, exist_ok=True)
        (home / ".tmp").mkdir(exist_ok=True)
        group = None
        spec = None
        if walls is not None and uid is not None:
            group = ControlGroup.create(
                f"judge-{uid}", limits.memory_bytes + 1024**3, 64, limits.cpus
            )
            spec = {
                "uid": uid,
                "hide": [str(p) for p in walls.hide],
                "keep": [str(p) for p in walls.keep],
                "home": str(home),
                "disk_bytes": 256 * 1024**2,
            }
        self.child = Child(
            [sys.executable, "-I", "-m", "autograder.judge"], child_env(home), limits, group
        )
        self.dead = ""
        try:
            self.child.send({"op": "start", "walls": spec})
            header, _ = self.child.inbox.get(120)
            if header.get("op") != "ready":
                raise channel.ChannelClosed("no ready message")
        except channel.ChannelClosed:
            self.dead = f"the grader's judge did not start ({self.child.last_words()})"
            self.close()

    def run_cell(self, source: str, name: str, kind: str, student, timeout: float) -> dict:
        """The verdict of one helper or test cell; student answers the judge's questions.

        The student's code gets what is left of `timeout` for each question (and is stopped
        after it); once the time is up, questions are refused, so the test ends. The judge's own
        work gets JUDGE_GRACE seconds more before it is stopped.
        """
        if self.dead:
            return _failed(self.dead)
        deadline = channel.Deadline(timeout)
        try:
            self.child.send({"op": "cell", "source": source, "name": name, "kind": kind})
            while True:
                header, blob = self.child.inbox.get(deadline.left() + JUDGE_GRACE)
                op = header.get("op")
                if op == "verdict":
                    return header
                if op != "ask":
                    raise channel.ChannelClosed("a damaged message")
                if deadline.passed():
                    why = f"your code was stopped after {timeout:.0f} s"
                    self.child.send({"op": "failed", "why": why})
                    continue
                outcome, answer = student.ask(blob, deadline.left())
                if outcome == "answer":
                    self.child.send({"op": "answer"}, answer)
                else:
                    self.child.send({"op": outcome, "why": answer})
        except channel.ChannelClosed:
            if deadline.passed():
                self.dead = f"the test took longer than {timeout:.0f} s and was stopped"
            else:
                self.dead = f"the grader's judge failed ({self.child.last_words()})"
            self.close()
            return _failed(self.dead)

    def reset(self) -> bool:
        """Forget everything of the last notebook (for judges that serve several in turn)."""
        if self.dead:
            return False
        try:
            self.child.send({"op": "reset"})
            header, _ = self.child.inbox.get(60)
            return header.get("op") == "reset"
        except channel.ChannelClosed:
            self.dead = "the grader's judge failed"
            return False

    def close(self) -> None:
        self.child.close()


def _failed(why: str) -> dict:
    return {
        "op": "verdict",
        "status": "error",
        "ename": "GradingError",
        "evalue": why,
        "stdout": "",
    }
