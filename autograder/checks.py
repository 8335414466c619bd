"""Points per check: a test cell is split into its top-level checks, each scored on its own.

A check is a top-level statement of a test cell that tests something: an `assert`, a call of
an `assert...` function (`np.testing.assert_allclose(...)`, `pd.testing.assert_frame_equal`), or
a compound statement (`for`, `with`, `if`, `try`, `while`) with such a statement inside. Every
other top-level statement is setup (imports, inputs, expected values) and runs in order with the
checks. A check's points are written at the end of one of its lines, `# 2 points` (or `# 1
point`); the checks without such a comment share what is left of the cell's points evenly, and
a cell with no checks at all is one check. A failing check costs its own points only; a setup
statement that raises costs the points of every check after it. A cell with a line
`# all or nothing` scores as a whole, as before points per check.

Plain nbgrader runs the same cell as a whole: it gives the cell's points when every check
passes and nothing when none does, as here.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field

POINTS = re.compile(r"#\s*(\d+(?:\.\d+)?)\s*points?\b", re.IGNORECASE)
# A test cell with this comment line scores as a whole: for cells whose checks were not written
# to stand alone (a lone "does not change its input" check passes for any answer at all).
WHOLE = re.compile(r"^\s*#\s*all or nothing\s*$", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Segment:
    """One top-level statement of a test cell (lines first..last, counted from 1)."""

    source: str
    first: int
    last: int
    is_check: bool
    points: float | None  # written in the source, or None: a share of the rest
    node: ast.stmt | None = field(default=None, compare=False, repr=False)

    def code(self, filename: str):
        """The statement compiled on its own, with the cell's line numbers."""
        return compile(ast.Module(body=[self.node], type_ignores=[]), filename, "exec")


def _is_assert_call(node: ast.AST) -> bool:
    if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)):
        return False
    func = node.value.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name.startswith("assert")


def _contains_check(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Assert) or _is_assert_call(n) for n in ast.walk(node))


COMPOUND = (ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith, ast.If, ast.Try)


def split(source: str) -> list[Segment] | None:
    """The cell's top-level statements, checks marked; None when it does not parse, or when
    it says `# all or nothing` (the cell then scores as a whole)."""
    if WHOLE.search(source):
        return None
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    lines = source.splitlines()
    segments = []
    for node in tree.body:
        first = node.lineno
        if getattr(node, "decorator_list", None):
            first = min(d.lineno for d in node.decorator_list)
        last = node.end_lineno or node.lineno
        text = "\n".join(lines[first - 1 : last])
        is_check = (
            isinstance(node, ast.Assert)
            or _is_assert_call(node)
            or (isinstance(node, COMPOUND) and _contains_check(node))
        )
        points = None
        if is_check:
            written = [POINTS.search(line) for line in lines[first - 1 : last]]
            found = [float(m.group(1)) for m in written if m]
            points = found[-1] if found else None
        segments.append(Segment(text, first, last, is_check, points, node))
    return segments


def weights(segments: list[Segment] | None, cell_points: float) -> list[float]:
    """The points of each check of a cell (in order), adding up to at most the cell's points.

    Written points count as written, the other checks share the rest evenly. Written points
    that add up to more than the cell's (a slip in the source) are scaled down so the cell is
    still worth its points; less, with no other checks, stays less: the rest belongs to checks
    that are not there (a student version's visible part, without the hidden checks).
    """
    checks = [s for s in segments or [] if s.is_check]
    if not checks:
        return [cell_points]
    written = sum(s.points for s in checks if s.points is not None)
    unwritten = [s for s in checks if s.points is None]
    share = max(cell_points - written, 0.0) / len(unwritten) if unwritten else 0.0
    raw = [s.points if s.points is not None else share for s in checks]
    total = sum(raw)
    if total > cell_points > 0:
        return [cell_points * w / total for w in raw]
    return raw


def score(passed: list[bool], cell_points: float, segments: list[Segment] | None) -> float:
    """The cell's score from which of its checks passed."""
    each = weights(segments, cell_points)
    if len(passed) != len(each):  # the verdict does not match the source: nothing or all
        return cell_points if passed and all(passed) else 0.0
    return round(sum(w for w, ok in zip(each, passed, strict=True) if ok), 6)
