# The import batch is a background job of core.jobs: phase becomes its state.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("indicators", "0007_import_phase_changed_at"),
    ]

    operations = [
        migrations.RenameField(model_name="importbatch", old_name="phase", new_name="state"),
        migrations.RenameField(
            model_name="importbatch", old_name="phase_changed_at", new_name="state_changed_at"
        ),
        migrations.AlterField(
            model_name="importbatch",
            name="state",
            field=models.CharField(
                blank=True,
                choices=[
                    ("queued", "Waiting for its turn"),
                    ("reading", "Reading the file"),
                    ("checking", "Checking every value"),
                    ("writing", "Writing the values"),
                ],
                default="",
                editable=False,
                max_length=20,
                verbose_name="state",
            ),
        ),
        migrations.AlterField(
            model_name="importbatch",
            name="error",
            field=models.TextField(blank=True, editable=False, verbose_name="error"),
        ),
    ]
