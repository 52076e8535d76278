"""Ship the catalogues every municipality starts with (municipality empty = shared).

Fields of action from seeds 002, 003 and 004, target groups from the table in seed 004
plus the population groups that are often hard to reach (a cross-cutting aim, not a box).
Municipalities may add their own entries; the reverse operation removes only the rows
shipped here, and of those only the ones no plan uses yet.
"""

from django.db import migrations

FIELDS_OF_ACTION = [
    (
        "interkulturelle-oeffnung",
        "Interkulturelle Öffnung der Verwaltung",
        "Die Verwaltung richtet Angebote, Zugänge und Personalentwicklung an der Vielfalt der "
        "Bürgerinnen und Bürger aus und wird selbst vielfältiger.",
    ),
    (
        "willkommenskultur",
        "Willkommens- und Anerkennungskultur",
        "Neu Zugezogene werden gut informiert und persönlich begrüßt; die Leistungen und "
        "Lebenswege aller Einwohnerinnen und Einwohner werden sichtbar anerkannt.",
    ),
    (
        "sprachfoerderung",
        "Sprachförderung",
        "Deutsch lernen in allen Lebensphasen, von der alltagsintegrierten Sprachbildung in der "
        "Kita bis zu Kursen für Erwachsene, und Wertschätzung der Mehrsprachigkeit.",
    ),
    (
        "bildung-ausbildung",
        "Bildung und Ausbildung",
        "Chancengerechte frühe Bildung, Schule und Übergänge in Ausbildung und Studium, damit "
        "alle Kinder und Jugendlichen ihre Potenziale entfalten können.",
    ),
    (
        "arbeit-wirtschaft",
        "Arbeit, Arbeitsmarktintegration und lokale Wirtschaft",
        "Zugang zu Ausbildung und guter Arbeit, Anerkennung mitgebrachter Qualifikationen und "
        "Stärkung der lokalen Wirtschaft mit ihren vielfältigen Unternehmerinnen und Unternehmern.",
    ),
    (
        "wohnen-stadtteil",
        "Wohnen und Zusammenleben im Stadtteil/Stadtentwicklung",
        "Bezahlbarer Wohnraum, lebendige Nachbarschaften und eine Stadt- und Gemeindeentwicklung, "
        "die Begegnung in allen Stadt- und Ortsteilen ermöglicht.",
    ),
    (
        "jugend-soziales-beratung",
        "Jugend- und Sozialarbeit, Beratung",
        "Offene Kinder- und Jugendarbeit, soziale Beratung und Betreuung, die alle Familien "
        "erreichen und niedrigschwellig zugänglich sind.",
    ),
    (
        "gesundheit",
        "Gesundheit",
        "Gleichberechtigter Zugang zu Gesundheitsförderung, Prävention und Versorgung, unterstützt "
        "durch verständliche Informationen und Sprachmittlung.",
    ),
    (
        "kultur-religion",
        "Kultur und Religion, interreligiöser Dialog",
        "Kulturelle Angebote, die die Vielfalt der Stadtgesellschaft zeigen, und ein "
        "respektvoller Dialog zwischen den Religions- und Glaubensgemeinschaften.",
    ),
    (
        "teilhabe-engagement",
        "Teilhabe, politische Partizipation, bürgerschaftliches Engagement, Vereine",
        "Mitgestaltung des kommunalen Lebens in Gremien, Beteiligungsverfahren, Vereinen und "
        "Initiativen; Stärkung von Migrant*innenorganisationen und Ehrenamt.",
    ),
    (
        "unterbringung-gefluechtete",
        "Unterbringung und Betreuung Geflüchteter",
        "Menschenwürdige Unterbringung, verlässliche Begleitung und ein guter Start für Menschen, "
        "die in der Kommune Schutz suchen.",
    ),
    (
        "konfliktmediation",
        "Konfliktmediation",
        "Konflikte im Zusammenleben werden früh erkannt und mit Mediation und Moderation fair "
        "und gemeinsam bearbeitet.",
    ),
    (
        "information-sensibilisierung",
        "Information und Sensibilisierung",
        "Aufklärung und Information der Einwohnerinnen und Einwohner über Vielfalt, Migration "
        "und Integration; Öffentlichkeitsarbeit, die Begegnung anstößt.",
    ),
    (
        "antidiskriminierung",
        "Antidiskriminierung und Antirassismus",
        "Schutz vor Diskriminierung, Beratung und Unterstützung Betroffener und ein klares "
        "Eintreten gegen Rassismus in Verwaltung und Stadtgesellschaft.",
    ),
    (
        "sport",
        "Sport",
        "Sportvereine und Bewegungsangebote als Orte der Begegnung und des Engagements, offen "
        "für alle Altersgruppen und Geschlechter.",
    ),
]

INSTITUTION_GROUPS = [
    "Verwaltung",
    "Politik",
    "Schulen",
    "Kindertageseinrichtungen",
    "Religions-/Glaubensgemeinschaften",
    "Vereine",
    "Initiativen",
    "Sozialverbände",
    "Universitäten",
    "Netzwerke",
    "Beratungsstellen",
    "Beauftragte",
    "Bürgermeisteramt",
    "Expertinnen/Experten",
    "Arbeitskreise",
    "Interessenvertretungen und Beiräte",
    "Kammern",
    "Bildungsträger",
    "Polizei",
    "Stadtbevölkerung",
    "Wirtschaftsförderung",
    "Stadtteilzentren",
    "Migrant*innenorganisationen",
    "Wohlfahrtsverbände",
    "Unternehmen",
]

POPULATION_GROUPS = [
    "junge Menschen",
    "ältere Menschen",
    "Frauen",
    "Geflüchtete",
    "Menschen mit Migrationsbiografie",
]


def ship_catalogues(apps, schema_editor):
    FieldCatalogueEntry = apps.get_model("concepts", "FieldCatalogueEntry")
    TargetGroup = apps.get_model("concepts", "TargetGroup")
    for code, name, description in FIELDS_OF_ACTION:
        FieldCatalogueEntry.objects.update_or_create(
            municipality=None, code=code, defaults={"name": name, "description": description}
        )
    for name in INSTITUTION_GROUPS:
        TargetGroup.objects.update_or_create(
            municipality=None,
            name=name,
            defaults={"category": "institution", "often_hard_to_reach": False},
        )
    for name in POPULATION_GROUPS:
        TargetGroup.objects.update_or_create(
            municipality=None,
            name=name,
            defaults={"category": "population", "often_hard_to_reach": True},
        )


def _referenced_ids(schema_editor, model) -> set:
    """Ids of ``model`` rows that any table in the database points to by foreign key.

    Asked of the database itself, because the migration state at this point does not know
    the apps that came later (measures, indicators, ...).
    """
    connection = schema_editor.connection
    quote = schema_editor.quote_name
    ids = set()
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            relations = connection.introspection.get_relations(cursor, table)
            for column, (_ref_column, ref_table) in relations.items():
                if ref_table == model._meta.db_table:
                    cursor.execute(
                        f"SELECT DISTINCT {quote(column)} FROM {quote(table)} "  # noqa: S608
                        f"WHERE {quote(column)} IS NOT NULL"
                    )
                    ids.update(row[0] for row in cursor.fetchall())
    return ids


def remove_catalogues(apps, schema_editor):
    """Delete the shipped rows again, except those that plans already use."""
    FieldCatalogueEntry = apps.get_model("concepts", "FieldCatalogueEntry")
    TargetGroup = apps.get_model("concepts", "TargetGroup")
    FieldCatalogueEntry.objects.filter(
        municipality__isnull=True, code__in=[code for code, _name, _description in FIELDS_OF_ACTION]
    ).exclude(pk__in=_referenced_ids(schema_editor, FieldCatalogueEntry)).delete()
    TargetGroup.objects.filter(
        municipality__isnull=True, name__in=INSTITUTION_GROUPS + POPULATION_GROUPS
    ).exclude(pk__in=_referenced_ids(schema_editor, TargetGroup)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("concepts", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(ship_catalogues, remove_catalogues),
    ]
