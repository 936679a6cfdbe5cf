# blind26 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # ---------------------------------------------------------------- 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Klaus Dietrich <k.dietrich@netzpost.example>",
         to="service@stufenwerk.example",
         subject="Trittleiter TL-4 – Strebe abgeknickt",
         body="""\
Sehr geehrte Damen und Herren,

am Sonntag ist meine Mutter (81) auf unsere Trittleiter TL-4 gestiegen, um die Gardine im
Wohnzimmer abzuhängen. Auf der dritten Stufe ist die hintere Strebe auf der linken Seite einfach
weggeknickt, die Leiter ist zur Seite gekippt und meine Mutter lag auf dem Fliesenboden. Sie ist
mit dem Rettungswagen ins Krankenhaus gekommen und wird morgen an der Hüfte operiert.

Die Leiter ist gerade einmal vier Monate alt (gekauft im Juli, Bestellnummer SW-2026-118734),
wurde nur im Haus benutzt und nie überladen. An der Knickstelle ist das Blech aufgerissen und die
Niete herausgezogen. Ich habe Fotos gemacht und die Leiter so gelassen, wie sie war.

Ich erwarte eine Stellungnahme und möchte wissen, ob es bei diesem Modell ähnliche Fälle gibt.
Bei meiner Schwester steht noch eine zweite Leiter desselben Typs.

Mit freundlichen Grüßen
Klaus Dietrich"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sandra Yilmaz <sandra.yilmaz@familie-yilmaz.example>",
         to="kundendienst@glasbau-hoffmann.example",
         subject="Duschwand einfach zersprungen",
         body="""\
Hallo,

heute früh um halb sieben gab es im Bad einen lauten Knall, und die Glasscheibe unserer
Duschwand (Linea 90, vor drei Wochen von Ihnen eingebaut) ist in tausend kleine Krümel zerfallen.
Niemand hat sie angefasst, das Wasser war nicht einmal an. Unser Sohn (6) stand gerade daneben am
Waschbecken. Er hatte Glas in den Haaren, und wir haben ihm zwei Splitter aus der Fußsohle gezogen.

Das Bad ist jetzt abgeschlossen, da geht keiner mehr rein. Die zweite Scheibe hängt ja noch dran.
Ich will wissen, was da los ist und wann heute jemand vorbeikommt.

Sandra Yilmaz
Auftrag 2026-0447, Tel. 030 23125 417"""),

    dict(n=3, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Lukas Berger <lukas.berger@studimail.example>",
         to="support@vaporo-shop.example",
         subject="Frage zum Akku der Vaporo X2",
         body="""\
Hallo,

ist es normal, dass der Akku meiner Vaporo X2 beim Laden so dick wird, dass sich die
Seitenabdeckung nach außen wölbt? Gestern Abend hat es beim Laden außerdem leise gezischt und
irgendwie süßlich-chemisch gerochen. Ich hab das Kabel gezogen und das Teil auf den Balkon gelegt.
Das Gehäuse ist da, wo der Akku sitzt, immer noch warm, obwohl es seit zwei Stunden nicht mehr am
Strom hängt.

Kann ich die weiter benutzen oder soll ich sie einschicken?

Grüße
Lukas"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Renate Brenner <renate.brenner@postfach-mail.example>",
         to="buergerportal@stadt-lindenau.example",
         subject="Fremde Daten in meinem Bürgerkonto",
         body="""\
Sehr geehrte Damen und Herren,

ich wollte heute im Bürgerportal nachsehen, wie weit mein Antrag auf einen Bewohnerparkausweis
ist. Unter „Meine Anträge“ stehen aber außer meinem noch drei weitere Anträge, die nicht von mir
sind: zwei Bewohnerparkausweise und eine Gewerbeanmeldung, jeweils mit vollem Namen, Anschrift,
Kfz-Kennzeichen und Telefonnummer. Bei einem ist sogar ein Foto des Personalausweises dabei,
Vorder- und Rückseite. Ich kann alle Anhänge öffnen und herunterladen.

Ich habe nichts verändert und nichts gespeichert. Mein Benutzername ist r.brenner.

Ich gehe davon aus, dass umgekehrt auch fremde Leute meine Daten sehen können. Bitte prüfen Sie
das umgehend und teilen Sie mir mit, was da passiert ist.

Mit freundlichen Grüßen
Renate Brenner"""),

    # ---------------------------------------------------------------- 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dennis Kowalski <d.kowalski@rheinland-logistik.example>",
         to="erp-support@rheinland-logistik.example",
         subject="Lager Dortmund: keine Lieferscheine, Frühschicht steht",
         body="""\
Moin,

seit ca. 5:50 Uhr kommen aus dem Lagerverwaltungssystem keine Lieferscheine und keine
Versandetiketten mehr raus. Man bestätigt den Kommissionierauftrag, die Sanduhr dreht sich ein
paar Minuten, dann steht wieder „Auftrag in Bearbeitung“. Gedruckt wird nichts, auch nicht auf
dem Ersatzdrucker im Büro.

Die komplette Frühschicht (34 Leute) steht rum, an Tor 3 bis 7 warten sechs LKW, die um 9 Uhr
vom Hof müssen, darunter die Tagestour für alle Filialen im Ruhrgebiet.

Bitte sofort zurückrufen, Durchwahl 418.

Dennis Kowalski
Schichtleiter Lager Dortmund"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dr. Miriam Falk <miriam.falk@klinikum-nordheide.example>",
         to="it-service@klinikum-nordheide.example",
         subject="Bildbetrachter: CT-Bilder öffnen sich nicht (ZNA + Radiologie)",
         body="""\
Liebe Kolleginnen und Kollegen der IT,

seit etwa 14:30 Uhr lassen sich im Bildbetrachter keine neuen Untersuchungen mehr öffnen. Die
Liste der Studien wird angezeigt, aber beim Doppelklick bleibt das Fenster grau und nach ein paar
Minuten kommt „Zeitüberschreitung beim Laden der Serie“. Aufnahmen von vor heute Mittag gehen
teilweise.

Betroffen sind alle Befundplätze in der Radiologie und die drei Rechner in der Zentralen
Notaufnahme. Die Geräte laufen, aber kein Arzt auf Station oder in der ZNA kann die Bilder
ansehen. Wir befunden im Moment direkt an der Konsole am CT, das geht nur einer nach dem anderen,
und in der ZNA stauen sich die Patienten.

Bitte dringend melden, Dienst-Telefon 2290.

Dr. Miriam Falk
Oberärztin Radiologie"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Jana Weidemann <jana@kinderladen-moewe.example>",
         to="support@zahlwerk-api.example",
         subject="Webhooks kommen mit Stunden Verspätung",
         body="""\
Hallo,

seit gestern ca. 16 Uhr kommen die Webhooks (Event payment.succeeded) bei unserem Endpoint erst
5 bis 7 Stunden nach der eigentlichen Zahlung an. Im Dashboard stehen die Zustellversuche auf
„pending“. Unser Endpoint antwortet laut unseren Logs in unter 200 ms mit 200, sobald mal ein
Request ankommt.

Folge bei uns: Die Bestellungen bleiben auf „unbezahlt“, das Lager packt nichts, die Kunden
kriegen keine Bestätigung und schreiben uns an. Heute Vormittag ist noch keine einzige
Bestellung durchgelaufen, und bei dem Volumen können wir nicht alles von Hand nachziehen.

Account: kinderladen-moewe, Endpoint-ID we_8821f.

Grüße
Jana Weidemann
Entwicklung, Kinderladen Möwe"""),

    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Birgit Sommer <b.sommer@frischemarkt-sommer.example>",
         to="service@screenflow-signage.example",
         subject="Infoscreens zeigen noch die Angebote der letzten Woche",
         body="""\
Hallo zusammen,

die Bildschirme im Eingangsbereich unserer Filialen zeigen seit Montag immer noch die
Angebotsplakate aus KW 45. Die neue Playlist für KW 46 ist im Portal hochgeladen und steht auf
„veröffentlicht“, kommt aber auf keinem einzigen Player an. Player neu starten hat nichts gebracht.

Dramatisch ist es nicht, die Papierplakate hängen ja, aber die Kunden fragen an der Kasse nach
Preisen, die nicht mehr gelten. Könnt ihr euch das bitte diese Woche noch anschauen?

Danke und Gruß
Birgit Sommer
Marketing, Frischemarkt Sommer GmbH (12 Filialen)"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Sabine Krüger <sabine.krueger@mediakontor-service.example>",
         to="it-service@mediakontor-service.example",
         subject="AW: AW: Ticket #20331 – Headsets im Callcenter ohne Ton",
         body="""\
Hallo,

das ist jetzt meine dritte Mail, und es ist immer noch nicht behoben. Heute Nachmittag ist die
Hotline wegen der Tarifumstellung voll besetzt, und ich habe nach wie vor elf Plätze, an denen
man den Anrufer nicht hört. Ich brauche heute eine Lösung oder jemanden vor Ort.

Sabine Krüger
Teamleitung Kundenservice

> -----Ursprüngliche Nachricht-----
> Von: Sabine Krüger
> Gesendet: Mittwoch, 4. November 2026 09:12
> An: IT-Service
> Betreff: AW: Ticket #20331 – Headsets im Callcenter ohne Ton
>
> Gibt es schon einen Stand? Die Kollegen telefonieren inzwischen mit dem Handy.
>
> -----Ursprüngliche Nachricht-----
> Von: Sabine Krüger
> Gesendet: Montag, 2. November 2026 08:40
> An: IT-Service
> Betreff: Ticket #20331 – Headsets im Callcenter ohne Ton
>
> Seit dem Windows-Update am Wochenende haben an elf Plätzen im 2. OG die Headsets in der
> Telefonie-Software keinen Ton mehr. Wählen geht, der Anrufer hört uns, aber wir hören nichts.
> Betroffen sind die Plätze CC-201 bis CC-211."""),

    # ---------------------------------------------------------------- 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Hans-Peter Lindner <hp.lindner@webpost.example>",
         to="kundenservice@vitalkraft-naturprodukte.example",
         subject="Abbuchung trotz Kündigung – Kundennr. 7734120",
         body="""\
Guten Tag,

ich habe mein Abo für die Magnesium-Kapseln am 12. September fristgerecht zum 30. September
gekündigt und von Ihnen auch eine Kündigungsbestätigung erhalten (liegt mir als PDF vor).
Trotzdem wurden am 1. Oktober und am 1. November jeweils 29,90 € per Lastschrift abgebucht.
Geliefert wurde nichts mehr.

Bitte erstatten Sie mir die 59,80 € und stellen Sie sicher, dass keine weiteren Abbuchungen
kommen. Andernfalls lasse ich die Lastschriften über meine Bank zurückbuchen.

Mit freundlichen Grüßen
Hans-Peter Lindner"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Kevin Albrecht <kevin.albrecht94@funkmail.example>",
         to="hilfe@parkfix-app.example",
         subject="Parken doppelt bezahlt",
         body="""\
Hallo, hab gestern in der App am Parkplatz Marktstraße 2 Std gebucht (4,00 €), App hing,
nochmal gedrückt, jetzt 2x über PayPal abgebucht. Bitte einmal zurück.
Kennzeichen HB-KA 482
Gruß Kevin

Von meinem iPhone gesendet"""),

    dict(n=12, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Nguyen Van Long <nguyen.vanlong@pho-saigon-lindenau.example>",
         to="buergerportal@stadt-lindenau.example",
         subject="Zahlung geht nicht – Frist morgen",
         body="""\
Guten Tag,

ich möchte im Portal die Gebühr für meine Gaststättenerlaubnis bezahlen (Antrag Nr.
GE-2026-04471, 310 €). Jedes Mal wenn ich mit Kreditkarte oder PayPal bezahle, kommt „Zahlung
abgelehnt – bitte wählen Sie ein anderes Zahlungsmittel“. Meine Bank sagt, bei ihnen kommt gar
keine Anfrage an. Ich habe zwei verschiedene Karten probiert.

Im Brief steht, ich muss bis morgen 12 Uhr bezahlen, sonst wird Antrag nicht bearbeitet, und
ich will am 1. Dezember mein Restaurant eröffnen. Kann ich auch überweisen? Bitte schnell Antwort.

Vielen Dank
Nguyen Van Long"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Melanie Graf <salon@haarwerk-graf.example>",
         to="auftrag@profihaar-grosshandel.example",
         subject="Rechnung 2026-88154 stimmt nicht",
         body="""\
Hallo Frau Petersen,

auf der Rechnung zu unserer Lieferung vom 4.11. sind 24 Flaschen Color-Protect-Shampoo 1 l
berechnet, geliefert wurden aber nur 12 (so steht es auch auf dem Lieferschein, den der Fahrer
unterschrieben hat). Außerdem ist der Salonrabatt von 15 % diesmal nicht abgezogen.

Können Sie mir bitte eine korrigierte Rechnung schicken? Die jetzige bezahlen wir so nicht.

Liebe Grüße aus dem Salon
Melanie Graf
Haarwerk Graf, Kundennummer 30518"""),

    # ---------------------------------------------------------------- 14-17 account
    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Felix Brandstätter <felix.brandstaetter@mailbox-de.example>",
         to="app-support@nordtakt-mobil.example",
         subject="Kein Bestätigungscode per SMS",
         body="""\
Hallo,

ich wollte mich nach dem Handywechsel in der App wieder anmelden, um mein Deutschlandticket
anzuzeigen. Die App schickt angeblich einen Code per SMS an meine Nummer (endet auf 47), aber es
kommt nichts an. Hab es jetzt sechsmal probiert, auch mit ausgeschaltetem WLAN. Andere SMS kommen
ganz normal.

Im Moment fahre ich mit dem alten Handy in der Tasche, auf dem die App noch läuft, aber dessen
Akku macht es nicht mehr lange.

Grüße
Felix Brandstätter"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Merve Özdemir <merve.oezdemir@stadtwerke-halden.example>",
         to="it-helpdesk@stadtwerke-halden.example",
         subject="Ist das normal mit der Anmeldung?",
         body="""\
Hallo IT,

kurze Frage: Ist es normal, dass ich seit der Umstellung auf das neue Anmeldeverfahren letzte
Woche jeden Morgen dreimal den Code aus der Authenticator-App eingeben muss und danach trotzdem
„Ihr Konto wurde vorübergehend gesperrt“ kommt? Nach einer Viertelstunde geht es dann meistens.
Die Kollegin neben mir hat das nicht.

Empfang Haus B, PC EMP-B-02, Benutzer m.oezdemir

Danke!
Merve Özdemir"""),

    dict(n=16, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Thomas Reinhardt <t.reinhardt@gymnasium-am-wall.example>",
         to="schul-it@gymnasium-am-wall.example",
         subject="Kein Zugang zum Notenbuch – Notenschluss heute 18 Uhr",
         body="""\
Liebe Schul-IT,

ich komme seit gestern Abend nicht mehr ins digitale Notenbuch. Nach der Passworteingabe steht
da: „Benutzerkonto deaktiviert. Wenden Sie sich an Ihre Schuladministration.“ Passwort
zurücksetzen klappt auch nicht, weil der Link an meine dienstliche Adresse geht, an die ich ohne
Anmeldung ja ebenfalls nicht rankomme.

Das Problem: Heute um 18 Uhr ist Notenschluss für die Notenkonferenz morgen, und die Noten
meiner drei Kurse (Mathe 9b, Mathe 10a, Physik Q1) sind noch nicht eingetragen. Die Einzelnoten
habe ich nur im Notenbuch.

Ich bin bis 13:15 im Unterricht, danach im Lehrerzimmer oder ich komme im Serverraum vorbei.

Viele Grüße
Thomas Reinhardt (RE)"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Walter Kühn <walter.kuehn@neupost.example>",
         to="service@kleine-racker-mode.example",
         subject="Änderung meiner E-Mail-Adresse",
         body="""\
Sehr geehrte Damen und Herren,

mein bisheriger E-Mail-Anbieter stellt seinen Dienst zum Jahresende ein. Mein Enkel hat mir
deshalb eine neue Adresse eingerichtet, von der ich Ihnen jetzt schreibe.

In meinem Kundenkonto bei Ihnen (Kundennummer 4410 2278, ich bestelle dort Kinderkleidung für
meine Urenkel) ist aber noch die alte Adresse walter.kuehn@t-netz.example hinterlegt. Wenn ich sie
unter „Meine Daten“ ändern will, schickt das Programm einen Code an die alte Adresse, und die
kann ich schon nicht mehr öffnen.

Ich bitte Sie daher, die Adresse auf die jetzige umzustellen. Für Rückfragen bin ich vormittags
unter der im Kundenkonto angegebenen Telefonnummer zu erreichen.

Mit freundlichen Grüßen
Walter Kühn"""),

    # ---------------------------------------------------------------- 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Petra Lammers <petra@drogerie-lammers.example>",
         to="vertrieb@sonicclean-dental.example",
         subject="Nachbestellung SonicClean – die gehen weg wie warme Semmeln",
         body="""\
Hallo Herr Albers,

die neuen SonicClean-Zahnbürsten schlagen bei uns ein wie eine Bombe. Seit dem Aktionsflyer
reißen uns die Leute die Dinger förmlich aus den Händen, das Regal ist jeden Mittag leergefegt.

Bitte liefern Sie zusätzlich zur Standardbestellung 60 Stück in Weiß und 40 in Schwarz, gern
schon mit der Tour am Donnerstag. Die Ersatzbürstenköpfe bitte ebenfalls verdoppeln.

Besten Gruß
Petra Lammers
Drogerie Lammers, Kundennr. 2207"""),

    dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Anke Voss <kueche@kita-sonnenhuegel.example>",
         to="qualitaet@milchwerk-nord.example",
         subject="Analysenzertifikat für Charge L2317B",
         body="""\
Guten Tag,

für unsere Qualitätsdokumentation in der Kita-Küche benötigen wir zu der am 2. November
gelieferten Säuglingsmilchnahrung PRE (12 Dosen) das Analysenzertifikat der Charge L2317B.
Bisher lag es immer dem Lieferschein bei, diesmal nicht.

Es gibt keine Beanstandung an der Ware, wir brauchen nur das Papier für den Ordner, weil im
Dezember die Begehung durch das Gesundheitsamt ansteht.

Freundliche Grüße
Anke Voss
Hauswirtschaftsleitung, Kita Sonnenhügel"""),

    dict(n=20, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Jörg Hansen <joerg.hansen@kuestenpost.example>",
         to="kundenservice@grillhaus-nord.example",
         subject="AW: Zahlung für Ihre Bestellung GB-77120 fehlgeschlagen",
         body="""\
Moin,

hab die neue Karte hinterlegt, ist laut Kundenkonto jetzt bezahlt. Danke für den Hinweis.

Kurze andere Frage: Kann die Lieferung vom Gasgrill auf den 20.11. verschoben werden? Vorher bin
ich nicht zu Hause.

Gruß
Jörg Hansen

Am 06.11.2026 um 10:14 schrieb Grillhaus Nord Kundenservice:
> Sehr geehrter Herr Hansen,
>
> leider ist die Zahlung für Ihre Bestellung GB-77120 fehlgeschlagen. Ihre Kreditkarte wurde
> von der Bank abgelehnt (Karte abgelaufen). Bitte hinterlegen Sie innerhalb von 7 Tagen ein
> gültiges Zahlungsmittel in Ihrem Kundenkonto, da die Bestellung sonst storniert wird.
>
> Mit freundlichen Grüßen
> Ihr Grillhaus-Nord-Team"""),

    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Datenschutz Stadtwerke Halden <datenschutz@stadtwerke-halden.example>",
         to="alle-mitarbeitenden@stadtwerke-halden.example",
         subject="Einladung: Mittagspause mit Datenschutz – „Datenleck! Und jetzt?“",
         body="""\
Liebe Kolleginnen und Kollegen,

in unserer Reihe „Mittagspause mit Datenschutz“ geht es am Donnerstag, 26. November, von 12:15
bis 12:45 Uhr um das Thema Datenlecks und Hackerangriffe:

- Wie sieht eine echte Phishing-Mail aus, und woran erkenne ich sie?
- Was tun, wenn ich versehentlich auf einen Link geklickt habe?
- Wie melde ich einen Vorfall, und wer muss informiert werden?

Die Veranstaltung findet im Raum Weser (Haus A) und parallel als Videokonferenz statt. Der
Link kommt mit der Kalendereinladung. Eine Anmeldung ist nicht nötig.

Herzliche Grüße
Ihr Datenschutzteam"""),

    dict(n=22, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Ines Wagner <ines.wagner@falkner-werkzeuge.example>",
         to="it-service@falkner-werkzeuge.example",
         subject="Raum Rhein läuft wieder – danke!",
         body="""\
Hallo Herr Becker,

nur ein kurzes Dankeschön: Gestern ging im Konferenzraum Rhein ja gar nichts mehr, aber seit Sie
heute früh die Kamera neu eingerichtet haben, klappt alles wieder – Bild, Ton und
Bildschirmfreigabe. Unsere Kundenpräsentation um 11 Uhr lief einwandfrei.

Schönes Wochenende!
Ines Wagner
Vertrieb"""),

    # ---------------------------------------------------------------- 23-24 context
    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Stefan Wolters <filiale12@frischemarkt-sommer.example>",
         to="kassensupport@frischemarkt-sommer.example",
         subject="Etikettendrucker Filiale 12 – Grundpreis fehlt",
         body="""\
Hallo,

seit dem Update am Dienstag druckt der Regaletikettendrucker in Filiale 12 (Gerät ETD-12-01)
die Etiketten ohne Grundpreis, also z. B. „Babybrei Apfel-Banane 190 g 1,29 €“, aber das
„1 kg = 6,79 €“ fehlt. Alles andere stimmt, Preis und Barcode passen.

Wir helfen uns erst mal, indem wir die Etiketten über den Drucker in Filiale 14 ausdrucken und
morgens abholen, das geht. Bitte trotzdem bis Ende nächster Woche anschauen, sonst fährt die
Kollegin jeden Tag hin und her.

Gruß
Stefan Wolters
Filialleitung 12"""),

    dict(n=24, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Clara Neumann <clara.neumann@lichtpost.example>",
         to="hallo@rosenhaut-kosmetik.example",
         subject="Kleinigkeit zur Gutschrift",
         body="""\
Hallo liebes Team,

keine Eile, nur damit ihr es wisst: Für die zurückgeschickte Gesichtscreme (Bestellung
KO-661902) habt ihr mir 24,99 € erstattet, bezahlt hatte ich aber 25,02 €. Es geht um 3 Cent,
meinetwegen müsst ihr da nichts überweisen. Vielleicht ist es aber ein Rundungsfehler, der bei
anderen Bestellungen mehr ausmacht.

Liebe Grüße
Clara Neumann"""),
]
