"""How long `factsheet serve` takes to stop on SIGTERM and SIGINT, optionally with both cores busy.

Serves this repository's sample site on a free local port, waits for the first page, sends the
signal and times the exit; repeats. `--load` runs a CPU burner per core meanwhile (the shared
machines CI runs on are rarely idle). The issue's floor: every stop within 3 s under load.
Usage: python benchmarks/serve_stop.py [--runs N] [--load]
"""

from __future__ import annotations

import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

from common import REPO

BURN = "while True: pass"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stop_seconds(signum: int) -> float:
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "--root",
            str(REPO),
            "serve",
            "--dev-addr",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
            break
        except OSError:
            time.sleep(0.2)
    started = time.monotonic()
    server.send_signal(signum)
    server.wait(timeout=60)
    return time.monotonic() - started


def main() -> int:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    burners = []
    if "--load" in sys.argv:
        burners = [
            subprocess.Popen([sys.executable, "-c", BURN]) for _ in range(os.cpu_count() or 1)
        ]
    try:
        for signum in (signal.SIGTERM, signal.SIGINT):
            times = [stop_seconds(signum) for _ in range(runs)]
            shown = ", ".join(f"{t:.2f}" for t in times)
            print(
                f"{signal.Signals(signum).name:8} stop seconds: {shown}; "
                f"median {statistics.median(times):.2f}, max {max(times):.2f} "
                f"({'with' if burners else 'without'} a CPU burner per core)"
            )
    finally:
        for burner in burners:
            burner.kill()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
