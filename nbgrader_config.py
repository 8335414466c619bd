"""nbgrader configuration for this course.

Plain `nbgrader` commands run from the repository root use the same layout as
`python -m autograder`:

    solutions/<assignment>/   nbgrader's *source* directory: notebooks with solutions
                              (### BEGIN/END SOLUTION) and hidden tests
    exercises/<assignment>/   nbgrader's *release* directory: the generated student versions
    grading/                  everything grading produces: submitted/, autograded/,
                              feedback/ and the gradebook; never committed

Note that nbgrader's own `solution_directory` (where `nbgrader generate_solution` writes)
is not our solutions/ folder: it is mapped to grading/solution.
"""

from pathlib import Path

c = get_config()  # noqa: F821 (provided by nbgrader when it loads this file)

course = Path(__file__).resolve().parent

c.CourseDirectory.root = str(course)
# The gradebook's course row; PostgreSQL enforces it (autograder/config.py uses the same id).
c.CourseDirectory.course_id = "deep-learning-in-python"
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "exercises"
c.CourseDirectory.source_with_tests_directory = "grading/source_with_tests"
c.CourseDirectory.submitted_directory = "grading/submitted"
c.CourseDirectory.autograded_directory = "grading/autograded"
c.CourseDirectory.feedback_directory = "grading/feedback"
c.CourseDirectory.solution_directory = "grading/solution"
c.CourseDirectory.db_url = f"sqlite:///{course / 'grading' / 'gradebook.db'}"
(course / "grading").mkdir(exist_ok=True)  # sqlite cannot create the folder itself

# A student who deletes or edits a test cell gets it back from the source.
c.OverwriteCells.add_missing_cells = True

# Seconds a single cell may run while grading before it is interrupted.
c.Execute.timeout = 120

# TensorFlow writes log lines to stderr; nbgrader would score such a test cell zero.
# The Keras notebooks quiet it (TF_CPP_MIN_LOG_LEVEL); this catches what still gets through.
c.IgnorePattern.enabled = True
c.IgnorePattern.pattern = r"tensorflow/|absl::|oneDNN|cuda|TF_ENABLE_ONEDNN_OPTS|XLA service"
