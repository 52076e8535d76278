"""The demo's public sites (``data/<slug>/public.yaml``): Musterstadt's with contact, legal
pages, an accessibility statement and a progress page; Beispielheim's, a smaller one whose
concept is also published in Arabic and English.

Saved through the settings service of the public app, like coordination would.
"""

from kompass.public.selectors import current_version, site_for_editing
from kompass.public.services import public_site_save

from .content import read


def _save(municipality, *, acting_user):
    spec = read(f"{municipality.slug}/public")
    version = current_version(municipality)
    site = site_for_editing(municipality)
    indicators = version.indicators.all()
    if spec["indicators"] is not None:
        indicators = indicators.filter(name__in=spec["indicators"])
    for name, value in spec["settings"].items():
        setattr(site, name, value)
    return public_site_save(
        site=site,
        version=version,
        indicators=list(indicators),
        expected_lock_version=site.lock_version if site.pk else None,
        acting_user=acting_user,
    )


def build_public_sites(town, village, *, acting_user):
    """Switch both demo sites on with plausible settings."""
    _save(town, acting_user=acting_user)
    _save(village, acting_user=acting_user)
