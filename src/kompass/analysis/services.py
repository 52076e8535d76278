"""Changes to the situation analysis."""

from django.db import transaction

from kompass.core.services import object_save

from .models import AnalysisItem
from .suggestions import BY_KIND


@transaction.atomic
def analysis_suggestions_adopt(*, municipality, kind: str, titles, acting_user) -> list:
    """Add the chosen suggested factors of ``kind`` with their shipped notes, in the order chosen."""
    notes = dict(BY_KIND[kind])
    return [
        object_save(
            AnalysisItem(
                municipality=municipality,
                kind=kind,
                title=title,
                description=notes[title],
                position=position,
            ),
            acting_user=acting_user,
        )
        for position, title in enumerate(titles)
    ]
