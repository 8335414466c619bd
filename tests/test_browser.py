"""The built book works in a real browser: headless Chromium opens every page of _toc.yml.

Each page loads with no console error and no failed request, and needs no network: the book is
served on 127.0.0.1 and any request to another host is blocked and counted as a failure. Math is
typeset by MathJax (served by the book itself), images have alt text and load, notebook pages link
to themselves in Colab (GPU chapters with their own badge), search finds a chapter, the dark mode
switch works, and one screenshot per part of the book is left in <build>/screenshots/ for review.

Playwright drives Debian's Chromium (/usr/bin/chromium; installed with apt-get when missing, as
root): Playwright's own browser download needs a network these machines do not have.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

from conftest import COURSE

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
HOST = "127.0.0.1"
# Console errors of the themes themselves, harmless to a reader, excluded one by one (any other
# console error fails the page):
KNOWN_THEME_ERRORS = [
    # sphinx-thebe 0.3.1 puts its `const THEBE_JS_URL = ...` config script into every page twice
    # (the second copy fails; thebe is not used: the book's launch button is Colab).
    re.compile(r"^uncaught: Identifier 'THEBE_JS_URL' has already been declared$"),
    # pydata-sphinx-theme 0.17 on a first visit (nothing in localStorage) with no default_mode
    # in html_theme_options: it starts from mode "" and falls back to "auto" with this message.
    re.compile(r"^Got invalid theme mode: \. Resetting to auto\.$"),
]
TIMEOUT_MS = 30_000  # per navigation or wait; the machine running the tests may be busy

CONFIG = yaml.safe_load((COURSE.root / "_config.yml").read_text())
GPU_CHAPTERS = [
    "book/10_convolutional_networks",
    "book/11_recurrent_networks",
    "book/12_generative_networks",
    "book/13_churn_case_study",
]


def toc_pages() -> list[tuple[str, str]]:
    """(part caption, page) for every page of _toc.yml, the root page in the first part."""
    toc = yaml.safe_load((COURSE.root / "_toc.yml").read_text())
    parts = toc.get("parts", [])
    pages = [(parts[0]["caption"] if parts else "root", toc["root"])]
    for part in parts:
        pages += [(part["caption"], chapter["file"]) for chapter in part.get("chapters", [])]
    return pages


PAGES = [page for _, page in toc_pages()]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def notebook_chapter(page: str) -> bool:
    """A chapter of the book written as a notebook (not an exercise, not a markdown page)."""
    return page.startswith("book/") and (COURSE.root / f"{page}.ipynb").is_file()


def gpu_notebook(page: str) -> bool:
    metadata = json.loads((COURSE.root / f"{page}.ipynb").read_text())["metadata"]
    return str(metadata.get("accelerator", "")).upper() == "GPU"


def has_math(built: Path, page: str) -> bool:
    """The built page has math for MathJax to typeset (Sphinx's math nodes)."""
    return 'class="math notranslate nohighlight"' in (built / "html" / f"{page}.html").read_text()


def colab_url(page: str) -> str:
    """The notebook of a page in Colab, from repository.url and branch of _config.yml."""
    repository = CONFIG["repository"]
    repo = repository["url"].rstrip("/").removeprefix("https://github.com/")
    book = (repository.get("path_to_book") or "").strip("/")
    path = f"{book}/{page}" if book else page
    colab = CONFIG.get("launch_buttons", {}).get("colab_url", "https://colab.research.google.com")
    return f"{colab.rstrip('/')}/github/{repo}/blob/{repository.get('branch', 'main')}/{path}.ipynb"


# --- the browser and the site ----------------------------------------------------------------


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's Chromium, installed with apt-get when missing (the tests run as root in CI)."""
    if not CHROMIUM.exists():
        if os.geteuid() != 0:
            pytest.fail(f"{CHROMIUM} is missing: run `apt-get install -y chromium` as root")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        for command in (["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]):
            done = subprocess.run(command, capture_output=True, text=True, env=env)
            assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    assert CHROMIUM.exists(), f"{CHROMIUM} is still missing after apt-get install chromium"
    return CHROMIUM


@pytest.fixture(scope="session")
def site(built: Path) -> Iterator[str]:
    """The built book's html folder, served on 127.0.0.1 at a free port; yields the base URL."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format, *args):
            pass

    handler = functools.partial(Quiet, directory=str(built / "html"))
    server = http.server.ThreadingHTTPServer((HOST, 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser(chromium: Path):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(chromium), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Visit:
    """One page opened in a fresh browser context, with what went wrong while it loaded."""

    page: object
    errors: list[str] = field(default_factory=list)  # console errors, uncaught exceptions
    failed: list[str] = field(default_factory=list)  # failed requests, HTTP errors
    external: list[str] = field(default_factory=list)  # requests that left 127.0.0.1

    def problems(self) -> list[str]:
        errors = [e for e in self.errors if not any(k.match(e) for k in KNOWN_THEME_ERRORS)]
        return (
            [f"console: {e}" for e in errors]
            + [f"failed request: {f}" for f in self.failed]
            + [f"request to the network (blocked): {u}" for u in self.external]
        )


@pytest.fixture
def visit(browser, site) -> Iterator:
    """visit(path) opens site/path in a new context and returns a Visit once it has loaded."""
    contexts = []

    def open_page(path: str, color_scheme: str = "light") -> Visit:
        context = browser.new_context(
            viewport={"width": 1280, "height": 900}, color_scheme=color_scheme
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        seen = Visit(page)

        def route(route):
            # Everything the page needs must come from the book itself. A request to another
            # host is a failure, not an allowed exception; none is excluded (the theme makes no
            # optional request to the network with this configuration).
            if urlsplit(route.request.url).hostname != HOST:
                seen.external.append(route.request.url)
                route.abort("blockedbyclient")
            else:
                route.continue_()

        context.route("**/*", route)
        page.on("console", lambda m: seen.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: seen.errors.append(f"uncaught: {e}"))
        page.on(
            "requestfailed",
            lambda r: (
                None
                if urlsplit(r.url).hostname != HOST  # counted in external already
                else seen.failed.append(f"{r.url} ({r.failure})")
            ),
        )
        page.on(
            "response",
            lambda r: seen.failed.append(f"{r.url} (HTTP {r.status})") if r.status >= 400 else None,
        )
        page.goto(f"{site}/{path}", wait_until="load")
        return seen

    yield open_page
    for context in contexts:
        context.close()


def wait_for_math(seen: Visit) -> None:
    """Wait until MathJax has typeset the page (its startup promise resolves after that)."""
    try:
        seen.page.wait_for_function(
            "() => window.MathJax && MathJax.startup && MathJax.startup.promise"
        )
        seen.page.evaluate("() => MathJax.startup.promise")
    except PlaywrightError as error:
        pytest.fail(f"MathJax did not start: {error.message}\n" + "\n".join(seen.problems()))


def wait_for_images(page) -> None:
    page.evaluate(
        """() => Promise.all([...document.images].map(img => {
            img.loading = "eager";
            return img.complete ? null : new Promise(done => { img.onload = img.onerror = done; });
        }))"""
    )


# --- the tests -----------------------------------------------------------------------------


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_without_errors_or_network(built, visit, path):
    """Loads cleanly, typesets its math, shows its images with alt text, links to Colab."""
    seen = visit(f"{path}.html")
    page = seen.page

    if has_math(built, path):
        wait_for_math(seen)
        assert page.locator("mjx-container").count() > 0, f"{path}: MathJax typeset no math"
        leftover = page.locator("mjx-merror").count()
        assert leftover == 0, f"{path}: MathJax reports {leftover} error(s) in the math"

    wait_for_images(page)
    images = page.eval_on_selector_all(
        "img",
        """imgs => imgs.map(img => ({src: img.getAttribute("src"), alt: img.getAttribute("alt"),
                                    width: img.naturalWidth}))""",
    )
    for image in images:
        alt = (image["alt"] or "").strip()
        assert alt, f"{path}: image {image['src']} has no alt text"
        assert not alt.startswith("<Figure size"), f"{path}: {image['src']} has matplotlib's alt"
        assert image["width"] > 0, f"{path}: image {image['src']} did not load"

    if notebook_chapter(path):
        url = colab_url(path)
        assert page.locator(f'a[href="{url}"]').count() > 0, f"{path}: no Colab link to {url}"
        badges = page.locator(".colab-gpu-badge").count()
        assert badges == (1 if gpu_notebook(path) else 0), f"{path}: {badges} GPU badge(s)"

    page.wait_for_load_state("networkidle")  # late requests (fonts, lazy scripts) count too
    assert not seen.problems(), f"{path}:\n" + "\n".join(seen.problems())


@pytest.mark.parametrize("chapter", GPU_CHAPTERS)
def test_gpu_chapter_shows_the_colab_gpu_badge(visit, chapter):
    assert chapter in PAGES, f"{chapter} is not in _toc.yml"
    assert gpu_notebook(chapter), f"{chapter}'s notebook metadata does not ask for a GPU"
    page = visit(f"{chapter}.html").page
    badge = page.locator(".colab-gpu-badge a")
    assert badge.is_visible(), f"{chapter}: no visible 'Open in Colab (GPU)' badge"
    assert badge.get_attribute("href") == colab_url(chapter)
    assert "Open in Colab (GPU)" in (badge.locator("svg").get_attribute("aria-label") or "")


EXERCISE_PAGES = [page for page in PAGES if page.startswith("exercises/")]


@pytest.mark.parametrize("path", EXERCISE_PAGES)
def test_exercise_page_opens_downloads_and_links_back(site, visit, path):
    """Colab and download buttons, the way to submit, and the chapter it belongs to."""
    seen = visit(f"{path}.html")
    page = seen.page
    box = page.locator(".exercise-box").first
    assert box.is_visible(), f"{path}: no exercise box at the top"
    colab = box.get_by_role("link", name="Open in Colab")
    assert colab.get_attribute("href") == colab_url(path)
    download = box.get_by_role("link", name="Download the notebook")
    name = path.rsplit("/", 1)[1] + ".ipynb"
    assert download.get_attribute("download") == name
    with page.expect_download() as started:
        download.click()
    saved = Path(started.value.path())
    assert saved.read_bytes() == (COURSE.root / f"{path}.ipynb").read_bytes(), (
        f"{path}: the download is not the released notebook"
    )
    assert "How to submit" in box.inner_text() and name in box.inner_text()
    assignment = path.split("/")[1]
    back = box.get_by_role("link").filter(has_not_text="Colab").filter(has_not_text="Download")
    assert back.count() == 1, f"{path}: no link back to its chapter"
    back.click()
    page.wait_for_url(f"{site}/book/{assignment}.html")
    forward = page.locator(f'.chapter-exercise a[href$="{path}.html"]')
    assert forward.count() == 1, f"book/{assignment}: no link to {path}"
    assert not seen.problems(), "\n".join(seen.problems())


def test_search_finds_the_backpropagation_chapter(visit):
    seen = visit("search.html")
    page = seen.page
    box = page.locator('.bd-search-container form.bd-search input[name="q"]')
    box.fill("backpropagation")
    box.press("Enter")
    page.wait_for_url(re.compile(r"search\.html\?q=backpropagation"))
    hit = page.locator('#search-results a[href*="book/06_backpropagation"]').first
    hit.wait_for(state="visible")
    assert not seen.problems(), "\n".join(seen.problems())


def test_dark_mode_switch_changes_the_theme(visit):
    page = visit(f"{PAGES[0]}.html", color_scheme="light").page
    html = page.locator("html")
    assert html.get_attribute("data-theme") == "light"
    background = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    switch = page.locator(".theme-switch-button:visible").first
    for _ in range(3):  # the switch cycles through light, dark and the system's setting
        switch.click()
        if html.get_attribute("data-theme") == "dark":
            break
    assert html.get_attribute("data-theme") == "dark", "the switch never turned dark mode on"
    page.wait_for_function(
        "before => getComputedStyle(document.body).backgroundColor !== before", arg=background
    )


PARTS: dict[str, list[str]] = {}
for caption, path in toc_pages():
    PARTS.setdefault(caption, []).append(path)


@pytest.mark.parametrize("caption", list(PARTS), ids=[slug(c) for c in PARTS])
def test_screenshot_of_each_part(built, visit, caption):
    """Leaves <build>/screenshots/<part>.png for a reviewer: the part's first page with math."""
    math = [path for path in PARTS[caption] if has_math(built, path)]
    path = (math or PARTS[caption])[0]
    seen = visit(f"{path}.html")
    if math:
        wait_for_math(seen)
    wait_for_images(seen.page)
    folder = built / "screenshots"
    folder.mkdir(exist_ok=True)
    target = folder / f"{slug(caption)}.png"
    # The top of the page, up to three screens long: the navigation, the title and some text.
    seen.page.screenshot(
        path=str(target), full_page=True, clip={"x": 0, "y": 0, "width": 1280, "height": 2700}
    )
    assert target.stat().st_size > 10_000, f"{target} looks empty"
