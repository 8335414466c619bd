"""Student code cannot fake a failing test: each cheat comes with a wrong answer that must lose."""

from __future__ import annotations

import os

import nbformat
import pytest

from autograder.grade import Grader, collect_submissions
from autograder.sandbox import Limits
from conftest import COURSE
from submissions import corpus, write_submission

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
    "printed-pass": "print('All tests passed: 10/10 points')",
}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    base = tmp_path_factory.mktemp("cheats")
    subs = base / "submissions"
    for name, cheat in CHEATS.items():
        folder = write_submission(subs / name, COURSE, ASSIGNMENT, WRONG.answers)
        for path in folder.glob("*.ipynb"):
            nb = nbformat.read(path, as_version=4)
            nb.cells.insert(2, nbformat.v4.new_code_cell(cheat))
            nbformat.write(nb, path)
    write_submission(subs / "honest-wrong", COURSE, ASSIGNMENT, WRONG.answers)
    grader = Grader(COURSE, ASSIGNMENT, base / "out", Limits(wall_seconds=300))
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
