"""Submissions -> grades: run each notebook in its sandbox, write the gradebook, resume safely.

Only this coordinating process writes the gradebook, after a notebook's child process has
returned. A student's result is also written to `<out>/results/<student>.json` once the
gradebook holds it, so a run that is interrupted and started again skips finished students
(unless `force`) and grades the rest: none is lost, none is graded twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
import warnings
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import nbformat
from nbformat import NotebookNode

from . import isolation, sandbox
from . import release as release_step
from .assemble import assemble, grade_id, is_answer, is_test, max_points
from .collect import Submission, collect
from .config import COURSE_ID, Course, UserError
from .feedback import clean_notebook
from .sandbox import Limits, Walls
from .verdict import GradedRun, grade_notebook


@dataclass
class StudentResult:
    """One student's grade for one assignment: what the table and grades.csv show."""

    student: str
    score: float
    max_score: float
    problems: list[str] = field(default_factory=list)
    fingerprint: str = ""
    seconds: float = 0.0
    skipped: bool = False  # finished in an earlier run

    @property
    def problem(self) -> str:
        return "; ".join(self.problems)


@dataclass
class NotebookGrade:
    name: str
    scores: dict[str, float]
    executed: NotebookNode | None
    problems: list[str]
    seconds: float = 0.0


@dataclass
class Template:
    """What grading needs to know of one notebook of the assignment."""

    name: str
    source: NotebookNode
    release: NotebookNode

    @property
    def tests(self) -> dict[str, float]:
        return {grade_id(c): max_points(c) for c in self.source.cells if is_test(c)}


def fingerprint(sub: Submission) -> str:
    """A hash of what the student handed in (their notebooks, or the reasons they are unusable)."""
    digest = hashlib.sha256()
    for name in sorted(sub.notebooks):
        digest.update(name.encode())
        digest.update(nbformat.writes(sub.notebooks[name]).encode())
    for problem in sub.problems:
        digest.update(problem.encode())
    return digest.hexdigest()[:16]


def scores_of(template: Template, run: GradedRun | None) -> dict[str, float]:
    """Points per test cell: the points of its checks that passed (checks.py)."""
    verdicts = run.verdicts if run is not None else {}
    scores = {}
    for gid, points in template.tests.items():
        verdict = verdicts.get(gid)
        if verdict is None:
            scores[gid] = 0.0
        elif verdict.checks and verdict.points > 0:
            scores[gid] = round(points * min(verdict.score / verdict.points, 1.0), 6)
        else:
            scores[gid] = points if verdict.passed else 0.0
    return scores


MAX_SUPPORT_BYTES = 50 * 1024**2


def support_files(src: Path | None, skip: set[str] = frozenset()) -> dict[str, bytes]:
    """The non-notebook files a notebook may read (data files), by relative path."""
    files: dict[str, bytes] = {}
    if src is None or not src.is_dir():
        return files
    for path in sorted(src.rglob("*")):
        rel = path.relative_to(src)
        if path.is_symlink() or not path.is_file() or path.suffix == ".ipynb":
            continue
        if path.name in skip or any(part.startswith(".") for part in rel.parts):
            continue
        if path.stat().st_size < MAX_SUPPORT_BYTES:
            files[rel.as_posix()] = path.read_bytes()
    return files


def write_support_files(files: dict[str, bytes], dest: Path) -> None:
    for rel, data in files.items():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


@dataclass
class Task:
    """Everything needed to grade one submission, with no path into the coordinator's disk.

    It travels whole to a local worker or to a Dask worker on another machine.
    """

    student: str
    notebooks: dict[str, NotebookNode]
    files: dict[str, bytes]
    templates: list[Template]
    limits: Limits
    private: list[str]


def make_task(
    sub: Submission,
    templates: list[Template],
    release_dir: Path,
    limits: Limits,
    private: list[Path],
) -> Task:
    files = support_files(release_dir)
    files.update(support_files(sub.folder, {t.name for t in templates}))
    return Task(sub.student, sub.notebooks, files, templates, limits, [str(p) for p in private])


def grade_task(task: Task) -> list[NotebookGrade]:
    """Grade every notebook of one submission, each in its own scratch folder (any machine)."""
    from .config import PACKAGE_DIR

    walls = Walls.for_course(PACKAGE_DIR.parent, *map(Path, task.private))
    grades = []
    for template in task.templates:
        if template.name not in task.notebooks:
            grades.append(NotebookGrade(template.name, scores_of(template, None), None, []))
            continue
        try:
            built = assemble(task.notebooks[template.name], template.source, template.release)
        except Exception as exc:  # a notebook too odd to assemble: this student's problem only
            reason = f"{template.name} could not be read for grading ({type(exc).__name__})"
            grades.append(NotebookGrade(template.name, scores_of(template, None), None, [reason]))
            continue
        with tempfile.TemporaryDirectory(prefix="grade-") as tmp:
            workdir = Path(tmp) / "work"
            workdir.mkdir()
            write_support_files(task.files, workdir)
            run = graded(built.notebook, workdir, task.limits, walls)
        problems = list(built.notes) + [f"{template.name}: {p}" for p in run.problems]
        grades.append(
            NotebookGrade(
                template.name, scores_of(template, run), run.notebook, problems, run.seconds
            )
        )
    return grades


def graded(notebook: NotebookNode, workdir: Path, limits: Limits, walls: Walls) -> GradedRun:
    """grade_notebook with walls and two user ids of its own as root, without them otherwise."""
    if not isolation.available():
        return grade_notebook(notebook, workdir, limits)
    with isolation.claimed_uid() as student_uid, isolation.claimed_uid() as judge_uid:
        return grade_notebook(notebook, workdir, limits, walls, (student_uid, judge_uid))


def database_url(url: str) -> str:
    """The gradebook URL as SQLAlchemy needs it: plain postgresql:// means the psycopg2 driver."""
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg2://" + url[len(plain) :]
    return url


class Grader:
    """Grades one assignment's submissions into an output folder (see the module docstring)."""

    def __init__(
        self,
        course: Course,
        assignment: str,
        out: Path,
        limits: Limits | None = None,
        db_url: str | None = None,
        feedback: bool = True,
    ):
        self.course = course
        self.assignment = course.check_assignment(assignment)
        self.out = out.resolve()
        self.limits = limits or Limits()
        self.feedback = feedback
        self.db_url = database_url(db_url) if db_url else f"sqlite:///{self.out / 'gradebook.db'}"
        self._release_tmp = tempfile.TemporaryDirectory(prefix="grading-release-")
        self.release_dir = Path(self._release_tmp.name) / self.assignment
        self.templates: list[Template] = []
        # Folders a graded notebook must not see besides the course, /tmp and home.
        self.private: list[Path] = [self.out]
        self.renderer = None  # feedback.Renderer, started with the first feedback page

    # -- set-up --------------------------------------------------------------------------
    def prepare(self) -> None:
        """Record the assignment in the gradebook (with nbgrader) and load its notebooks."""
        self.out.mkdir(parents=True, exist_ok=True)
        (self.out / "results").mkdir(exist_ok=True)
        release_step.generate(
            self.course, self.assignment, Path(self._release_tmp.name), db_url=self.db_url
        )
        self.templates = [
            Template(
                path.name,
                nbformat.read(path, as_version=4),
                nbformat.read(self.release_dir / path.name, as_version=4),
            )
            for path in self.course.source_notebooks(self.assignment)
        ]

    @property
    def max_score(self) -> float:
        return sum(sum(t.tests.values()) for t in self.templates)

    def notebook_names(self) -> list[str]:
        """The assignment's notebook file names (known before prepare())."""
        return [p.name for p in self.course.source_notebooks(self.assignment)]

    # -- resuming ------------------------------------------------------------------------
    def _result_path(self, student: str) -> Path:
        return self.out / "results" / f"{student}.json"

    def finished(self, sub: Submission) -> StudentResult | None:
        path = self._result_path(sub.student)
        try:
            data = json.loads(path.read_text())
        except (OSError, ValueError):
            return None
        if data.get("fingerprint") != fingerprint(sub):
            return None
        data.pop("skipped", None)
        return StudentResult(**data, skipped=True)

    # -- grading -------------------------------------------------------------------------
    def grade_all(
        self,
        subs: list[Submission],
        workers: int = 1,
        force: bool = False,
        progress: Callable[[StudentResult], None] | None = None,
        scheduler: str | None = None,
    ) -> list[StudentResult]:
        """Grade every submission (skipping finished ones unless force); record each result."""
        results: dict[str, StudentResult] = {}
        todo = []
        for sub in subs:
            done = None if force else self.finished(sub)
            if done is not None:
                results[sub.student] = done
                if progress:
                    progress(done)
            else:
                todo.append(sub)
        for sub in todo:
            if not sub.notebooks:
                results[sub.student] = self.record(sub, [])
                if progress:
                    progress(results[sub.student])
        todo = [sub for sub in todo if sub.notebooks]
        for sub, grades in self._run(todo, workers, scheduler):
            results[sub.student] = self.record(sub, grades)
            if progress:
                progress(results[sub.student])
        return [results[sub.student] for sub in subs]

    def _run(self, subs: list[Submission], workers: int, scheduler: str | None):
        """Yield (submission, grades) as they finish, locally or on a Dask cluster."""
        tasks = {
            sub.student: make_task(sub, self.templates, self.release_dir, self.limits, self.private)
            for sub in subs
        }
        by_student = {sub.student: sub for sub in subs}
        if scheduler:
            yield from self._run_dask(tasks, by_student, scheduler)
            return
        sandbox.allow_runs()
        pool = ThreadPoolExecutor(max_workers=max(1, workers))
        try:
            futures = {pool.submit(grade_task, task): name for name, task in tasks.items()}
            for future in as_completed(futures):
                sub = by_student[futures[future]]
                yield sub, self._outcome(sub, future)
        except BaseException:
            # Ctrl-C (or any abort): queued students never start, running notebooks are killed
            # now, and nothing of theirs is recorded: the next run grades them from the start.
            pool.shutdown(wait=False, cancel_futures=True)
            sandbox.stop_all()
            raise
        finally:
            pool.shutdown(wait=True)

    def _run_dask(self, tasks: dict[str, Task], by_student: dict[str, Submission], address: str):
        from distributed import Client
        from distributed import as_completed as dask_completed

        try:
            client = Client(address, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise UserError(f"cannot reach the Dask scheduler at {address} ({exc})") from exc
        with client:
            futures = {
                client.submit(
                    grade_task,
                    task,
                    key=f"grade-{name}-{os.urandom(4).hex()}",
                    pure=False,
                    retries=1,
                ): name
                for name, task in tasks.items()
            }
            for future in dask_completed(futures):
                sub = by_student[futures[future]]
                yield sub, self._outcome(sub, future)

    @staticmethod
    def _outcome(sub: Submission, future) -> list[NotebookGrade]:
        try:
            return future.result()
        except Exception as exc:  # a grading fault is this student's problem only
            sub.problems.append(f"grading failed: {type(exc).__name__}: {exc}")
            return []

    def record(self, sub: Submission, grades: list[NotebookGrade]) -> StudentResult:
        """Write one student's grades (gradebook, autograded/, feedback/), then mark them finished.

        Runs in the coordinating process as each student finishes, while the workers grade the
        next ones.
        """

        by_name = {g.name: g for g in grades}
        problems = list(sub.problems)
        for grade in grades:
            problems.extend(grade.problems)
        if sub.folder is not None and sub.notebooks:
            extra = sorted(
                p.name for p in sub.folder.glob("*.ipynb") if p.name not in self.notebook_names()
            )
            if extra:
                problems.append(f"not graded (not part of {self.assignment}): {', '.join(extra)}")

        total = sum(sum(g.scores.values()) for g in grades)
        try:
            self._write_gradebook(sub, by_name)
        except Exception as exc:  # this student's record only; the run goes on
            problems.append(f"could not be recorded in the gradebook ({type(exc).__name__})")
        if self.feedback:  # before the result file: a finished student always has feedback
            try:
                problems.extend(self._write_feedback(sub.student, by_name))
            except Exception as exc:
                problems.append(f"feedback could not be written ({type(exc).__name__})")
        result = StudentResult(
            sub.student,
            total,
            self.max_score,
            problems,
            fingerprint(sub),
            sum(g.seconds for g in grades),
        )
        self._write_result(result)
        return result

    def _write_gradebook(self, sub: Submission, by_name: dict[str, NotebookGrade]) -> None:
        from nbgrader.api import Gradebook, MissingEntry

        autograded = self.out / "autograded" / sub.student / self.assignment
        if autograded.exists():
            shutil.rmtree(autograded)
        now = datetime.now(UTC).replace(tzinfo=None)
        with Gradebook(self.db_url, course_id=COURSE_ID) as gb, warnings.catch_warnings():
            # nbgrader's remove_submission makes SQLAlchemy warn about autoflush; harmless
            warnings.simplefilter("ignore")
            gb.update_or_create_student(sub.student)
            try:
                gb.remove_submission(self.assignment, sub.student)
            except MissingEntry:
                pass
            gb.add_submission(self.assignment, sub.student, timestamp=now)
            for template in self.templates:
                grade = by_name.get(template.name)
                scores = grade.scores if grade else dict.fromkeys(template.tests, 0.0)
                for gid, score in scores.items():
                    entry = gb.find_grade(
                        gid, template.name[: -len(".ipynb")], self.assignment, sub.student
                    )
                    entry.auto_score = score
                    entry.needs_manual_grade = False
                if grade and grade.executed is not None:
                    self._save_autograded(gb, autograded, template, grade.executed, sub.student)
            gb.db.commit()

    def _write_feedback(self, student: str, by_name: dict[str, NotebookGrade]) -> list[str]:
        from .feedback import Renderer, write_feedback

        if self.renderer is None:
            self.renderer = Renderer()
        scores = {name: grade.scores for name, grade in by_name.items()}
        return write_feedback(
            self.out, self.assignment, student, self.db_url, self.renderer, scores
        )

    def _save_autograded(
        self, gb, folder: Path, template: Template, executed: NotebookNode, student: str
    ) -> None:
        notebook_id = template.name[: -len(".ipynb")]
        for cell in executed.cells:
            gid = grade_id(cell)
            if gid and is_answer(cell):
                comment = gb.find_comment(gid, notebook_id, self.assignment, student)
                stub = next((c for c in template.release.cells if grade_id(c) == gid), None)
                unchanged = stub is not None and stub.source.strip() == cell.source.strip()
                comment.auto_comment = "No response." if unchanged else None
        folder.mkdir(parents=True, exist_ok=True)
        nbformat.write(clean_notebook(executed), folder / template.name)

    def _write_result(self, result: StudentResult) -> None:
        path = self._result_path(result.student)
        tmp = path.with_suffix(".json.tmp")
        data = asdict(result)
        data.pop("skipped")
        tmp.write_text(json.dumps(data, indent=1))
        os.replace(tmp, path)

    def close(self) -> None:
        if self.renderer is not None:
            self.renderer.close()
        self._release_tmp.cleanup()


def collect_submissions(grader: Grader, submissions: Path, scratch: Path) -> list[Submission]:
    """Read the submissions; the graded notebooks will not see that folder either."""
    grader.private.append(submissions.resolve())
    return collect(submissions, grader.assignment, grader.notebook_names(), scratch)


def progress_printer(total: int, stream=sys.stderr) -> Callable[[StudentResult], None]:
    """A one-line progress display: graded / with problems / remaining."""
    counts = {"done": 0, "problems": 0}

    def show(result: StudentResult) -> None:
        counts["done"] += 1
        counts["problems"] += bool(result.problems)
        width = 24
        filled = int(width * counts["done"] / max(total, 1))
        bar = "#" * filled + "-" * (width - filled)
        line = (
            f"\r[{bar}] {counts['done']}/{total} graded, {counts['problems']} with problems, "
            f"{total - counts['done']} remaining"
        )
        stream.write(line + ("\n" if counts["done"] == total else ""))
        stream.flush()

    return show


def summarise(results: Iterable[StudentResult]) -> str:
    results = list(results)
    full = sum(r.score == r.max_score for r in results)
    troubled = sum(bool(r.problems) for r in results)
    return f"{len(results)} submissions: {full} full marks, {troubled} with problems"
