from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConceptsConfig(AppConfig):
    name = "kompass.concepts"
    verbose_name = _("Concepts")

    def ready(self):
        from . import locking

        locking.connect_m2m_guards()
