"""Notebook hygiene: no stored outputs, one title, setup cells that follow the fork."""

from __future__ import annotations

import re

import nbformat
import pytest
import yaml

from conftest import COURSE

NOTEBOOKS = sorted(
    p.relative_to(COURSE.root)
    for folder in ("book", "solutions", "exercises", "autograder/examples")
    for p in (COURSE.root / folder).rglob("*.ipynb")
    if ".ipynb_checkpoints" not in p.parts
)
CHAPTERS = sorted((COURSE.root / "book").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=str)
def test_no_outputs_or_execution_counts_stored(path):
    nb = nbformat.read(COURSE.root / path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path}: clear outputs"


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.name)
def test_chapter_has_one_title_and_a_colab_setup_cell(path):
    nb = nbformat.read(path, as_version=4)
    headings = [
        line
        for c in nb.cells
        if c.cell_type == "markdown"
        for line in c.source.splitlines()
        if re.match(r"#\s", line)
    ]
    assert len(headings) == 1 and nb.cells[0].source.startswith("# "), "one `# N Title` first"
    repo = yaml.safe_load((COURSE.root / "_config.yml").read_text())["repository"]["url"]
    setup = nb.cells[1].source
    assert "google.colab" in setup and f"git+{repo}" in setup, (
        f"{path.name}: the Colab setup cell must install from repository.url ({repo})"
    )


def test_every_chapter_is_in_the_toc():
    toc = (COURSE.root / "_toc.yml").read_text()
    for path in CHAPTERS:
        assert f"book/{path.stem}" in toc, f"{path.name} is not listed in _toc.yml"


def _markdown_sections(nb) -> dict[str, str]:
    """Each `## ` section of a notebook's markdown, by heading, in order."""
    sections: dict[str, str] = {}
    heading = None
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            if line.startswith("## "):
                heading = line[3:].strip()
                sections[heading] = ""
            elif heading is not None:
                sections[heading] += line + "\n"
    return sections


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.name)
def test_chapter_opens_with_objectives_and_ends_with_questions(path):
    """d2l's form: what the chapter teaches first, ungraded questions (some answered) last."""
    nb = nbformat.read(path, as_version=4)
    number = int(path.stem[:2])
    assert re.match(rf"# {number} \S", nb.cells[0].source), f"{path.name}: `# {number} Title`"
    assert nb.cells[2].source.startswith("## What you will learn"), (
        f"{path.name}: the cell after the setup cell is `## What you will learn`"
    )
    sections = _markdown_sections(nb)
    items = re.findall(r"(?m)^\s*(?:[-*]|\d+\.) ", sections.get("What you will learn", ""))
    assert 3 <= len(items) <= 6, f"{path.name}: {len(items)} objectives, 3 to 6 expected"
    assert list(sections)[-1] == "Try it yourself", f"{path.name}: ends with Try it yourself"
    questions = re.findall(r"(?m)^(?:\d+\.|[-*]) ", sections["Try it yourself"])
    assert 4 <= len(questions) <= 8, f"{path.name}: {len(questions)} questions, 4 to 8 expected"
    answers = re.findall(
        r":::\{admonition\} Answer\n\s*:class: dropdown", sections["Try it yourself"]
    )
    assert len(answers) >= 2, f"{path.name}: some questions have their answer in a collapsed block"
    assert list(sections).count("Summary") == 1 and list(sections)[-2] == "Summary", (
        f"{path.name}: one Summary, just before the questions"
    )
    assert "Exercise" not in sections, f"{path.name}: the exercise is linked from the Summary"


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.name)
def test_every_figure_has_alt_text(path):
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type == "code" and "plt.show()" in cell.source:
            alt = cell.metadata.get("mystnb", {}).get("image", {}).get("alt", "")
            assert len(alt) > 40, f"{path.name}: figure without alt text: {cell.source[:60]!r}"


def test_instructors_guide_covers_every_chapter():
    """book/instructors.md has a chapter-guide (objectives, time, mistakes) for each chapter."""
    guide = (COURSE.root / "book" / "instructors.md").read_text()
    listed = re.findall(r"```\{chapter-guide\} (\S+)\n:time: \S", guide)
    assert listed == [path.stem for path in CHAPTERS]


def test_every_wrong_answer_names_its_mistake():
    """The instructors' guide lists each wrong answer by the first line of its docstring."""
    import ast

    wrong = sorted((COURSE.root / "tests" / "corpus").glob("*/wrong/*.py"))
    assert wrong
    for path in wrong:
        doc = ast.get_docstring(ast.parse(path.read_text()))
        assert doc and len(doc.split()) >= 3, f"{path}: say in a docstring what is wrong"


def test_chapters_share_one_setup_cell():
    setups = {nbformat.read(path, as_version=4).cells[1].source for path in CHAPTERS}
    assert len(setups) == 1, "every chapter's Colab setup cell is the same cell"
