from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BodiesConfig(AppConfig):
    name = "kompass.bodies"
    verbose_name = _("Bodies and resolutions")
