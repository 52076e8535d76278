"""ReminderPreference moved from reporting to tenancy: the table and its rows stay, both ways."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from kompass.tenancy.models import ReminderPreference

from ..factories import UserFactory

BEFORE = [
    ("tenancy", "0003_municipality_logo_colour"),
    ("reporting", "0002_report_phase_changed_at"),
]
AFTER = [
    ("tenancy", "0004_reminderpreference"),
    ("reporting", "0003_reminderpreference_moves_to_tenancy"),
]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_existing_preferences_survive_the_move_and_its_reversal():
    try:
        old = _migrate(BEFORE)
        user = old.get_model("auth", "User").objects.create(username="vorher")
        old.get_model("reporting", "ReminderPreference").objects.create(
            user=user, reminders_enabled=False
        )

        new = _migrate(AFTER)
        with pytest.raises(LookupError):
            new.get_model("reporting", "ReminderPreference")
        assert new.get_model("tenancy", "ReminderPreference").objects.get(user_id=user.pk)
        assert ReminderPreference.objects.get(user_id=user.pk).reminders_enabled is False
        ReminderPreference.objects.create(user=UserFactory())

        old = _migrate(BEFORE)
        assert old.get_model("reporting", "ReminderPreference").objects.count() == 2
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
