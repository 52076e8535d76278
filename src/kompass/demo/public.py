"""The demo's public sites: Musterstadt's with contact, legal pages, an accessibility
statement and a progress page with the measures' states and four indicators; Beispielheim's,
a smaller one whose concept is also published in Arabic and English.

Saved through the settings service of the public app, like coordination would.
Addresses are invented (``.example``), no real persons.
"""

import datetime

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
    "enabled": True,
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
    "show_measures": True,
}


DATES = {"statement_prepared_on", "statement_reviewed_on"}

VILLAGE_SETTINGS = {
    "enabled": True,
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
    "show_measures": True,
}


def _save(municipality, settings, indicator_names, *, acting_user):
    version = current_version(municipality)
    site = site_for_editing(municipality)
    indicators = version.indicators.all()
    if indicator_names is not None:
        indicators = indicators.filter(name__in=indicator_names)
    for name, value in settings.items():
        setattr(site, name, datetime.date.fromisoformat(value) if name in DATES else value)
    return public_site_save(
        site=site,
        version=version,
        indicators=list(indicators),
        expected_lock_version=site.lock_version if site.pk else None,
        acting_user=acting_user,
    )


def build_public_sites(town, village, *, acting_user):
    """Switch both demo sites on with plausible settings."""
    _save(town, SETTINGS, INDICATORS, acting_user=acting_user)
    _save(village, VILLAGE_SETTINGS, None, acting_user=acting_user)
