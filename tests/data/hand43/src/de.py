# blind44 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sabine Krüger <s.krueger@kita-sonnenblume.example>",
         to="kundenservice@frischetisch-catering.example",
         subject="Mittagessen heute – mehrere Kinder erbrechen sich",
         body="""\
Sehr geehrte Damen und Herren,

heute gab es bei uns wie geplant Ihr Menü 3 (Hähnchenfrikassee mit Reis, Lieferung
11:20 Uhr, Lieferschein 48812). Ab etwa 13:30 Uhr haben sich während der Mittagsruhe
nacheinander sieben Kinder aus zwei Gruppen übergeben, mehrere haben Durchfall und
Bauchkrämpfe. Ein dreijähriger Junge wurde eben von seinen Eltern in die Kinderklinik
gebracht, weil er nichts mehr trinken wollte. Zwei Erzieherinnen, die mitgegessen haben,
geht es ebenfalls schlecht.

Die Reste haben wir abgedeckt im Kühlschrank zurückgestellt, das Gesundheitsamt ist
informiert.

Bitte rufen Sie mich umgehend an (0351 448 2210) und sagen Sie uns, welche anderen
Einrichtungen heute dasselbe Essen bekommen haben.

Mit freundlichen Grüßen
Sabine Krüger
Leitung Kita Sonnenblume, Dresden-Pieschen"""),
    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Markus Lehner <m.lehner@mailbox-de.example>",
         to="service@urbanroll-scooter.example",
         subject="Lenkstange während der Fahrt weggeklappt – Sohn verletzt",
         body="""\
Guten Tag,

mein Sohn (16) ist gestern Nachmittag mit dem UrbanRoll X2, den wir im September bei
Ihnen gekauft haben (Bestellnr. UR-558031), die Hauptstraße runtergefahren. Bei ungefähr
20 km/h ist die Lenkstange am Klappgelenk einfach nach vorne weggeklappt. Er ist über
den Lenker gegangen und mit dem Gesicht auf den Asphalt geknallt.

Ergebnis: Platzwunde am Kinn (genäht), zwei abgebrochene Schneidezähne, verstauchtes
Handgelenk. Er hatte einen Helm auf, sonst wäre es noch schlimmer ausgegangen.

Das Gelenk war eingerastet und der Hebel zu, er hat das jedes Mal so gemacht wie in der
Anleitung. Ich habe Fotos vom Gelenk, da ist ein Bolzen komplett rausgerutscht.

Ich erwarte, dass Sie sich heute noch melden. Und ich will wissen, wie viele von diesen
Rollern noch da draußen herumfahren.

Markus Lehner
0171 5538 204"""),
    dict(n=3, signals="safety", priority="critical", trap="forward", qt=0, reply=0,
         frm="Dr. Annette Vogel <vogel@loewen-apotheke-kassel.example>",
         to="qualitaet@medipharm-grosshandel.example",
         subject="WG: Falsche Stärke in Packung – Bisoprolol 2,5 mg, Ch.-B. 24K117",
         body="""\
Sehr geehrte Damen und Herren,

unten die Notiz meiner Kollegin von heute Vormittag. Wir haben alle 14 Packungen dieser
Charge aus der Lieferung vom 30.11. (Lieferschein 7720154) aus dem Verkehr gezogen und
separat gelagert. Bitte klären Sie dringend, ob weitere Apotheken beliefert wurden, und
geben Sie mir Bescheid, ob ein Rückruf vorbereitet wird.

Mit freundlichen Grüßen
Dr. Annette Vogel
Inhaberin, Löwen-Apotheke Kassel
Tel. 0561 7739 120

---------- Weitergeleitete Nachricht ----------
Von: Julia Hensel <hensel@loewen-apotheke-kassel.example>
Datum: Do., 3. Dez. 2026 um 10:48
Betreff: Bisoprolol
An: Annette Vogel

Frau Dr. Vogel,
Frau B. (78) war eben da. Ihr ist seit Montag ständig schwindlig, gestern ist sie im Bad
zusammengesackt. Die Tochter hat die Packung mitgebracht: außen Bisoprolol 2,5 mg, innen
zwei Blister mit 10 mg. Sie nimmt also seit Montag die vierfache Dosis. Hausarzt ist
informiert, sie wird heute durchgecheckt. Ich habe die anderen Packungen aus dem Lager
aufgemacht: in drei weiteren dasselbe.
J. Hensel"""),
    dict(n=4, signals="safety", priority="critical", trap="terse", qt=0, reply=0,
         frm="Ayşe Demir <ayse.demir@netzpost.example>",
         to="kundendienst@wohnwelt-moebel.example",
         subject="Hängeschrank runtergekommen",
         body="""\
Hallo,
der Hängeschrank aus der Küche, die Ihre Monteure letzte Woche aufgebaut haben (Auftrag
2026-11873), ist heute Mittag komplett von der Wand gekommen, mit dem ganzen Geschirr
drin. Meine Mutter (81) stand zwei Sekunden vorher genau darunter. Die Schiene hängt
noch, die Dübel sind rausgerissen. Der Schrank daneben hängt auch schon schief, wir
trauen uns nicht mehr in die Küche. Bitte schicken Sie heute noch jemanden.
Ayşe Demir
0176 2290 4413

Von meinem iPhone gesendet"""),
    dict(n=5, signals="safety,account", priority="critical", trap="data", qt=0, reply=0,
         frm="Holger Wendt <disposition@taxi-wendt-bochum.example>",
         to="support@fahrtfunk-dispatch.example",
         subject="Tablet aus Taxi gestohlen – Fahrer-Login bitte sofort sperren",
         body="""\
Hallo FahrtFunk-Team,

heute Nacht gegen 2 Uhr wurde bei einem unserer Wagen (Konzession 117) am Hauptbahnhof
die Scheibe eingeschlagen und das Fahrertablet aus der Halterung gerissen. Auf dem
Tablet war die FahrtFunk-App mit dem Login von Fahrer Emre Yıldız angemeldet, mit allen
Vorbestellungen für heute: Namen, Abholadressen, Telefonnummern, auch die Dialysefahrten
mit den Patientendaten.

Anzeige bei der Polizei ist gemacht. In der Zentrale können wir das Gerät nicht abmelden,
unter "Geräte verwalten" bekommen wir nur "Keine Berechtigung".

Bitte sperren Sie das Gerät und den Login sofort und sagen Sie uns, ob man über die App
auch an ältere Fahrten kommt.

Holger Wendt
Taxi Wendt GmbH, Bochum – Zentrale 0234 55 00 55"""),
    dict(n=6, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Gertrud Hofmann <g.hofmann@tonline-post.example>",
         to="praxis@zahnarzt-dr-seidel.example",
         subject="Fremde Unterlagen in meinem Patientenportal",
         body="""\
Sehr geehrtes Praxisteam,

entschuldigen Sie bitte die Störung, ich weiß nicht, ob ich hier richtig bin.

Ich wollte mir gestern Abend im Patientenportal den Heil- und Kostenplan für meine neue
Brücke ansehen. Unter „Meine Dokumente“ stehen aber nicht nur meine Sachen, sondern auch
Röntgenbilder, ein Kostenplan und eine Rechnung von einem Herrn Jürgen Albrecht aus
Eschborn, mit Geburtsdatum, Adresse und Versichertennummer. Ich habe nur die erste Datei
kurz geöffnet und dann gleich wieder zugemacht. Heute früh war alles noch genauso da.

Ich dachte, das sollten Sie wissen. Mir wäre es auch nicht recht, wenn jemand Fremdes
meine Unterlagen sieht.

Mit freundlichen Grüßen
Gertrud Hofmann"""),
    dict(n=7, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Thomas Gerber <thomas.gerber@klinikum-ostheide.example>",
         to="service@medistation-systeme.example",
         subject="DRINGEND: Medikamentenschränke Station 4 und 5 lassen sich nicht öffnen",
         body="""\
Sehr geehrte Damen und Herren,

seit ca. 05:40 Uhr lassen sich die MediStation-Schränke auf unseren Stationen 4 (Innere)
und 5 (Chirurgie) nicht mehr öffnen. Nach der Anmeldung per Fingerabdruck erscheint nur
„Verbindung zum Server wird hergestellt …“, dann springt das Display zurück auf den
Startbildschirm. Mit den Notfallschlüsseln haben wir die dringendsten Medikamente
entnommen, aber ohne Buchung und nur mit Gegenzeichnung.

Auf beiden Stationen liegen zusammen 58 Patienten, um 8 Uhr ist die große
Medikamentenrunde. Einen Neustart der Schränke haben wir bereits versucht.

Bitte melden Sie sich sofort unter 05141 960-4410. Servicevertrag Nr. MS-2019-0873,
vereinbarte Reaktionszeit 1 Stunde.

Mit freundlichen Grüßen
Thomas Gerber
Pflegerische Stationsleitung Innere Medizin 4
Klinikum Ostheide gGmbH | Am Klinikpark 2 | 29221 Celle

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie
nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben,
informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das
unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
Klinikum Ostheide gGmbH · Sitz Celle · Amtsgericht Lüneburg HRB 20417"""),
    dict(n=8, signals="outage", priority="critical", trap="scale", qt=0, reply=1,
         frm="Claudia Reinholz <c.reinholz@alpina-hotels.example>",
         to="support@keylogic-hospitality.example",
         subject="AW: Ticket 2026-44102 – Zimmerkarten öffnen keine Türen",
         body="""\
Hallo,

seit meiner Mail von 7:15 Uhr hat sich niemand gemeldet. Inzwischen sind es nicht mehr
nur München und Augsburg, sondern alle sechs Häuser. Wir haben heute über 400 Anreisen
wegen der Messe, die ersten Gruppen stehen ab 14 Uhr an der Rezeption. Unsere
Haustechniker laufen mit Generalschlüsseln über die Flure und sperren den Gästen die
Zimmer einzeln auf.

Bitte rufen Sie mich SOFORT an: 089 2180 3377.

Claudia Reinholz
Director of Operations, Alpina Hotels GmbH

-----Ursprüngliche Nachricht-----
Von: Claudia Reinholz
Gesendet: Donnerstag, 3. Dezember 2026 07:15
An: support@keylogic-hospitality.example
Betreff: Ticket 2026-44102 – Zimmerkarten öffnen keine Türen

> Seit heute Nacht öffnen neu codierte Zimmerkarten in unseren Häusern München-Zentrum
> und Augsburg keine Türen mehr, das Schloss blinkt nur rot. Karten von gestern gehen
> noch. Der Encoder an der Rezeption meldet trotzdem „Schreiben erfolgreich“."""),
    dict(n=9, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Birgit Sauer <hofladen.sauer@landpost.example>",
         to="haendler-support@paykasse-terminals.example",
         subject="Kartenterminal seit Samstag gesperrt",
         body="""\
Guten Tag,

unser Kartenterminal (PK-200, Seriennummer 8841-2207-55) zeigt seit Samstag früh nur
noch „Terminal gesperrt – bitte Hotline kontaktieren“. Die Hotline sagt nach 20 Minuten
Warteschleife, ich soll eine Mail schreiben. Also bitte.

Wir sind ein kleiner Hofladen, nur mein Mann und ich. Seit Samstag können wir nur noch
Bargeld annehmen, und sonst zahlt gut die Hälfte der Kundschaft mit Karte. Am Samstag
sind bestimmt 15 Leute ohne Einkauf wieder gegangen, weil sie kein Bargeld dabeihatten.

Bitte schalten Sie das Gerät wieder frei oder sagen Sie mir, was wir tun müssen.

Birgit Sauer
Hofladen Sauer, Am Lindenweg 4, 34587 Felsberg"""),
    dict(n=10, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Jens Hoffmann <jens.hoffmann@webpost-de.example>",
         to="kundenservice@kabelnetz-mitte.example",
         subject="Aufnahmen, Fernbedienung, Programmführer",
         body="""\
Hallo zusammen,

ein paar Punkte zu meinem Anschluss (Kundennr. 7045-118290):

1. Seit dem Update der Box letzte Woche kann ich keine Aufnahmen mehr abspielen. Die
   Liste wird angezeigt, aber wenn ich eine Sendung starte, bleibt das Bild schwarz und
   nach ein paar Sekunden bin ich wieder im Menü. Live-Fernsehen und Internet laufen
   normal, und die Mediathek tut's auch, da schauen wir die Sachen halt jetzt nach.
   Trotzdem ärgerlich, ich hatte noch das ganze Pokalspiel drauf.
2. Auf der Fernbedienung ist die Beschriftung der Tasten fast abgerieben. Kann man eine
   neue bestellen?
3. Im Programmführer steht ARD-alpha zweimal.

Danke und schöne Grüße
Jens Hoffmann"""),
    dict(n=11, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Renate Kühn <renate.kuehn@freenet-post.example>",
         to="info@stadtbad-lindenau.example",
         subject="Frage zur Abbuchung der Jahreskarte",
         body="""\
Guten Tag,

auf meinem Kontoauszug sehe ich, dass für meine Jahreskarte (Nr. 0412) diesmal 289 €
abgebucht wurden, letztes Jahr waren es 265 €. Ist das die Preiserhöhung, von der im
Aushang an der Kasse die Rede war, oder gilt für Senioren noch der alte Tarif?

Ist nicht eilig, ich bin ja sowieso jeden Dienstag da.

Freundliche Grüße
Renate Kühn"""),
    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Philipp Scholz <philipp.scholz@mailfach.example>",
         to="service@sonnenlinie-busreisen.example",
         subject="AW: Ihr Anliegen 318-55920 – Erstattung Busreise Gardasee",
         body="""\
Hallo Frau Brenner,

die Erstattung ist bis heute nicht auf meinem Konto angekommen, und das sind jetzt fünf
Wochen. Könnten Sie bitte nachsehen, wohin das Geld überwiesen wurde? Meine IBAN hatte
ich im Formular angegeben (endet auf 4471).

Viele Grüße
Philipp Scholz

Am 28.10.2026 um 11:03 schrieb Sonnenlinie Busreisen Kundenservice <service@sonnenlinie-busreisen.example>:
> Sehr geehrter Herr Scholz,
>
> wir bedauern, dass die Reise „Herbst am Gardasee“ (2.–6. November) mangels
> Teilnehmern abgesagt werden musste. Den Reisepreis von 2 × 449,00 € erstatten wir
> Ihnen vollständig, die Überweisung erfolgt innerhalb von 14 Tagen.
>
> Mit freundlichen Grüßen
> Katrin Brenner, Kundenservice"""),
    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Stefan Wagner <stefan.wagner@familie-wagner.example>",
         to="schaden@hanse-wohnschutz.example",
         subject="Schaden 2026-WG-10377 – Auszahlung fehlt, Handwerker drohen mit Baustopp",
         body="""\
Sehr geehrte Damen und Herren,

Sie haben mir am 12. November schriftlich bestätigt, dass Sie den Leitungswasserschaden
in unserem Haus mit 18.460 € regulieren (Schreiben von Herrn Dittmer liegt mir vor).
Seitdem ist kein Cent angekommen. Am Telefon heißt es jedes Mal, die Zahlung sei
„angewiesen“.

Trocknungsfirma und Estrichleger haben bisher vorgeleistet, jetzt liegen Abschlagsrechnungen
über 11.200 € bei mir, fällig am Freitag. Wenn bis dahin nichts kommt, ziehen beide ihre Leute ab, und wir sitzen mit zwei kleinen Kindern weiter in einem Haus ohne
Fußboden im Erdgeschoss. Vorstrecken kann ich das Geld nicht.

Bitte überweisen Sie den Betrag sofort und schicken Sie mir eine Bestätigung.

Mit freundlichen Grüßen
Stefan Wagner
Versicherungsnummer HW-4418-0072"""),
    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Klaus Dietrich <k.dietrich@kabelmail.example>",
         to="kundenservice@nordbank-direkt.example",
         subject="Neue Handynummer für die TAN hinterlegen",
         body="""\
Guten Tag,

ich bekomme demnächst einen neuen Handyvertrag mit neuer Nummer. Wie ändere ich die
Mobilnummer, an die die TANs fürs Onlinebanking geschickt werden? Muss ich das vorher
machen, solange die alte Nummer noch geht, oder klappt das auch hinterher?

Vielen Dank im Voraus
Klaus Dietrich"""),
    dict(n=15, signals="account", priority="medium", trap="inline", qt=0, reply=1,
         frm="Lena Fischer <lena.fischer@mailpost.example>",
         to="service@milchmond-babykost.example",
         subject="AW: Ihre Anfrage zum Kundenkonto [#A-20931]",
         body="""\
Hallo Herr Kaya,

danke für die schnelle Antwort, ich schreibe Ihnen die Antworten einfach dazwischen:

> Mit welcher E-Mail-Adresse ist Ihr Konto registriert?

lena.fischer@mailpost.example, also die, von der ich gerade schreibe.

> Welche Meldung erhalten Sie beim Anmelden?

„E-Mail-Adresse oder Passwort falsch.“ Ich habe das Passwort zurückgesetzt, der Link kam
auch, aber mit dem neuen Passwort kommt genau dieselbe Meldung.

> Läuft Ihr Abo weiter?

Ja, die letzte Lieferung kam ganz normal. Ich wollte nur die nächste um eine Woche
schieben, weil wir im Urlaub sind, und das geht eben nur im Kundenkonto. Die Lieferung
ist am 15., also ist noch ein bisschen Zeit.

Viele Grüße
Lena Fischer"""),
    dict(n=16, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Dr. Miriam Lorenz <lorenz@tierarzt-am-stadtpark.example>",
         to="support@vetsoft-praxis.example",
         subject="Admin-Zugang gesperrt – neue Kollegin fängt heute an",
         body="""\
Hallo VetSoft-Support,

ich komme nicht mehr in meinen Admin-Zugang. Nach dem Handywechsel am Wochenende ist die
Authenticator-App weg, und nach drei Versuchen mit alten Backup-Codes steht da jetzt
„Konto vorübergehend gesperrt“.

Das Problem: Heute um 8 Uhr hat unsere neue Tierärztin angefangen, und nur ich als Admin
kann ihr einen Benutzer anlegen. Ohne Zugang kann sie keine Befunde eintragen, keine
Rezepte ausstellen und nichts abrechnen, sie läuft jetzt bei mir mit. Die anderen
Kolleginnen arbeiten ganz normal.

Können Sie die Zwei-Faktor-Anmeldung zurücksetzen? Ich bin in der Praxis unter
0911 4470 215 erreichbar, am besten zwischen den Terminen.

Viele Grüße
Miriam Lorenz
Tierarztpraxis am Stadtpark, Nürnberg"""),
    dict(n=17, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Heinz Bauer <heinz.bauer@bauer-privat.example>",
         to="zaehlerstand@stadtwerke-rheintal.example",
         subject="Zählerstand nachgereicht – Vertragskonto 401 229 873",
         body="""\
Guten Tag,

entschuldigen Sie, dass ich den Zählerstand erst jetzt schicke. Ihre Ablesekarte kam,
als ich nach meinem Skiunfall im Krankenhaus lag: Schienbeinbruch, Notoperation in
Innsbruck, danach noch zwei Wochen Reha. Meine Frau wusste nicht, wo der Zähler hängt,
und hatte ehrlich gesagt auch andere Sorgen.

Zählerstand Gas, abgelesen heute (3.12.): 18447,2 m³
Zählernummer: 1ESY 2209 4471

Ich hoffe, das ist für die Jahresabrechnung nicht zu spät. Ein Foto vom Zähler hänge ich
an.

Mit freundlichen Grüßen
Heinz Bauer"""),
    dict(n=18, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Uwe Kamphausen <u.kamphausen@baeckerei-kamphausen.example>",
         to="vertrieb@thermoback-oefen.example",
         subject="Rückmeldung zu den neuen Etagenöfen",
         body="""\
Hallo Herr Seidler,

kurze Rückmeldung nach sechs Wochen mit den neuen ThermoBack-Etagenöfen in unserer
Backstube in Gütersloh: Die Dinger sind der Hammer.

Im alten Ofen ist uns jede zweite Nacht was verbrannt, hinten links war die heiße Ecke,
da ist jedes Blech angebrannt, und wenn die Laugenbrezeln rauskamen, stand die halbe
Backstube im Rauch. Die Jungs haben den Rauchmelder irgendwann nur noch „den Wecker“
genannt. Jetzt backt alles gleichmäßig durch, nichts brennt mehr an, und die Haube zieht
den Dampf locker weg.

Die Gesellen sind Feuer und Flamme, und der Gasverbrauch ist auch runter. Für die
Filialen in Bielefeld und Herford würden wir im Frühjahr gern noch zwei Öfen bestellen.
Können Sie mir bis Ende Januar ein Angebot schicken?

Beste Grüße aus der Backstube
Uwe Kamphausen
Bäckerei Kamphausen GmbH – 9 Filialen in Ostwestfalen"""),
    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Nina Brückner <nina.brueckner@kurzpost.example>",
         to="service@autohaus-mertens.example",
         subject="Fahrsicherheitstraining im Januar – noch Plätze frei?",
         body="""\
Hallo,

ich habe bei Ihnen im Autohaus den Flyer für das Fahrsicherheitstraining auf dem
Verkehrsübungsplatz gesehen und würde gern meinen Sohn (19, Führerschein seit Mai) und
mich anmelden.

Ehrlich gesagt ist der Anlass, dass er letzten Monat auf glatter Straße einen Unfall
gebaut hat: ins Schleudern gekommen, in die Leitplanke, Totalschaden am Golf. Zum Glück
ist ihm nichts passiert, aber mir sitzt der Schreck noch in den Knochen. Er soll lernen,
wie man eine Notbremsung macht und was man tut, wenn das Auto ausbricht, bevor er wieder
allein auf die Autobahn geht.

Gibt es im Januar noch einen Samstagstermin? Und kann man auch mit einem Leihwagen von
Ihnen teilnehmen, solange wir noch kein neues Auto haben?

Viele Grüße
Nina Brückner"""),
    dict(n=20, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Vanessa Roth <vanessa@traumtag-hochzeiten.example>",
         to="events@schloss-hohenfels.example",
         subject="Hochzeit Keller/Aydın am 12.06. – Feuershow und Kaltfunken erlaubt?",
         body="""\
Liebes Event-Team von Schloss Hohenfels,

für die Hochzeit von Frau Keller und Herrn Aydın am 12. Juni planen wir wie besprochen
den Empfang im Innenhof und die Feier im Rittersaal. Das Brautpaar ist Feuer und Flamme
für zwei Ideen, und ich möchte vorab klären, ob das bei Ihnen geht:

1. Eine Feuershow mit Feuerspuckern im Innenhof gegen 22 Uhr, ca. 10 Minuten.
2. Zum Eröffnungstanz im Rittersaal zwei Kaltfunken-Fontänen. Laut Hersteller keine
   offene Flamme und kein Rauch, das Datenblatt schicke ich Ihnen gern.

Ich weiß, dass der Rittersaal Rauchmelder hat und die Brandschutzauflagen streng sind.
Muss die Feuerwehr informiert werden oder eine Brandwache vor Ort sein, und wer trägt
gegebenenfalls die Kosten dafür?

Herzliche Grüße
Vanessa Roth
Traumtag Hochzeiten – Planung & Koordination"""),
    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Netzwerk Nord IT-Service <newsletter@netzwerknord-it.example>",
         to="info@druckerei-hansen.example",
         subject="IT-Sicherheitsbrief Dezember: Phishing zu Weihnachten, Passwort-Check, Webinar",
         body="""\
Liebe Kundinnen und Kunden,

die Weihnachtszeit ist Hochsaison für Betrüger. Unsere Themen im Dezember:

• Phishing-Welle mit gefälschten Paketbenachrichtigungen: So erkennt Ihr Team die Mails,
  bevor jemand draufklickt.
• Datenleck bei einem großen Onlineshop: Prüfen Sie mit unserem kostenlosen
  Passwort-Check, ob Ihre Zugangsdaten betroffen sind.
• Praxisbericht: Wie ein Handwerksbetrieb aus Kiel gehackt wurde und nach drei Tagen
  Stillstand wieder lief.
• Webinar „Gestohlene Laptops, gesperrte Konten – was tun im Ernstfall?“ am 15.12. um
  10 Uhr, 45 Minuten, kostenlos.

Anmeldung: netzwerknord-it.example/webinar

Ihr Team von Netzwerk Nord IT-Service

Sie erhalten diesen Newsletter, weil Sie Kunde bei uns sind.
Abmelden: netzwerknord-it.example/abmelden"""),
    dict(n=22, signals="-", priority="low", trap="crash-course", qt=0, reply=0,
         frm="Sophie Wendland <sophie.wendland@postfach24.example>",
         to="kurse@linguaplus-sprachschule.example",
         subject="Crashkurs Spanisch vor meiner Reise im Februar",
         body="""\
Hallo,

ich fliege Mitte Februar für drei Wochen nach Andalusien und würde vorher gern einen
Crashkurs Spanisch machen, am liebsten abends oder als Intensivwochenende. Vorkenntnisse
habe ich so gut wie keine.

Mir geht es vor allem ums Überleben im Alltag. Letztes Jahr in Lissabon wurde mir in der
Straßenbahn das Handy geklaut, samt Kreditkarte in der Hülle, und ich stand auf der
Polizeiwache und konnte nicht mal erklären, was passiert ist. Das will ich nicht noch
einmal erleben, ohne wenigstens „Mir wurde das Handy gestohlen“ sagen zu können.

Gibt es im Januar noch einen passenden Kurs, und was kostet er?

Viele Grüße
Sophie Wendland"""),
    dict(n=23, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Tobias Kern <tobias.kern@kern-design.example>",
         to="community@spacehub-coworking.example",
         subject="WLAN-Passwort für Gäste / Drucker für Gäste gesperrt?",
         body="""\
Hi SpaceHub-Team,

kurze Frage von Schreibtisch 14 im Flex-Bereich: Morgen habe ich zwei Kunden für einen
Workshop im Besprechungsraum „Elbe“ zu Gast. Wie lautet das aktuelle WLAN-Passwort fürs
Gästenetz? Das auf dem Aufsteller am Eingang ist wohl nicht mehr aktuell, seit ihr die
Passwörter nach der Geschichte mit dem gehackten Router im Oktober jeden Monat wechselt.

Und: Dürfen Gäste den Drucker im 2. OG benutzen, oder ist der für Gäste gesperrt? Das
letzte Mal hieß es bei meinem Besuch nur „Zugriff verweigert“.

Danke euch!
Tobias Kern
Kern Design"""),
    dict(n=24, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Julia Martens <julia.martens@mailzone.example>",
         to="mitgliederservice@fitwerk-studios.example",
         subject="AW: Mitgliedsbeitrag November doppelt abgebucht",
         body="""\
Hallo Herr Özdemir,

danke, die 39,90 € sind heute wieder auf meinem Konto. Hat alles geklappt!

Noch eine Frage: Hat das Studio in der Weststadt zwischen Weihnachten und Neujahr normal
geöffnet?

Viele Grüße
Julia Martens

Am 01.12.2026 um 09:27 schrieb FitWerk Mitgliederservice <mitgliederservice@fitwerk-studios.example>:
> Hallo Frau Martens,
> Sie haben recht, der Beitrag wurde durch einen Fehler bei unserem Zahlungsdienstleister
> doppelt eingezogen. Die Rückerstattung ist veranlasst und sollte in 2–3 Werktagen bei
> Ihnen sein.
> Sportliche Grüße
> Deniz Özdemir
>
> Am 30.11.2026 um 18:02 schrieb Julia Martens <julia.martens@mailzone.example>:
> > Hallo, mir wurde der Novemberbeitrag zweimal abgebucht, 2 × 39,90 € am 27.11.
> > Bitte buchen Sie den doppelten Beitrag zurück."""),
]
