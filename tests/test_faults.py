"""Every fault a submission can have ends as a score and a reason; nobody else is affected."""

from __future__ import annotations

import json
import os

import nbformat
import pytest

from autograder.grade import Grader, collect_submissions
from autograder.sandbox import Limits
from conftest import COURSE
from submissions import write_submission
from test_grade_cli import tree_digest

ASSIGNMENT = "01_neurons"

# Extra code cells put in front of a correct solution: (code, expected full marks?, reason).
FAULT_CELLS = {
    "endless-loop": ("while True:\n    pass", True, "stopped at the"),
    "long-sleep": ("import time\ntime.sleep(3600)", True, "stopped at the"),
    "sys-exit": ("import sys\nsys.exit(3)", True, ""),
    "os-exit": ("import os\nos._exit(3)", False, "kernel died"),
    "segfault": ("import ctypes\nctypes.string_at(0)", False, "kernel died"),
    "memory-bomb": ("hog = []\nwhile True:\n    hog.append(bytearray(100 * 2**20))", True, ""),
    "fork-bomb": ("import os\nwhile True:\n    os.fork()", None, ""),
    "huge-output": ("for _ in range(100):\n    print('x' * 1_000_000)", True, ""),
    "one-huge-line": ("print('y' * 40_000_000)", True, ""),
    "huge-image": (
        "from IPython.display import Image, display\n"
        "display(Image(data=b'\\x89PNG' + bytes(30_000_000)))",
        True,
        "",
    ),
    "display-with-odd-metadata": (
        "from IPython.display import publish_display_data\n"
        "publish_display_data({'text/plain': 'odd'}, metadata=[1, 2])",
        True,
        "",
    ),
    "forty-big-displays": (
        "from IPython.display import HTML, display\n"
        "for i in range(40):\n"
        "    display(HTML('<p>' + 'w' * 1_000_000 + '</p>'))",
        True,
        "",
    ),
    "background-process": (
        "import subprocess, sys\n"
        "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'])",
        True,
        "",
    ),
}


def _insert(folder, code: str) -> None:
    for path in folder.glob("*.ipynb"):
        nb = nbformat.read(path, as_version=4)
        nb.cells.insert(2, nbformat.v4.new_code_cell(code))
        nbformat.write(nb, path)


def _edit_json(folder, change) -> None:
    for path in folder.glob("*.ipynb"):
        data = json.loads(path.read_text())
        change(data)
        path.write_text(json.dumps(data))


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    base = tmp_path_factory.mktemp("faults")
    subs = base / "submissions"
    write_submission(subs / "control", COURSE, ASSIGNMENT)
    for name, (code, _, _) in FAULT_CELLS.items():
        _insert(write_submission(subs / name, COURSE, ASSIGNMENT), code)

    def no_kernelspec(data):
        data["metadata"].pop("kernelspec", None)

    def duplicate_ids(data):
        for cell in data["cells"]:
            cell["id"] = "same"

    def copied_test_cell(data):
        tests = [c for c in data["cells"] if c["metadata"].get("nbgrader", {}).get("grade")]
        copy = json.loads(json.dumps(tests[0]))
        copy["source"] = "pass"
        data["cells"].append(copy)

    def old_nbformat(data):
        data["nbformat_minor"] = 0
        for cell in data["cells"]:
            cell.pop("id", None)

    def transient_markdown(data):
        data["cells"].insert(
            1,
            {
                "cell_type": "markdown",
                "metadata": {"transient": 1},
                "source": "a note",
                "id": "transient",
            },
        )

    def quadratic_markdown(data):
        data["cells"].insert(
            1,
            {
                "cell_type": "markdown",
                "metadata": {},
                "source": "\\begin{a}" * 20_000,
                "id": "slow",
            },
        )

    for name, change in {
        "transient-markdown": transient_markdown,
        "quadratic-markdown": quadratic_markdown,
        "no-kernelspec": no_kernelspec,
        "duplicate-cell-ids": duplicate_ids,
        "copied-test-cell": copied_test_cell,
        "old-nbformat": old_nbformat,
    }.items():
        _edit_json(write_submission(subs / name, COURSE, ASSIGNMENT), change)
    big = write_submission(subs / "huge-notebook", COURSE, ASSIGNMENT)
    for path in big.glob("*.ipynb"):
        with open(path, "a") as handle:
            handle.truncate(200 * 2**20)
    deep = write_submission(subs / "deeply-nested-json", COURSE, ASSIGNMENT)
    for path in deep.glob("*.ipynb"):
        path.write_text("[" * 200_000 + "]" * 200_000)
    write_submission(subs / "name with spaces", COURSE, ASSIGNMENT)
    write_submission(subs / "名前-ü", COURSE, ASSIGNMENT)

    before = tree_digest(subs)
    grader = Grader(COURSE, ASSIGNMENT, base / "out", Limits(cell_seconds=5, wall_seconds=60))
    try:
        grader.prepare()
        found = collect_submissions(grader, subs, base / "scratch")
        results = grader.grade_all(found, workers=os.cpu_count() or 2)
    finally:
        grader.close()
    assert tree_digest(subs) == before, "grading changed SUBMISSIONS"
    return Graded({r.student: r for r in results}, base / "out")


class Graded(dict):
    """The results by student, and the output folder of the run."""

    def __init__(self, results, out):
        super().__init__(results)
        self.out = out


def test_control_student_has_full_marks(graded):
    control = graded["control"]
    assert control.score == control.max_score > 0 and not control.problems


@pytest.mark.parametrize("fault", sorted(FAULT_CELLS))
def test_fault_in_a_cell_ends_as_a_score_and_a_reason(graded, fault):
    _, full, reason = FAULT_CELLS[fault]
    result = graded[fault]
    if full is True:
        assert result.score == result.max_score, result.problem
    elif full is False:
        assert result.score < result.max_score
    assert reason in result.problem
    assert "\n" not in result.problem


@pytest.mark.parametrize(
    "student",
    [
        "transient-markdown",
        "quadratic-markdown",
        "no-kernelspec",
        "duplicate-cell-ids",
        "copied-test-cell",
        "old-nbformat",
        "name with spaces",
        "名前-ü",
    ],
)
def test_odd_but_correct_submissions_keep_full_marks(graded, student):
    assert graded[student].score == graded[student].max_score, graded[student].problem


def test_copied_test_cell_is_reported(graded):
    assert "copy of test cell" in graded["copied-test-cell"].problem


def test_huge_notebook_gets_zero_and_a_reason(graded):
    result = graded["huge-notebook"]
    assert result.score == 0 and "MB" in result.problem


def test_a_notebook_too_deeply_nested_to_parse_gets_zero_and_a_reason(graded):
    result = graded["deeply-nested-json"]
    assert result.score == 0 and "could not be read" in result.problem, result.problem


def test_every_student_has_a_feedback_page_of_bounded_size(graded):
    out = graded.out
    for student in graded:
        pages = list((out / "feedback" / student / ASSIGNMENT).glob("*.html"))
        if any(w in graded[student].problem for w in ("MB", "could not be read")):
            continue  # a notebook too big or too deep to read has no page
        assert pages, f"{student} has no feedback"
        for page in pages:
            assert page.stat().st_size < 8 * 2**20, f"{student}: {page.stat().st_size} bytes"


@pytest.mark.parametrize("odd", ["transient-markdown", "list-as-output-metadata"])
def test_a_notebook_that_breaks_nbconvert_is_rebuilt_before_rendering(odd):
    """Without clean_notebook, each of these cells makes nbconvert raise."""
    import nbformat as nbf
    from jinja2 import UndefinedError
    from nbconvert.exporters import HTMLExporter
    from nbformat import ValidationError

    from autograder.feedback import clean_notebook

    nb = nbf.v4.new_notebook()
    if odd == "transient-markdown":
        nb.cells = [nbf.v4.new_markdown_cell("a note")]
        nb.cells[0].metadata = {"transient": 1}
    else:
        nb.cells = [nbf.v4.new_code_cell("x")]
        nb.cells[0].outputs = [nbf.v4.new_output("display_data", data={"text/plain": "a note"})]
        nb.cells[0].outputs[0].metadata = [1, 2]
    exporter = HTMLExporter(template_name="classic")
    with pytest.raises((UndefinedError, ValidationError)):
        exporter.from_notebook_node(nb)
    page, _ = exporter.from_notebook_node(clean_notebook(nb))
    assert "a note" in page


def test_a_failure_while_recording_one_student_spares_the_others(tmp_path, monkeypatch):
    subs = tmp_path / "subs"
    for name in ("first", "unlucky", "last"):
        write_submission(subs / name, COURSE, ASSIGNMENT)
    grader = Grader(COURSE, ASSIGNMENT, tmp_path / "out", Limits(wall_seconds=120), feedback=False)
    real = grader._write_gradebook

    def flaky(sub, by_name):
        if sub.student == "unlucky":
            raise RuntimeError("database is locked")
        return real(sub, by_name)

    monkeypatch.setattr(grader, "_write_gradebook", flaky)
    try:
        grader.prepare()
        found = collect_submissions(grader, subs, tmp_path / "scratch")
        results = {r.student: r for r in grader.grade_all(found, workers=2)}
    finally:
        grader.close()
    assert results["first"].score == results["last"].score == results["first"].max_score
    assert "could not be recorded in the gradebook" in results["unlucky"].problem
