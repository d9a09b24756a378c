"""The statistics pages: the archive, an event, a person, a topic, a place, the network."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.utils import translation

from pressroom.core import addresses
from pressroom.stats import pages
from pressroom.stats.params import BadParameter, language, network_filter
from pressroom.stats.queries import archive
from pressroom.stats.queries.network import network as network_figure
from pressroom.stats.subjects import public_event, public_person, public_place, public_topic
from pressroom.stats.table import Table

API = "/api/v1/stats/"


def _render(
    request: HttpRequest, template: str, context: dict[str, Any], lang: str
) -> HttpResponse:
    with translation.override(lang):
        return render(request, template, {**context, "translation_url": ""})


def _suffix(lang: str) -> str:
    return "" if lang == "en" else f"?lang={lang}"


def overview(request: HttpRequest) -> HttpResponse:
    try:
        lang = language(request)
    except BadParameter as error:
        return HttpResponseBadRequest(str(error))
    context = {
        "title": "Statistics of the archive",
        "panels": pages.overview_panels(lang, f"{API}archive/"),
        "totals": archive.transcripts(lang),
        "query": _suffix(lang),
    }
    return _render(request, "stats/overview.html", context, lang)


def event(request: HttpRequest, number: int) -> HttpResponse:
    """One event's figures (the speaking share); its page links here."""
    try:
        lang = language(request)
    except BadParameter as error:
        return HttpResponseBadRequest(str(error))
    found = public_event(number, lang)
    context = {
        "title": f"Statistics: {found.title}",
        "event": found,
        "event_url": addresses.event_url(number, lang),
        "query": _suffix(lang),
    }
    return _render(request, "stats/event.html", context, lang)


def person(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        lang = language(request)
    except BadParameter as error:
        return HttpResponseBadRequest(str(error))
    found = public_person(pk)
    turns = [_turn_rows(t, lang) for t in pages.turn_tables(pk, lang)]
    context = {
        "title": found.name,
        "subject": found,
        "kind": "person",
        "catalog_url": addresses.person_url(found.pk, lang),
        "panels": pages.person_panels(pk, lang, f"{API}persons/{pk}/"),
        "turn_tables": turns,
        "query": _suffix(lang),
    }
    return _render(request, "stats/subject.html", context, lang)


def _turn_rows(table: Table, lang: str) -> dict[str, Any]:
    rows = [
        dict(row, url=addresses.event_url(int(str(row["event"])), lang)) for row in table.records()
    ]
    slug = table.title.lower().replace(" ", "-")
    return {"title": table.title, "rows": rows, "slug": slug}


def topic(request: HttpRequest, pk: int) -> HttpResponse:
    found = public_topic(pk)
    context = {
        "title": found.name,
        "subject": found,
        "kind": "topic",
        "catalog_url": addresses.topic_url(found.url_key, found.language),
        "panels": pages.tag_panels("topic", pk, f"{API}topics/{pk}/"),
        "query": "",
    }
    return _render(request, "stats/subject.html", context, found.language)


def place(request: HttpRequest, pk: int) -> HttpResponse:
    found = public_place(pk)
    context = {
        "title": found.name,
        "subject": found,
        "kind": "place",
        "catalog_url": addresses.place_url(found.kind, found.url_key, found.language),
        "panels": pages.tag_panels("place", pk, f"{API}places/{pk}/"),
        "query": "",
    }
    return _render(request, "stats/subject.html", context, found.language)


def network(request: HttpRequest) -> HttpResponse:
    try:
        selection = network_filter(request)
    except BadParameter as error:
        return HttpResponseBadRequest(str(error))
    found = network_figure(selection)
    names = {row[0]: row[1] for row in found.nodes.rows}
    edges = [
        {"source": names.get(a, a), "target": names.get(b, b), "events": n}
        for a, b, n in found.edges.rows
    ]
    query = request.GET.urlencode()
    context = {
        "title": "Network of persons",
        "selection": selection,
        "nodes": found.nodes.records(),
        "edges": edges,
        "data_url": f"{API}network.json" + (f"?{query}" if query else ""),
        "csv_query": f"?{query}" if query else "",
        "topics": _filter_choices(selection.language, "topic"),
        "places": _filter_choices(selection.language, "place"),
    }
    return _render(request, "stats/network.html", context, selection.language)


def _filter_choices(lang: str, kind: str) -> list[tuple[int, str]]:
    """The topics or places with most events, to choose a network filter from."""
    table = archive.top_topics(lang, 200) if kind == "topic" else archive.top_places(lang, 200)
    return [(int(pk or 0), str(name)) for pk, name, _ in table.rows]
