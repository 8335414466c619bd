"""The sandbox runs a notebook in a limited child process and reports how each cell ended."""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

import nbformat
import pytest

from autograder import isolation
from autograder.sandbox import Limits, Walls, run_isolated


def notebook(*sources: str) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata.kernelspec = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    return nb


def test_reply_status_decides_not_printed_text(tmp_path):
    run = run_isolated(
        notebook("print('ok: all tests passed')\nassert False, 'wrong'", "x = 1"), tmp_path
    )
    assert run.status == {0: "error", 1: "ok"}
    assert "AssertionError: wrong" in run.errors[0]


def test_stderr_output_does_not_fail_a_cell(tmp_path):
    run = run_isolated(
        notebook(
            "import sys, warnings\nprint('careful', file=sys.stderr)\nwarnings.warn('deprecated')"
        ),
        tmp_path,
    )
    assert run.status == {0: "ok"}


def test_kernel_runs_in_the_scratch_folder(tmp_path):
    (tmp_path / "data.txt").write_text("42")
    run = run_isolated(notebook("assert open('data.txt').read() == '42'"), tmp_path)
    assert run.status == {0: "ok"}


def test_endless_cell_is_interrupted_and_the_rest_runs(tmp_path):
    run = run_isolated(
        notebook("while True: pass", "y = 2"), tmp_path, Limits(cell_seconds=2, wall_seconds=60)
    )
    assert run.status[0] == "error" and run.status[1] == "ok"


def test_wall_time_limit_stops_the_whole_run(tmp_path):
    start = time.monotonic()
    run = run_isolated(
        notebook("import time\ntime.sleep(100)"), tmp_path, Limits(cell_seconds=100, wall_seconds=5)
    )
    assert time.monotonic() - start < 30
    assert run.notebook is None and "stopped after 5 s" in run.problem


@pytest.mark.parametrize("code", ["import os\nos._exit(3)", "import sys\nsys.exit(1)"])
def test_exits_end_as_a_problem_or_an_error_not_a_crash(tmp_path, code):
    run = run_isolated(notebook(code, "z = 3"), tmp_path, Limits(wall_seconds=60))
    assert run.status.get(0) != "ok"


def test_background_process_does_not_outlive_the_run(tmp_path):
    marker = tmp_path / "alive"
    code = (
        "import subprocess, sys\n"
        f"subprocess.Popen([sys.executable, '-c', 'import time, pathlib\\n"
        f'time.sleep(4)\\npathlib.Path(r"{marker}").write_text("still here")\'])'
    )
    run = run_isolated(notebook(code), tmp_path, Limits(wall_seconds=60))
    assert run.status == {0: "ok"}
    time.sleep(6)
    assert not marker.exists(), "a process started by the notebook outlived its grading"


needs_root = pytest.mark.skipif(not isolation.available(), reason="isolation needs root on Linux")


@needs_root
def test_walls_hide_the_course_other_students_and_home(tmp_path):
    course = Path(__file__).resolve().parents[1]
    other = tmp_path / "other-student"
    other.mkdir()
    (other / "answer.txt").write_text("secret")
    workdir = Path(tempfile.mkdtemp(prefix="grade-test-"))
    probe = notebook(
        "import os, json\n"
        f"seen = {{'course': sorted(os.listdir({str(course)!r})),\n"
        f"        'solutions': os.path.exists({str(course / 'solutions')!r}),\n"
        f"        'other': os.path.exists({str(other / 'answer.txt')!r}),\n"
        "        'tmp': sorted(os.listdir('/tmp')),\n"
        "        'uid': os.getuid(), 'cwd': os.getcwd()}\n"
        "print(json.dumps(seen))",
        f"open({str(course / 'README.md')!r}, 'a')",
        "import numpy, dlcourse",
    )
    walls = Walls.for_course(course, tmp_path)
    run = run_isolated(probe, workdir, Limits(wall_seconds=120), walls)
    assert run.status.get(0) == "ok", run.problem or run.errors
    seen = json.loads(run.notebook.cells[0].outputs[0]["text"])
    assert not seen["solutions"] and not seen["other"]
    assert set(seen["course"]) <= {"dlcourse", ".venv"}, seen["course"]
    expected_tmp = {workdir.name}  # its own folder, and the course's venv if the course is there
    if course.is_relative_to("/tmp"):
        expected_tmp.add(course.relative_to("/tmp").parts[0])
    assert set(seen["tmp"]) == expected_tmp
    assert seen["uid"] >= isolation.FIRST_UID and seen["cwd"] == str(workdir)
    assert run.status[1] == "error", "the course must not be writable"
    assert run.status[2] == "ok", "numpy and the course's helper package stay importable"


@needs_root
def test_a_daemon_that_left_the_session_is_killed(tmp_path):
    marker = tmp_path / "alive"
    workdir = Path(tempfile.mkdtemp(prefix="grade-test-"))
    code = (
        "import os, time\n"
        "if os.fork() == 0:\n"
        "    os.setsid()\n"
        "    if os.fork() == 0:\n"
        "        time.sleep(4)\n"
        "        open('still-here', 'w').write('x')\n"
        "        os._exit(0)\n"
        "    os._exit(0)\n"
    )
    course = Path(__file__).resolve().parents[1]
    run = run_isolated(notebook(code), workdir, Limits(wall_seconds=60), Walls.for_course(course))
    assert run.status == {0: "ok"}
    time.sleep(6)
    assert not (workdir / "still-here").exists(), "a daemonised process outlived its grading"
    assert not marker.exists()


@needs_root
def test_no_network_not_even_localhost(tmp_path):
    import socket

    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    workdir = Path(tempfile.mkdtemp(prefix="grade-test-"))
    probe = notebook(
        f"import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=5)",
        "import socket\nsocket.getaddrinfo('pypi.org', 443)",
        "x = 1",
    )
    course = Path(__file__).resolve().parents[1]
    try:
        run = run_isolated(probe, workdir, Limits(wall_seconds=60), Walls.for_course(course))
    finally:
        server.close()
    assert run.status == {0: "error", 1: "error", 2: "ok"}, run.problem or run.errors
    assert "ConnectionRefused" in run.errors[0] or "unreachable" in run.errors[0], run.errors


@needs_root
def test_concurrent_runs_never_share_a_user_id():
    with isolation.claimed_uid() as first, isolation.claimed_uid() as second:
        assert first != second
        assert FIRST_UID_RANGE.start <= first < FIRST_UID_RANGE.stop
    with isolation.claimed_uid() as again:  # released ids can be claimed again
        assert FIRST_UID_RANGE.start <= again < FIRST_UID_RANGE.stop


FIRST_UID_RANGE = range(isolation.FIRST_UID, isolation.FIRST_UID + isolation.UID_SPAN)


@needs_root
def test_no_grader_code_and_no_examples_in_the_sandbox(tmp_path):
    course = Path(__file__).resolve().parents[1]
    examples = course / "autograder" / "examples"
    probe = notebook(
        f"import os\nprint(os.path.exists({str(examples)!r}))",
        "import autograder",
    )
    workdir = Path(tempfile.mkdtemp(prefix="grade-test-"))
    run = run_isolated(probe, workdir, Limits(wall_seconds=120), Walls.for_course(course))
    assert run.notebook.cells[0].outputs[0]["text"].strip() == "False"
    assert run.status[1] == "error" and "No module named" in run.errors[1]
    # Walls that keep the grader's package (as before) show the examples to every answer.
    walls = Walls.for_course(course)
    leaky = Walls(walls.hide, (*walls.keep, course / "autograder"))
    run = run_isolated(probe, Path(tempfile.mkdtemp(prefix="grade-test-")), Limits(), leaky)
    assert run.notebook.cells[0].outputs[0]["text"].strip() == "True"


MARKER_MODULE = "open({marker!r}, 'w').write('ran as ' + str(__import__('os').getuid()))\n"


@needs_root
def test_files_handed_in_never_run_in_the_root_process(tmp_path):
    """A student folder with modules named like the grader's or the standard library's."""
    marker = tmp_path / "ran-as-root"
    workdir = Path(tempfile.mkdtemp(prefix="grade-test-"))
    for name in ("autograder/__init__.py", "ctypes.py", "json.py", "nbformat.py"):
        (workdir / name).parent.mkdir(parents=True, exist_ok=True)
        (workdir / name).write_text(MARKER_MODULE.format(marker=str(marker)))
    (workdir / "numpy.py").write_text("raise SystemExit('a fake numpy')\n")
    course = Path(__file__).resolve().parents[1]
    probe = notebook("import numpy, json\nprint(numpy.__file__)", "import helper_of_mine")
    (workdir / "helper_of_mine.py").write_text("VALUE = 1\n")
    run = run_isolated(probe, workdir, Limits(wall_seconds=120), Walls.for_course(course))
    assert run.status == {0: "ok", 1: "ok"}, run.problem or run.errors
    assert "site-packages" in run.notebook.cells[0].outputs[0]["text"]
    assert not marker.exists(), marker.read_text()
    # Without isolated mode, a child started in the student's folder imports their code:
    import subprocess
    import sys

    subprocess.run(
        [sys.executable, "-m", "autograder.sandbox"],
        cwd=workdir,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
    )
    assert marker.exists() and marker.read_text() == "ran as 0"


@needs_root
def test_the_notebook_sees_only_its_own_processes(tmp_path):
    course = Path(__file__).resolve().parents[1]
    probe = notebook(
        "import os\n"
        "pids = [p for p in os.listdir('/proc') if p.isdigit()]\n"
        f"print(len(pids), {str(os.getpid())!r} in pids)"
    )
    workdir = Path(tempfile.mkdtemp(prefix="grade-test-"))
    run = run_isolated(probe, workdir, Limits(wall_seconds=120), Walls.for_course(course))
    count, sees_grader = run.notebook.cells[0].outputs[0]["text"].split()
    assert int(count) <= 8 and sees_grader == "False"
    run = run_isolated(probe, tmp_path, Limits(wall_seconds=120))  # no walls: everything
    assert run.notebook.cells[0].outputs[0]["text"].split()[1] == "True"


LEAVE_STATE = """\
import ctypes
for path in ('/run/lock/{token}', '/dev/shm/{token}'):
    try:
        open(path, 'w').write('left behind')
    except OSError:
        pass  # not even writable: nothing to outlive the run
libc = ctypes.CDLL(None, use_errno=True)
segment = libc.shmget({key}, 4096, 0o1000 | 0o600)  # IPC_CREAT
print(segment >= 0)
"""


def _sysv_keys() -> set[int]:
    lines = Path("/proc/sysvipc/shm").read_text().splitlines()[1:]
    return {int(line.split()[0]) for line in lines if line.split()}


@needs_root
def test_nothing_outlives_the_run(tmp_path):
    import ctypes
    import secrets

    token = f"autograder-test-{secrets.token_hex(4)}"
    key = 0x5A000000 + secrets.randbelow(2**20)
    course = Path(__file__).resolve().parents[1]
    probe = notebook(LEAVE_STATE.format(token=token, key=key))
    workdir = Path(tempfile.mkdtemp(prefix="grade-test-"))
    run = run_isolated(probe, workdir, Limits(wall_seconds=120), Walls.for_course(course))
    assert run.status == {0: "ok"}, run.errors
    assert run.notebook.cells[0].outputs[0]["text"].strip() == "True"
    assert not Path(f"/run/lock/{token}").exists()
    assert not Path(f"/dev/shm/{token}").exists()
    assert key not in _sysv_keys()
    # Without the walls the same cell leaves all three behind (cleaned up here).
    run = run_isolated(probe, tmp_path, Limits(wall_seconds=120))
    try:
        assert Path(f"/run/lock/{token}").exists() and Path(f"/dev/shm/{token}").exists()
        assert key in _sysv_keys()
    finally:
        Path(f"/run/lock/{token}").unlink(missing_ok=True)
        Path(f"/dev/shm/{token}").unlink(missing_ok=True)
        libc = ctypes.CDLL(None)
        segment = libc.shmget(key, 0, 0)
        if segment >= 0:
            libc.shmctl(segment, 0, None)  # IPC_RMID


FILL_DISK = """written = 0
try:
    for i in range(3):
        with open(f'big-{i}', 'wb') as handle:
            handle.write(bytes(30 * 2**20))
        written += 1
except OSError as error:
    print(written, type(error).__name__, error.errno)
else:
    print(written, 'no error', 0)
"""


@needs_root
def test_the_scratch_folder_has_a_size_limit(tmp_path):
    import errno

    course = Path(__file__).resolve().parents[1]
    probe = notebook(FILL_DISK, "open('small', 'w').write('still works')")
    limits = Limits(wall_seconds=120, disk_bytes=64 * 2**20)
    workdir = Path(tempfile.mkdtemp(prefix="grade-test-"))
    run = run_isolated(probe, workdir, limits, Walls.for_course(course))
    written, _, code = run.notebook.cells[0].outputs[0]["text"].split()
    assert int(written) < 3 and int(code) == errno.ENOSPC
    assert run.status[1] == "ok"
    # Without the walls only the limit per file holds: 90 MB in files of 30 MB are written.
    run = run_isolated(probe, tmp_path, limits)
    assert run.notebook.cells[0].outputs[0]["text"].split()[0] == "3"
    big = notebook("open('huge', 'wb').write(bytes(100 * 2**20))")
    run = run_isolated(big, tmp_path, limits)
    assert run.status[0] == "error" and "File too large" in run.errors[0]


HOLD_MEMORY = """\
import subprocess, sys
code = (
    "b = bytearray(700 * 2**20)\\n"
    "for i in range(0, len(b), 4096): b[i] = 1\\n"
    "import time; time.sleep(4); print('held')"
)
procs = [subprocess.Popen([sys.executable, '-c', code], stdout=subprocess.PIPE) for _ in range(4)]
print(sum(p.communicate()[0].strip() == b'held' for p in procs))
"""


@needs_root
def test_memory_is_limited_for_the_whole_run_not_only_per_process(tmp_path):
    from autograder.isolation import ControlGroup

    group = ControlGroup.create("probe", 2**30, 16, 1.0)
    if group is None:
        pytest.skip("no control groups on this machine")
    group.close()
    course = Path(__file__).resolve().parents[1]
    probe = notebook(HOLD_MEMORY)
    limits = Limits(wall_seconds=120, memory_bytes=2**30)  # 2 GiB for the whole run
    workdir = Path(tempfile.mkdtemp(prefix="grade-test-"))
    run = run_isolated(probe, workdir, limits, Walls.for_course(course))
    assert int(run.notebook.cells[0].outputs[0]["text"]) < 4, "4 x 700 MB fit in 2 GiB?"
    run = run_isolated(probe, tmp_path, limits)  # per-process limits only: all four hold
    assert int(run.notebook.cells[0].outputs[0]["text"]) == 4
