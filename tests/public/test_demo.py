"""The demo's public sites: Musterstadt's with everything filled in, Beispielheim's in Arabic."""

from io import StringIO

import pytest
from django.core.management import call_command

from kompass.public.models import PublicSite
from kompass.public.selectors import current_version, selected_indicator_ids
from kompass.tenancy.models import Municipality

from .conftest import public_url, site_pages

pytestmark = pytest.mark.django_db


def test_musterstadts_public_site_is_on_and_complete(client):
    call_command("load_demo", stdout=StringIO())
    site = PublicSite.objects.select_related("municipality").get(municipality__slug="musterstadt")
    town = site.municipality
    version = current_version(town)
    assert site.enabled and site.show_measures
    assert site.imprint_url.startswith("https://www.musterstadt.example/")
    assert site.statement_prepared_on and site.barriers and site.feedback_contact
    assert len(selected_indicator_ids(site, version)) == 4
    for url in site_pages(town, version.pk):
        assert client.get(url).status_code == 200, url
    progress = client.get(public_url("public_progress", town)).content.decode()
    assert "Schulabgänge ohne Hauptschulabschluss" in progress
    assert "Beratungskontakte in den Stadtteilbüros" in progress
    # Beispielheim's site offers its Arabic translation, right to left
    beispielheim = Municipality.objects.get(slug="beispielheim")
    start = client.get(public_url("public_start", beispielheim)).content.decode()
    assert 'hreflang="ar"' in start
    arabic = client.get(public_url("public_start", beispielheim, sprache="ar")).content.decode()
    assert '<html lang="ar" dir="rtl">' in arabic
