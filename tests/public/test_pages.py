"""The public site without login: every page answers, the switch turns it off, the layout
carries the page language, the languages as links and the legal links."""

import pytest
from django.urls import reverse

from kompass.public.models import PublicSite

from .conftest import public_url, site_pages


def test_every_page_is_reachable_without_login(world, site, client):
    for url in site_pages(world.town, world.version.pk):
        response = client.get(url)
        assert response.status_code == 200, url
    assert client.cookies == {} or not any(m.value for m in client.cookies.values())


def test_the_start_page_shows_the_adopted_concept_and_its_parts(world, site, client):
    page = client.get(public_url("public_start", world.town)).content.decode()
    assert "Vielfalt gestalten 2030" in page
    assert "Stadtrat, Beschluss 2025/17" in page
    assert world.guideline.title in page
    assert "Vielfalt ist Stärke." in page  # the vision
    field_link = public_url("public_concept", world.town) + f"#field-{world.field.pk}"
    assert f'href="{field_link}"' in page
    assert public_url("public_progress", world.town) in page
    assert reverse("public_contribution_lookup", args=[world.town.slug]) in page


def test_the_layout_has_language_legal_links_and_no_session_language_form(world, site, client):
    page = client.get(public_url("public_start", world.town)).content.decode()
    assert '<html lang="de" dir="ltr">' in page
    assert reverse("set_language") not in page
    assert 'name="csrfmiddlewaretoken"' not in page
    assert 'href="https://www.musterstadt.example/impressum"' in page
    assert 'href="https://www.musterstadt.example/datenschutz"' in page
    assert public_url("public_accessibility", world.town) in page
    assert "integration@musterstadt.example" in page
    assert 'aria-current="page"' in page


@pytest.mark.parametrize("enabled", [False, None])
def test_a_site_that_is_off_or_missing_gives_404_everywhere(world, site, client, enabled):
    if enabled is None:
        PublicSite.objects.all().delete()
    else:
        PublicSite.objects.update(enabled=False)
    for url in [*site_pages(world.town, world.version.pk), public_url("public_logo", world.town)]:
        assert client.get(url).status_code == 404, url
    # participation pages keep their own publication flags
    assert client.get(reverse("public_participation", args=[world.town.slug])).status_code == 200


def test_an_unknown_municipality_gives_404(db, client):
    assert client.get(reverse("public_start", args=["gibt-es-nicht"])).status_code == 404


def test_participation_pages_use_the_one_layout_and_link_the_site(world, site, client):
    page = client.get(reverse("public_participation", args=[world.town.slug])).content.decode()
    assert '<html lang="de" dir="ltr">' in page
    assert reverse("set_language") not in page
    assert public_url("public_start", world.town) in page
    assert "https://www.musterstadt.example/impressum" in page
    english = client.get(reverse("public_participation", args=[world.town.slug]) + "?sprache=en")
    assert '<html lang="en" dir="ltr">' in english.content.decode()
    assert english["Content-Language"] == "en"


def test_participation_pages_without_a_site_have_no_site_links(world, client):
    page = client.get(reverse("public_participation", args=[world.town.slug])).content.decode()
    assert f'href="{reverse("public_start", args=[world.town.slug])}"' not in page
    assert "impressum" not in page


def test_the_accessibility_statement_follows_the_model_and_names_the_land_body(world, site, client):
    page = client.get(public_url("public_accessibility", world.town)).content.decode()
    assert "Diagramme sind nur eingeschränkt zugänglich." in page
    # Hessen (the factory's Land): the Land's enforcement body from the shipped table
    assert "Durchsetzungs- und Ombudsstelle für barrierefreie Informationstechnik" in page
    site.enforcement_body = "Eigene Schlichtungsstelle, Musterweg 1"
    site.conformity = "full"
    site.save()
    page = client.get(public_url("public_accessibility", world.town)).content.decode()
    assert "Eigene Schlichtungsstelle, Musterweg 1" in page
    assert "Durchsetzungs- und Ombudsstelle" not in page


def test_the_logo_is_served_when_there_is_one(world, site, client):
    from django.core.files.base import ContentFile

    assert client.get(public_url("public_logo", world.town)).status_code == 404
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    world.town.logo.save("wappen.png", ContentFile(png), save=True)
    response = client.get(public_url("public_logo", world.town))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    page = client.get(public_url("public_start", world.town)).content.decode()
    assert public_url("public_logo", world.town) in page


def test_without_an_adopted_version_the_start_page_still_invites_to_take_part(world, client):
    world.version.concept.title = "Unbeschlossener Entwurf 2031"
    world.version.concept.save()
    PublicSite.objects.create(
        municipality=world.town,
        enabled=True,
        imprint_url="https://www.musterstadt.example/impressum",
        privacy_url="https://www.musterstadt.example/datenschutz",
    )
    response = client.get(public_url("public_start", world.town))
    assert response.status_code == 200
    assert "Unbeschlossener Entwurf 2031" not in response.content.decode()
    for name in ("public_concept", "public_progress"):
        assert client.get(public_url(name, world.town)).status_code == 404


def test_every_page_has_a_title_a_language_and_unique_ids(world, site, client):
    from ..core.test_pages import audit

    for url in site_pages(world.town, world.version.pk):
        if url.endswith(".css"):
            continue
        page = audit(client.get(url))
        assert page.html_lang == "de", url
        assert world.town.name in page.title and len(page.title) > len(world.town.name) + 3
        assert {i for i in page.ids if page.ids.count(i) > 1} == set(), url
        assert page.controls == []  # no forms on the public site's own pages
