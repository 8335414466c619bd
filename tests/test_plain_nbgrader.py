"""With plain nbgrader commands in a scratch course: solutions score full marks, blanks zero."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from autograder.config import Course, tool_env
from conftest import ASSIGNMENTS, COURSE
from submissions import write_submission


def nbgrader(course_dir, *args):
    done = subprocess.run(
        [sys.executable, "-m", "nbgrader", *args],
        cwd=course_dir,
        env=tool_env(),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_plain_nbgrader_grades_solution_full_and_blank_zero(assignment, tmp_path):
    from nbgrader.api import Gradebook

    shutil.copy(COURSE.root / "nbgrader_config.py", tmp_path)
    shutil.copytree(COURSE.solutions / assignment, tmp_path / "solutions" / assignment)
    scratch = Course(tmp_path)

    nbgrader(tmp_path, "generate_assignment", assignment)
    assert scratch.release_notebooks(assignment)
    submitted = tmp_path / "grading" / "submitted"
    write_submission(submitted / "solution" / assignment, scratch, assignment)
    write_submission(submitted / "blank" / assignment, scratch, assignment, untouched=True)
    nbgrader(tmp_path, "autograde", assignment)

    with Gradebook(f"sqlite:///{tmp_path / 'grading' / 'gradebook.db'}") as gb:
        solution = gb.find_submission(assignment, "solution")
        blank = gb.find_submission(assignment, "blank")
        assert solution.max_score > 0
        assert solution.score == solution.max_score
        assert blank.score == 0
