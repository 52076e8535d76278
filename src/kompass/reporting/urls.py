from django.urls import path

from . import reminder_views, report_views, sheet_views, views

urlpatterns = [
    path("berichte/", views.cycle_list, name="reporting_cycles"),
    path("berichte/neu/", views.cycle_create, name="reporting_cycle_create"),
    path(
        "berichte/erinnerungen/",
        reminder_views.reminder_settings,
        name="reporting_reminder_settings",
    ),
    path("berichte/<int:pk>/", views.cycle_detail, name="reporting_cycle"),
    path("berichte/<int:pk>/bearbeiten/", views.cycle_edit, name="reporting_cycle_edit"),
    path("berichte/<int:pk>/abschliessen/", views.cycle_close, name="reporting_cycle_close"),
    path("berichte/<int:pk>/einheit/<int:unit>/", views.unit_report, name="reporting_unit"),
    path(
        "berichte/<int:pk>/einheit/<int:unit>/excel/",
        sheet_views.unit_export,
        name="reporting_unit_export",
    ),
    path(
        "berichte/<int:pk>/einheit/<int:unit>/excel/hochladen/",
        sheet_views.unit_import,
        name="reporting_unit_import",
    ),
    path(
        "berichte/<int:pk>/einheit/<int:unit>/excel/<int:upload>/",
        sheet_views.unit_import_preview,
        name="reporting_unit_import_preview",
    ),
    path(
        "berichte/<int:pk>/bericht/", report_views.report_generate, name="reporting_report_generate"
    ),
    path(
        "berichte/<int:pk>/bericht/zuruecksetzen/",
        report_views.report_reset,
        name="reporting_report_reset",
    ),
    path(
        "berichte/<int:pk>/bericht/status/",
        report_views.report_status,
        name="reporting_report_status",
    ),
    path(
        "berichte/<int:pk>/bericht.<str:kind>",
        report_views.report_download,
        name="reporting_report_download",
    ),
]
