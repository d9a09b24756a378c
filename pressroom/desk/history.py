"""Every desk save becomes a Revision: the Document, who saved it, and what changed.

One way in: the admin's forms (``editing``), a paste and a restored revision each
give a Document, and ``save_document`` has the store write it with the desk's
policy (the fields the editor changed locked against re-import), then records a
Revision (a public correction if readers could see it).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from typing import Any

from django.db import transaction
from django.utils import timezone

from pressroom.desk.models import Revision
from pressroom.document import Document, Narrative, Omission, Separator, Turn
from pressroom.events import models as m
from pressroom.events.store import DESK, NO_ROW_FIELDS, RowFields, Store, load

#: Document fields compared between versions, with the words readers see for them.
FIELD_LABELS: dict[str, str] = {
    "title": "title",
    "lead": "lead",
    "date": "date",
    "time": "time",
    "place": "place",
    "body": "text",
    "gallery": "photos",
    "related": "See also links",
    "geography": "geography tags",
    "topics": "topic tags",
    "persons": "person tags",
    "publication": "publication details",
    "section_word": "heading",
}


def fresh_document(event: m.Event) -> Document:
    return load(m.Event.objects.get(pk=event.pk))


def changed_fields(before: Document | None, after: Document) -> list[str]:
    if before is None:
        return []
    return [name for name in FIELD_LABELS if getattr(before, name) != getattr(after, name)]


def summarize(before: Document | None, after: Document, changed: list[str]) -> str:
    """What changed, in words a reader can be shown (names no one)."""
    if before is None:
        return "Created."
    if not changed:
        return "No change to the content."
    parts = []
    for name in changed:
        if name == "body":
            parts.append(_body_summary(before, after))
        else:
            parts.append(f"{FIELD_LABELS[name].capitalize()} changed")
    return "; ".join(parts) + "."


def _body_summary(before: Document, after: Document) -> str:
    old, new = list(block_lines(before.body)), list(block_lines(after.body))
    edited = added = removed = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new).get_opcodes():
        if tag == "replace":
            common = min(i2 - i1, j2 - j1)
            edited += common
            added += (j2 - j1) - common
            removed += (i2 - i1) - common
        elif tag == "insert":
            added += j2 - j1
        elif tag == "delete":
            removed += i2 - i1
    counts = [(edited, "corrected"), (added, "added"), (removed, "removed")]
    words = [f"{n} paragraph{'s' if n != 1 else ''} {verb}" for n, verb in counts if n]
    return "Text: " + (", ".join(words) if words else "speakers or layout changed")


def block_lines(body: Iterable[Any]) -> Iterator[str]:
    """One line per paragraph, as the text version prints it."""
    for block in body:
        if isinstance(block, Turn):
            for i, para in enumerate(block.paragraphs):
                yield f"{block.label}: {para.text}" if i == 0 else para.text
        elif isinstance(block, Narrative):
            yield block.paragraph.text
        elif isinstance(block, Omission):
            yield "<…>"
        elif isinstance(block, Separator):
            yield "* * *"


def document_lines(doc: Document) -> list[str]:
    """A Document as plain lines for a diff: every field an editor can change."""
    lines = [f"Title: {doc.title}", f"Lead: {doc.lead}"]
    lines.append(f"Date: {doc.date or ''} {doc.time.strftime('%H:%M') if doc.time else ''}")
    lines.append(f"Place: {doc.place}")
    lines.append("")
    lines.extend(block_lines(doc.body))
    lines.append("")
    if doc.gallery:
        lines.append(f"Photos: {doc.gallery.size}")
        for i, photo in enumerate(doc.gallery.photos, 1):
            agency = " (agency)" if photo.agency else ""
            lines.append(f"Photo {i}: {photo.caption} — {photo.credit}{agency}")
    for rel in doc.related:
        lines.extend(f"See also: {item.title} {item.date or ''}".rstrip() for item in rel.items)
    lines.append("Geography: " + ", ".join(t.name for t in doc.geography))
    lines.append("Topics: " + ", ".join(t.name for t in doc.topics))
    lines.append("Persons: " + ", ".join(t.name for t in doc.persons))
    lines.append("Sections: " + ", ".join(doc.publication.sections))
    return lines


def diff_lines(old: Revision, new: Revision) -> list[str]:
    return list(
        difflib.unified_diff(
            document_lines(old.as_document()),
            document_lines(new.as_document()),
            fromfile=f"revision {old.pk} ({timezone.localtime(old.created_at):%Y-%m-%d %H:%M})",
            tofile=f"revision {new.pk} ({timezone.localtime(new.created_at):%Y-%m-%d %H:%M})",
            lineterm="",
        )
    )


# -- recording -----------------------------------------------------------------------


def record(
    event: m.Event,
    user: Any,
    before: Document | None,
    after: Document,
    *,
    note: str = "",
    was_public: bool = False,
) -> Revision | None:
    """Save a Revision for a desk save; None when nothing in the Document changed."""
    if before is not None and not event.revisions.exists():
        # The state an import or an earlier tool left, so the first edit has a diff.
        Revision.objects.create(
            event=event, status=event.status, document=before.to_dict(),
            summary="The version before the first edit in the desk.",
        )  # fmt: skip
    changed = changed_fields(before, after)
    if before is not None and not changed:
        return None
    return Revision.objects.create(
        event=event,
        user=user if getattr(user, "pk", None) else None,
        username=getattr(user, "username", "") or "",
        status=event.status,
        document=after.to_dict(),
        changed_fields=changed,
        summary=summarize(before, after, changed),
        note=note.strip(),
        is_correction=was_public and bool(changed),
    )


def save_document(
    doc: Document,
    user: Any,
    *,
    note: str = "",
    status: str | None = None,
    key: str = "",
    row: RowFields = NO_ROW_FIELDS,
) -> tuple[m.Event, Revision | None]:
    """Have the store write an editor's Document (form, paste, restore); record the version."""
    with transaction.atomic():
        event = None
        if doc.id is not None:
            event = m.Event.objects.filter(number=doc.id, language=doc.language).first()
        before = fresh_document(event) if event is not None else None
        was_public = event.is_public if event is not None else False
        saved = Store().save(doc, DESK, key=key, status=status, row=row)
        event = m.Event.objects.get(number=saved.number, language=saved.language)
        after = fresh_document(event)
        revision = record(event, user, before, after, note=note, was_public=was_public)
    return event, revision


def restore(revision: Revision, user: Any) -> Revision | None:
    doc = revision.as_document()
    note = f"Restored the version of {timezone.localtime(revision.created_at):%Y-%m-%d %H:%M}."
    _, new = save_document(doc, user, note="")
    if new is not None:
        new.summary = f"{new.summary} {note}"
        new.save(update_fields=["summary"])
    return new
