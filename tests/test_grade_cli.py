"""`python -m autograder grade` end to end: the sample submissions, zips, and bad input."""

from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from autograder.config import tool_env
from conftest import ASSIGNMENTS, COURSE
from submissions import write_submission

EXAMPLES = COURSE.root / "autograder" / "examples"
FIRST = ASSIGNMENTS[0]


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "autograder", *args],
        cwd=cwd or COURSE.root,
        env=tool_env(),
        capture_output=True,
        text=True,
        timeout=900,
    )


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def read_grades(out: Path) -> dict[str, dict[str, str]]:
    with open(out / "grades.csv", newline="", encoding="utf-8") as handle:
        return {row["student_id"]: row for row in csv.DictReader(handle)}


def test_sample_submissions_grade_as_described(tmp_path):
    """The README's example: one correct (written differently), one partly wrong, one untouched."""
    samples = EXAMPLES / FIRST
    before = tree_digest(samples)
    done = run_cli("grade", FIRST, str(samples), "--out", str(tmp_path), "--workers", "2")
    assert done.returncode == 0, done.stderr
    grades = read_grades(tmp_path)
    assert set(grades) == {p.name for p in samples.iterdir() if p.is_dir()}
    by_kind = {name.split("_")[0]: row for name, row in grades.items()}
    full = float(by_kind["correct"]["max_score"])
    assert float(by_kind["correct"]["score"]) == full
    assert 0 < float(by_kind["partial"]["score"]) < full
    assert float(by_kind["untouched"]["score"]) == 0
    assert "student" in done.stdout and "problem" in done.stdout  # the table's header
    for student in grades:
        feedback = tmp_path / "feedback" / student / FIRST
        assert list(feedback.glob("*.html")), f"no feedback for {student}"
        html = "".join(p.read_text() for p in feedback.glob("*.html"))
        assert "BEGIN HIDDEN TESTS" not in html
    assert tree_digest(samples) == before, "grading must not modify SUBMISSIONS"


@pytest.fixture
def messy(tmp_path):
    """A class where some submissions are broken in the ways students manage."""
    subs = tmp_path / "subs"
    write_submission(subs / "good", COURSE, FIRST)
    write_submission(subs / "blank", COURSE, FIRST, untouched=True)
    names = [p.name for p in COURSE.release_notebooks(FIRST)]
    (subs / "nojson").mkdir()
    for name in names:
        (subs / "nojson" / name).write_text('{"cells": [ {"cell_type": ')
    (subs / "png").mkdir()
    for name in names:
        (subs / "png" / name).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (subs / "missing").mkdir()
    (subs / "missing" / "notes.txt").write_text("I could not finish")
    write_submission(subs / "extra", COURSE, FIRST)
    (subs / "extra" / "scratch.ipynb").write_text((subs / "extra" / names[0]).read_text())
    return subs


def test_bad_submissions_get_a_reason_and_a_zero_others_are_graded(messy, tmp_path):
    before = tree_digest(messy)
    out = tmp_path / "out"
    done = run_cli("grade", FIRST, str(messy), "--out", str(out))
    assert done.returncode == 0, done.stderr
    grades = read_grades(out)
    assert float(grades["good"]["score"]) == float(grades["good"]["max_score"]) > 0
    assert grades["good"]["problem"] == ""
    assert float(grades["blank"]["score"]) == 0
    assert "broken JSON" in grades["nojson"]["problem"]
    assert "not a notebook" in grades["png"]["problem"]
    assert "missing" in grades["missing"]["problem"]
    for student in ("nojson", "png", "missing"):
        assert float(grades[student]["score"]) == 0
        assert grades[student]["problem"] in done.stdout
    assert "scratch.ipynb" in grades["extra"]["problem"]
    assert float(grades["extra"]["score"]) == float(grades["extra"]["max_score"])
    assert tree_digest(messy) == before, "grading must not modify SUBMISSIONS"


def test_zip_of_submissions_with_escaping_entries(messy, tmp_path):
    archive = tmp_path / "lms.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in (messy / "good").rglob("*"):
            zf.write(path, f"export/good/{path.relative_to(messy / 'good')}")
        zf.writestr("../../escaped.txt", "outside")
        zf.writestr("/tmp/absolute-escape.txt", "outside")
    out = tmp_path / "out"
    done = run_cli("grade", FIRST, str(archive), "--out", str(out))
    assert done.returncode == 0, done.stderr
    grades = read_grades(out)
    assert list(grades) == ["good"]
    assert float(grades["good"]["score"]) == float(grades["good"]["max_score"])
    assert not (tmp_path.parent / "escaped.txt").exists()
    assert not Path("/tmp/absolute-escape.txt").exists()


def test_rerun_skips_finished_students_and_force_regrades(messy, tmp_path):
    out = tmp_path / "out"
    first = run_cli("grade", FIRST, str(messy), "--out", str(out))
    graded_first = read_grades(out)
    again = run_cli("grade", FIRST, str(messy), "--out", str(out))
    assert "6 already graded" in again.stdout
    assert read_grades(out) == graded_first, "a rerun must not grade anyone twice"
    forced = run_cli("grade", FIRST, str(messy), "--out", str(out), "--force")
    assert "0 already graded" in forced.stdout
    assert first.returncode == again.returncode == forced.returncode == 0


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p / "nowhere", "no such folder"),
        (lambda p: (p / "empty").mkdir() or p / "empty", "no student folders"),
        (lambda p: (p / "x.txt").write_text("hi") and p / "x.txt", "neither a folder nor a zip"),
    ],
    ids=["missing-folder", "empty-folder", "not-a-zip"],
)
def test_unusable_submissions_argument_is_one_clear_line(tmp_path, make, message):
    done = run_cli("grade", FIRST, str(make(tmp_path)), "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr


def test_unknown_assignment_is_one_clear_line(tmp_path):
    done = run_cli("grade", "99_nothing", str(tmp_path), "--out", str(tmp_path / "out"))
    assert done.returncode == 2 and "unknown assignment" in done.stderr


def test_self_check_reports_visible_tests(tmp_path):
    name = COURSE.release_notebooks(FIRST)[0].name
    write_submission(tmp_path / "done", COURSE, FIRST)
    write_submission(tmp_path / "blank", COURSE, FIRST, untouched=True)
    passed = run_cli("check", str(tmp_path / "done" / name))
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "FAILED" not in passed.stdout and "passed" in passed.stdout
    assert "Hidden tests run at grading time" in passed.stdout
    failed = run_cli("check", str(tmp_path / "blank" / name))
    assert failed.returncode == 1
    assert "FAILED" in failed.stdout and "NotImplementedError" in failed.stdout


def test_run_killed_midway_resumes_without_loss_or_double_grading(tmp_path):
    """kill -9 while grading (a power loss, as far as the run can tell), then run again."""
    import os
    import signal
    import time

    subs = tmp_path / "subs"
    for i in range(5):
        write_submission(subs / f"s{i}", COURSE, FIRST)
    out = tmp_path / "out"
    cmd = [
        sys.executable,
        "-m",
        "autograder",
        "grade",
        FIRST,
        str(subs),
        "--out",
        str(out),
        "--workers",
        "1",
        "--quiet",
    ]
    proc = subprocess.Popen(
        cmd,
        cwd=COURSE.root,
        env=tool_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and len(list((out / "results").glob("*.json"))) < 1:
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    finished = len(list((out / "results").glob("*.json")))
    assert 1 <= finished < 5, "the kill should land in the middle of the run"

    again = run_cli("grade", FIRST, str(subs), "--out", str(out))
    assert again.returncode == 0, again.stderr
    assert f"{finished} already graded" in again.stdout
    grades = read_grades(out)
    assert sorted(grades) == [f"s{i}" for i in range(5)]
    assert all(float(r["score"]) == float(r["max_score"]) for r in grades.values())


def test_ctrl_c_stops_running_notebooks_at_once_and_keeps_finished_students(tmp_path):
    """Ctrl-C while slow notebooks run: the run ends in seconds, no process is left behind."""
    import os
    import signal
    import time

    import nbformat

    subs = tmp_path / "subs"
    write_submission(subs / "a-quick", COURSE, FIRST)
    for i in range(4):
        folder = write_submission(subs / f"slow{i}", COURSE, FIRST)
        for path in folder.glob("*.ipynb"):
            nb = nbformat.read(path, as_version=4)
            nb.cells.insert(1, nbformat.v4.new_code_cell("import time\ntime.sleep(300)"))
            nbformat.write(nb, path)
    out, scratch = tmp_path / "out", tmp_path / "scratch"
    scratch.mkdir()
    env = {**tool_env(), "TMPDIR": str(scratch)}  # the children's paths name this test's folder
    cmd = [sys.executable, "-m", "autograder", "grade", FIRST, str(subs), "--out", str(out)]
    proc = subprocess.Popen(
        [*cmd, "--workers", "2", "--quiet"],
        cwd=COURSE.root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and not (out / "results" / "a-quick.json").exists():
        time.sleep(0.2)
    time.sleep(3)  # two slow notebooks are now sleeping in their kernels
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    start = time.monotonic()
    stdout, stderr = proc.communicate(timeout=60)
    assert time.monotonic() - start < 15, "Ctrl-C must not wait for running notebooks"
    assert proc.returncode == 130 and "interrupted" in stderr, stdout + stderr
    assert sorted(p.stem for p in (out / "results").glob("*.json")) == ["a-quick"]
    time.sleep(1)
    left = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and str(scratch) in (entry / "cmdline").read_text():
                left.append(entry.name)
        except OSError:
            pass
    assert not left, f"processes left running after Ctrl-C: {left}"
