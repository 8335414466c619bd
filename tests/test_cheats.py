"""A student's code cannot raise its grade: an attack scores what its answers score without it.

Each attack of tests/attacks.py is shown twice: against a grader that runs the tests in the
student's own kernel (attacks.one_kernel_scores), where it wins points, and against the real
grader, where the tests run in the judge (judge.py) and the attack changes nothing.
"""

from __future__ import annotations

import os
import re

import attacks
import nbformat
import pytest

import yes_man
from autograder.grade import Grader, collect_submissions
from autograder.release import HIDDEN_BEGIN, HIDDEN_END, regions
from autograder.sandbox import Limits
from conftest import ASSIGNMENTS, COURSE
from submissions import corpus, student_notebook
from trial import try_notebooks

ASSIGNMENT = "01_neurons"
_WRONG = {e.name: e for e in corpus(ASSIGNMENT, "wrong")}
# Two honest mistakes: a layer without its biases (caught by numpy's comparisons) and a
# parameter count returned as a float (caught by an isinstance check).
VICTIM = {**_WRONG["dense_forgot_bias"].answers, **_WRONG["count_float_total"].answers}

CELLS = {
    "post-run-cell": attacks.POST_RUN_CELL,
    "shell-class-transform-ast": attacks.SHELL_CLASS,
    "patched-kernel-replies": attacks.KERNEL_REPLIES,
    "patched-numpy": attacks.NUMPY,
    "thread-patching-numpy": attacks.THREAD,
    "lenient-builtins": attacks.BUILTINS,
    "fake-numpy-in-sys-modules": attacks.SYS_MODULES,
    "settrace-rebinding-np": attacks.SETTRACE,
    "audit-hook": attacks.AUDIT_HOOK,
    "printed-pass": attacks.PRINTED_PASS,
}
# Attacks that win points in the student's own kernel (the others cannot: printed text,
# an audit hook alone, do not change an execution reply).
WIN_IN_ONE_KERNEL = set(CELLS) - {"audit-hook", "printed-pass"}


def notebooks(answers: dict[str, str], cell: str | None = None, assignment: str = ASSIGNMENT):
    found = {}
    for path in COURSE.release_notebooks(assignment):
        nb = student_notebook(COURSE, assignment, path.name, answers)
        found[path.name] = attacks.with_cell_first(nb, cell) if cell else nb
    return found


def versions() -> dict[str, dict[str, nbformat.NotebookNode]]:
    found = {"honest": notebooks(VICTIM)}
    found.update({name: notebooks(VICTIM, code) for name, code in CELLS.items()})
    found["oracle"] = notebooks(attacks.with_oracle(VICTIM), attacks.ORACLE)
    zero = attacks.zero_answers(COURSE, ASSIGNMENT)
    found["zero"] = notebooks(zero)
    found["zero-oracle"] = notebooks(attacks.with_oracle(zero), attacks.ORACLE)
    return found


def grade_class(tmp_path_factory, name: str, assignment: str, classes: dict) -> dict:
    """Grade these students with the real grader (walls and all, when run as root)."""
    base = tmp_path_factory.mktemp(name)
    subs = base / "submissions"
    for student, files in classes.items():
        folder = subs / student
        folder.mkdir(parents=True)
        for file_name, nb in files.items():
            nbformat.write(nb, folder / file_name)
    grader = Grader(COURSE, assignment, base / "out", Limits(wall_seconds=300))
    try:
        grader.prepare()
        found = collect_submissions(grader, subs, base / "scratch")
        results = grader.grade_all(found, workers=os.cpu_count() or 2)
    finally:
        grader.close()
    return {"results": {r.student: r for r in results}, "out": base / "out"}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    return grade_class(tmp_path_factory, "cheats", ASSIGNMENT, versions())


@pytest.fixture(scope="module")
def in_one_kernel():
    return attacks.one_kernel_scores(COURSE, ASSIGNMENT, versions())


def test_the_victim_is_partly_wrong(graded):
    honest = graded["results"]["honest"]
    assert 0 < honest.score < honest.max_score


# The oracle reads the expected value off the calling line (`== 3`, `assert_allclose(x, y)`):
# the checks the victim fails compare with values computed in the test, which it cannot read,
# so its power is shown on zero answers instead (the next test).
@pytest.mark.parametrize("attack", sorted(WIN_IN_ONE_KERNEL))
def test_attack_wins_points_when_tests_run_in_the_students_kernel(in_one_kernel, attack):
    assert in_one_kernel[attack] > in_one_kernel["honest"], f"{attack} would need no judge"


def test_the_oracle_wins_even_with_answers_that_return_zero(in_one_kernel):
    assert in_one_kernel["zero-oracle"] > in_one_kernel["zero"]


@pytest.mark.parametrize("attack", sorted(CELLS) + ["oracle"])
def test_attack_scores_what_the_answers_score_without_it(graded, attack):
    results = graded["results"]
    assert results[attack].score == results["honest"].score, results[attack].problem


def test_an_oracle_over_zero_answers_scores_zero(graded):
    results = graded["results"]
    assert results["zero-oracle"].score == results["zero"].score == 0


# ------------------------------------------------------ every assignment, every patch at once


def _property_class(assignment: str) -> dict:
    base = corpus(assignment, "wrong")[0].answers
    zero = attacks.zero_answers(COURSE, assignment)
    return {
        "wrong": notebooks(base, assignment=assignment),
        "wrong-patched": notebooks(attacks.with_oracle(base), attacks.ALL_PATCHES, assignment),
        "zero": notebooks(zero, assignment=assignment),
        "zero-patched": notebooks(attacks.with_oracle(zero), attacks.ALL_PATCHES, assignment),
    }


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_patches_and_oracles_change_no_score(tmp_path_factory, assignment):
    """Patched numpy, builtins, sys.modules, IPython events and shell class, and oracles."""
    results = grade_class(
        tmp_path_factory, f"patched-{assignment}", assignment, _property_class(assignment)
    )["results"]
    assert results["wrong"].score == results["wrong-patched"].score, results[
        "wrong-patched"
    ].problem
    assert results["zero"].score == results["zero-patched"].score, results["zero-patched"].problem
    assert results["wrong"].score < results["wrong"].max_score


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_answers_that_agree_with_anything_score_nothing(assignment):
    """Objects whose ==, <, shape and arithmetic say yes to every test (tests/yes_man.py)."""
    answers = yes_man.answers(COURSE, assignment)
    assert answers, f"{assignment} has no answer cells"
    scores = try_notebooks(
        COURSE, assignment, {"yes-man": notebooks(answers, assignment=assignment)}
    )
    assert scores["yes-man"] == 0, f"{assignment}: always-agreeing answers won points"


INT_THAT_AGREES = """\
import numpy as _np
class _Agreeable(int):
    def __eq__(self, other): return True
    def __ne__(self, other): return False
    __hash__ = int.__hash__
    def __array_function__(self, func, types, args, kwargs): return True
    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs): return True
"""


@pytest.mark.parametrize("assignment", ["01_neurons", "04_deep_networks"])
def test_a_subclass_of_int_that_agrees_scores_nothing(assignment):
    zero = attacks.zero_answers(COURSE, assignment)
    answers = {
        gid: INT_THAT_AGREES
        + src.replace("return 0", "return _Agreeable(0)").replace("= 0", "= _Agreeable(0)")
        for gid, src in zero.items()
    }
    scores = try_notebooks(COURSE, assignment, {"ints": notebooks(answers, assignment=assignment)})
    assert scores["ints"] == 0


# ------------------------------------------------------------------ hidden tests stay hidden

LEAKS = {
    "prints-In": "print('\\n'.join(In))",
    "pre-run-cell-prints-the-cell": (
        "get_ipython().events.register('pre_run_cell', lambda info: print(info.raw_cell))"
    ),
    "audit-hook-prints-compiles": (
        "import sys\n"
        "sys.addaudithook(lambda event, args: print(args[1] if event == 'compile' and "
        "len(args) > 1 else '', end=''))"
    ),
}
RECORDER = """\
_calls = []
def _recording(function):
    def recorded(*args, **kwargs):
        _calls.append(repr(args))
        return function(*args, **kwargs)
    return recorded
"""
PRINT_RECORDED = "print('RECORD' + 'ED:', len(_calls), _calls)"  # the marker only in outputs


def _after_each_test(nb: nbformat.NotebookNode, code: str) -> None:
    """Put a copy of code after every test cell of the student's notebook (and at the end)."""
    from autograder.assemble import is_test as _is_test

    cells = []
    for cell in nb.cells:
        cells.append(cell)
        if _is_test(cell):
            cells.append(nbformat.v4.new_code_cell(code))
    nb.cells = cells + [nbformat.v4.new_code_cell(code)]


def leaky_class() -> dict:
    found = {}
    for name, code in LEAKS.items():
        files = notebooks(VICTIM, code)
        for nb in files.values():
            _after_each_test(nb, "print('\\n'.join(In))")
        found[name] = files
    recorded = notebooks(
        {
            gid: f"{src}\n{name} = _recording({name})"
            for gid, src in VICTIM.items()
            for name in yes_man.defined_names(src)[0]
        },
        RECORDER,
    )
    for nb in recorded.values():
        _after_each_test(nb, PRINT_RECORDED)
    found["records-hidden-inputs"] = recorded
    html = notebooks(VICTIM)
    for nb in html.values():
        nb.cells.insert(
            1,
            nbformat.v4.new_markdown_cell(
                "<script>alert('md')</script><img src=x onerror=alert(1)>"
            ),
        )
        nb.cells.insert(
            1,
            nbformat.v4.new_code_cell(
                "from IPython.display import HTML, display\n"
                "display(HTML('<script>alert(\"out\")</script><b onclick=alert(2)>bold</b>'))"
            ),
        )
    found["html"] = html
    return found


def hidden_lines(assignment: str) -> list[str]:
    lines = []
    for path in COURSE.source_notebooks(assignment):
        for cell in nbformat.read(path, as_version=4).cells:
            inside, _ = regions(cell.source, HIDDEN_BEGIN, HIDDEN_END)
            lines += [line.strip() for line in inside if len(line.strip()) > 20]
    return lines


@pytest.fixture(scope="module")
def leaky(tmp_path_factory):
    return grade_class(tmp_path_factory, "leaks", ASSIGNMENT, leaky_class())


@pytest.mark.parametrize("student", [*sorted(LEAKS), "records-hidden-inputs"])
def test_hidden_tests_never_reach_the_students_feedback(leaky, student):
    pages = (leaky["out"] / "feedback" / student / ASSIGNMENT).glob("*.html")
    page = "".join(p.read_text() for p in pages)
    assert page, "no feedback page"
    lines = hidden_lines(ASSIGNMENT)
    assert lines
    leaked = [line for line in lines if line in page or _escaped(line) in page]
    assert not leaked, f"{len(leaked)} hidden-test lines in the feedback, first {leaked[0]!r}"
    assert "RECORDED:" not in page, "the inputs of hidden tests reached the feedback"


def test_recorded_hidden_inputs_stay_with_the_instructor(leaky):
    """The cells printing them did run (autograded/ has their output); only feedback drops it."""
    notebooks = (leaky["out"] / "autograded" / "records-hidden-inputs" / ASSIGNMENT).glob("*.ipynb")
    text = "".join(p.read_text() for p in notebooks)
    assert "RECORDED: " in text and "-2.0" in text


def test_hidden_tests_would_leak_if_they_ran_in_the_students_kernel(tmp_path):
    from autograder.assemble import assemble
    from autograder.sandbox import run_isolated
    from trial import templates

    template = templates(COURSE, ASSIGNMENT)[0]
    nb = leaky_class()["prints-In"][template.name]
    built = assemble(nb, template.source, template.release)
    run = run_isolated(built.notebook, tmp_path, Limits(wall_seconds=300))
    printed = "".join(o.get("text", "") for c in run.notebook.cells for o in c.get("outputs", []))
    assert any(line in printed for line in hidden_lines(ASSIGNMENT))


def _escaped(line: str) -> str:
    import html

    return html.escape(line, quote=False)


def test_student_html_and_scripts_are_sanitised(leaky):
    page = "".join(
        p.read_text() for p in (leaky["out"] / "feedback" / "html" / ASSIGNMENT).glob("*.html")
    )
    assert "bold" in page  # the student's output is shown ...
    assert not re.search(r"<script>\s*alert", page)  # ... without its scripts
    assert not re.search(r"<[a-z][^<>]*\son(error|click)\s*=", page)  # or event handlers


def test_without_the_sanitiser_the_scripts_would_run(leaky):
    from nbconvert.exporters import HTMLExporter

    notebooks = (leaky["out"] / "autograded" / "html" / ASSIGNMENT).glob("*.ipynb")
    nb = nbformat.read(next(notebooks), as_version=4)
    page, _ = HTMLExporter(template_name="classic").from_notebook_node(nb)
    assert re.search(r"<script>\s*alert", page)
