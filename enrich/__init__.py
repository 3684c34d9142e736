"""The enrichment stage: language, tokens, lemmas, actors and topics of each article.

``deploy/compile_enrich.py`` (``make compile``; the container image runs it) may compile the hot modules to C
extensions with mypyc, beside their sources; Python then imports the extension. An extension whose source
changed after it was built would run the old code unnoticed, so importing this package compares every compiled
module's source with the hash recorded at build time (``compiled.json``) and refuses stale builds.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
from pathlib import Path

__all__ = ["DATA_DIR", "MANIFEST", "StaleBuildError", "build_summary", "compiled_modules"]

_HERE = Path(__file__).resolve().parent
# The package's data, for compiled modules too: mypyc gives them a __file__ of its own making.
DATA_DIR = _HERE / "data"
MANIFEST = _HERE / "compiled.json"


class StaleBuildError(ImportError):
    """A compiled module is older than its source."""


def _recorded(folder: Path = _HERE) -> dict[str, str]:
    manifest = folder / MANIFEST.name
    if not manifest.exists():
        return {}
    sources: dict[str, str] = json.loads(manifest.read_text(encoding="utf-8"))["sources"]
    return sources


def _check_build(folder: Path = _HERE) -> None:
    stale = [
        name
        for name, digest in _recorded(folder).items()
        if not (folder / f"{name}.py").exists()
        or hashlib.sha256((folder / f"{name}.py").read_bytes()).hexdigest() != digest
    ]
    if stale:
        raise StaleBuildError(
            f"{', '.join(f'enrich/{name}.py' for name in stale)} changed after being compiled to C: run"
            " `make compile` to build again or `make uncompile` for plain Python"
            " (python deploy/compile_enrich.py [--clean])"
        )


def compiled_modules() -> list[str]:
    """The modules of this package that import as compiled extensions."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return sorted(
        name for name in _recorded() if any((_HERE / f"{name}{suffix}").exists() for suffix in suffixes)
    )


def build_summary() -> str:
    """Which build runs, for the worker's start-up log and the benchmark."""
    compiled = compiled_modules()
    if compiled:
        return f"{len(compiled)} compiled with mypyc"
    return "plain Python (`make compile` or deploy/compile_enrich.py builds them with mypyc)"


_check_build()
