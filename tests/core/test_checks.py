"""Production refuses to start on the development SECRET_KEY."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from pressroom.core.checks import secret_key_is_set


@pytest.fixture
def default_key(settings: Any) -> Any:
    settings.SECRET_KEY = settings.INSECURE_SECRET_KEY
    settings.BEHIND_HTTPS = False
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
    return settings


def test_the_development_key_is_fine_locally(default_key: Any) -> None:
    assert secret_key_is_set() == []


def test_https_without_a_secret_key_is_an_error(default_key: Any) -> None:
    default_key.BEHIND_HTTPS = True
    [error] = secret_key_is_set()
    assert error.id == "pressroom.E001"
    assert "PRESSROOM_SECRET_KEY is not set" in error.msg


def test_a_public_host_without_a_secret_key_is_an_error(default_key: Any) -> None:
    default_key.ALLOWED_HOSTS = ["localhost", "press.example"]
    [error] = secret_key_is_set()
    assert "press.example" in error.msg


def test_a_secret_key_of_its_own_is_fine(default_key: Any) -> None:
    default_key.BEHIND_HTTPS = True
    default_key.ALLOWED_HOSTS = ["press.example"]
    default_key.SECRET_KEY = "a-long-random-value-of-the-site-s-own-0123456789"
    assert secret_key_is_set() == []


def test_serve_refuses_to_start(default_key: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from granian.server import Server

    default_key.BEHIND_HTTPS = True
    monkeypatch.setattr(Server, "serve", lambda self: pytest.fail("served"))
    with pytest.raises(SystemCheckError, match="PRESSROOM_SECRET_KEY is not set"):
        call_command("serve", skip_checks=False)
