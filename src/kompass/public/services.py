"""Changes to a municipality's public site settings."""

from kompass.core.services import object_save


def public_site_save(*, site, version, indicators, expected_lock_version=None, acting_user):
    """Save the settings (optimistic lock, history author) with the indicators shown, and
    remember for which version they were chosen, so the choice can follow later revisions."""
    site.indicators_version = version
    return object_save(
        site,
        acting_user=acting_user,
        expected_lock_version=expected_lock_version,
        m2m={"indicators": indicators},
    )
