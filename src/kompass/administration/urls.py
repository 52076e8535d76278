from django.urls import path

from . import directory_views, views

urlpatterns = [
    path("verwaltung/", views.municipality_settings, name="municipality_settings"),
    path(
        "verwaltung/sozialraeume/aus-gemeindeverzeichnis/",
        directory_views.county_districts,
        name="county_districts",
    ),
    path("verwaltung/<str:kind>/neu/", views.owned_object_edit, name="owned_object_create"),
    path(
        "verwaltung/<str:kind>/<int:pk>/bearbeiten/",
        views.owned_object_edit,
        name="owned_object_edit",
    ),
    path(
        "verwaltung/<str:kind>/<int:pk>/loeschen/",
        views.owned_object_delete,
        name="owned_object_delete",
    ),
]
