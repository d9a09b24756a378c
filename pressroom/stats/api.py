"""Every chart's data as JSON and CSV under /api/v1/stats/ (docs/stats.md lists them)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

from pressroom.stats import figures
from pressroom.stats.params import BadParameter, language, network_filter
from pressroom.stats.queries.network import network as network_figure
from pressroom.stats.queries.transcript import speaking_share as share_figure
from pressroom.stats.subjects import public_event, public_person, public_place, public_topic
from pressroom.stats.table import Table

View = Callable[..., HttpResponse]


def _api(view: View) -> View:
    """GET only; a bad parameter is a 400 and a missing subject a 404, both as JSON."""

    @require_GET
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            response = view(request, *args, **kwargs)
        except BadParameter as error:
            return JsonResponse({"error": str(error)}, status=400)
        except Http404 as error:
            return JsonResponse({"error": str(error) or "not found"}, status=404)
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapped


def table_response(table: Table, fmt: str, name: str) -> HttpResponse:
    if fmt == "csv":
        response = HttpResponse(table.as_csv(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'inline; filename="{name}.csv"'
        return response
    return JsonResponse(table.as_json(), json_dumps_params={"ensure_ascii": False})


def _figure(registry: dict[str, Any], name: str) -> Any:
    if name not in registry:
        raise Http404(f"No figure {name!r}; known: {', '.join(registry)}")
    return registry[name]


@_api
def index(request: HttpRequest) -> HttpResponse:
    base = request.build_absolute_uri("/api/v1/stats/")
    return JsonResponse(
        {
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
    )


@_api
def archive_figure(request: HttpRequest, name: str, fmt: str) -> HttpResponse:
    table = _figure(figures.ARCHIVE, name)(language(request))
    return table_response(table, fmt, f"archive-{name}")


@_api
def person_figure(request: HttpRequest, pk: int, name: str, fmt: str) -> HttpResponse:
    compute = _figure(figures.PERSON, name)
    public_person(pk)
    return table_response(compute(pk, language(request)), fmt, f"person-{pk}-{name}")


@_api
def topic_figure(request: HttpRequest, pk: int, name: str, fmt: str) -> HttpResponse:
    compute = _figure(figures.TAG, name)
    public_topic(pk)
    return table_response(compute("topic", pk), fmt, f"topic-{pk}-{name}")


@_api
def place_figure(request: HttpRequest, pk: int, name: str, fmt: str) -> HttpResponse:
    compute = _figure(figures.TAG, name)
    public_place(pk)
    return table_response(compute("place", pk), fmt, f"place-{pk}-{name}")


@_api
def network(request: HttpRequest) -> HttpResponse:
    selection = network_filter(request)
    found = network_figure(selection)
    payload = {
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
    return JsonResponse(payload, json_dumps_params={"ensure_ascii": False})


@_api
def network_table(request: HttpRequest, part: str, fmt: str) -> HttpResponse:
    if part not in ("nodes", "edges"):
        raise Http404(f"No network table {part!r}; known: nodes, edges")
    found = network_figure(network_filter(request))
    table = found.nodes if part == "nodes" else found.edges
    return table_response(table, fmt, f"network-{part}")


@_api
def speaking_share(request: HttpRequest, number: int, fmt: str) -> HttpResponse:
    event = public_event(number, language(request))
    return table_response(share_figure(event.pk), fmt, f"event-{number}-speaking-share")
