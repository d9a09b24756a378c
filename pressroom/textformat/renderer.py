"""Document -> text version: the exact inverse of the parser for what the text carries.

What the layout cannot hold (other photos, catalog ids, mentions, source) is left
out; docs/text-format.md lists it.
"""

from __future__ import annotations

from pressroom.document import Document, Gallery, Narrative, Omission, Separator, Turn
from pressroom.textformat.body import OMISSION, SEPARATOR, SPLIT_MARK
from pressroom.textformat.keywords import BY_LANGUAGE, Keywords
from pressroom.textformat.values import format_time


def _caption_line(gallery: Gallery, kw: Keywords) -> str:
    if not gallery.photos:
        return ""
    photo = gallery.photos[0]
    if not photo.credit:
        return photo.caption
    if not photo.caption:
        return kw.credit_prefix + photo.credit
    return photo.caption + kw.credit_joiner + photo.credit


def _body(doc: Document, out: list[str]) -> None:
    for block in doc.body:
        if isinstance(block, Narrative):
            out.append(block.paragraph.text)
        elif isinstance(block, Turn):
            first = block.paragraphs[0].text if block.paragraphs else ""
            if block.layout == "split":
                out.append(block.label)
                out.append(SPLIT_MARK + first)
            elif block.layout == "own_line":
                out.append(block.label + ":")
                out.append(first)
            else:
                out.append(block.label + SPLIT_MARK + first)
            out.extend(p.text for p in block.paragraphs[1:])
        elif isinstance(block, Omission):
            out.append(OMISSION)
        elif isinstance(block, Separator):
            out.append(SEPARATOR)


def _tail(doc: Document, kw: Keywords, out: list[str]) -> None:
    for related in doc.related:
        out.append(kw.see_also if related.kind == "see_also" else kw.additional)
        for item in related.items:
            out.append(item.title)
            if item.date is not None:
                out.append(kw.format_date(item.date))
    for heading, tags in (
        (kw.geography, doc.geography),
        (kw.topics, doc.topics),
        (kw.persons, doc.persons),
    ):
        if tags:
            out.append(heading)
            out.extend(tag.name for tag in tags)
    pub = doc.publication
    out.append(kw.status)
    if pub.sections:
        out.append(kw.sections_prefix + ", ".join(pub.sections))
    if pub.date is not None:
        when = kw.format_date(pub.date)
        if pub.time is not None:
            when += ", " + format_time(pub.time)
        out.append(kw.date_prefix + when)
    if pub.direct_link:
        out.append(kw.direct_link_prefix + pub.direct_link)
    out.append(kw.text_version)


def render(doc: Document) -> str:
    """The text version of ``doc`` (English or Russian after ``doc.language``)."""
    kw = BY_LANGUAGE[doc.language]
    out = [doc.section_word, doc.title]
    if doc.lead:
        out.append(doc.lead)
    if doc.date is not None:
        out.append(kw.format_date(doc.date))
    if doc.time is not None:
        out.append(format_time(doc.time))
    if doc.place:
        out.append(doc.place)
    if doc.gallery is not None:
        out.append(kw.gallery_counter(doc.gallery.size))
        out.append(_caption_line(doc.gallery, kw))
    _body(doc, out)
    _tail(doc, kw, out)
    text = "\n".join(out)
    return text + "\n" if doc.text_layout.final_newline else text
