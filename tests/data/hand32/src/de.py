# blind33 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ------------------------------------------------------------------ safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Katrin Oberländer <k.oberlaender@posteo-mail.example>",
         to="kundenservice@holzwurm-spielwaren.example",
         subject="Rückmeldung zur Holzeisenbahn „Kleiner Lokführer“ (Bestellung 4471-208)",
         body="""\
Guten Tag,

ich wollte Ihnen nur kurz eine Rückmeldung zu der Holzeisenbahn geben, die wir im November bei Ihnen bestellt haben (Bestellung 4471-208, Artikel „Kleiner Lokführer“, ab 12 Monaten).

Gestern Abend hat sich beim Spielen eines der roten Räder von der Lok gelöst, einfach so, die Achse ist anscheinend nur gesteckt. Unser Sohn (22 Monate) hatte das Rad plötzlich im Mund und bekam keine Luft mehr, er ist richtig blau angelaufen. Mein Mann hat es mit ein paar Schlägen auf den Rücken wieder herausbekommen. Wir waren danach noch in der Kinderklinik, es geht ihm inzwischen wieder gut.

Bei den anderen Wagen lassen sich die Räder übrigens auch mit etwas Kraft abziehen. Ich habe Fotos gemacht und schicke sie Ihnen gern.

Vielleicht möchten Sie sich das einmal ansehen, bevor noch mehr Familien die Bahn unter den Weihnachtsbaum legen. Die restlichen Teile haben wir erst einmal weggeräumt.

Viele Grüße
Katrin Oberländer"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sabine Wächter <sabine.waechter@webpost.example>",
         to="hilfe@kochkiste.example",
         subject="Erdnüsse in der Box trotz Filter „ohne Nüsse“",
         body="""\
Hallo,

ich bin gerade noch völlig durch den Wind, deshalb kurz und ohne Umschweife.

In unserem Profil ist seit über einem Jahr eingetragen, dass unsere Tochter (9) keine Erdnüsse verträgt, und wir bestellen ausschließlich Gerichte mit dem Filter „ohne Nüsse“. Gestern gab es aus der aktuellen Lieferung das Thai-Curry. Nach ein paar Bissen hat Lea über Kribbeln im Mund geklagt, dann sind ihr Lippen und Augen zugeschwollen und sie hat beim Atmen nur noch gepfiffen. Ich habe ihr den Adrenalin-Pen gegeben und den Rettungswagen gerufen, sie war die Nacht über im Krankenhaus.

Auf dem Beutel mit der Currypaste steht ganz klein „enthält Erdnüsse“. Auf der Rezeptkarte und in der App steht davon kein Wort.

Bestellung: KK-2026-118734
Lieferung: Dienstag, 01.12.
Box: Familienbox, 3 Gerichte für 4 Personen
- Thai-Curry mit Hähnchen und Reisnudeln
- Ofengemüse mit Feta
- Linsenbolognese

Ich erwarte, dass Sie mir erklären, wie das passieren konnte, und dass Sie das sofort für alle anderen Kunden prüfen. Den Rest der Box rühre ich nicht mehr an.

Sabine Wächter"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Tim K <timkrause93@mailbox.example>",
         to="support@flitzer-scooter.example",
         subject="fahrten die ich nicht gemacht hab",
         body="""\
hab grad 3 fahrten in meinem konto gesehen die nicht von mir sind, alle gestern nacht in hamburg zwischen 1 und 3 uhr. ich wohn in leipzig und war die ganze zeit hier. zusammen 47,80 von meiner kreditkarte abgebucht. bitte sofort sperren und geld zurück

Tim

Von meinem iPhone gesendet"""),

    dict(n=4, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Dr. Henrik Albers <h.albers@albers-steuerberatung.example>",
         to="support@netzwerft-hosting.example",
         subject="Dringend: Kein Zugriff mehr auf Kundenkonto K-208811 – Domain-Transfer, den wir nicht beantragt haben",
         body="""\
Sehr geehrte Damen und Herren,

seit heute früh können wir uns nicht mehr in unser Kundenkonto K-208811 einloggen. Das Passwort wird abgelehnt, und „Passwort vergessen“ schickt den Link offenbar an eine fremde Adresse: Um 06:14 Uhr erhielten wir noch eine Benachrichtigung, dass die Kontakt-E-Mail auf „albers.kanzlei@quickmail.example“ geändert wurde. Diese Adresse gehört nicht zu uns.

Um 06:40 Uhr folgte die Mitteilung, dass für die Domain albers-steuerberatung.example ein Auth-Code für einen Providerwechsel angefordert wurde. Wir haben weder das eine noch das andere veranlasst.

Wir bitten Sie daher dringend,
1. den Domain-Transfer zu stoppen,
2. das Konto zu sperren und unsere ursprüngliche E-Mail-Adresse wiederherzustellen,
3. uns mitzuteilen, welche Änderungen seit gestern Abend vorgenommen wurden.

Als Steuerkanzlei unterliegen wir der Verschwiegenheitspflicht. Sollten die MX-Einträge geändert und Mandantenpost an Dritte umgeleitet werden, müssen wir unverzüglich handeln. Sie erreichen mich direkt unter 0421 5583 190.

Mit freundlichen Grüßen

Dr. Henrik Albers
Steuerberater

Albers & Partner Steuerberatungsgesellschaft mbB
Am Wall 112, 28195 Bremen
Amtsgericht Bremen PR 4471

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."""),

    # ------------------------------------------------------------------ outage
    dict(n=5, signals="outage", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Praxis Dr. Meyer-Rüdiger <praxis@meyer-ruediger-hausarzt.example>",
         to="support@videosprechstunde24.example",
         subject="Videosprechstunden brechen nach wenigen Sekunden ab",
         body="""\
Hallo Support-Team,

seit ca. 8:30 Uhr können wir heute keine einzige Videosprechstunde durchführen. Die Patienten kommen ins virtuelle Wartezimmer, aber sobald die Ärztin das Gespräch startet, friert das Bild ein und nach 5 bis 10 Sekunden fliegen beide raus. Danach steht nur noch „Verbindung wird wiederhergestellt …“ da und es dreht sich endlos.

Ausprobiert haben wir: anderen Browser (Chrome und Firefox), anderen Rechner, Handy-Hotspot statt Praxis-WLAN. Immer dasselbe.

Wir haben heute Vormittag 23 Termine per Video, darunter mehrere Patienten, die zu Hause in Isolation sind, und zwei Nachsorgegespräche, die wir nicht einfach in die Praxis verlegen können. Im Moment rufen wir alle einzeln an und vertrösten sie.

Bitte melden Sie sich so schnell wie möglich telefonisch: 0711 284 9930 (Anmeldung, nach Frau Kessler fragen).

Freundliche Grüße
Jana Kessler
Medizinische Fachangestellte
Hausarztpraxis Dr. Meyer-Rüdiger"""),

    dict(n=6, signals="outage", priority="critical", trap="-", qt=0, reply=0,
         frm="Melanie Grothe <m.grothe@brandt-logistik.example>",
         to="support@lohnwerk.example",
         subject="Lohnlauf Dezember bricht ab – Auszahlung morgen fällig",
         body="""\
Hallo zusammen,

wir kommen mit dem Dezember-Lohnlauf nicht weiter und brauchen dringend Hilfe. Stand jetzt:

- Lohnlauf 12/2026 für Mandant 0042 (Brandt Logistik GmbH, 143 Mitarbeitende) bricht bei der Berechnung jedes Mal bei etwa 60 % ab
- Abrechnungen und SEPA-Datei lassen sich deshalb nicht erzeugen
- gleiches Verhalten bei zwei Kolleginnen an unterschiedlichen Rechnern
- gestern (Probeabrechnung) lief noch alles normal

Fehlermeldung (kopiert):
---
Fehler LW-5031: Berechnung abgebrochen.
Interner Serverfehler (500) bei /api/v2/payroll/run/8817/calculate
Request-ID: 7f3c-a21e-0b94
---

Die Gehälter müssen spätestens morgen um 12 Uhr an die Bank, sonst ist das Geld bei unseren Fahrern nicht mehr vor Weihnachten auf dem Konto. Bitte rufen Sie mich zurück: 05251 77 3042.

Viele Grüße
Melanie Grothe
Personalabteilung

Brandt Logistik GmbH · Hafenweg 8 · 33104 Paderborn
Geschäftsführer: Uwe Brandt · HRB 5521, Amtsgericht Paderborn
Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten Adressaten bestimmt. Sollten Sie nicht der vorgesehene Adressat sein, bitten wir Sie, den Absender zu informieren und die E-Mail zu löschen."""),

    dict(n=7, signals="outage", priority="high", trap="implicit", qt=0, reply=0,
         frm="Günter Hallmann <g.hallmann@t-netz.example>",
         to="service@heimwacht.example",
         subject="App zeigt nur weißen Bildschirm",
         body="""\
Guten Abend,

ist es normal, dass die HeimWacht-App seit dem Update von gestern nur noch einen weißen Bildschirm zeigt? Das Logo kommt kurz, danach bleibt alles weiß, egal wie lange ich warte. Neu installiert habe ich sie schon, das Handy auch neu gestartet.

Das Problem ist, dass ich die Alarmanlage sonst nur über die App scharf schalte. Am Bedienteil im Flur geht es angeblich auch mit einem Code, aber den hat damals der Monteur eingerichtet und ich habe ihn nicht. Wir fahren am Freitag für zwei Wochen zu unserer Tochter, und ich möchte das Haus nicht so zurücklassen.

Handy: Samsung Galaxy A52, Android 14
App-Version laut Play Store: 5.2.0

Mit freundlichen Grüßen
Günter Hallmann"""),

    dict(n=8, signals="outage", priority="medium", trap="implicit", qt=0, reply=0,
         frm="Aleksandra Nowak <ola.nowak@studimail.example>",
         to="support@lernfix-akademie.example",
         subject="Videos in Kurs laden nicht richtig",
         body="""\
Hallo,

ich mache bei Ihnen die Kurs „Buchhaltung Grundlagen“ (Teilnehmer-Nr. 55120). Seit Montag die Videos in Modul 4 und 5 laden sehr langsam und bleiben immer nach 1-2 Minuten stehen, dann muss ich die Seite neu laden und es beginnt wieder von Anfang. Die Texte und die Quiz funktionieren normal, auch die alte Module 1-3 gehen ohne Problem.

Ich habe schon mit Laptop und mit Handy probiert, ist gleich. Meine Internet ist schnell (Netflix geht ohne Problem :) ).

Können Sie bitte schauen? Die Prüfung ist Ende Januar und ich möchte weiter lernen.

Danke und schöne Grüße
Aleksandra Nowak"""),

    # ------------------------------------------------------------------ payment
    dict(n=9, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Jörg Pfannenschmidt <joerg.pfannenschmidt@freenetz.example>",
         to="mitgliederservice@vitalfit-studios.example",
         subject="Mitgliedschaft / Abbuchung",
         body="""\
Hallo liebes VitalFit-Team,

erst einmal vorweg: Ich war fast vier Jahre bei euch im Studio in der Lindenstraße und immer sehr zufrieden, vor allem mit den Kursen bei Sandra (Rücken-Fit am Dienstag; falls sie das liest: schöne Grüße!). Ich habe nur aufgehört, weil ich beruflich nach Kassel gewechselt bin, und hier gibt es leider keine Filiale von euch.

Die Kündigung habe ich Ende August schriftlich an der Theke abgegeben, fristgerecht zum 30.11. Ich habe damals auch eine Bestätigung per Mail bekommen, die hänge ich euch noch einmal an.

Jetzt habe ich gestern auf meinem Kontoauszug gesehen, dass am 01.12. trotzdem wieder abgebucht wurde, und zwar gleich zweimal: 39,90 € „Monatsbeitrag 12/2026“ und 19,90 € „Servicepauschale Halbjahr“.

Könnt ihr das bitte prüfen und mir die beiden Beträge zurücküberweisen? Die Lastschrift wollte ich nicht gleich zurückgeben lassen, weil das ja immer Gebühren verursacht.

Meine Mitgliedsnummer war 100-38872.

Danke euch und sportliche Grüße
Jörg Pfannenschmidt"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Anna-Lena Wiesinger <al.wiesinger@postfach-online.example>",
         to="mieterservice@immoverwaltung-sued.example",
         subject="Rückzahlung der Mietkaution – Wohnung Gartenstraße 14, 2. OG links",
         body="""\
Sehr geehrte Damen und Herren,

ich habe die oben genannte Wohnung zum 31.08.2026 gekündigt und am 29.08. ordnungsgemäß übergeben. Im Übergabeprotokoll, das Herr Lindner vor Ort unterschrieben hat, sind keine Mängel festgehalten.

Die Kaution in Höhe von 2.340,00 € ist bis heute nicht zurückgezahlt worden. Auf meine beiden Anfragen vom 12.10. und 09.11. über Ihr Mieterportal habe ich jeweils nur eine automatische Eingangsbestätigung erhalten.

Ich bin auf den Betrag dringend angewiesen, da ich die Kaution für meine neue Wohnung bis zum 15.12. leisten muss und sie ohne die Rückzahlung nicht aufbringen kann. Bitte überweisen Sie den Betrag umgehend auf das Ihnen bekannte Konto oder teilen Sie mir schriftlich mit, aus welchem Grund er noch einbehalten wird.

Mit freundlichen Grüßen
Anna-Lena Wiesinger
Mieternummer: 14-0207-03"""),

    dict(n=11, signals="payment", priority="low", trap="-", qt=0, reply=0,
         frm="Renate Vollmer <renate.vollmer@kabelpost.example>",
         to="kundenservice@fotoprint-express.example",
         subject="Frage zur Rechnung 2026-88412",
         body="""\
Hallo,

zuerst einmal: Die Fotobücher von unserer Silberhochzeit sind wunderschön geworden, die ganze Verwandtschaft war begeistert. Nächstes Jahr bestelle ich sicher wieder, wenn unser Enkel getauft wird.

Eine kleine Frage habe ich aber noch: Auf der Rechnung 2026-88412 steht neben den Büchern und dem Versand eine Position „Datenprüfung Premium“ über 1,49 €. Ich kann mich nicht erinnern, das ausgewählt zu haben. Kommt das automatisch dazu? Ist nicht schlimm, ich möchte es nur verstehen, damit ich beim nächsten Mal weiß, wo ich das abwähle.

Herzliche Grüße
Renate Vollmer"""),

    # ------------------------------------------------------------------ account
    dict(n=12, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Mehmet Aydın <mehmet.aydin@mailbox-de.example>",
         to="abo-service@vbr-verkehrsverbund.example",
         subject="Passwort-Reset kommt nicht an – Deutschlandticket",
         body="""\
Hallo,

ich komme seit Samstag nicht mehr in mein Kundenkonto in der VBR-App. Beim Login steht „E-Mail oder Passwort falsch“, obwohl ich nichts geändert habe. Ich habe dann auf „Passwort vergessen“ gedrückt, inzwischen bestimmt fünfmal, aber die Mail zum Zurücksetzen kommt nie an. Im Spam-Ordner ist auch nichts.

Mein Deutschlandticket ist in dem Konto hinterlegt (Abo-Nr. DT-3381-0924). Bisher zeige ich bei Kontrollen einen Screenshot, aber ich weiß nicht, ob das auf Dauer akzeptiert wird.

Können Sie mir den Zugang zurücksetzen? Die E-Mail-Adresse im Konto ist diese hier.

Gruß
Mehmet Aydın"""),

    dict(n=13, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Claudia Fenske <claudia.fenske@netmail.example>",
         to="service@apotheke-am-markt-versand.example",
         subject="Kundenkonto meines Vaters gesperrt – E-Rezept",
         body="""\
Guten Tag,

ich schreibe für meinen Vater, Herrn Werner Fenske (Kundennummer 7730418), der mit dem Computer nicht so gut zurechtkommt.

Er hat gestern mehrmals versucht, sich bei Ihnen anzumelden, und dabei wohl das Passwort falsch eingegeben. Jetzt erscheint nur noch „Ihr Konto wurde vorübergehend gesperrt. Bitte wenden Sie sich an den Kundenservice.“ Die Hotline war heute Vormittag dauerbesetzt.

Das Problem: Im Konto liegt das E-Rezept für sein Blutdruckmittel, das er regelmäßig über Sie bezieht, und seine Tabletten reichen nur noch bis Sonntag. Ohne Zugang können wir die Bestellung nicht auslösen.

Könnten Sie das Konto bitte entsperren oder mir sagen, wie wir das Rezept anders einlösen können? Ich bin unter 0176 4432 8810 erreichbar.

Vielen Dank und freundliche Grüße
Claudia Fenske"""),

    dict(n=14, signals="account", priority="low", trap="-", qt=0, reply=0,
         frm="Lukas Brenner <lukas@brenner-lederwaren.example>",
         to="verkaeuferhilfe@marktplatz24.example",
         subject="Login-Adresse ändern + Zwei-Faktor",
         body="""\
Moin,

kurze Frage zu unserem Verkäuferkonto (Shop „Brenner Lederwaren“, Verkäufer-ID 88120-DE):

Wir melden uns bisher mit meiner privaten Adresse an. Das soll auf info@brenner-lederwaren.example umgestellt werden, weil meine Kollegin ab Januar die Bestellungen mit übernimmt. Wo genau ändere ich das? Unter „Einstellungen > Konto“ finde ich nur die Adresse für Benachrichtigungen.

Und wenn wir schon dabei sind: Kann man die Zwei-Faktor-Anmeldung so einrichten, dass die Codes auf zwei Handys kommen, oder geht das nur mit einem Gerät?

Danke & Gruß aus Lüneburg
Lukas Brenner

Brenner Lederwaren – Handgenähtes aus Norddeutschland
www.brenner-lederwaren.example"""),

    # ------------------------------------------------------------------ hard negatives
    dict(n=15, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Jasmin Koç <jasmin.koc@webpost.example>",
         to="hallo@glow-naturkosmetik.example",
         subject="Danke!!",
         body="""\
Hallo ihr Lieben,

ich wollte mich einfach mal bedanken. Ihr erinnert euch vielleicht: Mitte November war mein Paket laut Sendungsverfolgung zugestellt, kam aber nie bei mir an, vermutlich hat es jemand aus dem Hausflur geklaut. Ich hatte mit ewigem Hin und Her gerechnet, aber ihr habt mir innerhalb von zwei Tagen alles neu geschickt, ohne Diskussion. Das ist heute echt nicht selbstverständlich.

Das neue Paket ist gut angekommen, und ich bin total Feuer und Flamme für das Vitamin-C-Serum. Meine Schwester hat es sich direkt auch bestellt. 😊

Macht weiter so!
Jasmin

Gesendet von meinem Handy"""),

    dict(n=16, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Stefan Kühn <stefan.kuehn@kabelpost.example>",
         to="service@fellfreunde.example",
         subject="AW: Doppelte Abbuchung Bestellung FF-602231",
         body="""\
Hallo Frau Demir,

das Geld ist heute auf meinem Konto eingegangen, alles gut. Vielen Dank für die schnelle Hilfe! Unser Hund dankt auch, das Futter schmeckt ihm prima.

Viele Grüße
Stefan Kühn

Am 02.12.2026 um 16:41 schrieb Fellfreunde Kundenservice <service@fellfreunde.example>:
> Sehr geehrter Herr Kühn,
> vielen Dank für Ihre Nachricht. Sie haben recht: Ihre Bestellung FF-602231
> (2x Trockenfutter Lamm & Reis 12 kg) wurde aufgrund eines Fehlers bei
> unserem Zahlungsdienstleister zweimal von Ihrer Kreditkarte abgebucht.
> Den doppelt belasteten Betrag von 74,98 EUR haben wir soeben erstattet.
> Freundliche Grüße
> Aylin Demir
> Fellfreunde Kundenservice
> Wir werden Sie niemals per E-Mail nach Ihrem Passwort oder Ihren Kartendaten fragen.
> > Am 01.12.2026 um 09:12 schrieb Stefan Kühn:
> > Hallo, mir wurde die Bestellung FF-602231 doppelt abgebucht, 2x 74,98 EUR
> > von der Kreditkarte. Bitte um Prüfung und Erstattung."""),

    dict(n=17, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Nina Hoffmann <nina.hoffmann@mailbox.example>",
         to="support@stadtflitzer-carsharing.example",
         subject="AW: App stürzt beim Öffnen ab [Ticket #CS-48213]",
         body="""\
Hi,

nach dem Update auf 3.8.1 läuft die App wieder einwandfrei, danke!

Kurze Frage noch: Kann ich bei euch eigentlich auch einen Kindersitz mitbuchen, oder muss ich den selbst mitbringen?

LG Nina

Am 29.11.2026 um 10:15 schrieb StadtFlitzer Support <support@stadtflitzer-carsharing.example>:
> Hallo Nina,
> danke für deine Meldung. Der Absturz direkt nach dem Start betrifft
> derzeit viele Android-Nutzer, wir arbeiten mit Hochdruck an einem Update.
> Viele Grüße, dein StadtFlitzer-Team
> > Am 28.11.2026 um 19:03 schrieb Nina Hoffmann:
> > seit heute stürzt die App sofort nach dem Start ab. Ich stehe gerade
> > vor dem Auto in der Körnerstraße und komme nicht rein, weil ich es
> > nur über die App öffnen kann. Bitte helft mir!"""),

    dict(n=18, signals="-", priority="low", trap="job-application", qt=0, reply=0,
         frm="Felix Ortmann <felix.ortmann@post-mail.example>",
         to="info@boulderwerk-freiburg.example",
         subject="Bewerbung als Trainer / Thekenkraft (Teilzeit)",
         body="""\
Hallo Team vom Boulderwerk,

auf eurer Instagram-Seite habe ich gesehen, dass ihr ab Februar Verstärkung für Kurse und Theke sucht, und da möchte ich mich gern bewerben.

Kurz zu mir: Ich bin 27, studiere Sportwissenschaft im Master und klettere seit gut zwölf Jahren, drinnen wie draußen. Seit 2023 habe ich die Trainer-C-Lizenz Sportklettern und leite beim Alpenverein eine Kindergruppe. Meinen Erste-Hilfe-Kurs (Outdoor, 16 UE) habe ich im Oktober aufgefrischt, außerdem bin ich ausgebildeter Brandschutzhelfer aus meinem alten Nebenjob im Kino.

Nach einer Knieverletzung im letzten Frühjahr war ich ein paar Monate raus, bin aber seit dem Sommer wieder voll dabei. Und ja, Stürze aus vier Metern auf die Matte gehören bei mir zum Alltag, ich weiß also, wie man sie Anfängern erklärt. :)

Ich hätte zwei bis drei Abende pro Woche und jedes zweite Wochenende Zeit. Lebenslauf und Zeugnisse hänge ich an. Über eine Rückmeldung würde ich mich sehr freuen!

Viele Grüße
Felix Ortmann
0157 3320 4418"""),

    dict(n=19, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Cyberschutz Akademie <events@cyberschutz-akademie.example>",
         to="support@dentaplan-software.example",
         subject="Einladung: Live-Webinar „Gehackt über Nacht – wie Praxen sich vor Ransomware schützen“",
         body="""\
Sehr geehrte Damen und Herren,

im vergangenen Jahr wurden in Deutschland Hunderte Arzt- und Zahnarztpraxen Opfer von Cyberangriffen. Oft reicht ein einziger Klick auf eine gefälschte Rechnung, und Patientendaten sind verschlüsselt oder gestohlen, die Praxis steht still.

In unserem kostenlosen Live-Webinar am Mittwoch, 20. Januar 2027, 18:00 bis 19:00 Uhr, zeigen wir Ihnen:
• wie Phishing-Mails an Praxen heute aussehen
• warum schwache Passwörter und fehlende Zwei-Faktor-Anmeldung das größte Einfallstor sind
• was im Ernstfall in den ersten 24 Stunden zu tun ist (inkl. Meldepflichten nach DSGVO)

Referent: Dipl.-Inf. Markus Sendler, IT-Sicherheitsberater für das Gesundheitswesen

Als Softwareanbieter für Zahnarztpraxen sind Sie für uns auch als Partner interessant: Gern stellen wir Ihren Kunden das Webinar exklusiv und kostenfrei zur Verfügung.

Jetzt anmelden: www.cyberschutz-akademie.example/webinar-praxis

Mit freundlichen Grüßen
Ihr Team der Cyberschutz Akademie

Cyberschutz Akademie GmbH · Friedrichstraße 98 · 10117 Berlin
Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben oder als Geschäftskontakt registriert sind. Abmelden: www.cyberschutz-akademie.example/abmelden"""),

    dict(n=20, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Paul Riedel <paul.riedel@mailbox.example>",
         to="fragen@tixbox.example",
         subject="Frage vor dem Kauf: was passiert bei Absage?",
         body="""\
Hey,

ich überlege, für meine Freundin und mich zwei Stehplatzkarten für Die Stromschnellen am 14.03. in der Zenith-Halle zu kaufen (wir haben die Jungs letztes Jahr in Köln gesehen, da hat echt die Bude gebrannt).

Bevor ich 2x 89 € ausgebe, noch zwei Fragen:
1. Wenn das Konzert abgesagt oder verschoben wird, bekomme ich dann den vollen Preis zurück, inkl. Servicegebühr? Und muss ich mich selbst darum kümmern oder läuft die Erstattung automatisch?
2. Kann ich ein Ticket auf einen anderen Namen umschreiben lassen, falls meine Freundin doch nicht kann?

Danke schon mal!
Paul"""),

    dict(n=21, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Sandra Klöckner <s.kloeckner@hartmann-architekten.example>",
         to="service@buero-profi.example",
         subject="Anfrage: neuer Multifunktionsdrucker für unser Büro",
         body="""\
Guten Tag Herr Weidemann,

unser alter Laserdrucker im 2. OG hat nach elf Jahren treuer Dienste endgültig den Geist aufgegeben, und weil hier vor dem Jahresende ohnehin die Hütte brennt (Abgaben für drei Wettbewerbe), hätten wir gern möglichst schnell Ersatz.

Wir sind 14 Leute und brauchen:
- Farbe, A3, Scan direkt in einen Ordner auf dem Netzlaufwerk
- ca. 3.000 Seiten im Monat
- gern wieder mit Wartungsvertrag wie beim alten Gerät

Könnten Sie uns zwei, drei Geräte mit Preis und Lieferzeit anbieten? Wenn Sie bei der Lieferung eine kurze Einweisung machen könnten (gern als Crashkurs für die Kollegen, 15 Minuten reichen), wäre das prima.

Freundliche Grüße
Sandra Klöckner
Büroleitung

Hartmann Architekten PartGmbB
Schillerplatz 3 · 70173 Stuttgart · Tel. 0711 660 42 10
Diese Nachricht ist vertraulich. Wenn Sie nicht der beabsichtigte Empfänger sind, benachrichtigen Sie bitte den Absender und löschen Sie diese Nachricht."""),

    # ------------------------------------------------------------------ context rows
    dict(n=22, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Birgit Lohmann <birgit.lohmann@kabelpost.example>",
         to="rechnung@tierklinik-am-stadtpark.example",
         subject="AW: AW: Rechnung 2026-11873 doppelt abgebucht – DRITTE Nachfrage",
         body="""\
Das ist jetzt meine dritte Mail, und ich bekomme nicht einmal eine Antwort. Langsam reicht es mir wirklich.

Noch einmal zum Mitschreiben: Die Behandlung unseres Katers Moritz (Zahnsanierung am 14.11.) wurde ZWEIMAL von meiner Karte abgebucht, 2x 486,30 €. Fast tausend Euro, kurz vor Weihnachten. Ich will die doppelte Zahlung bis Freitag zurück auf meinem Konto haben, sonst lasse ich die Buchung über meine Bank zurückholen und wende mich an die Verbraucherzentrale.

Birgit Lohmann

Am 25.11.2026 um 08:52 schrieb Birgit Lohmann <birgit.lohmann@kabelpost.example>:
> Hallo, ich hatte am 18.11. geschrieben und noch keine Antwort erhalten.
> Bitte kümmern Sie sich um die doppelte Abbuchung. Die Kontoauszüge kann
> ich Ihnen gern schicken.
> > Am 18.11.2026 um 19:30 schrieb Birgit Lohmann:
> > Guten Tag, die Rechnung 2026-11873 über 486,30 € wurde am 16.11. zweimal
> > per Kartenzahlung abgebucht. Bitte erstatten Sie den doppelten Betrag.
> > Mit freundlichen Grüßen, Birgit Lohmann"""),

    dict(n=23, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Marco Lehmann <m.lehmann@pastaprima-gastro.example>",
         to="support@kassenwerk-pos.example",
         subject="ALLE Filialen: Kassen offline, keine Bonierung möglich",
         body="""\
Hallo,

seit ca. 17:45 Uhr zeigen die Kassen in allen sechs Pasta-Prima-Filialen (3x Köln, Bonn, Leverkusen, Düsseldorf) dieselbe Meldung:

"Keine Verbindung zum Kassenserver (Code POS-1102). Bestellungen werden lokal zwischengespeichert."

Zwischengespeichert wird aber nichts, die Bons kommen weder in der Küche noch an der Theke an, und Kartenzahlung geht auch nicht. Es ist Freitagabend, alle Läden sind voll, die Teams schreiben gerade Bestellungen auf Zettel und nehmen nur noch Bargeld.

Router und Kassen haben wir in zwei Filialen schon neu gestartet, ohne Erfolg. Internet funktioniert überall.

Ich brauche sofort jemanden am Telefon: 0221 9930 5561 (mobil 0172 881 2290).

Marco Lehmann
Bereichsleitung Betrieb, Pasta Prima Gastro GmbH"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Daniela Russo <salon@haarmonie-hildesheim.example>",
         to="hilfe@termino-salon.example",
         subject="Online-Buchung auf unserer Homepage zeigt keine freien Termine",
         body="""\
Hallo liebes Termino-Team,

seit gestern Nachmittag zeigt das Buchungsfenster auf unserer Homepage bei allen Mitarbeiterinnen „Keine freien Termine“, obwohl der Kalender für nächste Woche noch ziemlich leer ist. Kundinnen haben schon angerufen und gefragt, ob wir Urlaub machen. 😅

Im Kalender selbst und in der Termino-App auf dem Tablet funktioniert alles ganz normal: Termine eintragen, verschieben, Erinnerungs-SMS, alles gut. Im Moment nehmen wir die Buchungen eben telefonisch und über Instagram an, das geht schon, ist auf Dauer aber etwas mühsam.

Können Sie sich das bei Gelegenheit ansehen? Unsere Salon-ID ist 30-4471.

Liebe Grüße
Daniela Russo
Haarmonie – Ihr Friseur in der Altstadt
Almsstraße 21, 31134 Hildesheim"""),
]
