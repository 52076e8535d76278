"""The public site, included under /oeffentlich/<municipality>/ (no login)."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.start, name="public_start"),
    path("konzept/", views.concept_page, name="public_concept"),
    path("konzept/<int:pk>/", views.concept_page, name="public_concept_version"),
    path("konzept/<int:pk>/stil.css", views.concept_css, name="public_concept_css"),
    path("konzept/<int:pk>/pdf/", views.concept_pdf, name="public_concept_pdf"),
    path("fortschritt/", views.progress, name="public_progress"),
    path("barrierefreiheit/", views.accessibility, name="public_accessibility"),
    path("logo/", views.logo, name="public_logo"),
]
