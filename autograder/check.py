"""A student's self-check: run a notebook and report each visible test with its points."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from .assemble import grade_id, is_test, max_points
from .collect import read_notebook
from .config import UserError
from .grade import support_files, write_support_files
from .sandbox import Limits, run_isolated


@dataclass(frozen=True)
class TestOutcome:
    grade_id: str
    points: float
    passed: bool
    error: str


def check(path: Path, limits: Limits | None = None) -> tuple[list[TestOutcome], str]:
    """Run the notebook as it is (its folder's files beside it); return outcomes and a problem."""
    if not path.is_file():
        raise UserError(f"no such notebook: {path}")
    notebook, reason = read_notebook(path)
    if notebook is None:
        raise UserError(reason)
    with tempfile.TemporaryDirectory(prefix="check-") as tmp:
        write_support_files(support_files(path.parent), Path(tmp))
        run = run_isolated(notebook, Path(tmp), limits or Limits())
    cells = run.notebook.cells if run.notebook is not None else notebook.cells
    outcomes = [
        TestOutcome(
            grade_id(cell) or f"cell {index}",
            max_points(cell),
            run.status.get(index) == "ok",
            run.errors.get(index, "did not run" if index not in run.status else ""),
        )
        for index, cell in enumerate(cells)
        if is_test(cell)
    ]
    return outcomes, run.problem


def report(outcomes: list[TestOutcome], problem: str) -> str:
    lines = []
    for o in outcomes:
        mark = "passed" if o.passed else "FAILED"
        detail = "" if o.passed else f"  {o.error}"
        lines.append(f"{mark}  {o.grade_id}  ({o.points:g} points){detail}")
    got = sum(o.points for o in outcomes if o.passed)
    total = sum(o.points for o in outcomes)
    lines.append(f"visible tests: {got:g} of {total:g} points")
    if problem:
        lines.append(f"problem: {problem}")
    lines.append(
        "Hidden tests run at grading time: they check more cases, so passing these is "
        "necessary but not sufficient."
    )
    return "\n".join(lines)
