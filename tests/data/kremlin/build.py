"""Fixture pages in the markup of en.kremlin.ru event pages, with invented content.

Every official, place, photo and word here is made up; only the markup mimics the
site (its class names, the gallery slider, tooltips, "See also" blocks, tags,
publication status). ``pages()`` yields (file name, bytes); ``python -m
tests.ingest.regenerate`` writes them and their expected Documents.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass, field

SITE = "http://en.kremlin.ru"
STATIC = "http://static.kremlin.ru/media/events/photos"


@dataclass(frozen=True)
class Slide:
    caption: str
    credit: str = ""
    photo_id: int = 0


@dataclass(frozen=True)
class Cut:
    heading: str  # "See also" or "Additional"
    items: tuple[tuple[str, str, str], ...]  # (href, title, printed date)


@dataclass(frozen=True)
class Page:
    id: int
    title: str
    lead: str = ""
    date: str = "2031-03-14"
    printed_date: str = "March 14, 2031"
    time: str = "15:40"
    place: str = ""
    slides: tuple[Slide, ...] = ()
    single_photo: Slide | None = None
    body: tuple[str, ...] = ()  # raw paragraph markup, in order; a Cut by index below
    cuts: dict[int, Cut] = field(default_factory=dict)  # inserted before body[index]
    geography: tuple[tuple[str, str], ...] = ()  # (href path, name)
    topics: tuple[tuple[str, str], ...] = ()
    persons: tuple[tuple[str, str], ...] = ()
    sections: tuple[str, ...] = ("News",)
    publication: str = "March 14, 2031, 15:40"
    direct_link: bool = True
    russian_link: bool = True
    updated: str = "March 14, 2031, 18:05"
    print_variant: bool = False
    lang: str = "en"


SECTION_PATHS = {
    "News": "/events/president/news",
    "Transcripts": "/events/president/transcripts",
    "Documents": "/acts/news",
    "Announcements": "/press/announcements",
    "Новости": "/events/president/news",
}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def person_link(pid: int, shown: str, tag: str, post: str) -> str:
    """An inline person link with the hidden tooltip the site puts inside it."""
    return (
        f'<a href="{SITE}/catalog/persons/{pid}/events" class="person_tag read__tag">{shown}'
        '<span class="read__tooltip tooltip_person hidden masha-ignore"> '
        '<span class="tooltip__close"><i></i></span> <span class="tooltip__image"> '
        f'<img src="{STATIC}/persons/small/p{pid}.jpg" width="140" height="140" alt="{tag}">'
        '</span> <span class="tooltip__text"> <span class="tooltip_title tooltip_link" '
        f'data-href="/catalog/persons/{pid}/events">{tag}</span>'
        f'<span class="tooltip_description_dark">{post}</span></span> </span></a>'
    )


def term_link(gid: int, shown: str, about: str) -> str:
    return (
        f'<a class="termin_tag read__tag" href="{SITE}/catalog/glossary/{gid}" rel="glossary">'
        f'{shown}<span class="read__tooltip tooltip_term hidden masha-ignore"> '
        '<span class="tooltip__text"> <span class="tooltip_title tooltip_caption">'
        f'Background information</span> <span class="tooltip_description_dark" '
        f'data-value="{esc(about)}"></span> </span> </span></a>'
    )


def _gallery(page: Page) -> str:
    if page.single_photo is not None:
        s = page.single_photo
        desc = s.caption + (f". Photo: {s.credit}" if s.credit else "")
        return (
            '<div class="media masha-ignore"> <figure class="media__pic" itemscope="itemscope">'
            f' <img src="{STATIC}/big/single{page.id}.jpg" width="940" height="580" '
            f'alt="{esc(s.caption)}" itemprop="contentUrl" class="image"/> </figure> '
            f'<span class="media__title player__title">{esc(desc)}</span> </div>'
        )
    if not page.slides:
        return ""
    slides = []
    for n, s in enumerate(page.slides):
        desc = s.caption + (f". Photo: {s.credit}" if s.credit else "")
        pid = s.photo_id or 90000 + page.id % 1000 * 10 + n
        slides.append(
            f'<div class="slide{" starting-slide" if n == 0 else ""}" '
            f'data-cycle-desc="{esc(desc)}">'
            f' <div class="slider__block" data-text="{esc(s.caption)}"> <img '
            f'src="{STATIC}/big/b{pid}.jpeg" srcset="{STATIC}/big2x/x{pid}.jpeg 2x" '
            f'width="940" height="580" alt="{esc(s.caption)}" id="photo-{pid}" '
            f'itemprop="contentUrl"/> <meta itemprop="thumbnailUrl" '
            f'content="{STATIC}/small/s{pid}.jpeg"/> </div> </div>'
        )
    return (
        f'<div class="slider masha-ignore" id="slider-{page.id}" role="listbox">'
        '<div class="slider__slides" data-cycle-caption-template="{{slideNum}} of {{slideCount}}">'
        + " ".join(slides)
        + "</div></div>"
    )


def _cut(cut: Cut, n: int) -> str:
    items = "".join(
        f'<div class="cut__description"> <a href="{href}" class="cut__item cut__link" '
        f'target="_blank">{esc(title)}</a> '
        + (f'<div class="cut__date">{date}</div>' if date else "")
        + " </div>"
        for href, title, date in cut.items
    )
    return (
        f'<div class="read__cut read__cut_full_size masha-ignore" role="complementary" '
        f'aria-labelledby="{n}-cut"> <div class="cut"> <h3 class="cut__title" id="{n}-cut">'
        f"{cut.heading}</h3> {items} </div> </div>"
    )


def _tags(page: Page) -> str:
    cols = []
    for heading, tags in (
        ("Geography", page.geography),
        ("Topics", page.topics),
        ("Persons", page.persons),
    ):
        if not tags:
            continue
        items = "".join(
            f'<li> <a href="{SITE}{path}" rel="tag"><i></i>{esc(name)} </a> </li>'
            for path, name in tags
        )
        cols.append(
            f'<div class="read__tagscol"> <h3>{heading}</h3> '
            f'<ul class="read__taglist">{items}</ul> </div>'
        )
    return f'<div class="read__tags masha-ignore"> {"".join(cols)} </div>' if cols else ""


def _status(page: Page) -> str:
    word = "sections" if len(page.sections) > 1 else "section"
    links = ", ".join(f'<a href="{SITE}{SECTION_PATHS[s]}">{s}</a>' for s in page.sections)
    direct = (
        f'<p class="print_link_wrap"> Direct link: <a class="print_link" '
        f'href="{SITE}/d/{page.id}">en.kremlin.ru/d/{page.id}</a> </p>'
        if page.direct_link
        else ""
    )
    return (
        '<div class="read__status masha-ignore"> <div class="width_limiter"> '
        f"<h3>Publication status</h3> <p>Published in&#160;{word}: {links}<br/> </p>"
        f'<p> Publication date: <time datetime="{page.date}">{page.publication}</time> </p>'
        f"{direct} </div> </div>"
    )


def render(page: Page) -> str:
    url = f"{SITE}/events/president/news/{page.id}"
    lead = f"<div><p>{esc(page.lead)}</p></div>" if page.lead else ""
    meta = ""
    if page.printed_date:
        meta += (
            f'<time class="read__published" datetime="{page.date}" itemprop="datePublished">'
            f"{page.printed_date}</time> "
        )
    if page.time:
        meta += f'<div class="read__time">{page.time}</div> '
    if page.place:
        meta += f'<div class="read__place p-location"><i></i>{esc(page.place)}</div>'
    body = []
    for n, para in enumerate(page.body):
        if n in page.cuts:
            body.append(_cut(page.cuts[n], n))
        body.append(para)
    if len(page.body) in page.cuts:
        body.append(_cut(page.cuts[len(page.body)], len(page.body)))
    article = (
        f'<article class="read__in hentry h-entry" itemscope="itemscope" id="event-{page.id}" '
        'role="document"> <div class="read__content"> <div class="read__top"> '
        f'<div class="width_limiter"> <a href="{SITE}/events/president/news" '
        f'class="read__categ" rel="category">{"События" if page.lang == "ru" else "Events"}</a> '
        f'<h1 class="entry-title p-name" itemprop="name">{esc(page.title)}</h1> '
        f'<div class="read__lead entry-summary p-summary" id="read-lead"> {lead} </div> '
        f'<div class="read__meta">{meta}</div> </div> </div> '
        '<div class="entry-content e-content read__internal_content" itemprop="articleBody"> '
        + _gallery(page)
        + "\n".join(body)
        + ' <div class="read__bottommeta hidden-copy"> <div class="width_limiter"> '
        + _tags(page)
        + _status(page)
        + " </div> </div> </div> </div> </article>"
    )
    ru = (
        f'<li class="language"> <a href="http://kremlin.ru/events/president/news/{page.id}" '
        'rel="alternate" hreflang="ru" class=" no-warning"> <span>Русский</span> </a> </li>'
        if page.russian_link
        else ""
    )
    updated = (
        f'<div class="read__updated">Last updated at <time datetime="{page.date}">'
        f"{page.updated}</time> </div>"
        if page.updated
        else ""
    )
    title = f"{esc(page.title)} • President of Russia"
    if page.print_variant:
        return (
            f'<!doctype html>\n<html lang="{page.lang}" class="print"> <head> '
            '<meta charset="utf-8"/> '
            f"<title>{title}</title> "
            f'<meta property="og:url" content="{url}"/> '
            f'<link rel="canonical" href="{url}/print"/> </head> <body class="print"> '
            f'<div class="print__logo">President of Russia</div> {article} '
            '<p class="print__footer">en.kremlin.ru</p> </body> </html>\n'
        )
    return (
        f'<!doctype html> <html lang="{page.lang}" class="no-js" itemscope="itemscope"> <head> '
        f'<meta charset="utf-8"/> <title itemprop="name">{title}</title> '
        '<meta property="og:site_name" content="President of Russia"/> '
        f'<meta property="og:url" content="{url}"/> '
        f'<link rel="canonical" href="{page.id}.html" /> </head> <body class=" is-reading"> '
        '<div class="header"> <a href="http://en.kremlin.ru/" class="topline__head">'
        "President of Russia</a> </div> "
        f'<div class="read" data-href="{url}"> <div class="read__scroll">{article}</div> '
        f'{updated} </div> <ul class="footer_list"> {ru} </ul> </body> </html>\n'
    )


# --- Invented cast and text -------------------------------------------------------------

P = {
    "strunk": (
        4101,
        "Strunk Amadeo",
        "President of Veloria Amadeo Strunk",
        "Amadeo Strunk",
        "President of Veloria",
    ),
    "holloway": (
        4102,
        "Holloway Petra",
        "Minister of Canals Petra Holloway",
        "Petra Holloway",
        "Minister of Canals",
    ),
    "quist": (
        4103,
        "Quist Oleander",
        "Governor of Marnelle Region Oleander Quist",
        "Oleander Quist",
        "Governor of Marnelle Region",
    ),
    "vashti": (
        4104,
        "Vashti-Renn Ilse",
        "Prime Minister of Caldera Ilse Vashti-Renn",
        "Ilse Vashti-Renn",
        "Prime Minister of Caldera",
    ),
}
WORDS = (
    "The delegations reviewed the lighthouse programme and the new ferry timetable.",
    "We agreed to widen the northern canal before the spring thaw.",
    "I would like to thank our colleagues from the glassworks for their patience.",
    "The orchard cooperative has doubled its exports of quince jam.",
    "Our regions share a long border along the Silverreed river.",
    "The observatory in Tamsk will open its doors to schoolchildren next autumn.",
    "Let us return to the question of the tramline.",
    "The figures for the salt harvest are encouraging.",
)


def _say(n: int, k: int = 1) -> str:
    return " ".join(WORDS[(n + i) % len(WORDS)] for i in range(k))


def _p(inner: str) -> str:
    return f"<p>{inner}</p>"


def _turn(label: str, text: str, form: str = "in") -> str:
    if form == "in":
        return _p(f"<b>{label}:</b> {text}")
    return _p(f"<b>{label}</b>: {text}")


def _tag(key: str) -> tuple[str, str]:
    pid, tag, *_ = P[key]
    return (f"/catalog/persons/{pid}/events", tag)


VELORIA = ("/catalog/countries/VL/events", "Veloria")
MARNELLE = ("/catalog/regions/MRN/events", "Marnelle Region")
TOPIC_FOREIGN = ("/catalog/keywords/501/events", "Foreign policy")
TOPIC_CANALS = ("/catalog/keywords/502/events", "Waterways")


def pages() -> Iterator[tuple[str, Page]]:
    """Every fixture page, named for what it shows."""
    # Transcripts with many speakers: full titles first, short names later.
    for n in range(5):
        speakers = ["strunk", "holloway", "quist", "vashti"][: 2 + n % 3]
        body = [_p(_say(n, 2)), _p("* * *")]
        for i in range(3 + n):
            key = speakers[i % len(speakers)]
            _, _, full, short, _ = P[key]
            label = full if i < len(speakers) else short
            body.append(_turn(label, _say(n + i), "in" if (i + n) % 2 else "out"))
            if i % 2:
                body.append(_p(_say(n + i + 3)))
        yield (
            f"transcript-{len(speakers)}-speakers-{n + 1}",
            Page(
                id=70100 + n,
                title=f"Meeting with the Veloria delegation, round {n + 1}",
                lead=_say(n),
                place="Glass Hall, Tamsk",
                slides=tuple(Slide(f"At the meeting, view {k + 1}.") for k in range(1 + n)),
                body=tuple(body),
                geography=(VELORIA,),
                topics=(TOPIC_FOREIGN,),
                persons=tuple(_tag(k) for k in speakers if k != "quist"),
                sections=("News", "Transcripts"),
            ),
        )
    # Monologues: one speaker, many paragraphs.
    for n in range(4):
        body = [_turn("President of Russia Vladimir Putin", "Good afternoon, colleagues.", "out")]
        body += [_p(_say(n + k)) for k in range(2 + n)]
        yield (
            f"monologue-{n + 1}",
            Page(
                id=70200 + n,
                title=f"Address at the waterways forum, part {n + 1}",
                place="Harbour Palace, Novo-Brisk",
                body=tuple(body),
                topics=(TOPIC_CANALS,),
                sections=("News", "Transcripts"),
            ),
        )
    # Telephone conversations: no place, no gallery, narrative only.
    for n in range(4):
        yield (
            f"phone-call-{n + 1}",
            Page(
                id=70300 + n,
                title="Telephone conversation with Prime Minister of Caldera "
                f"Ilse Vashti-Renn ({n + 1})",
                time="" if n == 3 else "11:05",
                body=(
                    _p(
                        "Vladimir Putin had a telephone conversation with "
                        "Prime Minister of Caldera "
                        + person_link(
                            4104,
                            "Ilse Vashti-Renn",
                            "Vashti-Renn Ilse",
                            "Prime Minister of Caldera",
                        )
                        + "."
                    ),
                    _p(_say(n, 2)),
                ),
                geography=(("/catalog/countries/CD/events", "Caldera"),),
                persons=(_tag("vashti"),),
            ),
        )
    # Greetings: "The message reads, in part:" and quoted paragraphs (a colon, no label).
    for n in range(4):
        yield (
            f"greeting-{n + 1}",
            Page(
                id=70400 + n,
                title=f"Greetings to the Tamsk Observatory on its {100 + n}th anniversary",
                time="10:00",
                body=(
                    _p("Vladimir Putin sent greetings to the staff of the Tamsk Observatory."),
                    _p("The message reads, in part:"),
                    _p(f"“{_say(n, 2)}”"),
                ),
            ),
        )
    # Documents: bold headings without colons stay narrative.
    for n in range(3):
        yield (
            f"document-{n + 1}",
            Page(
                id=70500 + n,
                title=f"Executive Order on the Silverreed river bridges, No. {n + 1}",
                body=(
                    _p("<b>Article 1</b>"),
                    _p(_say(n)),
                    _p("<b>Article 2</b>"),
                    _p(_say(n + 1)),
                ),
                sections=("News", "Documents"),
                russian_link=n != 2,
            ),
        )
    # Announcements without a date or time in the head.
    for n in range(4):
        yield (
            f"announcement-no-date-{n + 1}",
            Page(
                id=70600 + n,
                title=f"Forthcoming visit of President of Veloria Amadeo Strunk ({n + 1})",
                lead=f"Amadeo Strunk will visit Tamsk on April {n + 2}, 2031.",
                printed_date="",
                time="",
                body=(_p(_say(n, 2)),),
                sections=("Announcements",),
                geography=(VELORIA,),
            ),
        )
    # 2000-2003 style: ALL CAPS labels, old "Additional" blocks.
    for n in range(4):
        body = (
            _turn("PRESIDENT OF RUSSIA VLADIMIR PUTIN", _say(n)),
            _turn("OLEANDER QUIST", _say(n + 1), "out"),
            _p(_say(n + 2)),
            _turn("VLADIMIR PUTIN", _say(n + 3)),
            _turn("QUESTION", "What about the ferries?"),
        )
        yield (
            f"caps-labels-{2000 + n}",
            Page(
                id=30100 + n,
                title=f"Meeting with Governor of Marnelle Region Oleander Quist, {2000 + n}",
                date=f"{2000 + n}-06-0{n + 1}",
                printed_date=f"June {n + 1}, {2000 + n}",
                time="00:00",
                publication=f"June {n + 1}, {2000 + n}, 00:00",
                body=body,
                cuts={
                    5: Cut(
                        "Additional",
                        ((f"{30090 + n}.html", "Trip to Marnelle Region", f"May 30, {2000 + n}"),),
                    )
                },
                geography=(MARNELLE,),
                updated="",
            ),
        )
    # Omissions: <…> closes a turn; the narrative after it stays narrative.
    for n in range(3):
        yield (
            f"omission-{n + 1}",
            Page(
                id=70700 + n,
                title=f"Meeting of the Canals Council, session {n + 1}",
                place="The Kremlin, Moscow",
                body=(
                    _turn("Vladimir Putin", _say(n)),
                    _p("&lt;…&gt;"),
                    _turn("Petra Holloway", _say(n + 1), "out"),
                    _p("&lt;…&gt;"),
                )[: 4 if n else 2],
                persons=(_tag("holloway"),),
                sections=("News", "Transcripts"),
            ),
        )
    # See also (inside the body, absolute and mirror-relative links, a date range).
    for n in range(3):
        yield (
            f"see-also-{n + 1}",
            Page(
                id=70800 + n,
                title=f"Visit to the Tamsk glassworks ({n + 1})",
                place="Tamsk",
                body=(_p(_say(n)), _turn("Vladimir Putin", _say(n + 1)), _p(_say(n + 2))),
                cuts={
                    1 + n % 2: Cut(
                        "See also",
                        (
                            (
                                f"{SITE}/events/president/transcripts/{70810 + n}",
                                "Speech at the glassworks",
                                "March 14, 2031",
                            ),
                            (f"{70820 + n}.html", "Trip to Marnelle Region", "March 13 − 15, 2031"),
                        )[: 1 + n % 2],
                    )
                },
            ),
        )
    # "Additional" blocks on newer pages, and both kinds together.
    for n in range(3):
        cuts = {2: Cut("Additional", ((f"{70910 + n}.html", "Biography of Petra Holloway", ""),))}
        if n == 2:
            cuts[0] = Cut(
                "See also",
                ((f"{SITE}/events/president/news/70930", "Earlier meeting", "March 1, 2031"),),
            )
        yield (
            f"additional-{n + 1}",
            Page(
                id=70900 + n,
                title=f"Petra Holloway appointed Minister of Canals ({n + 1})",
                body=(_p(_say(n)), _p(_say(n + 1))),
                cuts=cuts,
                persons=(_tag("holloway"),),
                sections=("News", "Documents"),
            ),
        )
    # Tooltips: person and glossary links whose hidden text must not leak.
    for n in range(3):
        yield (
            f"tooltips-{n + 1}",
            Page(
                id=71000 + n,
                title=f"Talks with Amadeo Strunk ({n + 1})",
                body=(
                    _p(
                        "The talks with "
                        + person_link(
                            4101, "Amadeo Strunk", "Strunk Amadeo", "President of Veloria"
                        )
                        + " touched on the "
                        + term_link(77, "Silverreed Treaty", "<p>An invented treaty.</p>")
                        + " and on "
                        + person_link(4102, "Mrs Holloway", "Holloway Petra", "Minister of Canals")
                        + "’s plans."
                    ),
                    _p(
                        "<b>President of Veloria "
                        + person_link(
                            4101, "Amadeo Strunk", "Strunk Amadeo", "President of Veloria"
                        )
                        + ":</b> "
                        + _say(n)
                    ),
                )[: 1 + (n > 0)],
                persons=(_tag("strunk"), _tag("holloway")),
            ),
        )
    # Galleries: agency credits, the site's own photographers, one picture only.
    credits = ("ITAR-TASS", "RIA Novosti", "Pavel Fernweh, Sputnik", "Reuters")
    for n in range(3):
        yield (
            f"gallery-agency-{n + 1}",
            Page(
                id=71100 + n,
                title=f"Ceremony at the Harbour Palace ({n + 1})",
                slides=(
                    Slide("Arrival at the Harbour Palace", credits[n]),
                    Slide("During the ceremony", credits[n + 1]),
                    Slide("Guests of the ceremony."),
                ),
                body=(_p(_say(n)),),
            ),
        )
    for n in range(3):
        yield (
            f"gallery-own-photographer-{n + 1}",
            Page(
                id=71200 + n,
                title=f"Opening of the ferry terminal ({n + 1})",
                slides=(Slide("At the ferry terminal", "Marta Oksbøl"),) * (n + 1),
                body=(_p(_say(n)),),
            ),
        )
    for n in range(2):
        yield (
            f"gallery-single-photo-{n + 1}",
            Page(
                id=71300 + n,
                title=f"Meeting with Oleander Quist ({n + 1})",
                single_photo=Slide(
                    "With Governor of Marnelle Region Oleander Quist", "TASS" if n else ""
                ),
                body=(_p(_say(n)),),
            ),
        )
    # Bold label forms: inside the bold, outside it, split across paragraphs, own line.
    yield (
        "label-colon-inside",
        Page(
            id=71400,
            title="Working meeting, colon inside",
            body=(_turn("Petra Holloway", _say(1), "in"),),
            persons=(_tag("holloway"),),
        ),
    )
    yield (
        "label-colon-outside",
        Page(
            id=71401,
            title="Working meeting, colon outside",
            body=(_turn("Petra Holloway", _say(2), "out"),),
            persons=(_tag("holloway"),),
        ),
    )
    yield (
        "label-split-paragraph",
        Page(
            id=71402,
            title="Working meeting, split label",
            body=(_p("<b>Minister of Canals Petra Holloway</b>"), _p(": " + _say(3)), _p(_say(4))),
            persons=(_tag("holloway"),),
        ),
    )
    yield (
        "label-own-line",
        Page(
            id=71403,
            title="Working meeting, label on its own line",
            body=(_p("<b>Vladimir Putin:</b>"), _p(_say(5)), _turn("Petra Holloway", _say(6))),
            persons=(_tag("holloway"),),
        ),
    )
    yield (
        "label-with-note",
        Page(
            id=71404,
            title="Talks, retranslated remarks",
            body=(
                _p("<b>Amadeo Strunk</b> (<i>retranslated</i>): " + _say(7)),
                _p("<b>Vladimir Putin (</b><i>in Velorian</i>): Welcome."),
                _p("<b>Remark</b> <i>from the audience.</i>"),
            ),
            persons=(_tag("strunk"),),
        ),
    )
    yield (
        "label-anonymous",
        Page(
            id=71405,
            title="Answers to journalists’ questions",
            body=(
                _turn("Question", "Will the ferry run in winter?"),
                _turn("Vladimir Putin", "It will."),
                _turn("Remark", "Thank you.", "out"),
            ),
            sections=("News", "Transcripts"),
        ),
    )
    yield (
        "label-untagged-guest",
        Page(
            id=71406,
            title="Meeting with the glassworks staff",
            body=(
                _turn("Head of the Tamsk glassworks Ferdinand Ostrova", _say(1)),
                _turn("Ferdinand Ostrova", _say(2)),
                _turn("Vladimir Putin", _say(3)),
            ),
        ),
    )
    yield (
        "narrative-with-colons",
        Page(
            id=71407,
            title="Schedule of the forum",
            body=(
                _p("<b>Entry from 10.00 am to 11.00 am:</b> main hall"),
                _p("The programme reads as follows: opening, speeches, closing."),
            ),
            sections=("Announcements",),
        ),
    )
    yield (
        "whitespace-and-nbsp",
        Page(
            id=71408,
            title="Meeting on\u00a0the\u00a0ferry timetable",
            lead="Runs   of\n spaces collapse;\u00a0non-breaking spaces stay.",
            body=(
                _p("First\n   line\u00a0of text,<br/>second line.  "),
                _p("<b> </b>"),
                _p("&#160;"),
            ),
        ),
    )
    # Print variant and Russian version link.
    for n in range(2):
        yield (
            f"print-variant-{n + 1}",
            Page(
                id=71500 + n,
                title=f"Meeting with Petra Holloway, print version {n + 1}",
                body=(_turn("Vladimir Putin", _say(n)), _turn("Petra Holloway", _say(n + 1))),
                persons=(_tag("holloway"),),
                print_variant=True,
                russian_link=False,
                updated="",
            ),
        )
    yield (
        "russian-page",
        Page(
            id=71600,
            title="Встреча с Петрой Холлоуэй",
            lang="ru",
            printed_date="14 марта 2031 года",
            publication="14 марта 2031 года, 15:40",
            sections=("Новости",),
            single_photo=Slide("С Петрой Холлоуэй"),
            body=(_p("<b>В.Путин:</b> Добрый день."), _p("<b>П.Холлоуэй:</b> Спасибо.")),
            russian_link=False,
            updated="",
        ),
    )
    yield (
        "no-russian-link",
        Page(
            id=71601,
            title="Meeting without a Russian version",
            body=(_p(_say(1)),),
            russian_link=False,
        ),
    )
    yield (
        "no-direct-link",
        Page(
            id=71602, title="Meeting without a direct link", body=(_p(_say(2)),), direct_link=False
        ),
    )


def broken_pages() -> Iterator[tuple[str, bytes]]:
    """Inputs that must be rejected with a PageError."""
    good = render(Page(id=79000, title="A page to break", body=(_p(_say(1)),)))
    yield (
        "not-an-event-page",
        (
            b'<!doctype html> <html lang="en"> <head> <meta charset="utf-8"/> '
            b"<title>Events \xe2\x80\xa2 President of Russia</title> </head> <body> "
            b'<div class="events"> <a href="http://en.kremlin.ru/'
            b'events/president/news/79001">A news item</a> </div> </body> </html>\n'
        ),
    )
    yield "not-an-event-index", good.replace('id="event-79000"', 'id="list-79000"').encode()
    yield "truncated-in-body", good.encode()[: len(good) // 2]
    yield "truncated-after-article", good.encode()[: good.index("</body>")]
    yield (
        "broken-no-title",
        good.replace(
            '<h1 class="entry-title p-name" itemprop="name">A page to break</h1>', ""
        ).encode(),
    )
    yield "broken-no-status", good.replace("read__status", "read__other").encode()
    yield (
        "broken-not-utf8",
        good.replace("A page to break", "Caf\u00e9 page").encode("cp1252", errors="replace"),
    )
    yield "broken-no-body", good.replace("entry-content", "entry-other").encode()


def all_fixtures() -> Iterator[tuple[str, bytes]]:
    for name, page in pages():
        yield name, render(page).encode("utf-8")
    yield from broken_pages()
