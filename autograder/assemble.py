"""A student's notebook + the assignment's source -> the notebook that is run for grading.

Test cells and locked cells always come from the source, in the source's order, so edited,
deleted, reordered or copied test cells cannot change a grade. Answer cells come from the
student (the released stub when missing). The student's other cells are kept, in their
order, in front of the next graded cell they preceded.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

import nbformat
from nbformat import NotebookNode


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
