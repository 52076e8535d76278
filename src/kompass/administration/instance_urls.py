"""Pages of the instance administration (not tied to one municipality): the municipality directory."""

from django.urls import path  # noqa: F401

urlpatterns = []
