"""One graded notebook: the student's cells in the sandbox, the tests in the judge, in order.

The assembled notebook (assemble.py) is split in two. Every cell but the test cells runs in the
student kernel (sandbox.py); the source's locked helper cells (the imports) and its test cells
run in the judge (judge.py), which never executes student code. They take turns in the
notebook's order: the student kernel runs the cells up to a test cell, then the judge runs the
test, asking the student kernel for the names it uses; a test cell's verdict is the judge's.
Cells after the last test are not run: nothing they do can change a grade.

The result is the notebook as instructors see it in autograded/ (the student's cells with
their outputs, each test cell with the judge's verdict as its output) and a verdict per test.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbformat import NotebookNode

from . import checks
from .assemble import grade_id, is_answer, is_test, max_points, nbgrader_meta
from .judge import JudgeProcess
from .sandbox import Limits, StudentGone, StudentProcess, Walls

MAX_JUDGE_STARTS = 3  # per notebook: a judge stopped on one test is replaced for the next


@dataclass
class Check:
    """One top-level check of a test cell (checks.py) and what it is worth."""

    line: int
    points: float
    passed: bool
    message: str = ""


@dataclass
class Verdict:
    """The judge's verdict on one test cell."""

    passed: bool
    message: str = ""  # "AssertionError: ..." when it failed: the first failing check's
    printed: str = ""  # what the test itself printed (kept for instructors)
    checks: list[Check] = field(default_factory=list)
    points: float = 0.0  # the cell's points, as the source gives them

    @property
    def score(self) -> float:
        """The points the cell scores: those of its checks that passed."""
        if not self.checks:
            return self.points if self.passed else 0.0
        return round(sum(c.points for c in self.checks if c.passed), 6)

    @property
    def failures(self) -> list[str]:
        """Every failing check's message (the whole cell's when it has no checks)."""
        found = [c.message for c in self.checks if not c.passed]
        return found or ([self.message] if not self.passed else [])


def verdict_of(cell: NotebookNode, outcome: dict) -> Verdict:
    """A test cell's verdict from the judge's outcome, its checks weighed by the source."""
    points = max_points(cell)
    passed = outcome.get("status") == "ok"
    message = "" if passed else _message(outcome)
    ran = outcome.get("checks")
    found: list[Check] = []
    if isinstance(ran, list) and ran:
        each = checks.weights(checks.split(cell.source), points)
        if len(each) == len(ran):
            found = [
                Check(
                    int(o.get("line") or 0),
                    weight,
                    bool(o.get("passed")),
                    "" if o.get("passed") else _message(o),
                )
                for weight, o in zip(each, ran, strict=True)
            ]
    verdict = Verdict(passed, message, str(outcome.get("stdout", "")), found, points)
    if found and passed != all(c.passed for c in found):  # never more than the cell says
        verdict.checks = []
    return verdict


@dataclass
class GradedRun:
    """Verdicts per test cell (by grade_id), the notebook to record, and what went wrong."""

    verdicts: dict[str, Verdict]
    notebook: NotebookNode
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


def is_helper(cell: NotebookNode) -> bool:
    """A locked code cell of the source that is neither an answer nor a test (the imports)."""
    meta = nbgrader_meta(cell)
    return (
        cell.cell_type == "code"
        and bool(meta.get("locked"))
        and not is_test(cell)
        and not is_answer(cell)
    )


@dataclass
class Processes:
    """The two processes that grade a notebook; reusable across notebooks (tests/trial.py)."""

    student: StudentProcess | None = None
    judge: JudgeProcess | None = None


def grade_notebook(
    notebook: NotebookNode,
    workdir: Path,
    limits: Limits,
    walls: Walls | None = None,
    uids: tuple[int, int] | None = None,
    reuse: Processes | None = None,
) -> GradedRun:
    """Grade an assembled notebook (see the module docstring); never raises for its faults.

    With `walls` and `uids` (root), the student kernel and the judge each get their own user
    id and walls. With `reuse`, processes left there are used (and new ones left there).
    """
    student_cells = [i for i, c in enumerate(notebook.cells) if not is_test(c)]
    position = {index: n for n, index in enumerate(student_cells)}
    student_nb = copy.deepcopy(notebook)
    student_nb.cells = [copy.deepcopy(notebook.cells[i]) for i in student_cells]

    verdicts: dict[str, Verdict] = {}
    problems: list[str] = []
    processes = reuse or Processes()
    student_uid, judge_uid = uids if uids else (None, None)
    student = processes.student
    if student is not None and student.problem:  # a kernel that died with the last notebook
        student.close()
        student = None
    try:
        if student is None:
            student = StudentProcess(student_nb, workdir, limits, walls, student_uid)
        else:
            student.reset(student_nb)
    except StudentGone as exc:
        student = None
        problems.append(str(exc))
    processes.student = student
    judge = processes.judge
    if judge is None or not judge.reset():
        if judge is not None:
            judge.close()
        judge = JudgeProcess(limits, walls, judge_uid, home=workdir.parent / "judge-home")
    processes.judge = judge

    ran: dict = {}
    restarts = 0
    pending: list[int] = []
    helpers: list[NotebookNode] = []
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type == "code" and not is_test(cell):
            pending.append(position[index])
        if not (is_test(cell) or is_helper(cell)):
            continue
        if pending and student is not None and not student.problem:
            try:
                ran = student.run(pending)
            except StudentGone:
                pass
            pending = []
        asked = student if student is not None else _NoStudent()
        # A judge stopped on a test is replaced, and the helper cells run again in the new one.
        if judge.dead and restarts < MAX_JUDGE_STARTS:
            if judge.dead not in problems:
                problems.append(judge.dead)
            judge.close()
            restarts += 1
            judge = processes.judge = JudgeProcess(
                limits, walls, judge_uid, home=workdir.parent / "judge-home"
            )
            for helper in helpers:
                judge.run_cell(helper.source, "helper", "helper", asked, limits.cell_seconds)
        name = grade_id(cell) or f"cell {index}"
        kind = "test" if is_test(cell) else "helper"
        outcome = judge.run_cell(cell.source, name, kind, asked, limits.cell_seconds)
        if is_test(cell):
            verdicts[name] = verdict_of(cell, outcome)
        else:
            helpers.append(cell)
    if judge.dead and judge.dead not in problems:
        problems.append(judge.dead)

    executed = None
    seconds = 0.0
    if student is not None:
        if student.problem:
            problems.append(student.problem)
        executed = student.finish()
        seconds = student.seconds
        if reuse is None or student.problem:
            student.close()
            processes.student = None
    if reuse is None:
        judge.close()
    interrupted = ran.get("interrupted", [])
    if interrupted:
        problems.append(
            f"{len(interrupted)} cell(s) stopped at the {limits.cell_seconds:g} s limit per cell"
        )
    record = _record(notebook, student_cells, executed, verdicts)
    return GradedRun(verdicts, record, problems, seconds)


class _NoStudent:
    """Stands in for a student kernel that never started: every question finds it gone."""

    problem = "the notebook's kernel did not start"

    def ask(self, request: bytes, timeout: float):
        return "gone", self.problem


def _message(outcome: dict) -> str:
    name = str(outcome.get("ename") or "Error")
    value = str(outcome.get("evalue") or "")
    return f"{name}: {value}" if value else name


def _record(
    notebook: NotebookNode,
    student_cells: list[int],
    executed: NotebookNode | None,
    verdicts: dict[str, Verdict],
) -> NotebookNode:
    """The notebook for autograded/: student outputs from the run, verdicts on test cells."""
    record = copy.deepcopy(notebook)
    outputs: dict[int, list] = {}
    if executed is not None and len(executed.cells) == len(student_cells):
        for n, index in enumerate(student_cells):
            if record.cells[index].cell_type == "code":
                outputs[index] = executed.cells[n].get("outputs", [])
    for index, cell in enumerate(record.cells):
        if cell.cell_type != "code":
            continue
        cell.execution_count = None
        if is_test(cell):
            verdict = verdicts.get(grade_id(cell))
            cell.outputs = []
            if verdict is not None and verdict.printed:
                cell.outputs.append(
                    nbformat.v4.new_output("stream", name="stdout", text=verdict.printed)
                )
            if verdict is None:
                failures = [("GradingError: the test did not run", "")]
            elif verdict.checks:
                total = verdict.points
                failures = [
                    (c.message, f"check at line {c.line}: {c.points:g} of {total:g} points")
                    for c in verdict.checks
                    if not c.passed
                ]
            else:
                failures = [(m, "") for m in verdict.failures]
            for message, cost in failures:
                ename, _, evalue = message.partition(": ")
                if cost:
                    evalue = f"{evalue} ({cost})" if evalue else f"({cost})"
                shown = f"{ename}: {evalue}" if evalue else ename
                cell.outputs.append(
                    nbformat.v4.new_output("error", ename=ename, evalue=evalue, traceback=[shown])
                )
        else:
            cell.outputs = outputs.get(index, [])
    return record
