from django.db import migrations


def load(apps, schema_editor):
    from kompass.participation.catalogue import load_formats

    load_formats(apps.get_model("participation", "ParticipationFormat"))


class Migration(migrations.Migration):
    dependencies = [("participation", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
