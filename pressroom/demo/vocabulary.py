"""The invented world of the demo archive: one country, its neighbours, its people.

Every name here is made up. The tables are small, built once at import and shared
by every generated event, so generating a large archive costs no memory per event.
Russian forms are transliterated from the English ones, so the two versions of an
event always name the same invented people and places.
"""

from __future__ import annotations

from dataclasses import dataclass

from pressroom.textformat.names import match_tag, tag_to_full

#: The host country (the one whose head of state the press office serves).
HOST_COUNTRY = "Ruritania"
HOST_COUNTRY_RU = "Руритания"
CAPITAL = "Strelsau"

_LATIN_TO_CYRILLIC = {
    "shch": "щ", "sh": "ш", "ch": "ч", "zh": "ж", "kh": "х", "ya": "я", "yu": "ю",
    "a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х",
    "i": "и", "j": "й", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п",
    "q": "к", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс",
    "y": "и", "z": "з",
}  # fmt: skip
_DIGRAPHS = sorted(_LATIN_TO_CYRILLIC, key=len, reverse=True)


def to_cyrillic(word: str) -> str:
    """Transliterate an invented Latin word letter by letter (``Velsko`` -> ``Велско``)."""
    out: list[str] = []
    i = 0
    lower = word.lower()
    while i < len(word):
        for latin in _DIGRAPHS:
            if lower.startswith(latin, i):
                cyr = _LATIN_TO_CYRILLIC[latin]
                out.append(cyr.upper() if word[i].isupper() else cyr)
                i += len(latin)
                break
        else:
            out.append(word[i])
            i += 1
    return "".join(out)


def genitive_ru(name: str) -> str:
    """Genitive of an invented place name, by the common feminine endings only."""
    if name.endswith("ия"):
        return name[:-1] + "и"
    if name.endswith("а"):
        return name[:-1] + "ы"
    return name


@dataclass(frozen=True)
class Official:
    """A recurring person of the invented world, as the catalog and the labels name them."""

    tag: str  # "Surname Given", the Persons tag form
    role: str  # the title printed before the name on first mention
    tag_ru: str
    role_ru: str
    full: str  # "Given Surname", the short label
    first_label: str  # role and name, the label on first mention
    initial_label_ru: str  # "И.Марек": how Russian transcripts label a speaker


def _official(surname: str, given: str, role: str, role_ru: str) -> Official:
    surname_ru, given_ru = to_cyrillic(surname), to_cyrillic(given)
    official = Official(
        tag=f"{surname} {given}",
        role=role,
        tag_ru=f"{surname_ru} {given_ru}",
        role_ru=role_ru,
        full=tag_to_full(f"{surname} {given}"),
        first_label=f"{role} {given} {surname}",
        initial_label_ru=f"{given_ru[0]}.{surname_ru}",
    )
    # The label printed on first mention must resolve back to the same tag and role.
    match = match_tag(official.first_label, [official.tag])
    assert match is not None and match == type(match)(official.tag, official.role)
    return official


HEAD_OF_STATE = _official(
    "Marek", "Ivo", f"President of {HOST_COUNTRY}", f"Президент {genitive_ru(HOST_COUNTRY_RU)}"
)

#: Officials of the host country: (surname, given name, title, Russian title).
_HOST_OFFICIALS = [
    ("Velsko", "Tarn", "Prime Minister", "Премьер-министр"),
    ("Dravin", "Olina", "Minister of Fisheries", "Министр рыболовства"),
    ("Orlask", "Bensa", "Minister of Railways", "Министр железных дорог"),
    ("Castavir", "Halvar", "Minister of Lighthouses", "Министр маяков"),
    ("Nerevik", "Selva", "Minister of Orchards", "Министр садоводства"),
    ("Quorvin", "Edrin", "Minister of Public Libraries", "Министр библиотек"),
    ("Tirvesk", "Kestra", "Minister of Weather", "Министр погоды"),
    ("Wesselin", "Falko", "Minister of Bridges", "Министр мостов"),
    ("Zirvask", "Mila", "Chief Cartographer", "Главный картограф"),
    ("Lunevsk", "Radko", "Governor of Ostvel Region", "Губернатор области Оствел"),
    ("Morvath", "Ulla", "Governor of Selvik Region", "Губернатор области Селвик"),
    ("Pellko", "Jorun", "Governor of Brezka Territory", "Губернатор края Брезка"),
    ("Sorvald", "Gilda", "Mayor of Strelsau", "Мэр Стрелсау"),
    ("Halden", "Varek", "Head of the Academy of Tides", "Президент Академии приливов"),
    ("Yarnov", "Wenna", "Chair of the Orchard Chamber", "Председатель Садовой палаты"),
    ("Gorvath", "Isko", "Director of the Northern Canal", "Директор Северного канала"),
]

#: Foreign countries and their heads of state: (country, Russian name, surname, given).
_NEIGHBOURS = [
    ("Valdoria", "Валдория", "Kavik", "Orsen"),
    ("Karvenia", "Карвения", "Brenko", "Dalla"),
    ("Brisvania", "Брисвания", "Elmarsk", "Corvin"),
    ("Oltrenia", "Олтрения", "Fennick", "Aldric"),
    ("Zemlavia", "Землавия", "Istrov", "Quilla"),
    ("Pellucia", "Пеллуция", "Jarvenko", "Lavro"),
    ("Drovnia", "Дровния", "Rastemir", "Yarro"),
    ("Sarmilla", "Сармилла", "Ulvenko", "Teodor"),
    ("Quellany", "Квеллания", "Vandrek", "Nestor"),
    ("Astoveria", "Астоверия", "Dunvel", "Pavo"),
]


@dataclass(frozen=True)
class Country:
    name: str
    name_ru: str
    leader: Official

    @property
    def genitive_ru(self) -> str:
        return genitive_ru(self.name_ru)


HOST_OFFICIALS: tuple[Official, ...] = tuple(
    _official(s, g, role, role_ru) for s, g, role, role_ru in _HOST_OFFICIALS
)
COUNTRIES: tuple[Country, ...] = tuple(
    Country(name, ru, _official(s, g, f"President of {name}", f"Президент {genitive_ru(ru)}"))
    for name, ru, s, g in _NEIGHBOURS
)

#: Regions of the host country: (name, Russian name).
REGIONS: tuple[tuple[str, str], ...] = (
    ("Ostvel Region", "Область Оствел"),
    ("Selvik Region", "Область Селвик"),
    ("Brezka Territory", "Край Брезка"),
    ("Marn Territory", "Край Марн"),
    ("Upper Tarn Region", "Область Верхний Тарн"),
    ("Lorvany Region", "Область Лорвани"),
    ("Veshna Region", "Область Вешна"),
    ("Hallow Coast Territory", "Край Холлоу-Кост"),
)

#: Places where events happen: (place as printed, Russian form).
PLACES: tuple[tuple[str, str], ...] = (
    ("Vardenhall Palace, Strelsau", "Стрелсау, дворец Варденхолл"),
    ("Strelsau", "Стрелсау"),
    ("Tarnholm Residence, Upper Tarn Region", "Резиденция Тарнхольм, область Верхний Тарн"),
    ("Kelvany, Ostvel Region", "Келвани, область Оствел"),
    ("Port Amsel, Hallow Coast Territory", "Порт-Амсел, край Холлоу-Кост"),
    ("Drossburg, Selvik Region", "Дроссбург, область Селвик"),
    ("Mirvale, Lorvany Region", "Мирвейл, область Лорвани"),
    ("Brezkagrad, Brezka Territory", "Брезкаград, край Брезка"),
    ("Old Observatory, Strelsau", "Стрелсау, Старая обсерватория"),
)

#: Topics of the catalog: (English, Russian). Deliberately far from real politics.
TOPICS: tuple[tuple[str, str], ...] = (
    ("Fisheries", "Рыболовство"),
    ("Railways", "Железные дороги"),
    ("Lighthouses", "Маяки"),
    ("Orchards", "Сады"),
    ("Public libraries", "Библиотеки"),
    ("Weather service", "Служба погоды"),
    ("Bridges and canals", "Мосты и каналы"),
    ("Cartography", "Картография"),
    ("Festivals", "Праздники"),
    ("Tides and coasts", "Приливы и побережья"),
    ("Chess", "Шахматы"),
    ("Beekeeping", "Пчеловодство"),
)

#: Invented words: names of festivals, ships, projects, plants and dishes.
WORDS: tuple[str, ...] = (
    "Velmora", "Tarsk", "Olvin", "Brannoch", "Kesselt", "Amrevy", "Dunlora", "Ostaral",
    "Quimbre", "Zalvetta", "Morrowin", "Pellastre", "Yvarne", "Sorrimel", "Tulvane",
    "Haskaroon", "Ebrelle", "Fandorel", "Glimmerack", "Ilvessa", "Jorvath", "Krelmoss",
    "Lunaveth", "Nimbrasse", "Orvelline", "Prassik", "Ruvenna", "Skellam", "Thornavel",
    "Ulmaresk",
)  # fmt: skip

#: Photographers of the press service (given, surname) and invented news agencies.
PHOTOGRAPHERS: tuple[str, ...] = (
    "Alvo Stennik",
    "Rena Dussel",
    "Kaspar Milvane",
    "Tova Arnsk",
    "Edda Quillon",
)
AGENCIES: tuple[str, ...] = ("Ruritanian Wire Agency", "Valdorian News Service")
AGENCIES_RU: tuple[str, ...] = ("Руританское телеграфное агентство", "Валдорская служба новостей")
PRESS_SERVICE = "Press Service of the President of Ruritania"
