from django.urls import path

from . import import_views

urlpatterns = [
    path("fassungen/<int:pk>/statistik-import/", import_views.import_start, name="import_start"),
    path("statistik-import/<int:pk>/", import_views.import_preview, name="import_preview"),
    path("statistik-import/<int:pk>/stand/", import_views.import_status, name="import_status"),
    path(
        "statistik-import/<int:pk>/zuruecksetzen/", import_views.import_reset, name="import_reset"
    ),
    path("statistik-import/<int:pk>/rueckgaengig/", import_views.import_undo, name="import_undo"),
]
