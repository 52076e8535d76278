from django.urls import path

from . import views

urlpatterns = [
    path("fassungen/<int:pk>/dokumente/", views.documents_overview, name="documents_overview"),
    path(
        "fassungen/<int:pk>/dokumente/erzeugen/",
        views.document_generate,
        name="document_generate",
    ),
    path("fassungen/<int:pk>/dokument/", views.document_html, name="document_html"),
    path("fassungen/<int:pk>/dokument/stil.css", views.document_css, name="document_css"),
    path(
        "fassungen/<int:pk>/dokument/texte/<slug:key>/",
        views.narrative_edit,
        name="narrative_edit",
    ),
    path("dokumente/<int:pk>/", views.document_status, name="document_status"),
    path("dokumente/<int:pk>/datei/", views.document_download, name="document_download"),
    path("dokumente/<int:pk>/zuruecksetzen/", views.document_reset, name="document_reset"),
    path("verwaltung/erscheinungsbild/", views.appearance_edit, name="appearance_edit"),
]
