from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConceptsConfig(AppConfig):
    name = "kompass.concepts"
    verbose_name = _("Concepts")

    def ready(self):
        from . import locking
        from .revision import register_revision_step
        from .services import concept_tree_copy

        locking.connect_m2m_guards()
        # the tree first: the other apps' steps attach their copies to its copies
        register_revision_step(0, concept_tree_copy)
