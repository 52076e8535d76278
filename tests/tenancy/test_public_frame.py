"""The public frame lives in tenancy; the public app plugs its site settings in from above."""

from kompass.public.models import PublicSite
from kompass.tenancy import public as frame


def test_the_public_app_registers_its_site_loader(world):
    site = PublicSite.objects.create(municipality=world.town, enabled=False)
    assert frame.enabled_site(world.town) is None

    site.enabled = True
    site.save(update_fields=["enabled"])

    assert frame.enabled_site(world.town) == site
