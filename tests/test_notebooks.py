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
