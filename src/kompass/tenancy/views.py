"""The entry pages: a user's municipality, or the choice between several."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .access import get_municipality_for_user
from .models import Municipality


@login_required
def home(request):
    """Send a user to their only municipality, or let them choose."""
    municipalities = list(Municipality.objects.for_user(request.user))
    if len(municipalities) == 1:
        return redirect("municipality_home", municipality=municipalities[0].slug)
    return render(request, "tenancy/choose_municipality.html", {"municipalities": municipalities})


@login_required
def switch_municipality(request):
    """Open another municipality's workspace (404 if the user has no access to it)."""
    municipality = get_municipality_for_user(request.user, request.GET.get("municipality", ""))
    return redirect("municipality_home", municipality=municipality.slug)
