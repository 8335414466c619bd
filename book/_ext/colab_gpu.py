"""Sphinx extension: an "Open in Colab (GPU)" badge on the pages of GPU notebooks.

A chapter notebook whose metadata says `"accelerator": "GPU"` (the key Colab reads to pick a GPU
runtime) gets a badge at the top of its page linking to the notebook in Colab. The link is built
from `repository.url` and `repository.branch` in _config.yml, like Jupyter Book's own launch
buttons, so a fork changes one line. The badge is inline SVG: the page makes no extra request.
"""

from __future__ import annotations

import json
from pathlib import Path

BADGE = (
    '<p class="colab-gpu-badge"><a href="{url}" target="_blank" rel="noopener">'
    '<svg xmlns="http://www.w3.org/2000/svg" width="178" height="20" role="img" '
    'aria-label="Open in Colab (GPU)"><title>Open in Colab (GPU)</title>'
    '<rect width="178" height="20" rx="3" fill="#555"/>'
    '<rect x="96" width="82" height="20" rx="3" fill="#e8710a"/>'
    '<rect x="96" width="6" height="20" fill="#e8710a"/>'
    '<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">'
    '<text x="8" y="14">Open in Colab</text><text x="104" y="14">GPU runtime</text></g>'
    "</svg></a></p>"
)


def gpu_notebook(path: Path) -> bool:
    """True when the notebook asks Colab for a GPU runtime."""
    try:
        metadata = json.loads(path.read_text(encoding="utf-8")).get("metadata", {})
    except (OSError, ValueError):
        return False
    return str(metadata.get("accelerator", "")).upper() == "GPU"


def colab_link(app, pagename: str) -> str:
    options = app.config.html_theme_options or {}
    repo = options.get("repository_url", "").rstrip("/").removeprefix("https://github.com/")
    branch = options.get("repository_branch", "main")
    colab = (options.get("launch_buttons", {}) or {}).get(
        "colab_url", "https://colab.research.google.com"
    )
    return f"{colab.rstrip('/')}/github/{repo}/blob/{branch}/{pagename}.ipynb"


def add_badge(app, pagename, templatename, context, doctree) -> None:
    source = Path(app.srcdir) / f"{pagename}.ipynb"
    if "body" in context and source.is_file() and gpu_notebook(source):
        context["body"] = BADGE.format(url=colab_link(app, pagename)) + context["body"]


def setup(app):
    app.connect("html-page-context", add_badge)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
