"""python -m autograder: release exercises, grade submissions, self-check a notebook."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from .config import Course, UserError, tool_env
from .sandbox import Limits


def _course(args: argparse.Namespace) -> Course:
    if args.course is None:
        return Course.default()
    root = Path(args.course).resolve()
    if not (root / "nbgrader_config.py").is_file():
        raise UserError(f"{root} is not a course directory (it has no nbgrader_config.py)")
    return Course(root)


def _release(args: argparse.Namespace) -> int:
    from .release import release

    made = release(_course(args), args.assignments)
    for assignment, notebooks in made.items():
        names = ", ".join(p.name for p in notebooks)
        print(f"{assignment}: exercises/{assignment}/ ({names}) generated, no leaks")
    return 0


def _grade(args: argparse.Namespace) -> int:
    from .feedback import table, write_grades_csv
    from .grade import Grader, collect_submissions, progress_printer, summarise

    course = _course(args)
    limits = Limits(wall_seconds=args.timeout, cell_seconds=min(args.cell_timeout, args.timeout))
    grader = Grader(course, args.assignment, Path(args.out), limits, db_url=args.db)
    start = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="submissions-") as scratch:
            subs = collect_submissions(grader, Path(args.submissions), Path(scratch))
            grader.prepare()
            show = progress_printer(len(subs)) if not args.quiet else None
            results = grader.grade_all(
                subs,
                workers=args.workers,
                force=args.force,
                progress=show,
                scheduler=args.scheduler,
            )
    finally:
        grader.close()
    csv_path = grader.out / "grades.csv"
    write_grades_csv(
        csv_path,
        grader.assignment,
        grader.db_url,
        {r.student: r.problem for r in results},
        {r.student: (r.score, r.max_score) for r in results},
    )
    print(table((r.student, r.score, r.max_score, r.problem) for r in results))
    skipped = sum(r.skipped for r in results)
    print(
        f"{summarise(results)}; {skipped} already graded (use --force to regrade); "
        f"{time.monotonic() - start:.1f} s"
    )
    print(f"grades: {csv_path}\nfeedback: {grader.out / 'feedback'}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from .check import check, report

    outcomes, problem = check(Path(args.notebook), Limits(wall_seconds=args.timeout))
    print(report(outcomes, problem))
    return 0 if all(o.passed for o in outcomes) and not problem else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m autograder", description=__doc__)
    parser.add_argument("--verbose", action="store_true", help="show tracebacks on errors")
    parser.add_argument("--course", help="course directory (default: this repository)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("release", help="regenerate exercises/ from solutions/ and check for leaks")
    p.add_argument("assignments", nargs="*", metavar="ASSIGNMENT", help="default: all")
    p.set_defaults(run=_release)

    p = sub.add_parser("grade", help="autograde a folder (or zip) of submissions")
    p.add_argument("assignment", metavar="ASSIGNMENT")
    p.add_argument(
        "submissions", metavar="SUBMISSIONS", help="folder with one folder per student, or a zip"
    )
    p.add_argument("--out", default="grading", help="output folder (default: grading/)")
    p.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="parallel notebooks (default: cores)",
    )
    p.add_argument(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="grade on an existing Dask cluster instead of local worker processes",
    )
    p.add_argument(
        "--db",
        metavar="URL",
        help="gradebook database (default: sqlite in --out; e.g. postgresql://user@host/course)",
    )
    p.add_argument("--force", action="store_true", help="regrade students graded by an earlier run")
    p.add_argument("--timeout", type=float, default=600, help="seconds per notebook (default 600)")
    p.add_argument("--cell-timeout", type=float, default=120, help="seconds per cell (default 120)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(run=_grade)

    p = sub.add_parser("check", help="run a notebook's visible tests (a student's self-check)")
    p.add_argument("notebook", metavar="NOTEBOOK")
    p.add_argument("--timeout", type=float, default=600, help="seconds for the whole notebook")
    p.set_defaults(run=_check)

    args = parser.parse_args(argv)
    os.environ["PATH"] = tool_env()["PATH"]  # nbgrader's gradebook runs `alembic` from PATH
    try:
        return args.run(args)
    except UserError as exc:
        if args.verbose:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(
            "\ninterrupted: finished students are kept; run the same command to go on",
            file=sys.stderr,
        )
        return 130


if __name__ == "__main__":
    sys.exit(main())
