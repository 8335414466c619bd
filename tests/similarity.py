"""How much of a graded solution a student could copy from the chapters.

Every function defined in a solution's answer cells is compared with every function defined in
the chapters' code cells, after renaming every identifier by order of appearance (so `relu(x)`
and `rectifier(value)` with the same body are the same tokens): the ratio is difflib's
similarity of the two token sequences, 1.0 for a copy. `python tests/similarity.py` prints each
solution function's nearest chapter function.
"""

from __future__ import annotations

import ast
import difflib
import io
import keyword
import tokenize
from dataclasses import dataclass
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
NEAR_COPY = 0.8
IGNORED = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT}


@dataclass(frozen=True)
class Function:
    where: str
    name: str
    tokens: tuple[str, ...]


def canonical_tokens(source: str) -> tuple[str, ...]:
    """The tokens of `source` with identifiers renamed v0, v1, ... and docstrings dropped."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            body[0] = ast.Pass()
    names: dict[str, str] = {}
    tokens = []
    for token in tokenize.generate_tokens(io.StringIO(ast.unparse(tree)).readline):
        if token.type in IGNORED or token.type == tokenize.ENDMARKER:
            continue
        text = token.string
        if token.type == tokenize.NAME and not keyword.iskeyword(text):
            text = names.setdefault(text, f"v{len(names)}")
        tokens.append(text)
    return tuple(tokens)


def _code(cell) -> str:
    lines = [
        line
        for line in cell.source.splitlines()
        if not line.lstrip().startswith(("%", "!", "### "))
    ]
    return "\n".join(lines)


def functions(path: Path, answers_only: bool) -> list[Function]:
    nb = nbformat.read(path, as_version=4)
    found = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        if answers_only and not cell.metadata.get("nbgrader", {}).get("solution"):
            continue
        try:
            tree = ast.parse(_code(cell))
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                found.append(
                    Function(
                        str(path.relative_to(ROOT)),
                        node.name,
                        canonical_tokens(ast.unparse(node)),
                    )
                )
    return found


def similarity(a: Function, b: Function) -> float:
    return difflib.SequenceMatcher(None, a.tokens, b.tokens, autojunk=False).ratio()


def nearest_chapter_functions() -> list[tuple[Function, Function, float]]:
    """For each solution function: its nearest chapter function and their similarity."""
    chapter = [f for p in sorted((ROOT / "book").glob("*.ipynb")) for f in functions(p, False)]
    pairs = []
    for path in sorted((ROOT / "solutions").glob("*/*.ipynb")):
        for solution in functions(path, True):
            best = max(chapter, key=lambda c: similarity(solution, c))
            pairs.append((solution, best, similarity(solution, best)))
    return pairs


if __name__ == "__main__":
    pairs = nearest_chapter_functions()
    for solution, best, ratio in sorted(pairs, key=lambda p: -p[2]):
        flag = "COPY" if ratio >= NEAR_COPY else "    "
        print(f"{flag} {ratio:.2f} {solution.where}:{solution.name} ~ {best.where}:{best.name}")
    copies = sum(ratio >= NEAR_COPY for *_, ratio in pairs)
    print(f"{copies} of {len(pairs)} solution functions are near-copies (>= {NEAR_COPY})")
