"""Public survey pages, included under /oeffentlich/<municipality>/umfragen/."""

from django.urls import path

from . import public

urlpatterns = [
    path("<str:token>/", public.answer, name="public_survey"),
    path("<str:token>/danke/", public.thanks, name="public_survey_thanks"),
]
