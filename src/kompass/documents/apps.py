from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "kompass.documents"
    verbose_name = _("Concept documents")

    def ready(self):
        from kompass.concepts.revision import register_revision_step

        from .services import narratives_copy

        # the chapter texts of the concept document go along, to be revised with the rest
        register_revision_step(30, narratives_copy)
