"""The shipped catalogue of participation formats (seed 004's tables and DOMAIN.md).

Loaded by a data migration; municipalities may add their own formats.
"""

FORMATS = [
    {
        "code": "zukunftswerkstatt",
        "name": "Zukunftswerkstatt",
        "capture": "phases",
        "summary": (
            "Die Methode eignet sich, um die Erstellung von Vielfalts- und Integrationskonzepten, "
            "Leitbildern und Zukunftsprojekten zielgerichtet durchzuführen. Die Teilnehmenden "
            "entwickeln partizipativ und kreativ Lösungen für aktuelle Fragestellungen und denken "
            "dabei auch „um die Ecke“, insbesondere für die Zukunft."
        ),
        "aims": (
            "Gespräche von Personen aus unterschiedlichen Bereichen, Lebenslagen und Lebensräumen "
            "ermöglichen\n"
            "die eigene Wirkkraft sowie die der Gruppe erkennen\n"
            "gemeinsame Ideen und Visionen entwickeln"
        ),
        "procedure": (
            "In der Einstiegsphase lernen sich die Teilnehmenden durch aktivierende Methoden "
            "kennen. In der Beschwerde- und Kritikphase wird in der Gruppe stichpunktartig Kritik "
            "zu einer Fragestellung gesammelt; Hauptkritikpunkte werden auf Karten geschrieben. In "
            "der Fantasie- und Utopiephase werden Ideen und Problemlösungen zu den "
            "Hauptkritikpunkten gesammelt. In der Verwirklichungs- und Praxisphase werden in "
            "Gruppen Verwirklichungsmöglichkeiten gesammelt und ausgewählt (Lösungsansätze). Zum "
            "Abschluss erfolgt eine Gesamtreflexion mit der Gruppe."
        ),
        "group_size": "10–30 Personen",
        "duration": "1–3 Tage",
        "sustainability": (
            "Die Ergebnisse werden zu einem späteren Zeitpunkt einem Fachpublikum (z. B. "
            "Politikerinnen und Politiker, Expertinnen und Experten) und den Medien vorgestellt."
        ),
        "source": "Bundeszentrale für politische Bildung, Methodenkoffer",
    },
    {
        "code": "beteiligungscafe",
        "name": "Beteiligungscafé (World Café)",
        "capture": "tables",
        "summary": (
            "Die Teilnehmenden äußern sich in moderierten Gruppen zu vorgegebenen Fragestellungen. "
            "Es besteht die Möglichkeit, sich in einem konstruktiven Gespräch auszutauschen und "
            "gemeinsame Ziele und Strategien zu finden."
        ),
        "aims": (
            "Beteiligung, Meinungsbildung, Austausch gewährleisten\n"
            "Erwartungen und Interessen aller Beteiligten transparent machen\n"
            "eine Ansprechperson für Nachfragen benennen\n"
            "Kommentare, Fragestellungen und Ergebnisse der Gruppentische offen einsehbar machen\n"
            "Vernetzung ermöglichen"
        ),
        "procedure": (
            "Für alle Zielgruppen geeignet, erfordert eine intensive Vorbereitung (Einladungen, "
            "evtl. Kinderbetreuung, Gestaltung des Raums und der Kaffeetische). Mehrere "
            "Gesprächsrunden an Tischen mit Gastgeberinnen und Gastgebern, anschließend "
            "Ergebnispräsentationen; Abschluss mit Zusammenführung der Ergebnisse und Ausblick."
        ),
        "group_size": "16–100 und mehr Personen",
        "duration": "ca. 4 Stunden",
        "sustainability": (
            "Die Teilnehmenden vernetzen sich und haben auch später noch die Möglichkeit des "
            "Austauschs."
        ),
        "source": (
            "Handschuck, S./Schröer, H. (2012): Interkulturelle Orientierung und Öffnung, "
            "ZIEL Verlag, S. 180"
        ),
    },
    {
        "code": "aktivierende-befragung",
        "name": "Aktivierende Bürgerbefragung",
        "capture": "free",
        "summary": (
            "Eine Befragung zu einem bestimmten Thema, um ein Stimmungsbild zu bekommen oder das "
            "Erfahrungswissen der Bürgerinnen und Bürger einzusammeln."
        ),
        "aims": (
            "Stimmungsbild und Erfahrungswissen der Bürgerinnen und Bürger einholen\n"
            "Bürgerinnen und Bürger zum Mitmachen bzw. zumindest zum Mitdenken anregen"
        ),
        "procedure": (
            "Gezielt Personen auswählen, die vernetzt und aktiv sind, die Strukturen oder die "
            "Geschichte der Kommune kennen oder ein Amt bekleiden – mit Blick auf die "
            "„Vielfalts-Balance“. Ein Gesprächsleitfaden sichert die Vergleichbarkeit der "
            "Interviews; aus dem Protokoll werden Thema und Beteiligungsbereitschaft abgeleitet."
        ),
        "group_size": "Anzahl der Personen variiert zum Thema",
        "duration": "30 Minuten bis 1 Stunde je Interview, dazu das Protokoll",
        "sustainability": (
            "Die Befragung sollte Auftakt für einen länger andauernden, mit Ressourcen "
            "ausgestatteten Prozess und Anschlussprojekte sein."
        ),
        "source": "Projekt Zukunftskommunen",
    },
    {
        "code": "netzwerkanalyse",
        "name": "Partizipative Netzwerkanalyse",
        "capture": "free",
        "summary": (
            "Mit einem „Landschaftsbild“ werden die Akteurinnen und Akteure einer Kommune "
            "sichtbar, dazu Muster und Verbindungen, die vorher nicht bewusst waren."
        ),
        "aims": (
            "relevante Akteurinnen und Akteure zum Thema erkennen\n"
            "Beziehungen der Akteurinnen und Akteure zu einer Aktivität und untereinander "
            "darstellen"
        ),
        "procedure": (
            "Rund um eine Schlüsselakteurin oder einen Schlüsselakteur werden nach und nach "
            "verbundene Akteurinnen und Akteure auf einer Plakatwand gesammelt; in moderierter "
            "Diskussion werden Erfahrungen einbezogen, am Ende wird das Bild geclustert und mit "
            "Überpunkten versehen."
        ),
        "group_size": "mindestens 3 Personen, die sich in der Kommune gut auskennen",
        "duration": "ca. 3 Stunden",
        "sustainability": (
            "Die Analyse kann in regelmäßigen Abständen wiederholt und verglichen werden."
        ),
        "source": "Projekt Zukunftskommunen",
    },
    {
        "code": "workshop",
        "name": "Workshop",
        "capture": "free",
        "summary": (
            "Eine moderierte Veranstaltung, in der die Teilnehmenden Ideen, Vorschläge und "
            "Lösungen zu einem bestimmten Thema diskutieren."
        ),
        "aims": (
            "aktive Teilnahme ermöglichen\n"
            "nachvollziehbare und gemeinsame Strategien und Ergebnisse entwickeln oder Probleme "
            "lösen\n"
            "Ideen und Beiträge visualisieren"
        ),
        "procedure": (
            "Adressaten- und Zielorientierung vorab klären. Die Moderation steuert die "
            "Kommunikation, ohne sie zu beeinflussen, gibt den zeitlichen und strukturellen Rahmen "
            "vor und fasst die Ergebnisse am Ende anschaulich zusammen."
        ),
        "group_size": "mindestens 8 Personen",
        "duration": "mindestens 2,5 Stunden",
        "sustainability": (
            "Die Ergebnisse brauchen eine Plattform, in die sie einfließen; eine gut "
            "strukturierte Dokumentation sichert die Weiterarbeit."
        ),
        "source": "Vielfalts- und Integrationsstrategien in hessischen Kommunen (eigene Darstellung)",
    },
    {
        "code": "stadtgespraech",
        "name": "Stadtgespräch mit Dialogräumen",
        "capture": "rooms",
        "summary": (
            "In mehreren Dialogräumen tauschen sich die Teilnehmenden zu Themenbereichen oder in "
            "einem offenen Raum aus und wechseln nach einer gewissen Zeit den Raum."
        ),
        "aims": (
            "intensiven Austausch zu mehreren Themen ermöglichen\n"
            "Ergebnisse sichtbar auf Pinnwänden festhalten"
        ),
        "procedure": (
            "Jeder Dialograum wird von einer Gastgeberin oder einem Gastgeber aus der "
            "Projektgruppe moderiert; die Ergebnisse werden auf Pinnwänden festgehalten. Die "
            "Teilnehmenden wechseln die Räume."
        ),
        "group_size": "30–150 Personen",
        "duration": "ca. 3 Stunden",
        "sustainability": "Die Pinnwände werden dokumentiert und in die Handlungsfelder übernommen.",
        "source": "Aus der Praxis – Seligenstadt (Vielfalts- und Integrationsstrategien in Hessen)",
    },
    {
        "code": "fokusgruppe",
        "name": "Fokusgruppe",
        "capture": "free",
        "summary": "Ein moderiertes Gruppengespräch mit ausgewählten Personen zu einer Frage.",
        "aims": "Perspektiven einer bestimmten Gruppe vertieft erfahren",
        "procedure": "Leitfadengestütztes Gespräch, Protokoll, Auswertung nach Themen.",
        "group_size": "6–12 Personen",
        "duration": "1,5–2 Stunden",
        "sustainability": "Die Gruppe kann bei der Umsetzung wieder angesprochen werden.",
        "source": "DOMAIN.md (Formatkatalog)",
    },
    {
        "code": "online-befragung",
        "name": "Online-Befragung",
        "capture": "free",
        "summary": "Ein Fragebogen im Netz, anonym und ohne Konto.",
        "aims": "viele Menschen mit geringem Aufwand erreichen",
        "procedure": (
            "Fragebogen erstellen, mehrsprachig anbieten, bewerben; Ergebnisse auswerten und "
            "veröffentlichen."
        ),
        "group_size": "beliebig",
        "duration": "2–6 Wochen Laufzeit",
        "sustainability": "Die Ergebnisse werden veröffentlicht und in die Strategie übernommen.",
        "source": "DOMAIN.md (Formatkatalog)",
    },
    {
        "code": "infostand",
        "name": "Infostand / aufsuchende Beteiligung",
        "capture": "free",
        "summary": (
            "Beteiligung dort, wo sich Menschen gerne aufhalten: in der Einkaufspassage, im "
            "Frauencafé, in Religionsgemeinschaften, beim Bäcker."
        ),
        "aims": "Menschen erreichen, die nicht zu Veranstaltungen kommen",
        "procedure": "Stand mit Pinnwand und Karten, persönliche Ansprache, kurze Fragen.",
        "group_size": "offen",
        "duration": "2–4 Stunden",
        "sustainability": "Kontakte für spätere Beteiligung festhalten (ohne personenbezogene Daten).",
        "source": "Vielfalts- und Integrationsstrategien in hessischen Kommunen",
    },
    {
        "code": "kick-off",
        "name": "Kick-off / Großveranstaltung",
        "capture": "free",
        "summary": "Auftakt des Prozesses mit Information und ersten Beiträgen.",
        "aims": "informieren, Aufmerksamkeit schaffen, zum Mitmachen bewegen",
        "procedure": "Begrüßung durch die Verwaltungsspitze, Vorstellung des Prozesses, Pinnwände.",
        "group_size": "50–300 Personen",
        "duration": "2–3 Stunden",
        "sustainability": "Die Teilnehmenden werden zu den weiteren Formaten eingeladen.",
        "source": "DOMAIN.md (Formatkatalog)",
    },
    {
        "code": "fachkonferenz",
        "name": "Fachkonferenz",
        "capture": "free",
        "summary": "Expertinnen und Experten aus Verwaltung und Praxis beraten Handlungsfelder.",
        "aims": "Fachwissen bündeln, Ziele und Maßnahmen prüfen",
        "procedure": "Impulse, Arbeitsgruppen je Handlungsfeld, Ergebnissicherung.",
        "group_size": "20–80 Personen",
        "duration": "ein halber bis ganzer Tag",
        "sustainability": "Arbeitsgruppen können als Arbeitskreise weiterbestehen.",
        "source": "DOMAIN.md (Formatkatalog)",
    },
    {
        "code": "buergerversammlung",
        "name": "Bürgerversammlung",
        "capture": "free",
        "summary": "Öffentliche Versammlung mit Information und Aussprache.",
        "aims": "informieren, Fragen beantworten, Meinungen hören",
        "procedure": "Vorstellung, offene Aussprache, Protokoll der Wortbeiträge.",
        "group_size": "offen",
        "duration": "ca. 2 Stunden",
        "sustainability": "Antworten auf offene Fragen werden veröffentlicht.",
        "source": "DOMAIN.md (Formatkatalog)",
    },
]


def load_formats(format_model) -> None:
    """Create or update the shipped formats (used by the data migration)."""
    for position, spec in enumerate(FORMATS, start=1):
        format_model.objects.update_or_create(
            municipality=None, code=spec["code"], defaults={**spec, "position": position}
        )
