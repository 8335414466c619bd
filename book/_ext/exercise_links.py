"""Sphinx extension: chapters and exercises link to each other; exercise pages say what to do.

The pairing follows the layout: chapter `book/NN_slug` and the exercise notebooks in
`exercises/NN_slug/`. Every exercise page has, under its title, a box holding an "Open in
Colab" button, a "Download the notebook" button (the student version, from the built site), a
link back to its chapter and a short "how to submit"; every chapter with an exercise ends with a
box linking to it. Nothing here is written into the notebooks, so a student's download is the
released file byte for byte.
"""

from __future__ import annotations

import html
import re
from pathlib import PurePosixPath

from colab_gpu import colab_link

CHAPTER = re.compile(r"^book/(\d\d_[a-z0-9_]+)$")
EXERCISE = re.compile(r"^exercises/(\d\d_[a-z0-9_]+)/([^/]+)$")

SUBMIT = """\
<p class="exercise-box-title">How to submit</p>
<ol>
<li>Write your code in every cell that says <code>YOUR CODE HERE</code>; leave the test cells as
they are.</li>
<li>Restart the kernel and run every cell (Colab: <em>Runtime &gt; Restart session and run
all</em>). Each visible test cell must finish without an error.</li>
<li>Save the notebook under its own name, <code>{file}</code> (Colab: <em>File &gt; Download &gt;
Download .ipynb</em>), and hand it in as your course says, in the assignment
<code>{assignment}</code>. Grading adds hidden tests with other inputs, worth most of the
points.</li>
</ol>
"""


def _title(app, docname: str) -> str:
    node = app.env.titles.get(docname)
    return node.astext() if node is not None else docname


def _exercises(app) -> dict[str, list[str]]:
    """Exercise pages by assignment (NN_slug), from the documents of this build."""
    found: dict[str, list[str]] = {}
    for docname in sorted(app.env.found_docs):
        match = EXERCISE.match(docname)
        if match:
            found.setdefault(match.group(1), []).append(docname)
    return found


def _link(app, pagename: str, target: str, text: str, css: str = "") -> str:
    uri = app.builder.get_relative_uri(pagename, target)
    cls = f' class="{css}"' if css else ""
    return f'<a{cls} href="{html.escape(uri)}">{html.escape(text)}</a>'


def exercise_box(app, pagename: str, assignment: str, file_stem: str) -> str:
    file = f"{file_stem}.ipynb"
    depth = len(PurePosixPath(pagename).parts) - 1
    download = "../" * depth + f"_sources/{pagename}.ipynb"
    chapter = f"book/{assignment}"
    back = ""
    if chapter in app.env.found_docs:
        back = f"<p>Read first: {_link(app, pagename, chapter, _title(app, chapter))}.</p>"
    buttons = (
        f'<a class="exercise-button" href="{html.escape(colab_link(app, pagename))}" '
        'target="_blank" rel="noopener">Open in Colab</a> '
        f'<a class="exercise-button" href="{html.escape(download)}" download="{file}">'
        "Download the notebook</a>"
    )
    return (
        '<div class="exercise-box">'
        f'<p class="exercise-buttons">{buttons}</p>{back}'
        + SUBMIT.format(file=html.escape(file), assignment=html.escape(assignment))
        + "</div>"
    )


def chapter_box(app, pagename: str, exercises: list[str]) -> str:
    links = ", ".join(_link(app, pagename, doc, _title(app, doc)) for doc in exercises)
    return (
        '<div class="exercise-box chapter-exercise">'
        '<p class="exercise-box-title">Practise</p>'
        f"<p>The exercise for this chapter: {links}. Its visible tests check your work as you "
        "go; hidden tests grade it.</p></div>"
    )


def add_boxes(app, pagename, templatename, context, doctree) -> None:
    if "body" not in context:
        return
    exercise = EXERCISE.match(pagename)
    if exercise:
        box = exercise_box(app, pagename, exercise.group(1), exercise.group(2))
        body = context["body"]
        end = body.find("</h1>")  # under the page's title
        at = end + len("</h1>") if end >= 0 else 0
        context["body"] = body[:at] + box + body[at:]
        return
    chapter = CHAPTER.match(pagename)
    if chapter:
        exercises = _exercises(app).get(chapter.group(1))
        if exercises:
            context["body"] = context["body"] + chapter_box(app, pagename, exercises)


CSS = """
.exercise-box { border-left: 4px solid var(--pst-color-primary); padding: 0.6em 1em;
  margin: 1em 0; background: var(--pst-color-surface); border-radius: 4px; }
.exercise-box-title { font-weight: bold; margin-bottom: 0.3em; }
.exercise-button { display: inline-block; padding: 0.35em 0.9em; margin: 0 0.4em 0.4em 0;
  border-radius: 4px; background: var(--pst-color-primary); color: var(--pst-color-background)
  !important; text-decoration: none !important; font-weight: 600; }
.exercise-button:hover { background: var(--pst-color-secondary); }
"""


def add_css(app) -> None:
    app.add_css_file("exercise_links.css")


def write_css(app, exception) -> None:
    if exception is None and app.builder.format == "html":
        static = PurePosixPath(app.outdir) / "_static"
        with open(static / "exercise_links.css", "w", encoding="utf-8") as handle:
            handle.write(CSS)


def setup(app):
    app.connect("builder-inited", add_css)
    app.connect("html-page-context", add_boxes)
    app.connect("build-finished", write_css)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
