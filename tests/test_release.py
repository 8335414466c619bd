"""exercises/ is exactly what nbgrader generates from solutions/, and reveals nothing."""

from __future__ import annotations

import json

import nbformat
import pytest

from autograder.release import find_leaks, generate
from conftest import ASSIGNMENTS, COURSE


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("release")
    return {a: generate(COURSE, a, out) for a in ASSIGNMENTS}


def test_course_has_assignments():
    assert ASSIGNMENTS, "solutions/ holds no assignment"
    for assignment in ASSIGNMENTS:
        assert COURSE.release_notebooks(assignment), f"exercises/{assignment} is missing"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_exercises_match_generation(generated, assignment):
    made = sorted(p.relative_to(generated[assignment]) for p in generated[assignment].rglob("*"))
    committed = sorted(
        p.relative_to(COURSE.exercises / assignment)
        for p in (COURSE.exercises / assignment).rglob("*")
    )
    assert made == committed, "exercises/ differs: run `python -m autograder release`"
    for rel in made:
        if rel.suffix == ".ipynb":
            fresh = json.loads((generated[assignment] / rel).read_text())
            kept = json.loads((COURSE.exercises / assignment / rel).read_text())
            assert fresh == kept, (
                f"exercises/{assignment}/{rel} is stale or hand-edited: "
                "run `python -m autograder release`"
            )


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_student_versions_leak_nothing(assignment):
    for source in COURSE.source_notebooks(assignment):
        release = COURSE.exercises / assignment / source.name
        assert find_leaks(source, release) == []
        text = release.read_text()
        assert "BEGIN SOLUTION" not in text and "HIDDEN TESTS" not in text


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_leak_check_catches_a_pasted_solution_line(assignment, tmp_path):
    """The leak check itself must fail when a hidden test or solution line gets through."""
    source = COURSE.source_notebooks(assignment)[0]
    release = nbformat.read(COURSE.exercises / assignment / source.name, as_version=4)
    src = nbformat.read(source, as_version=4)
    hidden_line = next(
        line
        for cell in src.cells
        if "### BEGIN HIDDEN TESTS" in cell.source
        for line in cell.source.split("### BEGIN HIDDEN TESTS")[1].splitlines()
        if line.strip() and not line.strip().startswith("#")
    )
    release.cells[-1].source += "\n" + hidden_line
    leaky = tmp_path / source.name
    nbformat.write(release, leaky)
    assert find_leaks(source, leaky), "a hidden test line in the student version went unnoticed"


def test_example_submissions_match_the_released_exercises(tmp_path):
    """autograder/examples/ follows the exercises (rebuilt by `python tests/submissions.py`)."""
    from submissions import write_examples

    write_examples(COURSE, tmp_path)
    examples = COURSE.root / "autograder" / "examples"
    for made in tmp_path.rglob("*.ipynb"):
        kept = examples / made.relative_to(tmp_path)
        assert kept.is_file(), f"{kept} is missing: run `python tests/submissions.py`"
        assert json.loads(made.read_text()) == json.loads(kept.read_text()), (
            f"{kept} is stale: run `python tests/submissions.py`"
        )
