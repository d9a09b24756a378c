"""The network: persons as nodes, shared events as edges, for any filter."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import pytest

from pressroom.events.models import Event
from pressroom.stats.queries.network import NetworkFilter, network
from pressroom.taxonomy.models import Topic

pytestmark = pytest.mark.django_db


def independent_pairs() -> Counter[tuple[int, int]]:
    pairs: Counter[tuple[int, int]] = Counter()
    for event in Event.objects.published().language("en"):
        people = set(event.eventperson_set.values_list("person_id", flat=True))
        people |= set(
            event.blocks.filter(kind="turn")
            .exclude(person=None)
            .values_list("person_id", flat=True)
        )
        pairs.update(combinations(sorted(people), 2))
    return pairs


def test_edges_match_an_independent_count_of_pairs(archive: dict[str, int]) -> None:
    edges = {(a, b): n for a, b, n in network(NetworkFilter()).edges.rows}
    assert edges == dict(independent_pairs())


def test_the_top_pair_is_lindqvist_and_berg(archive: dict[str, int]) -> None:
    a, b, n = network(NetworkFilter()).edges.rows[0]
    assert {a, b} == {archive["Lindqvist Anna"], archive["Berg Oskar"]}
    assert n == 3


def test_nodes_count_events_and_leave_out_hidden_persons(archive: dict[str, int]) -> None:
    nodes = {pk: n for pk, _, n in network(NetworkFilter()).nodes.rows}
    assert nodes == {
        archive["Lindqvist Anna"]: 4,
        archive["Berg Oskar"]: 3,
        archive["Novak Petra"]: 2,
    }


def test_filters_by_topic_and_years(archive: dict[str, int]) -> None:
    energy = Topic.objects.get(name="Energy").pk
    by_topic = network(NetworkFilter(topic=energy)).edges.rows
    assert {(a, b): n for a, b, n in by_topic} == {
        tuple(sorted((archive["Lindqvist Anna"], archive["Novak Petra"]))): 2,
        tuple(sorted((archive["Lindqvist Anna"], archive["Berg Oskar"]))): 1,
        tuple(sorted((archive["Berg Oskar"], archive["Novak Petra"]))): 1,
    }
    in_2020 = network(NetworkFilter(year_from=2020, year_to=2020)).nodes.rows
    assert {name for _, name, _ in in_2020} == {"Anna Lindqvist", "Petra Novak", "Oskar Berg"}
    assert dict((name, n) for _, name, n in in_2020)["Anna Lindqvist"] == 2


def test_node_limit_keeps_the_busiest(archive: dict[str, int]) -> None:
    found = network(NetworkFilter(nodes=2))
    assert [name for _, name, _ in found.nodes.rows] == ["Anna Lindqvist", "Oskar Berg"]
    assert len(found.edges.rows) == 1
