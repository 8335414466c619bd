"""The course's autograder: release exercises, grade submissions, self-check (see __main__)."""
