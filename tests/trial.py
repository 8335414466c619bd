"""Many versions of an assignment's answers, graded one after another by two warm processes.

Checking that the hidden tests fail every plausible wrong answer of the corpus means grading
some 350 notebooks. Through the grader each costs seconds (two child processes, a fresh kernel,
numpy or TensorFlow imported twice), which the verdict does not depend on. Here each version is
assembled exactly as the grader assembles it and graded by the grader's own grade_notebook
(verdict.py: the student's cells in a sandbox child, the tests in a judge), but the two
processes are kept from one version to the next: the kernel is reset (`%reset -f`) and the
judge forgets its namespace. What differs is only what the grader adds for safety between
students (walls, fresh processes), so this is for checking tests, never for grading students.

The solution, the untouched version and the right answers still go through the real grader
(tests/conftest.py), and tests/test_exercises.py checks that both paths give the same scores
for wrong answers of every assignment.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat

from autograder.assemble import assemble, grade_id, is_test, max_points
from autograder.config import Course
from autograder.grade import Template, scores_of, support_files, write_support_files
from autograder.sandbox import Limits
from autograder.verdict import Processes, grade_notebook
from submissions import CorpusEntry, student_notebook

LIMITS = Limits(wall_seconds=10**6, cell_seconds=120)


def templates(course: Course, assignment: str) -> list[Template]:
    return [
        Template(
            path.name,
            nbformat.read(path, as_version=4),
            nbformat.read(course.exercises / assignment / path.name, as_version=4),
        )
        for path in course.source_notebooks(assignment)
    ]


def try_notebooks(
    course: Course,
    assignment: str,
    versions: dict[str, dict[str, nbformat.NotebookNode]],
) -> dict[str, float]:
    """Score of each version (a name -> {notebook file name: student notebook})."""
    found: dict[str, float] = {}
    base = Path(tempfile.mkdtemp(prefix="trial-"))
    workdir = base / "work"
    workdir.mkdir()
    processes = Processes()
    try:
        write_support_files(support_files(course.exercises / assignment), workdir)
        for name, notebooks in versions.items():
            total = 0.0
            for template in templates(course, assignment):
                built = assemble(notebooks[template.name], template.source, template.release)
                run = grade_notebook(built.notebook, workdir, LIMITS, reuse=processes)
                total += sum(scores_of(template, run).values())
            found[name] = total
    finally:
        for process in (processes.student, processes.judge):
            if process is not None:
                process.close()
        shutil.rmtree(base, ignore_errors=True)
    return found


def _try_some(course: Course, assignment: str, entries: list[CorpusEntry]) -> dict[str, float]:
    names = [t.name for t in templates(course, assignment)]
    versions = {
        entry.id: {
            name: student_notebook(course, assignment, name, entry.answers) for name in names
        }
        for entry in entries
    }
    return try_notebooks(course, assignment, versions)


def try_entries(
    course: Course, assignment: str, entries: Iterable[CorpusEntry], kernels: int = 2
) -> dict[str, float]:
    """Score of each entry (by id), from `kernels` pairs of warm processes sharing the entries."""
    entries = list(entries)
    shares = [entries[i::kernels] for i in range(kernels) if entries[i::kernels]]
    scores: dict[str, float] = {}
    with ThreadPoolExecutor(max_workers=len(shares) or 1) as pool:
        for part in pool.map(lambda share: _try_some(course, assignment, share), shares):
            scores.update(part)
    return scores


def max_score(course: Course, assignment: str) -> float:
    return sum(
        max_points(c)
        for t in templates(course, assignment)
        for c in t.source.cells
        if is_test(c) and grade_id(c)
    )
