"""Build student submissions for tests: solutions, untouched versions, corpus answers."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path

import nbformat

from autograder.assemble import grade_id, is_answer
from autograder.config import Course
from autograder.release import SOLUTION_BEGIN, SOLUTION_END

CORPUS = Path(__file__).parent / "corpus"
SECTION = re.compile(r"^# %% (\S+)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class CorpusEntry:
    """A plausible answer: replacement sources for some answer cells, and what it is."""

    assignment: str
    kind: str  # "wrong" or "right"
    name: str
    description: str
    answers: dict[str, str]

    @property
    def id(self) -> str:
        return f"{self.assignment}-{self.kind}-{self.name}"


def parse_corpus_file(path: Path, assignment: str, kind: str) -> CorpusEntry:
    text = path.read_text()
    parts = SECTION.split(text)
    head, rest = parts[0], parts[1:]
    doc = re.search(r'"""(.*?)"""', head, re.DOTALL)
    if not doc or not rest:
        raise ValueError(f"{path}: needs a docstring and at least one '# %% <grade_id>' section")
    answers = {rest[i]: rest[i + 1].strip("\n") for i in range(0, len(rest), 2)}
    return CorpusEntry(assignment, kind, path.stem, doc.group(1).strip(), answers)


def corpus(assignment: str, kind: str) -> list[CorpusEntry]:
    folder = CORPUS / assignment / kind
    return [parse_corpus_file(p, assignment, kind) for p in sorted(folder.glob("*.py"))]


def solution_text(source_cell: str) -> str:
    """An answer cell's solution as a student would hand it in: the markers removed."""
    lines = [
        line
        for line in source_cell.splitlines()
        if line.strip() not in (SOLUTION_BEGIN, SOLUTION_END)
    ]
    return "\n".join(lines)


def student_notebook(
    course: Course,
    assignment: str,
    name: str,
    answers: dict[str, str] | None = None,
    untouched: bool = False,
) -> nbformat.NotebookNode:
    """The released notebook with every answer cell filled by the solution (or by `answers`)."""
    release = nbformat.read(course.exercises / assignment / name, as_version=4)
    if untouched:
        return release
    source = nbformat.read(course.solutions / assignment / name, as_version=4)
    solutions = {grade_id(c): solution_text(c.source) for c in source.cells if is_answer(c)}
    answers = answers or {}
    unknown = set(answers) - set(solutions)
    notebook = copy.deepcopy(release)
    for cell in notebook.cells:
        gid = grade_id(cell)
        if gid and is_answer(cell):
            cell.source = answers.get(gid, solutions[gid])
    if unknown and len(course.release_notebooks(assignment)) == 1:
        raise ValueError(f"no answer cells named {sorted(unknown)} in {assignment}/{name}")
    return notebook


def write_submission(
    folder: Path,
    course: Course,
    assignment: str,
    answers: dict[str, str] | None = None,
    untouched: bool = False,
) -> Path:
    """Write one student's folder with every notebook of the assignment."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in course.release_notebooks(assignment):
        nb = student_notebook(course, assignment, path.name, answers, untouched)
        nbformat.write(nb, folder / path.name)
    return folder


# The README's example class: (folder, corpus entry or None for the solution, untouched?)
EXAMPLES = {
    "01_neurons": [
        ("correct_ada", ("right", "loops_everywhere"), False),
        ("partial_ben", ("wrong", "dense_forgot_bias"), False),
        ("untouched_cy", None, True),
    ],
}


def write_examples(course: Course, target: Path) -> None:
    """Regenerate autograder/examples/ from the released notebooks and the corpus."""
    for assignment, students in EXAMPLES.items():
        for folder, entry, untouched in students:
            answers = None
            if entry is not None:
                kind, name = entry
                path = CORPUS / assignment / kind / f"{name}.py"
                answers = parse_corpus_file(path, assignment, kind).answers
            dest = target / assignment / folder
            if dest.exists():
                for old in dest.glob("*.ipynb"):
                    old.unlink()
            write_submission(dest, course, assignment, answers, untouched)


if __name__ == "__main__":
    # python tests/submissions.py: rewrite the example submissions after an exercise changes
    write_examples(Course.default(), Course.default().root / "autograder" / "examples")
