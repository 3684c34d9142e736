"""The parser pool: a job past its time limit has its worker killed, and the pool keeps working."""

from __future__ import annotations

import asyncio
import os
import time

import pytest

from ingest.pool import JobError, JobTimeout, ParserPool


def sleepy(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def boom() -> None:
    raise ValueError("bad feed")


def test_overrunning_job_is_killed_and_the_pool_recovers() -> None:
    pool = ParserPool(workers=1, timeout=1.0, preload=())

    async def go() -> tuple[int, int]:
        before = await pool.run(sleepy, 0.0)
        started = time.monotonic()
        with pytest.raises(JobTimeout):
            await pool.run(sleepy, 60.0)
        assert time.monotonic() - started < 5
        after = await pool.run(sleepy, 0.0)
        return before, after

    try:
        before, after = asyncio.run(go())
    finally:
        pool.close()
    assert before != after  # a fresh worker replaced the killed one
    with pytest.raises(ProcessLookupError):
        os.kill(before, 0)


def test_job_errors_come_back_and_the_worker_lives_on() -> None:
    pool = ParserPool(workers=1, timeout=5.0, preload=())

    async def go() -> tuple[int, int]:
        first = await pool.run(sleepy, 0.0)
        with pytest.raises(JobError, match="ValueError: bad feed"):
            await pool.run(boom)
        return first, await pool.run(sleepy, 0.0)

    try:
        first, second = asyncio.run(go())
    finally:
        pool.close()
    assert first == second


def test_two_workers_run_in_parallel() -> None:
    pool = ParserPool(workers=2, timeout=10.0, preload=())

    async def go() -> set[int]:
        await asyncio.gather(pool.run(sleepy, 0.0), pool.run(sleepy, 0.0))  # both started
        started = time.monotonic()
        pids = await asyncio.gather(*(pool.run(sleepy, 0.5) for _ in range(4)))
        assert time.monotonic() - started < 1.8
        return set(pids)

    try:
        assert len(asyncio.run(go())) == 2
    finally:
        pool.close()


def test_inline_mode_runs_in_process() -> None:
    pool = ParserPool(workers=0, timeout=1.0, preload=())
    assert asyncio.run(pool.run(sleepy, 0.0)) == os.getpid()
    with pytest.raises(JobError):
        asyncio.run(pool.run(boom))
