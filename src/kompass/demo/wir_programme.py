"""The Hessian WIR programme 2019 and its 18 funded municipalities (public facts from seed 004).

Only what the brochure publishes: name, approximate population, project name and the
responsible office. No AGS, no persons.
"""

from kompass.tenancy.models import Land, Municipality, MunicipalityKind, Programme

PROGRAMME = {
    "slug": "wir-2019",
    "name": "WIR – Vielfalts- und Integrationsstrategien 2019",
    "funder": "Hessisches Ministerium für Soziales und Integration",
    "start_year": 2019,
    "description": (
        "Förderung „Kommunale Vielfalts- und Integrationsstrategien“ im hessischen Landesprogramm "
        "WIR: Städte und Gemeinden mit 10.000 bis 50.000 Einwohnerinnen und Einwohnern erarbeiten "
        "innerhalb eines Jahres gemeinsam mit einer externen Prozessbegleitung eine partizipative, "
        "sozialraumbezogene Vielfalts- und Integrationsstrategie und legen sie der "
        "Stadtverordnetenversammlung bzw. Gemeindevertretung zur Verabschiedung vor."
    ),
}

GEMEINDE = MunicipalityKind.GEMEINDE
STADT = MunicipalityKind.STADT

# (slug, name, kind, population, project name, responsible office)
MUNICIPALITIES = [
    (
        "buettelborn",
        "Büttelborn",
        GEMEINDE,
        15130,
        "Entwicklung einer Vielfalts- und Integrationsstrategie",
        "Fachbereichsleitung 3 für Kinder, Jugend und Soziales",
    ),
    (
        "bischofsheim",
        "Bischofsheim",
        GEMEINDE,
        13300,
        "Entwicklung einer Vielfalts- und Integrationsstrategie in der Kommune Bischofsheim",
        "Abteilung Ordnung und Soziales",
    ),
    (
        "geisenheim",
        "Geisenheim",
        STADT,
        11750,
        "Vielfältiges Geisenheim",
        "Haupt- und Personalamt",
    ),
    (
        "eltville-am-rhein",
        "Eltville am Rhein",
        STADT,
        17100,
        "Eltville lebt Vielfalt und Integration",
        "Amt für Soziales, Kitas, Sport und Vereine",
    ),
    (
        "ginsheim-gustavsburg",
        "Ginsheim-Gustavsburg",
        STADT,
        16950,
        "Erstellung einer kommunalen Integrations- und Vielfaltsstrategie für die Stadt "
        "Ginsheim-Gustavsburg",
        "Fachbereichsleitung FB II – Personal und Soziales, Schwerpunkt Soziales",
    ),
    (
        "hainburg",
        "Hainburg",
        GEMEINDE,
        15720,
        "„Zusammen. HALT in Hainburg“ – Integrationsleitfaden für die Gemeinde",
        "Hauptamt",
    ),
    (
        "heusenstamm",
        "Heusenstamm",
        STADT,
        19500,
        "Zusammenleben in Heusenstamm",
        "Stabsstelle Integration",
    ),
    (
        "gernsheim",
        "Gernsheim",
        STADT,
        10540,
        "WIR – Vielfalts- und Integrationsstrategie – Schöfferstadt Gernsheim",
        "Amt für Kultur und Soziales",
    ),
    (
        "gross-umstadt",
        "Groß-Umstadt",
        STADT,
        22400,
        "Zusammen.Halt.Um.Stadt",
        "Abteilung 140 Familie und Soziales/Migrationsbeauftragte",
    ),
    (
        "hofheim-am-taunus",
        "Hofheim am Taunus",
        STADT,
        40400,
        "Vielfalts- und Integrationsstrategie Hofheim",
        "Amt für Soziales, Kitas, Sport und Vereine",
    ),
    (
        "michelstadt",
        "Michelstadt",
        STADT,
        16600,
        "Wir sind Michelstadt – Gemeinsam für Zusammenhalt",
        "Stabsstelle Bürgermeister Integration",
    ),
    (
        "maintal",
        "Maintal",
        STADT,
        41600,
        "Erstellung eines Handlungs- und Maßnahmenkonzepts Integration für die Stadt Maintal",
        "Dezernat 1, Stabsstelle Integrationsbeauftragte",
    ),
    (
        "niedernhausen",
        "Niedernhausen",
        GEMEINDE,
        15550,
        "Erstellung einer Integrationsstrategie für die Gemeinde Niedernhausen",
        "Fachdienst II/2 Soziales, Jugend, Kultur und Sport",
    ),
    (
        "neu-isenburg",
        "Neu-Isenburg",
        STADT,
        39600,
        "Miteinander in Neu-Isenburg",
        "Fachbereich Soziales und Integration",
    ),
    (
        "roedermark",
        "Rödermark",
        STADT,
        29626,
        "Gesellschaft gemeinsam gestalten",
        "Fachabteilung Senioren, Sozialer Dienst",
    ),
    (
        "rodgau",
        "Rodgau",
        STADT,
        46000,
        "Mein Rodgau ist … – Stadtgesellschaft gemeinsam gestalten",
        "Dezernat I, Büro für Teilhabe und Vielfalt",
    ),
    (
        "viernheim",
        "Viernheim",
        STADT,
        34200,
        "Entwicklung einer kommunalen Vielfalts- und Integrationsstrategie für die Stadt Viernheim",
        "Haupt- und Rechtsamt, Abt. Einkauf, Organisation, EDV",
    ),
    (
        "seligenstadt",
        "Seligenstadt",
        STADT,
        22900,
        "Zusammenleben in Seligenstadt",
        "Dezernat II – Amt für Soziale Infrastruktur, Amtsleitung",
    ),
]

MUNICIPALITY_SLUGS = [row[0] for row in MUNICIPALITIES]


def build_programme(*, extra_municipalities=(), coordinators=()) -> Programme:
    """Create (or refresh) the programme, its 18 municipalities and the extra members."""
    programme, _created = Programme.objects.update_or_create(
        slug=PROGRAMME["slug"],
        defaults={key: value for key, value in PROGRAMME.items() if key != "slug"},
    )
    members = []
    for slug, name, kind, population, project_name, office in MUNICIPALITIES:
        municipality, _created = Municipality.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "kind": kind,
                "land": Land.HE,
                "population": population,
                "project_name": project_name,
                "responsible_office": office,
            },
        )
        members.append(municipality)
    programme.municipalities.add(*members, *extra_municipalities)
    if coordinators:
        programme.coordinators.add(*coordinators)
    return programme
