from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StatserviceConfig(AppConfig):
    name = "kompass.statservice"
    verbose_name = _("Statistics web services")
