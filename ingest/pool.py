"""A pool of parser processes with a hard time limit per job.

feedparser has quadratic cases (its issue #562), so a hostile feed can pin a core for minutes;
concurrent.futures cannot stop a running job, so each worker here is one process behind a pipe,
and a job that overruns its limit gets its process killed and replaced. Jobs are module-level
functions with picklable arguments; workers start with "spawn" so they inherit no threads or
sockets from the poller.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import multiprocessing
import multiprocessing.connection
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

from core.errors import NewsradarError

__all__ = ["JobError", "JobTimeout", "ParserPool"]

log = logging.getLogger(__name__)
T = TypeVar("T")
STARTUP_TIMEOUT = 120.0  # a spawned worker imports feedparser and pydantic; slow on a loaded machine


class JobError(NewsradarError):
    """A job raised in its worker (the message carries the worker's exception)."""


class JobTimeout(JobError):
    """A job overran its time limit; its worker was killed."""


def _serve(conn: multiprocessing.connection.Connection, preload: tuple[str, ...]) -> None:
    for module in preload:  # imports are not part of any job's time limit
        importlib.import_module(module)
    conn.send("ready")
    while True:
        try:
            fn, args = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        try:
            conn.send((True, fn(*args)))
        except Exception as exc:  # the job's failure goes back to the caller, the worker lives on
            conn.send((False, f"{type(exc).__name__}: {exc}"[:500]))


class _Worker:
    def __init__(self, ctx: Any, preload: tuple[str, ...]) -> None:
        self._ctx = ctx
        self._preload = preload
        self.conn: multiprocessing.connection.Connection | None = None
        self.proc: BaseProcess | None = None
        self.ready = False

    def start(self) -> None:
        parent, child = self._ctx.Pipe()
        self.proc = self._ctx.Process(target=_serve, args=(child, self._preload), daemon=True,
                                      name="newsradar-parser")
        self.proc.start()
        child.close()
        self.conn, self.ready = parent, False

    def _wait_ready(self) -> None:
        assert self.conn is not None
        if not self.conn.poll(STARTUP_TIMEOUT) or self.conn.recv() != "ready":
            self.kill()
            raise JobError(f"parser worker did not start within {STARTUP_TIMEOUT:g}s")
        self.ready = True

    def call(self, fn: Callable[..., Any], args: tuple[Any, ...], timeout: float) -> Any:
        if self.proc is None or not self.proc.is_alive():
            self.start()
        assert self.conn is not None
        try:
            if not self.ready:
                self._wait_ready()
            self.conn.send((fn, args))
            if not self.conn.poll(timeout):
                self.kill()
                raise JobTimeout(f"{getattr(fn, '__name__', 'job')} overran {timeout:g}s; worker killed")
            ok, value = self.conn.recv()
        except (EOFError, OSError, BrokenPipeError) as exc:
            self.kill()
            raise JobError(f"parser worker died: {exc!r}") from exc
        if not ok:
            raise JobError(value)
        return value

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.join(5)
        if self.conn is not None:
            self.conn.close()
        self.proc, self.conn, self.ready = None, None, False


class ParserPool:
    """``await pool.run(fn, *args)``: fn runs in a worker process, or inline when ``workers`` is 0."""

    def __init__(self, workers: int, timeout: float, preload: tuple[str, ...] = ("ingest.parse",)) -> None:
        self.workers = workers
        self.preload = preload
        self.timeout = timeout
        self._ctx = multiprocessing.get_context("spawn")
        self._all: list[_Worker] = []
        self._idle: asyncio.Queue[_Worker] | None = None
        self._threads: ThreadPoolExecutor | None = None

    def _ensure(self) -> asyncio.Queue[_Worker]:
        if self._idle is None:
            self._idle = asyncio.Queue()
            self._threads = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="parser-io")
            for _ in range(self.workers):
                worker = _Worker(self._ctx, self.preload)
                worker.start()
                self._all.append(worker)
                self._idle.put_nowait(worker)
        return self._idle

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        if self.workers <= 0:
            try:
                return fn(*args)
            except Exception as exc:
                raise JobError(f"{type(exc).__name__}: {exc}"[:500]) from exc
        idle = self._ensure()
        worker = await idle.get()
        try:
            loop = asyncio.get_running_loop()
            result: T = await loop.run_in_executor(self._threads, worker.call, fn, args, self.timeout)
            return result
        finally:
            idle.put_nowait(worker)

    def close(self) -> None:
        for worker in self._all:
            worker.kill()
        self._all.clear()
        if self._threads is not None:
            self._threads.shutdown(wait=False, cancel_futures=True)
        self._idle, self._threads = None, None
