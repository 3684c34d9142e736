"""The hand-written data files: YAML keeps the last of two equal keys without a word, so a language's second list
of names (or a topic group's second term list) would silently replace the first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
FILES = [*sorted((ROOT / "core" / "data").glob("*.yaml")), *sorted((ROOT / "enrich" / "data").glob("*.yaml"))]


class _StrictLoader(yaml.SafeLoader):
    """A SafeLoader that refuses a mapping holding the same key twice."""


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"{key!r} given twice (lines {seen[key]} and {key_node.start_mark.line + 1})",
                key_node.start_mark)
        seen[key] = key_node.start_mark.line + 1
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def test_the_data_files_are_there() -> None:
    names = {path.name for path in FILES}
    assert {"people.yaml", "orgs.yaml", "countries.yaml", "places.yaml", "topics.yaml"} <= names


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_no_key_is_given_twice(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)


def test_the_strict_loader_catches_a_second_list() -> None:
    with pytest.raises(yaml.constructor.ConstructorError, match="given twice"):
        yaml.load("names:\n  sr: [a]\n  sr: [b]\n", Loader=_StrictLoader)
