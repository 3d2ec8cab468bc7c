"""`factsheet build` and `serve`: extract, render, then MkDocs on the configured mkdocs.yml."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from generator.config import Config
from generator.errors import BuildError
from generator.processes import die_with_parent, interrupted_by_sigterm


def mkdocs_command(config: Config, verb: str, strict: bool) -> list[str]:
    command = [sys.executable, "-m", "mkdocs", verb, "-f", str(config.root / config.mkdocs_config)]
    if strict:
        command.append("--strict")
    return command


def mkdocs_env() -> dict[str, str]:
    """Material's end-of-life banner is noise in CI logs; the README says what comes next."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def run_mkdocs(config: Config, strict: bool, quiet: bool = False, jobs: int = 1) -> None:
    """Run `mkdocs build`; a failure (broken link under --strict) is a BuildError.

    One MkDocs process by default. With JOBS > 1 (opt-in) a large site is built by several
    processes at once (see shards): the same site, but an anchor into a page another process
    built is not checked.
    """
    config_file = config.root / config.mkdocs_config
    if not config_file.is_file():
        raise BuildError(f"{config.mkdocs_config}: not found in {config.root}")
    if jobs > 1 and enough_pages(config):
        from generator.site.shards import plan_shards, run_sharded, site_pages

        found = site_pages(config_file)
        if found is not None and found[1]:
            pages = found[0]
            shards = plan_shards(pages, jobs)
            if shards:
                run_sharded(config_file, pages, shards, strict, mkdocs_env())
                return
    command = mkdocs_command(config, "build", strict)
    if quiet:
        command.append("--quiet")
    result = subprocess.run(
        command, cwd=config.root, check=False, env=mkdocs_env(), preexec_fn=die_with_parent
    )
    if result.returncode != 0:
        raise BuildError(f"mkdocs build failed (exit {result.returncode}); see the messages above")


def enough_pages(config: Config) -> bool:
    """A quick count before MkDocs' own file list is made: small sites are built in one process."""
    from generator.site.shards import SHARD_FROM_PAGES

    count = 0
    for _folder, _dirs, files in os.walk(config.docs):
        count += sum(1 for name in files if name.endswith(".md"))
        if count >= SHARD_FROM_PAGES:
            return True
    return False


def sheets_state(config: Config) -> tuple[tuple[str, int, int], ...]:
    files = sorted(config.facts.glob("*.yml")) if config.facts.exists() else []
    return tuple((f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in files)


def serve(config: Config, address: str | None, poll_seconds: float = 1.0) -> int:
    """`mkdocs serve` with live reload, re-rendering whenever a sheet changes on disk.

    SIGTERM and SIGINT stop MkDocs and remove the copy of the site it served: MkDocs builds it in
    a temporary folder of ours (its TMPDIR), so the folder goes even when MkDocs has to be killed.
    """
    import shutil
    import tempfile
    import time

    from generator.site.render import render

    command = mkdocs_command(config, "serve", strict=False)
    if address:
        command += ["--dev-addr", address]
    temporary = tempfile.mkdtemp(prefix="factsheet-serve-")
    process = subprocess.Popen(
        command,
        cwd=config.root,
        env={**mkdocs_env(), "TMPDIR": temporary},
        preexec_fn=die_with_parent,
    )
    state = sheets_state(config)
    try:
        with interrupted_by_sigterm():
            while process.poll() is None:
                time.sleep(poll_seconds)
                current = sheets_state(config)
                if current != state:
                    state = current
                    report = render(config)
                    for problem in report.problems:
                        print(f"error: {problem}", file=sys.stderr)
                    print(report.summary())
    except KeyboardInterrupt:
        pass
    finally:
        stop_mkdocs(process)
        shutil.rmtree(temporary, ignore_errors=True)
    code = process.wait()
    return 0 if code in (0, -signal.SIGINT, -signal.SIGKILL) else code


def stop_mkdocs(process: subprocess.Popen[bytes], grace_seconds: float = 1.0) -> None:
    """Stop MkDocs the way Ctrl-C does (its server shuts down cleanly), and kill it when it has
    not stopped within GRACE_SECONDS (a build in progress on a loaded machine)."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=grace_seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
