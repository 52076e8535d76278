"""ReminderPreference now lives in tenancy (``tenancy.0004``); its table stays as it is."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("reporting", "0002_report_phase_changed_at"),
        ("tenancy", "0004_reminderpreference"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="ReminderPreference")],
            database_operations=[],
        ),
    ]
