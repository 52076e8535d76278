from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicConfig(AppConfig):
    name = "kompass.public"
    verbose_name = _("Public site")

    def ready(self):
        """Plug the public site's settings into the public frame of tenancy (which may not
        import this app): every public page then gets the site's header and footer."""
        from kompass.tenancy.public import register_site_loader

        from .selectors import enabled_site

        register_site_loader(enabled_site)
