"""akn: an event as an Akoma Ntoso 3.0 ``debate`` (OASIS LegalDocML, docs/exports.md).

FRBR identification (work, expression, manifestation), a TLCPerson for each
speaker and a TLCRole for each title printed before a name, ``speech by=``,
``narrative`` for the press service's text and ``omissis`` for ``<…>``. A
separator (``* * *``) starts a new debate section.
"""

from __future__ import annotations

from lxml import etree

from pressroom.document import Document, Narrative, Omission, Separator, Turn
from pressroom.exporters import Exporter, register
from pressroom.exporters.ids import xml_id, xml_text
from pressroom.exporters.perevent import folder_writer

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
LANGUAGE_CODES = {"en": "eng", "ru": "rus"}
#: The country of the issuing office; AKN URIs start with it.
COUNTRY = "ru"


def _e(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    names = {k.rstrip("_"): xml_text(v) for k, v in attrs.items()}
    node = etree.SubElement(parent, f"{{{NS}}}{tag}", names)
    if text is not None:
        node.text = xml_text(text)
    return node


def _work_uri(doc: Document) -> str:
    day = doc.date.isoformat() if doc.date else "0001-01-01"
    return f"/akn/{COUNTRY}/debate/{day}/{doc.id or 0}"


def _speaker_ref(turn: Turn) -> str:
    return xml_id("person", turn.speaker or f"label {turn.label}")


def _identification(meta: etree._Element, doc: Document) -> None:
    ident = _e(meta, "identification", source="#pressroom")
    work = _work_uri(doc)
    lang = LANGUAGE_CODES.get(doc.language, doc.language)
    expression = f"{work}/{lang}@"
    day = doc.date or doc.publication.date
    when = day.isoformat() if day else "0001-01-01"
    published = doc.publication.date.isoformat() if doc.publication.date else when
    frbr_work = _e(ident, "FRBRWork")
    _e(frbr_work, "FRBRthis", value=f"{work}/!main")
    _e(frbr_work, "FRBRuri", value=work)
    _e(frbr_work, "FRBRdate", date=when, name="event")
    _e(frbr_work, "FRBRauthor", href="#office")
    _e(frbr_work, "FRBRcountry", value=COUNTRY)
    frbr_expr = _e(ident, "FRBRExpression")
    _e(frbr_expr, "FRBRthis", value=f"{expression}/!main")
    _e(frbr_expr, "FRBRuri", value=expression)
    _e(frbr_expr, "FRBRdate", date=published, name="publication")
    _e(frbr_expr, "FRBRauthor", href="#office")
    _e(frbr_expr, "FRBRlanguage", language=lang)
    frbr_man = _e(ident, "FRBRManifestation")
    _e(frbr_man, "FRBRthis", value=f"{expression}/!main.xml")
    _e(frbr_man, "FRBRuri", value=f"{expression}.akn")
    _e(frbr_man, "FRBRdate", date=published, name="export")
    _e(frbr_man, "FRBRauthor", href="#pressroom")


def _references(meta: etree._Element, doc: Document) -> None:
    refs = _e(meta, "references", source="#pressroom")
    _e(refs, "TLCOrganization", eId="pressroom", href="/ontology/organization/pressroom",
       showAs="pressroom")  # fmt: skip
    _e(refs, "TLCOrganization", eId="office", href="/ontology/organization/office",
       showAs=doc.section_word or "Events")  # fmt: skip
    seen: set[str] = set()
    for turn in doc.turns:
        ref = _speaker_ref(turn)
        if ref not in seen:
            seen.add(ref)
            shown = turn.speaker or turn.label
            _e(refs, "TLCPerson", eId=ref, href=f"/ontology/person/{ref}", showAs=shown)
    for turn in doc.turns:
        if turn.role:
            ref = xml_id("role", turn.role)
            if ref not in seen:
                seen.add(ref)
                _e(refs, "TLCRole", eId=ref, href=f"/ontology/role/{ref}", showAs=turn.role)


def _body(debate: etree._Element, doc: Document) -> None:
    body = _e(debate, "debateBody")
    sections: list[etree._Element] = []

    def section() -> etree._Element:
        node = _e(body, "debateSection", eId=f"dbsect_{len(sections) + 1}", name="proceedings")
        if not sections:
            _e(node, "heading", doc.title)
        sections.append(node)
        return node

    current = section()
    turns = 0
    for block in doc.body:
        if isinstance(block, Separator):
            if len(current):
                current = section()
        elif isinstance(block, Narrative):
            _e(current, "narrative", block.paragraph.text)
        elif isinstance(block, Omission):
            note = _e(current, "narrative")
            _e(note, "omissis", "<…>")
        elif isinstance(block, Turn):
            turns += 1
            attrs = {"eId": f"spch_{turns}", "by": f"#{_speaker_ref(block)}"}
            if block.role:
                attrs["as_"] = f"#{xml_id('role', block.role)}"
            speech = _e(current, "speech", **attrs)
            _e(speech, "from", block.label)
            for para in block.paragraphs:
                _e(speech, "p", para.text)
    if not len(current):
        _e(current, "narrative", "")


def document_tree(doc: Document) -> etree._Element:
    root = etree.Element(f"{{{NS}}}akomaNtoso", nsmap={None: NS})
    debate = _e(root, "debate", name="event")
    meta = _e(debate, "meta")
    _identification(meta, doc)
    if doc.publication.date:
        _e(meta, "publication", date=doc.publication.date.isoformat(), name="site",
           showAs=", ".join(doc.publication.sections) or "Events")  # fmt: skip
    _references(meta, doc)
    preface = _e(debate, "preface")
    _e(_e(preface, "longTitle"), "p", doc.title)
    _body(debate, doc)
    return root


def render(doc: Document) -> str:
    xml = etree.tostring(document_tree(doc), encoding="unicode", pretty_print=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml


register(
    Exporter(
        name="akn",
        media_type="application/akn+xml",
        extension="akn.xml",
        description="Akoma Ntoso 3.0 debate XML, one event a file",
        render_one=render,
        one_file_per_event=True,
        write=folder_writer(render, "akn.xml"),
    )
)
