"""Child processes and signals: a stop (SIGTERM, Ctrl-C, even SIGKILL) leaves nothing running."""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import signal
import sys
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def interrupted_by_sigterm() -> Iterator[None]:
    """SIGTERM (a service manager, `kill`, CI ending a job) and SIGINT stop like Ctrl-C: a
    KeyboardInterrupt unwinds the `finally` blocks that stop child processes and remove temporary
    files. SIGINT is handled even when the process was started with it ignored (as a shell starts
    a background job): Python then installs no handler of its own, and Ctrl-C or `kill -INT`
    would do nothing."""

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous_term = signal.signal(signal.SIGTERM, stop)
    previous_int = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous_term)
        signal.signal(signal.SIGINT, previous_int)


def plain_signals() -> None:
    """In a forked worker: SIGTERM (the pool stopping it) ends it at once, and Ctrl-C is left to
    the parent, which stops the pool. The handler a fork inherits raises KeyboardInterrupt, which
    is lost when it lands in a finalizer: the worker then waited on its queue for good and the
    build hung (seen once in a few dozen builds of 1,200 pages)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def die_with_parent() -> None:
    """In the child, before exec: on Linux, be killed when factsheet dies, even by SIGKILL, so no
    MkDocs goes on serving or rewriting `site/` without it; and take SIGINT by default, so that
    MkDocs stops cleanly when asked (an ignored SIGINT would be inherited)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        import ctypes

        PR_SET_PDEATHSIG = 1
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass


def worker_context() -> multiprocessing.context.BaseContext:
    """Where worker processes come from: a fork server where there is one (Linux), so that no
    worker is forked from a process that runs other threads (BLAS, a browser driver in tests,
    a host application): a fork copies locks those threads hold, and the worker can hang on one
    for good. Workers start from a clean process and load what they need themselves."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
