"""The shared token table: one bulk read of orths, offsets and the registered lexeme flags per Doc."""

from __future__ import annotations

import numpy as np
import spacy
from spacy.attrs import IDX, ORTH

from enrich.pipeline import build_nlp
from enrich.tokens import IDX_COLUMN, ORTH_COLUMN, flag_column, forget_table, register_flag, token_table


def test_the_table_holds_orths_offsets_and_every_registered_flag() -> None:
    nlp = spacy.blank("en")
    capital = nlp.vocab.add_flag(lambda text: text[:1].isupper())
    digit = nlp.vocab.add_flag(lambda text: text.isdigit())
    assert register_flag(nlp.vocab, capital) == 2
    assert register_flag(nlp.vocab, digit) == 3
    assert register_flag(nlp.vocab, capital) == 2  # once per flag
    doc = nlp("Seoul said 3 launches, Tokyo said 4.")
    table = token_table(doc)
    assert table[:, ORTH_COLUMN].tolist() == doc.to_array(ORTH).tolist()
    assert table[:, IDX_COLUMN].tolist() == [token.idx for token in doc]
    assert table[:, flag_column(nlp.vocab, capital)].tolist() == [int(t.text[:1].isupper()) for t in doc]
    assert table[:, flag_column(nlp.vocab, digit)].tolist() == [int(t.text.isdigit()) for t in doc]


def test_the_table_is_read_once_and_read_again_when_forgotten_or_stale() -> None:
    nlp = spacy.blank("pl")
    doc = nlp("Putin przyleciał do Pjongjangu.")
    first = token_table(doc)
    assert token_table(doc) is first
    forget_table(doc)
    assert token_table(doc) is not first
    with doc.retokenize() as retokenizer:  # a split changes the tokens: the kept table no longer fits
        retokenizer.split(doc[3], ["Pjong", "jangu"], heads=[(doc[3], 0), (doc[3], 0)])
    assert token_table(doc)[:, ORTH_COLUMN].tolist() == doc.to_array(ORTH).tolist()
    assert np.array_equal(token_table(doc)[:, IDX_COLUMN], doc.to_array(IDX))


def test_an_empty_doc_has_an_empty_table_with_every_column() -> None:
    nlp = build_nlp("en")
    doc = nlp.make_doc("")
    assert token_table(doc).shape == (0, len(token_table(nlp.make_doc("x"))[0]))
    assert list(nlp("").spans["actors"]) == []

