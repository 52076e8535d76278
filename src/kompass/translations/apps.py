from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "kompass.translations"
    verbose_name = _("Content translations")

    def ready(self):
        from kompass.concepts.revision import register_revision_step

        from .services import translations_carry_forward

        # after every copy: translations follow their texts onto the copies
        register_revision_step(80, translations_carry_forward)
