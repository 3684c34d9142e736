"""In CI nothing may skip: a skipped integration test is a test that did not run.

Active when ``CI`` is set (CI sets CI=true) or ``NEWSRADAR_NO_SKIPS=1``. Every skip — a Kafka test
without a broker, a missing ../shared file, a missing tool — turns the run red with the reason.
"""

from __future__ import annotations

import os

import pytest

_skipped: list[str] = []


def _strict() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes") or os.environ.get("NEWSRADAR_NO_SKIPS") == "1"


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        _skipped.append(f"{report.nodeid}: {reason}")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _strict() and _skipped:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _strict() and _skipped:
        terminalreporter.section("skipped tests fail this run (CI)", red=True)
        for line in _skipped:
            terminalreporter.line(line)
