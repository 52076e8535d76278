"""Loading a municipality's measures through the one scoping function."""

from kompass.tenancy.access import get_object_in_municipality

from .models import Measure


def get_measure(municipality, pk) -> Measure:
    """The measure ``pk`` of ``municipality``; 404 for a missing and a foreign one alike."""
    return get_object_in_municipality(
        Measure.objects.select_related("version__concept", "field", "responsible_unit"),
        municipality,
        pk=pk,
    )
