"""Who asked for a document is the job's ``started_by``; ``created_by`` said the same again."""

from django.db import migrations
from django.db.models import F


def copy_forwards(apps, schema_editor):
    GeneratedDocument = apps.get_model("documents", "GeneratedDocument")
    GeneratedDocument.objects.filter(started_by__isnull=True).update(started_by=F("created_by"))


def copy_backwards(apps, schema_editor):
    GeneratedDocument = apps.get_model("documents", "GeneratedDocument")
    GeneratedDocument.objects.update(created_by=F("started_by"))


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0003_job_started_by"),
    ]

    operations = [
        migrations.RunPython(copy_forwards, copy_backwards),
        migrations.RemoveField(model_name="generateddocument", name="created_by"),
    ]
