"""Loading a municipality's concept versions through the one scoping function."""

from kompass.tenancy.access import get_object_in_municipality

from .models import ConceptVersion


def get_version(municipality, pk) -> ConceptVersion:
    """The version ``pk`` of ``municipality``; 404 for a missing and a foreign one alike."""
    return get_object_in_municipality(
        ConceptVersion.objects.select_related("concept", "municipality"), municipality, pk=pk
    )
