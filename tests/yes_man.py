"""A cheat for every assignment: each answer defines its names as objects that agree with anything.

`answers(course, assignment)` replaces every answer cell with code that binds the same names
(functions, classes, constants) to a `_Yes`: equal to everything, less and greater than
everything, closed under arithmetic, truthy, callable, indexable, with every attribute. Hidden
tests that compare a student's result with `==`, `<` or numpy's comparisons alone pass such an
object; tests that first convert the result with trusted functions (`float(x)`,
`np.asarray(x, dtype=float)`, `isinstance` checks) do not. tests/test_cheats.py requires that
it scores nothing in every assignment.
"""

from __future__ import annotations

import ast

import nbformat

from autograder.assemble import grade_id, is_answer
from autograder.config import Course
from submissions import solution_text

YES = """\
class _Yes:
    def __eq__(self, other): return True
    def __ne__(self, other): return False
    __lt__ = __le__ = __gt__ = __ge__ = __eq__
    def __bool__(self): return True
    def __hash__(self): return 0
    def __getattr__(self, name): return self
    def __call__(self, *args, **kwargs): return self
    def __getitem__(self, key): return self
    def __iter__(self): return iter([self, self])
    def __len__(self): return 2
    def _same(self, *args): return self
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _same
    __truediv__ = __rtruediv__ = __floordiv__ = __pow__ = __rpow__ = __matmul__ = _same
    __rmatmul__ = __neg__ = __pos__ = __abs__ = __round__ = _same
"""


def defined_names(source: str) -> tuple[list[str], list[str]]:
    """(functions and classes, other names) bound at the top level of an answer."""
    callables, values = [], []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            callables.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            values += [t.id for t in targets if isinstance(t, ast.Name)]
    return callables, values


def answers(course: Course, assignment: str) -> dict[str, str]:
    """Replacement sources for every answer cell of the assignment."""
    found: dict[str, str] = {}
    for path in course.source_notebooks(assignment):
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if is_answer(cell) and cell.cell_type == "code":
                callables, values = defined_names(solution_text(cell.source))
                lines = [YES]
                lines += [f"def {name}(*args, **kwargs):\n    return _Yes()" for name in callables]
                lines += [f"{name} = _Yes()" for name in values]
                found[grade_id(cell)] = "\n".join(lines)
    return found
