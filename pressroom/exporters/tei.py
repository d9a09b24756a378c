"""tei: an event as a ParlaMint-style TEI document (docs/exports.md).

One ``TEI`` file per event: a header with the title, the date and place as the
setting, ``listPerson`` of the speakers (names, and each title printed before a
name as an ``affiliation``), the topics as keywords; a body of ``u who=`` speech
utterances with one ``seg`` per paragraph, ``note`` for the press service's
narrative and ``gap`` for ``<…>``. Speakers that were not resolved to a person
are ``u`` elements without ``who``, their printed label kept in ``@n``.
"""

from __future__ import annotations

from lxml import etree

from pressroom.document import Document, Narrative, Omission, Separator, Turn
from pressroom.exporters import Exporter, document_url, register
from pressroom.exporters.ids import xml_id, xml_text
from pressroom.exporters.perevent import folder_writer
from pressroom.textformat.names import tag_to_full

NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
LANGUAGE_NAMES = {"en": "English", "ru": "Russian"}


def _e(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    names = {_attribute(k): xml_text(v) for k, v in attrs.items()}
    node = etree.SubElement(parent, f"{{{NS}}}{tag}", names)
    if text is not None:
        node.text = xml_text(text)
    return node


def _attribute(name: str) -> str:
    return f"{{{XML_NS}}}{name[4:]}" if name.startswith("xml_") else name


def _doc_id(doc: Document) -> str:
    return f"pressroom.{doc.id or 0}.{doc.language}"


def _header(root: etree._Element, doc: Document) -> None:
    header = _e(root, "teiHeader")
    file_desc = _e(header, "fileDesc")
    title_stmt = _e(file_desc, "titleStmt")
    _e(title_stmt, "title", doc.title, type="main", xml_lang=doc.language)
    _e(title_stmt, "meeting", doc.section_word, n=str(doc.id or 0))
    publication = _e(file_desc, "publicationStmt")
    _e(publication, "publisher", "pressroom")
    _e(publication, "idno", document_url(doc), type="URI")
    if doc.publication.date:
        _e(publication, "date", doc.publication.date.isoformat(),
           when=doc.publication.date.isoformat())  # fmt: skip
    source = _e(_e(file_desc, "sourceDesc"), "bibl")
    _e(source, "title", doc.title)
    if doc.source.url:
        _e(source, "idno", doc.source.url, type="URI")
    if doc.publication.direct_link:
        _e(source, "idno", doc.publication.direct_link, type="direct")
    if doc.date:
        _e(source, "date", doc.date.isoformat(), when=doc.date.isoformat())
    _profile(header, doc)


def _profile(header: etree._Element, doc: Document) -> None:
    profile = _e(header, "profileDesc")
    setting = _e(_e(profile, "settingDesc"), "setting")
    if doc.place:
        _e(setting, "name", doc.place, type="place")
    if doc.date:
        when = doc.date.isoformat() + (f"T{doc.time.strftime('%H:%M')}:00" if doc.time else "")
        _e(setting, "date", doc.date.isoformat(), when=when)
    speakers = _speakers(doc)
    if speakers:
        list_person = _e(_e(profile, "particDesc"), "listPerson")
        for tag, roles in speakers.items():
            person = _e(list_person, "person", xml_id=xml_id("person", tag))
            _e(person, "persName", tag_to_full(tag))
            for role in roles:
                _e(person, "affiliation", role, role="speaker")
    if doc.topics or doc.geography:
        keywords = _e(_e(profile, "textClass"), "keywords")
        for topic in doc.topics:
            _e(keywords, "term", topic.name, type="topic")
        for place in doc.geography:
            _e(keywords, "term", place.name, type="place")
    usage = _e(profile, "langUsage")
    _e(usage, "language", LANGUAGE_NAMES.get(doc.language, doc.language), ident=doc.language)


def _speakers(doc: Document) -> dict[str, list[str]]:
    """Each resolved speaker once, with the titles printed before their name."""
    found: dict[str, list[str]] = {}
    for turn in doc.turns:
        if turn.speaker:
            roles = found.setdefault(turn.speaker, [])
            if turn.role and turn.role not in roles:
                roles.append(turn.role)
    return found


def _body(root: etree._Element, doc: Document) -> None:
    body = _e(_e(root, "text"), "body")
    base = _doc_id(doc)
    div = _e(body, "div", type="debateSection")
    _e(div, "head", doc.title)
    turns = 0
    for block in doc.body:
        if isinstance(block, Separator):
            div = _e(body, "div", type="debateSection")
        elif isinstance(block, Narrative):
            _e(div, "note", block.paragraph.text, type="narrative")
        elif isinstance(block, Omission):
            _e(_e(div, "gap", reason="editorial"), "desc", "<…>")
        elif isinstance(block, Turn):
            turns += 1
            attrs = {"xml_id": f"{base}.u{turns}", "n": block.label, "ana": "#regular"}
            if block.speaker:
                attrs["who"] = "#" + xml_id("person", block.speaker)
            u = _e(div, "u", **attrs)
            for index, para in enumerate(block.paragraphs, start=1):
                _e(u, "seg", para.text, xml_id=f"{base}.u{turns}.s{index}")


def document_tree(doc: Document) -> etree._Element:
    root = etree.Element(f"{{{NS}}}TEI", nsmap={None: NS})
    root.set(f"{{{XML_NS}}}id", _doc_id(doc))
    root.set(f"{{{XML_NS}}}lang", doc.language)
    root.set("ana", "#parla.sitting")
    _header(root, doc)
    _body(root, doc)
    return root


def render(doc: Document) -> str:
    xml = etree.tostring(document_tree(doc), encoding="unicode", pretty_print=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml


register(
    Exporter(
        name="tei",
        media_type="application/tei+xml",
        extension="tei.xml",
        description="ParlaMint-style TEI XML, one event a file",
        render_one=render,
        one_file_per_event=True,
        write=folder_writer(render, "tei.xml"),
    )
)
