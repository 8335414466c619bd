"""Sphinx extension: the instructors' guide to each chapter, read from the course itself.

In a page, the directive

    ```{chapter-guide} 05_gradient_descent
    :time: 90 minutes of class, 60 of exercise
    ```

writes the chapter's objectives (the list under "## What you will learn" in
`book/05_gradient_descent.ipynb`), the suggested time given in the directive and the common
mistakes of its exercise: one line per wrong answer of the wrong-answer corpus
(`tests/corpus/05_gradient_descent/wrong/*.py`, the first paragraph of each file's docstring),
the same answers the hidden tests are checked to fail. Nothing is copied by hand, so the guide
follows the chapters and the corpora as they change; a chapter without its objectives stops the
build.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.util.docutils import SphinxDirective

HEADING = "## What you will learn"
ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+(.*)$")


def objectives(notebook: Path) -> list[str]:
    """The items of the list under the chapter's "What you will learn" heading."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        source = "".join(cell["source"]) if cell["cell_type"] == "markdown" else ""
        if not source.lstrip().startswith(HEADING):
            continue
        items: list[str] = []
        for line in source.splitlines()[1:]:
            match = ITEM.match(line)
            if match:
                items.append(match.group(1).strip())
            elif items and line.startswith((" ", "\t")) and line.strip():
                items[-1] += " " + line.strip()  # a wrapped item
        if items:
            return items
    raise ValueError(f'{notebook}: no list under a "{HEADING}" heading')


def mistakes(corpus: Path) -> list[str]:
    """The first paragraph of the docstring of every wrong answer in a corpus folder."""
    found = []
    for path in sorted(corpus.glob("*.py")):
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        if doc:
            found.append(" ".join(doc.split("\n\n")[0].split()))
    return found


class ChapterGuide(SphinxDirective):
    required_arguments = 1
    option_spec = {"time": directives.unchanged_required}

    def run(self) -> list[nodes.Node]:
        chapter = self.arguments[0]
        root = Path(self.env.srcdir)
        notebook = root / "book" / f"{chapter}.ipynb"
        corpus = root / "tests" / "corpus" / chapter / "wrong"
        self.env.note_dependency(str(notebook))
        try:
            goals = objectives(notebook)
        except (OSError, ValueError) as error:
            raise self.error(str(error)) from error
        lines = ["**Objectives**", ""]
        lines += [f"- {goal}" for goal in goals]
        lines += ["", f"**Suggested time**: {self.options.get('time', 'not given')}", ""]
        found = mistakes(corpus) if corpus.is_dir() else []
        for path in sorted(corpus.glob("*.py")):
            self.env.note_dependency(str(path))
        if found:
            lines += [
                ":::{admonition} Common mistakes: the "
                f"{len(found)} wrong answers the hidden tests are checked to fail",
                ":class: dropdown",
                "",
            ]
            lines += [f"- {mistake}" for mistake in found]
            lines += [":::"]
        else:
            lines += ["*This chapter has no graded exercise.*"]
        container = nodes.container(classes=["chapter-guide"])
        self.state.nested_parse(StringList(lines, source=str(notebook)), 0, container)
        return [container]


def setup(app):
    app.add_directive("chapter-guide", ChapterGuide)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
