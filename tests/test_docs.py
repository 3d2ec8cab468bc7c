"""README stays true: every CLI command is documented."""

from __future__ import annotations

from pathlib import Path

from generator.cli import build_parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme() -> None:
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    missing = [c for c in commands if f"factsheet {c}" not in README]
    assert missing == []


def test_readme_gives_the_two_setup_commands() -> None:
    assert "make site" in README and "make test" in README
