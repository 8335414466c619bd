"""Points per check: each top-level check of a test cell scores on its own (checks.py)."""

from __future__ import annotations

import nbformat
import pytest

from autograder import checks
from autograder.check import check, report
from autograder.sandbox import Limits
from autograder.verdict import grade_notebook

CELL = """\
import math
inputs = [1.0, -2.0, 0.0]
assert double(1.0) == 2.0, "double(1.0) must be 2.0"
np.testing.assert_allclose(double(-2.0), -4.0, err_msg="negative inputs double too")  # 2 points
for value in inputs:
    assert math.isfinite(double(value)), f"double({value}) is not finite"
print("done")
"""


def test_split_finds_top_level_checks_and_their_points():
    segments = checks.split(CELL)
    assert [s.is_check for s in segments] == [False, False, True, True, True, False]
    assert [s.points for s in segments if s.is_check] == [None, 2.0, None]
    assert [s.first for s in segments if s.is_check] == [3, 4, 5]
    assert checks.split("assert (") is None


def test_weights_share_what_is_left_evenly_and_add_up_to_the_cell():
    segments = checks.split(CELL)
    assert checks.weights(segments, 4) == [1.0, 2.0, 1.0]
    assert checks.weights(segments, 2) == pytest.approx([0.0, 2.0, 0.0])
    # Written points above the cell's are scaled down: the cell is still worth its points.
    over = checks.split("assert a  # 3 points\nassert b  # 3 points\n")
    assert checks.weights(over, 2) == [1.0, 1.0]
    # Written points below the cell's, and no other check: the rest is in checks not there
    # (the visible part of a cell whose hidden checks hold the points).
    assert checks.weights(checks.split("assert a  # 0 points\n"), 2) == [0.0]
    # A cell without checks is one check worth the whole cell.
    assert checks.weights(checks.split("x = 1\n"), 5) == [5]
    assert checks.score([True, False, True], 4, segments) == 2.0
    # A verdict that does not fit the source's checks: all or nothing.
    assert checks.score([True], 4, segments) == 4 and checks.score([False], 4, segments) == 0


def _notebook(answer: str, test: str = CELL, points: float = 4) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    helper = nbformat.v4.new_code_cell("import numpy as np")
    helper.metadata.nbgrader = {"locked": True, "grade": False, "solution": False}
    solution = nbformat.v4.new_code_cell(answer)
    solution.metadata.nbgrader = {"grade_id": "answer", "solution": True, "grade": False}
    tests = nbformat.v4.new_code_cell(test)
    tests.metadata.nbgrader = {"grade_id": "tests", "grade": True, "points": points}
    nb.cells = [helper, solution, tests]
    return nb


def _graded(tmp_path, answer: str, test: str = CELL):
    work = tmp_path / "work"
    work.mkdir(parents=True)
    return grade_notebook(_notebook(answer, test), work, Limits(wall_seconds=120))


def test_a_failing_check_costs_only_its_own_points(tmp_path):
    run = _graded(tmp_path, "def double(x):\n    return 2 * abs(x)\n")
    verdict = run.verdicts["tests"]
    assert not verdict.passed
    assert [c.passed for c in verdict.checks] == [True, False, True]
    assert verdict.score == 2.0
    errors = [o for o in run.notebook.cells[2].outputs if o.output_type == "error"]
    assert len(errors) == 1 and "negative inputs double too" in errors[0].evalue
    assert "check at line 4: 2 of 4 points" in errors[0].evalue


def test_every_failing_check_is_reported_not_only_the_first(tmp_path):
    run = _graded(tmp_path, "def double(x):\n    return float('nan')\n")
    verdict = run.verdicts["tests"]
    assert verdict.score == 0.0
    errors = [o for o in run.notebook.cells[2].outputs if o.output_type == "error"]
    assert len(errors) == 3
    assert "double(1.0) must be 2.0" in errors[0].evalue
    assert "double(1.0) is not finite" in errors[2].evalue


def test_a_setup_statement_that_raises_fails_the_checks_after_it(tmp_path):
    test = "assert double(1) == 2\nvalue = double('x')\nassert value == 'xx'\nassert True\n"
    run = _graded(tmp_path, "def double(x):\n    return x + x if x != 'x' else 1 / 0\n", test)
    verdict = run.verdicts["tests"]
    assert [c.passed for c in verdict.checks] == [True, False, False]
    assert all("ZeroDivisionError" in c.message for c in verdict.checks[1:])
    assert verdict.score == pytest.approx(4 / 3)


def test_a_cell_without_checks_is_all_or_nothing(tmp_path):
    test = "result = double(3)\nif result != 6:\n    raise ValueError('double(3) must be 6')\n"
    run = _graded(tmp_path, "def double(x):\n    return x + 1\n", test)
    assert run.verdicts["tests"].score == 0.0
    assert "double(3) must be 6" in run.verdicts["tests"].message
    run = _graded(tmp_path / "again", "def double(x):\n    return x * 2\n", test)
    assert run.verdicts["tests"].score == 4.0


def test_the_self_check_shows_every_failing_check_and_partial_points(tmp_path):
    path = tmp_path / "exercise.ipynb"
    nbformat.write(_notebook("def double(x):\n    return 2 * abs(x)\n"), path)
    outcomes, problem = check(path)
    assert not problem
    (outcome,) = outcomes
    assert outcome.score == 2.0 and not outcome.passed
    text = report(outcomes, problem)
    assert "FAILED  tests  (2 of 4 points)" in text
    assert "[line 4, 2 points] AssertionError" in text and "negative inputs double too" in text
    assert "visible tests: 2 of 4 points" in text


def test_a_cell_that_says_all_or_nothing_scores_as_a_whole():
    """For cells whose checks were not written to stand alone (tests/yes_man.py finds them)."""
    assert checks.split("# all or nothing\nassert a\nassert b\n") is None
    assert checks.weights(checks.split("# All or nothing\nassert a\n"), 3) == [3]
