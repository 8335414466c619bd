"""solutions/ -> exercises/: generate the student versions with nbgrader, then check for leaks."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import nbformat

from .config import Course, UserError, tool_env

SOLUTION_BEGIN, SOLUTION_END = "### BEGIN SOLUTION", "### END SOLUTION"
HIDDEN_BEGIN, HIDDEN_END = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"
MARKERS = (SOLUTION_BEGIN, SOLUTION_END, HIDDEN_BEGIN, HIDDEN_END)


def generate(course: Course, assignment: str, release_dir: Path, db_url: str | None = None) -> Path:
    """Run plain `nbgrader generate_assignment` into release_dir/<assignment>; return that folder.

    The assignment is recorded in the gradebook at db_url (a throw-away one by default).
    """
    with tempfile.TemporaryDirectory(prefix="release-db-") as tmp:
        db_url = db_url or f"sqlite:///{Path(tmp) / 'gradebook.db'}"
        cmd = [
            sys.executable,
            "-m",
            "nbgrader",
            "generate_assignment",
            assignment,
            "--force",
            "--log-level=ERROR",
            f"--db={db_url}",
            f"--CourseDirectory.release_directory={release_dir.resolve()}",
        ]
        done = subprocess.run(cmd, cwd=course.root, capture_output=True, text=True, env=tool_env())
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise UserError(f"nbgrader could not generate {assignment}: " + " | ".join(tail))
    return release_dir / assignment


def regions(source: str, begin: str, end: str) -> tuple[list[str], list[str]]:
    """Split a cell's lines into (inside begin/end regions, outside them), markers dropped."""
    inside, outside, depth = [], [], 0
    for line in source.splitlines():
        text = line.strip()
        if text == begin:
            depth += 1
        elif text == end:
            depth = max(depth - 1, 0)
        elif depth:
            inside.append(line)
        else:
            outside.append(line)
    return inside, outside


@dataclass(frozen=True)
class Leak:
    notebook: str
    line: str

    def __str__(self) -> str:
        return f"{self.notebook}: {self.line.strip()!r}"


def find_leaks(source_nb: Path, release_nb: Path) -> list[Leak]:
    """Lines of solutions or hidden tests (or their markers) that appear in the student version."""
    source = nbformat.read(source_nb, as_version=4)
    secret: set[str] = set()
    public: set[str] = set()
    for cell in source.cells:
        text = cell.source
        sol_in, rest = regions(text, SOLUTION_BEGIN, SOLUTION_END)
        hid_in, rest = regions("\n".join(rest), HIDDEN_BEGIN, HIDDEN_END)
        secret.update(line.strip() for line in sol_in + hid_in if line.strip())
        public.update(line.strip() for line in rest if line.strip())
    secret -= public

    release = nbformat.read(release_nb, as_version=4)
    leaks = []
    for cell in release.cells:
        for line in cell.source.splitlines():
            text = line.strip()
            if any(marker in text for marker in MARKERS) or text in secret:
                leaks.append(Leak(release_nb.name, line))
    return leaks


def release(course: Course, assignments: list[str] | None = None) -> dict[str, list[Path]]:
    """Regenerate exercises/ for the given assignments (all by default); refuse leaky versions.

    Each assignment is generated into a scratch folder first and checked; exercises/ is
    replaced only when the student version reveals nothing.
    """
    chosen = [course.check_assignment(a) for a in assignments] if assignments else None
    chosen = chosen or course.assignments()
    made: dict[str, list[Path]] = {}
    for assignment in chosen:
        with tempfile.TemporaryDirectory(prefix="release-") as tmp:
            folder = generate(course, assignment, Path(tmp))
            leaks = [
                leak
                for source_nb in course.source_notebooks(assignment)
                for leak in find_leaks(source_nb, folder / source_nb.name)
            ]
            if leaks:
                raise UserError(
                    f"{assignment}: the student version would reveal {len(leaks)} line(s) of "
                    f"solution or hidden test, first {leaks[0]}; exercises/ left unchanged"
                )
            target = course.exercises / assignment
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(folder, target)
        made[assignment] = sorted(target.glob("*.ipynb"))
    return made
