from django.core.management.base import BaseCommand

from kompass.core.public_catalogues import PUBLIC_LANGUAGES, catalogue_path, entries, prune


class Command(BaseCommand):
    help = (
        "Kürzt die türkischen, arabischen und ukrainischen Kataloge auf die Texte der "
        "öffentlichen Seiten und des Konzeptdokuments (nach makemessages aufrufen)."
    )

    def handle(self, *args, **options):
        for language in PUBLIC_LANGUAGES:
            path = catalogue_path(language)
            if not path.exists():
                self.stderr.write(f"{path} fehlt – zuerst makemessages -l {language} ausführen.")
                continue
            pruned = prune(path.read_text(encoding="utf-8"))
            path.write_text(pruned, encoding="utf-8")
            self.stdout.write(f"{language}: {len(entries(pruned)) - 1} Einträge")
