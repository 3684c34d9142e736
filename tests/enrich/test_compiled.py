"""The optional mypyc build of the enrichment (deploy/compile_enrich.py): what runs is what was built."""

from __future__ import annotations

import hashlib
import importlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

import enrich
from enrich import StaleBuildError

# make test sets it: 0 for the plain run, 1 for the run after `deploy/compile_enrich.py`.
EXPECT = os.environ.get("NEWSRADAR_EXPECT_COMPILED")
HOT = ("matcher", "topics", "sentences", "lemmas")  # where the worker spends its time


def _manifest(folder: Path, sources: dict[str, bytes]) -> None:
    for name, text in sources.items():
        (folder / f"{name}.py").write_bytes(text)
    digests = {name: hashlib.sha256(text).hexdigest() for name, text in sources.items()}
    (folder / "compiled.json").write_text(json.dumps({"sources": digests}), encoding="utf-8")


def test_an_unchanged_build_imports(tmp_path: Path) -> None:
    _manifest(tmp_path, {"matcher": b"x = 1\n", "topics": b"y = 2\n"})
    enrich._check_build(tmp_path)


def test_a_source_edited_after_the_build_is_refused(tmp_path: Path) -> None:
    _manifest(tmp_path, {"matcher": b"x = 1\n", "topics": b"y = 2\n"})
    (tmp_path / "topics.py").write_bytes(b"y = 3\n")
    with pytest.raises(StaleBuildError, match=r"enrich/topics\.py changed after being compiled.*make compile"):
        enrich._check_build(tmp_path)


def test_a_deleted_source_is_refused(tmp_path: Path) -> None:
    _manifest(tmp_path, {"matcher": b"x = 1\n"})
    (tmp_path / "matcher.py").unlink()
    with pytest.raises(StaleBuildError, match=r"enrich/matcher\.py"):
        enrich._check_build(tmp_path)


def _compile_script() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "deploy" / "compile_enrich.py"
    spec = importlib.util.spec_from_file_location("compile_enrich", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_scripts_manifest_is_the_one_enrich_checks(tmp_path: Path) -> None:
    # The script writes the manifest without importing enrich (a stale build refuses to import): the two copies
    # of the format must agree.
    script = _compile_script()
    assert enrich.MANIFEST.name == script.MANIFEST
    (tmp_path / "matcher.py").write_bytes(b"x = 1\n")
    script.write_manifest(tmp_path, ("matcher",))
    enrich._check_build(tmp_path)
    (tmp_path / "matcher.py").write_bytes(b"x = 2\n")
    with pytest.raises(StaleBuildError, match=r"enrich/matcher\.py"):
        enrich._check_build(tmp_path)


def test_the_modules_a_build_lists_run_compiled() -> None:
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    compiled = enrich.compiled_modules()
    for name in compiled:
        module = importlib.import_module(f"enrich.{name}")
        assert module.__name__ == f"enrich.{name}"
        assert str(sys.modules[f"enrich.{name}"].__file__).endswith(suffixes), name
    if EXPECT == "1":
        assert set(HOT) <= set(compiled)
    elif EXPECT == "0":
        assert compiled == [], "the tree holds a compiled build: `make uncompile` before the plain test run"
