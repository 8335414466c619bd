"""Benchmark the grader: overhead per submission, parallel speed-up, and the Dask path.

    .venv/bin/python bench/grading.py [--students N] [--assignment ID ...]

Builds N synthetic students per assignment (correct, wrong, untouched and faulty submissions,
in turn), then measures in one run, on this machine:

1. the bare execution of each notebook with nbclient (no grading at all), against
   `grade --workers 1` on the same notebooks: the grader's overhead, split into a fixed cost
   per run (measured on a class of one: nbgrader records the assignment in the gradebook,
   feedback and CSV are written) and the cost per submission (the rest of the class);
2. plain serial `nbgrader autograde` against `grade --workers 2`;
3. `grade --scheduler` on a local Dask cluster of two worker processes.

Prints absolute times and the ratios. Nothing here is a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import nbformat  # noqa: E402
from machine import machine  # noqa: E402  (bench/machine.py)

from autograder.config import Course, tool_env  # noqa: E402
from submissions import corpus, write_submission  # noqa: E402

FAULTS = {
    "endless-loop": "while True:\n    pass",
    "exits": "import os\nos._exit(1)",
    "prints-a-lot": "print('x' * 10_000_000)",
}


def make_class(course: Course, assignment: str, n: int, folder: Path) -> Path:
    """N students: correct, wrong (from the corpus), untouched and faulty, in turn."""
    wrong = corpus(assignment, "wrong")
    for i in range(n):
        student = folder / f"student{i:03d}"
        kind = i % 4
        if kind == 0:
            write_submission(student, course, assignment)
        elif kind == 1 and wrong:
            write_submission(student, course, assignment, wrong[i % len(wrong)].answers)
        elif kind == 2:
            write_submission(student, course, assignment, untouched=True)
        else:
            write_submission(student, course, assignment)
            fault = list(FAULTS.values())[i % len(FAULTS)]
            for path in student.glob("*.ipynb"):
                nb = nbformat.read(path, as_version=4)
                nb.cells.insert(2, nbformat.v4.new_code_cell(fault))
                nbformat.write(nb, path)
    return folder


def timed(cmd: list[str], cwd: Path, check: bool = True) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=tool_env(), capture_output=True, text=True)
    if check and done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{done.stderr[-2000:]}")
    return time.perf_counter() - start


def bare_execution(folder: Path, cell_timeout: int) -> float:
    """Execute every notebook with plain nbclient, errors allowed: the floor for any grader."""
    from nbclient import NotebookClient

    start = time.perf_counter()
    for path in sorted(folder.rglob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(
            nb,
            timeout=cell_timeout,
            allow_errors=True,
            interrupt_on_timeout=True,
            kernel_name="python3",
            resources={"metadata": {"path": str(path.parent)}},
        )
        try:
            client.execute()
        except Exception:
            pass  # a dead kernel ends that notebook, as in grading
    return time.perf_counter() - start


def plain_nbgrader(course: Course, assignment: str, folder: Path, work: Path) -> float:
    """Serial `nbgrader autograde` in a scratch course with the same submissions."""
    scratch = work / "plain-course"
    scratch.mkdir(parents=True)
    shutil.copy(course.root / "nbgrader_config.py", scratch / "nbgrader_config.py")
    shutil.copytree(course.solutions / assignment, scratch / "solutions" / assignment)
    py = [sys.executable, "-m", "nbgrader"]
    timed([*py, "generate_assignment", assignment, "--force"], scratch)
    for student in folder.iterdir():
        shutil.copytree(student, scratch / "grading" / "submitted" / student.name / assignment)
    # plain nbgrader exits non-zero when a kernel dies (the os._exit fault): time it all the same
    return timed([*py, "autograde", assignment, "--Execute.timeout=20"], scratch, check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=16)
    parser.add_argument("--assignment", nargs="*", default=["02_forward_propagation"])
    args = parser.parse_args()
    course = Course.default()
    grade = [sys.executable, "-m", "autograder", "grade"]
    print(f"machine: {machine()}")
    for assignment in args.assignment:
        with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
            work = Path(tmp)
            subs = make_class(course, assignment, args.students, work / "subs")
            n = args.students
            bare = bare_execution(subs, cell_timeout=20)
            common = ["--timeout", "60", "--cell-timeout", "20", "--quiet"]
            single = make_class(course, assignment, 1, work / "single")
            bare_single = bare_execution(single, cell_timeout=20)
            out_single = str(work / "g-single")
            one_single = timed(
                [*grade, assignment, str(single), "--out", out_single, "--workers", "1", *common],
                ROOT,
            )
            one = timed(
                [
                    *grade,
                    assignment,
                    str(subs),
                    "--out",
                    str(work / "g1"),
                    "--workers",
                    "1",
                    *common,
                ],
                ROOT,
            )
            two = timed(
                [
                    *grade,
                    assignment,
                    str(subs),
                    "--out",
                    str(work / "g2"),
                    "--workers",
                    "2",
                    *common,
                ],
                ROOT,
            )
            plain = plain_nbgrader(course, assignment, subs, work)
            from distributed import LocalCluster

            with LocalCluster(
                n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
            ) as cluster:
                dask = timed(
                    [
                        *grade,
                        assignment,
                        str(subs),
                        "--out",
                        str(work / "gd"),
                        "--scheduler",
                        cluster.scheduler_address,
                        *common,
                    ],
                    ROOT,
                )
            print(f"\n{assignment}: {n} students (correct, wrong, untouched, faulty in turn)")
            print(f"  bare nbclient execution, serial   {bare:7.1f} s  ({bare / n:.2f} s each)")
            print(f"  grade --workers 1                 {one:7.1f} s  ({one / n:.2f} s each)")
            print(f"  grade --workers 2                 {two:7.1f} s")
            print(f"  plain nbgrader autograde, serial  {plain:7.1f} s")
            print(f"  grade --scheduler (2 dask workers){dask:7.1f} s")
            fixed = one_single - bare_single
            per_student = (one - one_single) / (bare - bare_single)
            print(f"  fixed cost of a grading run       {fixed:7.1f} s  (class of one, minus bare)")
            print(f"  overhead, grade --workers 1 / bare execution: {one / bare:.2f}x")
            print(f"  overhead per submission, beyond the fixed cost: {per_student:.2f}x")
            print(f"  speed-up, --workers 2 over --workers 1:       {one / two:.2f}x")
            print(f"  plain nbgrader serial / grade --workers 2:    {plain / two:.2f}x")
            print(f"  dask (2 workers) / --workers 2:               {dask / two:.2f}x")


if __name__ == "__main__":
    main()
