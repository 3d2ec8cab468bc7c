"""`factsheet import`: saved pages, URLs (a local server: a 404, a timeout), RSS and Atom feeds and
a WARC file, with the duplicate skip and the wire clean-up. No test needs the network."""

from __future__ import annotations

import http.server
import io
import threading
import time
from pathlib import Path

import pytest
import yaml

from generator.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "import"


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the server's name for it)
        if self.path == "/slow.html":
            time.sleep(2)
        name = self.path.strip("/").removesuffix("slow.html") or "story.html"
        path = FIXTURES / (name if self.path != "/slow.html" else "story.html")
        if self.path == "/logo.png":
            self.reply(200, "image/png", b"\x89PNG\r\n")
            return
        if not path.is_file():
            self.reply(404, "text/html", b"<h1>Not found</h1>")
            return
        body = path.read_text(encoding="utf-8").replace("HOST", self.headers["Host"])
        kind = "application/rss+xml" if name.endswith(".rss") else "text/html; charset=utf-8"
        kind = "application/atom+xml" if name.endswith(".atom") else kind
        self.reply(200, kind, body.encode("utf-8"))

    def reply(self, status: int, kind: str, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout test)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def imported(project: Path) -> dict[str, tuple[dict, str]]:
    out = {}
    for path in sorted((project / "content" / "articles").glob("*.md")):
        _, head, body = path.read_text(encoding="utf-8").split("---\n", 2)
        out[path.name] = (yaml.safe_load(head), body)
    return out


def run(project: Path, *args: str) -> int:
    return main(["--root", str(project), "import", *args])


def test_a_saved_page_becomes_an_article_without_its_navigation(project: Path, capsys) -> None:
    assert run(project, str(FIXTURES / "story.html")) == 0
    ((name, (meta, body)),) = imported(project).items()
    assert meta["title"] == "Danube ports reopen after drought"
    assert str(meta["published"]) == "2026-03-09"
    assert meta["author"] == "Mara Lindqvist" and meta["source"] == "River Wire"
    assert "Austria reopened three Danube ports" in body and "Katrin Albrecht" in body
    assert "Advertisement" not in body and "Copyright" not in body and "Log in" not in body
    assert f"-> articles/{name}" in capsys.readouterr().out
    assert main(["--root", str(project), "build", "--strict"]) == 0


def test_a_url_is_imported_once(project: Path, server: str, capsys) -> None:
    assert run(project, f"{server}/story.html") == 0
    ((meta, _body),) = imported(project).values()
    assert meta["url"] == f"{server}/story.html"
    assert run(project, f"{server}/story.html", str(FIXTURES / "story.html")) == 0
    out = capsys.readouterr().out
    assert "already imported" in out and "(same URL)" in out and "(same text)" in out
    assert len(imported(project)) == 1


def test_every_feed_item_comes_with_its_own_link_date_and_author(
    project: Path, server: str, capsys
) -> None:
    assert run(project, f"{server}/feed.rss", f"{server}/feed.atom") == 1  # one item is a 404
    captured = capsys.readouterr()
    assert "missing.html: HTTP 404" in captured.err
    articles = {meta["title"]: (meta, body) for meta, body in imported(project).values()}
    assert set(articles) == {
        "Danube ports reopen after drought",
        "Hungary joins the river monitoring plan",
    }
    meta, body = articles["Hungary joins the river monitoring plan"]
    assert str(meta["published"]) == "2026-03-11" and meta["author"] == "Peter Novak"
    assert "(PICTURE)" not in body and "ATTENTION" not in body


def test_a_warc_file_s_pages_are_imported(project: Path, tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    archive = tmp_path / "crawl.warc.gz"
    with archive.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        html = (FIXTURES / "story.html").read_bytes()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "https://river.example/story",
            "response",
            payload=io.BytesIO(html),
            http_headers=headers,
        )
        writer.write_record(record)
    assert run(project, str(archive)) == 0
    ((meta, _body),) = imported(project).values()
    assert meta["url"] == "https://river.example/story"


@pytest.mark.parametrize(
    "path, message",
    [
        ("/slow.html", "no answer within 0.5 s"),
        ("/logo.png", "not a web page or feed (image/png)"),
        ("/nothing.html", "HTTP 404"),
    ],
)
def test_a_failing_source_is_one_error_line_and_the_rest_go_on(
    project: Path, server: str, capsys, path: str, message: str
) -> None:
    assert run(project, "--timeout", "0.5", f"{server}{path}", str(FIXTURES / "story.html")) == 1
    captured = capsys.readouterr()
    errors = captured.err.strip().splitlines()
    assert (
        len(errors) == 1
        and errors[0].startswith(f"error: {server}{path}: ")
        and message in errors[0]
    )
    assert len(imported(project)) == 1, "the good source is imported all the same"
    assert "import: 1 imported, 0 skipped, 1 failed" in captured.out


def test_a_missing_file_is_an_error(project: Path, capsys) -> None:
    assert run(project, "no-such-page.html") == 1
    assert "error: no-such-page.html: no such file" in capsys.readouterr().err
