"""The student kernel: a notebook's own cells, run in a sandboxed child process.

`StudentProcess` is what the grader holds: it starts `python -I -m autograder.sandbox` (isolated
mode, in `/`: no folder a student can write is ever on the path of a root process), sends it the
notebook, and then asks it to run cells or to answer the judge's questions (judge.py). The child
builds its walls (isolation.py: namespaces, its own user id, a tmpfs scratch folder), starts an
IPython kernel in isolated mode, loads the agent (agent.py) into it, and serves the grader's
requests until told to finish, when it sends the executed notebook back.

Everything that comes out of the child is untrusted (the student's code shares its user id) and
is read with size limits and deadlines; a child that dies, lies or hangs is the problem of its
own notebook only. Limits: wall time, time per cell, CPU time, memory, processes, file sizes and
the scratch folder's size, per process and (with control groups) for the whole run; the child's
session is killed whole when it ends, and as root every process of the run's user id too.
"""

from __future__ import annotations

import asyncio
import collections
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

from . import channel

PR_SET_PDEATHSIG = 1
KERNEL_NAME = "autograder-python"
AGENT_FOLDER = ".autograder"  # in the scratch folder: the agent's request and reply files

# What a notebook's outputs may keep for feedback; the rest is cut.
MAX_OUTPUT_CHARS = 20_000  # per stream output
MAX_RICH_OUTPUT_BYTES = 2 * 1024**2  # per display
MAX_NOTEBOOK_OUTPUT_BYTES = 4 * 1024**2  # all outputs of the notebook together
MAX_REPLY_BYTES = 512 * 1024**2  # one answer of the agent


@dataclass(frozen=True)
class Limits:
    """Resource limits for one notebook run (every default is written here, once)."""

    wall_seconds: float = 600.0
    cell_seconds: float = 120.0
    cpu_seconds: int = 1200
    memory_bytes: int = 4 * 1024**3
    processes: int = 256
    disk_bytes: int = 1024**3  # the scratch folder, and any one file written
    cpus: float = 2.0  # the run's share of the machine's cores (control groups)


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


class StudentGone(Exception):
    """The student kernel cannot answer any more; the reason is for the student to read."""


# --------------------------------------------------------------------------- child side


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


def _within_budget(notebook: NotebookNode) -> None:
    """Keep all outputs of the notebook together under MAX_NOTEBOOK_OUTPUT_BYTES."""
    used = 0
    for cell in notebook.cells:
        kept = []
        for output in cell.get("outputs", []):
            size = len(json.dumps(output))
            if used + size > MAX_NOTEBOOK_OUTPUT_BYTES:
                kept.append(
                    nbformat.v4.new_output(
                        "stream",
                        name="stdout",
                        text="[output cut: the notebook printed too much]\n",
                    )
                )
                used = MAX_NOTEBOOK_OUTPUT_BYTES
                break
            used += size
            kept.append(output)
        if "outputs" in cell:
            cell.outputs = kept


AGENT_SOURCE = (Path(__file__).parent / "agent.py").read_text()  # read before the walls


def _agent_bootstrap(workdir: Path) -> str:
    """Code that loads agent.py's source into the kernel as the module `_autograder_agent`."""
    return (
        "def _autograder_load(source, workdir):\n"
        "    import sys, types\n"
        "    module = types.ModuleType('_autograder_agent')\n"
        "    exec(compile(source, '<autograder agent>', 'exec'), module.__dict__)\n"
        "    sys.modules['_autograder_agent'] = module\n"
        "    sys.path.append(workdir)  # the student's own modules, after the installed ones\n"
        "    module.setup()\n"
        f"_autograder_load({AGENT_SOURCE!r}, {str(workdir)!r})\n"
        "del _autograder_load\n"
    )


class Runner:
    """The child's side: a kernel, the notebook, and the grader's requests (see module doc)."""

    def __init__(self, notebook: NotebookNode, workdir: Path, cell_seconds: float, inbox, out):
        self.notebook = notebook
        self.workdir = workdir
        self.cell_seconds = cell_seconds
        self.inbox = inbox
        self.out = out
        self.status: dict[int, str] = {}
        self.errors: dict[int, str] = {}
        self.interrupted: list[int] = []
        self.dead = ""
        self.sequence = 0
        self.client = None

    def on_executed(self, cell: NotebookNode, cell_index: int, execute_reply: dict) -> None:
        content = execute_reply.get("content", {}) if execute_reply else {}
        self.status[cell_index] = content.get("status", "error")
        if self.status[cell_index] != "ok":
            name, value = content.get("ename", "Error"), content.get("evalue", "")
            if name == "KeyboardInterrupt":
                self.interrupted.append(cell_index)
            self.errors[cell_index] = (f"{name}: {value}".strip().splitlines() or [""])[0][:300]
        _truncate_outputs(cell)

    def kernelspec(self) -> Path:
        folder = self.workdir / AGENT_FOLDER / "jupyter" / "kernels" / KERNEL_NAME
        folder.mkdir(parents=True, exist_ok=True)
        argv = [sys.executable, "-I", "-m", "ipykernel_launcher", "-f", "{connection_file}"]
        spec = {"argv": argv, "display_name": "Python 3 (grading)", "language": "python"}
        (folder / "kernel.json").write_text(json.dumps(spec))
        return folder.parents[1]

    async def serve(self) -> None:
        from nbclient import NotebookClient
        from traitlets.config import Config

        os.environ["JUPYTER_PATH"] = str(self.kernelspec())
        # Unix sockets, not TCP: the kernel works without any network (isolation.py cuts it
        # off). Socket paths are relative to the scratch folder (the cwd of this process and
        # of the kernel): a unix socket's absolute path may not exceed 107 bytes.
        (self.workdir / ".jupyter-runtime").mkdir(exist_ok=True)
        config = Config({"KernelManager": {"transport": "ipc", "ip": ".jupyter-runtime/kernel"}})
        self.client = NotebookClient(
            self.notebook,
            config=config,
            timeout=int(self.cell_seconds),
            kernel_name=KERNEL_NAME,
            allow_errors=True,
            interrupt_on_timeout=True,
            record_timing=False,
            shutdown_kernel="immediate",
            resources={"metadata": {"path": str(self.workdir)}},
            on_cell_executed=self.on_executed,
        )
        loop = asyncio.get_running_loop()
        try:
            async with self.client.async_setup_kernel(
                cwd=str(self.workdir), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            ):
                reply = await self.execute(_agent_bootstrap(self.workdir), 120)
                if reply is None or reply["content"].get("status") != "ok":
                    raise RuntimeError("the grader's helper did not start in the kernel")
                self.open_comm()
                kernel_pid = getattr(self.client.km.provisioner, "pid", None)
                channel.send(self.out, {"op": "ready", "kernel": kernel_pid})
                while True:
                    header, blob = await loop.run_in_executor(None, self.inbox.get, None)
                    op = header.get("op")
                    if op == "run":
                        await self.run([int(i) for i in header["cells"]])
                    elif op == "ask":
                        await self.ask(blob, float(header["timeout"]))
                    elif op == "reset":
                        await self.reset(nbformat.reads(blob.decode("utf-8"), as_version=4))
                    elif op == "notebook":
                        self.send_notebook()
                    else:
                        return
        except channel.ChannelClosed:
            return
        except Exception as exc:
            message = str(exc).splitlines()[0][:200] if str(exc) else ""
            channel.send(self.out, {"op": "failed", "why": f"{type(exc).__name__}: {message}"})

    async def run(self, cells: list[int]) -> None:
        from nbclient.exceptions import DeadKernelError

        for index in cells:
            if self.dead or not 0 <= index < len(self.notebook.cells):
                break
            try:
                await self.client.async_execute_cell(self.notebook.cells[index], index)
            except DeadKernelError:
                self.dead = "the kernel died (crash, os._exit or out of memory)"
            except Exception as exc:  # anything else nbclient raises ends the run
                line = (str(exc).splitlines() or [""])[0][:200]
                self.dead = f"execution stopped: {type(exc).__name__}: {line}"
        channel.send(
            self.out,
            {
                "op": "ran",
                "status": self.status,
                "errors": self.errors,
                "interrupted": self.interrupted,
                "problem": self.dead,
            },
        )

    async def execute(self, code: str, timeout: float) -> dict | None:
        """Run code in the kernel outside the notebook; its reply, or None after the timeout."""
        kc = self.client.kc
        msg_id = kc.execute(code, silent=False, store_history=False, allow_stdin=False)
        deadline = channel.Deadline(timeout)
        while True:
            try:
                msg = await kc.get_shell_msg(timeout=max(deadline.left(), 0.01))
            except Exception:  # queue.Empty: no reply in time
                return None
            if msg.get("parent_header", {}).get("msg_id") == msg_id:
                await self.drain()
                return msg

    async def drain(self) -> None:
        """Drop what code run outside the notebook printed (it is never shown)."""
        while True:
            try:
                await self.client.kc.get_iopub_msg(timeout=0)
            except Exception:  # queue.Empty
                return

    def open_comm(self) -> None:
        """Open the comm on which the agent answers (see agent.py)."""
        import uuid

        kc = self.client.kc
        self.comm_id = uuid.uuid4().hex
        content = {"comm_id": self.comm_id, "target_name": "autograder", "data": {}}
        kc.shell_channel.send(kc.session.msg("comm_open", content))

    async def reply_to(self, msg_id: str, timeout: float) -> dict | None:
        """The agent's comm message answering msg_id, or None after the timeout."""
        kc = self.client.kc
        deadline = channel.Deadline(timeout)
        while True:
            try:
                msg = await kc.get_iopub_msg(timeout=max(deadline.left(), 0.01))
            except Exception:  # queue.Empty: no answer in time
                return None
            if (
                msg.get("msg_type") == "comm_msg"
                and msg.get("parent_header", {}).get("msg_id") == msg_id
            ):
                return msg

    async def ask(self, request: bytes, timeout: float) -> None:
        """One question of the judge, answered by the agent in the kernel."""
        if self.dead:
            channel.send(self.out, {"op": "gone", "why": self.dead})
            return
        kc = self.client.kc
        size = int.from_bytes(request[:8], "little")
        header, payload = request[8 : 8 + size].decode(), request[8 + size :]
        message = kc.session.msg("comm_msg", {"comm_id": self.comm_id, "data": {"request": header}})
        message["buffers"] = [payload] if payload else []
        kc.shell_channel.send(message)
        reply = await self.reply_to(message["header"]["msg_id"], timeout)
        if reply is None:
            if not await kc.is_alive():
                self.dead = "the kernel died (crash, os._exit or out of memory)"
                channel.send(self.out, {"op": "gone", "why": self.dead})
                return
            await self.client.km.interrupt_kernel()
            reply = await self.reply_to(message["header"]["msg_id"], 10)
            if reply is None:
                self.dead = "the notebook's code did not stop when it was interrupted"
                channel.send(self.out, {"op": "gone", "why": self.dead})
                return
        buffers = reply.get("buffers") or []
        data = bytes(buffers[0]) if buffers else b""
        if not data or len(data) > MAX_REPLY_BYTES:
            why = "the grader's helper in the kernel did not answer (was it changed?)"
            channel.send(self.out, {"op": "failed", "why": why})
            return
        channel.send(self.out, {"op": "answer"}, data)

    async def reset(self, notebook: NotebookNode) -> None:
        """Forget the last notebook: its names, figures, Keras models, folder and statuses."""
        code = (
            "get_ipython().run_line_magic('reset', '-f')\n"
            "import os as _os, sys as _sys\n"
            f"_os.chdir({str(self.workdir)!r})\n"
            "if 'matplotlib.pyplot' in _sys.modules:\n"
            "    _sys.modules['matplotlib.pyplot'].close('all')\n"
            "if 'keras' in _sys.modules: _sys.modules['keras'].backend.clear_session()\n"
            "_sys.modules['_autograder_agent'].reset()\n"
            "del _os, _sys\n"
        )
        reply = None if self.dead else await self.execute(code, 60)
        if reply is None or reply["content"].get("status") != "ok":
            channel.send(self.out, {"op": "failed", "why": "the kernel could not be reset"})
            return
        self.notebook = notebook
        self.client.nb = notebook
        self.status, self.errors, self.interrupted = {}, {}, []
        channel.send(self.out, {"op": "ready"})

    def send_notebook(self) -> None:
        _within_budget(self.notebook)
        channel.send(self.out, {"op": "notebook"}, nbformat.writes(self.notebook).encode())


def _child_main() -> int:
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # nothing but messages on the grader's channel
    header, blob = channel.receive(sys.stdin.buffer)  # no thread yet: enter() may fork
    notebook = nbformat.reads(blob.decode("utf-8"), as_version=4)
    workdir = Path(header["workdir"])
    import ipykernel  # noqa: F401 (imported before the walls go up, like everything it needs)
    import jupyter_client.provisioning  # noqa: F401
    import nbclient  # noqa: F401
    from nbclient.exceptions import DeadKernelError  # noqa: F401

    walls = header.get("walls")
    if walls:
        from .isolation import enter

        enter(
            workdir,
            walls["hide"],
            walls["keep"],
            walls["uid"],
            disk_bytes=walls["disk_bytes"],
            pid_namespace=True,
        )
    os.chdir(workdir)
    inbox = channel.Inbox(sys.stdin.buffer)
    (workdir / AGENT_FOLDER).mkdir(exist_ok=True)
    (workdir / ".tmp").mkdir(exist_ok=True)
    runner = Runner(notebook, workdir, float(header["cell_seconds"]), inbox, out)
    asyncio.run(runner.serve())
    return 0


# -------------------------------------------------------------------------- parent side


def _limit(limits: Limits, group=None):
    def apply() -> None:
        if group is not None:
            group.join()
        resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds))
        resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
        resource.setrlimit(resource.RLIMIT_NPROC, (limits.processes, limits.processes))
        resource.setrlimit(resource.RLIMIT_FSIZE, (limits.disk_bytes, limits.disk_bytes))
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


def stopping() -> bool:
    return _stopping.is_set()


def _kill_session(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def child_env(home: Path) -> dict[str, str]:
    """The environment of a child process: little of the grader's, its own home and caches."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key in {"PATH", "LANG", "LC_ALL", "VIRTUAL_ENV"}
        or key.startswith(("OPENBLAS", "OMP_", "MKL_"))
    }
    env.update(
        PYTHONDONTWRITEBYTECODE="1",
        MPLBACKEND="Agg",
        TF_CPP_MIN_LOG_LEVEL="3",
        PYDEVD_DISABLE_FILE_VALIDATION="1",
        JUPYTER_PLATFORM_DIRS="1",
        HOME=str(home),
        TMPDIR=str(home / ".tmp"),
        IPYTHONDIR=str(home / ".ipython"),
        MPLCONFIGDIR=str(home / ".matplotlib"),
        JUPYTER_RUNTIME_DIR=str(home / ".jupyter-runtime"),
        JUPYTER_CONFIG_DIR=str(home / ".jupyter"),
        JUPYTER_DATA_DIR=str(home / ".jupyter-data"),
    )
    return env


class Child:
    """A child process of the grader that speaks channel.py on its stdin and stdout."""

    def __init__(self, cmd: list[str], env: dict, limits: Limits, group=None):
        if _stopping.is_set():
            raise StudentGone("grading was stopped")
        self.group = group
        self.proc = subprocess.Popen(
            cmd,
            cwd="/",
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
            preexec_fn=_limit(limits, group),
        )
        with _running_lock:
            _running.add(self.proc.pid)
        self.inbox = channel.Inbox(self.proc.stdout)
        self.also_kill = 0  # a process group that the child started outside its own session
        self._stderr: collections.deque[str] = collections.deque(maxlen=40)
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        for line in self.proc.stderr:
            self._stderr.append(line.decode(errors="replace").rstrip()[:300])

    def last_words(self) -> str:
        lines = [line for line in self._stderr if line.strip()]
        return lines[-1] if lines else "no output"

    def send(self, header: dict, blob: bytes = b"") -> None:
        try:
            channel.send(self.proc.stdin, header, blob)
        except (OSError, ValueError):
            raise channel.ChannelClosed("the process is gone") from None

    def close(self, polite: bool = True) -> None:
        if polite and self.proc.poll() is None:
            try:  # ask it to end on its own first (its kernel is shut down cleanly)
                self.send({"op": "exit"})
                self.proc.wait(timeout=5)
            except (channel.ChannelClosed, subprocess.TimeoutExpired):
                pass
        _kill_session(self.proc.pid)
        if self.also_kill:
            _kill_session(self.also_kill)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        with _running_lock:
            _running.discard(self.proc.pid)
        if self.group is not None:
            self.group.close()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            try:
                stream.close()
            except OSError:
                pass


class StudentProcess:
    """One notebook's sandbox child, seen from the grader (see the module docstring)."""

    def __init__(
        self,
        notebook: NotebookNode,
        workdir: Path,
        limits: Limits,
        walls: Walls | None = None,
        uid: int | None = None,
    ):
        from .isolation import ControlGroup

        self.limits = limits
        self.deadline = channel.Deadline(limits.wall_seconds)
        self.start = time.monotonic()
        self.problem = ""
        group = None
        if walls is not None and uid is not None:
            group = ControlGroup.create(
                f"run-{uid}", limits.memory_bytes + 1024**3, limits.processes, limits.cpus
            )
        cmd = [sys.executable, "-I", "-m", "autograder.sandbox"]
        self.child = Child(cmd, child_env(workdir), limits, group)
        spec = None
        if walls is not None and uid is not None:
            spec = {
                "uid": uid,
                "hide": [str(p) for p in walls.hide],
                "keep": [str(p) for p in walls.keep],
                "disk_bytes": limits.disk_bytes,
            }
        start = {"op": "start", "workdir": str(workdir), "cell_seconds": limits.cell_seconds}
        try:
            self.child.send({**start, "walls": spec}, nbformat.writes(notebook).encode())
            ready, _ = self._expect("ready", min(180.0, self.deadline.left()))
        except StudentGone:
            self.close()
            raise
        # Without walls the kernel's session is not inside the child's: end it too on close.
        # (With walls the kernel lives in the child's PID namespace, which dies with it.)
        if spec is None and type(ready.get("kernel")) is int and ready["kernel"] > 1:
            self.child.also_kill = ready["kernel"]

    def _expect(self, op: str, timeout: float) -> tuple[dict, bytes]:
        try:
            header, blob = self.child.inbox.get(timeout)
        except channel.ChannelClosed as exc:
            if self.deadline.passed():
                self.child.close(polite=False)  # the notebook ran out of time: stop it now
                self.problem = f"stopped after {self.limits.wall_seconds:.0f} s"
            elif _stopping.is_set():
                self.problem = "grading was stopped"
            else:
                why = str(exc) if "in time" in str(exc) else self.child.last_words()
                self.problem = f"the grading process failed: {why[:200]}"
            raise StudentGone(self.problem) from None
        if header.get("op") == "failed" and op != "answer":
            self.problem = f"the grading process failed: {str(header.get('why'))[:200]}"
            raise StudentGone(self.problem)
        if header.get("op") not in (op, "gone", "failed"):
            self.problem = "the grading process sent a damaged message"
            raise StudentGone(self.problem)
        return header, blob

    def run(self, cells: list[int]) -> dict:
        """Run these code cells; the reply statuses and errors of every cell run so far."""
        self.child.send({"op": "run", "cells": cells})
        header, _ = self._expect("ran", self.deadline.left())
        if header.get("problem"):
            self.problem = str(header["problem"])[:300]
        return header

    def ask(self, request: bytes, timeout: float) -> tuple[str, bytes | str]:
        """A question for the agent: ("answer", bytes), ("failed", why) or ("gone", why)."""
        if self.problem:
            return "gone", self.problem
        timeout = min(timeout, self.deadline.left())
        try:
            self.child.send({"op": "ask", "timeout": timeout}, request)
            header, blob = self._expect("answer", timeout + 20)
        except (StudentGone, channel.ChannelClosed) as exc:
            self.problem = self.problem or str(exc)
            return "gone", self.problem
        op = header.get("op")
        if op == "answer":
            return "answer", blob
        why = str(header.get("why") or "no answer")[:300]
        if op == "gone":
            self.problem = why
        return op, why

    def reset(self, notebook: NotebookNode) -> None:
        """Start over with another notebook in the same kernel (tests/trial.py only)."""
        self.problem = ""
        try:
            self.child.send({"op": "reset"}, nbformat.writes(notebook).encode())
        except channel.ChannelClosed:
            self.problem = "the notebook's kernel is gone"
            raise StudentGone(self.problem) from None
        self._expect("ready", 120)

    def finish(self) -> NotebookNode | None:
        """The executed notebook (outputs cut to size), or None when the child cannot send it."""
        try:
            self.child.send({"op": "notebook"})
            _, blob = self._expect("notebook", min(60.0, self.deadline.left() + 5))
            return nbformat.reads(blob.decode("utf-8"), as_version=4)
        except (StudentGone, channel.ChannelClosed, ValueError, UnicodeDecodeError):
            return None
        except Exception:  # a notebook nbformat cannot read: the student's problem only
            return None

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.start

    def close(self) -> None:
        self.child.close()


def run_isolated(
    notebook: NotebookNode, workdir: Path, limits: Limits | None = None, walls: Walls | None = None
) -> RunResult:
    """Execute every code cell of notebook in a sandbox child (a student's self-check).

    With `walls` and root, the child also gets its namespaces and user id (isolation.py);
    otherwise it runs with resource limits only. Never raises for notebook faults.
    """
    from . import isolation

    limits = limits or Limits()
    if walls is None or not isolation.available():
        return _run_all(notebook, workdir, limits, None, None)
    with isolation.claimed_uid() as uid:
        return _run_all(notebook, workdir, limits, walls, uid)


def _run_all(notebook, workdir, limits, walls, uid) -> RunResult:
    start = time.monotonic()
    cells = [i for i, c in enumerate(notebook.cells) if c.cell_type == "code"]
    try:
        student = StudentProcess(notebook, workdir, limits, walls, uid)
    except StudentGone as exc:
        return RunResult(None, problem=str(exc), seconds=time.monotonic() - start)
    try:
        try:
            ran = student.run(cells)
        except StudentGone:
            return RunResult(None, problem=student.problem, seconds=student.seconds)
        executed = student.finish()
    finally:
        student.close()
    return RunResult(
        executed,
        status={int(k): v for k, v in ran.get("status", {}).items()},
        errors={int(k): v for k, v in ran.get("errors", {}).items()},
        problem=student.problem,
        seconds=time.monotonic() - start,
        interrupted=list(ran.get("interrupted", [])),
    )


if __name__ == "__main__":
    sys.exit(_child_main())
