"""The syntax tree compiled to each engine's own query text.

Every stem is quoted by us (stems are letters and digits only), so nothing the
reader typed is read as engine syntax: no FTS5 ``NEAR(`` or column filter, no
tsquery operator.
"""

from __future__ import annotations

from collections.abc import Sequence

from pressroom.search.query import AnyOf, Clause, Phrase, Query, Term, Word
from pressroom.search.schema import pairs


def _fts5_term(term: Term, paired: bool = False) -> str:
    if isinstance(term, Phrase):
        if paired:
            # The tier holds each two adjacent stems as one token (``schema.pairs``): a
            # phrase of n words is the phrase of its n - 1 pairs, in the pair columns only.
            return '"' + pairs(" ".join(term.stems)) + '"'
        return '"' + " ".join(term.stems) + '"'
    return f'"{term.stem}"' + (" *" if term.prefix else "")


def _fts5_clause(clause: Clause, paired: bool) -> str:
    if isinstance(clause, AnyOf):
        return "(" + " OR ".join(_fts5_term(t, paired) for t in clause.terms) + ")"
    return _fts5_term(clause, paired)


def fts5_positive(query: Query, paired: bool = False) -> str:
    """What must match, as an FTS5 expression ('' when nothing must)."""
    return " AND ".join(_fts5_clause(c, paired) for c in query.must)


def fts5_negative(query: Query, paired: bool = False) -> str:
    """What must not match, as one FTS5 expression ('' when nothing is excluded)."""
    return " OR ".join(_fts5_term(t, paired) for t in query.must_not)


def fts5(query: Query, keys: Sequence[Sequence[str]] = (), paired: bool = False) -> str:
    """The whole text part, and for each group of ``keys`` one of them: only for queries
    with at least one positive clause or key group. ``paired``: for an index with pair
    columns (a recent tier), where phrases are matched as their pairs."""
    parts = [f"({fts5_positive(query, paired)})"] if query.must else []
    parts += ["(" + " OR ".join(f'"{key}"' for key in group) + ")" for group in keys]
    positive, negative = " AND ".join(parts), fts5_negative(query, paired)
    return f"({positive}) NOT ({negative})" if negative else positive


def _ts_term(term: Term) -> str:
    if isinstance(term, Phrase):
        return "(" + " <-> ".join(f"'{s}'" for s in term.stems) + ")"
    return f"'{term.stem}'" + (":*" if term.prefix else "")


def _ts_clause(clause: Clause) -> str:
    if isinstance(clause, AnyOf):
        return "(" + " | ".join(_ts_term(t) for t in clause.terms) + ")"
    return _ts_term(clause)


def tsquery(query: Query) -> str:
    """The text part as tsquery text (parsed by ``to_tsquery('simple', ...)``)."""
    parts = [_ts_clause(c) for c in query.must]
    parts += [f"!{_ts_term(t)}" for t in query.must_not]
    return " & ".join(parts)


def tsquery_positive(query: Query) -> str:
    return " & ".join(_ts_clause(c) for c in query.must)


def terms_of(query: Query) -> tuple[set[str], tuple[str, ...]]:
    """Stems and prefixes to highlight: every positive word, phrase word and prefix."""
    exact: set[str] = set()
    prefixes: list[str] = []
    for term in query.positive_terms():
        if isinstance(term, Word) and term.prefix:
            prefixes.append(term.stem)
        elif isinstance(term, Word):
            exact.add(term.stem)
        else:
            exact.update(term.stems)
    return exact, tuple(prefixes)
