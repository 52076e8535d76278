"""Musterstadt's concept document: the narrative chapters, the logo and the colour.

The texts are invented for the demo, in the tone of real municipal concepts (Potenzialansatz,
gender-fair language, formal address). They are written before the version is adopted:
afterwards they are frozen with it, like the rest of the concept.
"""

import io

from kompass.documents.models import SectionKey
from kompass.documents.services import narrative_save

BRAND_COLOUR = "#0f5670"

PREFACE = """
<p>Liebe Musterstädterinnen und Musterstädter,</p>
<p>Musterstadt ist vielfältig. Menschen aus mehr als 110 Nationen leben in unserer Stadt, arbeiten in unseren Betrieben, engagieren sich in Vereinen, Gemeinden und Initiativen und prägen das Leben in unseren Stadtteilen. Diese Vielfalt ist keine Ausnahme, sondern der Normalfall – und sie ist eine große Stärke unserer Stadt.</p>
<p>Mit dem vorliegenden Integrationskonzept 2024–2030 setzt sich Musterstadt zum ersten Mal verbindliche, überprüfbare Ziele für das Zusammenleben in Vielfalt. Das Konzept ist nicht am Schreibtisch entstanden: Mehr als 1.200 Bürgerinnen und Bürger, Vertreterinnen und Vertreter von Migrant*innenorganisationen, Wohlfahrtsverbänden, Schulen, Kitas, Unternehmen, Religionsgemeinschaften und der Verwaltung haben in Zukunftswerkstätten, Stadtteilgesprächen und einer Online-Befragung ihre Erfahrungen und Ideen eingebracht. Dafür danke ich allen Beteiligten sehr herzlich.</p>
<p>Integration gelingt dort, wo Menschen einander begegnen: in der Kita, in der Schule, am Arbeitsplatz, im Sportverein und in der Nachbarschaft. Die Stadtverwaltung versteht sich dabei als Partnerin. Wir wollen unsere Angebote so gestalten, dass sie alle Menschen erreichen – unabhängig von Herkunft, Sprache oder Religion. Die interkulturelle Öffnung der Verwaltung ist deshalb ein eigenes Handlungsfeld dieses Konzepts.</p>
<p>Ein Konzept ist nur so gut wie seine Umsetzung. Deshalb enthält es für jedes Handlungsfeld Ziele, Kennzahlen und Maßnahmen mit klaren Zuständigkeiten, Zeiträumen und Budgets. Über die Fortschritte berichten wir der Stadtverordnetenversammlung jährlich und öffentlich. Das Konzept ist nicht abschließend, sondern wird fortlaufend den Entwicklungen angepasst.</p>
<p>Ich lade Sie herzlich ein: Gestalten Sie das Zusammenleben in Musterstadt mit!</p>
<p><em>Ihre Oberbürgermeisterin der Stadt Musterstadt</em></p>
"""

UNDERSTANDING = """
<p>Integration ist eine Querschnittsaufgabe der Stadt Musterstadt. Sie betrifft alle Fachbereiche der Verwaltung, die städtischen Gesellschaften und die Zusammenarbeit mit Trägern, Vereinen und Initiativen. Das Integrationskonzept bündelt diese Arbeit, setzt Schwerpunkte und macht sie überprüfbar.</p>
<h3>Unser Verständnis von Integration</h3>
<p>Wir verstehen Integration als einen wechselseitigen Prozess, der alle Menschen in Musterstadt betrifft – die Zugewanderten ebenso wie die Alteingesessenen. Ziel ist die gleichberechtigte Teilhabe aller Einwohnerinnen und Einwohner am wirtschaftlichen, sozialen, kulturellen und politischen Leben der Stadt. Integration gelingt, wenn Chancen fair verteilt sind und Menschen ihre Fähigkeiten einbringen können.</p>
<p>Das Konzept folgt dem <strong>Potenzialansatz</strong>: Es fragt nicht zuerst nach Defiziten, sondern nach den Fähigkeiten, Erfahrungen und Ressourcen, die Menschen mitbringen – Mehrsprachigkeit, Berufserfahrung, Netzwerke, Engagement.</p>
<h3>Begriffe</h3>
<ul>
<li><strong>Menschen mit Einwanderungsgeschichte</strong>: Personen, die selbst oder deren beide Elternteile seit 1950 nach Deutschland eingewandert sind. Seit 2023 verwendet das Statistische Bundesamt diesen Begriff; Zeitreihen, die zuvor den „Migrationshintergrund“ erfassten, sind im Anhang als Bruch gekennzeichnet.</li>
<li><strong>Vielfalt (Diversität)</strong>: die Unterschiedlichkeit der Menschen etwa nach Alter, Geschlecht, Herkunft, Sprache, Religion, Behinderung oder sozialer Lage.</li>
<li><strong>Interkulturelle Öffnung</strong>: ein Organisationsentwicklungsprozess, mit dem Verwaltung und Einrichtungen ihre Angebote, Abläufe und ihr Personal so gestalten, dass sie alle Menschen der Stadt gleichermaßen erreichen.</li>
<li><strong>Teilhabe</strong>: der gleichberechtigte Zugang zu Bildung, Arbeit, Wohnen, Gesundheit, Kultur und politischer Mitwirkung.</li>
<li><strong>Antidiskriminierung</strong>: das Erkennen, Verhindern und Beseitigen von Benachteiligungen, insbesondere nach dem Allgemeinen Gleichbehandlungsgesetz.</li>
</ul>
<h3>Rechtlicher und politischer Rahmen</h3>
<p>Das Konzept knüpft an das Integrations- und Teilhabegesetz des Landes, an das Landesprogramm „WIR – Vielfalt und Teilhabe“ sowie an den Nationalen Aktionsplan Integration an. Es ergänzt die Fachplanungen der Stadt, insbesondere die Schulentwicklungsplanung, die Kita-Bedarfsplanung, das Integrierte Stadtentwicklungskonzept und den Sozialbericht.</p>
"""

SITUATION = """
<p>Musterstadt ist eine Mittelstadt mit rund 45.000 Einwohnerinnen und Einwohnern im Landkreis Musterland. Seit den 1960er-Jahren haben Zuwanderinnen und Zuwanderer – zunächst als Arbeitskräfte für die Ziegelei und das Textilwerk am Mühlbach, später als Spätaussiedlerinnen und Spätaussiedler, EU-Bürgerinnen und EU-Bürger sowie Geflüchtete – die Stadt mitgeprägt. Heute hat gut jede dritte Person in Musterstadt eine Einwanderungsgeschichte; bei den unter 18-Jährigen ist es fast jede zweite.</p>
<p>Die Stadt gliedert sich in sechs Sozialräume mit sehr unterschiedlichen Ausgangslagen. Während die Altstadt und das Nordviertel durch gewachsene Nachbarschaften geprägt sind, hat die Südstadt in den vergangenen Jahren besonders viele Neuzugewanderte aufgenommen. Die folgenden Abschnitte beschreiben die Ausgangslage anhand der Bevölkerungsstatistik, der Kennzahlen des Integrationsmonitorings, der Ergebnisse der Bestandsaufnahme sowie der vorhandenen Angebote und Akteurinnen und Akteure.</p>
"""

PARTICIPATION = """
<p>Das Integrationskonzept wurde von Beginn an beteiligungsorientiert erarbeitet. Grundlage war der Beschluss der Stadtverordnetenversammlung vom Frühjahr 2022, ein Konzept „mit den Menschen, nicht für sie“ zu entwickeln. Eine Steuerungsgruppe aus Verwaltung, Politik, Integrationsbeirat, Wohlfahrtsverbänden und Migrant*innenorganisationen hat den Prozess begleitet; eine externe Prozessbegleitung moderierte die Veranstaltungen.</p>
<h3>Sozialraumorientierung</h3>
<p>Weil die Lebenslagen in den Stadtteilen sehr unterschiedlich sind, fanden die Beteiligungsveranstaltungen dort statt, wo die Menschen leben: in Stadtteilzentren, Schulen, Moscheegemeinden und Vereinsheimen. Einladungen gab es in sieben Sprachen und in Leichter Sprache; bei allen Veranstaltungen wurden Dolmetschung und Kinderbetreuung angeboten.</p>
<h3>Formate</h3>
<ul>
<li>Eine <strong>Auftaktveranstaltung</strong> im Rathaus stellte das Vorhaben vor und sammelte erste Themen.</li>
<li>In sechs <strong>Zukunftswerkstätten</strong> – eine in jedem Stadtteil – erarbeiteten Bürgerinnen und Bürger in Kritik-, Fantasie- und Verwirklichungsphase Vorschläge für ihre Stadtteile.</li>
<li>Ein <strong>Beteiligungscafé</strong> mit Fachkräften aus Schule, Kita, Jugendhilfe und Beratung vertiefte die Handlungsfelder.</li>
<li>Eine mehrsprachige <strong>Online-Befragung</strong> erreichte auch Menschen, die nicht an Veranstaltungen teilnehmen konnten.</li>
<li>Eine <strong>partizipative Netzwerkanalyse</strong> mit den Akteurinnen und Akteuren machte sichtbar, wer mit wem zusammenarbeitet und wo Verbindungen fehlen.</li>
</ul>
<p>Alle Beiträge wurden dokumentiert und einzeln beantwortet: Die Tabelle der Rückmeldungen zeigt öffentlich, welche Vorschläge in welches Ziel oder welche Maßnahme eingeflossen sind und warum andere nicht aufgenommen wurden.</p>
"""

FIELDS = """
<p>Aus der Bestandsaufnahme und den Beiträgen der Beteiligung hat die Steuerungsgruppe acht Handlungsfelder abgeleitet. Für jedes Handlungsfeld beschreibt das Konzept</p>
<ul>
<li>ein <strong>Leitziel</strong>, das aus dem Leitbild abgeleitet ist und langfristig gilt,</li>
<li><strong>strategische Ziele</strong> für die Laufzeit des Konzepts bis 2030,</li>
<li><strong>operative Ziele</strong>, die konkret, messbar und terminiert sind,</li>
<li><strong>Kennzahlen</strong> mit Ausgangswert und Zielwert, an denen der Fortschritt gemessen wird, und</li>
<li><strong>Maßnahmen</strong> mit einer verantwortlichen Stelle, einem Zeitraum und einem Budget.</li>
</ul>
<p>Die Maßnahmen verbinden kompensatorische Angebote, die Benachteiligungen ausgleichen, mit aktivierenden Angeboten, die Engagement und Selbstorganisation stärken. Viele Maßnahmen bauen auf bewährten Angeboten auf; neue Maßnahmen sind dort vorgesehen, wo die Bestandsaufnahme Lücken gezeigt hat.</p>
"""

EVALUATION = """
<p>Das Integrationskonzept ist ein Arbeitsprogramm. Damit es wirkt, wird seine Umsetzung regelmäßig und transparent überprüft.</p>
<h3>Jährlicher Umsetzungsbericht</h3>
<p>Die Stabsstelle Integration fragt einmal im Jahr bei allen verantwortlichen Stellen den Stand ihrer Maßnahmen und die aktuellen Werte ihrer Kennzahlen ab. Daraus entsteht ein Umsetzungsbericht, der im Integrationsbeirat, im Ausschuss für Soziales und Integration und in der Stadtverordnetenversammlung beraten und anschließend veröffentlicht wird.</p>
<h3>Integrationsmonitoring</h3>
<p>Die Kontextkennzahlen werden jährlich aus der Einwohnerstatistik, der Schul- und Kita-Statistik, der Statistik der Bundesagentur für Arbeit und den Daten des Statistischen Landesamts fortgeschrieben. Wo möglich, werden sie nach Sozialräumen ausgewertet. Kleine Fallzahlen werden nicht ausgewiesen, damit niemand erkennbar wird.</p>
<h3>Evaluation von Maßnahmen</h3>
<p>Ausgewählte Maßnahmen werden vertieft evaluiert – durch Selbstevaluation der Träger, durch Befragungen der Teilnehmenden oder durch eine externe Evaluation. Die Ergebnisse fließen in die Steuerung ein: Maßnahmen werden fortgeführt, angepasst oder beendet.</p>
<h3>Fortschreibung</h3>
<p>Nach der Hälfte der Laufzeit, im Jahr 2027, zieht die Steuerungsgruppe eine Zwischenbilanz. Spätestens 2030 wird das Konzept auf Grundlage der Monitoringergebnisse und einer erneuten Beteiligung fortgeschrieben.</p>
"""

NETWORKS = """
<p>Integration in Musterstadt wird von einem dichten Netz von Akteurinnen und Akteuren getragen. Die Stadt versteht sich als Moderatorin und Koordinatorin dieses Netzes.</p>
<ul>
<li>Der <strong>Integrationsbeirat</strong> vertritt die Interessen der Einwohnerinnen und Einwohner mit Einwanderungsgeschichte gegenüber Politik und Verwaltung und begleitet die Umsetzung des Konzepts.</li>
<li>Das <strong>Netzwerk Integration Musterstadt</strong> trifft sich viermal im Jahr; es verbindet Beratungsstellen, Wohlfahrtsverbände, Migrant*innenorganisationen, Religionsgemeinschaften, Schulen und das Jobcenter.</li>
<li>In jedem Sozialraum koordiniert ein <strong>Stadtteilforum</strong> die Arbeit vor Ort.</li>
<li>Die <strong>Steuerungsgruppe</strong> des Konzepts bleibt während der Umsetzung bestehen und bereitet die Fortschreibung vor.</li>
</ul>
<p>Die partizipative Netzwerkanalyse hat gezeigt, dass einige Akteurinnen und Akteure besonders viele Verbindungen knüpfen und als Brücke zwischen anderen wirken. Sie sind wichtige Partnerinnen und Partner bei der Umsetzung der Maßnahmen.</p>
"""

GLOSSARY = """
<ul>
<li><strong>AGS</strong> – Amtlicher Gemeindeschlüssel</li>
<li><strong>BAMF</strong> – Bundesamt für Migration und Flüchtlinge</li>
<li><strong>Einwanderungsgeschichte</strong> – siehe Kapitel 1, Begriffe</li>
<li><strong>Handlungsfeld</strong> – ein thematischer Schwerpunkt des Konzepts mit eigenen Zielen und Maßnahmen</li>
<li><strong>Indikator / Kennzahl</strong> – eine messbare Größe, an der die Entwicklung eines Ziels abgelesen wird</li>
<li><strong>Leitziel</strong> – langfristiges, aus dem Leitbild abgeleitetes Ziel</li>
<li><strong>MBE</strong> – Migrationsberatung für erwachsene Zugewanderte</li>
<li><strong>Operatives Ziel</strong> – kurzfristiges, konkretes und terminiertes Ziel</li>
<li><strong>SGB II</strong> – Zweites Buch Sozialgesetzbuch (Bürgergeld)</li>
<li><strong>Sozialraum</strong> – Stadtteil als Bezugsraum für Planung und Angebote</li>
<li><strong>Strategisches Ziel</strong> – mittelfristiges Ziel für die Laufzeit des Konzepts</li>
<li><strong>WIR-Programm</strong> – Landesprogramm „WIR – Vielfalt und Teilhabe“</li>
</ul>
"""

SOURCES = """
<ul>
<li>Bertelsmann Stiftung (Hrsg.): Kommunale Integrationspolitik. 12 Schritte zu einem Integrationskonzept.</li>
<li>Statistisches Landesamt: Regionaldatenbank, Bevölkerung nach Staatsangehörigkeit, Stichtag jeweils 31.12.</li>
<li>Bundesagentur für Arbeit: Statistik über Beschäftigte und Arbeitslose nach Staatsangehörigkeit, Kreise und Gemeinden.</li>
<li>Stadt Musterstadt: Einwohnermeldestatistik nach Sozialräumen 2018–2025.</li>
<li>Stadt Musterstadt: Schulentwicklungsplan 2023 und Kita-Bedarfsplanung 2024.</li>
<li>Dokumentation der Zukunftswerkstätten und des Beteiligungscafés 2023 (Stabsstelle Integration).</li>
<li>Zensus 2022: Bevölkerung nach Einwanderungsgeschichte.</li>
</ul>
"""

TEXTS = {
    SectionKey.PREFACE: ("Vorwort der Oberbürgermeisterin", PREFACE),
    SectionKey.UNDERSTANDING: ("", UNDERSTANDING),
    SectionKey.SITUATION: ("", SITUATION),
    SectionKey.PARTICIPATION: ("", PARTICIPATION),
    SectionKey.FIELDS: ("", FIELDS),
    SectionKey.EVALUATION: ("", EVALUATION),
    SectionKey.NETWORKS: ("", NETWORKS),
    SectionKey.GLOSSARY: ("", GLOSSARY),
    SectionKey.SOURCES: ("", SOURCES),
}


def demo_logo() -> bytes:
    """A simple invented emblem for Musterstadt (PNG): a tower on a shield."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 280), "white")
    draw = ImageDraw.Draw(image)
    colour = BRAND_COLOUR
    draw.polygon([(20, 20), (220, 20), (220, 160), (120, 260), (20, 160)], fill=colour)
    draw.rectangle([95, 70, 145, 190], fill="white")
    for x in (95, 113, 131):
        draw.rectangle([x, 55, x + 14, 70], fill="white")
    draw.rectangle([112, 150, 128, 190], fill=colour)
    draw.rectangle([40, 120, 80, 135], fill="#f2c14e")
    draw.rectangle([160, 120, 200, 135], fill="#f2c14e")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def build_documents(town, version, *, acting_user) -> None:
    """The narrative chapters of Musterstadt's concept, its logo and colour."""
    from django.core.files.base import ContentFile

    for key, (title, body) in TEXTS.items():
        narrative_save(
            version=version,
            key=key,
            title=title,
            body=body.strip(),
            expected_lock_version=None,
            acting_user=acting_user,
        )
    town.brand_colour = BRAND_COLOUR
    town.logo.save("musterstadt-wappen.png", ContentFile(demo_logo()), save=False)
    town.full_clean()
    town.save(update_fields=["brand_colour", "logo"])
