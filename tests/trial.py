"""Many versions of an assignment's answers, tried one after another in one warm kernel.

Checking that the hidden tests fail every plausible wrong answer of the corpus means running
some 350 notebooks. Through the grader each costs seconds (a child process, a fresh kernel,
numpy or TensorFlow imported again), which the verdict does not depend on. Here each version is
assembled exactly as the grader assembles it, run in the grader's kernel class (GuardedKernel)
after `%reset -f`, and scored by the grader's own `score_notebook`. What differs is only what
the grader adds for safety between students (isolation, a fresh process), so this is for
checking tests, never for grading students.

The solution, the untouched version and the right answers still go through the real grader
(tests/conftest.py), and tests/test_exercises.py checks that both paths give the same scores
for wrong answers of every assignment.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat

from autograder.assemble import assemble, grade_id, is_test, max_points
from autograder.config import Course
from autograder.grade import Template, score_notebook, support_files, write_support_files
from autograder.markers import MARKER
from submissions import CorpusEntry, student_notebook

GUARD = "--IPKernelApp.kernel_class=autograder.guard.GuardedKernel"
CELL_SECONDS = 120

# Between two versions: the guard restores IPython's machinery and numpy (the marker), then
# forget the user's names, figures and Keras models, and go back to the folder.
RESET = (
    MARKER
    + """
%reset -f
import os as _os, sys as _sys
_os.chdir({workdir!r})
if "matplotlib.pyplot" in _sys.modules:
    _sys.modules["matplotlib.pyplot"].close("all")
if "keras" in _sys.modules:
    _sys.modules["keras"].backend.clear_session()
del _os, _sys
"""
)


class WarmKernel:
    """One grading kernel (GuardedKernel) kept running across many notebooks."""

    def __init__(self, workdir: Path, guarded: bool = True):
        self.workdir = workdir
        self.extra = [GUARD] if guarded else []
        self.km = None
        self.kc = None
        self._start()

    def _start(self) -> None:
        from jupyter_client.manager import KernelManager

        env = {**os.environ, "MPLBACKEND": "Agg", "TF_CPP_MIN_LOG_LEVEL": "3"}
        self.km = KernelManager(kernel_name="python3")
        self.km.start_kernel(
            cwd=str(self.workdir),
            env=env,
            extra_arguments=self.extra,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=120)

    def run(self, code: str) -> str:
        """Execute code; the reply's status ("ok" or "error"). A hung or dead kernel restarts."""
        try:
            reply = self.kc.execute_interactive(
                code, timeout=CELL_SECONDS, output_hook=lambda msg: None, allow_stdin=False
            )
        except TimeoutError:
            self.restart()
            return "error"
        return reply["content"]["status"]

    def restart(self) -> None:
        self.close()
        self._start()

    def run_notebook(self, notebook: nbformat.NotebookNode) -> dict[int, str]:
        """Run a notebook's code cells from a clean state (a fresh kernel when unguarded)."""
        if not self.extra or self.run(RESET.format(workdir=str(self.workdir))) != "ok":
            self.restart()
        return {
            index: self.run(cell.source)
            for index, cell in enumerate(notebook.cells)
            if cell.cell_type == "code"
        }

    def close(self) -> None:
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


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
    guarded: bool = True,
) -> dict[str, float]:
    """Score of each version (a name -> {notebook file name: student notebook}), one kernel."""
    found: dict[str, float] = {}
    workdir = Path(tempfile.mkdtemp(prefix="trial-"))
    try:
        write_support_files(support_files(course.exercises / assignment), workdir)
        kernel = WarmKernel(workdir, guarded)
        try:
            for name, notebooks in versions.items():
                total = 0.0
                for template in templates(course, assignment):
                    built = assemble(notebooks[template.name], template.source, template.release)
                    status = kernel.run_notebook(built.notebook)
                    total += sum(score_notebook(template, built.notebook, status).values())
                found[name] = total
        finally:
            kernel.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
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
    """Score of each entry (by id), from `kernels` warm kernels sharing the entries."""
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
