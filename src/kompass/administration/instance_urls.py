"""Pages of the instance administration (not tied to one municipality): the municipality directory."""

from django.urls import path

from . import directory_views

urlpatterns = [
    path("gemeindeverzeichnis/", directory_views.directory_list, name="directory_list"),
    path(
        "gemeindeverzeichnis/einlesen/",
        directory_views.directory_import_start,
        name="directory_import",
    ),
    path(
        "gemeindeverzeichnis/einlesen/<int:pk>/",
        directory_views.directory_import_preview,
        name="directory_import_preview",
    ),
    path("kommunen/neu/", directory_views.municipality_create, name="municipality_create"),
]
