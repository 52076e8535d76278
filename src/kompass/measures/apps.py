from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeasuresConfig(AppConfig):
    name = "kompass.measures"
    verbose_name = _("Measures")

    def ready(self):
        from kompass.concepts.revision import register_revision_step

        from .services import measures_copy

        register_revision_step(10, measures_copy)
