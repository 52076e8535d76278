"""Demo actors and offers of Musterstadt: invented organisations, no real persons.

The data go through the same import planner as an uploaded file (``kompass.actors.importing``),
so loading the demo also proves the import. Some fields and districts are left without
offers on purpose (e.g. health and culture in Eichenau), so that the gap view has
something to show.
"""

from kompass.actors.importing import apply_plan, plan_import
from kompass.actors.models import ImportKind
from kompass.actors.tabular import Row, Table

ALL = ""  # no districts: open to the whole town

# fmt: off
# Name, Typ, Beschreibung, Straße, Handlungsfelder, Stadtteile, Zielgruppen, Sprachen
ACTORS = [
    ("Interkultureller Frauenverein Musterstadt e. V.", "Migrantenorganisation",
     "Treffpunkt, Sprachkurse und Beratung von Frauen für Frauen.", "Lindenstraße 12",
     "sprachfoerderung; teilhabe-engagement", "02; 04", "Frauen", "Deutsch, Arabisch, Türkisch, Farsi"),
    ("Deutsch-Türkischer Kulturverein Nordstadt e. V.", "Migrantenorganisation",
     "Kulturarbeit, Hausaufgabenhilfe und Elternarbeit im Stadtteil.", "Am Bahnhof 7",
     "kultur-religion; bildung-ausbildung", "02", "junge Menschen; Stadtbevölkerung", "Deutsch, Türkisch"),
    ("Afrika-Forum Musterstadt e. V.", "Migrantenorganisation",
     "Netzwerk afrikanischer Vereine, Kulturveranstaltungen, Mentoring.", "Kirchgasse 3",
     "kultur-religion; teilhabe-engagement", "01", "junge Menschen", "Deutsch, Englisch, Französisch, Tigrinya"),
    ("Ukrainischer Verein Brücke e. V.", "Migrantenorganisation",
     "Selbsthilfe und Begegnung; Unterstützung neu Zugezogener.", "Gartenweg 21",
     "willkommenskultur; sprachfoerderung", "04", "Geflüchtete; Frauen", "Deutsch, Ukrainisch, Russisch"),
    ("Caritasverband Musterland e. V.", "Wohlfahrtsverband",
     "Migrationsberatung, Schuldnerberatung, Jugendmigrationsdienst.", "Domplatz 2",
     "jugend-soziales-beratung; unterbringung-gefluechtete", "", "Geflüchtete; junge Menschen", "Deutsch, Arabisch, Englisch"),
    ("Diakonisches Werk Musterstadt", "Wohlfahrtsverband",
     "Beratungsstellen, Stadtteilarbeit und Sozialkaufhaus.", "Lutherstraße 10",
     "jugend-soziales-beratung; wohnen-stadtteil", "01; 05", "Stadtbevölkerung; ältere Menschen", "Deutsch, Russisch"),
    ("AWO Kreisverband Musterland e. V.", "Wohlfahrtsverband",
     "Seniorenarbeit, Kitas, Migrationsberatung für Erwachsene.", "Friedrich-Ebert-Platz 4",
     "jugend-soziales-beratung; gesundheit", "03; 04", "ältere Menschen; Frauen", "Deutsch, Türkisch, Polnisch"),
    ("DRK Ortsverein Musterstadt", "Wohlfahrtsverband",
     "Erste-Hilfe-Kurse, Kleiderkammer, Betreuung in Unterkünften.", "Rettungsweg 1",
     "gesundheit; unterbringung-gefluechtete", "03", "Geflüchtete", "Deutsch, Englisch"),
    ("Evangelische Kirchengemeinde Altstadt", "Religionsgemeinschaft",
     "Gemeindearbeit, Begegnungscafé, interreligiöser Gesprächskreis.", "Kirchplatz 1",
     "kultur-religion; willkommenskultur", "01", "Stadtbevölkerung", "Deutsch"),
    ("Katholische Pfarrei St. Martin", "Religionsgemeinschaft",
     "Seelsorge, Seniorenkreis, Patenschaften für Familien.", "Martinsplatz 5",
     "kultur-religion", "02; 03", "ältere Menschen", "Deutsch, Polnisch, Kroatisch"),
    ("Moscheegemeinde Musterstadt e. V.", "Religionsgemeinschaft",
     "Gemeindeleben, Jugendgruppe, Tag der offenen Moschee.", "Industriestraße 40",
     "kultur-religion; teilhabe-engagement", "04", "junge Menschen; Stadtbevölkerung", "Deutsch, Türkisch, Arabisch"),
    ("Grundschule am Mühlbach", "Schule",
     "Grundschule mit Ganztag und Sprachförderung.", "Mühlbachweg 8",
     "bildung-ausbildung; sprachfoerderung", "03", "junge Menschen", "Deutsch"),
    ("Gesamtschule Nordstadt", "Schule",
     "Integrierte Gesamtschule mit Intensivklassen.", "Schulstraße 30",
     "bildung-ausbildung", "02", "junge Menschen", "Deutsch, Englisch"),
    ("Berufliche Schulen Musterstadt", "Schule",
     "Berufsvorbereitung, InteA-Klassen, Ausbildung.", "Gewerbering 2",
     "bildung-ausbildung; arbeit-wirtschaft", "", "junge Menschen; Geflüchtete", "Deutsch"),
    ("Kita Regenbogen", "Kita",
     "Städtische Kita mit Sprach-Kita-Schwerpunkt.", "Sonnenweg 4",
     "bildung-ausbildung; sprachfoerderung", "05", "Kindertageseinrichtungen", "Deutsch, Arabisch"),
    ("Familienzentrum Lindenhof", "Kita",
     "Kita und Familienzentrum mit Elterncafé.", "Lindenhofstraße 19",
     "bildung-ausbildung; wohnen-stadtteil", "04", "Frauen; Stadtbevölkerung", "Deutsch, Türkisch, Bulgarisch"),
    ("TSV Musterstadt 1890 e. V.", "Verein",
     "Breitensport, Schwimmkurse, Fußball für alle.", "Sportplatzweg 1",
     "sport; teilhabe-engagement", "01; 02", "junge Menschen", "Deutsch"),
    ("Nachbarschaftsverein Eichenau e. V.", "Verein",
     "Nachbarschaftshilfe und Feste im Stadtteil.", "Eichenallee 9",
     "wohnen-stadtteil", "06", "Stadtbevölkerung", "Deutsch"),
    ("Musterstädter Werkzeugbau GmbH", "Unternehmen",
     "Mittelständischer Betrieb; bildet jedes Jahr zehn junge Menschen aus.", "Gewerbering 15",
     "arbeit-wirtschaft", "", "junge Menschen; Unternehmen", "Deutsch, Englisch"),
    ("Industrie- und Handelskammer Musterland", "Kammer",
     "Anerkennungsberatung, Ausbildungsvermittlung.", "Kammerplatz 1",
     "arbeit-wirtschaft", "", "Unternehmen", "Deutsch, Englisch"),
    ("Jobcenter Musterstadt", "Jobcenter",
     "Grundsicherung, Vermittlung, Förderung von Weiterbildung.", "Agenturstraße 6",
     "arbeit-wirtschaft", "", "Geflüchtete; Frauen", "Deutsch, Arabisch, Ukrainisch, Englisch"),
    ("Polizeistation Musterstadt", "Polizei",
     "Bürgernahe Beamtinnen und Beamte, Prävention.", "Wachstraße 3",
     "konfliktmediation; information-sensibilisierung", "", "Stadtbevölkerung", "Deutsch"),
    ("Integrationsbeirat der Stadt Musterstadt", "Integrationsbeirat",
     "Gewähltes Gremium; berät Rat und Verwaltung.", "Rathausplatz 1",
     "teilhabe-engagement; interkulturelle-oeffnung", "", "Politik; Verwaltung", "Deutsch"),
    ("Hochschule Musterland, Fachbereich Soziale Arbeit", "Hochschule",
     "Praxisforschung, Evaluation, Studierendenprojekte.", "Campus 1",
     "bildung-ausbildung; information-sensibilisierung", "", "Expertinnen/Experten", "Deutsch, Englisch"),
    ("Volkshochschule Musterstadt", "Bildungsträger",
     "Integrations- und Berufssprachkurse, politische Bildung.", "Bildungsplatz 2",
     "sprachfoerderung; bildung-ausbildung", "", "Geflüchtete; Stadtbevölkerung", "Deutsch"),
    ("Bildungswerk der Wirtschaft Musterland", "Bildungsträger",
     "Qualifizierung und Coaching für den Berufseinstieg.", "Gewerbering 20",
     "arbeit-wirtschaft; bildung-ausbildung", "02; 04", "junge Menschen; Frauen", "Deutsch, Englisch"),
    ("Psychosoziales Zentrum Musterland", "Beratungsstelle",
     "Beratung und Therapie für traumatisierte Menschen.", "Heilweg 5",
     "gesundheit; jugend-soziales-beratung", "01", "Geflüchtete", "Deutsch, Arabisch, Farsi, Englisch"),
    ("Antidiskriminierungsstelle Musterland", "Beratungsstelle",
     "Beratung bei Diskriminierung, Workshops.", "Rathausplatz 4",
     "antidiskriminierung; information-sensibilisierung", "", "Stadtbevölkerung", "Deutsch, Englisch, Türkisch"),
    ("Initiative Willkommen in Musterstadt", "Initiative",
     "Ehrenamtliche Patenschaften, Begleitung zu Behörden.", "",
     "willkommenskultur; unterbringung-gefluechtete", "03; 04", "Geflüchtete", "Deutsch, Englisch, Arabisch"),
    ("Repair-Café Südviertel", "Initiative",
     "Reparieren statt wegwerfen, Begegnung im Stadtteil.", "Südring 11",
     "wohnen-stadtteil", "05", "Stadtbevölkerung", "Deutsch"),
    ("Stadtbibliothek Musterstadt", "Behörde",
     "Mehrsprachige Medien, Lesepatenschaften, Lernorte.", "Marktplatz 8",
     "sprachfoerderung; kultur-religion", "01", "Stadtbevölkerung; junge Menschen", "Deutsch"),
    ("Quartiersmanagement Nordstadt", "Sonstige",
     "Stadtteilbüro des Programms Sozialer Zusammenhalt.", "Nordring 2",
     "wohnen-stadtteil; teilhabe-engagement", "02", "Stadtbevölkerung", "Deutsch, Türkisch, Arabisch"),
]

# Titel, Träger, Handlungsfelder, Zielgruppen, Stadtteile, Sprachen, Zeiten, Kostenfrei
OFFERS = [
    ("Sprachcafé für Frauen", 0, "sprachfoerderung", "Frauen", "02", "Deutsch, Arabisch", "dienstags 10–12 Uhr", "ja"),
    ("Frauenfrühstück international", 0, "teilhabe-engagement", "Frauen", "04", "Deutsch, Türkisch", "monatlich samstags", "ja"),
    ("Nähwerkstatt und Gespräch", 0, "wohnen-stadtteil", "Frauen", "04", "Deutsch", "donnerstags 15–18 Uhr", "ja"),
    ("Hausaufgabenhilfe Nordstadt", 1, "bildung-ausbildung", "junge Menschen", "02", "Deutsch, Türkisch", "Mo–Do 14–16 Uhr", "ja"),
    ("Elternabende auf Türkisch und Deutsch", 1, "bildung-ausbildung", "", "02", "Deutsch, Türkisch", "viermal im Jahr", "ja"),
    ("Kulturfest Nordstadt", 1, "kultur-religion", "", "02", "Deutsch, Türkisch", "jährlich im Juni", "ja"),
    ("Mentoring für Studierende", 2, "bildung-ausbildung", "junge Menschen", "", "Deutsch, Englisch", "nach Vereinbarung", "ja"),
    ("Afrikanische Kulturtage", 2, "kultur-religion", "", "01", "Deutsch, Englisch, Französisch", "jährlich im September", "nein"),
    ("Ankommenstreff Ukraine", 3, "willkommenskultur", "Geflüchtete", "04", "Ukrainisch, Deutsch", "mittwochs 16–19 Uhr", "ja"),
    ("Deutschlernen mit Kinderbetreuung", 3, "sprachfoerderung", "Frauen; Geflüchtete", "04", "Deutsch, Ukrainisch", "Mo und Mi vormittags", "ja"),
    ("Migrationsberatung für Erwachsene (Caritas)", 4, "jugend-soziales-beratung", "Geflüchtete", "", "Deutsch, Arabisch, Englisch", "offene Sprechstunde dienstags", "ja"),
    ("Jugendmigrationsdienst", 4, "jugend-soziales-beratung; bildung-ausbildung", "junge Menschen", "", "Deutsch, Englisch", "nach Vereinbarung", "ja"),
    ("Betreuung in der Gemeinschaftsunterkunft", 4, "unterbringung-gefluechtete", "Geflüchtete", "03", "Deutsch, Arabisch", "werktags", "ja"),
    ("Sozialberatung Altstadt", 5, "jugend-soziales-beratung", "", "01", "Deutsch, Russisch", "montags und donnerstags", "ja"),
    ("Stadtteiltreff Südviertel", 5, "wohnen-stadtteil; teilhabe-engagement", "", "05", "Deutsch", "täglich 10–17 Uhr", "ja"),
    ("Sozialkaufhaus", 5, "wohnen-stadtteil", "", "01", "Deutsch", "Mo–Sa", "nein"),
    ("Seniorentreff international", 6, "teilhabe-engagement", "ältere Menschen", "03", "Deutsch, Türkisch, Polnisch", "freitags 14 Uhr", "ja"),
    ("Gesundheitslotsinnen und -lotsen", 6, "gesundheit", "", "03; 04", "Deutsch, Türkisch, Arabisch", "nach Vereinbarung", "ja"),
    ("Migrationsberatung (AWO)", 6, "jugend-soziales-beratung", "", "04", "Deutsch, Türkisch", "mittwochs", "ja"),
    ("Erste-Hilfe-Kurs mehrsprachig", 7, "gesundheit", "", "03", "Deutsch, Englisch, Arabisch", "monatlich", "nein"),
    ("Kleiderkammer", 7, "unterbringung-gefluechtete", "Geflüchtete", "03", "Deutsch", "dienstags und freitags", "ja"),
    ("Begegnungscafé Altstadt", 8, "willkommenskultur", "", "01", "Deutsch, Englisch", "sonntags nach dem Gottesdienst", "ja"),
    ("Interreligiöser Gesprächskreis", 8, "kultur-religion", "", "01", "Deutsch", "monatlich", "ja"),
    ("Patenschaften für Familien", 9, "willkommenskultur", "Geflüchtete", "02; 03", "Deutsch, Polnisch", "nach Vereinbarung", "ja"),
    ("Seniorenkreis St. Martin", 9, "teilhabe-engagement", "ältere Menschen", "02", "Deutsch", "donnerstags 15 Uhr", "ja"),
    ("Tag der offenen Moschee", 10, "kultur-religion; information-sensibilisierung", "", "04", "Deutsch, Türkisch", "jährlich am 3. Oktober", "ja"),
    ("Jugendgruppe der Moscheegemeinde", 10, "teilhabe-engagement", "junge Menschen", "04", "Deutsch, Türkisch", "samstags", "ja"),
    ("Sprachförderung im Ganztag", 11, "sprachfoerderung; bildung-ausbildung", "junge Menschen", "03", "Deutsch", "täglich im Ganztag", "ja"),
    ("Intensivklassen", 12, "bildung-ausbildung; sprachfoerderung", "junge Menschen", "02", "Deutsch", "Schuljahr", "ja"),
    ("InteA – Integration und Abschluss", 13, "bildung-ausbildung", "junge Menschen; Geflüchtete", "", "Deutsch", "Schuljahr", "ja"),
    ("Ausbildungsvorbereitung (BÜA)", 13, "arbeit-wirtschaft; bildung-ausbildung", "junge Menschen", "", "Deutsch", "Schuljahr", "ja"),
    ("Sprach-Kita Regenbogen", 14, "sprachfoerderung", "Kindertageseinrichtungen", "05", "Deutsch, Arabisch", "ganzjährig", "ja"),
    ("Elterncafé Lindenhof", 15, "bildung-ausbildung; wohnen-stadtteil", "Frauen", "04", "Deutsch, Türkisch, Bulgarisch", "freitags 9–11 Uhr", "ja"),
    ("Fußball für alle", 16, "sport; teilhabe-engagement", "junge Menschen", "02", "Deutsch", "mittwochs 17 Uhr", "ja"),
    ("Schwimmkurs für Frauen", 16, "sport", "Frauen", "01", "Deutsch", "sonntags 8–10 Uhr", "nein"),
    ("Nachbarschaftsfest Eichenau", 17, "wohnen-stadtteil", "", "06", "Deutsch", "jährlich im August", "ja"),
    ("Nachbarschaftshilfe Eichenau", 17, "wohnen-stadtteil; teilhabe-engagement", "ältere Menschen", "06", "Deutsch", "nach Vereinbarung", "ja"),
    ("Ausbildungsplätze und Praktika", 18, "arbeit-wirtschaft", "junge Menschen", "", "Deutsch, Englisch", "ganzjährig", "ja"),
    ("Anerkennungsberatung für Berufsabschlüsse", 19, "arbeit-wirtschaft", "", "", "Deutsch, Englisch", "nach Vereinbarung", "ja"),
    ("Willkommenslotsen für Betriebe", 19, "arbeit-wirtschaft; willkommenskultur", "Unternehmen", "", "Deutsch", "nach Vereinbarung", "ja"),
    ("Berufsberatung für Neuzugewanderte", 20, "arbeit-wirtschaft", "Geflüchtete", "", "Deutsch, Arabisch, Ukrainisch", "nach Vereinbarung", "ja"),
    ("Teilzeitausbildung für Mütter und Väter", 20, "arbeit-wirtschaft", "Frauen", "", "Deutsch", "laufend", "ja"),
    ("Präventionsveranstaltungen an Schulen", 21, "information-sensibilisierung; konfliktmediation", "junge Menschen; Schulen", "", "Deutsch", "auf Anfrage", "ja"),
    ("Sprechstunde des Integrationsbeirats", 22, "teilhabe-engagement", "Stadtbevölkerung", "", "Deutsch, Türkisch, Arabisch", "erster Montag im Monat", "ja"),
    ("Interkulturelle Schulungen für die Verwaltung", 22, "interkulturelle-oeffnung", "Verwaltung", "", "Deutsch", "zweimal im Jahr", "ja"),
    ("Praxisprojekt Stadtteilforschung", 23, "information-sensibilisierung", "", "02; 05", "Deutsch", "Sommersemester", "ja"),
    ("Integrationskurse", 24, "sprachfoerderung", "Geflüchtete", "", "Deutsch", "laufend, Einstieg monatlich", "nein"),
    ("Berufssprachkurse", 24, "sprachfoerderung; arbeit-wirtschaft", "", "", "Deutsch", "laufend", "nein"),
    ("Politische Bildung: Demokratie vor Ort", 24, "teilhabe-engagement; information-sensibilisierung", "", "", "Deutsch", "Frühjahrssemester", "ja"),
    ("Bewerbungscoaching", 25, "arbeit-wirtschaft", "junge Menschen", "02; 04", "Deutsch, Englisch", "wöchentlich", "ja"),
    ("Psychosoziale Beratung", 26, "gesundheit", "Geflüchtete", "01", "Deutsch, Arabisch, Farsi", "nach Vereinbarung", "ja"),
    ("Beratung bei Diskriminierung", 27, "antidiskriminierung", "", "", "Deutsch, Englisch, Türkisch", "nach Vereinbarung", "ja"),
    ("Workshops gegen Rassismus", 27, "antidiskriminierung; information-sensibilisierung", "junge Menschen; Schulen", "", "Deutsch", "auf Anfrage", "ja"),
    ("Behördenbegleitung", 28, "willkommenskultur", "Geflüchtete", "03; 04", "Deutsch, Englisch, Arabisch", "nach Vereinbarung", "ja"),
    ("Fahrradwerkstatt", 28, "wohnen-stadtteil", "", "04", "Deutsch", "samstags", "ja"),
    ("Repair-Café", 29, "wohnen-stadtteil", "", "05", "Deutsch", "jeden zweiten Samstag", "ja"),
    ("Mehrsprachige Vorlesestunde", 30, "sprachfoerderung; kultur-religion", "junge Menschen", "01", "Deutsch, Arabisch, Türkisch, Ukrainisch", "samstags 11 Uhr", "ja"),
    ("Lesepatenschaften", 30, "bildung-ausbildung", "junge Menschen", "01; 05", "Deutsch", "nach Vereinbarung", "ja"),
    ("Stadtteilbüro Nordstadt", 31, "wohnen-stadtteil", "", "02", "Deutsch, Türkisch, Arabisch", "Mo–Fr 10–16 Uhr", "ja"),
    ("Verfügungsfonds für Nachbarschaftsprojekte", 31, "teilhabe-engagement", "Initiativen; Vereine", "02", "Deutsch", "Antrag jederzeit", "ja"),
    ("Gesundheitstag im Südviertel", 5, "gesundheit", "", "05", "Deutsch, Russisch", "2023 einmalig", "ja"),
]
# fmt: on
# Ended offers stay in the inventory as inactive entries (they do not close a gap).
INACTIVE_OFFERS = {"Gesundheitstag im Südviertel"}


def _slug(name: str) -> str:
    keep = "".join(c if c.isalnum() else "-" for c in name.lower().split(" e. v.")[0])
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        keep = keep.replace(umlaut, plain)
    slug = "-".join(part for part in keep.split("-") if part)
    return slug if len(slug) <= 40 else slug[:41].rsplit("-", 1)[0]


def actor_table() -> Table:
    header = ["Name", "Typ", "Beschreibung", "Straße", "PLZ", "Ort", "E-Mail", "Website",
              "Handlungsfelder", "Stadtteile", "Zielgruppen", "Sprachen"]  # fmt: skip
    rows = []
    for number, (name, kind, text, street, fields, districts, groups, languages) in enumerate(
        ACTORS, start=2
    ):
        domain = f"{_slug(name)}.example"
        values = [name, kind, text, street, "12345" if street else "", "Musterstadt",
                  f"info@{domain}", f"https://www.{domain}/", fields, districts, groups,
                  languages]  # fmt: skip
        rows.append(Row(number, dict(zip(header, values, strict=True))))
    return Table(header, rows, [], format="demo")


def offer_table() -> Table:
    header = ["Titel", "Träger", "Handlungsfelder", "Zielgruppen", "Stadtteile", "Sprachen",
              "Zeiten", "Kostenfrei", "Aktiv"]  # fmt: skip
    rows = []
    for number, (title, provider, fields, groups, districts, languages, times, free) in enumerate(
        OFFERS, start=2
    ):
        active = "nein" if title in INACTIVE_OFFERS else "ja"
        values = [title, ACTORS[provider][0], fields, groups, districts, languages, times, free,
                  active]  # fmt: skip
        rows.append(Row(number, dict(zip(header, values, strict=True))))
    return Table(header, rows, [], format="demo")


def build_actors(municipality, *, acting_user) -> dict[str, int]:
    """Load the demo actors and offers through the import planner; raise on any problem."""
    counts = {}
    for kind, table in ((ImportKind.ACTORS, actor_table()), (ImportKind.OFFERS, offer_table())):
        plan = plan_import(kind=kind, table=table, municipality=municipality)
        if not plan.is_acceptable:
            details = "; ".join(f"{p.row}/{p.column}: {p.message}" for p in plan.problems[:5])
            raise ValueError(f"Demo {kind} do not import: {details}")
        counts[kind] = apply_plan(plan=plan, municipality=municipality, acting_user=acting_user)
    return counts
