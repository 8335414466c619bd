"""The sandbox runs a notebook in a limited child process and reports how each cell ended."""

from __future__ import annotations

import json
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
    assert set(seen["course"]) <= {"dlcourse", "autograder", ".venv"}, seen["course"]
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
