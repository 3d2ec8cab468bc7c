"""`factsheet init DIR`: a new project, ready to import articles into, build and publish.

The files come from `generator/project_template/` (this repository's own site is built from the
same mkdocs.yml, theme overrides and stylesheet): the MkDocs configuration, a home page, a
`factsheet.toml` with every option, a `.gitignore`, the pinned spaCy pipeline and a GitHub
Actions workflow that checks the sheets, builds the site strictly and deploys it to Pages.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from generator.errors import ConfigError
from generator.sheets.yamlio import write_atomic

TEMPLATE_FILES = {
    "mkdocs.yml": "mkdocs.yml",
    "factsheet.toml": "factsheet.toml",
    "gitignore": ".gitignore",
    "requirements/model.txt": "requirements/model.txt",
    "docs/index.md": "docs/index.md",
    "docs/overrides/main.html": "docs/overrides/main.html",
    "docs/stylesheets/factsheet.css": "docs/stylesheets/factsheet.css",
    "github/factsheet.yml": ".github/workflows/factsheet.yml",
}
"""Template file -> where it goes in the new project."""
FOLDERS = ("content/articles", "content/facts", "content/base")
SITE_NAME = "site_name: Fact sheets"


def init_project(target: Path, name: str | None = None) -> list[Path]:
    """Make a project in TARGET (new or empty); NAME is the site's title (default: the folder's
    name). Returns the files written. A folder that already holds a project is left alone."""
    if (target / "mkdocs.yml").exists() or (target / "factsheet.toml").exists():
        raise ConfigError(
            f"{target}: already a factsheet project (it has mkdocs.yml or factsheet.toml)"
        )
    if target.exists() and not target.is_dir():
        raise ConfigError(f"{target}: exists and is not a folder")
    template = resources.files("generator").joinpath("project_template")
    title = name or target.resolve().name.replace("-", " ").replace("_", " ").strip().title()
    written = []
    for source, destination in TEMPLATE_FILES.items():
        text = template.joinpath(source).read_text(encoding="utf-8")
        if source == "mkdocs.yml" and title:
            text = text.replace(SITE_NAME, f"site_name: {quoted(title)}", 1)
        path = target / destination
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text)
        written.append(path)
    for folder in FOLDERS:
        (target / folder).mkdir(parents=True, exist_ok=True)
        keep = target / folder / ".gitkeep"
        keep.touch()
        written.append(keep)
    return written


def quoted(text: str) -> str:
    """A YAML double-quoted scalar: any title is safe in it."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
