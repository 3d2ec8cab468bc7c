"""`factsheet serve`: the site is served, and an edited sheet shows on the next load."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from generator.cli import main
from tests.conftest import ARTICLE_ONE, write_article


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(url: str, text: str, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = fetch(url)
        if page is not None and text in page:
            return True
        time.sleep(0.5)
    return False


def test_serve_re_renders_an_edited_sheet(project: Path, tmp_path: Path) -> None:
    write_article(project, "talks.md", ARTICLE_ONE)
    assert main(["--root", str(project), "extract"]) == 0
    port = free_port()
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "--root", str(project), "serve", "--dev-addr", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "TMPDIR": str(temporary)},
    )
    try:
        url = f"http://127.0.0.1:{port}/articles/talks/"
        assert wait_for(url, "Ministers meet over river quotas")
        sheet = project / "content" / "facts" / "talks.yml"
        sheet.write_text(sheet.read_text().replace("title: Ministers meet over river quotas", "title: Corrected headline"))
        assert wait_for(url, "Corrected headline")
    finally:
        server.terminate()
        server.wait(timeout=10)
    time.sleep(1)
    assert fetch(f"http://127.0.0.1:{port}/") is None, "stopping serve stops MkDocs too"
    assert list(temporary.iterdir()) == [], "MkDocs removes the site it served from a temporary folder"
