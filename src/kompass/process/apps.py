from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProcessConfig(AppConfig):
    name = "kompass.process"
    verbose_name = _("Process")

    def ready(self):
        from kompass.concepts.revision import register_revision_step

        from .services import process_start_for_revision

        register_revision_step(90, process_start_for_revision)
