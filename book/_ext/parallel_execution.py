"""Sphinx extension: execute the chapters missing from the cache in parallel, before reading.

myst-nb (execution mode "cache") executes each notebook when Sphinx reads it, one after the
other. On a cold build that is most of the time, with all cores but one idle. Here, once the
builder starts, every chapter notebook (`book/*.ipynb`) that the jupyter-cache does not hold is
executed in a pool of processes, one per core, exactly as myst-nb would (jupyter-cache's
`single_nb_execution` with the configured timeout, allow_errors, working folder and exclude
patterns), and stored in the same cache. myst-nb then finds every chapter there ("Using cached
notebook").

A notebook that fails here is not cached, so myst-nb executes it again and reports the error
as usual; a warm build finds everything cached and starts no process.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from fnmatch import fnmatch
from pathlib import Path

from sphinx.util import logging

logger = logging.getLogger(__name__)


def _execute(
    path: str, timeout: int, allow_errors: bool, in_temp: bool
) -> tuple[str, str | None, float]:
    """Run one notebook; (executed notebook as JSON or "", error or None, seconds)."""
    import tempfile
    from contextlib import nullcontext

    import nbformat
    from jupyter_cache.executors.utils import single_nb_execution

    notebook = nbformat.read(path, as_version=4)
    folder = tempfile.TemporaryDirectory() if in_temp else nullcontext(str(Path(path).parent))
    with folder as cwd:
        result = single_nb_execution(
            notebook,
            cwd=cwd,
            allow_errors=allow_errors,
            timeout=timeout,
            meta_override=True,
        )
    if result.err is not None:
        return "", f"{type(result.err).__name__}: {result.err}", result.time
    return nbformat.writes(notebook), None, result.time


def _missing(cache, paths: list[Path]) -> list[Path]:
    import nbformat

    missing = []
    for path in paths:
        try:
            cache.match_cache_notebook(nbformat.read(path, as_version=4))
        except KeyError:
            missing.append(path)
    return missing


def pre_execute(app) -> None:
    config = app.env.mystnb_config  # myst-nb's settings, with the cache path resolved
    if config.execution_mode != "cache" or not config.execution_cache_path:
        return
    import nbformat
    from jupyter_cache import get_cache
    from jupyter_cache.base import CacheBundleIn

    cache = get_cache(config.execution_cache_path)
    chapters = [
        path
        for path in sorted(Path(app.srcdir, "book").glob("*.ipynb"))
        if not any(
            fnmatch(path.as_posix(), f"*{pattern}") for pattern in config.execution_excludepatterns
        )
    ]
    missing = _missing(cache, chapters)
    workers = min(len(missing), os.cpu_count() or 1)
    if workers < 2:
        return  # nothing to gain: myst-nb executes it while reading
    logger.info(f"executing {len(missing)} chapter notebooks in {workers} processes")
    start = time.monotonic()
    # The Keras chapters first (17 to 61 s each on 2 cores, the numpy ones 3 to 10 s), so that
    # the short ones fill the gaps at the end; within each kind, the largest first.
    missing.sort(
        key=lambda p: ("import keras" in p.read_text(encoding="utf-8"), p.stat().st_size),
        reverse=True,
    )
    settings = (
        int(config.execution_timeout),
        bool(config.execution_allow_errors),
        bool(config.execution_in_temp),
    )
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(_execute, str(p), *settings): p for p in missing}
        for done, future in enumerate(as_completed(futures), 1):
            path = futures[future]
            name = path.relative_to(app.srcdir)
            try:
                executed, error, seconds = future.result()
            except Exception as exc:  # myst-nb runs it again and reports the failure
                executed, error, seconds = "", f"{type(exc).__name__}: {exc}", 0.0
            if error:
                logger.info(f"[{done}/{len(missing)}] {name} failed ({error}); left to myst-nb")
                continue
            record = cache.add_nb_to_project(str(path))
            cache.cache_notebook_bundle(
                CacheBundleIn(
                    nbformat.reads(executed, as_version=4),
                    record.uri,
                    data={"execution_seconds": seconds},
                ),
                check_validity=False,
                overwrite=True,
            )
            logger.info(f"[{done}/{len(missing)}] {name} executed in {seconds:.1f} s")
    logger.info(f"chapters executed in {time.monotonic() - start:.1f} s")


def setup(app):
    # After myst-nb has resolved the cache path (it does so when the builder starts).
    app.connect("builder-inited", pre_execute, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
