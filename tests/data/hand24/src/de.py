# blind25 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sabine Kröger <s.kroeger@hofmann-steuerberatung.example>",
         to="service@aquaflow-buero.example",
         subject="Wasserspender im 2. OG – Aufsatz ist weggeflogen",
         body="""\
Guten Tag,

heute Vormittag ist an unserem gemieteten Wasserspender (Gerätenr. AQ-30518) beim Wechseln der
Gallone der Aufsatz mit einem lauten Knall nach oben weggeflogen. Er hat unsere Auszubildende
Frau Demir an der Stirn getroffen. Sie hat eine dicke Beule, musste sich hinsetzen, weil ihr
schwindelig wurde, und hat sich danach einmal übergeben. Ihr Mann holt sie gerade ab und fährt
mit ihr zum Arzt.

Das Gerät zischt seitdem leise, wir haben den Stecker gezogen. Bitte holen Sie es heute noch ab
und sagen Sie uns, ob die anderen beiden Spender im Haus baugleich sind.

Mit freundlichen Grüßen
Sabine Kröger
Büroleitung, Hofmann Steuerberatung"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jörg Albrecht <joerg.albrecht@posteo-mail.example>",
         to="support@meshnet-home.example",
         subject="Satellit im Kinderzimmer",
         body="""\
Hallo,

der MeshNet-Satellit im Kinderzimmer meines Sohnes knistert seit gestern Abend, als würde
jemand Alufolie zerknüllen. Das Gehäuse ist oben so heiß, dass mein Sohn (7) eine Blase am
Zeigefinger hat, weil er ihn anfassen wollte. An der Steckdose ist ein gelblich-brauner Rand
und es riecht nach heißem Plastik. Das Licht am Gerät blinkt abwechselnd rot und weiß.

Ich habe ihn jetzt rausgezogen. Was soll ich mit dem Gerät machen? Seriennummer MN-S2-884012.

Gruß
Jörg Albrecht"""),

    dict(n=3, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Mehmet Yıldız <m.yildiz@freenet-post.example>",
         to="kundenservice@putzfix.example",
         subject="Frage zum Akku PutzFix R7",
         body="""\
Hallo, ist es normal, dass der Akku in meinem PutzFix R7 so aufgequollen ist, dass sich die
Bodenplatte nach außen wölbt? Der Roboter steht auf der Ladestation unter dem Sofa und macht
seit heute ein leises Pfeifen. Meine Frau meint, er stinkt nach Nagellackentferner.

Danke und Gruß
Mehmet Yıldız"""),

    dict(n=4, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Dr. Katharina Seidel <k.seidel@praxis-seidel.example>",
         to="hilfe@tresorio.example",
         subject="Jemand hat meinen Tresorio-Zugang übernommen",
         body="""\
Sehr geehrte Damen und Herren,

heute früh kam eine Mail „Ihre Konto-E-Mail-Adresse wurde geändert“ – das war nicht ich. Seitdem
funktioniert mein Master-Passwort nicht mehr, und die Wiederherstellung geht an eine Adresse,
die ich nicht kenne (r.k****@...). In meinem Tresor liegen die Zugänge zu unserem Praxiskonto
bei der Volksbank, zur Abrechnungssoftware und zu den Patientenakten.

Bitte sperren Sie den Zugang sofort und rufen Sie mich an: 030 23125 477.

Dr. Katharina Seidel
Hausarztpraxis Seidel"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Uwe Brandstätter <u.brandstaetter@betriebsrestaurant-nordwerk.example>",
         to="support@snackomat-systeme.example",
         subject="Kantine: Kassenautomaten nehmen keine Mitarbeiterkarten",
         body="""\
Hallo,

seit 11:10 Uhr akzeptiert keiner unserer vier Bezahlautomaten in der Kantine die Mitarbeiter-
ausweise. Display zeigt „Karte unbekannt“, auch bei Karten, die gestern noch gingen. Wir haben
gerade Mittagsansturm, rund 600 Essen, und schreiben jetzt Namen und Menü per Hand auf eine
Liste. Die Schlange reicht bis in den Flur.

Bitte melden Sie sich sofort unter 0521 40398 12.

Uwe Brandstätter
Küchenleitung Betriebsrestaurant Nordwerk"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sekretariat Gymnasium Am Lindenhof <sekretariat@gym-lindenhof.example>",
         to="support@schulportal-plus.example",
         subject="Noteneingabe speichert nicht – Zeugniskonferenz heute 15 Uhr",
         body="""\
Sehr geehrtes Support-Team,

seit heute Morgen können unsere Lehrkräfte in SchulPortal Plus keine Noten mehr eintragen. Man
kann die Werte tippen, aber beim Klick auf „Speichern“ erscheint kurz ein grüner Haken und nach
dem Neuladen ist alles wieder leer. Betroffen sind alle 68 Kolleginnen und Kollegen.

Die Zeugniskonferenz ist heute um 15 Uhr, die Zeugnisse müssen Freitag gedruckt werden.
Schulnummer 61422.

Mit freundlichen Grüßen
Anja Pfeiffer, Schulsekretariat"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Florian Weidinger <f.weidinger@weidinger-consulting.example>",
         to="support@konferenzo.example",
         subject="Niemand hört mich in Besprechungen",
         body="""\
Hallo,

seit dem Update gestern hört mich in keiner Konferenzo-Besprechung mehr jemand. Der Pegel im
Testfenster bewegt sich, aber die anderen sehen nur das durchgestrichene Mikro. Headset und
Laptop-Mikro, beides dasselbe, neu installiert habe ich auch schon. Ich habe heute vier
Kundentermine und sitze da wie ein Stummfilmschauspieler.

Florian Weidinger"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Tanja Rieger <tanja.rieger@verein-kulturbruecke.example>",
         to="hilfe@formwerk.example",
         subject="Anmeldeformular: Datei-Upload bricht ab",
         body="""\
Hallo Formwerk-Team,

bei unserem Anmeldeformular für das Sommerfest brechen Uploads über etwa 5 MB seit ein paar
Tagen mit „Upload fehlgeschlagen“ ab. Kleinere Dateien gehen durch, und wir haben die Leute
gebeten, große Fotos per Mail zu schicken – das klappt. Trotzdem wäre es schön, wenn das wieder
ginge. Formular-ID FW-77231.

Viele Grüße
Tanja Rieger"""),

    dict(n=9, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Hausmeister Wohnheim Kastanienallee <hausmeister@wohnheim-kastanie.example>",
         to="stoerung@accesskey-systems.example",
         subject="Haupteingang Haus B – Transponder öffnen nicht mehr",
         body="""\
Guten Abend,

seit etwa 19 Uhr bleiben bei uns im Studierendenwohnheim Kastanienallee, Haus B, alle Türen
zu. Kein Transponder öffnet mehr, weder Haupteingang noch Fahrradkeller noch Waschraum. Ich
lasse die Leute gerade einzeln mit dem Generalschlüssel rein, wir haben 240 Bewohnerinnen und
Bewohner und es kommen laufend welche von der Uni zurück.

Ich bin erreichbar unter 0176 55501 342. Anlage-Nr. AK-B-1190.

Dieter Wollny, Hausmeister"""),

    dict(n=10, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Petra Lindemann <p.lindemann@lindemann-gartenbau.example>",
         to="geschaeftskunden@raiffeisen-talgrund.example",
         subject="Lastschrift doppelt abgebucht – Geschäftskonto",
         body="""\
Sehr geehrte Damen und Herren,

ist es normal, dass eine Lastschrift zweimal abgebucht wird? Auf unserem Geschäftskonto (IBAN
endet auf 4471) ist die Leasingrate für unseren Transporter am 02.04. doppelt gebucht, jeweils
389,00 €. Der Leasinggeber sagt, er habe nur einmal eingezogen. Können Sie bitte prüfen und die
doppelte Buchung zurückholen?

Mit freundlichen Grüßen
Petra Lindemann
Lindemann Garten- und Landschaftsbau"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Lukas Hoffmann <lukas.hoffmann@uni-mail.example>",
         to="verwaltung@studiwohnen-ost.example",
         subject="Kaution noch nicht zurück – brauche sie bis Freitag",
         body="""\
Hallo,

ich bin am 31. Januar aus meinem Zimmer (App. 3.17, Wohnanlage Sonnenhang) ausgezogen, die
Übergabe war ohne Mängel. Laut Vertrag sollte die Kaution von 750 € innerhalb von sechs Wochen
zurückkommen, das ist jetzt neun Wochen her.

Ich muss bis Freitag die Kaution für meine neue Wohnung zahlen und habe das Geld sonst nicht.
Bitte überweisen Sie es so schnell wie möglich auf DE12 5001 0517 0000 1234 56.

Danke
Lukas Hoffmann"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Heike Brunner <h.brunner@brunner-physio.example>",
         to="service@vorsorgeplan-makler.example",
         subject="Unterlagen und Rückfragen",
         body="""\
Hallo Herr Okafor,

vielen Dank für das nette Gespräch letzte Woche. Anbei wie besprochen die Kopie meines
Personalausweises und der Gesundheitsfragebogen für die Berufsunfähigkeitsversicherung. Die
Arztberichte vom Orthopäden reiche ich nach, sobald ich sie habe – die Praxis ist gerade im
Urlaub.

Zur Praxis-Inhaltsversicherung: Wir haben inzwischen ein zweites Behandlungszimmer, bitte
passen Sie die Versicherungssumme an, Geräteliste folgt.

Was mir noch aufgefallen ist: Auf Ihrer Rechnung Nr. 2024-0311 steht eine Vermittlungsgebühr
von 480 €, vereinbart waren aber 240 € für beide Verträge zusammen. Können Sie das bitte
korrigieren und mir eine neue Rechnung schicken? Ich habe die alte noch nicht bezahlt.

Herzliche Grüße
Heike Brunner"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Gerhard Maier <gerhard.maier@t-post.example>",
         to="parken@stadt-hollbach.example",
         subject="1,50 € Bearbeitungsentgelt?",
         body="""\
Guten Tag, bei meinem Bewohnerparkausweis wurden zusätzlich 1,50 € „Bearbeitungsentgelt
Online“ abgebucht. Nur aus Neugier: Wofür ist das?

Gruß G. Maier"""),

    dict(n=14, signals="account", priority="medium", trap="plain", qt=0, reply=0,
         frm="Nina Kowalczyk <nina@kowalczyk-text.example>",
         to="support@freibuch.example",
         subject="Konto gesperrt",
         body="""\
Hallo,

ich habe mich wohl zu oft vertippt, jetzt steht da „Ihr Konto ist aus Sicherheitsgründen für 24
Stunden gesperrt“. Das war aber schon vorgestern, und es ist immer noch gesperrt. Ich muss diese
Woche die Umsatzsteuer-Voranmeldung machen. Kundennummer FB-66103.

Danke, Nina Kowalczyk"""),

    dict(n=15, signals="account", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Sebastian Ehrlich <s.ehrlich@ehrlich-events.example>",
         to="onlinebanking@nordkreis-bank.example",
         subject="pushTAN kommt nicht mehr an nach Handywechsel",
         body="""\
Moin,

nach dem Wechsel auf ein neues Handy bekomme ich keine Freigabe-Codes mehr. Die App sagt „Gerät
nicht registriert“, und der Aktivierungsbrief soll per Post kommen, aber das dauert ja ewig.
Ich komme so nicht ins Online-Banking für unser Geschäftskonto.

Our bookkeeper is based in Amsterdam and asked me to add: is there a faster way to re-register
the device? Sie können mich auch anrufen: 040 89420 765.

Sebastian Ehrlich"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=1,
         frm="Amelie Schütz <amelie.schuetz@neuemail.example>",
         to="einschreibung@uni-rheinau.example",
         subject="AW: Ihre Bewerbung Nr. 2024-18872",
         body="""\
Hallo,

danke für die Nachricht. Ich kann mich aber nicht einloggen, um die Unterlagen hochzuladen: im
Bewerbungsportal ist noch meine alte Schul-E-Mail hinterlegt, die es nicht mehr gibt, und der
Bestätigungslink für die neue Adresse geht ja an die alte. Können Sie die E-Mail-Adresse bitte
auf amelie.schuetz@neuemail.example ändern?

Viele Grüße
Amelie Schütz

> Sehr geehrte Frau Schütz,
> bitte laden Sie bis zum 15.07. Ihr Abiturzeugnis im Bewerbungsportal hoch.
> Ihr Team der Studierendenverwaltung"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Wolfgang Reuter <w.reuter@reuter-fotografie.example>",
         to="support@wolkensicher.example",
         subject="Zwei-Faktor einrichten",
         body="""\
Hallo, wie richte ich bei meinem Wolkensicher-Konto die Zwei-Faktor-Anmeldung mit einer
Authenticator-App ein? Finde die Einstellung nicht. Danke!"""),

    dict(n=18, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Claudia Behrens <c.behrens@behrens-immobilien.example>",
         to="support@mailscan-office.example",
         subject="AW: Ihr Zugang wurde vorübergehend gesperrt",
         body="""\
Hallo Herr Nowak,

alles klar, hat geklappt, ich bin wieder drin und sehe auch die gescannte Post von gestern.
Vielen Dank für die schnelle Hilfe!

Claudia Behrens

> Sehr geehrte Frau Behrens,
> Ihr Konto war nach mehreren fehlgeschlagenen Anmeldeversuchen gesperrt. Wir haben die Sperre
> aufgehoben, bitte setzen Sie über „Passwort vergessen“ ein neues Passwort.
> Mit freundlichen Grüßen, Marek Nowak"""),

    dict(n=19, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Reinhard Vogel <r.vogel@kanzlei-vogel.example>",
         to="service@aktenwolf-vernichtung.example",
         subject="Dank für die Abholung",
         body="""\
Sehr geehrtes Aktenwolf-Team,

kurzes Lob: Ihr Fahrer war heute pünktlich, hat die acht Tonnen aus dem Keller geholt und uns
gleich das Vernichtungsprotokoll dagelassen. Bei uns brannte wegen des Umzugs ohnehin die Luft,
da war das eine echte Erleichterung. Gerne wieder im Herbst.

Mit freundlichen Grüßen
Reinhard Vogel"""),

    dict(n=20, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Katrin Oswald <k.oswald@oswald-it.example>",
         to="vertrieb@tarnkappe-vpn.example",
         subject="Frage zum Business-Tarif: Ausfälle und Erstattung",
         body="""\
Guten Tag,

wir überlegen, für unsere 25 Mitarbeitenden den Business-Tarif zu buchen. Deckt der Tarif auch
Ausfälle ab, also gibt es eine Verfügbarkeitsgarantie und eine Gutschrift, wenn Ihre Server mal
gestört sind? Und kann man monatlich kündigen?

Viele Grüße
Katrin Oswald"""),

    dict(n=21, signals="-", priority="low", trap="title", qt=0, reply=0,
         frm="Hannelore Busch <hannelore.busch@t-post.example>",
         to="onleihe@stadtbibliothek-wessel.example",
         subject="E-Book „Stromausfall“ und „Notruf aus dem Eis“",
         body="""\
Liebe Mitarbeiterinnen und Mitarbeiter der Stadtbibliothek,

ich suche den Thriller „Stromausfall“ von Greta Hallmann als E-Book und den Nachfolger „Notruf
aus dem Eis“. Beim ersten steht „vorgemerkt: 14 Personen“ – bekommen Sie vielleicht noch
weitere Lizenzen? Den zweiten finde ich gar nicht im Katalog.

Herzliche Grüße
Hannelore Busch"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Fragwerk Newsletter <newsletter@fragwerk.example>",
         to="team@kundenpanel-sued.example",
         subject="Webinar: Datenpannen in Umfragen vermeiden – jetzt anmelden",
         body="""\
Hallo liebe Fragwerk-Community,

Sicherheitslücke, gehackte Zugänge, personenbezogene Daten an den falschen Empfänger – was tun,
wenn bei einer Umfrage etwas schiefgeht? In unserem kostenlosen Webinar am 23. Mai um 10 Uhr
zeigt unsere Datenschutzexpertin, wie Sie Ihre Befragungen DSGVO-konform aufsetzen.

Außerdem neu: anonyme Links, Ablaufdatum für Umfragen und ein frischer Export nach Excel.

Jetzt Platz sichern!
Ihr Fragwerk-Team

Sie erhalten diese Mail, weil Sie den Newsletter abonniert haben. Abmelden"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Marion Engel <m.engel@engel-messebau.example>",
         to="support@spesenkarte.example",
         subject="AW: Erstattungen an Mitarbeiter nicht ausgezahlt",
         body="""\
Hallo,

ich warte seit einer Woche auf eine Antwort. Inzwischen rufen mich die Monteure an, weil sie
ihre Hotelkosten vorgestreckt haben und das Geld für die Miete fehlt. Bitte kümmern Sie sich
heute darum.

Marion Engel
Engel Messebau GmbH

> Am 08.04. schrieb Marion Engel:
> Guten Tag, die genehmigten Spesenerstattungen vom März (11 Mitarbeiter, zusammen 6.842,30 €)
> stehen seit dem 28.03. auf „Auszahlung angewiesen“, angekommen ist bei niemandem etwas.
> Firmenkonto SK-40287."""),

    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="IT Kanzlei Hartmann & Ortlieb <it@hartmann-ortlieb.example>",
         to="hotline@drucklease24.example",
         subject="Alle 40 Drucker drucken nicht – Fristsachen heute",
         body="""\
Guten Tag,

seit der Nacht nimmt keines unserer 40 geleasten Geräte an drei Standorten mehr Druckaufträge
an. Die Aufträge hängen in der Warteschlange mit „Lizenz ungültig“ am Druckserver. Wir sind
eine Anwaltskanzlei und müssen heute mehrere Schriftsätze mit Fristablauf um Mitternacht
ausdrucken und unterschreiben lassen.

Vertragsnummer DL-2019-5531. Rückruf bitte an 089 21734 600.

Thomas Ortlieb, IT"""),
]
