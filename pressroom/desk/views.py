"""The desk's own admin views: workflow moves, preview, revisions and diff, paste.

Each view is built for the Event admin (``model_admin``) and wrapped by the admin
site (login, staff). Each checks its own permission: without it, a 403.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views import View
from django.views.decorators.http import require_POST

from pressroom.desk import history, paste, roles, workflow
from pressroom.desk.forms import PasteForm, ScheduleForm
from pressroom.desk.models import Revision
from pressroom.desk.numbering import is_free, next_number
from pressroom.desk.permissions import require, require_edit
from pressroom.desk.preview import render_preview
from pressroom.document import Document
from pressroom.events import models as m
from pressroom.events.store import load
from pressroom.textformat import ParseError

EventView = Callable[[HttpRequest, str], HttpResponse]


def _event(object_id: str) -> m.Event:
    if not object_id.isdigit():
        raise Http404("No such event.")
    return get_object_or_404(m.Event, pk=int(object_id))


def _change_url(event: m.Event) -> str:
    return reverse("admin:events_event_change", args=[event.pk])


def _context(model_admin: Any, request: HttpRequest, event: m.Event, **extra: Any) -> dict:
    return {
        **model_admin.admin_site.each_context(request),
        "opts": m.Event._meta,
        "original": event,
        "event": event,
        **extra,
    }


def _move(move: Callable[[m.Event, Any], Any], done: str) -> Callable[[Any], EventView]:
    """A POST-only view for one workflow move (publish, withdraw, return to draft)."""

    def build(model_admin: Any) -> EventView:
        @require_POST
        def view(request: HttpRequest, object_id: str) -> HttpResponse:
            event = _event(object_id)
            try:
                move(event, request.user)
            except workflow.WorkflowError as exc:
                messages.error(request, str(exc))
            else:
                messages.success(request, f"“{event.title}” {done}.")
            return HttpResponseRedirect(_change_url(event))

        return view

    return build


def schedule(model_admin: Any) -> EventView:
    def view(request: HttpRequest, object_id: str) -> HttpResponse:
        event = _event(object_id)
        require(request.user, roles.SCHEDULE)
        form = ScheduleForm(request.POST or None, initial={"publish_at": event.publish_at})
        if request.method == "POST" and form.is_valid():
            try:
                workflow.schedule(event, request.user, form.cleaned_data["publish_at"])
            except workflow.WorkflowError as exc:
                messages.error(request, str(exc))
            else:
                messages.success(request, f"“{event.title}” is scheduled.")
            return HttpResponseRedirect(_change_url(event))
        context = _context(model_admin, request, event, form=form, title="Schedule publication")
        return render(request, "desk/schedule.html", context)

    return view


def preview(model_admin: Any) -> EventView:
    def view(request: HttpRequest, object_id: str) -> HttpResponse:
        event = _event(object_id)
        require(request.user, "events.view_event")
        return render_preview(request, event)

    return view


def revisions(model_admin: Any) -> EventView:
    def view(request: HttpRequest, object_id: str) -> HttpResponse:
        event = _event(object_id)
        require(request.user, "desk.view_revision")
        rows = event.revisions.select_related("user").order_by("-created_at", "-pk")
        context = _context(
            model_admin, request, event, revisions=rows, title=f"Revisions of “{event.title}”",
            may_restore=request.user.has_perm(roles.RESTORE),
        )  # fmt: skip
        return render(request, "desk/revisions.html", context)

    return view


def revisions_diff(model_admin: Any) -> EventView:
    def view(request: HttpRequest, object_id: str) -> HttpResponse:
        event = _event(object_id)
        require(request.user, "desk.view_revision")
        try:
            old_id, new_id = int(request.GET["a"]), int(request.GET["b"])
        except (KeyError, ValueError):
            raise Http404("Choose two revisions (a and b).") from None
        old = get_object_or_404(Revision, pk=old_id, event=event)
        new = get_object_or_404(Revision, pk=new_id, event=event)
        if (old.created_at, old.pk) > (new.created_at, new.pk):
            old, new = new, old
        context = _context(
            model_admin, request, event, old=old, new=new, lines=history.diff_lines(old, new),
            title="Changes between two revisions",
        )  # fmt: skip
        return render(request, "desk/diff.html", context)

    return view


def restore(model_admin: Any) -> Callable[[HttpRequest, str, int], HttpResponse]:
    @require_POST
    def view(request: HttpRequest, object_id: str, revision_id: int) -> HttpResponse:
        event = _event(object_id)
        require(request.user, roles.RESTORE)
        require_edit(request.user, event)
        revision = get_object_or_404(Revision, pk=revision_id, event=event)
        new = history.restore(revision, request.user)
        if new is None:
            messages.info(request, "That revision is the current version: nothing changed.")
        else:
            workflow.audit_restore(event, request.user, revision)
            messages.success(request, f"Restored the revision of {revision.created_at:%c}.")
        return HttpResponseRedirect(_change_url(event))

    return view


EVENT_VIEWS: dict[str, Callable[[Any], EventView]] = {
    "preview": preview,
    "schedule": schedule,
    "publish": _move(workflow.publish, "is published"),
    "withdraw": _move(workflow.withdraw, "is withdrawn"),
    "unschedule": _move(workflow.unschedule, "is back to draft"),
    "revisions": revisions,
    "revisions_diff": revisions_diff,
}


class PasteView(View):
    """Paste or upload a transcript, review the turns and speakers, save a draft."""

    model_admin: Any = None

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not request.user.has_perm("events.add_event"):
            raise PermissionDenied("Pasting a transcript needs events.add_event.")
        return super().dispatch(request, *args, **kwargs)

    def _render(self, request: HttpRequest, **extra: Any) -> HttpResponse:
        context = {
            **self.model_admin.admin_site.each_context(request),
            "opts": m.Event._meta,
            "title": "Paste a transcript",
            **extra,
        }
        return render(request, "desk/paste.html", context)

    def get(self, request: HttpRequest) -> HttpResponse:
        return self._render(request, form=PasteForm())

    def post(self, request: HttpRequest) -> HttpResponse:
        form = PasteForm(request.POST, request.FILES)
        if not form.is_valid():
            return self._render(request, form=form)
        data = form.cleaned_data
        target = None
        if data.get("event_number"):
            target = m.Event.objects.filter(number=data["event_number"]).first()
            if target is None:
                form.add_error("event_number", f"No event {data['event_number']}.")
                return self._render(request, form=form)
            require_edit(request.user, target)
        try:
            doc = paste.resolve_speakers(paste.read_paste(data["source"], title=data["title"]))
        except ParseError as exc:
            form.add_error("text", f"Pasted text, {exc}")
            return self._render(request, form=form)
        if "confirm" not in request.POST:
            # Review first: the same text goes back in a hidden field when confirmed.
            review = PasteForm(initial={**data, "text": data["source"]})
            return self._render(
                request, form=review, review=paste.review_rows(doc), doc=doc, target=target
            )
        event = save_pasted(doc, request.user, target)
        messages.success(request, f"Saved “{event.title}” with {len(doc.body)} blocks.")
        return HttpResponseRedirect(_change_url(event))


def save_pasted(doc: Document, user: Any, target: m.Event | None) -> m.Event:
    """Replace ``target``'s body, or save a new draft (under the pasted id when it is free)."""
    if target is not None:
        event, _ = history.save_document(replace(load(target), body=doc.body), user)
        return event
    if doc.id is None or not is_free(doc.id, doc.language):
        doc = replace(doc, id=next_number(doc.language))
    event, _ = history.save_document(doc, user, status=m.Status.DRAFT)
    return event
