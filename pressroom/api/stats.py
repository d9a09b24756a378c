"""/stats: every chart's data as JSON and CSV (docs/stats.md lists the figures)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Annotated, Any, Literal

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import register_converter
from ninja import Field, Path, Query, Router, Schema
from pydantic import WithJsonSchema

from pressroom.api.errors import ERRORS
from pressroom.api.events import Id
from pressroom.stats import figures
from pressroom.stats.params import language, network_filter
from pressroom.stats.queries.network import network as network_figure
from pressroom.stats.queries.transcript import speaking_share as share_figure
from pressroom.stats.subjects import public_event, public_person, public_place, public_topic
from pressroom.stats.table import Table, Value

router = Router(tags=["stats"])

Format = Literal["json", "csv"]


class FormatConverter:
    """``json`` or ``csv`` after the dot: any other suffix is an unknown path (404)."""

    regex = "json|csv"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(FormatConverter, "statsformat")


def _one_of(names: Iterable[str], description: str) -> WithJsonSchema:
    return WithJsonSchema({"type": "string", "enum": [*names], "description": description})


# Query parameters are read and checked by ``stats.params`` (a bad one is a 400, as on
# the statistics pages); the schemas below only describe them in the document.
Lang = Annotated[str, _one_of((c for c, _ in settings.LANGUAGES), "The language of names.")]


def _integer(low: int, high: int, description: str) -> WithJsonSchema:
    schema = {"type": "integer", "minimum": low, "maximum": high, "description": description}
    return WithJsonSchema(schema)


class LanguageParams(Schema):
    lang: Lang = "en"


class NetworkParams(LanguageParams):
    topic: Annotated[str | None, _integer(0, 10**12, "Only events with this topic id.")] = None
    place: Annotated[str | None, _integer(0, 10**12, "Only events with this place id.")] = None
    year_from: Annotated[str | None, _integer(1, 9999, "The first year.")] = Field(
        None, alias="from"
    )
    year_to: Annotated[str | None, _integer(1, 9999, "The last year.")] = Field(None, alias="to")
    nodes: Annotated[str | None, _integer(2, 200, "Persons drawn (default 40).")] = None


class TableOut(Schema):
    title: str
    columns: list[str]
    rows: list[dict[str, Value]] = Field(description="One record per row, keyed by column.")


class NetworkFilterOut(Schema):
    lang: str
    topic: int | None
    place: int | None
    year_from: int | None = Field(alias="from")
    year_to: int | None = Field(alias="to")
    nodes: int


class NetworkOut(Schema):
    filter: NetworkFilterOut
    nodes: TableOut
    edges: TableOut


class StatsIndexOut(Schema):
    formats: list[str]
    archive: list[str]
    person: list[str]
    topic: list[str]
    place: list[str]
    network: list[str]
    transcript: list[str]
    parameters: dict[str, str]


def _table(path: str, summary: str, **options: Any) -> Callable[[Any], Any]:
    """An operation answering a table, as JSON or (``.csv``) as CSV."""
    # The CSV answer is documented beside the JSON one.
    csv = {"responses": {200: {"content": {"text/csv": {"schema": {"type": "string"}}}}}}
    response = {200: TableOut, **ERRORS}
    return router.get(path, response=response, summary=summary, openapi_extra=csv, **options)


def table_response(table: Table, fmt: str, name: str) -> Any:
    if fmt == "csv":
        response = HttpResponse(table.as_csv(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'inline; filename="{name}.csv"'
        return response
    return table.as_json()


def _figure(registry: dict[str, Any], name: str) -> Any:
    if name not in registry:
        raise Http404(f"No figure {name!r}; known: {', '.join(registry)}")
    return registry[name]


@router.get("/stats", response={200: StatsIndexOut, **ERRORS}, summary="Every statistics URL")
@router.get("/stats/", response={200: StatsIndexOut, **ERRORS}, include_in_schema=False)
def stats_index(request: HttpRequest) -> Any:
    base = request.build_absolute_uri("/api/v1/stats/")
    return {
        "formats": ["json", "csv"],
        "archive": [f"{base}archive/{name}.json" for name in figures.ARCHIVE],
        "person": [f"{base}persons/{{id}}/{name}.json" for name in figures.PERSON],
        "topic": [f"{base}topics/{{id}}/{name}.json" for name in figures.TAG],
        "place": [f"{base}places/{{id}}/{name}.json" for name in figures.TAG],
        "network": [
            f"{base}network.json",
            f"{base}network/nodes.csv",
            f"{base}network/edges.csv",
        ],
        "transcript": [f"{base}events/{{number}}/speaking-share.json"],
        "parameters": {
            "lang": "en (default) or ru",
            "topic, place": "network filter: a topic's or place's id",
            "from, to": "network filter: first and last year",
            "nodes": "network: persons drawn, 2 to 200 (default 40)",
        },
    }


@_table("/stats/archive/{name}.{statsformat:fmt}", "A figure of the whole archive")
def archive_figure(
    request: HttpRequest,
    name: Annotated[str, _one_of(figures.ARCHIVE, "The figure (docs/stats.md).")],
    fmt: Format,
    params: Query[LanguageParams],
) -> Any:
    table = _figure(figures.ARCHIVE, name)(language(request))
    return table_response(table, fmt, f"archive-{name}")


@_table("/stats/persons/{int:pk}/{name}.{statsformat:fmt}", "A figure of one person")
def person_figure(
    request: HttpRequest,
    pk: Path[Id],
    name: Annotated[str, _one_of(figures.PERSON, "The figure (docs/stats.md).")],
    fmt: Format,
    params: Query[LanguageParams],
) -> Any:
    compute = _figure(figures.PERSON, name)
    public_person(pk)
    return table_response(compute(pk, language(request)), fmt, f"person-{pk}-{name}")


def _tag_figures(kind: str, subject: Callable[[int], Any]) -> None:
    """The figures of one topic, or of one place: the same figures, one operation each."""

    @_table(
        f"/stats/{kind}s/{{int:pk}}/{{name}}.{{statsformat:fmt}}",
        f"A figure of one {kind}",
        operation_id=f"pressroom_api_stats_{kind}_figure",
        url_name=f"stats-{kind}-figure",
    )
    def tag_figure(
        request: HttpRequest,
        pk: Path[Id],
        name: Annotated[str, _one_of(figures.TAG, "The figure (docs/stats.md).")],
        fmt: Format,
    ) -> Any:
        compute = _figure(figures.TAG, name)
        subject(pk)
        return table_response(compute(kind, pk), fmt, f"{kind}-{pk}-{name}")


_tag_figures("topic", public_topic)
_tag_figures("place", public_place)


@router.get(
    "/stats/network.json",
    response={200: NetworkOut, **ERRORS},
    by_alias=True,
    summary="The network of persons: who appears with whom",
)
def network(request: HttpRequest, params: Query[NetworkParams]) -> Any:
    selection = network_filter(request)
    found = network_figure(selection)
    return {
        "filter": {
            "lang": selection.language,
            "topic": selection.topic,
            "place": selection.place,
            "from": selection.year_from,
            "to": selection.year_to,
            "nodes": selection.nodes,
        },
        "nodes": found.nodes.as_json(),
        "edges": found.edges.as_json(),
    }


@_table(
    "/stats/network/{part}.{statsformat:fmt}",
    "The network's persons (nodes) or shared events (edges) as a table",
)
def network_table(
    request: HttpRequest,
    part: Annotated[str, _one_of(("nodes", "edges"), "Persons or shared events.")],
    fmt: Format,
    params: Query[NetworkParams],
) -> Any:
    if part not in ("nodes", "edges"):
        raise Http404(f"No network table {part!r}; known: nodes, edges")
    found = network_figure(network_filter(request))
    table = found.nodes if part == "nodes" else found.edges
    return table_response(table, fmt, f"network-{part}")


@_table(
    "/stats/events/{int:number}/speaking-share.{statsformat:fmt}",
    "Who speaks how much in one event's transcript",
)
def speaking_share(
    request: HttpRequest, number: Path[Id], fmt: Format, params: Query[LanguageParams]
) -> Any:
    event = public_event(number, language(request))
    return table_response(share_figure(event.pk), fmt, f"event-{number}-speaking-share")
