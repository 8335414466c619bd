"""A student's notebook + the assignment's source -> the notebook that is run for grading.

Test cells and locked cells always come from the source, in the source's order, so edited,
deleted, reordered or copied test cells cannot change a grade. Answer cells come from the
student (the released stub when missing). The student's other cells are kept, in their
order, in front of the next graded cell they preceded.
"""

from __future__ import annotations

import copy
import secrets
from dataclasses import dataclass, field

import nbformat
from nbformat import NotebookNode

from .markers import END_OF_PREAMBLE, guarded_source


def nbgrader_meta(cell: NotebookNode) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {}) or {}


def grade_id(cell: NotebookNode) -> str | None:
    gid = nbgrader_meta(cell).get("grade_id")
    return gid if isinstance(gid, str) and gid else None


def is_answer(cell: NotebookNode) -> bool:
    return bool(nbgrader_meta(cell).get("solution"))


def is_test(cell: NotebookNode) -> bool:
    """A graded cell that is not an answer: an autograder test cell."""
    meta = nbgrader_meta(cell)
    return bool(meta.get("grade")) and not meta.get("solution") and cell.cell_type == "code"


def max_points(cell: NotebookNode) -> float:
    return float(nbgrader_meta(cell).get("points", 0) or 0)


@dataclass
class Assembled:
    notebook: NotebookNode
    notes: list[str] = field(default_factory=list)


def _plain(cell: NotebookNode) -> NotebookNode:
    """A student's extra cell, stripped of nbgrader metadata so that it cannot be graded."""
    cell = copy.deepcopy(cell)
    cell.get("metadata", {}).pop("nbgrader", None)
    if cell.cell_type == "code":
        cell.outputs = []
        cell.execution_count = None
    return cell


def _answer(student_cell: NotebookNode | None, template: NotebookNode) -> NotebookNode:
    """The template's answer cell with the student's text in it."""
    cell = copy.deepcopy(template)
    if student_cell is not None:
        cell.source = student_cell.get("source", "")
    if cell.cell_type == "code":
        cell.outputs = []
        cell.execution_count = None
    return cell


def assemble(student: NotebookNode, source: NotebookNode, release: NotebookNode) -> Assembled:
    """Build the notebook to grade from a student's notebook (see the module docstring)."""
    stubs = {grade_id(c): c for c in release.cells if grade_id(c) and is_answer(c)}
    known = {grade_id(c) for c in source.cells if grade_id(c)}
    answer_ids = {grade_id(c) for c in source.cells if grade_id(c) and is_answer(c)}

    answers: dict[str, NotebookNode] = {}
    before: dict[str, list[NotebookNode]] = {}
    pending: list[NotebookNode] = []
    seen: set[str] = set()
    notes: list[str] = []
    for cell in student.cells:
        gid = grade_id(cell)
        if gid in known and gid not in seen:
            seen.add(gid)
            before[gid], pending = pending, []
            if gid in answer_ids:
                answers[gid] = cell
        elif gid in known:
            if gid in answer_ids:
                notes.append(f"a second cell claims answer {gid}; it runs as an ordinary cell")
                pending.append(_plain(cell))
            else:
                notes.append(f"ignored a copy of test cell {gid}")
        else:
            pending.append(_plain(cell))

    imports = [
        line
        for c in source.cells
        if c.cell_type == "code" and nbgrader_meta(c).get("locked") and not is_test(c)
        for line in c.source.splitlines()
        if line.startswith(("import ", "from ")) and "(" not in line
    ]
    cells: list[NotebookNode] = []
    restored = 0
    for cell in source.cells:
        gid = grade_id(cell)
        if gid is None:
            continue  # plain source cells reach the student through the release
        cells.extend(before.get(gid, []))
        if gid in answer_ids:
            cells.append(_answer(answers.get(gid), stubs.get(gid, cell)))
            if gid not in answers:
                notes.append(f"answer cell {gid} was missing; graded as unanswered")
        else:
            if gid not in seen and is_test(cell):
                restored += 1
            fresh = copy.deepcopy(cell)
            if is_test(fresh):
                fresh.source = guarded_source(fresh.source, imports)
            if fresh.cell_type == "code":
                fresh.outputs = []
                fresh.execution_count = None
            cells.append(fresh)
    cells.extend(pending)
    if restored:
        notes.append(f"restored {restored} deleted test cell(s)")

    notebook = nbformat.v4.new_notebook(metadata=copy.deepcopy(source.metadata))
    notebook.cells = cells
    _unique_ids(notebook)
    return Assembled(notebook, notes)


def _unique_ids(notebook: NotebookNode) -> None:
    """Give every cell an id, unique within the notebook (students may duplicate cells)."""
    used: set[str] = set()
    for index, cell in enumerate(notebook.cells):
        cid = cell.get("id")
        if not isinstance(cid, str) or not cid or cid in used:
            cid = f"cell-{index}"
            while cid in used:
                cid += "x"
        cell["id"] = cid
        used.add(cid)
    notebook.nbformat, notebook.nbformat_minor = 4, max(notebook.get("nbformat_minor", 5), 5)


def add_canaries(notebook: NotebookNode, count: int = 2) -> dict[str, str]:
    """Put `count` checks that must fail among the test cells; return {cell id: its message}.

    Each looks like a test cell (the same marker and preamble) and asserts something false.
    The grader scores a test cell by the kernel's execution reply; a kernel whose replies were
    tampered with (student code that patched the kernel itself to answer "ok") also answers
    "ok" for these, and the grader then refuses the notebook's scores (see grade.py).
    """
    tests = [i for i, c in enumerate(notebook.cells) if is_test(c) and END_OF_PREAMBLE in c.source]
    if not tests:
        return {}
    rng = secrets.SystemRandom()
    canaries: dict[str, str] = {}
    for _ in range(count):
        index = rng.choice(tests)
        preamble = notebook.cells[index].source.split(END_OF_PREAMBLE)[0] + END_OF_PREAMBLE
        a, b = rng.randrange(10**6), rng.randrange(10**6, 2 * 10**6)
        message = f"expected {b}, not {a}"
        cell = nbformat.v4.new_code_cell(f'{preamble}\nassert {a} == {b}, "{message}"')
        cell.id = secrets.token_hex(4)
        notebook.cells.insert(index, cell)
        tests = [i + (i >= index) for i in tests]
        canaries[cell.id] = message
    return canaries
