from django.urls import path

from . import summary_views

urlpatterns = [
    path(
        "fassungen/<int:pk>/veroeffentlichung/",
        summary_views.publication,
        name="version_publication",
    ),
    path(
        "fassungen/<int:pk>/veroeffentlichung/flyer.pdf",
        summary_views.flyer_pdf,
        name="version_flyer_pdf",
    ),
    path(
        "fassungen/<int:pk>/veroeffentlichung/pressemitteilung.docx",
        summary_views.press_docx,
        name="version_press_docx",
    ),
]
