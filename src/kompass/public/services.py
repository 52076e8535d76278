"""Changes to a municipality's public site settings."""

from django.db import transaction

from kompass.core.services import save_model_form


@transaction.atomic
def public_site_save(*, form, municipality, version, acting_user):
    """Save the settings form (optimistic lock, history author) and remember for which
    version the indicators were chosen, so the choice can follow later revisions."""
    return save_model_form(
        form, acting_user=acting_user, municipality=municipality, indicators_version=version
    )
