"""Extraction on a Dask cluster (`factsheet extract --dask ADDRESS`): batches of articles go to
the workers, each of which loads the spaCy pipeline once (a worker plugin) and sends back only
finished sheets; this process merges them with people's edits and writes them, exactly as a
local run does. A worker lost mid-run costs only its batches, which the scheduler runs again
elsewhere; nothing is written until a batch's sheets are back here.

Needs the optional extra `factsheet[dask]` (dask.distributed)."""

from __future__ import annotations

import threading
from typing import Iterator

from generator.config import Config
from generator.errors import FactsheetError
from generator.pipeline.workers import ArticleWorker, Written
from generator.records import Article, Failed

PLUGIN_NAME = "factsheet-pipeline"
BATCHES_PER_WORKER_THREAD = 4
"""Batches per worker thread: enough to keep every worker busy to the end, few enough that each
batch is big for spaCy's own batching."""
CONNECT_TIMEOUT = "20s"

try:  # the optional extra: without it only `--dask` is unavailable
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - exercised where the extra is missing
    WorkerPlugin = object  # type: ignore[assignment,misc]


class DaskUnavailable(FactsheetError):
    """The extra is not installed, or the scheduler cannot be reached."""


class PipelinePlugin(WorkerPlugin):  # type: ignore[misc,valid-type]
    """Loads the pipeline once per worker, before its first batch (a Dask worker plugin)."""

    name = PLUGIN_NAME

    def __init__(self, config: Config) -> None:
        self.config = config

    def setup(self, worker) -> None:  # type: ignore[no-untyped-def]
        worker.factsheet_pipeline = ArticleWorker(self.config)
        worker.factsheet_lock = threading.Lock()  # one batch at a time through one pipeline

    def teardown(self, worker) -> None:  # type: ignore[no-untyped-def]
        worker.factsheet_pipeline = None


def analyse_batch(articles: list[Article]) -> list[Written | Failed]:
    """Runs on a worker: the batch through the pipeline its plugin loaded."""
    from distributed import get_worker

    worker = get_worker()
    with worker.factsheet_lock:
        return worker.factsheet_pipeline.run(articles)  # type: ignore[no-any-return]


def connect(address: str):  # type: ignore[no-untyped-def]
    """A client of the scheduler at ADDRESS, or one clear error."""
    try:
        from distributed import Client
    except ImportError:
        raise DaskUnavailable(
            "--dask needs dask.distributed: pip install 'factsheet[dask]'"
        ) from None
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise DaskUnavailable(f"no Dask scheduler answered at {address}: {exc}") from None


def dask_analysed(
    config: Config, articles: list[Article], address: str
) -> Iterator[tuple[Article, Written | Failed]]:
    """Each article with its sheet and YAML (or the error that stopped it), in article order."""
    client = connect(address)
    try:
        client.register_plugin(PipelinePlugin(config), name=PLUGIN_NAME)
        threads = max(1, sum(client.nthreads().values()))
        per_batch = -(-len(articles) // (threads * BATCHES_PER_WORKER_THREAD))
        size = max(1, min(config.batch_size, per_batch))
        batches = [articles[i : i + size] for i in range(0, len(articles), size)]
        futures = client.map(analyse_batch, batches, pure=False)
        for batch, future in zip(batches, futures):
            yield from zip(batch, future.result())
    finally:
        client.close()
