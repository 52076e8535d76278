from django.conf import settings

from .models import Municipality


def site(request):
    """Site name and the municipalities the user may switch between (one query, lazily)."""

    def switchable():
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return []
        return list(Municipality.objects.for_user(user).only("name", "slug"))

    return {"SITE_NAME": settings.SITE_NAME, "switchable_municipalities": switchable}
