"""Extraction on a Dask cluster: the same articles, the same results, in the same order.

Only extraction leaves the machine. The client reads sources and skips unchanged articles
(kb/ingest.py), submits each article as a task (the text travels in the task, so workers
need the package installed but no shared filesystem), keeps a bounded number of futures in
flight, and yields results in input order so the one local writer stores them exactly as a
local build would. A worker that dies mid-task is retried by Dask (its `allowed-failures`);
an article whose extraction raises comes back as a message, as locally. `dask.distributed`
is an optional extra (`pip install 'c4ir-kb[dask]'`) imported only here, only when asked for.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from contextlib import contextmanager
from typing import Iterable, Iterator, Optional

from c4ir_kb.extract.pipeline import IN_FLIGHT_PER_WORKER, safe_extract
from c4ir_kb.models import Article, Extraction

ENV_CONNECT_TIMEOUT = "C4IR_KB_SCHEDULER_TIMEOUT"  # seconds to wait for the scheduler


class ClusterError(Exception):
    """The cluster cannot be used: the extra is missing, the address is wrong, or the
    scheduler went away. Articles already stored stay stored."""


def _distributed():
    try:
        import distributed
    except ImportError:
        raise ClusterError("running on Dask needs the dask extra: pip install 'c4ir-kb[dask]'") from None
    return distributed


def parse_cluster(spec: str) -> int:
    """`local:N` -> N worker processes."""
    kind, _, n = spec.partition(":")
    if kind != "local" or not n.isdigit() or int(n) < 1:
        raise ClusterError(f"--cluster takes local:N (N worker processes), not {spec!r}")
    return int(n)


@contextmanager
def connect(scheduler: Optional[str] = None, local_workers: Optional[int] = None, timeout: Optional[float] = None):
    """A Dask client: to an existing scheduler (`tcp://host:8786`), or to a LocalCluster of
    `local_workers` processes started for this run and stopped after it."""
    distributed = _distributed()
    if timeout is None:
        timeout = float(os.environ.get(ENV_CONNECT_TIMEOUT, "10"))
    # the client's own log lines would repeat, as tracebacks, the one error line we print
    logging.getLogger("distributed.client").setLevel(logging.CRITICAL)
    # a LocalCluster's scheduler and workers log every start and stop on our stderr
    logging.getLogger("distributed").setLevel(logging.ERROR)
    cluster = None
    try:
        if local_workers:
            # one thread a worker: the taggers are CPU-bound Python, processes give the parallelism
            cluster = distributed.LocalCluster(
                n_workers=local_workers, threads_per_worker=1, processes=True,
                dashboard_address=":0", host="127.0.0.1",  # no fixed port to collide on
            )
            address = cluster.scheduler_address
        else:
            address = scheduler
        try:
            client = distributed.Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError) as e:
            raise ClusterError(f"cannot reach the Dask scheduler at {address}: {e}") from None
        try:
            yield client
        finally:
            client.close()
    finally:
        if cluster is not None:
            cluster.close()


def default_in_flight(client) -> int:
    """Enough tasks to keep every worker thread busy, few enough that memory stays flat."""
    try:
        threads = sum(client.nthreads().values())
    except Exception:  # an old or unusual scheduler: a safe constant
        threads = os.cpu_count() or 2
    return max(IN_FLIGHT_PER_WORKER, IN_FLIGHT_PER_WORKER * threads)


def extract_on_dask(
    articles: Iterable[Article], client, *, in_flight: Optional[int] = None
) -> Iterator[tuple[Article, Extraction | str]]:
    """Like pipeline.extract_many: (article, extraction or error message) in input order."""
    distributed = _distributed()
    limit = in_flight or default_in_flight(client)
    pending: deque[tuple[Article, object]] = deque()
    source = iter(articles)
    try:
        while True:
            while len(pending) < limit:
                article = next(source, None)
                if article is None:
                    break
                # pure=False: two identical texts are still two tasks; the key names the article
                pending.append((article, client.submit(safe_extract, article, pure=False)))
            if not pending:
                return
            article, future = pending.popleft()
            try:
                result = future.result()
            except distributed.KilledWorker as e:  # Dask gave up after its retries
                result = f"extraction failed: the workers running it died ({e})"
            yield article, result
    except (distributed.comm.CommClosedError, OSError, TimeoutError) as e:
        raise ClusterError(f"lost the Dask scheduler: {type(e).__name__}: {e}") from None
    finally:
        for _, f in pending:
            f.cancel()
