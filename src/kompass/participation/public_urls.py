"""Public participation pages, included under /oeffentlich/<municipality>/beteiligung/."""

from django.urls import path

from . import consultation_views, public

urlpatterns = [
    path("", public.index, name="public_participation"),
    path("veranstaltungen/<int:pk>/", public.event_page, name="public_event"),
    path(
        "veranstaltungen/<int:event_pk>/beitragen/",
        public.contribute,
        name="public_event_contribute",
    ),
    path("fassungen/<int:pk>/antworten/", public.version_responses, name="public_responses"),
    path("fassungen/<int:pk>/beitragen/", public.contribute, name="public_contribute"),
    path("beitrag/", public.lookup, name="public_contribution_lookup"),
    path(
        "entwurf/<int:pk>/",
        consultation_views.public_consultation,
        name="public_consultation",
    ),
]
