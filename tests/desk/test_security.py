"""Login throttling (django-axes), password rules, cookies and CSRF on the desk."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from tests.desk.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def _login(client: Client, username: str, password: str):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR="192.0.2.10",
    )


def test_a_right_password_logs_in(persona) -> None:
    persona("editor")
    assert _login(Client(), "editor", PASSWORD).status_code == 302


def test_ten_failed_logins_lock_the_account_out(persona) -> None:
    persona("editor")
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login(client, "editor", "wrong password")
    response = _login(client, "editor", PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_nine_failed_logins_do_not_lock(persona) -> None:
    persona("editor")
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        _login(client, "editor", "wrong password")
    assert _login(client, "editor", PASSWORD).status_code == 302


def test_a_lockout_is_recorded(persona) -> None:
    from axes.models import AccessAttempt

    persona("editor")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login(Client(), "editor", "wrong password")
    attempt = AccessAttempt.objects.get(username="editor")
    assert attempt.failures_since_start == settings.AXES_FAILURE_LIMIT


def test_the_lockout_lasts_a_while() -> None:
    assert settings.AXES_COOLOFF_TIME > 0


@pytest.mark.parametrize("weak", ["short", "password1234", "123456789012"])
def test_weak_passwords_are_refused(weak: str) -> None:
    with pytest.raises(ValidationError):
        validate_password(weak)


def test_a_long_uncommon_password_is_accepted() -> None:
    validate_password("plum-ferry-quartz-lantern")


def test_the_login_form_needs_its_csrf_token(persona) -> None:
    persona("editor")
    client = Client(enforce_csrf_checks=True)
    response = _login(client, "editor", PASSWORD)
    assert response.status_code == 403


def test_a_publish_without_csrf_token_is_refused(persona, draft) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(persona("publisher"), backend="django.contrib.auth.backends.ModelBackend")
    response = client.post(reverse("admin:desk_publish", args=[draft.pk]))
    draft.refresh_from_db()
    assert response.status_code == 403 and draft.status == "draft"


def test_cookies_are_http_only() -> None:
    assert settings.SESSION_COOKIE_HTTPONLY and settings.CSRF_COOKIE_HTTPONLY


def _login_through_proxy(forwarded_for: str, password: str):
    return Client().post(
        reverse("admin:login"),
        {"username": "editor", "password": password, "next": "/admin/"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


def test_behind_a_trusted_proxy_a_lockout_is_the_client_s_own(persona, settings) -> None:
    """Through the proxy every request comes from 127.0.0.1: the lockout keys on who sent it."""
    settings.PRESSROOM_TRUSTED_PROXIES = ["127.0.0.1"]
    persona("editor")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login_through_proxy("198.51.100.66", "wrong password")
    assert _login_through_proxy("198.51.100.66", PASSWORD).status_code == 429
    # A forged first hop is not the attacker's way out.
    assert _login_through_proxy("203.0.113.5, 198.51.100.66", PASSWORD).status_code == 429
    assert _login_through_proxy("203.0.113.5", PASSWORD).status_code == 302


def test_without_a_trusted_proxy_forwarded_for_is_ignored(persona, settings) -> None:
    settings.PRESSROOM_TRUSTED_PROXIES = []
    persona("editor")
    for n in range(settings.AXES_FAILURE_LIMIT):
        _login_through_proxy(f"198.51.100.{n}", "wrong password")
    assert _login_through_proxy("203.0.113.5", PASSWORD).status_code == 429
