"""A folder or an LMS zip of submissions -> one checked submission per student.

SUBMISSIONS holds one sub-folder per student id with that student's notebook(s) under the
released names (directly, or under a sub-folder named after the assignment). A zip of such a
folder works too, also when everything in it sits inside one top folder. Nothing in
SUBMISSIONS is ever modified: zips are unpacked into a scratch folder, entries that would land
outside it are refused.
"""

from __future__ import annotations

import json
import shutil
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import nbformat

from .config import UserError

# A submitted notebook bigger than this is not graded (its outputs are cleared before running,
# but parsing a huge file costs memory in the coordinating process).
MAX_NOTEBOOK_BYTES = 50 * 1024**2


@dataclass
class Submission:
    """One student's notebooks, each parsed or with the reason it could not be."""

    student: str
    folder: Path | None
    notebooks: dict[str, nbformat.NotebookNode] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _is_student_folder(path: Path) -> bool:
    return path.is_dir() and not path.name.startswith((".", "__"))


def check_student_id(name: str) -> str | None:
    """Why a folder name cannot be a student id, or None when it can."""
    if name in {"", ".", ".."} or "/" in name or "\\" in name or "\x00" in name:
        return "not a usable student id"
    if name != name.strip():
        return "student id starts or ends with white space"
    if len(name.encode()) > 200:
        return "student id longer than 200 bytes"
    return None


def unpack_zip(archive: Path, into: Path) -> Path:
    """Unpack archive into the empty folder into, refusing entries that escape it."""
    try:
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                name = PurePosixPath(info.filename.replace("\\", "/"))
                mode = info.external_attr >> 16
                if name.is_absolute() or ".." in name.parts or not name.parts:
                    continue  # would land outside the folder: refused
                if stat.S_ISLNK(mode):
                    continue  # links could point anywhere: refused
                target = into.joinpath(*name.parts)
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, open(target, "wb") as dst:
                    shutil.copyfileobj(src, dst, 1024 * 1024)
    except zipfile.BadZipFile as exc:
        raise UserError(f"{archive} is not a readable zip file ({exc})") from exc
    return into


def _root_of(folder: Path, notebook_names: list[str]) -> Path:
    """Descend through a single wrapping folder (as LMS zips often have one)."""
    while True:
        entries = [p for p in folder.iterdir() if not p.name.startswith((".", "__MACOSX"))]
        dirs = [p for p in entries if p.is_dir()]
        holds_notebooks = any(p.name in notebook_names for p in entries if p.is_file())
        if len(dirs) == 1 and len(entries) == 1 and not holds_notebooks:
            inner = dirs[0]
            if any(_is_student_folder(p) for p in inner.iterdir()):
                folder = inner
                continue
        return folder


def read_notebook(path: Path) -> tuple[nbformat.NotebookNode | None, str]:
    """Parse a submitted notebook; return (notebook, "") or (None, reason)."""
    size = path.stat().st_size
    if size > MAX_NOTEBOOK_BYTES:
        return (
            None,
            f"{path.name} is {size / 2**20:.0f} MB, over the {MAX_NOTEBOOK_BYTES // 2**20} MB cap",
        )
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, f"{path.name} is not a notebook (not UTF-8 text)"
    try:
        raw = json.loads(text)
    except ValueError as exc:
        return None, f"{path.name} is not a notebook (broken JSON: {exc.msg} at line {exc.lineno})"
    if not isinstance(raw, dict) or "cells" not in raw and "worksheets" not in raw:
        return None, f"{path.name} is not a notebook (JSON without cells)"
    try:
        notebook = nbformat.reads(text, as_version=4)
    except Exception as exc:
        return None, f"{path.name} could not be read as a notebook ({type(exc).__name__})"
    if not isinstance(notebook.get("cells"), list):
        return None, f"{path.name} is not a notebook (no list of cells)"
    return notebook, ""


def _find(student_dir: Path, assignment: str, name: str) -> Path | None:
    for candidate in (student_dir / name, student_dir / assignment / name):
        if candidate.is_file() and not candidate.is_symlink():
            return candidate
    matches = [p for p in student_dir.rglob(name) if p.is_file() and not p.is_symlink()]
    return matches[0] if len(matches) == 1 else None


def collect(
    submissions: Path, assignment: str, notebook_names: list[str], scratch: Path
) -> list[Submission]:
    """Read every student's submission; problems are recorded per student, never raised."""
    if not submissions.exists():
        raise UserError(f"no such folder or zip: {submissions}")
    if submissions.is_file():
        if not zipfile.is_zipfile(submissions):
            raise UserError(f"{submissions} is neither a folder nor a zip file")
        submissions = unpack_zip(submissions, scratch / "unzipped")
    root = _root_of(submissions, notebook_names)
    folders = sorted((p for p in root.iterdir() if _is_student_folder(p)), key=lambda p: p.name)
    if not folders:
        raise UserError(f"no student folders in {submissions} (expected one folder per student)")

    result = []
    for folder in folders:
        sub = Submission(folder.name, folder)
        reason = check_student_id(folder.name)
        if reason:
            sub.problems.append(reason)
            result.append(sub)
            continue
        for name in notebook_names:
            try:
                path = _find(folder, assignment, name)
                if path is None:
                    sub.problems.append(f"{name} is missing")
                    continue
                notebook, reason = read_notebook(path)
            except (OSError, RecursionError, MemoryError) as exc:  # that student's problem only
                notebook, reason = None, f"{name} could not be read ({type(exc).__name__})"
            if notebook is None:
                sub.problems.append(reason)
            else:
                sub.notebooks[name] = notebook
        result.append(sub)
    return result
