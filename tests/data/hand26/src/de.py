# blind27 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ursula Behrendt <u.behrendt@posteingang.example>",
         to="service@kuschelwarm.example",
         subject="Heizdecke Modell KW 150",
         body="""\
Sehr geehrte Damen und Herren,

ich habe im Oktober bei Ihnen die Heizdecke KW 150 gekauft. Heute früh bin ich aufgewacht,
weil es im Schlafzimmer komisch gerochen hat, so ähnlich wie ein heiß gewordenes Bügeleisen.
Auf der Unterseite der Decke, da wo das Kabel in den Schalter geht, ist ein handtellergroßer
brauner Fleck, und das Kabel ist an der Stelle ganz weich und klebrig. Das Laken darunter hat
auch eine gelbliche Stelle.

Ich habe den Stecker sofort gezogen. Die Decke lag auf Stufe 2, wie in der Anleitung
angegeben, und war nicht geknickt.

Bitte teilen Sie mir mit, wie ich jetzt vorgehen soll. Die Rechnung habe ich noch.

Mit freundlichen Grüßen
Ursula Behrendt
"""),
    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jonas Kretschmer <jonas.kretschmer@mailfach.example>",
         to="kundenservice@tippitoppi-spielwaren.example",
         subject="Sternenlicht-Spieluhr: Batteriefach geht ohne Werkzeug auf",
         body="""\
Hallo,

unsere Tochter (14 Monate) saß gestern Abend mit der Sternenlicht-Spieluhr im Bettchen. Als
meine Frau nach ihr gesehen hat, lag der Deckel vom Batteriefach neben ihr und sie hatte eine
der Knopfzellen im Mund. Wir haben sie ihr rausgeholt und sind vorsichtshalber in die
Kinderklinik gefahren, dort wurde zum Glück nichts gefunden.

Die Schraube am Fach ist noch drin, der Deckel rastet aber trotzdem einfach aus, wenn man ein
bisschen daran dreht. Ich habe das heute bei unserer zweiten Spieluhr (Geschenk von der Oma)
ausprobiert: gleiches Ergebnis.

Artikelnummer laut Karton: TT-8812, gekauft im September in Ihrem Onlineshop,
Bestellnummer 5510-33827.

Ich erwarte eine schnelle Rückmeldung, was Sie da unternehmen. Da haben bestimmt noch andere
Eltern das Ding im Kinderbett liegen.

Jonas Kretschmer
"""),
    dict(n=3, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Leonie Hartwig <leonie.h@webpost.example>",
         to="support@flitz-scooter.example",
         subject="Frage zum Akku",
         body="""\
Hi,

ist es normal, dass der Akku von meinem Flitz S3 nach dem Laden so heiß ist, dass man ihn nicht
anfassen kann? Seit ein paar Tagen wölbt sich außerdem die Unterseite vom Trittbrett nach unten
und es zischt leise, wenn er am Ladegerät hängt.

Der Roller steht bei uns im Flur direkt neben der Wohnungstür. Soll ich ihn trotzdem weiter
laden?

LG Leonie
"""),
    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Matthias Engel <m.engel@heimnetz.example>",
         to="hilfe@wachsam-smarthome.example",
         subject="In meiner App ist eine fremde Wohnung zu sehen",
         body="""\
Guten Abend,

ich habe eben die Wachsam-App geöffnet, um nach unserer Innenkamera zu sehen, während wir im
Urlaub sind. Statt unseres Wohnzimmers sehe ich das Live-Bild aus einer fremden Wohnung: ein
Kinderzimmer mit Hochbett, gerade ist eine Frau durchs Bild gelaufen. Die Kamera heißt in der
App "Kamera Flur", bei uns heißt sie "Wohnzimmer".

Ich finde das ehrlich gesagt erschreckend. Wenn ich deren Kamera sehe, sieht dann jemand
anderes gerade unsere? Ich habe die App erst einmal geschlossen, aber unsere Kamera ist zu Hause
ja weiter an.

Bitte melden Sie sich umgehend. Kundennummer WS-2204917.

Matthias Engel
"""),
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Serkan Aydin <s.aydin@powerhaus-fitness.example>",
         to="support@gatecontrol.example",
         subject="DRINGEND: Drehkreuze in allen 4 Studios bleiben zu",
         body="""\
Hallo,

seit ca. 6:15 Uhr lassen die Drehkreuze in allen vier Powerhaus-Studios (Nord, Süd, Altstadt,
Hafen) niemanden mehr durch. Die Mitglieder halten ihre Karte oder das Handy an den Leser, es
piept rot, bei jedem. Am Tresen sehen wir in der Software nur "Verbindung wird hergestellt...".

Morgens ist bei uns Hochbetrieb, vor dem Studio Nord stehen gerade ca. 40 Leute. Wir lassen die
Leute jetzt per Hand durch die Notausgangstür rein und schreiben Namen auf, das geht so nicht
lange gut.

Rückruf bitte an 030 23125 417.

Serkan Aydin
Betriebsleitung Powerhaus Fitness
"""),
    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Praxis Dr. Lindqvist <praxis@zahnarzt-lindqvist.example>",
         to="support@dentaplan-software.example",
         subject="Terminbuch leer - Wartezimmer voll",
         body="""\
Sehr geehrtes Support-Team,

seit heute Morgen zeigt das Terminbuch in DentaPlan für alle drei Behandler nur noch leere Tage
an, für heute und für die ganze Woche. Gestern waren noch alle Termine da. Die Patienten stehen
aber natürlich trotzdem vor der Tür, das Wartezimmer ist voll und wir wissen nicht, wer wann
zu wem bestellt ist und was geplant war. Die Karteikarten lassen sich ebenfalls nicht öffnen,
es kommt nur eine Sanduhr.

Wir haben alle Rechner neu gestartet, ohne Erfolg.

Bitte rufen Sie uns sofort zurück, Telefon 030 23125 802.

Mit freundlichen Grüßen
Birgit Sommer
Praxismanagerin, Zahnarztpraxis Dr. Lindqvist
"""),
    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Ahmad Rahimi <ahmad.rahimi@schnellpost.example>",
         to="fahrer-support@liefergleich.example",
         subject="kann keine Aufträge annehmen",
         body="""\
Hallo,

seit dem Update heute Mittag kann ich in der Fahrer-App keine Aufträge mehr annehmen. Der
Auftrag kommt, ich drücke auf "Annehmen", dann passiert gar nichts, und nach 30 Sekunden ist er
weg. Das war jetzt schon 15 Mal. Handy neu gestartet, App neu installiert, alles gemacht.

Ich verdiene heute kein Geld so. Bitte schnell helfen.

Fahrer-ID 77120
Ahmad Rahimi
"""),
    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Katrin Voss <info@pension-seeblick.example>",
         to="support@channelhub.example",
         subject="Verfügbarkeiten kommen stark verzögert bei den Portalen an",
         body="""\
Guten Tag,

uns ist aufgefallen, dass Änderungen an Verfügbarkeiten und Preisen, die wir in ChannelHub
eintragen, erst mit fünf bis sechs Stunden Verspätung bei den Buchungsportalen ankommen.
Gestern hatten wir deswegen fast eine Doppelbuchung für Zimmer 4.

Im Moment ist Nebensaison, und wir haben nur sechs Zimmer, deshalb sperren wir Zimmer bei
Bedarf zusätzlich direkt in den Portalen. Das klappt, ist aber mühsam. Ab Mitte Dezember wird
es bei uns voll, bis dahin sollte das bitte wieder normal laufen.

Objekt-ID: PS-1187

Viele Grüße
Katrin Voss
Pension Seeblick
"""),
    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Dr. Friedrich Albers <f.albers@kanzlei-albers.example>",
         to="kundenservice@nordwind-air.example",
         subject="AW: Ihre Anfrage 771-2043: Online-Check-in nicht möglich",
         body="""\
Es geht immer noch nicht. Abflug ist morgen früh um 6:05 Uhr.
Ich erwarte heute noch eine verbindliche Auskunft.

F. Albers

> -----Ursprüngliche Nachricht-----
> Von: Nordwind Air Kundenservice <kundenservice@nordwind-air.example>
> Gesendet: Dienstag, 10. November 2026 09:14
> An: Dr. Friedrich Albers
> Betreff: Ihre Anfrage 771-2043: Online-Check-in nicht möglich
>
> Sehr geehrter Herr Dr. Albers,
>
> vielen Dank für Ihre Nachricht. Der Online-Check-in für Ihre Buchung NW4K7Q bricht derzeit
> aufgrund einer technischen Störung nach der Sitzplatzwahl ab. Unsere Technik arbeitet an
> einer Lösung. Wir bitten um etwas Geduld.
>
> Mit freundlichen Grüßen
> Ihr Nordwind Air Kundenservice
"""),
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Herbert Klinger <herbert.klinger@t-post.example>",
         to="service@apotheke-am-markt.example",
         subject="Doppelte Abbuchung",
         body="""\
Sehr geehrte Damen und Herren,

ich habe am 3. November über Ihre Internetseite meine Blutdrucktabletten und die Augentropfen
bestellt, Bestellnummer AM-260311. Die Ware ist gut angekommen, vielen Dank.

Auf meinem Kontoauszug ist der Betrag von 27,45 Euro aber zweimal abgebucht worden, beide Male
am 4. November. Ich habe nur einmal bestellt. Meine Tochter hat mir beim Bestellen geholfen und
sagt auch, dass nur einmal auf "Kaufen" gedrückt wurde.

Ich bitte Sie, mir den doppelten Betrag zurückzuüberweisen.

Mit freundlichen Grüßen
Herbert Klinger
"""),
    dict(n=11, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Mia Schuster <mia.schuster@mailfach.example>",
         to="tickets@stadttheater-kornmarkt.example",
         subject="Karte wird bei der Zahlung immer abgelehnt - Vorverkauf endet heute",
         body="""\
Hallo,

ich versuche seit einer Stunde, zwei Karten für "Der Besuch der alten Dame" am 21.11. zu
kaufen. Bei der Zahlung kommt jedes Mal "Zahlung abgelehnt", egal ob Kreditkarte oder PayPal.
Meine Bank sagt, bei ihnen kommt gar keine Anfrage an. Die Karten sind ein Geburtstagsgeschenk
und laut Ihrer Seite endet der Online-Vorverkauf heute um 18 Uhr.

Können Sie mir die Karten reservieren oder mir sagen, wie ich sonst bezahlen kann?

Danke und viele Grüße
Mia Schuster
"""),
    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Tobias Wendt <tobi.wendt@webpost.example>",
         to="mitglieder@fitwerk.example",
         subject="Abbuchung trotz Kündigung",
         body="""\
Moin,

ich hab meinen Vertrag fristgerecht zum 30.09. gekündigt (Kündigungsbestätigung vom 12.06.
habe ich hier als PDF) und trotzdem wurden am 1.10. und am 1.11. jeweils 34,90 € abgebucht.
Mitgliedsnummer 60344.

Bitte stoppen Sie die Lastschrift und überweisen Sie mir die 69,80 € zurück. Sonst lasse ich
das über die Bank zurückbuchen.

Gruß
Tobias Wendt
"""),
    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Nadine Kowalski <nadine.kowalski@holzbau-brenner.example>",
         to="personal@holzbau-brenner.example",
         subject="Gehalt Oktober nicht angekommen",
         body="""\
Hallo liebes Personalbüro,

mein Oktobergehalt ist bis heute nicht auf meinem Konto eingegangen. Die Gehaltsabrechnung
habe ich im Portal, da steht als Auszahlungsdatum der 30.10. Bei den Kollegen ist das Geld
wohl angekommen. Ich habe im September meine Bankverbindung geändert (neue IBAN bei der
Sparkasse), vielleicht ist es noch an das alte Konto gegangen, das ich aber gekündigt habe.

Morgen geht meine Miete ab, und ohne das Gehalt platzt die Lastschrift. Könnt ihr bitte
dringend nachsehen und mir sagen, wann das Geld kommt?

Danke!
Nadine Kowalski
Personalnummer 2318, Montage
"""),
    dict(n=14, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Lena Brückner <l.brueckner@physio-am-park.example>",
         to="it@physio-am-park.example",
         subject="Zugang zu TheraDoc gesperrt",
         body="""\
Hi,

mein TheraDoc-Zugang ist gesperrt ("Benutzerkonto gesperrt, bitte Administrator kontaktieren").
Ich musste heute früh das Passwort ändern, und beim dritten Versuch war dann Schluss.

Ich komme damit weder an die Behandlungspläne noch kann ich dokumentieren, und mein erster
Patient ist um 8:30 da. Könnt ihr mich bitte schnell entsperren?

Lena (Raum 3)
"""),
    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Karl-Heinz Dietrich <kh.dietrich@posteingang.example>",
         to="kundenservice@funkfix-mobil.example",
         subject="Kundenportal kennt mich nicht mehr",
         body="""\
Guten Tag,

ist es normal, dass ich mich nach der Rufnummernmitnahme nicht mehr ins Kundenportal einloggen
kann? Ich bin seit dem 1. November bei Ihnen (Nummer mitgenommen von meinem alten Anbieter) und
konnte mich im Oktober noch anmelden. Jetzt kommt bei meiner E-Mail-Adresse immer "Kein Konto
mit diesen Daten gefunden". Über "Passwort vergessen" kommt auch keine Mail.

Ich möchte gerne meine Rechnungen einsehen und die Auslandsoption buchen.

Kundennummer 4490217-3

Mit freundlichen Grüßen
Karl-Heinz Dietrich
"""),
    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Elif Demir <elif.demir@schnellpost.example>",
         to="support@stromweg-laden.example",
         subject="Bestätigungscode kommt nicht",
         body="""\
Hallo, ich will mich in der Stromweg-App anmelden, aber der Bestätigungscode per SMS kommt
nicht. Habe es schon zehnmal probiert, auch mit WLAN aus. Laden kann ich zur Not mit der
Ladekarte, aber ich komme nicht an meine Ladehistorie. Handynummer ist die 0152 28817 340.
Gruß Elif
"""),
    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Sabine Roth <sabine.roth@mailfach.example>",
         to="datenschutz@klarblick-linsen.example",
         subject="Bitte Kundenkonto löschen",
         body="""\
Sehr geehrte Damen und Herren,

ich habe mich inzwischen für eine Augen-OP entschieden und brauche keine Kontaktlinsen mehr.
Bitte kündigen Sie mein Linsen-Abo zum nächstmöglichen Termin und löschen Sie anschließend mein
Kundenkonto (Kundennummer KB-118840) mit allen gespeicherten Daten, auch die hinterlegten
Sehwerte und die Bankverbindung.

Eine kurze Bestätigung per E-Mail wäre nett.

Mit freundlichen Grüßen
Sabine Roth
"""),
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Jannik Pohl <jannik.pohl@webpost.example>",
         to="hallo@wuffwerk-spielzeug.example",
         subject="Euer Kauknochen ist der Knaller",
         body="""\
Hey ihr Lieben,

kurzes Feedback: Euer neuer Kauknochen "Bärenstark" schlägt bei uns ein wie eine Bombe. Unser
Bruno dreht komplett durch, sobald er ihn sieht, und das Ding hat jetzt drei Wochen überlebt,
das hat bisher kein Spielzeug geschafft. Der Wahnsinn.

Gibt's den auch in Größe XL? Die Nachbarshündin (Dogge) ist schon ganz neidisch.

Liebe Grüße
Jannik und Bruno
"""),
    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Gisela Marquardt <gisela.marquardt@t-post.example>",
         to="bestellung@duftwolke-shop.example",
         subject="Duftöl \"Kaminfeuer\" wieder lieferbar?",
         body="""\
Guten Tag,

ich benutze seit letztem Winter Ihren Aroma-Diffusor mit dem Duftöl "Kaminfeuer" und bin sehr
zufrieden. Leider steht das Öl im Shop seit Wochen auf "ausverkauft". Wissen Sie schon, wann es
wieder kommt? Ich würde dann gleich drei Fläschchen nehmen. Falls es das nicht mehr gibt: Gibt
es einen ähnlichen Duft?

Freundliche Grüße
Gisela Marquardt
"""),
    dict(n=20, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Nail Lounge Hoang <kontakt@naillounge-hoang.example>",
         to="service@nagelprofi-bedarf.example",
         subject="AW: Ihre Reklamation 20-44731 - UV-Gel Set",
         body="""\
Hallo,

das Ersatzpaket ist heute gekommen, diesmal alle Fläschchen heil. Vielen Dank für die schnelle
Erledigung!

Viele Grüße
Thi Hoang
Nail Lounge Hoang

Am 06.11.2026 um 10:42 schrieb Nagelprofi Kundenservice:
> Guten Tag Frau Hoang,
>
> es tut uns leid, dass Ihr UV-Gel Set beschädigt angekommen ist. Wir schicken Ihnen heute ein
> Ersatzpaket. Die Versandkosten von 5,90 € haben wir Ihnen als Rückerstattung auf Ihre
> Kreditkarte gebucht; die Gutschrift sollte in 3 bis 5 Werktagen auf Ihrer Abrechnung
> erscheinen.
>
> Freundliche Grüße
> Ihr Nagelprofi-Team
"""),
    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Stefan Lorenz <stefan.lorenz@heimnetz.example>",
         to="info@sprungwelt-trampoline.example",
         subject="Fragen vor dem Kauf: Trampolin Sky 430",
         body="""\
Guten Tag,

wir überlegen, das Sky 430 mit Sicherheitsnetz für unseren Garten zu kaufen, und hätten vorher
ein paar Fragen:

- Bis zu welchem Gewicht ist es zugelassen? Manchmal springe ich auch mit den Kindern.
- Wie lange gibt es Ersatzteile, z. B. Federn und Randabdeckung?
- Falls es uns nicht gefällt: Kann man es nach dem Aufbau noch zurückgeben, und wer zahlt dann
  die Spedition?
- Gibt es eine Empfehlung, wie weit es von Zaun und Terrasse entfernt stehen sollte, damit sich
  keiner verletzt, wenn er mal über den Rand hinaus springt?

Vielen Dank im Voraus!
Stefan Lorenz
"""),
    dict(n=22, signals="-", priority="low", trap="job", qt=0, reply=0,
         frm="Miriam Falk <miriam.falk@mailfach.example>",
         to="karriere@wachsam-smarthome.example",
         subject="Bewerbung als IT-Security Analyst (Ref. 2026-17)",
         body="""\
Sehr geehrte Frau Berger,

mit großem Interesse habe ich Ihre Ausschreibung als IT-Security Analyst gelesen. In den letzten
vier Jahren war ich im Security Operations Center eines Energieversorgers tätig. Dort habe ich
Hackerangriffe und Phishing-Kampagnen analysiert, bei zwei Datenlecks die Forensik und die
Meldung an die Aufsichtsbehörde begleitet und Notfallpläne für den Ausfall der
Leitstellensysteme mitgeschrieben.

Gerade bei vernetzten Kameras und Türschlössern halte ich sichere Voreinstellungen für
entscheidend, und daran würde ich gern bei Ihnen mitarbeiten.

Lebenslauf und Zeugnisse finden Sie im Anhang. Über eine Einladung zum Gespräch freue ich mich.

Mit freundlichen Grüßen
Miriam Falk
"""),
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Felix Baumann <felix.baumann@schnellpost.example>",
         to="hilfe@paketbox24.example",
         subject="Fach lässt sich per App nicht öffnen",
         body="""\
Hallo,

seit dem letzten App-Update lässt sich das Fach an der Paketbox Bahnhofstraße nicht mehr per
App öffnen. Ich tippe auf "Fach öffnen", die App sucht kurz nach Bluetooth und meldet dann
"Verbindung fehlgeschlagen". Mit dem Abholcode aus der SMS direkt am Display ging es dann, das
Paket habe ich also.

Trotzdem wäre es schön, wenn das mit der App wieder klappt, dafür habe ich sie ja.

Grüße
Felix Baumann
"""),
    dict(n=24, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Renate Hofmann <renate.hofmann@posteingang.example>",
         to="service@klarblick-linsen.example",
         subject="Kleine Unstimmigkeit auf der Rechnung",
         body="""\
Guten Tag,

nur eine Kleinigkeit, es eilt überhaupt nicht: Auf meiner letzten Rechnung (Nr. R-2026-55120)
sind 0,49 € Versand berechnet, obwohl im Abo eigentlich versandkostenfrei steht. Vielleicht
können Sie das beim nächsten Mal verrechnen.

Ansonsten alles bestens, die Linsen kommen immer pünktlich.

Freundliche Grüße
Renate Hofmann
"""),
]
