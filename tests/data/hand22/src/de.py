# blind23 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sabine Kröger <s.kroeger@hanse-logistik.example>",
         to="service@tafelwerk-catering.example",
         subject="Heißwasserspender bei unserer Firmenfeier am Freitag",
         body="""\
Guten Tag,

bei unserer Weihnachtsfeier am Freitag im Speicher 7 haben Sie das Buffet
und die Getränke gestellt. Gegen 21 Uhr ist beim großen Heißwasserspender
für den Tee (der silberne mit dem Hebelverschluss) der Deckel mit einem
lauten Knall abgeflogen, als eine Ihrer Servicekräfte nachfüllen wollte.
Das kochende Wasser ist über den Tisch und über den Unterarm einer unserer
Mitarbeiterinnen gelaufen, die gerade daneben stand.

Sie hat den Arm lange unter kaltes Wasser gehalten, aber am Samstagmorgen
hatte sie eine Blase so groß wie ein Handteller und ist jetzt für diese
Woche krankgeschrieben.

Ich möchte wissen, was mit dem Gerät los war und ob es noch bei anderen
Veranstaltungen im Einsatz ist. Unsere Sommerfeier ist ebenfalls bei Ihnen
gebucht. Bitte rufen Sie mich an: 030 23125 417.

Mit freundlichen Grüßen
Sabine Kröger
Personalabteilung, Hanse Logistik GmbH"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jonas Albrecht <jonas.albrecht@posteo-mail.example>",
         to="besucherservice@stadtmuseum-lindau.example",
         subject="Audioguide – Stück vom Ohrhörer fehlt",
         body="""\
Hallo,

wir waren heute Vormittag mit unserem Sohn (2 Jahre) im Museum und hatten
einen Audioguide ausgeliehen. Während wir in der Ausstellung zur
Stadtgeschichte waren, hat er auf dem Ohrhörer herumgekaut. Als wir es
gemerkt haben, fehlte von dem weichen Gummiaufsatz ein Stück, etwa so groß
wie eine Erbse. Im Kinderwagen und auf dem Boden haben wir es nicht
gefunden.

Seitdem hustet er immer wieder, hat zweimal gewürgt und will nichts essen.
Wir fahren jetzt zum Kinderarzt. Können Sie uns bitte sofort sagen, aus
welchem Material diese Aufsätze sind, damit wir das dem Arzt sagen können?
Gerätenummer auf dem Leihschein: AG-0318.

Jonas Albrecht
030 23125 508"""),

    dict(n=3, signals="safety,payment,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Mehmet Yıldız <mehmet.yildiz@webpost.example>",
         to="fahrer-support@flitzfood.example",
         subject="Jemand hat mein Fahrerkonto übernommen",
         body="""\
Hallo,

ich fahre seit einem Jahr für euch in Köln (Fahrer-ID FK-22871). Seit
gestern Abend komme ich nicht mehr in die App, mein Passwort geht nicht mehr
und die E-Mail zum Zurücksetzen kommt nicht, weil jemand die E-Mail-Adresse
im Konto geändert hat. Ich habe eine SMS bekommen "Ihre Bankverbindung wurde
geändert", das war nicht ich!

Heute ist Auszahlungstag und meine Auszahlung von 612,40 € ist laut der SMS
auf ein Konto bei einer Bank gegangen, die ich gar nicht kenne. Bitte sperrt
das Konto sofort und holt das Geld zurück. Das ist mein Lohn für zwei Wochen.

Mehmet Yıldız
0221 4710 390"""),

    dict(n=4, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Dr. Ulrike Brandt <u.brandt@praxis-brandt.example>",
         to="support@notartermin-online.example",
         subject="Frage zu meinem Kundenkonto",
         body="""\
Sehr geehrte Damen und Herren,

ist es normal, dass ich in meinem Kundenkonto unter „Meine Unterlagen“ den
Personalausweis einer fremden Frau sehe (Vorder- und Rückseite), dazu einen
Grundbuchauszug und einen Kaufvertragsentwurf, die alle nicht zu meinem
Termin gehören?

Ich habe für den 21.11. einen Beurkundungstermin bei Notar Dr. Hellwig
gebucht und dafür vor einer Woche selbst meinen Ausweis und meine
Steuer-ID hochgeladen. Ich frage mich nun natürlich, wer meine Unterlagen zu
sehen bekommt.

Ich bitte um umgehende Klärung.

Mit freundlichen Grüßen
Dr. Ulrike Brandt"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Taxi-Zentrale Neustadt <leitstelle@taxi-neustadt.example>",
         to="support@dispatchpro.example",
         subject="DRINGEND: Aufträge kommen nicht bei den Fahrern an",
         body="""\
Seit 22:40 Uhr kommt kein einziger Auftrag mehr auf den Tablets in den
Wagen an. In der Leitstelle sehen wir die Bestellungen aus der App und vom
Telefon, aber die Fahrzeugkarte ist leer und beim Vermitteln kommt
„Kein Fahrzeug verfügbar“, obwohl 120 Wagen angemeldet sind.

Samstagnacht, Disco-Schluss in zwei Stunden. Wir vermitteln gerade per
Sprechfunk und schreiben alles auf Zettel mit. Kunden-Nr. 10774.

Rückruf bitte an 069 90009 212, Schichtleiter Herr Wojcik."""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Petra Lindner <disposition@busreisen-lindner.example>",
         to="hilfe@schulroute.example",
         subject="Keine Touren auf den Bus-Tablets – Schülerverkehr läuft",
         body="""\
Guten Morgen,

seit 6:15 Uhr zeigen die Tablets in allen 14 Schulbussen beim Start nur
„Keine Tour zugewiesen“. Die Fahrer wissen nicht, welche Haltestellen sie in
welcher Reihenfolge anfahren sollen und welche Kinder zusteigen. Die Hälfte
der Fahrer ist neu seit den Herbstferien und kennt die Strecken nicht.

Wir haben angefangen, die Touren vom Büro aus telefonisch durchzugeben, aber
an den Haltestellen stehen jetzt Kinder in der Kälte und die ersten Eltern
rufen bei der Schule an. Erste Stunde beginnt um 7:45.

Bitte sofort melden: 040 66969 130.

Petra Lindner
Disposition, Busreisen Lindner"""),

    dict(n=7, signals="outage,account", priority="critical", trap="effect", qt=0, reply=0,
         frm="Andreas Huber <a.huber@wachdienst-isar.example>",
         to="support@rundgang-app.example",
         subject="Kein Wachmann kommt in die App – SMS-Code fehlt",
         body="""\
Hallo Support,

seit heute Nachmittag bekommt keiner unserer 45 Wachleute beim Anmelden
den SMS-Code. Die App wartet einfach auf den Code, und nach fünf Minuten
heißt es „Code abgelaufen“. Das betrifft alle, egal welcher Netzbetreiber.
Wer noch angemeldet war, wurde um 18 Uhr automatisch abgemeldet.

Damit kann die Nachtschicht keine Kontrollpunkte scannen. Drei unserer
Auftraggeber verlangen vertraglich den Nachweis jedes Rundgangs, sonst
gibt es Vertragsstrafen. Die Schicht beginnt um 22 Uhr.

Andreas Huber
Einsatzleitung Wachdienst Isar GmbH
089 99998 344"""),

    dict(n=8, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Carla Moretti <carla@kochen-mit-carla.example>",
         to="support@hostnest.example",
         subject="Weiße Seite statt Website?",
         body="""\
Hallo,

ist es normal, dass meine Seite kochen-mit-carla.example seit gestern Abend
nur noch eine weiße Seite anzeigt? Keine Startseite, keine Rezepte, nichts.
Auch in den Admin-Bereich komme ich nicht, da steht nur „Error establishing
a database connection“.

Ich habe nichts geändert. Ich wollte heute eigentlich das neue Rezept für
den Adventsnewsletter veröffentlichen, und die ersten Leserinnen schreiben
mir schon, dass der Blog weg ist.

Vertragsnummer HN-55320

Grazie e viele Grüße
Carla Moretti"""),

    dict(n=9, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Bowling-Center Strike <info@strike-bowling.example>",
         to="technik@laneworx.example",
         subject="Bahn 7 und 8 zählen nicht",
         body="""\
Hallo,

seit Dienstag zählt die Anlage auf Bahn 7 und 8 die Punkte nicht mehr. Die
Kegel werden zwar gestellt, aber auf dem Bildschirm bleibt nach jedem Wurf
„0“ stehen. Die anderen 10 Bahnen laufen normal.

Wir geben den Gästen auf den zwei Bahnen im Moment Zettel und Stift, das
geht schon, ist aber bei Kindergeburtstagen etwas mühsam. Könnt ihr mal
per Fernwartung draufschauen?

Grüße
Timo Seidel, Center-Leitung"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Heike Janssen <heike.janssen@nordmail.example>",
         to="tickets@faehre-nordstrand.example",
         subject="Fährticket doppelt abgebucht",
         body="""\
Moin,

ich habe am 2.11. online eine Hin- und Rückfahrt nach Nordstrand für zwei
Personen und ein Auto gebucht (Buchung NS-780214). Von meinem Konto wurden
zweimal 96,50 € abgebucht, beide am selben Tag. Eine Buchungsbestätigung
habe ich nur einmal bekommen.

Bitte erstatten Sie den doppelten Betrag.

Danke und Gruß
Heike Janssen"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Bäckerei Vogt <buero@baeckerei-vogt.example>",
         to="service@lohnbuero-kessler.example",
         subject="Löhne für Oktober nicht überwiesen!",
         body="""\
Sehr geehrte Frau Kessler,

heute Morgen haben mich drei meiner Verkäuferinnen angesprochen, dass ihr
Oktoberlohn noch nicht auf dem Konto ist. Ich habe nachgesehen: Von unserem
Geschäftskonto ist für die Lohnzahlungen nichts abgegangen, obwohl Sie mir
am 28.10. die Freigabe bestätigt haben.

Es geht um 9 Mitarbeiter, insgesamt rund 19.400 €. Mehrere von ihnen müssen
am 1. ihre Miete zahlen. Bitte kümmern Sie sich heute noch darum und geben
Sie mir Bescheid, wann das Geld bei den Leuten ist.

Mit freundlichen Grüßen
Friedrich Vogt
Bäckerei Vogt, Mandanten-Nr. 4417"""),

    dict(n=12, signals="payment", priority="medium", trap="refund", qt=0, reply=0,
         frm="Lena Hoffmann <lena.hoffmann@mailpost.example>",
         to="kurse@boulderbase-leipzig.example",
         subject="Erstattung Kletterkurs – immer noch nichts da",
         body="""\
Hallo zusammen,

der Einsteigerkurs „Toprope Basics“ am 12. Oktober wurde von euch abgesagt,
weil der Trainer krank war. Ihr habt mir per Mail geschrieben, dass die
89 € innerhalb von 5 Werktagen zurück auf meine Kreditkarte gehen.

Das ist jetzt vier Wochen her, und auf der Karte ist nichts angekommen.
Long story short: I'd just like my money back, please. Könnt ihr bitte
nachsehen, ob die Erstattung wirklich ausgelöst wurde?

Buchungsnummer BB-30992

Liebe Grüße
Lena"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Werner Schütz <w.schuetz@t-post.example>",
         to="beitraege@vereinskasse.example",
         subject="Gebühr 1,20 €?",
         body="""\
Guten Tag,

beim letzten Einzug meines Beitrags für den TSV Grünwinkel stand neben den
15,00 € noch eine „Bearbeitungsgebühr 1,20 €“. Das ist kein Drama, mich
interessiert nur, wofür die ist und ob die jetzt jeden Monat kommt.

Gruß
Werner Schütz"""),

    dict(n=14, signals="account", priority="medium", trap="lockout", qt=0, reply=0,
         frm="Stefanie Rauch <stefanie.rauch@kabelmail.example>",
         to="mandantenportal@kanzlei-berger-partner.example",
         subject="Zugang zum Mandantenportal gesperrt",
         body="""\
Sehr geehrte Damen und Herren,

nach drei falschen Passworteingaben ist mein Zugang zum Mandantenportal
gesperrt. Die Meldung sagt, ich soll mich an die Kanzlei wenden. Ich muss
bis Donnerstag noch den unterschriebenen Vergleichsentwurf hochladen, den
mir Herr Dr. Berger geschickt hat.

Können Sie meinen Zugang bitte entsperren oder mir ein neues Passwort
zuschicken? Aktenzeichen 2024/0871.

Mit freundlichen Grüßen
Stefanie Rauch"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Klaus-Dieter Menz <kd.menz@netzpost.example>",
         to="mieterportal@hausverwaltung-sonnenhof.example",
         subject="Bestätigungscode kommt nicht",
         body="""\
Guten Tag,

ich möchte mich im Mieterportal anmelden, um die Nebenkostenabrechnung
anzusehen. Nach dem Passwort soll ich einen Code per SMS eingeben, aber es
kommt keine SMS. Ich habe es fünfmal versucht, auch mit „Code erneut
senden“. Meine Handynummer im Portal stimmt, die habe ich gestern noch
einmal geprüft.

Wohnung: Sonnenhofstraße 12, 2. OG links.

Mit freundlichem Gruß
K.-D. Menz"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Marianne Göbel <marianne.goebel@kirchenpost.example>",
         to="support@gemeindeplus.example",
         subject="Mein Profil ist verschwunden",
         body="""\
Liebes Support-Team,

ich bin seit vielen Jahren im Kirchenchor St. Martin aktiv und nutze die
App, um die Probentermine und Noten zu sehen. Seit letzter Woche kann ich
mich nicht mehr anmelden. Es heißt, zu meiner E-Mail-Adresse gibt es kein
Profil. Unsere Chorleiterin sagt, ich stehe auch nicht mehr in der
Mitgliederliste.

Ich habe nichts gelöscht, ich weiß gar nicht, wie das gehen sollte. Können
Sie mein Profil wiederherstellen? Meine Spendenbescheinigungen waren da
auch gespeichert.

Herzliche Grüße
Marianne Göbel"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Felix Brenner <felix@laberhaus-podcast.example>",
         to="hilfe@podwolke.example",
         subject="Zwei-Faktor-Anmeldung einrichten",
         body="""\
Hi,

wie richte ich für mein Konto die Zwei-Faktor-Anmeldung mit einer
Authenticator-App ein? Ich finde die Option in den Einstellungen nicht.

Danke!
Felix"""),

    dict(n=18, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Gisela Wendt <gisela.wendt@seniorenmail.example>",
         to="service@alpin-skischule.example",
         subject="AW: Wichtig: Betrügerische E-Mails im Namen der Skischule",
         body="""\
Hallo,

danke für den Hinweis. Ich habe so eine E-Mail nicht bekommen, und meine
Kartendaten habe ich nur bei der Buchung auf Ihrer Seite eingegeben. Wir
freuen uns schon auf den Kinderkurs im Februar!

Viele Grüße
Gisela Wendt

Am 07.11.2024 um 09:14 schrieb Alpin Skischule Oberjoch <service@alpin-skischule.example>:
> Liebe Kundinnen und Kunden,
>
> derzeit sind gefälschte E-Mails im Umlauf, die angeblich von uns
> stammen. Betrüger fordern darin zur „Bestätigung der Kreditkarte“ für
> die Kursbuchung auf. Es handelt sich um Phishing. Geben Sie dort
> keinesfalls Ihre Kartendaten ein und melden Sie sich bei uns, falls Sie
> bereits Daten eingegeben haben.
>
> Ihr Team der Alpin Skischule"""),

    dict(n=19, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Roberto Esposito <roberto@trattoria-lanterna.example>",
         to="vertrieb@tischfrei.example",
         subject="Was passiert, wenn Ihr System an Silvester ausfällt?",
         body="""\
Guten Tag,

wir überlegen, mit unserer Trattoria von Telefon und Reservierungsbuch auf
Ihre Reservierungs-App umzusteigen. Bevor wir unterschreiben, zwei Fragen:

1. Was passiert, wenn Ihr System ausfällt – z. B. an Silvester, wenn wir
   dreimal ausgebucht sind? Gibt es eine Offline-Liste oder eine
   Ausfallgarantie im Premium-Tarif?
2. Kann ich die Tischreservierungen jederzeit als Liste ausdrucken?

Just to be clear: we are not in a hurry, aber vor der Weihnachtszeit wäre
schön.

Saluti
Roberto Esposito"""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Hotel Zur Linde <rezeption@hotel-zur-linde.example>",
         to="support@schlusselfertig-systeme.example",
         subject="Türen gehen wieder – tausend Dank!",
         body="""\
Lieber Herr Baumann,

ich wollte mich noch einmal herzlich bedanken. Gestern Abend brannte bei uns
wirklich die Hütte, als die neuen Karten nicht codiert werden konnten und
die Busgruppe vor der Rezeption stand. Wir standen völlig auf dem Schlauch,
und Sie haben uns in zehn Minuten am Telefon da rausgeholt.

Alles läuft wieder, die Gäste haben nichts mehr gemerkt. Sie haben uns den
Abend gerettet!

Herzliche Grüße aus dem Schwarzwald
Anja Frey, Rezeption"""),

    dict(n=21, signals="-", priority="low", trap="name", qt=0, reply=0,
         frm="Förderverein FFW Brandhausen <kasse@ffw-brandhausen.example>",
         to="vertrieb@vereinsmeister.example",
         subject="Anfrage Mitgliederverwaltung – Feuerwehr-Förderverein",
         body="""\
Sehr geehrte Damen und Herren,

wir sind der Förderverein der Freiwilligen Feuerwehr Brandhausen mit rund
230 Mitgliedern und verwalten die Beiträge bisher in einer Excel-Tabelle.
Unser Kassenwart geht nächstes Jahr in den Ruhestand, und wir suchen etwas,
das auch ein Nachfolger ohne lange Einweisung bedienen kann.

Fragen:
- Was kostet Ihr Paket für 200–250 Mitglieder?
- Können wir die SEPA-Lastschriften direkt aus dem Programm einziehen?
- Gibt es einen Vereinsrabatt für gemeinnützige Organisationen?

Mit kameradschaftlichen Grüßen
Bernd Feuerstein
Kassenwart"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Bildarchiv Lichtblick <newsletter@lichtblick-bilder.example>",
         to="support@agentur-kreativwerk.example",
         subject="Neu im Archiv: Feuerwehr, Unwetter & Blaulicht + Tipps gegen Datenlecks",
         body="""\
Lichtblick Newsletter – November

Neu im Archiv
Über 5.000 neue Fotos und Clips zu Feuerwehr, Rettungsdienst, Unwetter
und Blaulicht-Einsätzen – ideal für Presse, Versicherungen und
Kampagnen zur Brandschutzwoche.

Datenleck? Nicht bei Ihnen!
In unserem Blog erklären wir in fünf Schritten, wie Sie Ihr Team-Konto mit
Zwei-Faktor-Anmeldung und Rollenrechten absichern.

Black-Friday-Aktion
Vom 25. bis 29.11. gibt es 30 % auf alle Bildpakete.

Sie erhalten diesen Newsletter, weil Sie Kunde bei Lichtblick sind.
Abmelden: https://lichtblick-bilder.example/abmelden"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Theaterkasse Stadttheater Wertheim <kasse@stadttheater-wertheim.example>",
         to="support@kassenbuehne.example",
         subject="Thermodrucker druckt keine Karten mehr",
         body="""\
Hallo,

seit dem Update am Montag druckt der Thermodrucker an Kasse 2 keine
Eintrittskarten mehr. Der Auftrag geht raus, der Drucker zieht kurz Papier
ein und dann kommt nichts.

Wenn wir die Karten als PDF speichern und auf dem normalen Bürodrucker
ausdrucken, funktioniert es, das machen wir gerade. Sieht nicht so schön
aus, aber es geht. Kasse 1 druckt normal. Könnten Sie sich das in den
nächsten Tagen ansehen?

Viele Grüße
Ingrid Hahn
Theaterkasse"""),

    dict(n=24, signals="outage", priority="critical", trap="deadline", qt=0, reply=0,
         frm="Steuerberatung Kowalski & Partner <kanzlei@kowalski-stb.example>",
         to="support@belegbox.example",
         subject="Upload bricht ab – Abgabefrist heute 24 Uhr",
         body="""\
Sehr geehrte Damen und Herren,

seit heute früh bricht bei uns jeder Upload in die Belegbox nach wenigen
Sekunden mit „Übertragung fehlgeschlagen“ ab, egal ob PDF oder Foto, egal
von welchem Rechner. Das betrifft alle zwölf Arbeitsplätze der Kanzlei und
auch unsere Mandanten, die uns seit Mittag anrufen.

Heute um 24 Uhr endet für über 40 unserer Mandanten die Frist für die
Umsatzsteuer-Voranmeldung bzw. die verlängerte Abgabe, und ohne die Belege
können wir nichts übermitteln. Wir brauchen sofort eine Lösung oder
zumindest eine Aussage, bis wann es wieder geht.

Mit freundlichen Grüßen
Jan Kowalski
Steuerberater
0221 4710 288"""),
]
