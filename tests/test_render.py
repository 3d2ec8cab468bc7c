"""Hostile text never becomes markup: escaping and the built HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.render.escape import md
from tests.conftest import write_article

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "![img](http://evil.example/x.png)",
    "!!! danger\n    admonition",
    "{: onclick=alert(1) }",
    "{{ config }}",
    "`code` **bold** _em_",
    "a\u202eevil\u200b",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_md_escape_leaves_no_markup(text: str) -> None:
    out = md(text)
    assert "<" not in out.replace("&lt;", "")
    assert "\n" not in out
    assert "](" not in out.replace("\\](", "").replace("\\]\\(", "")
    assert "\u202e" not in out and "\u200b" not in out


def test_hostile_article_builds_without_executable_markup(project: Path) -> None:
    body = (
        "---\nid: hostile\ntitle: '<script>alert(1)</script> [x](javascript:alert(1))'\npublished: 2026-01-05\n---\n"
        "Helen Marsh <img src=x onerror=alert(1)> said on Monday the plan was fine. "
        '"<script>alert(2)</script> we will go on with it," Marsh said. '
        "[click](javascript:alert(3)) and ![i](http://evil.example/x.png) and {: onclick=alert(4) }.\n\n"
        "<div onmouseover=alert(5)>raw block</div>\n"
    )
    write_article(project, "hostile.md", body)
    assert main(["--root", str(project), "build", "--strict"]) == 0
    for page in (project / "site").rglob("*.html"):
        html = page.read_text()
        assert "<script>alert" not in html
        assert "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "")
        assert 'href="javascript:' not in html
        assert "<img src=x" not in html
        assert "<div onmouseover" not in html
        assert "evil.example" not in html or "&lt;" in html or "![i]" in html
