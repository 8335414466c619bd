"""Run one notebook in isolation and report, for every code cell, how its execution ended.

`run_isolated` is what the grader calls: it starts a child process (`python -m
autograder.sandbox`) in a scratch folder, with limits on wall time, CPU time, memory and
processes, in a session of its own that is killed whole when it ends (no process the notebook
started outlives it). The child executes the notebook with nbclient and writes its result as
JSON to stdout. A test cell passes when the kernel's execution reply says "ok": not from
printed text, and stderr output does not fail a cell.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbformat import NotebookNode

PR_SET_PDEATHSIG = 1

# Per-cell output kept for feedback; the rest is cut (a notebook may print without end).
MAX_OUTPUT_CHARS = 20_000


@dataclass(frozen=True)
class Limits:
    """Resource limits for one notebook run."""

    wall_seconds: float = 600.0
    cell_seconds: float = 120.0
    cpu_seconds: int = 1200
    memory_bytes: int = 4 * 1024**3
    processes: int = 256


@dataclass(frozen=True)
class Walls:
    """What the notebook must not see (hidden) and what it needs (kept, read-only)."""

    hide: tuple[Path, ...] = ()
    keep: tuple[Path, ...] = ()

    @classmethod
    def for_course(cls, course_root: Path, *private: Path) -> Walls:
        """Hide the course, the given folders, /tmp and home; keep Python and dlcourse."""
        scratch = {Path(tempfile.gettempdir()), Path("/tmp"), Path("/var/tmp"), Path("/dev/shm")}
        hide = (course_root, *private, *sorted(scratch), Path.home())
        keep = (Path(sys.base_prefix), Path(sys.prefix), course_root / "dlcourse")
        keep += (course_root / "autograder",)  # the grading kernel (guard.py) lives there
        return cls(tuple(hide), tuple(keep))


@dataclass
class RunResult:
    """What happened when a notebook ran: per code cell index, the reply status and error."""

    notebook: NotebookNode | None
    status: dict[int, str] = field(default_factory=dict)
    errors: dict[int, str] = field(default_factory=dict)
    problem: str = ""
    seconds: float = 0.0
    interrupted: list[int] = field(default_factory=list)


# --------------------------------------------------------------------------- child side


MAX_RICH_OUTPUT_BYTES = 2 * 1024**2


def _truncate_outputs(cell: NotebookNode) -> None:
    """Cut what a cell printed or displayed to sizes a feedback page can hold."""
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream" and len(output.get("text", "")) > MAX_OUTPUT_CHARS:
            text = output["text"]
            output["text"] = text[:MAX_OUTPUT_CHARS] + f"\n... [{len(text)} characters, cut]\n"
        data = output.get("data")
        if isinstance(data, dict):
            size = sum(len(str(value)) for value in data.values())
            if size > MAX_RICH_OUTPUT_BYTES:
                output["data"] = {"text/plain": f"[an output of {size / 2**20:.0f} MB, removed]"}


def execute(notebook: NotebookNode, workdir: Path, cell_seconds: float) -> dict:
    """Execute the notebook in workdir; return statuses, errors and the executed notebook."""
    from nbclient import NotebookClient
    from nbclient.exceptions import DeadKernelError
    from traitlets.config import Config

    status: dict[int, str] = {}
    errors: dict[int, str] = {}
    interrupted: list[int] = []

    def on_executed(cell: NotebookNode, cell_index: int, execute_reply: dict) -> None:
        content = execute_reply.get("content", {})
        status[cell_index] = content.get("status", "error")
        if status[cell_index] != "ok":
            name, value = content.get("ename", "Error"), content.get("evalue", "")
            if name == "KeyboardInterrupt":
                interrupted.append(cell_index)
            errors[cell_index] = f"{name}: {value}".strip().splitlines()[0][:300]
        _truncate_outputs(cell)

    # Unix sockets, not TCP: the kernel works without any network (isolation.py cuts it off).
    # The socket paths are relative to workdir (the cwd of this process and of the kernel): a
    # unix socket's absolute path may not exceed 107 bytes, and TMPDIR can be long.
    (workdir / ".jupyter-runtime").mkdir(exist_ok=True)
    config = Config({"KernelManager": {"transport": "ipc", "ip": ".jupyter-runtime/kernel"}})
    client = NotebookClient(
        notebook,
        config=config,
        timeout=int(cell_seconds),
        kernel_name="python3",
        allow_errors=True,
        interrupt_on_timeout=True,
        record_timing=False,
        resources={"metadata": {"path": str(workdir)}},
        on_cell_executed=on_executed,
        extra_arguments=["--IPKernelApp.kernel_class=autograder.guard.GuardedKernel"],
    )
    problem = ""
    try:
        client.execute(cwd=str(workdir), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except DeadKernelError:
        problem = "the kernel died (crash, os._exit or out of memory)"
    except Exception as exc:  # anything else nbclient raises ends the run, not the grading
        problem = f"execution stopped: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
    return {
        "status": status,
        "errors": errors,
        "problem": problem,
        "interrupted": interrupted,
        "notebook": nbformat.writes(notebook),
    }


def _child_main(argv: list[str]) -> int:
    notebook_path, workdir, cell_seconds = Path(argv[0]), Path(argv[1]), float(argv[2])
    walls = json.loads(argv[3])
    notebook = nbformat.read(notebook_path, as_version=4)
    if walls["uid"] is not None:
        from .isolation import enter

        enter(
            workdir,
            [Path(p) for p in walls["hide"]],
            [Path(p) for p in walls["keep"]],
            walls["uid"],
        )
    result = execute(notebook, workdir, cell_seconds)
    out = sys.stdout.buffer
    out.write(json.dumps(result).encode())
    out.flush()
    return 0


# -------------------------------------------------------------------------- parent side


def _limit(limits: Limits):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds))
        resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
        resource.setrlimit(resource.RLIMIT_NPROC, (limits.processes, limits.processes))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if sys.platform.startswith("linux"):  # die with the grader (kill -9, power loss)
            ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)

    return apply


_running: set[int] = set()  # child pids of the runs in progress (all threads)
_running_lock = threading.Lock()
_stopping = threading.Event()


def stop_all() -> None:
    """Kill every run in progress now and start no new one (Ctrl-C in the grader)."""
    _stopping.set()
    with _running_lock:
        pids = list(_running)
    for pid in pids:
        _kill_session(pid)


def allow_runs() -> None:
    """Undo stop_all (a new grading run starts)."""
    _stopping.clear()


def _kill_session(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def run_isolated(
    notebook: NotebookNode, workdir: Path, limits: Limits | None = None, walls: Walls | None = None
) -> RunResult:
    """Execute notebook in workdir in a limited child process; never raises for notebook faults.

    With `walls` and root, the child also gets its own mount namespace and user id
    (isolation.py); otherwise it runs with resource limits only.
    """
    from . import isolation

    limits = limits or Limits()
    if walls is None or not isolation.available():
        return _run(notebook, workdir, limits, walls, None)
    with isolation.claimed_uid() as uid:
        return _run(notebook, workdir, limits, walls, uid)


def _run(
    notebook: NotebookNode, workdir: Path, limits: Limits, walls: Walls | None, uid: int | None
) -> RunResult:
    if uid is not None:
        for path in [workdir, *workdir.rglob("*")]:
            os.chown(path, uid, uid, follow_symlinks=False)
    start = time.monotonic()
    with tempfile.NamedTemporaryFile("w", suffix=".ipynb", delete=False) as handle:
        nbformat.write(notebook, handle)
        notebook_file = Path(handle.name)
    env = {
        key: value
        for key, value in os.environ.items()
        if key in {"PATH", "LANG", "LC_ALL", "HOME", "TMPDIR", "VIRTUAL_ENV"}
        or key.startswith(("OPENBLAS", "OMP_", "MKL_"))
    }
    env.update(
        PYTHONDONTWRITEBYTECODE="1",
        MPLBACKEND="Agg",
        TF_CPP_MIN_LOG_LEVEL="3",
        PYDEVD_DISABLE_FILE_VALIDATION="1",
        JUPYTER_PLATFORM_DIRS="1",
        HOME=str(workdir),
        IPYTHONDIR=str(workdir / ".ipython"),
        MPLCONFIGDIR=str(workdir / ".matplotlib"),
        JUPYTER_RUNTIME_DIR=str(workdir / ".jupyter-runtime"),
    )
    spec = {
        "uid": uid,
        "hide": [str(p) for p in (walls.hide if walls else ())],
        "keep": [str(p) for p in (walls.keep if walls else ())],
    }
    cmd = [sys.executable, "-m", "autograder.sandbox", str(notebook_file), str(workdir)]
    cmd += [str(limits.cell_seconds), json.dumps(spec)]
    if _stopping.is_set():
        notebook_file.unlink(missing_ok=True)
        return RunResult(None, problem="grading was stopped", seconds=0.0)
    proc = subprocess.Popen(
        cmd,
        cwd=workdir,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=_limit(limits),
    )
    with _running_lock:
        _running.add(proc.pid)
    try:
        stdout, stderr = proc.communicate(timeout=limits.wall_seconds)
        timed_out = False
    except subprocess.TimeoutExpired:
        _kill_session(proc.pid)
        stdout, stderr = proc.communicate()
        timed_out = True
    finally:
        _kill_session(proc.pid)  # whatever the notebook left running in its session ends here
        with _running_lock:
            _running.discard(proc.pid)
        # (and whatever escaped the session: claimed_uid kills every process of the run's uid)
        notebook_file.unlink(missing_ok=True)
    seconds = time.monotonic() - start
    if timed_out:
        return RunResult(
            None, problem=f"stopped after {limits.wall_seconds:.0f} s", seconds=seconds
        )
    try:
        data = json.loads(stdout)
    except ValueError:
        last = (stderr.decode(errors="replace").strip().splitlines() or ["no output"])[-1]
        return RunResult(None, problem=f"the grading process failed: {last[:200]}", seconds=seconds)
    return RunResult(
        nbformat.reads(data["notebook"], as_version=4),
        status={int(k): v for k, v in data["status"].items()},
        errors={int(k): v for k, v in data["errors"].items()},
        problem=data["problem"],
        seconds=seconds,
        interrupted=data.get("interrupted", []),
    )


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))
