from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "kompass.indicators"
    verbose_name = _("Indicators")

    def ready(self):
        from kompass.concepts.revision import register_revision_step

        from .services import indicators_copy

        register_revision_step(20, indicators_copy)
