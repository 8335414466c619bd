"""Helper code shared by the chapter notebooks of Deep Learning in Python.

Each helper names the chapter that introduces it. Notebooks import from here instead of
repeating code; the package is installed by requirements.txt locally and by the setup cell
in Colab.
"""

__version__ = "0.1.0"
