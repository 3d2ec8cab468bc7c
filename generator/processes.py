"""Child processes and signals: a stop (SIGTERM, Ctrl-C, even SIGKILL) leaves nothing running."""

from __future__ import annotations

import signal
import sys
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def interrupted_by_sigterm() -> Iterator[None]:
    """SIGTERM (a service manager, `kill`, CI ending a job) stops like Ctrl-C: a KeyboardInterrupt
    unwinds the `finally` blocks that stop child processes and remove temporary files."""

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def die_with_parent() -> None:
    """In the child, before exec: on Linux, be killed when factsheet dies, even by SIGKILL, so no
    MkDocs goes on serving or rewriting `site/` without it."""
    if sys.platform.startswith("linux"):
        import ctypes

        PR_SET_PDEATHSIG = 1
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
