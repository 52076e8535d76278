from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdministrationConfig(AppConfig):
    name = "kompass.administration"
    verbose_name = _("Units, districts and target groups")
