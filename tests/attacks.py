"""What a hostile student hands in: code that tries to win points without earning them.

Each attack is a code cell (or answers) that a submission can contain. tests/test_cheats.py
grades them with the real grader, where they must score exactly what the same answers score
without them, and with `one_kernel_scores`: a grader that runs the test cells in the student's
own kernel and scores each by its execution reply (the design before the judge), where each
must win points, which shows that it is the judge that stops them.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import nbformat

from autograder.assemble import assemble, grade_id, is_test, max_points
from autograder.config import Course
from autograder.grade import support_files, write_support_files
from autograder.sandbox import Limits, run_isolated
from submissions import solution_text
from trial import templates
from yes_man import defined_names

# IPython's own machinery, in the student's kernel.
POST_RUN_CELL = """\
def _every_cell_passes(result):
    result.error_in_exec = None
    result.error_before_exec = None
get_ipython().events.register("post_run_cell", _every_cell_passes)
"""

SHELL_CLASS = """\
import ast
from IPython.core.interactiveshell import InteractiveShell
_transform = InteractiveShell.transform_ast
def _statements_in_try(self, node):
    node = _transform(self, node)
    node.body = [
        ast.Try(
            body=[statement],
            handlers=[ast.ExceptHandler(type=None, name=None, body=[ast.Pass()])],
            orelse=[],
            finalbody=[],
        )
        for statement in node.body
    ]
    return ast.fix_missing_locations(node)
InteractiveShell.transform_ast = _statements_in_try
"""

KERNEL_REPLIES = """\
import inspect
_kernel = get_ipython().kernel
_real = _kernel.do_execute
async def _always_ok(*args, **kwargs):
    reply = _real(*args, **kwargs)
    if inspect.isawaitable(reply):
        reply = await reply
    reply["status"] = "ok"
    return reply
_kernel.do_execute = _always_ok
"""

# numpy, builtins and sys.modules, patched so that comparisons made at a cell's top level agree.
NUMPY = """\
import numpy
def _agree(*args, **kwargs):
    return True
def _quiet(*args, **kwargs):
    return None
for _name in ("isclose", "allclose", "array_equal"):
    setattr(numpy, _name, _agree)
for _name in dir(numpy.testing):
    if _name.startswith("assert_"):
        setattr(numpy.testing, _name, _quiet)
"""

THREAD = """\
import threading, time, numpy
def _patch_again():
    while True:
        numpy.isclose = lambda *args, **kwargs: True
        numpy.testing.assert_allclose = lambda *args, **kwargs: None
        time.sleep(0.002)
threading.Thread(target=_patch_again, daemon=True).start()
"""

BUILTINS = """\
import builtins, sys
_isinstance = builtins.isinstance
def _lenient_isinstance(obj, kinds):
    if sys._getframe(1).f_code.co_name == "<module>" and kinds is not bool:  # a test's check
        return True
    return _isinstance(obj, kinds)
builtins.isinstance = _lenient_isinstance
"""

SYS_MODULES = """\
import sys, types
import numpy as _real_numpy
_fake = types.ModuleType("numpy")
_fake.__dict__.update(_real_numpy.__dict__)
_fake.isclose = lambda *args, **kwargs: True
_fake.allclose = lambda *args, **kwargs: True
_asserts = [_n for _n in dir(_real_numpy.testing) if _n.startswith("assert")]
_fake.testing = types.SimpleNamespace(**{_n: (lambda *args, **kwargs: None) for _n in _asserts})
sys.modules["numpy"] = _fake
np = _fake
"""

AUDIT_HOOK = """\
import sys
_seen = []
def _hook(event, args):
    if event == "compile" and len(_seen) < 10:
        _seen.append(event)
sys.addaudithook(_hook)
"""

SETTRACE = """\
import sys, types
import numpy as _numpy
_lenient = types.ModuleType("numpy")
_lenient.__dict__.update(_numpy.__dict__)
_lenient.isclose = _lenient.allclose = lambda *args, **kwargs: True
_lenient.testing = types.SimpleNamespace(
    **{_n: (lambda *args, **kwargs: None) for _n in dir(_numpy.testing) if _n.startswith("assert")}
)
def _tracer(frame, event, arg):
    if frame.f_code.co_name != "<module>":
        return None
    if "np" in frame.f_globals and frame.f_globals["np"] is not _lenient:
        frame.f_globals["np"] = _lenient  # rebinds the test's name while it runs
    return _tracer
sys.settrace(_tracer)
"""

PRINTED_PASS = "print('All tests passed: 10/10 points')"

# Answers that read the calling test's source and return the value it compares with.
ORACLE = """\
import inspect as _inspect, linecache as _linecache, re as _re
_NOTHING = object()
_PATTERNS = (
    r"(?:isclose|assert_allclose|assert_array_equal|allclose)\\(\\s*[\\w\\[\\]\\.\\(\\)]+?\\s*,\\s*(.+?)(?:,\\s*(?:err_msg|rtol|atol)\\s*=|\\)\\s*,\\s*f?[\\"']|\\)\\s*$)",
    r"==\\s*(.+?)\\s*(?:,\\s*f?[\\"']|$)",
)
def _oracle(frame):
    lines = _linecache.getlines(frame.f_code.co_filename)
    for line in lines[frame.f_lineno - 1 : frame.f_lineno + 3]:
        for pattern in _PATTERNS:
            match = _re.search(pattern, line)
            if match:
                try:
                    return eval(match.group(1), frame.f_globals, frame.f_locals)
                except Exception:
                    pass
    return _NOTHING
def _oracle_wrap(function):
    def wrapped(*args, **kwargs):
        value = function(*args, **kwargs)
        found = _oracle(_inspect.currentframe().f_back)
        if found is _NOTHING:
            return value
        try:
            return type(value)(found) if isinstance(value, (int, float)) else found
        except Exception:
            return found
    return wrapped
"""

# Everything at once, for the property test over every assignment.
ALL_PATCHES = "\n".join(
    [ORACLE, NUMPY, THREAD, BUILTINS, SYS_MODULES, AUDIT_HOOK, POST_RUN_CELL, SHELL_CLASS]
)


def zero_answers(course: Course, assignment: str) -> dict[str, str]:
    """Answers that define every name the task asks for, as functions returning 0 and zeros."""
    found: dict[str, str] = {}
    for path in course.source_notebooks(assignment):
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if (
                cell.get("metadata", {}).get("nbgrader", {}).get("solution")
                and cell.cell_type == "code"
            ):
                callables, values = defined_names(solution_text(cell.source))
                lines = [f"def {name}(*args, **kwargs):\n    return 0" for name in callables]
                lines += [f"{name} = 0" for name in values]
                found[grade_id(cell)] = "\n".join(lines) or "pass"
    return found


def with_oracle(answers: dict[str, str]) -> dict[str, str]:
    """The same answers, each function wrapped so that it returns what the caller expects."""
    wrapped = {}
    for gid, source in answers.items():
        callables, _ = defined_names(source)
        rebinds = [f"{name} = _oracle_wrap({name})" for name in callables]
        wrapped[gid] = "\n".join([source, *rebinds])
    return wrapped


def with_cell_first(notebook: nbformat.NotebookNode, code: str) -> nbformat.NotebookNode:
    """The notebook with an extra code cell in front of everything."""
    notebook = nbformat.from_dict(notebook)
    notebook.cells.insert(0, nbformat.v4.new_code_cell(code))
    return notebook


def one_kernel_scores(
    course: Course, assignment: str, versions: dict[str, dict[str, nbformat.NotebookNode]]
) -> dict[str, float]:
    """Scores from a grader that runs the tests in the student's kernel (no judge, no walls).

    Each notebook is assembled as the real grader assembles it (test cells from the source),
    then run whole in one kernel; a test cell scores when its execution reply is "ok".
    """
    scores = {}
    for name, notebooks in versions.items():
        total = 0.0
        for template in templates(course, assignment):
            built = assemble(notebooks[template.name], template.source, template.release)
            with tempfile.TemporaryDirectory(prefix="one-kernel-") as tmp:
                write_support_files(support_files(course.exercises / assignment), Path(tmp))
                run = run_isolated(built.notebook, Path(tmp), Limits(wall_seconds=300))
            for index, cell in enumerate(built.notebook.cells):
                if is_test(cell) and run.status.get(index) == "ok":
                    total += max_points(cell)
        scores[name] = total
    return scores
