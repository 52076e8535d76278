# The report generation of a cycle is a background job of core.jobs: its fields lose the prefix.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("reporting", "0003_reminderpreference_moves_to_tenancy"),
    ]

    operations = [
        migrations.RenameField(
            model_name="reportingcycle", old_name="report_phase", new_name="state"
        ),
        migrations.RenameField(
            model_name="reportingcycle",
            old_name="report_phase_changed_at",
            new_name="state_changed_at",
        ),
        migrations.RenameField(
            model_name="reportingcycle", old_name="report_error", new_name="error"
        ),
        migrations.AlterField(
            model_name="reportingcycle",
            name="state",
            field=models.CharField(
                blank=True,
                choices=[("queued", "Waiting for its turn"), ("running", "Generating the report")],
                default="",
                editable=False,
                max_length=20,
                verbose_name="state",
            ),
        ),
        migrations.AlterField(
            model_name="reportingcycle",
            name="error",
            field=models.TextField(blank=True, editable=False, verbose_name="error"),
        ),
    ]
