"""Compile the enrichment worker's hot modules to C extensions with mypyc: the same code, about 1.25x the
articles per second (bench/enrich.py prints which build it measured).

    python deploy/compile_enrich.py [ROOT]          # compile (make compile; the container image does)
    python deploy/compile_enrich.py [ROOT] --clean  # back to plain Python (make uncompile)

ROOT is the folder that holds the ``enrich`` package: the repository (the default) or an installed
site-packages. Needs mypy (the dev extra has it), setuptools, a C compiler and Python's headers; nothing
of mypy is needed at run time. The sources stay beside their extensions and Python imports the extension;
``enrich/compiled.json`` records the hash of every compiled source, and importing ``enrich`` refuses to
run an extension whose source has changed since (``enrich/__init__.py``).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

# Where the worker spends its time, measured with cProfile over bench/enrich.py's corpus. The rest of the
# package (pipeline assembly, worker loop, metrics) runs once per batch or once per process; enricher.py
# stays plain Python too, so that its public Enricher can be subclassed (a compiled class cannot be).
MODULES = (
    "actor_index",
    "inflection",
    "language",
    "lemmas",
    "matcher",
    "sentences",
    "tokens",
    "topic_rules",
    "topics",
)
MANIFEST = "compiled.json"
# The extension holding every compiled module's code; one small extension per module imports it. Named inside
# the package so that an installed package (editable or not) finds it where it finds the package.
GROUP = "enrich._native"
_MYPY_CONFIG = """\
[mypy]
python_version = 3.11
ignore_missing_imports = True
check_untyped_defs = True
no_implicit_optional = True
"""


def write_manifest(package: Path, modules: tuple[str, ...] = MODULES) -> None:
    """The hash of each compiled module's source, which importing ``enrich`` checks (``enrich._check_build``).
    This script keeps its own copy of the format, as it must run on a tree whose stale build refuses to import."""
    sources = {m: hashlib.sha256((package / f"{m}.py").read_bytes()).hexdigest() for m in modules}
    (package / MANIFEST).write_text(json.dumps({"sources": sources}, indent=1) + "\n", encoding="utf-8")


def built(package: Path) -> list[Path]:
    """The extension files of ``package`` that this script writes."""
    return sorted({p for suffix in importlib.machinery.EXTENSION_SUFFIXES for p in package.glob(f"*{suffix}")})


def clean(package: Path) -> int:
    removed = built(package)
    for path in removed:
        path.unlink()
    (package / MANIFEST).unlink(missing_ok=True)
    return len(removed)


def compile_package(root: Path) -> list[Path]:
    package = root / "enrich"
    missing = [m for m in MODULES if not (package / f"{m}.py").is_file()]
    if missing:
        raise SystemExit(f"{package} lacks {', '.join(missing)}: is {root} the folder that holds the enrich package?")
    if not Path(sysconfig.get_paths()["include"], "Python.h").is_file():
        raise SystemExit(f"no Python.h under {sysconfig.get_paths()['include']}: install Python's headers")
    if shutil.which(os.environ.get("CC", "cc")) is None and shutil.which("gcc") is None:
        raise SystemExit("no C compiler (cc or gcc) on PATH")
    clean(package)
    with tempfile.TemporaryDirectory(prefix="newsradar-mypyc-") as tmp:
        work = Path(tmp)
        # A copy of the package, built in a folder of its own: no build/ in the repository, and no
        # pyproject.toml for an older setuptools to trip over.
        skip = shutil.ignore_patterns("__pycache__", "*.so", "data")
        shutil.copytree(package, work / "enrich", ignore=skip)
        shutil.copytree(root / "core", work / "core", ignore=skip)  # read for its types, not compiled
        (work / "mypy.ini").write_text(_MYPY_CONFIG, encoding="utf-8")
        (work / "setup.py").write_text(
            "from mypyc.build import mypycify\n"
            "from setuptools import setup\n"
            f"setup(name='newsradar-enrich-native', ext_modules=mypycify({[f'enrich/{m}.py' for m in MODULES]!r},"
            f" group_name={GROUP!r}, opt_level='3'))\n",
            encoding="utf-8",
        )
        # A package's own site-packages first: mypy reads spaCy's and numpy's types from there.
        env = {**os.environ, "MYPYPATH": "", "PYTHONPATH": ""}
        subprocess.run(
            [sys.executable, "setup.py", "-q", "build_ext", "--inplace"], cwd=work, env=env, check=True
        )
        outputs = built(work / "enrich")
        if len(outputs) != len(MODULES) + 1:
            raise SystemExit(f"expected {len(MODULES) + 1} extensions, mypyc built {len(outputs)}")
        for path in outputs:
            shutil.copy2(path, package / path.name)
    write_manifest(package)
    return built(package)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", nargs="?", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--clean", action="store_true", help="remove the extensions: plain Python again")
    args = parser.parse_args(argv)
    if args.clean:
        print(f"removed {clean(args.root / 'enrich')} compiled modules from {args.root / 'enrich'}")
        return 0
    outputs = compile_package(args.root)
    print(f"compiled {len(MODULES)} modules of {args.root / 'enrich'}: {', '.join(p.name for p in outputs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
