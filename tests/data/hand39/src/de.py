# blind40 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="list", qt=0, reply=0,
         frm="Jürgen Albrecht <j.albrecht@t-netz.example>",
         to="service@waermetechnik-bauer.example",
         subject="Wartung am Montag – ein paar Punkte",
         body="""\
Guten Tag Frau Bauer,

Ihr Monteur war am Montag zur Wartung unserer Gastherme bei uns. Dazu noch ein
paar Punkte:

- Die Rechnung ist noch nicht angekommen, gerne auch per E-Mail.
- Die Uhr am Raumthermostat geht seitdem eine Stunde nach.
- Seit gestern Abend riecht es im Heizungskeller deutlich nach Gas, und heute
  früh hat der CO-Melder dort zweimal gepiept. Wir haben die Kellerfenster
  aufgemacht und die Tür zugesperrt, die Kinder schlafen oben.

Wann kann heute jemand vorbeikommen? Ich bin unter 0171 2345678 erreichbar.

Mit freundlichen Grüßen
Jürgen Albrecht
Lindenweg 12, 79110 Freiburg"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sabine Krüger <sabine.krueger@webpost.example>",
         to="kundenservice@apotheke-direkt.example",
         subject="Falsche Tabletten in Bestellung 4471-2290",
         body="""\
Sehr geehrte Damen und Herren,

in der Lieferung vom 1. Dezember (Bestellung 4471-2290) war statt Bisoprolol
1,25 mg eine Packung Bisoprolol 10 mg. Die Packungen sehen fast gleich aus,
und meine Mutter (81) hat drei Tage lang daraus ihre gewohnte Tablette
genommen, bevor ich es bemerkt habe.

Sie war seit Donnerstag sehr schwach und schwindelig und ist gestern im Bad
gestürzt. Der Notarzt hat einen Puls von 38 gemessen, jetzt liegt sie zur
Beobachtung im Krankenhaus.

Auf dem Rezept steht eindeutig 1,25 mg. Ich möchte wissen, wie das passieren
konnte und ob noch andere Kunden diese Verwechslung bekommen haben. Die
Packung habe ich aufbewahrt.

Sabine Krüger"""),

    dict(n=3, signals="safety,account", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Tobias Wendt <tobi.wendt@freenet-mail.example>",
         to="hilfe@marktplatz24.example",
         subject="Komme nicht mehr in mein Konto",
         body="""\
Hallo,

ich hab gestern eine SMS bekommen, mein Paket hängt fest, und hab auf der
verlinkten Seite meine Marktplatz24-Zugangsdaten eingegeben. War wohl dumm.
Heute früh kamen zwei Mails, dass meine E-Mail-Adresse und die Lieferadresse
geändert wurden, und jetzt komm ich mit meinem Passwort nicht mehr rein.

Im Konto ist meine Kreditkarte hinterlegt. Bitte sperrt das Konto, bevor
jemand damit bestellt!

Kundennummer 20918834
Tobias Wendt

Von meinem iPhone gesendet"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Claudia Voigt <anmeldung@physio-kessler.example>",
         to="support@terminfix.example",
         subject="WG: Ihre Terminerinnerung",
         body="""\
Guten Tag,

unten die Nachricht eines Patienten von gestern. Zwei weitere Patienten haben
heute früh mit dem gleichen Inhalt angerufen. Wir haben die Erinnerungsmails
vorerst abgeschaltet – bitte prüfen Sie das dringend.

Claudia Voigt
Praxismanagement, Physiotherapie Kessler, Leipzig

-------- Weitergeleitete Nachricht --------
Betreff: Ihre Terminerinnerung
Datum: Mon, 7 Dec 2026 08:12:40 +0100
Von: Frank Ehlers <f.ehlers@mailbox.example>
An: anmeldung@physio-kessler.example

Guten Morgen,
in Ihrer Terminerinnerung für morgen stehen unten nicht nur meine Angaben,
sondern eine Liste mit etwa 20 anderen Patienten: Namen, Telefonnummern,
Geburtsdaten und bei einigen die Diagnose ("Z. n. Kreuzband-OP" usw.). So
etwas möchte ich mit meinen eigenen Daten auch nicht erleben.
Bitte um Rückmeldung.
Frank Ehlers"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Markus Hoffmann <m.hoffmann@metzgerei-hoffmann.example>",
         to="support@kassenprofi.example",
         subject="Alle Filialen: Kassen hängen beim Bon",
         body="""\
Hallo,

seit ca. 6:15 Uhr zeigen die Kassen in allen 14 Filialen beim Abschließen
eines Bons nur noch "Verbindung zum Server wird hergestellt ..." und bleiben
dann hängen. Wir können weder bar noch mit Karte kassieren, die Verkäuferinnen
schreiben alles auf Zettel. Heute werden die ersten Weihnachtsbestellungen
abgeholt, vor den Theken stehen die Leute bis auf die Straße.

Router und eine Kasse in der Filiale Marktplatz haben wir neu gestartet,
ohne Erfolg.

Bitte rufen Sie mich sofort zurück: 0151 23456789.

Markus Hoffmann
Geschäftsführer, Metzgerei Hoffmann GmbH & Co. KG"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Lena Brandt <l.brandt@kulturwerk-halle.example>",
         to="support@tixscan.example",
         subject="Einlass 18:30 – Scanner-App lädt keine Tickets",
         body="""\
Hallo, dringend:
Die Einlass-App bleibt auf allen 12 Scannern seit 17:40 bei "Ticketdaten werden geladen" stehen. Einlass ist um 18:30, ausverkauft, 2.400 Gäste. Auf zwei Geräten neu installiert, gleiches Bild.
Bitte sofort melden: 0160 9876543

Lena Brandt, Kulturwerk Halle
Gesendet von meinem Smartphone"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Aylin Demir <info@salon-aylin.example>",
         to="hilfe@termio.example",
         subject="Kalender komplett leer",
         body="""\
Hallo liebes Termio-Team,

als ich heute früh den Kalender aufgemacht habe, war er komplett leer – keine
einzige Buchung mehr, weder heute noch in den nächsten Wochen. Online buchen
können die Kundinnen auch nicht, da steht nur "Keine freien Termine". Ich hab
es am Tablet und am Laptop probiert.

Ich bin allein im Salon und weiß jetzt nicht, wer heute kommt. Die ersten
Kundinnen stehen um 9 vor der Tür. Bitte helft mir schnell!

Liebe Grüße
Aylin Demir
Salon Aylin, Kassel"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Petra Lorenz <p.lorenz@stb-lorenz-weber.example>",
         to="support@lohnwerk-software.example",
         subject="PDF-Export Lohnjournal bricht ab",
         body="""\
Guten Tag,

seit dem Update vom Mittwoch bricht bei uns der PDF-Export der Lohnjournale
nach ein paar Sekunden mit "Export fehlgeschlagen (Code 0x17)" ab. Die
Abrechnungen selbst, die Meldungen an die Krankenkassen und der Versand an die
Mandanten laufen normal.

Im Moment drucken wir die Journale über den Windows-PDF-Drucker aus. Das geht,
ist aber bei rund 40 Mandanten ziemlich mühsam. Ist der Fehler bekannt, und
wann kommt ein Fix?

Mit freundlichen Grüßen
Petra Lorenz
Steuerkanzlei Lorenz & Weber, Regensburg"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Wolfgang Seidel <w.seidel@gmx-post.example>",
         to="hilfe@hoerwelt.example",
         subject="Cover-Bilder laden langsam",
         body="""\
Hallo,

nur als Hinweis: Seit etwa einer Woche dauert es in der App ziemlich lange,
bis in meiner Bibliothek die Cover-Bilder erscheinen, teilweise 20 bis 30
Sekunden. Die Hörbücher selbst starten sofort und laufen einwandfrei, also
kein Drama.

Vielleicht ist es ja schon bekannt. Handy ist ein Pixel 7, App-Version 5.12.

Schöne Grüße
Wolfgang Seidel"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Julia Neumann <julia.neumann@posteo-mail.example>",
         to="kundenservice@stadtflitzer.example",
         subject="Frage zur Monatsrechnung November",
         body="""\
Hallo,

kurze Frage zu meiner Rechnung für November (Nr. SF-2611-08841): Da steht
neben den Fahrten eine "Servicepauschale" über 1,90 €. Die hatte ich in den
Monaten davor nicht. Wofür ist die genau, und fällt die jetzt jeden Monat an?

Ist nicht schlimm, ich möchte es nur verstehen.

Viele Grüße
Julia Neumann"""),

    dict(n=11, signals="payment", priority="medium", trap="ticket-reply", qt=0, reply=1,
         frm="Dennis Vogel <dennis.vogel@webpost.example>",
         to="service@linienbus-fern.example",
         subject="AW: Ihre Erstattungsanfrage [Ticket#2026101411000432]",
         body="""\
Hallo,

laut Ihrer Mail unten sollte die Erstattung innerhalb von 14 Tagen da sein.
Das ist jetzt fast acht Wochen her, und auf meinem PayPal-Konto ist nichts
angekommen. Die Fahrt Berlin–Hamburg am 9. Oktober wurde von Ihnen gestrichen,
Buchungsnummer 7720 1184, Betrag 38,98 €.

Bitte prüfen Sie, wo das Geld hängt.

Dennis Vogel

Am 14.10.2026 um 11:03 schrieb Kundenservice <service@linienbus-fern.example>:
> Sehr geehrter Herr Vogel,
> wir bedauern den Ausfall Ihrer Fahrt. Die Erstattung in Höhe von 38,98 EUR
> wurde veranlasst und wird innerhalb von 14 Tagen über Ihre ursprüngliche
> Zahlungsart gutgeschrieben.
> Ihr Kundenservice-Team"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Monika Schäfer <monika.schaefer@t-netz.example>",
         to="beitrag@hanseatische-hausrat.example",
         subject="Zu hoher Beitrag abgebucht – Vertrag HR-5530218",
         body="""\
Sehr geehrte Damen und Herren,

am 1. Dezember haben Sie für meine Hausratversicherung (Vertrag HR-5530218)
89,40 € von meinem Konto abgebucht. Laut meinem letzten Beitragsbescheid
beträgt der Quartalsbeitrag aber 59,40 €, und über eine Änderung wurde ich
nicht informiert.

Bitte überweisen Sie mir die Differenz von 30,00 € zurück oder erklären Sie
mir, wie der höhere Betrag zustande kommt.

Mit freundlichen Grüßen
Monika Schäfer
Gartenstraße 5, 28195 Bremen"""),

    dict(n=13, signals="payment", priority="high", trap="non-native", qt=0, reply=0,
         frm="Kateryna Bondarenko <kateryna.bondarenko@mailbox.example>",
         to="karten@novabank-kreditkarte.example",
         subject="Karte gesperrt in Vietnam, brauche schnell Hilfe",
         body="""\
Hallo,

ich bin seit 2 Wochen in Vietnam auf Reise und seit gestern meine Kreditkarte
wird überall abgelehnt, im Hotel und bei Geldautomat. In der App steht "Karte
vorübergehend gesperrt", aber ich habe nichts gemacht und keine Nachricht
bekommen. Ich habe nur noch ungefähr 40 Euro bar.

Das Hotel will morgen früh die Rechnung für 6 Nächte (ca. 310 Euro) und mein
Flug nach Hause ist erst am 15. Dezember. Bitte können Sie die Karte schnell
wieder freischalten? Anrufen ist schwierig wegen Zeitverschiebung.

Kartennummer endet mit 6618.

Vielen Dank!
Kateryna Bondarenko"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Helmut Brandl <h.brandl@online-post.example>",
         to="app-support@vitalkasse.example",
         subject="Neues Handy – wie richte ich die App wieder ein?",
         body="""\
Grüß Gott,

ich habe mir ein neues Handy gekauft und möchte die VitalKasse-App darauf
nutzen. Beim alten Handy musste ich mich damals mit einem Code per Brief
freischalten. Muss ich das jetzt wieder machen, oder kann ich die Anmeldung
mit Fingerabdruck einfach mitnehmen? Das alte Handy habe ich noch.

Versichertennummer: K482913370

Mit freundlichen Grüßen
Helmut Brandl"""),

    dict(n=15, signals="account", priority="medium", trap="inline", qt=0, reply=1,
         frm="Nicole Hartmann <nicole.hartmann@webpost.example>",
         to="kundenservice@funkstark.example",
         subject="AW: Ihr Anliegen 88213054 – Passwort zurücksetzen",
         body="""\
Hallo Herr Yilmaz,

danke für die schnelle Antwort, meine Antworten stehen direkt unter Ihren
Fragen. Ich möchte nur wieder an meine Rechnungen im Kundencenter kommen,
es eilt also nicht.

Nicole Hartmann

-----Ursprüngliche Nachricht-----
Von: FunkStark Kundenservice <kundenservice@funkstark.example>
Gesendet: Montag, 30. November 2026 14:31
Betreff: Ihr Anliegen 88213054 – Passwort zurücksetzen

> 1. An welche E-Mail-Adresse soll der Link gehen?
An diese hier, sie ist auch im Kundencenter hinterlegt.
> 2. Haben Sie den Spam-Ordner geprüft?
Ja, mehrfach. Es kommt gar nichts an, auch nicht nach einer Stunde.
> 3. Welche Meldung sehen Sie beim Login?
"Benutzername oder Passwort falsch", nach dem dritten Versuch "Zugang
vorübergehend gesperrt".
> 4. Können Sie sich alternativ per SMS-Code anmelden?
Nein, die Option wird mir nicht angeboten."""),

    dict(n=16, signals="account", priority="medium", trap="disclaimer", qt=0, reply=0,
         frm="Dr. Stefanie Wolff <s.wolff@kanzlei-wolff-partner.example>",
         to="support@aktenwerk.example",
         subject="Zugang einer ausgeschiedenen Mitarbeiterin sperren",
         body="""\
Sehr geehrte Damen und Herren,

unsere Rechtsanwaltsfachangestellte Frau Melanie Berger ist zum 30.11. aus
der Kanzlei ausgeschieden. Bitte sperren Sie ihren Benutzerzugang (m.berger)
in AktenWerk und übertragen Sie die ihr zugeordneten Fristen und
Wiedervorlagen auf Frau Jana Roth (j.roth).

Als Administratorin kann ich den Zugang zwar deaktivieren, die Fristen lassen
sich aber nicht umhängen – die Schaltfläche ist ausgegraut.

Für eine kurze Bestätigung wäre ich dankbar.

Mit freundlichen Grüßen

Dr. Stefanie Wolff
Rechtsanwältin
Wolff & Partner Rechtsanwälte PartG mbB
Schillerstraße 22 | 70173 Stuttgart
Tel. 0711 123456-0 | Fax 0711 123456-99

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen.
Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich
erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie
diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser
E-Mail sind nicht gestattet."""),

    dict(n=17, signals="account", priority="high", trap="locked", qt=0, reply=0,
         frm="Sven Petersen <disposition@petersen-transporte.example>",
         to="support@frachtnetz.example",
         subject="Konto gesperrt – Disposition steht",
         body="""\
Moin,

seit heute früh 7 Uhr kommt beim Login in unser Firmenkonto (Kd.-Nr. 100482)
nur noch "Ihr Konto wurde gesperrt. Bitte wenden Sie sich an den Support."
Das Passwort stimmt, bei beiden Disponenten dasselbe. Eine Mail oder eine
Begründung haben wir nicht bekommen.

Wir haben sechs Lkw, die heute Mittag leer in Hamburg stehen und Rückladung
brauchen, und kommen an keine Angebote ran. Bitte schalten Sie das Konto heute
noch frei oder rufen Sie mich an: 0461 5566778.

Gruß
Sven Petersen
Petersen Transporte, Flensburg"""),

    dict(n=18, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Andrea Richter <andrea.richter@familie-post.example>",
         to="info@abenteuer-camps.example",
         subject="Danke für das tolle Hüttenwochenende!",
         body="""\
Liebes Team vom Abenteuercamp,

unser Paul ist am Sonntag total kaputt, aber überglücklich von der
Adventsfreizeit zurückgekommen. Er ist immer noch Feuer und Flamme und
erzählt ununterbrochen von der Fackelwanderung, dem Lagerfeuer und der
Schneeballschlacht, bei der er sich wohl die Seele aus dem Leib geschrien hat.

Das Rodeln fand er "der absolute Hammer", und die Gruselgeschichten am Abend
waren "zum Totlachen". Sein bester Freund platzt hier fast vor Neid.

Vielen Dank an alle Betreuer, besonders an Jonas und Mira. Nächstes Jahr ist
er auf jeden Fall wieder dabei!

Herzliche Grüße
Andrea Richter"""),

    dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Florian Huber <f.huber@brauerei-huber.example>",
         to="vertrieb@maelzerei-sommer.example",
         subject="Rauchmalz – Charge 2611 und Nachbestellung",
         body="""\
Servus Frau Sommer,

unser Rauchbier aus Ihrem Buchenrauchmalz geht seit dem Weihnachtsmarkt ab
wie eine Rakete, der erste Sud war in drei Tagen weg. Wir würden deshalb gern
nachbestellen:

- 2 Tonnen Buchenrauchmalz, wenn möglich wieder aus Charge 2611, die hatte
  genau das richtige Raucharoma
- 500 kg Karamellmalz hell

Können Sie mir außerdem das Analysenzertifikat zur Charge 2611 schicken? Das
brauche ich für unsere Unterlagen.

Liefertermin gern KW 2, wir brennen schon darauf, den nächsten Sud anzusetzen.

Mit bestem Gruß
Florian Huber
Braumeister, Brauerei Huber, Bamberg"""),

    dict(n=20, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="IHK Nordhessen Veranstaltungen <veranstaltungen@ihk-nordhessen.example>",
         to="info@hotelbedarf-schneider.example",
         subject="Einladung: Online-Seminar „Hackerangriff – was tun?“ am 14. Januar",
         body="""\
Sehr geehrte Damen und Herren,

ein Datenleck, ein gehacktes E-Mail-Postfach oder eine gefälschte Rechnung per
Phishing-Mail – Cyberangriffe treffen längst nicht mehr nur Konzerne. In
unserem kostenlosen Online-Seminar zeigen Experten des Landeskriminalamts,
wie Betrüger vorgehen und wie Sie im Ernstfall richtig reagieren.

Termin: Donnerstag, 14. Januar 2027, 10:00–11:30 Uhr
Themen:
- Erpressungstrojaner: Wenn plötzlich alle Daten gesperrt sind
- Passwörter und Zwei-Faktor-Anmeldung im Betrieb
- Notfallplan: Wen informiere ich bei einem Angriff zuerst?

Anmeldung unter www.ihk-nordhessen.example/cyber

Mit freundlichen Grüßen
Ihr Veranstaltungsteam der IHK Nordhessen

Sie erhalten diese E-Mail als Mitgliedsunternehmen der IHK Nordhessen.
Abmelden: www.ihk-nordhessen.example/abmelden"""),

    dict(n=21, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Katrin Möller <katrin.moeller@webpost.example>",
         to="buchung@fewo-seeblick.example",
         subject="Anreise heute später + WLAN",
         body="""\
Hallo Frau Janssen,

wir kommen heute leider deutlich später als geplant: Unser Auto ist kurz
hinter Hannover liegen geblieben, Keilriemen gerissen, und der Abschleppwagen
hat fast zwei Stunden gebraucht. Jetzt geht es zum Glück weiter, wir sind
wohl gegen 22 Uhr da.

Klappt das mit dem Schlüsselsafe auch so spät? Und könnten Sie mir schon mal
das WLAN-Passwort schicken? Mein Mann muss morgen früh kurz für die Arbeit
online sein.

Danke und bis später!
Katrin Möller
(Buchung 2026-118, 4 Nächte)"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Ingrid Baumann <ingrid.baumann@online-post.example>",
         to="ausleihe@stadtbuecherei-wendlingen.example",
         subject="AW: Mein Leserkonto ist gesperrt",
         body="""\
Liebe Frau Köhler,

vielen Dank, jetzt klappt es wieder! Ich habe gleich zwei E-Books ausgeliehen.

Eine Frage noch: Kann ich die Hörbücher auch auf meinem alten Kindle hören,
oder geht das nur über die App?

Herzliche Grüße
Ingrid Baumann

Am 01.12.2026 um 09:14 schrieb Stadtbücherei Wendlingen <ausleihe@stadtbuecherei-wendlingen.example>:
> Liebe Frau Baumann,
> wir haben Ihr Leserkonto wieder freigeschaltet. Bitte melden Sie sich mit
> Ihrer Ausweisnummer und dem neuen Passwort aus unserem Brief an.
> Mit freundlichen Grüßen, Ihre Stadtbücherei
> Am 30.11.2026 um 17:52 schrieb Ingrid Baumann:
> > Guten Tag, ich komme seit Samstag nicht mehr in mein Leserkonto. Es heißt
> > immer "Konto gesperrt", obwohl ich alle Bücher zurückgegeben habe.
> > Mein Passwort wird auch nicht mehr angenommen."""),

    dict(n=23, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Matthias Brenner <m.brenner@kraemer-automotive.example>",
         to="premium-support@edi-connect.example",
         subject="SLA Prio 1: Lieferabrufe kommen verzögert – Vertrag PS-2024-118",
         body="""\
Sehr geehrte Damen und Herren,

seit heute 05:00 Uhr kommen die Lieferabrufe unserer OEM-Kunden über Ihre
EDI-Plattform nur noch mit rund zwei Stunden Verzögerung bei uns an, einige
sogar doppelt. Unsere Just-in-Sequence-Fertigung in Werk 2 plant derzeit mit
veralteten Daten. Noch laufen die Bänder, aber bei weiteren Verzögerungen
müssen wir Sonderfahrten einlegen.

Gemäß unserem Premium-Support-Vertrag (PS-2024-118) gilt für Störungen der
Priorität 1 eine Reaktionszeit von 30 Minuten. Ich bitte um umgehende
Rückmeldung und einen festen Ansprechpartner.

Mit freundlichen Grüßen
Matthias Brenner
Leiter IT-Betrieb
Krämer Automotive GmbH, Werk Heilbronn"""),

    dict(n=24, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Birgit Lehmann <b.lehmann@pflegedienst-sonnenschein.example>",
         to="support@caretour.example",
         subject="Keine SMS-Codes – 120 Pflegekräfte kommen nicht in die App",
         body="""\
Hallo CareTour-Support,

seit ca. 5:30 Uhr bekommt bei uns niemand mehr den SMS-Code für die Anmeldung
in der CareTour-App. Betroffen sind alle vier Standorte, rund 120 Pflegekräfte
in der Frühschicht. Ohne Anmeldung sehen sie weder ihre Touren noch die
Einsatzdaten der Patienten und können keine Leistungen dokumentieren.

Wir verteilen die Touren gerade per Telefon aus dem Büro, aber das hält bei
über 600 Patientenbesuchen am Tag nicht lange. Bitte melden Sie sich sofort:
0341 9988776 (Pflegedienstleitung).

Birgit Lehmann
Pflegedienstleitung, Ambulanter Pflegedienst Sonnenschein GmbH"""),
]
