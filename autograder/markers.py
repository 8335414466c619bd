"""How the grader marks the test cells it runs (shared by the grader and the grading kernel)."""

from __future__ import annotations

MARKER = "# autograder: test cell (restored from the source)"
END_OF_PREAMBLE = "# autograder: end of preamble"


def guarded_source(test_source: str, imports: list[str]) -> str:
    """A test cell's code as the grader runs it: the marker, the imports again, the test."""
    return "\n".join([MARKER, *imports, END_OF_PREAMBLE, test_source])


def strip_preamble(source: str) -> str:
    """The test cell as the student knows it (for feedback)."""
    if source.startswith(MARKER) and END_OF_PREAMBLE in source:
        return source.split(END_OF_PREAMBLE + "\n", 1)[-1]
    return source
