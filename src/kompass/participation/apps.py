from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    name = "kompass.participation"
    verbose_name = _("Participation")

    def ready(self):
        from kompass.concepts.adoption import register_adoption_guard

        from .selectors import open_contributions
        from .services import adoption_guard

        register_adoption_guard(
            adoption_guard, open_items=lambda version: open_contributions(version).count()
        )
