"""The demo's public sites: Musterstadt's with contact, legal pages, an accessibility
statement and a progress page with the measures' states and four indicators; Beispielheim's,
a smaller one whose concept is also published in Arabic and English.

Saved through the settings form and service of the public app, like coordination would.
Addresses are invented (``.example``), no real persons.
"""

from django.core.management.base import CommandError

from kompass.public.forms import PublicSiteForm
from kompass.public.selectors import current_version, site_for_editing
from kompass.public.services import public_site_save

# The indicators shown on the progress page (names of Musterstadt's demo indicators).
INDICATORS = [
    "Schulabgänge ohne Hauptschulabschluss",
    "Kinder mit Sprachförderbedarf bei der Schuleingangsuntersuchung",
    "Teilnahmen an Deutschkursen mit Kinderbetreuung",
    "Beratungskontakte in den Stadtteilbüros",
]

SETTINGS = {
    "enabled": "on",
    "contact_office": "Stabsstelle Integration und Vielfalt",
    "contact_person": "",
    "contact_email": "integration@musterstadt.example",
    "contact_phone": "06123 45-6789",
    "contact_address": "Stadt Musterstadt\nRathausplatz 1\n12345 Musterstadt",
    "imprint_url": "https://www.musterstadt.example/impressum",
    "privacy_url": "https://www.musterstadt.example/datenschutz",
    "conformity": "partial",
    "barriers": (
        "Die Diagramme der Kennzahlen sind als Grafik nur eingeschränkt mit Screenreadern "
        "nutzbar; alle Werte stehen zusätzlich in einer Datentabelle.\n"
        "Das Konzept als PDF-Datei ist noch nicht vollständig barrierefrei (Tags und "
        "Lesereihenfolge werden überarbeitet).\n"
        "Ältere Fassungen des Konzepts liegen nur in deutscher Sprache vor."
    ),
    "alternatives": (
        "Das Konzept steht vollständig als barrierefreie Webseite zur Verfügung. Auf Wunsch "
        "senden wir Ihnen die Inhalte in einem anderen Format zu – schreiben Sie uns oder "
        "rufen Sie uns an."
    ),
    "statement_prepared_on": "2026-03-16",
    "statement_reviewed_on": "2026-10-01",
    "assessment_method": "self",
    "feedback_contact": (
        "Stabsstelle Integration und Vielfalt\nE-Mail: barrierefreiheit@musterstadt.example\n"
        "Telefon: 06123 45-6790"
    ),
    "enforcement_body": "",
    "show_measures": "on",
}


VILLAGE_SETTINGS = {
    "enabled": "on",
    "contact_office": "Gemeindeverwaltung Beispielheim, Hauptamt",
    "contact_email": "rathaus@beispielheim.example",
    "contact_phone": "06123 98-0",
    "contact_address": "Gemeinde Beispielheim\nLindenstraße 2\n12399 Beispielheim",
    "imprint_url": "https://www.beispielheim.example/impressum",
    "privacy_url": "https://www.beispielheim.example/datenschutz",
    "conformity": "partial",
    "barriers": "Das Konzept als PDF-Datei ist noch nicht vollständig barrierefrei.",
    "alternatives": "Auf Wunsch senden wir Ihnen das Konzept in einem anderen Format zu.",
    "statement_prepared_on": "2026-05-04",
    "assessment_method": "self",
    "show_measures": "on",
}


def _save(municipality, settings, indicator_names, *, acting_user):
    version = current_version(municipality)
    site = site_for_editing(municipality)
    indicators = version.indicators.all()
    if indicator_names is not None:
        indicators = indicators.filter(name__in=indicator_names)
    data = dict(settings, indicators=[str(pk) for pk in indicators.values_list("pk", flat=True)])
    if site.pk:
        data["lock_version"] = str(site.lock_version)
    form = PublicSiteForm(data, instance=site, version=version)
    if not form.is_valid():
        raise CommandError(f"Öffentliche Seite {municipality}: {form.errors.as_text()}")
    return public_site_save(
        form=form, municipality=municipality, version=version, acting_user=acting_user
    )


def build_public_sites(town, village, *, acting_user):
    """Switch both demo sites on with plausible settings (through the settings form)."""
    _save(town, SETTINGS, INDICATORS, acting_user=acting_user)
    _save(village, VILLAGE_SETTINGS, None, acting_user=acting_user)
