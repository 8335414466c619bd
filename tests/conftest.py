"""Shared fixtures: the course, and one grading run per assignment over every test submission."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from autograder.config import Course, tool_env
from autograder.grade import Grader, StudentResult
from autograder.sandbox import Limits
from submissions import CorpusEntry, corpus, write_submission

COURSE = Course.default()
ASSIGNMENTS = COURSE.assignments()

# nbgrader runs `alembic` from PATH: make this Python's bin folder visible to it.
os.environ["PATH"] = tool_env()["PATH"]


BIN = Path(sys.executable).parent  # jupyter-book of this environment


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("MPLBACKEND", "Agg")


@pytest.fixture(scope="session")
def course() -> Course:
    return COURSE


class GradedAssignment:
    """Results of grading the solution, the untouched version and the corpus of one assignment."""

    def __init__(self, assignment: str, results: dict[str, StudentResult], out: Path):
        self.assignment = assignment
        self.results = results
        self.out = out

    def __getitem__(self, student: str) -> StudentResult:
        return self.results[student]


# Wrong answers of each assignment that also go through the real grader, so that the warm
# kernel's scores (tests/trial.py) can be checked against the grader's.
CROSS_CHECKED = 2


def _entries(assignment: str) -> list[CorpusEntry]:
    """What the real grader grades: every right answer and the first wrong ones."""
    return corpus(assignment, "wrong")[:CROSS_CHECKED] + corpus(assignment, "right")


@pytest.fixture(scope="session")
def graded(tmp_path_factory: pytest.TempPathFactory):
    """Grade every assignment's test submissions once per session (in parallel workers)."""
    cache: dict[str, GradedAssignment] = {}

    def get(assignment: str) -> GradedAssignment:
        if assignment not in cache:
            base = tmp_path_factory.mktemp(f"graded-{assignment}")
            subs_dir = base / "submissions"
            write_submission(subs_dir / "solution", COURSE, assignment)
            write_submission(subs_dir / "untouched", COURSE, assignment, untouched=True)
            for entry in _entries(assignment):
                write_submission(subs_dir / entry.id, COURSE, assignment, entry.answers)
            limits = Limits(wall_seconds=300)
            grader = Grader(COURSE, assignment, base / "out", limits, feedback=False)
            try:
                grader.prepare()
                from autograder.grade import collect_submissions

                subs = collect_submissions(grader, subs_dir, base / "scratch")
                results = grader.grade_all(subs, workers=os.cpu_count() or 2)
            finally:
                grader.close()
            cache[assignment] = GradedAssignment(
                assignment, {r.student: r for r in results}, base / "out"
            )
        return cache[assignment]

    return get


@pytest.fixture(scope="session")
def tried():
    """Scores of every wrong answer of an assignment, from warm kernels (tests/trial.py)."""
    from trial import try_entries

    cache: dict[str, dict[str, float]] = {}

    def get(assignment: str) -> dict[str, float]:
        if assignment not in cache:
            cache[assignment] = try_entries(COURSE, assignment, corpus(assignment, "wrong"))
        return cache[assignment]

    return get


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cold build (fresh execution cache) of the whole book, once per session: its _build folder.

    Shared by tests/test_book.py (the pages' content) and tests/test_browser.py (the pages in a
    browser). While working on those tests, `BOOK_BUILD=_build` reuses a build made by `make book`
    instead (the full suite always builds cold).
    """
    reuse = os.environ.get("BOOK_BUILD")
    if reuse:
        return Path(reuse).resolve()
    out = tmp_path_factory.mktemp("book")
    # The kernels must draw inline: pytest_configure's MPLBACKEND=Agg would make plt.show()
    # display nothing, and the pages would have no figures.
    book_env = {k: v for k, v in tool_env().items() if k != "MPLBACKEND"}
    done = subprocess.run(
        [
            str(BIN / "jupyter-book"),
            "build",
            str(COURSE.root),
            "--path-output",
            str(out),
            "-W",
            "-n",
            "--keep-going",
        ],
        capture_output=True,
        text=True,
        env=book_env,
        timeout=1800,
    )
    log = done.stdout + done.stderr
    assert done.returncode == 0, log[-6000:]
    # Sphinx's warnings; TensorFlow's own stderr line in the kernels' log is not one of them.
    warnings = [
        line
        for line in log.splitlines()
        if "WARNING:" in line and "absl::InitializeLog()" not in line
    ]
    assert not warnings, "\n".join(warnings[:20])
    return out / "_build"
