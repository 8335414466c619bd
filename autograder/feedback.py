"""Gradebook -> feedback HTML per student (nbgrader's feedback template) and grades.csv."""

from __future__ import annotations

import copy
import csv
from collections.abc import Iterable
from pathlib import Path

import nbformat
from nbformat import NotebookNode

from .config import COURSE_ID
from .release import HIDDEN_BEGIN, HIDDEN_END, regions

NBGRADER_COLUMNS = [
    "assignment",
    "duedate",
    "timestamp",
    "student_id",
    "last_name",
    "first_name",
    "email",
    "raw_score",
    "late_submission_penalty",
    "score",
    "max_score",
]


def without_hidden_tests(notebook: NotebookNode) -> NotebookNode:
    """The notebook with the code of hidden tests removed; their messages stay visible.

    A traceback would quote the failing line of a hidden test, so errors in such cells are
    shown as their type and message only (the messages are written for students).
    """
    notebook = copy.deepcopy(notebook)
    for cell in notebook.cells:
        if HIDDEN_BEGIN in cell.source:
            _, visible = regions(cell.source, HIDDEN_BEGIN, HIDDEN_END)
            cell.source = "\n".join(visible).rstrip() + "\n# (hidden tests ran here)"
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    message = f"{output.get('ename', 'Error')}: {output.get('evalue', '')}"
                    output["traceback"] = [message.rstrip(": ")]
    return notebook


def _exporter():
    import nbgrader
    from nbconvert.exporters import HTMLExporter
    from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
    from nbgrader.preprocessors import GetGrades
    from traitlets.config import Config

    base = Path(nbgrader.__file__).parent / "server_extensions" / "formgrader"
    config = Config()
    config.HTMLExporter.template_name = "feedback"
    config.HTMLExporter.extra_template_basedirs = [str(base / "templates")]
    config.HTMLExporter.extra_template_paths = [
        str(base / "static" / "node_modules" / "bootstrap" / "dist" / "css")
    ]
    exporter = HTMLExporter(config=config)
    exporter.register_preprocessor(GetGrades(), enabled=True)
    exporter.register_preprocessor(CSSHTMLHeaderPreprocessor(), enabled=True)
    return exporter


def write_feedback(out: Path, assignment: str, student: str, db_url: str) -> list[Path]:
    """Render out/autograded/<student>/<assignment>/*.ipynb to out/feedback/... as HTML."""
    source = out / "autograded" / student / assignment
    target = out / "feedback" / student / assignment
    if target.exists():
        for old in target.glob("*.html"):
            old.unlink()
    written = []
    exporter = None
    for notebook_path in sorted(source.glob("*.ipynb")):
        exporter = exporter or _exporter()
        notebook = without_hidden_tests(nbformat.read(notebook_path, as_version=4))
        resources = {
            "nbgrader": {
                "notebook": notebook_path.stem,
                "assignment": assignment,
                "student": student,
                "db_url": db_url,
            },
            "metadata": {"name": notebook_path.stem},
        }
        html, _ = exporter.from_notebook_node(notebook, resources=resources)
        target.mkdir(parents=True, exist_ok=True)
        path = target / f"{notebook_path.stem}.html"
        path.write_text(html, encoding="utf-8")
        written.append(path)
    return written


def write_grades_csv(path: Path, assignment: str, db_url: str, problems: dict[str, str]) -> None:
    """grades.csv in nbgrader's export format, plus a `problem` column, for this assignment."""
    from nbgrader.api import Gradebook, MissingEntry

    with (
        Gradebook(db_url, course_id=COURSE_ID) as gb,
        open(path, "w", newline="", encoding="utf-8") as handle,
    ):
        writer = csv.writer(handle)
        writer.writerow([*NBGRADER_COLUMNS, "problem"])
        record = gb.find_assignment(assignment)
        for student in sorted(gb.students, key=lambda s: s.id):
            try:
                sub = gb.find_submission(assignment, student.id)
                timestamp, raw, penalty = sub.timestamp, sub.score, sub.late_submission_penalty
            except MissingEntry:
                timestamp, raw, penalty = "", 0.0, 0.0
            row = [
                assignment,
                record.duedate or "",
                timestamp or "",
                student.id,
                student.last_name or "",
                student.first_name or "",
                student.email or "",
                raw,
                penalty,
                max(raw - penalty, 0.0),
                record.max_score,
                problems.get(student.id, ""),
            ]
            writer.writerow(["" if v is None else v for v in row])


def table(rows: Iterable[tuple[str, float, float, str]]) -> str:
    """The table printed at the end of grading: student, score, max, problem."""
    rows = list(rows)
    width = max([len("student"), *(len(r[0]) for r in rows)])
    lines = [f"{'student':<{width}}  {'score':>6}  {'max':>6}  problem"]
    for student, score, max_score, problem in rows:
        lines.append(f"{student:<{width}}  {score:>6g}  {max_score:>6g}  {problem}")
    return "\n".join(lines)
