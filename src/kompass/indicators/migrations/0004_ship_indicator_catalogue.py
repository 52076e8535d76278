"""Ship the indicator catalogue for integration monitoring (shared by all municipalities).

The entries follow the Länder integration monitoring (topic areas A-I plus subjective
indicators) and the municipal monitoring in the KGSt tradition (Wiesbaden model). Each
names the usual source as a municipality finds it: the Statistisches Landesamt with
Regionaldatenbank table codes, the Bundesagentur für Arbeit, the Einwohnermeldeamt,
Zensus 2022, Kita- and Schulstatistik, the administration's own personnel statistics,
the Wahlstatistik and the municipality's own surveys.

Descriptive indicators of the population structure carry no valuation ("neutral"): they
are context for planning, never a measure of success. The reverse operation removes only
the rows shipped here, and of those only the ones no concept uses yet.
"""

from django.db import migrations

REGIONAL = "Statistisches Landesamt"
BA = "Statistik der Bundesagentur für Arbeit"
SURVEY = "kommunale Bürgerinnen- und Bürgerbefragung (repräsentativ, mehrsprachig)"
SURVEY_DISAGGREGATIONS = (
    "Stadtteil, Altersgruppe, Geschlecht, Aufenthaltsdauer, Einwanderungsgeschichte (Selbstauskunft)"
)
SURVEY_NOTE = (
    "Subjektive Indikatoren brauchen eine Befragung mit ausreichend großer, auch mehrsprachig "
    "erreichter Stichprobe; Fragewortlaut und Antwortskala in jeder Welle gleich halten und "
    "Ergebnisse mit Fehlerspanne berichten."
)


def entry(code, topic_area, name, *, definition, unit, direction, data_source, **optional):
    fields = {
        "code": code,
        "topic_area": topic_area,
        "name": name,
        "definition": definition,
        "unit": unit,
        "direction": direction,
        "data_source": data_source,
        "numerator": optional.pop("numerator", ""),
        "denominator": optional.pop("denominator", ""),
        "periodicity": optional.pop("periodicity", "annual"),
        "disaggregations": optional.pop("disaggregations", ""),
        "notes": optional.pop("notes", ""),
    }
    if optional:
        raise TypeError(f"Unknown catalogue fields for {code}: {sorted(optional)}")
    return fields


CATALOGUE = [
    # A. Bevölkerung: beschreibende Kontextindikatoren ohne Wertung
    entry(
        "auslaendische-staatsangehoerigkeit",
        "population",
        "Anteil der Bevölkerung mit ausländischer Staatsangehörigkeit",
        definition=(
            "Einwohnerinnen und Einwohner ohne deutsche Staatsangehörigkeit in Prozent der "
            "Gesamtbevölkerung am 31. Dezember. Personen mit deutscher und einer weiteren "
            "Staatsangehörigkeit zählen als Deutsche."
        ),
        unit="%",
        numerator="Einwohnerinnen und Einwohner ohne deutsche Staatsangehörigkeit",
        denominator="Gesamtbevölkerung",
        direction="neutral",
        data_source=(
            f"{REGIONAL}, Bevölkerungsfortschreibung (Regionaldatenbank 12411-03-03-4); "
            "kleinräumig: Einwohnermeldeamt"
        ),
        disaggregations="Stadtteil, Geschlecht, Altersgruppe, Staatsangehörigkeit",
        notes=(
            "Beschreibender Kontextindikator: Er zeigt die Vielfalt der Einwohnerschaft und dient "
            "als Bezugsgröße für andere Indikatoren, ist aber kein Erfolgsmaßstab. Die amtliche "
            "Fortschreibung beruht ab dem Zensusstichtag 15. Mai 2022 auf dem Zensus 2022 (vorher "
            "Zensus 2011): beim Vergleich über diesen Stichtag hinweg einen Bruch in der Reihe "
            "kennzeichnen. Zahlen des Melderegisters weichen von der amtlichen Fortschreibung ab; "
            "in einer Reihe durchgehend dieselbe Quelle verwenden."
        ),
    ),
    entry(
        "bevoelkerung-einwanderungsgeschichte",
        "population",
        "Anteil der Bevölkerung mit Einwanderungsgeschichte",
        definition=(
            "Personen, die selbst seit 1950 in das heutige Gebiet Deutschlands eingewandert sind "
            "oder deren beide Elternteile seit 1950 eingewandert sind, in Prozent der Bevölkerung "
            "(Abgrenzung des Statistischen Bundesamts nach der Empfehlung der Fachkommission "
            "Integrationsfähigkeit)."
        ),
        unit="%",
        numerator="Personen mit Einwanderungsgeschichte (selbst oder beide Elternteile eingewandert)",
        denominator="Bevölkerung in Privathaushalten",
        direction="neutral",
        data_source=(
            "Mikrozensus (Statistisches Bundesamt, Statistisches Landesamt); kleinräumig: "
            "Ableitung aus dem Melderegister (z. B. Verfahren MigraPro)"
        ),
        disaggregations="selbst eingewandert / Nachkommen, Geschlecht, Altersgruppe, Stadtteil",
        notes=(
            "Definitionswechsel „Migrationshintergrund“ → „Einwanderungsgeschichte“: Der "
            "Migrationshintergrund (Person oder mindestens ein Elternteil besitzt die deutsche "
            "Staatsangehörigkeit nicht durch Geburt) ist weiter gefasst; die Einwanderungsgeschichte "
            "stellt auf die Einwanderung selbst ab. Seit 2023 weist das Statistische Bundesamt "
            "vorrangig die Einwanderungsgeschichte aus. Werte beider Abgrenzungen sind nicht "
            "vergleichbar: den Wechsel als datierte Definitionsänderung erfassen, nicht glätten. "
            "Der Mikrozensus ist nur für größere Gebietseinheiten belastbar; für Stadtteile ist "
            "eine Ableitung aus dem Melderegister nötig, die Elternmerkmale nur für Kinder im "
            "Haushalt der Eltern kennt."
        ),
    ),
    entry(
        "bevoelkerung-migrationshintergrund",
        "population",
        "Anteil der Bevölkerung mit Migrationshintergrund (bisherige Abgrenzung)",
        definition=(
            "Personen, die selbst oder bei denen mindestens ein Elternteil die deutsche "
            "Staatsangehörigkeit nicht durch Geburt besitzt, in Prozent der Bevölkerung."
        ),
        unit="%",
        numerator="Personen mit Migrationshintergrund",
        denominator="Bevölkerung",
        direction="neutral",
        data_source=(
            "Mikrozensus (bis 2022 Hauptabgrenzung des Statistischen Bundesamts); kleinräumig: "
            "Einwohnermeldeamt mit Ableitung aus dem Melderegister (z. B. MigraPro)"
        ),
        disaggregations="mit / ohne eigene Migrationserfahrung, Geschlecht, Altersgruppe, Stadtteil",
        notes=(
            "Zur Fortführung bestehender Zeitreihen, etwa aus dem Melderegister. Neue Reihen "
            "besser mit dem Katalogindikator „Anteil der Bevölkerung mit Einwanderungsgeschichte“ "
            "beginnen und den Umstieg als datierte Definitionsänderung erfassen."
        ),
    ),
    entry(
        "schutzsuchende",
        "population",
        "Schutzsuchende je 1.000 Einwohnerinnen und Einwohner",
        definition=(
            "Ausländerinnen und Ausländer, die sich unter Berufung auf humanitäre Gründe in "
            "Deutschland aufhalten (Schutzsuchende im Sinne der Schutzsuchendenstatistik), je "
            "1.000 Einwohnerinnen und Einwohner am 31. Dezember."
        ),
        unit="je 1.000 Einwohnerinnen und Einwohner",
        numerator="Schutzsuchende laut Ausländerzentralregister",
        denominator="Gesamtbevölkerung in 1.000",
        direction="neutral",
        data_source=(
            "Statistik über Schutzsuchende auf Basis des Ausländerzentralregisters "
            f"({REGIONAL}, Regionaldatenbank 12531-*); Ausländerbehörde"
        ),
        disaggregations="Schutzstatus (offen, anerkannt, abgelehnt), Geschlecht, Altersgruppe",
        notes=(
            "Beschreibender Kontextindikator für die Planung von Beratung, Sprachkursen, Kita- und "
            "Schulplätzen und Wohnraum. Schutzsuchende aus der Ukraine (vorübergehender Schutz nach "
            "§ 24 AufenthG) sind seit 2022 enthalten und prägen die Entwicklung seither stark."
        ),
    ),
    entry(
        "zuzuege-ausland",
        "population",
        "Zuzüge aus dem Ausland je 1.000 Einwohnerinnen und Einwohner",
        definition=(
            "Zuzüge über die Grenzen Deutschlands in die Kommune im Kalenderjahr je 1.000 "
            "Einwohnerinnen und Einwohner (durchschnittliche Bevölkerung des Jahres)."
        ),
        unit="je 1.000 Einwohnerinnen und Einwohner",
        numerator="Zuzüge aus dem Ausland im Kalenderjahr",
        denominator="durchschnittliche Bevölkerung des Jahres in 1.000",
        direction="neutral",
        data_source=(
            f"Wanderungsstatistik ({REGIONAL}, Regionaldatenbank 12711-*); kleinräumig: "
            "Einwohnermeldeamt"
        ),
        disaggregations="Staatsangehörigkeit, Geschlecht, Altersgruppe, Herkunftsland",
        notes=(
            "Zeigt, wie viele Menschen neu ankommen und Willkommens-, Beratungs- und Sprachangebote "
            "brauchen. Die Wanderungsstatistik zählt Wanderungsfälle, nicht Personen."
        ),
    ),
    # B. Rechtliche Integration
    entry(
        "einbuergerungen",
        "legal",
        "Einbürgerungen",
        definition=(
            "Zahl der Einbürgerungen von Einwohnerinnen und Einwohnern der Kommune im Kalenderjahr."
        ),
        unit="Personen",
        direction="higher",
        data_source=(
            f"Einbürgerungsstatistik ({REGIONAL}, Regionaldatenbank 12511-*); "
            "Einbürgerungsbehörde"
        ),
        disaggregations="bisherige Staatsangehörigkeit, Geschlecht, Altersgruppe, Rechtsgrundlage",
        notes=(
            "Die Zahl hängt stark vom Einbürgerungspotenzial ab; für Vergleiche die "
            "Einbürgerungsquote verwenden. Seit dem Gesetz zur Modernisierung des "
            "Staatsangehörigkeitsrechts (in Kraft seit 27. Juni 2024) ist die Einbürgerung in der "
            "Regel nach fünf statt acht Jahren möglich und Mehrstaatigkeit wird hingenommen: ab "
            "2024 einen Sprung im Niveau erwarten und als Änderung der Rahmenbedingungen vermerken."
        ),
    ),
    entry(
        "einbuergerungsquote",
        "legal",
        "Einbürgerungsquote (ausgeschöpftes Einbürgerungspotenzial)",
        definition=(
            "Einbürgerungen im Berichtsjahr je 100 Ausländerinnen und Ausländer mit einer "
            "Aufenthaltsdauer von mindestens acht Jahren am 31. Dezember des Vorjahres "
            "(Quote I des Länder-Integrationsmonitorings)."
        ),
        unit="%",
        numerator="Einbürgerungen im Berichtsjahr",
        denominator=(
            "ausländische Bevölkerung mit mindestens acht Jahren Aufenthaltsdauer am 31.12. des "
            "Vorjahres"
        ),
        direction="higher",
        data_source=(
            f"Einbürgerungs- und Ausländerstatistik ({REGIONAL}, Regionaldatenbank "
            "12511-04-01-4); Einbürgerungs- und Ausländerbehörde"
        ),
        disaggregations="bisherige Staatsangehörigkeit, Geschlecht",
        notes=(
            "Im kommunalen Monitoring (KGSt, Wiesbadener Modell) auch als Einbürgerungen je "
            "Ausländerin und Ausländer mit Anspruch auf Einbürgerung berechnet. Seit der Reform "
            "vom 27. Juni 2024 genügen in der Regel fünf Jahre Aufenthalt; der Nenner mit acht "
            "Jahren hält die Reihe vergleichbar, bildet das Potenzial aber nicht mehr vollständig "
            "ab. Wer den Nenner anpasst, erfasst das als datierte Definitionsänderung."
        ),
    ),
    entry(
        "einbuergerungsquote-gesamt",
        "legal",
        "Einbürgerungsquote bezogen auf die gesamte ausländische Bevölkerung",
        definition=(
            "Einbürgerungen im Berichtsjahr je 100 Ausländerinnen und Ausländer am 31. Dezember "
            "des Vorjahres (Quote II des Länder-Integrationsmonitorings)."
        ),
        unit="%",
        numerator="Einbürgerungen im Berichtsjahr",
        denominator="ausländische Bevölkerung am 31.12. des Vorjahres",
        direction="higher",
        data_source=(
            f"Einbürgerungs- und Ausländerstatistik ({REGIONAL}, Regionaldatenbank 12511-*, "
            "12521-*); Einwohnermeldeamt"
        ),
        disaggregations="bisherige Staatsangehörigkeit, Geschlecht",
        notes=(
            "Einfacher zu berechnen als die Quote I, hängt aber von der Aufenthaltsdauer ab: viele "
            "neu Zugezogene senken die Quote, ohne dass sich an der Einbürgerung etwas ändert."
        ),
    ),
    entry(
        "aufenthalt-unbefristet",
        "legal",
        "Anteil unbefristeter Aufenthaltstitel",
        definition=(
            "Drittstaatsangehörige mit unbefristetem Aufenthaltsrecht (Niederlassungserlaubnis, "
            "Erlaubnis zum Daueraufenthalt – EU) in Prozent aller Drittstaatsangehörigen am "
            "31. Dezember."
        ),
        unit="%",
        numerator=(
            "Drittstaatsangehörige mit Niederlassungserlaubnis oder Erlaubnis zum "
            "Daueraufenthalt – EU"
        ),
        denominator=(
            "alle Drittstaatsangehörigen (ohne Staatsangehörige der EU, des EWR und der Schweiz)"
        ),
        direction="higher",
        data_source=(
            f"Ausländerstatistik auf Basis des Ausländerzentralregisters ({REGIONAL}, "
            "Regionaldatenbank 12521-*); Ausländerbehörde"
        ),
        disaggregations="Staatsangehörigkeit, Geschlecht, Aufenthaltsdauer",
        notes=(
            "Ein sicherer Aufenthalt ist Grundlage für Planung, Bildung und Arbeit. "
            "Unionsbürgerinnen und -bürger brauchen keinen Aufenthaltstitel und bleiben deshalb "
            "außen vor."
        ),
    ),
    entry(
        "einbuergerung-bearbeitungsdauer",
        "legal",
        "Bearbeitungsdauer von Einbürgerungsanträgen",
        definition=(
            "Median der Zeit in Monaten vom Eingang des vollständigen Einbürgerungsantrags bis zur "
            "Entscheidung, über alle im Kalenderjahr entschiedenen Anträge."
        ),
        unit="Monate",
        direction="lower",
        data_source="Einbürgerungsbehörde (Fachverfahren, Geschäftsstatistik)",
        disaggregations="Rechtsgrundlage, Jahr der Antragstellung",
        notes=(
            "Misst die Servicequalität der Verwaltung, nicht das Verhalten der Antragstellenden. "
            "Den Zeitpunkt „vollständig“ einheitlich festlegen und dokumentieren; ruhende "
            "Verfahren gesondert ausweisen."
        ),
    ),
    # C. Kindertagesbetreuung und Sprache
    entry(
        "betreuungsquote-u3",
        "daycare_language",
        "Betreuungsquote der Kinder unter drei Jahren",
        definition=(
            "Kinder unter drei Jahren in Kindertageseinrichtungen und in öffentlich geförderter "
            "Kindertagespflege in Prozent aller Kinder dieser Altersgruppe (Stichtag 1. März)."
        ),
        unit="%",
        numerator=(
            "Kinder unter 3 Jahren in Kindertageseinrichtungen und öffentlich geförderter "
            "Kindertagespflege"
        ),
        denominator="Kinder unter 3 Jahren (Bevölkerung am 31.12. des Vorjahres)",
        direction="higher",
        data_source=(
            f"Kinder- und Jugendhilfestatistik, Kita-Statistik ({REGIONAL}, Regionaldatenbank "
            "22543-*); Jugendamt; für Stadtteile Einwohnermeldeamt"
        ),
        disaggregations=(
            "Altersjahr, Stadtteil, ausländische Herkunft mindestens eines Elternteils, "
            "vorrangige Familiensprache"
        ),
        notes=(
            "Die Kita-Statistik erfasst die ausländische Herkunft mindestens eines Elternteils und "
            "die vorrangig in der Familie gesprochene Sprache; mit einem Nenner aus dem "
            "Melderegister lassen sich daraus Besuchsquoten nach Einwanderungsgeschichte der "
            "Eltern schätzen. Kinder in Einrichtung und Tagespflege zugleich zählen nur einmal."
        ),
    ),
    entry(
        "betreuungsquote-3-6",
        "daycare_language",
        "Betreuungsquote der Kinder von drei bis unter sechs Jahren",
        definition=(
            "Kinder von drei bis unter sechs Jahren in Kindertageseinrichtungen und in öffentlich "
            "geförderter Kindertagespflege in Prozent aller Kinder dieser Altersgruppe (Stichtag "
            "1. März)."
        ),
        unit="%",
        numerator=(
            "Kinder von 3 bis unter 6 Jahren in Kindertageseinrichtungen und öffentlich "
            "geförderter Kindertagespflege"
        ),
        denominator="Kinder von 3 bis unter 6 Jahren (Bevölkerung am 31.12. des Vorjahres)",
        direction="higher",
        data_source=(
            f"Kinder- und Jugendhilfestatistik, Kita-Statistik ({REGIONAL}, Regionaldatenbank "
            "22543-*); Jugendamt; für Stadtteile Einwohnermeldeamt"
        ),
        disaggregations=(
            "Altersjahr, Stadtteil, ausländische Herkunft mindestens eines Elternteils, "
            "vorrangige Familiensprache"
        ),
        notes=(
            "Ab drei Jahren besuchen die meisten Kinder eine Kita; gerade deshalb zeigen "
            "Unterschiede zwischen Stadtteilen, wo Zugänge erleichtert werden können. Die Dauer "
            "des Kita-Besuchs vor der Einschulung ist für die Sprachbildung besonders aussagekräftig."
        ),
    ),
    entry(
        "kita-familiensprache",
        "daycare_language",
        "Kinder in Kindertageseinrichtungen mit vorrangig nichtdeutscher Familiensprache",
        definition=(
            "Kinder in Kindertageseinrichtungen, in deren Familie vorrangig eine andere Sprache "
            "als Deutsch gesprochen wird, in Prozent aller Kinder in Kindertageseinrichtungen "
            "(Stichtag 1. März)."
        ),
        unit="%",
        numerator="Kinder mit vorrangig nichtdeutscher Familiensprache",
        denominator="alle Kinder in Kindertageseinrichtungen",
        direction="neutral",
        data_source=(
            f"Kinder- und Jugendhilfestatistik, Kita-Statistik ({REGIONAL}); Jugendamt und "
            "Träger für einzelne Einrichtungen"
        ),
        disaggregations="Einrichtung, Stadtteil, Altersgruppe",
        notes=(
            "Beschreibt Mehrsprachigkeit als Ressource und den Bedarf an alltagsintegrierter "
            "Sprachbildung und Elternzusammenarbeit. Werte einzelner kleiner Einrichtungen nicht "
            "veröffentlichen."
        ),
    ),
    entry(
        "sprachstand-einschulung",
        "daycare_language",
        "Kinder mit altersgerechten Deutschkenntnissen bei der Schuleingangsuntersuchung",
        definition=(
            "Kinder, deren Deutschkenntnisse bei der Schuleingangsuntersuchung als altersgerecht "
            "(ohne Förderbedarf) eingeschätzt werden, in Prozent aller untersuchten Kinder des "
            "Einschulungsjahrgangs."
        ),
        unit="%",
        numerator="untersuchte Kinder mit altersgerechten Deutschkenntnissen",
        denominator="alle untersuchten Kinder des Einschulungsjahrgangs",
        direction="higher",
        data_source="Gesundheitsamt, Schuleingangsuntersuchung (Kinder- und Jugendgesundheitsdienst)",
        disaggregations="Stadtteil, Schulbezirk, Dauer des Kita-Besuchs, Familiensprache, Geschlecht",
        notes=(
            "Verfahren und Schwellen der Sprachstandserhebung unterscheiden sich zwischen den "
            "Ländern und ändern sich gelegentlich: einen Verfahrenswechsel als datierte "
            "Definitionsänderung erfassen. Aussagekräftig zusammen mit der Dauer des Kita-Besuchs."
        ),
    ),
    entry(
        "integrationskurs-b1",
        "daycare_language",
        "Integrationskurs mit Sprachniveau B1 abgeschlossen",
        definition=(
            "Teilnehmende am Deutsch-Test für Zuwanderer, die das Sprachniveau B1 erreichen, in "
            "Prozent aller Prüfungsteilnehmenden im Kalenderjahr."
        ),
        unit="%",
        numerator="Prüfungsteilnehmende mit Ergebnis B1",
        denominator="alle Teilnehmenden am Deutsch-Test für Zuwanderer",
        direction="higher",
        data_source=(
            "Bundesamt für Migration und Flüchtlinge, Integrationskursgeschäftsstatistik; "
            "Integrationskursträger vor Ort"
        ),
        disaggregations="Kursart (z. B. Alphabetisierungs-, Jugend-, Elternintegrationskurs), Geschlecht",
        notes=(
            "Teilnehmende in Alphabetisierungskursen erreichen B1 seltener in der vorgesehenen "
            "Zeit; Kursarten getrennt betrachten. Auswertungen unterhalb der Landesebene beim BAMF "
            "oder bei den Kursträgern erfragen."
        ),
    ),
    # D. Bildung
    entry(
        "schulabgang-ohne-abschluss",
        "education",
        "Schulabgänge ohne Ersten Schulabschluss",
        definition=(
            "Abgängerinnen und Abgänger allgemeinbildender Schulen ohne Ersten Schulabschluss "
            "(Hauptschulabschluss) in Prozent aller Abgängerinnen, Abgänger, Absolventinnen und "
            "Absolventen allgemeinbildender Schulen im Schuljahr."
        ),
        unit="%",
        numerator="Abgänge ohne Ersten Schulabschluss",
        denominator="alle Abgänge und Abschlüsse allgemeinbildender Schulen",
        direction="lower",
        data_source=(
            f"Schulstatistik ({REGIONAL}, Regionaldatenbank 21111-02-06-4); Staatliches Schulamt"
        ),
        disaggregations="Geschlecht, Staatsangehörigkeit (deutsch/nichtdeutsch), Schulform",
        notes=(
            "Abgänge aus Förderschulen mit einem eigenen Abschluss zählen in der Statistik als "
            "„ohne Ersten Schulabschluss“; diesen Anteil getrennt ausweisen. Abschlüsse werden oft "
            "an beruflichen Schulen nachgeholt: den Indikator zusammen mit nachträglich erworbenen "
            "Abschlüssen lesen."
        ),
    ),
    entry(
        "schulabschluss-hochschulreife",
        "education",
        "Schulabschlüsse mit allgemeiner Hochschulreife",
        definition=(
            "Absolventinnen und Absolventen allgemeinbildender Schulen mit allgemeiner "
            "Hochschulreife in Prozent aller Abgängerinnen, Abgänger, Absolventinnen und "
            "Absolventen allgemeinbildender Schulen im Schuljahr."
        ),
        unit="%",
        numerator="Abschlüsse mit allgemeiner Hochschulreife",
        denominator="alle Abgänge und Abschlüsse allgemeinbildender Schulen",
        direction="higher",
        data_source=(
            f"Schulstatistik ({REGIONAL}, Regionaldatenbank 21111-02-06-4); Staatliches Schulamt"
        ),
        disaggregations="Geschlecht, Staatsangehörigkeit (deutsch/nichtdeutsch)",
        notes=(
            "Die an beruflichen Schulen erworbene Hochschul- und Fachhochschulreife ist nicht "
            "enthalten; für ein vollständiges Bild die Statistik der beruflichen Schulen "
            "ergänzen. Schulen mit großem Einzugsgebiet verzerren kleinräumige Werte."
        ),
    ),
    entry(
        "gymnasium-klasse-8",
        "education",
        "Schülerinnen und Schüler der Jahrgangsstufe 8 an Gymnasien",
        definition=(
            "Schülerinnen und Schüler der Jahrgangsstufe 8 an Gymnasien in Prozent aller "
            "Schülerinnen und Schüler der Jahrgangsstufe 8 an allgemeinbildenden Schulen."
        ),
        unit="%",
        numerator="Schülerinnen und Schüler der Jahrgangsstufe 8 an Gymnasien",
        denominator=(
            "alle Schülerinnen und Schüler der Jahrgangsstufe 8 an allgemeinbildenden Schulen"
        ),
        direction="higher",
        data_source=f"Schulstatistik ({REGIONAL}); Staatliches Schulamt",
        disaggregations="Geschlecht, Staatsangehörigkeit (deutsch/nichtdeutsch), Wohnort/Schulort",
        notes=(
            "Indikator des Länder-Integrationsmonitorings und des kommunalen Monitorings "
            "(Wiesbadener Modell). Gymnasiale Zweige an Gesamtschulen nach Landesrecht "
            "einheitlich zuordnen; Schulstrukturreformen als Bruch in der Reihe erfassen."
        ),
    ),
    entry(
        "uebergang-gymnasium",
        "education",
        "Übergänge von der Grundschule auf das Gymnasium",
        definition=(
            "Schülerinnen und Schüler, die nach der Grundschule auf ein Gymnasium wechseln, in "
            "Prozent aller Übergänge aus der letzten Grundschulklasse (Jahrgangsstufe 4, in "
            "Ländern mit sechsjähriger Grundschule 6) auf weiterführende Schulen."
        ),
        unit="%",
        numerator="Übergänge auf das Gymnasium",
        denominator="alle Übergänge aus der letzten Grundschulklasse auf weiterführende Schulen",
        direction="higher",
        data_source=f"Schulstatistik ({REGIONAL}); Staatliches Schulamt",
        disaggregations="Geschlecht, Staatsangehörigkeit (deutsch/nichtdeutsch), Grundschule, Stadtteil",
        notes=(
            "Zeigt Bildungschancen früh im Bildungsweg; gemeinsam mit dem Gymnasialbesuch in "
            "Jahrgangsstufe 8 lesen, weil auch spätere Wechsel vorkommen."
        ),
    ),
    entry(
        "uebergangsbereich",
        "education",
        "Einmündungen in den Übergangsbereich",
        definition=(
            "Anfängerinnen und Anfänger in Bildungsgängen des Übergangsbereichs (z. B. "
            "Berufsvorbereitungsjahr, Berufseinstiegsjahr, Berufsfachschulen ohne "
            "Berufsabschluss) in Prozent aller Anfängerinnen und Anfänger in Berufsausbildung und "
            "Übergangsbereich."
        ),
        unit="%",
        numerator="Anfängerinnen und Anfänger im Übergangsbereich",
        denominator="Anfängerinnen und Anfänger in Berufsausbildung und Übergangsbereich",
        direction="lower",
        data_source=(
            f"Integrierte Ausbildungsberichterstattung ({REGIONAL}); Schulstatistik der "
            "beruflichen Schulen"
        ),
        disaggregations="Geschlecht, Staatsangehörigkeit (deutsch/nichtdeutsch), schulische Vorbildung",
        notes=(
            "Im kommunalen Monitoring (Wiesbadener Modell) auch als Anteil der "
            "Berufsschülerinnen und -schüler ohne Ausbildungsvertrag erfasst. Der "
            "Übergangsbereich kann sinnvolle Vorbereitung sein, etwa in Sprachförderklassen für "
            "neu zugewanderte Jugendliche; Verweildauer und Anschluss mitbetrachten."
        ),
    ),
    entry(
        "ausbildungsquote",
        "education",
        "Ausbildungsquote",
        definition=(
            "Sozialversicherungspflichtige Auszubildende in Prozent aller "
            "sozialversicherungspflichtig Beschäftigten am Arbeitsort (Stichtag 30. Juni)."
        ),
        unit="%",
        numerator="Auszubildende (Arbeitsort)",
        denominator="sozialversicherungspflichtig Beschäftigte insgesamt (Arbeitsort)",
        direction="higher",
        data_source=f"{BA}, Beschäftigungsstatistik",
        disaggregations="Staatsangehörigkeit (deutsch/ausländisch), Geschlecht, Wirtschaftszweig",
        notes=(
            "Zeigt das Ausbildungsangebot der Betriebe vor Ort. Für die Ausbildungsbeteiligung "
            "junger Menschen ergänzend die Auszubildenden am Wohnort je 100 Einwohnerinnen und "
            "Einwohner von 15 bis unter 25 Jahren betrachten."
        ),
    ),
    # E. Arbeit und Einkommen
    entry(
        "beschaeftigungsquote",
        "work_income",
        "Beschäftigungsquote",
        definition=(
            "Sozialversicherungspflichtig Beschäftigte am Wohnort im Alter von 15 Jahren bis "
            "unter der Regelaltersgrenze in Prozent der Bevölkerung dieser Altersgruppe "
            "(Stichtag 30. Juni)."
        ),
        unit="%",
        numerator=(
            "sozialversicherungspflichtig Beschäftigte am Wohnort, 15 Jahre bis unter "
            "Regelaltersgrenze"
        ),
        denominator="Bevölkerung von 15 Jahren bis unter Regelaltersgrenze",
        direction="higher",
        data_source=(
            f"{BA}, Beschäftigungsstatistik (Regionaldatenbank 13111-01-03-5); Bevölkerung: "
            f"{REGIONAL} oder Einwohnermeldeamt"
        ),
        disaggregations="Geschlecht, Staatsangehörigkeit (deutsch/ausländisch), Altersgruppe",
        notes=(
            "Die BA veröffentlicht Beschäftigungsquoten bis auf Kreisebene; für Gemeinden und "
            "Stadtteile mit der Bevölkerung aus dem Melderegister selbst berechnen und den Nenner "
            "dokumentieren. Beamtinnen und Beamte sowie Selbstständige sind nicht enthalten. "
            "Ältere Reihen beziehen sich auf 15 bis unter 65 Jahre: einen Wechsel der "
            "Altersabgrenzung als Bruch kennzeichnen."
        ),
    ),
    entry(
        "arbeitslosenquote",
        "work_income",
        "Arbeitslosenquote",
        definition=(
            "Registrierte Arbeitslose in Prozent aller zivilen Erwerbspersonen "
            "(Jahresdurchschnitt)."
        ),
        unit="%",
        numerator="registrierte Arbeitslose (SGB II und SGB III)",
        denominator="alle zivilen Erwerbspersonen",
        direction="lower",
        data_source=(
            f"{BA}, Arbeitslosenstatistik; Arbeitslose nach Gemeinden: Regionaldatenbank "
            "13211-01-03-5"
        ),
        disaggregations=(
            "Rechtskreis (SGB II/SGB III), Geschlecht, Altersgruppe, Staatsangehörigkeit "
            "(deutsch/ausländisch)"
        ),
        notes=(
            "Quoten veröffentlicht die BA für Kreise und Agenturbezirke, monatlich und als "
            "Jahresdurchschnitt. Für Gemeinden und Stadtteile ersatzweise den Arbeitslosenanteil "
            "verwenden (Arbeitslose je 100 Einwohnerinnen und Einwohner von 15 bis unter 65 "
            "Jahren) und die Ersatzgröße im Namen kenntlich machen. Die Erwerbslosenquote nach "
            "ILO-Konzept aus dem Mikrozensus ist eine andere Größe."
        ),
    ),
    entry(
        "jugendarbeitslosenquote",
        "work_income",
        "Arbeitslosenquote junger Menschen unter 25 Jahren",
        definition=(
            "Registrierte Arbeitslose von 15 bis unter 25 Jahren in Prozent aller zivilen "
            "Erwerbspersonen dieser Altersgruppe (Jahresdurchschnitt)."
        ),
        unit="%",
        numerator="registrierte Arbeitslose von 15 bis unter 25 Jahren",
        denominator="zivile Erwerbspersonen von 15 bis unter 25 Jahren",
        direction="lower",
        data_source=f"{BA}, Arbeitslosenstatistik",
        disaggregations="Rechtskreis (SGB II/SGB III), Geschlecht, Staatsangehörigkeit (deutsch/ausländisch)",
        notes=(
            "Auf Gemeindeebene ersatzweise Arbeitslose unter 25 Jahren je 100 Einwohnerinnen und "
            "Einwohner von 15 bis unter 25 Jahren verwenden und die Ersatzgröße kennzeichnen."
        ),
    ),
    entry(
        "geringfuegige-beschaeftigung",
        "work_income",
        "Anteil ausschließlich geringfügig entlohnter Beschäftigung",
        definition=(
            "Ausschließlich geringfügig entlohnte Beschäftigte am Wohnort in Prozent aller "
            "sozialversicherungspflichtig und ausschließlich geringfügig entlohnt Beschäftigten "
            "am Wohnort (Stichtag 30. Juni)."
        ),
        unit="%",
        numerator="ausschließlich geringfügig entlohnte Beschäftigte (Wohnort)",
        denominator=(
            "sozialversicherungspflichtig Beschäftigte und ausschließlich geringfügig entlohnte "
            "Beschäftigte (Wohnort)"
        ),
        direction="lower",
        data_source=f"{BA}, Beschäftigungsstatistik",
        disaggregations="Geschlecht, Staatsangehörigkeit (deutsch/ausländisch), Altersgruppe",
        notes=(
            "Minijobs können ein Einstieg sein; ein dauerhaft hoher Anteil zeigt ungenutzte "
            "Potenziale für existenzsichernde Arbeit. Schülerinnen und Schüler, Studierende sowie "
            "Rentnerinnen und Rentner sind mitgezählt."
        ),
    ),
    entry(
        "sgb2-quote",
        "work_income",
        "SGB-II-Quote (Bürgergeld)",
        definition=(
            "Regelleistungsberechtigte nach dem SGB II in Prozent der Bevölkerung von 0 Jahren "
            "bis unter der Regelaltersgrenze (Stichtag 31. Dezember)."
        ),
        unit="%",
        numerator="Regelleistungsberechtigte nach dem SGB II (Bürgergeld)",
        denominator="Bevölkerung von 0 Jahren bis unter Regelaltersgrenze",
        direction="lower",
        data_source=(
            f"{BA}, Grundsicherungsstatistik SGB II (Regionaldatenbank 22811-02-02-4); Jobcenter"
        ),
        disaggregations=(
            "Staatsangehörigkeit (deutsch/ausländisch), Altersgruppe, Geschlecht, "
            "Typ der Bedarfsgemeinschaft, Stadtteil (Jobcenter)"
        ),
        notes=(
            "Seit 1. Januar 2023 heißt die Leistung Bürgergeld (vorher Arbeitslosengeld II und "
            "Sozialgeld). Seit 1. Juni 2022 erhalten Geflüchtete aus der Ukraine Leistungen nach "
            "dem SGB II statt nach dem Asylbewerberleistungsgesetz: der Anstieg ab Mitte 2022 geht "
            "vor allem auf diesen Wechsel zurück und ist als Bruch zu kennzeichnen. Für Kinder "
            "unter 15 Jahren ergänzend die SGB-II-Quote der Kinder betrachten."
        ),
    ),
    entry(
        "armutsgefaehrdungsquote",
        "work_income",
        "Armutsgefährdungsquote",
        definition=(
            "Anteil der Personen, deren Äquivalenzeinkommen weniger als 60 % des Medians der "
            "Äquivalenzeinkommen der Bevölkerung beträgt (gemessen am Bundes- oder Landesmedian)."
        ),
        unit="%",
        numerator="Personen mit einem Äquivalenzeinkommen unter 60 % des Medians",
        denominator="Bevölkerung in Privathaushalten",
        direction="lower",
        data_source=(
            "Amtliche Sozialberichterstattung der Statistischen Ämter des Bundes und der Länder "
            "(Mikrozensus)"
        ),
        disaggregations=(
            "Staatsangehörigkeit, Migrationshintergrund bzw. Einwanderungsgeschichte, "
            "Altersgruppe, Haushaltstyp"
        ),
        notes=(
            "Nur für Länder, Raumordnungsregionen und Großstädte verfügbar; kleinere Kommunen "
            "verwenden die SGB-II-Quote als Ersatz. Mit der Neugestaltung des Mikrozensus 2020 "
            "(Integration von EU-SILC) ist die Reihe nur eingeschränkt vergleichbar."
        ),
    ),
    entry(
        "anerkennung-berufsqualifikationen",
        "work_income",
        "Anerkennung ausländischer Berufsqualifikationen mit voller Gleichwertigkeit",
        definition=(
            "Im Kalenderjahr beschiedene Verfahren zur Anerkennung einer im Ausland erworbenen "
            "Berufsqualifikation, die mit voller Gleichwertigkeit abgeschlossen wurden, in "
            "Prozent aller beschiedenen Verfahren."
        ),
        unit="%",
        numerator="Verfahren mit voller Gleichwertigkeit",
        denominator="alle beschiedenen Anerkennungsverfahren",
        direction="higher",
        data_source=(
            "Amtliche Statistik zum Anerkennungsgesetz (Statistisches Bundesamt und Statistische "
            "Landesämter); Anerkennungs- und Qualifizierungsberatung vor Ort"
        ),
        disaggregations="Referenzberuf, Ausbildungsstaat, Geschlecht",
        notes=(
            "Die amtliche Statistik liegt vor allem auf Landesebene vor; Kommunen erfassen "
            "ergänzend die Erstberatungen zur Anerkennung. Eine teilweise Gleichwertigkeit mit "
            "Ausgleichsmaßnahme ist ein häufiger Zwischenschritt auf dem Weg zur vollen "
            "Anerkennung."
        ),
    ),
    # G. Wohnen
    entry(
        "wohnflaeche-je-person",
        "housing",
        "Wohnfläche je Person",
        definition=(
            "Durchschnittliche Wohnfläche der bewohnten Wohnungen je Bewohnerin und Bewohner in "
            "Quadratmetern."
        ),
        unit="m² je Person",
        numerator="Wohnfläche der bewohnten Wohnungen",
        denominator="Bewohnerinnen und Bewohner dieser Wohnungen",
        direction="higher",
        data_source=(
            "Zensus 2022 (Gebäude- und Wohnungszählung); Mikrozensus-Zusatzerhebung Wohnen "
            "(alle vier Jahre)"
        ),
        periodicity="irregular",
        disaggregations="Haushaltsgröße, Eigentum/Miete, Stadtteil bzw. Gitterzelle (Zensus)",
        notes=(
            "Nach Haushaltsgröße vergleichen, weil größere Haushalte weniger Fläche je Person "
            "haben. Ergebnisse nach Einwanderungsgeschichte liefert der Mikrozensus nur für "
            "größere Gebietseinheiten."
        ),
    ),
    entry(
        "eigentuemerquote",
        "housing",
        "Eigentümerquote",
        definition=(
            "Von ihren Eigentümerinnen und Eigentümern selbst bewohnte Wohnungen in Prozent aller "
            "bewohnten Wohnungen."
        ),
        unit="%",
        numerator="von Eigentümerinnen und Eigentümern bewohnte Wohnungen",
        denominator="alle bewohnten Wohnungen",
        direction="higher",
        data_source=(
            "Zensus 2022 (Gebäude- und Wohnungszählung, Ergebnisse bis auf Gemeindeebene); "
            "Mikrozensus-Zusatzerhebung Wohnen"
        ),
        periodicity="irregular",
        disaggregations=(
            "Gebäudetyp, Haushaltstyp, Einwanderungsgeschichte der Haupteinkommensperson "
            "(Mikrozensus)"
        ),
        notes=(
            "Wohneigentum steht für Sesshaftigkeit und Vermögensbildung, hängt aber stark vom "
            "örtlichen Wohnungsmarkt ab: nur zwischen ähnlichen Kommunen vergleichen."
        ),
    ),
    entry(
        "segregationsindex",
        "housing",
        "Segregationsindex nach Staatsangehörigkeit",
        definition=(
            "Dissimilaritätsindex nach Duncan und Duncan über die Stadtteile: der Anteil der "
            "ausländischen (oder der deutschen) Bevölkerung, der umziehen müsste, damit beide "
            "Gruppen in allen Stadtteilen gleich verteilt wären; 0 = gleiche Verteilung, "
            "100 = vollständige Trennung."
        ),
        unit="Indexwert (0–100)",
        numerator=(
            "½ × Summe über alle Stadtteile von |Anteil des Stadtteils an der ausländischen "
            "Bevölkerung − Anteil des Stadtteils an der deutschen Bevölkerung| × 100"
        ),
        direction="lower",
        data_source="Einwohnermeldeamt (Melderegister, kleinräumig); kommunale Statistikstelle",
        disaggregations="Stadtteil, statistischer Bezirk",
        notes=(
            "Der Wert hängt von Zahl und Größe der Gebietseinheiten ab: nur bei gleicher "
            "Gliederung vergleichen und eine neue Gliederung als Bruch kennzeichnen. Ungleiche "
            "Verteilung hat viele Ursachen (Wohnungsmarkt, Mieten, Netzwerke); der Index zeigt, "
            "wo Stadtentwicklung und Begegnungsorte ansetzen können."
        ),
    ),
    entry(
        "gefluechtete-eigener-wohnraum",
        "housing",
        "Geflüchtete in eigenem Wohnraum",
        definition=(
            "Der Kommune zugewiesene Geflüchtete, die in einer Wohnung statt in einer "
            "Gemeinschaftsunterkunft leben, in Prozent aller der Kommune zugewiesenen "
            "Geflüchteten (Stichtag)."
        ),
        unit="%",
        numerator="zugewiesene Geflüchtete in Wohnungen (auch mit eigenem Mietvertrag)",
        denominator="alle der Kommune zugewiesenen Geflüchteten",
        direction="higher",
        data_source="Sozialamt bzw. Amt für Unterbringung (Belegungsstatistik); Ausländerbehörde",
        periodicity="quarterly",
        disaggregations="Haushaltstyp, Aufenthaltsstatus, Dauer seit der Zuweisung",
        notes=(
            "Eigener Wohnraum erleichtert Spracherwerb, Schule, Arbeit und Nachbarschaft. Den "
            "Personenkreis (z. B. nur Personen in kommunaler Zuständigkeit) festlegen und "
            "beibehalten."
        ),
    ),
    # F. Gesundheit
    entry(
        "masern-impfquote",
        "health",
        "Masern-Impfquote bei der Schuleingangsuntersuchung",
        definition=(
            "Kinder mit zwei dokumentierten Masernimpfungen in Prozent der Kinder, die bei der "
            "Schuleingangsuntersuchung einen Impfausweis vorgelegt haben."
        ),
        unit="%",
        numerator="Kinder mit zwei Masernimpfungen",
        denominator="untersuchte Kinder mit vorgelegtem Impfausweis",
        direction="higher",
        data_source="Gesundheitsamt, Schuleingangsuntersuchung; Gesundheitsberichterstattung des Landes",
        disaggregations="Stadtteil, Schulbezirk, Geschlecht",
        notes=(
            "Den Anteil der Kinder ohne vorgelegten Impfausweis gesondert ausweisen: dort helfen "
            "mehrsprachige Information und Erinnerung. Seit dem Masernschutzgesetz (1. März 2020) "
            "ist der Nachweis für Kita und Schule Pflicht."
        ),
    ),
    entry(
        "frueherkennung-u9",
        "health",
        "Teilnahme an der Früherkennungsuntersuchung U9",
        definition=(
            "Kinder, deren Teilnahme an der U9 im Untersuchungsheft dokumentiert ist, in Prozent "
            "der Kinder mit vorgelegtem Untersuchungsheft bei der Schuleingangsuntersuchung."
        ),
        unit="%",
        numerator="Kinder mit dokumentierter U9",
        denominator="untersuchte Kinder mit vorgelegtem Untersuchungsheft",
        direction="higher",
        data_source="Gesundheitsamt, Schuleingangsuntersuchung",
        disaggregations="Stadtteil, Schulbezirk, Familiensprache",
        notes=(
            "Zeigt, wie gut die Gesundheitsvorsorge alle Familien erreicht; mehrsprachige "
            "Elterninformation und Lotsendienste können die Teilnahme erhöhen."
        ),
    ),
    entry(
        "sprachmittlung-einsaetze",
        "health",
        "Einsätze von Sprach- und Integrationsmittlung im Gesundheits- und Sozialwesen",
        definition=(
            "Zahl der vermittelten Einsätze qualifizierter Sprach- und Integrationsmittlerinnen "
            "und -mittler in Arztpraxen, Kliniken, Beratungsstellen und Ämtern im Kalenderjahr."
        ),
        unit="Einsätze",
        direction="higher",
        data_source="Sprachmittlungspool bzw. Dolmetschdienst der Kommune; Integrationsstelle",
        disaggregations="Einsatzbereich, Sprache",
        notes=(
            "Ein Anstieg zeigt vor allem, dass das Angebot bekannt ist und genutzt wird. Nach "
            "Bereich und Sprache auswerten; keine personenbezogenen Daten der Klientinnen und "
            "Klienten erfassen."
        ),
    ),
    # Teilhabe und politische Partizipation
    entry(
        "wahlbeteiligung-kommunalwahl",
        "participation",
        "Wahlbeteiligung bei der Kommunalwahl",
        definition=(
            "Wählerinnen und Wähler in Prozent der Wahlberechtigten bei der letzten Wahl der "
            "Gemeindevertretung bzw. des Kreistags."
        ),
        unit="%",
        numerator="Wählerinnen und Wähler",
        denominator="Wahlberechtigte",
        direction="higher",
        data_source=f"Wahlstatistik (Wahlamt der Kommune, {REGIONAL})",
        periodicity="irregular",
        disaggregations=(
            "Wahlbezirk, Stadtteil; Altersgruppe und Geschlecht aus der repräsentativen "
            "Wahlstatistik, wo durchgeführt"
        ),
        notes=(
            "Die Wahlbeteiligung unterscheidet sich oft deutlich zwischen Stadtteilen; Wahlbezirke "
            "dafür den Stadtteilen zuordnen. Unionsbürgerinnen und -bürger sind bei Kommunalwahlen "
            "wahlberechtigt, andere ausländische Einwohnerinnen und Einwohner nicht."
        ),
    ),
    entry(
        "wahlberechtigte-anteil",
        "participation",
        "Anteil der Einwohnerinnen und Einwohner mit kommunalem Wahlrecht",
        definition=(
            "Wahlberechtigte bei der Kommunalwahl in Prozent der Einwohnerinnen und Einwohner, "
            "die das Wahlalter erreicht haben."
        ),
        unit="%",
        numerator="Wahlberechtigte (Deutsche und Unionsbürgerinnen und -bürger)",
        denominator="Einwohnerinnen und Einwohner ab dem Wahlalter",
        direction="higher",
        data_source="Wahlamt (Wählerverzeichnis); Einwohnermeldeamt",
        periodicity="irregular",
        disaggregations="Stadtteil, Altersgruppe",
        notes=(
            "Zeigt, wie viele Einwohnerinnen und Einwohner über die Kommunalpolitik mitentscheiden "
            "dürfen; die Lücke schließt sich vor allem durch Einbürgerung. Das Wahlalter regelt "
            "das Landesrecht (in mehreren Ländern 16 Jahre)."
        ),
    ),
    entry(
        "wahlbeteiligung-beirat",
        "participation",
        "Wahlbeteiligung bei der Wahl des Integrations- bzw. Ausländerbeirats",
        definition=(
            "Wählerinnen und Wähler in Prozent der Wahlberechtigten bei der letzten Wahl des "
            "Integrations- bzw. Ausländerbeirats."
        ),
        unit="%",
        numerator="Wählerinnen und Wähler",
        denominator="Wahlberechtigte der Beiratswahl",
        direction="higher",
        data_source="Wahlamt der Kommune (Ergebnisse der Beiratswahl)",
        periodicity="irregular",
        disaggregations="Wahlbezirk",
        notes=(
            "Wer wahlberechtigt ist, regelt das Landesrecht (in Hessen die Hessische "
            "Gemeindeordnung). Ein geändertes Wahlrecht oder ein gemeinsamer Wahltag mit der "
            "Kommunalwahl verändern die Beteiligung stark und sind als Bruch zu kennzeichnen."
        ),
    ),
    entry(
        "beirat-besetzung",
        "participation",
        "Besetzung des Integrations- bzw. Ausländerbeirats",
        definition=(
            "Besetzte Sitze im Integrations- bzw. Ausländerbeirat in Prozent der nach Satzung "
            "vorgesehenen Sitze."
        ),
        unit="%",
        numerator="besetzte Sitze",
        denominator="nach Satzung vorgesehene Sitze",
        direction="higher",
        data_source="Gremienverwaltung, Ratsinformationssystem",
        periodicity="irregular",
        disaggregations="Geschlecht, Art des Mandats (gewählt, entsandt)",
        notes=(
            "Ergänzend die Zahl der Kandidierenden je Sitz erfassen. Keine Angaben zu einzelnen "
            "Mitgliedern veröffentlichen."
        ),
    ),
    # I. Interkulturelle Öffnung der Verwaltung
    entry(
        "personal-einwanderungsgeschichte",
        "administration",
        "Beschäftigte der Verwaltung mit Einwanderungsgeschichte",
        definition=(
            "Beschäftigte der Kommunalverwaltung, die in einer freiwilligen, anonymen "
            "Beschäftigtenbefragung angeben, selbst oder mit beiden Elternteilen nach Deutschland "
            "eingewandert zu sein, in Prozent der antwortenden Beschäftigten."
        ),
        unit="%",
        numerator="Beschäftigte mit Einwanderungsgeschichte (Selbstauskunft)",
        denominator="antwortende Beschäftigte",
        direction="higher",
        data_source=(
            "Personalstatistik der Verwaltung: freiwillige, anonyme Beschäftigtenbefragung "
            "(Personalamt)"
        ),
        periodicity="biennial",
        disaggregations=(
            "Laufbahn- bzw. Entgeltgruppe, Führungsfunktion, Fachbereich (nur ausreichend große "
            "Gruppen)"
        ),
        notes=(
            "Angaben zur Einwanderungsgeschichte nur freiwillig und anonym erheben; Ergebnisse "
            "für kleine Gruppen nicht ausweisen und die Rücklaufquote zu jedem Wert nennen. Wer "
            "bisher nach „Migrationshintergrund“ gefragt hat, erfasst den Wechsel zur "
            "Einwanderungsgeschichte als datierte Definitionsänderung."
        ),
    ),
    entry(
        "nachwuchs-einwanderungsgeschichte",
        "administration",
        "Nachwuchskräfte der Verwaltung mit Einwanderungsgeschichte",
        definition=(
            "Neu eingestellte Auszubildende, Anwärterinnen und Anwärter sowie dual Studierende "
            "mit Einwanderungsgeschichte (freiwillige Angabe) in Prozent aller neu eingestellten "
            "Nachwuchskräfte mit Angabe."
        ),
        unit="%",
        numerator="neu eingestellte Nachwuchskräfte mit Einwanderungsgeschichte",
        denominator="neu eingestellte Nachwuchskräfte mit Angabe",
        direction="higher",
        data_source=(
            "Personalamt, Bewerbungs- und Einstellungsstatistik (freiwillige, anonyme Angabe)"
        ),
        disaggregations="Ausbildungsberuf bzw. Laufbahn, Geschlecht",
        notes=(
            "Ergänzend den Anteil an den Bewerbungen erfassen: so wird sichtbar, ob Vielfalt "
            "bereits bei der Ansprache oder erst im Auswahlverfahren verloren geht."
        ),
    ),
    entry(
        "fortbildung-diversitaet",
        "administration",
        "Fortbildung in diversitätssensibler Kommunikation",
        definition=(
            "Beschäftigte mit Publikumsverkehr, die in den letzten fünf Jahren an einer "
            "Fortbildung zu interkultureller bzw. diversitätssensibler Kompetenz teilgenommen "
            "haben, in Prozent aller Beschäftigten mit Publikumsverkehr."
        ),
        unit="%",
        numerator="fortgebildete Beschäftigte mit Publikumsverkehr",
        denominator="alle Beschäftigten mit Publikumsverkehr",
        direction="higher",
        data_source="Personalamt, Fortbildungsstatistik",
        disaggregations="Fachbereich, Führungsfunktion",
        notes="Den Zeitraum (hier fünf Jahre) festlegen und beibehalten; Führungskräfte gesondert ausweisen.",
    ),
    entry(
        "mehrsprachige-verwaltungsinformationen",
        "administration",
        "Mehrsprachig verfügbare Verwaltungsinformationen",
        definition=(
            "Zentrale Verwaltungsleistungen einer festgelegten Liste (z. B. Anmeldung, "
            "Kita-Platz, Wohngeld), zu denen Informationen in mindestens drei Sprachen außer "
            "Deutsch und in Leichter Sprache vorliegen, in Prozent aller Leistungen der Liste."
        ),
        unit="%",
        numerator="Leistungen mit mehrsprachigen Informationen und Informationen in Leichter Sprache",
        denominator="alle Leistungen der festgelegten Liste",
        direction="higher",
        data_source="eigene Erhebung (Integrationsstelle, Bürgeramt, Online-Redaktion)",
        disaggregations="Fachbereich, Sprache",
        notes=(
            "Liste und Sprachen nach den vor Ort am häufigsten gesprochenen Sprachen festlegen und "
            "nur begründet ändern; Änderungen als datierte Definitionsänderung erfassen."
        ),
    ),
    # Subjektive Indikatoren
    entry(
        "verbundenheit-wohnort",
        "subjective",
        "Verbundenheit mit dem Wohnort",
        definition=(
            "Befragte, die sich ihrer Stadt bzw. Gemeinde stark oder sehr stark verbunden fühlen, "
            "in Prozent aller Befragten."
        ),
        unit="%",
        numerator="Befragte mit starker oder sehr starker Verbundenheit",
        denominator="alle Befragten mit gültiger Antwort",
        direction="higher",
        data_source=f"{SURVEY}; Vergleichswerte: SVR-Integrationsbarometer",
        periodicity="biennial",
        disaggregations=SURVEY_DISAGGREGATIONS,
        notes=SURVEY_NOTE,
    ),
    entry(
        "vertrauen-verwaltung",
        "subjective",
        "Vertrauen in die Kommunalverwaltung",
        definition=(
            "Befragte, die der Kommunalverwaltung großes oder sehr großes Vertrauen entgegenbringen, "
            "in Prozent aller Befragten."
        ),
        unit="%",
        numerator="Befragte mit großem oder sehr großem Vertrauen",
        denominator="alle Befragten mit gültiger Antwort",
        direction="higher",
        data_source=f"{SURVEY}; Vergleichswerte: SVR-Integrationsbarometer",
        periodicity="biennial",
        disaggregations=SURVEY_DISAGGREGATIONS,
        notes=(
            "Vertrauen in Institutionen gehört zu den subjektiven Indikatoren des "
            "Länder-Integrationsmonitorings; die Frage wie in bundesweiten Befragungen "
            f"formulieren, um Vergleiche zu ermöglichen. {SURVEY_NOTE}"
        ),
    ),
    entry(
        "diskriminierungserfahrung",
        "subjective",
        "Berichtete Diskriminierungserfahrungen",
        definition=(
            "Befragte, die angeben, in den letzten zwölf Monaten am Wohnort benachteiligt worden "
            "zu sein (z. B. wegen Herkunft, Sprache, Religion, Geschlecht, Alter oder "
            "Behinderung), in Prozent aller Befragten."
        ),
        unit="%",
        numerator="Befragte mit mindestens einer Diskriminierungserfahrung in 12 Monaten",
        denominator="alle Befragten mit gültiger Antwort",
        direction="lower",
        data_source=(
            f"{SURVEY}; Vergleichswerte: SVR-Integrationsbarometer, Nationaler Diskriminierungs- "
            "und Rassismusmonitor (NaDiRa)"
        ),
        periodicity="biennial",
        disaggregations=(
            "Lebensbereich (Ämter, Arbeit, Wohnen, Schule, Öffentlichkeit), Merkmal der "
            "Benachteiligung, Altersgruppe, Geschlecht"
        ),
        notes=(
            "Mehr berichtete Erfahrungen können auch wachsende Sensibilität und Vertrauen in "
            "Beratung bedeuten; gemeinsam mit den Anfragen an die Antidiskriminierungsberatung "
            f"lesen. {SURVEY_NOTE}"
        ),
    ),
    entry(
        "lebenszufriedenheit",
        "subjective",
        "Lebenszufriedenheit",
        definition=(
            "Durchschnittliche Antwort auf die Frage nach der Zufriedenheit mit dem Leben "
            "insgesamt, auf einer Skala von 0 (ganz und gar unzufrieden) bis 10 (ganz und gar "
            "zufrieden)."
        ),
        unit="Mittelwert (Skala 0–10)",
        direction="higher",
        data_source=f"{SURVEY}; Vergleichswerte: Sozio-oekonomisches Panel (SOEP)",
        periodicity="biennial",
        disaggregations=SURVEY_DISAGGREGATIONS,
        notes=(
            "Die Frage wie im Sozio-oekonomischen Panel stellen, damit Vergleiche mit Land und "
            f"Bund möglich sind. {SURVEY_NOTE}"
        ),
    ),
    entry(
        "zusammenleben-bewertung",
        "subjective",
        "Bewertung des Zusammenlebens in Vielfalt",
        definition=(
            "Befragte, die das Zusammenleben von Menschen unterschiedlicher Herkunft in ihrer "
            "Nachbarschaft als gut oder sehr gut bewerten, in Prozent aller Befragten."
        ),
        unit="%",
        numerator="Befragte mit Bewertung „gut“ oder „sehr gut“",
        denominator="alle Befragten mit gültiger Antwort",
        direction="higher",
        data_source=(
            f"{SURVEY}; Vergleichswerte: SVR-Integrationsbarometer (Integrationsklima-Index)"
        ),
        periodicity="biennial",
        disaggregations="Stadtteil, Altersgruppe, Geschlecht",
        notes=(
            "Zeigt das Integrationsklima aus Sicht aller Einwohnerinnen und Einwohner, nicht nur "
            f"der Zugewanderten. {SURVEY_NOTE}"
        ),
    ),
]


def ship_catalogue(apps, schema_editor):
    IndicatorCatalogueEntry = apps.get_model("indicators", "IndicatorCatalogueEntry")
    for position, fields in enumerate(CATALOGUE, start=1):
        values = dict(fields)
        code = values.pop("code")
        IndicatorCatalogueEntry.objects.update_or_create(
            code=code, defaults={**values, "position": position * 10}
        )


def remove_catalogue(apps, schema_editor):
    """Delete the shipped entries again, except those that concepts already use."""
    IndicatorCatalogueEntry = apps.get_model("indicators", "IndicatorCatalogueEntry")
    IndicatorCatalogueEntry.objects.filter(
        code__in=[fields["code"] for fields in CATALOGUE], indicators__isnull=True
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("indicators", "0003_indicator_catalogue"),
    ]

    operations = [
        migrations.RunPython(ship_catalogue, remove_catalogue),
    ]
