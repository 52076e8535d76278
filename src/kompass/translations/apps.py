from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "kompass.translations"
    verbose_name = _("Content translations")
