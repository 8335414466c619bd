"""The sandbox runs a notebook in a limited child process and reports how each cell ended."""

from __future__ import annotations

import time

import nbformat
import pytest

from autograder.sandbox import Limits, run_isolated


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
