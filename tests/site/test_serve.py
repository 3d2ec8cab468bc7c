"""`factsheet serve`: the site is served, an edited sheet shows on the next load, and a stop
(SIGTERM or Ctrl-C) stops MkDocs and removes the site it served from a temporary folder."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import ARTICLE_ONE, write_article

DEADLINE_SECONDS = 120
"""One budget for the whole exchange with the server: generous, since CI machines are loaded."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return None


class Server:
    """`factsheet serve` in a child process, its output kept in a file for failure messages."""

    def __init__(self, project: Path, temporary: Path, log: Path) -> None:
        self.project, self.temporary, self.log = project, temporary, log
        self.deadline = time.monotonic() + DEADLINE_SECONDS
        self.process: subprocess.Popen[bytes] | None = None
        self.port = 0

    def start(self) -> None:
        """Start on a free port; the port can be taken between our check and MkDocs' bind, so a
        start that fails with 'Address already in use' is retried on another port."""
        for _attempt in range(5):
            self.port = free_port()
            with open(self.log, "wb") as out:
                self.process = subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "generator",
                        "--root",
                        str(self.project),
                        "serve",
                        "--dev-addr",
                        f"127.0.0.1:{self.port}",
                    ],
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    env={**os.environ, "TMPDIR": str(self.temporary)},
                    # As a shell starts a background job: with SIGINT ignored, which Python then
                    # leaves alone. A stop by SIGINT must work all the same.
                    preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
                )
            if self.wait_until(
                lambda: fetch(self.url("")) is not None or self.process.poll() is not None
            ):
                if self.process.poll() is None:
                    return
                if "Address already in use" not in self.output():
                    break
        pytest.fail(f"serve did not start:\n{self.output()}")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/{path}"

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_until(self, condition) -> bool:  # type: ignore[no-untyped-def]
        while time.monotonic() < self.deadline:
            if condition():
                return True
            time.sleep(0.2)
        return False

    def page_shows(self, path: str, text: str) -> None:
        if not self.wait_until(lambda: text in (fetch(self.url(path)) or "")):
            pytest.fail(f"{path} never showed {text!r}; serve printed:\n{self.output()}")

    def stop(self, signum: int) -> int:
        assert self.process is not None
        self.process.send_signal(signum)
        try:
            return self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            pytest.fail(f"serve did not exit after signal {signum}; it printed:\n{self.output()}")


@pytest.fixture
def served(project: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    write_article(project, "talks.md", ARTICLE_ONE)
    assert main(["--root", str(project), "extract"]) == 0
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    server = Server(project, temporary, tmp_path / "serve.log")
    server.start()
    yield server
    if server.process is not None and server.process.poll() is None:
        server.process.kill()


def test_serve_re_renders_an_edited_sheet(served: Server, project: Path) -> None:
    served.page_shows("articles/talks/", "Ministers meet over river quotas")
    sheet = project / "content" / "facts" / "talks.yml"
    sheet.write_text(
        sheet.read_text().replace(
            "title: Ministers meet over river quotas", "title: Corrected headline"
        )
    )
    served.page_shows("articles/talks/", "Corrected headline")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_signal_stops_mkdocs_and_removes_its_site(served: Server, signum: int) -> None:
    served.page_shows("articles/talks/", "Ministers meet over river quotas")
    assert served.stop(signum) == 0, served.output()
    assert fetch(served.url("")) is None, "stopping serve stops MkDocs too"
    assert list(served.temporary.iterdir()) == [], (
        "the site MkDocs served from a temporary folder is removed"
    )
