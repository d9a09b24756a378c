"""Personas (author, editor, publisher, administrator, reader) and events in each state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.utils import timezone

from pressroom.desk import roles
from pressroom.document import Document
from pressroom.events.models import Event, Status
from pressroom.events.store import Store
from tests.factories import GOVERNOR, NARRATIVE, sample_document

PASSWORD = "a-long-desk-password-2024"


@pytest.fixture(autouse=True)
def _desk_settings(settings: Any, tmp_path: Any) -> None:
    # Plain static names (no collectstatic in tests), a fast hasher, uploads in a temp dir.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"


PERSONAS = (roles.AUTHOR, roles.EDITOR, roles.PUBLISHER, roles.ADMINISTRATOR)


def make_user(name: str, role: str | None, *, staff: bool = True) -> User:
    user = User.objects.create_user(name, f"{name}@example.org", PASSWORD, is_staff=staff)
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def persona(db: None) -> Callable[[str], User]:
    """A staff user in the named role's group (or a non-staff reader for 'reader')."""

    def build(role: str) -> User:
        if role == "reader":
            return make_user("reader", None, staff=False)
        return make_user(role, role)

    return build


@pytest.fixture
def as_user(persona: Callable[[str], User]) -> Callable[[str], Client]:
    def build(role: str) -> Client:
        client = Client()
        client.force_login(persona(role), backend="django.contrib.auth.backends.ModelBackend")
        return client

    return build


def desk_document(number: int = 90001, title: str = "Meeting with the Governor") -> Document:
    """The meeting with the Governor cut to a narrative and the Governor's turn, and
    without photos (the tests upload their own)."""
    return sample_document(number, title=title, gallery=None, body=(NARRATIVE, GOVERNOR))


@pytest.fixture
def make_event(db: None) -> Callable[..., Event]:
    def build(status: str = Status.DRAFT, **kwargs: Any) -> Event:
        saved = Store().save(desk_document(**kwargs), status=status)
        event = Event.objects.get(number=saved.number, language="en")
        if status == Status.SCHEDULED:
            event.publish_at = timezone.now() + dt.timedelta(hours=2)
            event.save(update_fields=["publish_at"])
        return event

    return build


@pytest.fixture
def draft(make_event: Callable[..., Event]) -> Event:
    return make_event(Status.DRAFT)


@pytest.fixture
def published(make_event: Callable[..., Event]) -> Event:
    return make_event(Status.PUBLISHED, number=90002, title="Telephone conversation")


def admin_form_data(response: Any) -> dict[str, Any]:
    """The POST a browser would send for an admin change page as it stands."""
    data: dict[str, Any] = {}

    def add(form: Any) -> None:
        for name, field in form.fields.items():
            value = form[name].value()
            key = form.add_prefix(name)
            if hasattr(value, "url") or (value is None and "File" in type(field).__name__):
                continue
            if isinstance(value, bool):
                if value:
                    data[key] = "on"
            elif value is None:
                data[key] = ""
            elif isinstance(value, list | tuple):
                data[key] = [str(v) for v in value]
            else:
                data[key] = value

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        add(formset.management_form)
        for form in formset.forms:
            add(form)
    return data


def block_prefix(data: dict[str, Any], text: str) -> str:
    """The inline form prefix ('blocks-1') of the block whose text starts with ``text``."""
    for key, value in data.items():
        if key.startswith("blocks-") and key.endswith("-text") and str(value).startswith(text):
            return key.rsplit("-", 1)[0]
    raise KeyError(text)
