from django.conf import settings

from .models import Municipality
from .rules import is_instance_admin


def site(request):
    """Site name and the municipalities the user may switch between (one query, lazily)."""

    def switchable():
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return []
        return list(Municipality.objects.for_user(user).only("name", "slug"))

    def administers_instance() -> bool:
        # The rule alone: asking user.has_perm without an object would also make Django's
        # ModelBackend load the user's model permissions (two queries on every page).
        user = getattr(request, "user", None)
        return bool(user is not None and is_instance_admin(user))

    return {
        "SITE_NAME": settings.SITE_NAME,
        "switchable_municipalities": switchable,
        "administers_instance": administers_instance,
    }
