"""The book builds with warnings as errors, and its pages show the numbers the chapters compute."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import nbformat
import pytest
import yaml
from jupyter_cache import get_cache

from conftest import COURSE

pytestmark = pytest.mark.slow


def toc_files() -> list[str]:
    toc = yaml.safe_load((COURSE.root / "_toc.yml").read_text())
    files = [toc["root"]]
    for part in toc.get("parts", []):
        files += [chapter["file"] for chapter in part.get("chapters", [])]
    return files


def executed(built: Path, chapter: str) -> nbformat.NotebookNode:
    """The chapter as the build executed it, with its outputs, from the build's jupyter-cache.

    (myst-nb's copy in jupyter_execute/ has outputs only when it executed the notebook itself
    while reading; a notebook it took from the cache is copied there without them.)
    """
    notebook = nbformat.read(COURSE.root / f"{chapter}.ipynb", as_version=4)
    _, nb = get_cache(str(built / ".jupyter_cache")).merge_match_into_notebook(notebook)
    return nb


def executed_text(built: Path, chapter: str) -> str:
    """All text the executed chapter printed or displayed."""
    chunks = []
    for cell in executed(built, chapter)["cells"]:
        for output in cell.get("outputs", []):
            chunks.append("".join(output.get("text", "")))
            chunks.append("".join(output.get("data", {}).get("text/plain", "")))
    return "\n".join(chunks)


def test_every_toc_entry_becomes_a_page(built):
    for entry in toc_files():
        assert (built / "html" / f"{entry}.html").is_file(), f"{entry} has no page"


def test_chapter_pages_have_no_error_outputs(built):
    for entry in toc_files():
        page = (built / "html" / f"{entry}.html").read_text()
        assert "Traceback (most recent call last)" not in page, entry


def test_every_chapter_offers_colab(built):
    for entry in toc_files():
        if entry.startswith("book/") and (COURSE.root / f"{entry}.ipynb").exists():
            page = (built / "html" / f"{entry}.html").read_text()
            assert "colab.research.google.com/github/" in page, f"{entry} has no Colab button"


# Numbers the source documents print, as the executed chapters print them.
EXPECTED = [
    (
        "book/02_forward_propagation",
        r"\b5\b[^\n]*\b1\b[^\n]*\b9\b",
        "2 family members and 3 accounts -> hidden 5, 1 -> output 9",
    ),
    (
        "book/02_forward_propagation",
        r"\b7\b[^\n]*\b1\b[^\n]*\b13\b",
        "inputs 3 and 4 -> hidden 7, 1 -> output 13",
    ),
    (
        "book/02_forward_propagation",
        r"\b40\b[^\n]*\b40\b[^\n]*\b0\b",
        "loan customer 40, not retired -> hidden 40, 40 -> output 0",
    ),
    (
        "book/03_activation_functions",
        r"hidden 22, 0 -> output 44",
        "the documents' ReLU listing: inputs 3, 4 give 44",
    ),
    ("book/03_activation_functions", r"output with tanh: 0\.0", "loan customer with tanh -> 0"),
    (
        "book/05_gradient_descent",
        r"gradient for the weights: \[(.*)\], numerical: \[\1\]",
        "the analytic gradient equals the numerical one",
    ),
    ("book/06_backpropagation", r"(?m)^p = 4$", "x=1, y=3: p = x + y = 4"),
    ("book/06_backpropagation", r"(?m)^g = -12$", "g = p * z = -12"),
    ("book/06_backpropagation", r"(?m)^dg/dz = 4$", "dg/dz = p = 4"),
    ("book/06_backpropagation", r"(?m)^dg/dp = -3$", "dg/dp = z = -3"),
    ("book/06_backpropagation", r"(?m)^dg/dx = -3$", "dg/dx = -3"),
    ("book/06_backpropagation", r"(?m)^dg/dy = -3$", "dg/dy = -3"),
    ("book/04_deep_networks", r"first hidden layer: \[26, 0\]", "input 3, 5: first hidden layer"),
    ("book/04_deep_networks", r"second hidden layer: \[0, 26\]", "second hidden layer"),
    ("book/04_deep_networks", r"(?m)^output: 182$", "the two-hidden-layer network outputs 182"),
    ("book/04_deep_networks", r"two hidden layers: 364", "the documents' exercise giving 364"),
]


@pytest.mark.parametrize("chapter, pattern, what", EXPECTED, ids=[e[2] for e in EXPECTED])
def test_documents_numbers_are_computed(built, chapter, pattern, what):
    assert re.search(pattern, executed_text(built, chapter)), what


def glued(built: Path, chapter: str) -> dict[str, float | str]:
    """The values a chapter glued (numbers as floats), from myst-nb's record of them."""
    path = built / "jupyter_execute" / f"{chapter}.glue.json"
    values: dict[str, float | str] = {}
    for name, output in json.loads(path.read_text()).items():
        text = output.get("data", {}).get("text/plain", "")
        number = re.fullmatch(r"(?:np\.float\d+\()?\s*([-+0-9.eE]+)\)?", text.strip())
        values[name] = float(number.group(1)) if number else text
    return values


KERAS_RESULTS = [
    # The headline results; each chapter's own file (tests/test_book_*.py) checks every
    # outcome its prose states.
    (
        "book/09_regularisation",
        "transfer_test_accuracy > scratch_test_accuracy",
        "transfer learning beats training from scratch with few labels",
    ),
    (
        "book/10_convolutional_networks",
        "mnist_cnn_test_accuracy >= 0.97",
        "the CNN reaches 0.97 on the real MNIST digits",
    ),
    (
        "book/11_recurrent_networks",
        "sunspots_rnn_mae < sunspots_naive_mae",
        "the RNN beats the naive last-value forecast",
    ),
    (
        "book/08_first_keras_network",
        "pima_test_accuracy > pima_majority_accuracy",
        "the Pima network beats the majority class",
    ),
    (
        "book/08_first_keras_network",
        "abs(pima_test_accuracy - 0.77) <= 0.05",
        "the Pima network is near the documents' 77 %",
    ),
    (
        "book/13_churn_case_study",
        "abs(churn_test_accuracy - 0.858) <= 0.03",
        "the replica is calibrated as designed: its network lands near the documents' 85.8 %",
    ),
    (
        "book/07_optimisation",
        "momentum_final_loss < sgd_final_loss",
        "tuned momentum ends below tuned SGD on the digits",
    ),
]


@pytest.mark.parametrize(
    "chapter, condition, what", KERAS_RESULTS, ids=[k[2] for k in KERAS_RESULTS]
)
def test_glued_results_meet_the_thresholds(built, chapter, condition, what):
    if not (COURSE.root / f"{chapter}.ipynb").exists():
        pytest.fail(f"{chapter} is missing")
    values = glued(built, chapter)
    assert eval(condition, {"abs": abs}, values), f"{what}: {condition} with {values}"


GPU_CHAPTERS = [
    "book/10_convolutional_networks",
    "book/11_recurrent_networks",
    "book/12_generative_networks",
    "book/13_churn_case_study",
]


@pytest.mark.parametrize("chapter", GPU_CHAPTERS)
def test_gpu_chapters_open_on_a_colab_gpu(built, chapter):
    nb = json.loads((COURSE.root / f"{chapter}.ipynb").read_text())
    assert nb["metadata"].get("accelerator") == "GPU"
    assert nb["metadata"].get("colab", {}).get("gpuType")
    page = (built / "html" / f"{chapter}.html").read_text()
    assert 'class="colab-gpu-badge"' in page and f"blob/main/{chapter}.ipynb" in page


def test_pages_load_mathjax_and_scripts_from_the_book_itself(built):
    """MathJax comes from the book's _static/ folder (no CDN), like every script and stylesheet."""
    with_math = 0
    for entry in toc_files():
        page = (built / "html" / f"{entry}.html").read_text()
        scripts = re.findall(r'<script[^>]*\bsrc="([^"]+)"', page)
        styles = re.findall(r'<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"', page)
        remote = [src for src in scripts + styles if "://" in src or src.startswith("//")]
        assert not remote, f"{entry} loads from the network: {remote}"
        mathjax = [src.split("?")[0] for src in scripts if "mathjax" in src.lower()]
        if 'class="math notranslate nohighlight"' in page:
            with_math += 1
            assert mathjax, f"{entry} has math but loads no MathJax"
        for src in mathjax:
            assert src.endswith("_static/mathjax/es5/tex-mml-chtml.js"), f"{entry}: {src}"
            file = (built / "html" / entry).parent / src
            assert file.resolve().is_file(), f"{entry}: {src} is not in the built book"
    assert with_math, "no page has math: the check above checked nothing"


def test_chapter_figures_are_on_the_pages(built):
    """Every figure a chapter drew is on its page, with the alt text its cell gives it."""
    drawn = 0
    for entry in toc_files():
        if not (entry.startswith("book/") and (COURSE.root / f"{entry}.ipynb").is_file()):
            continue
        page = (built / "html" / f"{entry}.html").read_text()
        shown = {html.unescape(alt) for alt in re.findall(r'<img[^>]*\balt="([^"]*)"', page)}
        for cell in executed(built, entry)["cells"]:
            alt = cell.get("metadata", {}).get("mystnb", {}).get("image", {}).get("alt")
            images = [o for o in cell.get("outputs", []) if "image/png" in o.get("data", {})]
            if alt and images:
                drawn += 1
                assert alt in shown, f"{entry}: no figure {alt[:60]!r}..."
    # A build whose kernels drew nothing (MPLBACKEND=Agg, for one) would pass the loop above.
    assert drawn, "no chapter drew a figure"


class _Links(HTMLParser):
    """The href and src attributes of a page, and the ids it defines."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            elif name in ("href", "src") and value and tag != "base":
                self.links.append(value)


def _parsed(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    return parser


def test_every_internal_link_resolves(built):
    """Every relative href and src of every page points at a file of the site, and every
    #fragment at an id of its page. External links are not followed (no network)."""
    site = built / "html"
    pages = [p for p in site.rglob("*.html") if "_static" not in p.parts]
    parsed = {page: _parsed(page) for page in pages}
    broken, checked = [], 0
    for page, links in parsed.items():
        for link in links.links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("//") or link == "#":
                continue  # another site or a data: URI (not followed), or a script's "#"
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            checked += 1
            if not target.is_file() or site.resolve() not in target.parents:
                broken.append(f"{page.relative_to(site)}: {link}")
            elif parts.fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else _parsed(target).ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{page.relative_to(site)}: {link} (no such anchor)")
    assert checked > 1000, f"only {checked} internal links found: is the site complete?"
    assert not broken, f"{len(broken)} broken internal links:\n" + "\n".join(broken[:30])


def test_figures_have_opaque_backgrounds_for_dark_mode(built):
    """A figure with a transparent background would put black axes on the dark theme's black."""
    from PIL import Image

    images = sorted((built / "html" / "_images").glob("*.png"))
    assert len(images) >= 20
    see_through = []
    for path in images:
        with Image.open(path) as image:
            alpha = image.convert("RGBA").getchannel("A")
            width, height = image.size
            corners = [(0, 0), (width - 1, 0), (0, height - 1), (width - 1, height - 1)]
            if min(alpha.getpixel(c) for c in corners) < 255:
                see_through.append(path.name)
    assert not see_through, f"transparent figures: {see_through}"


def test_instructors_guide_shows_each_chapters_objectives_and_mistakes(built):
    """The guide is read from the chapters and corpora at build time: it shows them as they are."""
    import sys

    sys.path.insert(0, str(COURSE.root / "book" / "_ext"))
    from teaching_guide import mistakes, objectives

    def words(text: str) -> str:
        text = re.sub(r"[`*{}\"\u201c\u201d]|\]\([^)]*\)|\[", "", text).replace("\u2019", "'")
        return " ".join(text.split())

    page = (built / "html" / "book" / "instructors.html").read_text()
    text = words(html.unescape(re.sub(r"<[^>]+>", "", page)))
    chapters = sorted((COURSE.root / "book").glob("[0-9][0-9]_*.ipynb"))
    assert text.count("Suggested time") == len(chapters)
    for notebook in chapters:
        for goal in objectives(notebook):
            start = " ".join(words(goal).split()[:4])
            assert start in text, f"{notebook.stem}: objective {goal!r} not shown"
        wrong = mistakes(COURSE.root / "tests" / "corpus" / notebook.stem / "wrong")
        if wrong:
            assert f"the {len(wrong)} wrong answers" in text, notebook.stem


GLUE_ROLE = re.compile(r"\{glue(?::text|:)?\}`([A-Za-z0-9_]+)")


@pytest.mark.parametrize("chapter", [e for e in toc_files() if re.match(r"book/\d\d_", e)])
def test_every_glued_name_in_the_prose_is_computed(built, chapter):
    notebook = nbformat.read(COURSE.root / f"{chapter}.ipynb", as_version=4)
    wanted = set()
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            wanted |= set(GLUE_ROLE.findall(cell.source))
    missing = wanted - set(glued(built, chapter))
    assert wanted and not missing, f"{chapter}: not glued: {sorted(missing)}"
