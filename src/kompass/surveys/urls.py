from django.urls import path

from . import views

urlpatterns = [
    path("umfragen/", views.survey_list, name="survey_list"),
    path("umfragen/neu/", views.survey_edit, name="survey_create"),
    path("umfragen/<int:pk>/", views.survey_detail, name="survey_detail"),
    path("umfragen/<int:pk>/bearbeiten/", views.survey_edit, name="survey_edit"),
    path("umfragen/<int:pk>/fragen/", views.survey_questions, name="survey_questions"),
    path(
        "umfragen/<int:pk>/sprachen/<str:language>/",
        views.survey_translation,
        name="survey_translation",
    ),
    path("umfragen/<int:pk>/vorschau/", views.survey_preview, name="survey_preview"),
    path("umfragen/<int:pk>/status/", views.survey_status, name="survey_status"),
    path("umfragen/<int:pk>/loeschen/", views.survey_delete, name="survey_delete"),
    path("umfragen/<int:pk>/ergebnisse/", views.survey_result_page, name="survey_results"),
    path(
        "umfragen/<int:pk>/export.<str:fmt>",
        views.survey_export,
        name="survey_export",
    ),
    path(
        "umfragen/<int:pk>/beitraege/",
        views.survey_contributions,
        name="survey_contributions",
    ),
]
