"""Graded notebooks -> feedback HTML per student, and grades.csv.

What a student's notebook printed is untrusted: `clean_notebook` rebuilds every cell from the
few fields a feedback page needs (no student metadata, known output types and mimetypes only,
sizes capped), and the page is rendered with nbconvert's HTML sanitiser (bleach) in a worker
process of its own, which gets a time limit per page and is replaced when it overruns or
fails. A page that cannot be rendered becomes a plain page of scores, and says why. Test cells
show their visible source, their points and the judge's message, never what ran in hidden
tests nor what the student kernel printed meanwhile (it printed nothing into test cells: they
ran in the judge, see verdict.py).
"""

from __future__ import annotations

import copy
import csv
import html
import sys
from collections.abc import Iterable
from pathlib import Path

import nbformat
from nbformat import NotebookNode

from . import channel
from .assemble import grade_id, is_test, nbgrader_meta
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

RENDER_SECONDS = 60  # per feedback page
MAX_SOURCE_CHARS = {"code": 100_000, "markdown": 20_000, "raw": 20_000}
MAX_TEXT_CHARS = 20_000
TEXT_MIMETYPES = ("text/plain", "text/html", "text/markdown", "text/latex")
IMAGE_MIMETYPES = ("image/png", "image/jpeg")
MAX_IMAGE_CHARS = 2 * 1024**2


def _text(value, limit: int = MAX_TEXT_CHARS) -> str:
    if isinstance(value, list):
        value = "".join(v for v in value if isinstance(v, str))
    if not isinstance(value, str):
        return ""
    if len(value) > limit:
        return value[:limit] + f"\n... [{len(value)} characters, cut]"
    return value


def _clean_output(output) -> NotebookNode | None:
    if not isinstance(output, dict):
        return None
    kind = output.get("output_type")
    if kind == "stream":
        name = output.get("name") if output.get("name") in ("stdout", "stderr") else "stdout"
        return nbformat.v4.new_output("stream", name=name, text=_text(output.get("text")))
    if kind == "error":
        traceback = output.get("traceback")
        lines = [_text(t, 2000) for t in traceback[:50]] if isinstance(traceback, list) else []
        return nbformat.v4.new_output(
            "error",
            ename=_text(output.get("ename"), 200),
            evalue=_text(output.get("evalue"), 2000),
            traceback=lines,
        )
    if kind in ("display_data", "execute_result"):
        data = output.get("data") if isinstance(output.get("data"), dict) else {}
        kept = {m: _text(data[m]) for m in TEXT_MIMETYPES if m in data}
        for mime in IMAGE_MIMETYPES:
            value = data.get(mime)
            if isinstance(value, str) and len(value) <= MAX_IMAGE_CHARS:
                kept[mime] = value
        if not kept:
            return None
        return nbformat.v4.new_output("display_data", data=kept)
    return None


def clean_notebook(notebook: NotebookNode) -> NotebookNode:
    """A notebook rebuilt from the fields a feedback page needs (see the module docstring)."""
    clean = nbformat.v4.new_notebook(metadata=copy.deepcopy(notebook.get("metadata", {})))
    for cell in notebook.cells:
        kind = cell.get("cell_type") if cell.get("cell_type") in MAX_SOURCE_CHARS else "raw"
        source = _text(cell.get("source", ""), MAX_SOURCE_CHARS[kind])
        if kind == "code":
            new = nbformat.v4.new_code_cell(source)
            outputs = cell.get("outputs") if isinstance(cell.get("outputs"), list) else []
            new.outputs = [o for o in map(_clean_output, outputs) if o is not None]
        elif kind == "markdown":
            new = nbformat.v4.new_markdown_cell(source)
        else:
            new = nbformat.v4.new_raw_cell(source)
        meta = nbgrader_meta(cell)
        if meta:
            new.metadata["nbgrader"] = copy.deepcopy(meta)
        clean.cells.append(new)
    return clean


def without_hidden_tests(notebook: NotebookNode) -> NotebookNode:
    """The notebook with the code of hidden tests removed; their messages stay visible.

    A traceback would quote the failing line of a hidden test, so errors in test cells are
    shown as their type and message only (the messages are written for students), and what a
    test printed is not shown. The student's code sees the inputs of the hidden tests that call
    it, so the outputs of their cells that ran after the first hidden test are not shown either
    (they stay in autograded/ for instructors).
    """
    notebook = copy.deepcopy(notebook)
    after_hidden = False
    for cell in notebook.cells:
        if after_hidden and cell.cell_type == "code" and not is_test(cell) and cell.outputs:
            note = "(outputs of cells that ran after a hidden test are not shown)\n"
            cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=note)]
        if is_test(cell) and HIDDEN_BEGIN in cell.source:
            after_hidden = True
        if HIDDEN_BEGIN in cell.source:
            _, visible = regions(cell.source, HIDDEN_BEGIN, HIDDEN_END)
            cell.source = "\n".join(visible).rstrip() + "\n# (hidden tests ran here)"
        if is_test(cell) or HIDDEN_BEGIN in cell.get("source", ""):
            cell.outputs = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
            for output in cell.outputs:
                message = f"{output.get('ename', 'Error')}: {output.get('evalue', '')}"
                output["traceback"] = [message.rstrip(": ")]
    return notebook


def _exporter():
    import nbgrader
    from nbconvert.exporters import HTMLExporter
    from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
    from nbconvert.preprocessors.sanitize import SanitizeHTML
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
    exporter.register_preprocessor(SanitizeHTML(strip=True), enabled=True)
    exporter.register_preprocessor(GetGrades(), enabled=True)
    exporter.register_preprocessor(CSSHTMLHeaderPreprocessor(), enabled=True)
    return exporter


def render_page(notebook_path: Path, target: Path, job: dict, exporter=None) -> None:
    """Render one autograded notebook to its feedback page (in the render worker)."""
    exporter = exporter or _exporter()
    notebook = without_hidden_tests(nbformat.read(notebook_path, as_version=4))
    resources = {
        "nbgrader": {
            "notebook": notebook_path.stem,
            "assignment": job["assignment"],
            "student": job["student"],
            "db_url": job["db_url"],
        },
        "metadata": {"name": notebook_path.stem},
    }
    page, _ = exporter.from_notebook_node(notebook, resources=resources)
    target.write_text(page, encoding="utf-8")


def _worker_main() -> int:
    """The render worker: one page per request, on stdin/stdout (see Renderer)."""
    out = sys.stdout.buffer
    exporter = _exporter()
    while True:
        try:
            job, _ = channel.receive(sys.stdin.buffer)
        except channel.ChannelClosed:
            return 0
        try:
            render_page(Path(job["notebook"]), Path(job["target"]), job, exporter)
            channel.send(out, {"op": "done"})
        except Exception as exc:
            channel.send(out, {"op": "failed", "why": f"{type(exc).__name__}: {exc}"[:300]})


class Renderer:
    """Renders feedback pages in a worker process, each page with a time limit."""

    def __init__(self, seconds: float = RENDER_SECONDS):
        self.seconds = seconds
        self.child = None

    def _start(self):
        from .sandbox import Child, Limits, child_env

        cmd = [sys.executable, "-I", "-m", "autograder.feedback"]
        env = child_env(Path("/tmp"))
        env.pop("TMPDIR", None)
        limits = Limits(cpu_seconds=10**6, memory_bytes=8 * 1024**3, processes=10**4)
        return Child(cmd, env, limits)

    def render(self, notebook_path: Path, target: Path, job: dict) -> str:
        """Render one page; "" when done, else why it could not be (the worker is replaced)."""
        if self.child is None:
            self.child = self._start()
        try:
            self.child.send({**job, "notebook": str(notebook_path), "target": str(target)})
            header, _ = self.child.inbox.get(self.seconds)
        except channel.ChannelClosed as exc:
            self.close()
            return "took too long" if "in time" in str(exc) else "the renderer failed"
        if header.get("op") == "done":
            return ""
        return str(header.get("why", "failed"))[:300]

    def close(self) -> None:
        if self.child is not None:
            self.child.close()
            self.child = None


def fallback_page(title: str, rows: list[tuple[str, float, float, str]], why: str) -> str:
    """A plain page of scores, for a notebook whose feedback could not be rendered."""
    body = "".join(
        f"<tr><td>{html.escape(g)}</td><td>{s:g}</td><td>{m:g}</td><td>{html.escape(msg)}</td></tr>"
        for g, s, m, msg in rows
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}"
        f"</title></head><body><h1>{html.escape(title)}</h1><p>The full feedback page could not"
        f" be made ({html.escape(why)}); these are the scores of each test.</p><table><tr><th>"
        f"test</th><th>score</th><th>max</th><th>message</th></tr>{body}</table></body></html>"
    )


def _test_rows(notebook: NotebookNode, scores: dict[str, float]) -> list:
    rows = []
    for cell in notebook.cells:
        if is_test(cell):
            gid = grade_id(cell)
            errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
            message = "; ".join(f"{e.get('ename')}: {e.get('evalue')}" for e in errors)
            points = float(nbgrader_meta(cell).get("points", 0) or 0)
            rows.append((gid, scores.get(gid, 0.0), points, message))
    return rows


def write_feedback(
    out: Path,
    assignment: str,
    student: str,
    db_url: str,
    renderer: Renderer,
    scores: dict[str, dict[str, float]] | None = None,
) -> list[str]:
    """Render out/autograded/<student>/<assignment>/*.ipynb to out/feedback/...; problems."""
    source = out / "autograded" / student / assignment
    target = out / "feedback" / student / assignment
    if target.exists():
        for old in target.glob("*.html"):
            old.unlink()
    problems = []
    for notebook_path in sorted(source.glob("*.ipynb")):
        target.mkdir(parents=True, exist_ok=True)
        page = target / f"{notebook_path.stem}.html"
        job = {"assignment": assignment, "student": student, "db_url": db_url}
        why = renderer.render(notebook_path, page, job)
        if why:
            notebook = nbformat.read(notebook_path, as_version=4)
            rows = _test_rows(notebook, (scores or {}).get(notebook_path.name, {}))
            page.write_text(fallback_page(notebook_path.stem, rows, why), encoding="utf-8")
            problems.append(f"{notebook_path.name}: feedback page could not be rendered ({why})")
    return problems


def write_grades_csv(
    path: Path,
    assignment: str,
    db_url: str,
    problems: dict[str, str],
    scores: dict[str, tuple[float, float]] | None = None,
) -> None:
    """grades.csv in nbgrader's export format, plus a `problem` column, for this assignment.

    Students of this run whom the gradebook does not hold (a failure while recording them) get
    a row from `scores` (score, max) and their problem.
    """
    from nbgrader.api import Gradebook, MissingEntry

    with (
        Gradebook(db_url, course_id=COURSE_ID) as gb,
        open(path, "w", newline="", encoding="utf-8") as handle,
    ):
        writer = csv.writer(handle)
        writer.writerow([*NBGRADER_COLUMNS, "problem"])
        record = gb.find_assignment(assignment)
        known = set()
        for student in sorted(gb.students, key=lambda s: s.id):
            known.add(student.id)
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
        for student, (score, max_score) in sorted((scores or {}).items()):
            if student not in known:
                row = [assignment, record.duedate or "", "", student, "", "", "", score, 0.0]
                writer.writerow([*row, score, max_score, problems.get(student, "")])


def table(rows: Iterable[tuple[str, float, float, str]]) -> str:
    """The table printed at the end of grading: student, score, max, problem."""
    rows = list(rows)
    width = max([len("student"), *(len(r[0]) for r in rows)])
    lines = [f"{'student':<{width}}  {'score':>6}  {'max':>6}  problem"]
    for student, score, max_score, problem in rows:
        lines.append(f"{student:<{width}}  {score:>6g}  {max_score:>6g}  {problem}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(_worker_main())
