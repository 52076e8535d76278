from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from kompass.core.forms import LoginForm
from kompass.tenancy import views as tenancy_views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", tenancy_views.home, name="home"),
    path(
        "konto/anmelden/",
        auth_views.LoginView.as_view(
            template_name="core/login.html", authentication_form=LoginForm
        ),
        name="login",
    ),
    path("konto/abmelden/", auth_views.LogoutView.as_view(), name="logout"),
    path("wechseln/", tenancy_views.switch_municipality, name="switch_municipality"),
    path("i18n/", include("django.conf.urls.i18n")),
    # before the municipality addresses: notification settings and the calendar feed
    path("", include("kompass.process.account_urls")),
    path("", include("kompass.administration.account_urls")),  # accepting an invitation
    # the public participation pages (no login), before the municipality addresses
    path(
        "oeffentlich/<slug:municipality>/beteiligung/",
        include("kompass.participation.public_urls"),
    ),
    path("oeffentlich/<slug:municipality>/umfragen/", include("kompass.surveys.public_urls")),
    # the public site of a municipality (no login): start page, concept, progress, statement
    path("oeffentlich/<slug:municipality>/", include("kompass.public.public_urls")),
    path("instanz/", include("kompass.administration.instance_urls")),
    path("<slug:municipality>/", include("kompass.concepts.urls")),
    path("<slug:municipality>/", include("kompass.administration.urls")),
    path("<slug:municipality>/", include("kompass.analysis.urls")),
    path("<slug:municipality>/", include("kompass.actors.urls")),
    path("<slug:municipality>/", include("kompass.bodies.urls")),
    path("<slug:municipality>/", include("kompass.measures.urls")),
    path("<slug:municipality>/", include("kompass.indicators.urls")),
    path("<slug:municipality>/", include("kompass.indicators.import_urls")),
    path("<slug:municipality>/", include("kompass.statservice.urls")),
    path("<slug:municipality>/", include("kompass.monitoring.urls")),
    path("<slug:municipality>/", include("kompass.reporting.urls")),
    path("<slug:municipality>/", include("kompass.process.urls")),
    path("<slug:municipality>/", include("kompass.documents.urls")),
    path("<slug:municipality>/", include("kompass.translations.urls")),
    path("<slug:municipality>/", include("kompass.documents.summary_urls")),
    path("<slug:municipality>/", include("kompass.participation.urls")),
    path("<slug:municipality>/", include("kompass.surveys.urls")),
    path("<slug:municipality>/", include("kompass.public.urls")),
]
