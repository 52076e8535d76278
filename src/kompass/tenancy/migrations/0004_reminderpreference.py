"""ReminderPreference moves from reporting to tenancy: the preference belongs to the person.

Only Django's state moves; the table ``reporting_reminderpreference`` and its rows stay
(``reporting.0003`` removes the model from the reporting app's state).
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("tenancy", "0003_municipality_logo_colour"),
        ("reporting", "0001_initial"),  # created the table
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ReminderPreference",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "reminders_enabled",
                            models.BooleanField(
                                default=True,
                                verbose_name="Send me reminders before and after the due date",
                            ),
                        ),
                        (
                            "user",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="reminder_preference",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "reminder setting",
                        "verbose_name_plural": "reminder settings",
                        "db_table": "reporting_reminderpreference",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
