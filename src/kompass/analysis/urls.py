from django.urls import path

from . import views

urlpatterns = [
    path("analyse/", views.analysis_overview, name="analysis_overview"),
    path("analyse/neu/", views.analysis_item_edit, name="analysis_item_create"),
    path("analyse/<int:pk>/bearbeiten/", views.analysis_item_edit, name="analysis_item_edit"),
    path("analyse/<int:pk>/loeschen/", views.analysis_item_delete, name="analysis_item_delete"),
    path(
        "analyse/vorschlaege/<str:kind>/",
        views.analysis_adopt_suggestions,
        name="analysis_adopt_suggestions",
    ),
]
