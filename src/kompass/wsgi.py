import os

from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kompass.settings")
if (
    not os.environ.get("SECRET_KEY")
    and os.environ.get("KOMPASS_DEMO") != "1"
    and os.environ.get("DEBUG") != "1"
):
    raise ImproperlyConfigured(
        "Set the SECRET_KEY environment variable (or KOMPASS_DEMO=1 for the demo)."
    )
application = get_wsgi_application()
