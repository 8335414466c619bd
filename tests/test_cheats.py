"""Student code cannot fake a failing test: each cheat comes with a wrong answer that must lose."""

from __future__ import annotations

import os

import nbformat
import pytest

import yes_man
from autograder.grade import Grader, collect_submissions
from autograder.sandbox import Limits
from conftest import ASSIGNMENTS, COURSE
from submissions import corpus, student_notebook
from trial import try_notebooks

ASSIGNMENT = "01_neurons"
WRONG = {e.name: e for e in corpus(ASSIGNMENT, "wrong")}["dense_forgot_bias"]

CHEATS = {
    "custom-exception-handler": (
        "get_ipython().set_custom_exc((BaseException,), lambda *args, **kwargs: None)"
    ),
    "silenced-traceback": (
        "ip = get_ipython()\n"
        "ip.showtraceback = lambda *args, **kwargs: None\n"
        "ip._showtraceback = lambda *args, **kwargs: None"
    ),
    "input-transformer": (
        "get_ipython().input_transformers_post.append(lambda lines: ['pass\\n'])\n"
        "get_ipython().input_transformers_cleanup.append(lambda lines: ['pass\\n'])"
    ),
    "ast-transformer": (
        "import ast\n"
        "class Empty(ast.NodeTransformer):\n"
        "    def visit_Module(self, node):\n"
        "        node.body = [ast.Pass()]\n"
        "        return node\n"
        "get_ipython().ast_transformers.append(Empty())"
    ),
    "monkeypatched-numpy": (
        "import numpy\n"
        "numpy.testing.assert_allclose = lambda *args, **kwargs: None\n"
        "numpy.testing.assert_array_equal = lambda *args, **kwargs: None\n"
        "numpy.isclose = lambda *args, **kwargs: True\n"
        "numpy.allclose = lambda *args, **kwargs: True"
    ),
    "redefined-np": (
        "class Anything:\n"
        "    def __getattr__(self, name):\n"
        "        return self\n"
        "    def __call__(self, *args, **kwargs):\n"
        "        return True\n"
        "np = Anything()"
    ),
    "replaced-excepthook": "import sys\nsys.excepthook = lambda *args: None",
    "patched-kernel-replies": (
        "import inspect\n"
        "_kernel = get_ipython().kernel\n"
        "_real = _kernel.do_execute\n"
        "async def _always_ok(*args, **kwargs):\n"
        "    reply = _real(*args, **kwargs)\n"
        "    if inspect.isawaitable(reply):\n"
        "        reply = await reply\n"
        "    reply['status'] = 'ok'\n"
        "    return reply\n"
        "_kernel.do_execute = _always_ok"
    ),
    "printed-pass": "print('All tests passed: 10/10 points')",
}


# Without the guard, these cheats do raise the score (test_the_guard_is_what_stops_them).
# The others cannot change the kernel's execution reply, which alone decides (custom-exception-
# handler, silenced-traceback, replaced-excepthook, printed-pass; plain nbgrader, which reads the
# outputs, gives the silenced traceback full points), or are undone by the names each test cell
# imports again (redefined-np).
STOPPED_BY_THE_GUARD = ("input-transformer", "ast-transformer", "monkeypatched-numpy")
# ... and this one, by the checks that must fail among the test cells (assemble.add_canaries).
CAUGHT_BY_THE_CANARIES = ("patched-kernel-replies",)


def cheating_notebooks(cheat: str | None) -> dict[str, nbformat.NotebookNode]:
    notebooks = {}
    for path in COURSE.release_notebooks(ASSIGNMENT):
        nb = student_notebook(COURSE, ASSIGNMENT, path.name, WRONG.answers)
        if cheat is not None:
            nb.cells.insert(2, nbformat.v4.new_code_cell(CHEATS[cheat]))
        notebooks[path.name] = nb
    return notebooks


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    base = tmp_path_factory.mktemp("cheats")
    subs = base / "submissions"
    for name in [*CHEATS, None]:
        folder = subs / (name or "honest-wrong")
        folder.mkdir(parents=True)
        for file_name, nb in cheating_notebooks(name).items():
            nbformat.write(nb, folder / file_name)
    grader = Grader(COURSE, ASSIGNMENT, base / "out", Limits(wall_seconds=300), feedback=False)
    try:
        grader.prepare()
        found = collect_submissions(grader, subs, base / "scratch")
        results = grader.grade_all(found, workers=os.cpu_count() or 2)
    finally:
        grader.close()
    return {r.student: r for r in results}


@pytest.mark.parametrize("cheat", sorted(CHEATS))
def test_cheat_does_not_raise_the_score(graded, cheat):
    honest = graded["honest-wrong"]
    assert honest.score < honest.max_score
    assert graded[cheat].score <= honest.score, f"{cheat} gained points"


def test_the_guard_and_the_canaries_are_what_stop_them():
    """In a kernel without the guard and without the canaries these cheats win points."""
    cheats = STOPPED_BY_THE_GUARD + CAUGHT_BY_THE_CANARIES
    versions = {name: cheating_notebooks(name) for name in cheats}
    versions["honest-wrong"] = cheating_notebooks(None)
    scores = try_notebooks(COURSE, ASSIGNMENT, versions, guarded=False)
    for cheat in cheats:
        assert scores[cheat] > scores["honest-wrong"], f"{cheat} would not need the defence"


def test_faked_kernel_replies_are_reported(graded):
    result = graded["patched-kernel-replies"]
    assert result.score == 0
    assert "tampered" in result.problem, result.problem


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_answers_that_agree_with_anything_score_nothing(assignment):
    """Objects whose ==, <, shape and arithmetic say yes to every test (tests/yes_man.py)."""
    answers = yes_man.answers(COURSE, assignment)
    assert answers, f"{assignment} has no answer cells"
    notebooks = {
        path.name: student_notebook(COURSE, assignment, path.name, answers)
        for path in COURSE.release_notebooks(assignment)
    }
    scores = try_notebooks(COURSE, assignment, {"yes-man": notebooks})
    assert scores["yes-man"] == 0, f"{assignment}: always-agreeing answers won points"
