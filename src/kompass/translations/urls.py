from django.urls import path

from . import views

BASE = "fassungen/<int:pk>/uebersetzungen/"

urlpatterns = [
    path(BASE, views.translations_overview, name="translations_overview"),
    path(f"{BASE}<slug:language>/", views.translations_edit, name="translations_edit"),
    path(
        f"{BASE}<slug:language>/veroeffentlichen/",
        views.translations_publish,
        name="translations_publish",
    ),
    path(
        f"{BASE}<slug:language>/entfernen/",
        views.translations_language_remove,
        name="translations_language_remove",
    ),
    path(
        f"{BASE}<slug:language>/tabelle.xlsx",
        views.translations_export,
        name="translations_export",
    ),
    path(
        f"{BASE}<slug:language>/tabelle-hochladen/",
        views.translations_import,
        name="translations_import",
    ),
]
