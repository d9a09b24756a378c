from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission

from pressroom.desk import roles

pytestmark = pytest.mark.django_db


def test_the_migration_creates_the_four_roles() -> None:
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ROLES)


def test_the_workflow_permissions_exist_on_events() -> None:
    codenames = set(
        Permission.objects.filter(content_type__app_label="events").values_list(
            "codename", flat=True
        )
    )
    assert {"publish_event", "withdraw_event", "schedule_event", "edit_public_event"} <= codenames


@pytest.mark.parametrize(
    ("role", "permission", "held"),
    [
        (roles.AUTHOR, "events.add_event", True),
        (roles.AUTHOR, roles.PUBLISH, False),
        (roles.AUTHOR, roles.SCHEDULE, False),
        (roles.AUTHOR, roles.EDIT_PUBLIC, False),
        (roles.EDITOR, roles.SCHEDULE, True),
        (roles.EDITOR, roles.EDIT_PUBLIC, True),
        (roles.EDITOR, roles.PUBLISH, False),
        (roles.EDITOR, roles.WITHDRAW, False),
        (roles.PUBLISHER, roles.PUBLISH, True),
        (roles.PUBLISHER, roles.WITHDRAW, True),
        (roles.PUBLISHER, roles.SCHEDULE, True),
        (roles.PUBLISHER, "events.change_event", False),
        (roles.ADMINISTRATOR, roles.PUBLISH, True),
        (roles.ADMINISTRATOR, "auth.change_user", True),
    ],
)
def test_each_role_holds_exactly_its_rights(persona, role, permission, held) -> None:
    assert persona(role).has_perm(permission) is held


def test_administrators_get_permissions_of_apps_migrated_later() -> None:
    group = Group.objects.get(name=roles.ADMINISTRATOR)
    assert group.permissions.filter(content_type__app_label="axes").exists()
