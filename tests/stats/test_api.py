"""/api/v1/stats/: every figure as JSON and CSV; hidden subjects are 404, bad input 400."""

from __future__ import annotations

import csv
import io

import pytest
from django.test import Client

from pressroom.stats import figures
from pressroom.taxonomy.models import Place, Topic

pytestmark = pytest.mark.django_db


def test_index_lists_every_figure(archive: dict[str, int], client: Client) -> None:
    body = client.get("/api/v1/stats").json()
    assert len(body["archive"]) == len(figures.ARCHIVE)
    assert any(url.endswith("/persons/{id}/met.json") for url in body["person"])


@pytest.mark.parametrize("name", list(figures.ARCHIVE))
def test_every_archive_figure_is_served_as_json_and_csv(
    archive: dict[str, int], client: Client, name: str
) -> None:
    data = client.get(f"/api/v1/stats/archive/{name}.json").json()
    assert data["columns"] and isinstance(data["rows"], list)
    response = client.get(f"/api/v1/stats/archive/{name}.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == data["columns"]
    assert len(rows) == len(data["rows"]) + 1


def test_json_rows_are_records(archive: dict[str, int], client: Client) -> None:
    data = client.get("/api/v1/stats/archive/events-per-year.json").json()
    assert data["rows"] == [{"year": 2019, "events": 2}, {"year": 2020, "events": 2}]


def test_person_topic_and_place_figures(archive: dict[str, int], client: Client) -> None:
    pk = archive["Lindqvist Anna"]
    met = client.get(f"/api/v1/stats/persons/{pk}/met.json").json()["rows"]
    assert met[0] == {"id": archive["Berg Oskar"], "person": "Oskar Berg", "events": 3}
    economy = Topic.objects.get(name="Economy").pk
    kazakhstan = Place.objects.get(name="Kazakhstan").pk
    for path in (f"topics/{economy}", f"places/{kazakhstan}"):
        assert client.get(f"/api/v1/stats/{path}/events-per-month.csv").status_code == 200


def test_a_person_of_hidden_events_only_is_not_found(
    archive: dict[str, int], client: Client
) -> None:
    response = client.get(f"/api/v1/stats/persons/{archive['Ruiz Carlos']}/met.json")
    assert response.status_code == 404
    assert "error" in response.json()


def test_unknown_figure_and_bad_parameters(archive: dict[str, int], client: Client) -> None:
    assert client.get("/api/v1/stats/archive/nothing.json").status_code == 404
    assert client.get("/api/v1/stats/archive/events-per-year.xml").status_code == 404
    bad = client.get("/api/v1/stats/archive/events-per-year.json?lang=xx")
    assert bad.status_code == 400 and bad.json()["error"]["field"] == "lang"
    assert client.get("/api/v1/stats/network.json?from=abc").status_code == 400


def test_network_json_and_csv(archive: dict[str, int], client: Client) -> None:
    data = client.get("/api/v1/stats/network.json?from=2019&to=2020").json()
    assert data["filter"]["from"] == 2019
    assert len(data["nodes"]["rows"]) == 3
    edges = client.get("/api/v1/stats/network/edges.csv").content.decode().splitlines()
    assert edges[0] == "source,target,events"
    assert len(edges) == 4


def test_speaking_share_only_for_published_events(archive: dict[str, int], client: Client) -> None:
    shown = client.get("/api/v1/stats/events/101/speaking-share.json").json()["rows"]
    assert [row["words"] for row in shown] == [5, 3, 2]
    assert client.get("/api/v1/stats/events/105/speaking-share.json").status_code == 404
    assert client.get("/api/v1/stats/events/107/speaking-share.csv").status_code == 404


def test_the_network_up_to_the_last_year_there_is(archive: dict[str, int], client: Client) -> None:
    data = client.get("/api/v1/stats/network.json?from=1&to=9999").json()
    assert len(data["nodes"]["rows"]) == 3
