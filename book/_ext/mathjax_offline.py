"""Sphinx extension: the built book serves MathJax 3 itself, so its pages render math offline.

Sphinx loads MathJax from a CDN by default. The files come instead from the PyPI package
django-static-mathjax (pinned in requirements.txt), which ships MathJax's official browser
distribution (`es5/`: components, fonts, TeX extensions) and needs no Django to be read. After
an HTML build this copies that folder to `_static/mathjax/es5/`; `mathjax_path` in _config.yml
names the component the pages load from there.
"""

from __future__ import annotations

import shutil
from importlib.resources import files
from pathlib import Path

from sphinx.errors import ExtensionError

# The package installs as the top-level module `mathjax`, with MathJax under static/mathjax/.
PACKAGE = "mathjax"
PREFIX = "mathjax/"  # mathjax_path is relative to _static/ and starts with this folder


def distribution() -> Path:
    """MathJax's folder inside the installed package (holds es5/)."""
    try:
        return Path(str(files(PACKAGE))) / "static" / "mathjax"
    except ModuleNotFoundError as error:
        raise ExtensionError(
            "MathJax for the offline book is missing: run `pip install -r requirements.txt` "
            "(it installs django-static-mathjax)"
        ) from error


def check_path(app) -> None:
    """Fail early when mathjax_path names a file the package does not ship."""
    path = app.config.mathjax_path
    if not path.startswith(PREFIX):
        raise ExtensionError(f"mathjax_path must start with {PREFIX!r} (a file in _static/)")
    if not (distribution() / path.removeprefix(PREFIX)).is_file():
        raise ExtensionError(f"mathjax_path {path!r} is not in {distribution()}")


def copy_mathjax(app, exception) -> None:
    if exception is None and app.builder.format == "html":
        target = Path(app.outdir) / "_static" / "mathjax" / "es5"
        shutil.copytree(distribution() / "es5", target, dirs_exist_ok=True)


def setup(app):
    app.connect("builder-inited", check_path)
    app.connect("build-finished", copy_mathjax)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
