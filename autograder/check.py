"""A student's self-check: run a notebook and report each visible test with its points.

The notebook runs as at grading time (verdict.py): the student's cells in the sandboxed kernel,
the visible test cells in a judge, each top-level check scored on its own, so the student
sees every failing check's message and the points it costs, not only the first.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from .assemble import grade_id, is_test, max_points
from .collect import read_notebook
from .config import UserError
from .grade import support_files, write_support_files
from .sandbox import Limits
from .verdict import grade_notebook


@dataclass(frozen=True)
class TestOutcome:
    grade_id: str
    points: float
    passed: bool
    error: str  # the first failure
    score: float = 0.0
    failures: tuple[str, ...] = ()  # every failing check: message (its points)


def check(path: Path, limits: Limits | None = None) -> tuple[list[TestOutcome], str]:
    """Run the notebook as it is (its folder's files beside it); return outcomes and a problem."""
    if not path.is_file():
        raise UserError(f"no such notebook: {path}")
    notebook, reason = read_notebook(path)
    if notebook is None:
        raise UserError(reason)
    with tempfile.TemporaryDirectory(prefix="check-") as tmp:
        work = Path(tmp) / "work"
        work.mkdir()
        write_support_files(support_files(path.parent), work)
        run = grade_notebook(notebook, work, limits or Limits())
    outcomes = []
    for index, cell in enumerate(notebook.cells):
        if not is_test(cell):
            continue
        gid = grade_id(cell) or f"cell {index}"
        verdict = run.verdicts.get(gid)
        if verdict is None:
            outcomes.append(TestOutcome(gid, max_points(cell), False, "did not run"))
            continue
        if verdict.checks:
            failures = tuple(
                f"[line {c.line}, {c.points:g} points] {c.message}"
                for c in verdict.checks
                if not c.passed
            )
        else:
            failures = tuple(verdict.failures)
        outcomes.append(
            TestOutcome(
                gid,
                max_points(cell),
                verdict.passed,
                verdict.message,
                verdict.score,
                failures,
            )
        )
    return outcomes, "; ".join(run.problems)


def report(outcomes: list[TestOutcome], problem: str) -> str:
    lines = []
    for o in outcomes:
        mark = "passed" if o.passed else "FAILED"
        got = o.score
        lines.append(f"{mark}  {o.grade_id}  ({got:g} of {o.points:g} points)")
        for failure in o.failures or ((o.error,) if not o.passed else ()):
            lines.append("    - " + failure.replace("\n", "\n      "))
    got = sum(o.score for o in outcomes)
    total = sum(o.points for o in outcomes)
    lines.append(f"visible tests: {got:g} of {total:g} points")
    if problem:
        lines.append(f"problem: {problem}")
    lines.append(
        "Hidden tests run at grading time: they check more cases, so passing these is "
        "necessary but not sufficient."
    )
    return "\n".join(lines)
