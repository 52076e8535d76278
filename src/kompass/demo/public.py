"""Musterstadt's public site: switched on, with contact, legal pages, an accessibility
statement and a progress page with the measures' states and four indicators.

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


def build_public_site(town, *, acting_user):
    """Switch Musterstadt's public site on with plausible settings (through the form)."""
    version = current_version(town)
    site = site_for_editing(town)
    chosen = version.indicators.filter(name__in=INDICATORS).values_list("pk", flat=True)
    data = dict(SETTINGS, indicators=[str(pk) for pk in chosen])
    if site.pk:
        data["lock_version"] = str(site.lock_version)
    form = PublicSiteForm(data, instance=site, version=version)
    if not form.is_valid():
        raise CommandError(f"Öffentliche Seite: {form.errors.as_text()}")
    return public_site_save(form=form, municipality=town, version=version, acting_user=acting_user)
