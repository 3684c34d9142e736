"""One bulk read of the token attributes the components share, kept on the Doc.

``Doc.to_array`` costs about as much per call as a component's own work on a short article (tens of
microseconds for 200 tokens, most of it per column and per call), and every component needs the
orths, the character offsets or a lexeme flag of its own. So the first component that asks reads
them all at once: ORTH, IDX, then one column per flag registered for the vocabulary.
A component that changes the tokens (a split) or the flags (a rebuilt index) forgets the table.
"""

from __future__ import annotations

import threading

import numpy as np
from spacy.attrs import IDX, ORTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["IDX_COLUMN", "ORTH_COLUMN", "TABLE_KEY", "flag_column", "forget_table", "register_flag", "token_table"]

TABLE_KEY = "newsradar.tokens"
ORTH_COLUMN = 0
IDX_COLUMN = 1

# Per vocabulary (by identity; a Vocab takes no attributes and no weak references): the vocabulary
# itself, kept alive so its id is not reused, and the attribute ids to read.
_columns: dict[int, tuple[Vocab, list[int]]] = {}
_lock = threading.Lock()


def _attrs(vocab: Vocab) -> list[int]:
    found = _columns.get(id(vocab))
    if found is None or found[0] is not vocab:
        with _lock:
            found = _columns[id(vocab)] = (vocab, [ORTH, IDX])
    return found[1]


def register_flag(vocab: Vocab, flag: int) -> int:
    """Read ``flag`` with the table of every Doc of ``vocab`` from now on; returns its column."""
    attrs = _attrs(vocab)
    with _lock:
        if flag not in attrs:
            attrs.append(flag)
        return attrs.index(flag)


def flag_column(vocab: Vocab, flag: int) -> int:
    return _attrs(vocab).index(flag)


def token_table(doc: Doc) -> np.ndarray:
    """The Doc's [ORTH, IDX, flags...] columns (uint64), read on first use and kept on the Doc."""
    table = doc.user_data.get(TABLE_KEY)
    attrs = _attrs(doc.vocab)
    if table is None or table.shape != (len(doc), len(attrs)):
        table = doc.to_array(list(attrs)).reshape(len(doc), len(attrs))
        doc.user_data[TABLE_KEY] = table
    return table  # type: ignore[no-any-return]


def forget_table(doc: Doc) -> None:
    doc.user_data.pop(TABLE_KEY, None)
