# blind28 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Stefanie Krämer <s.kraemer@posteo-mail.example>",
         to="service@aquavita-spa.example",
         subject="Whirlpool Lagune 5 – komisches Kribbeln im Wasser",
         body="""\
Guten Abend,

wir haben seit Juni den Whirlpool Lagune 5 (Seriennr. LG5-20931) im Garten stehen. Heute
Nachmittag ist meine Tochter (9) hineingestiegen und hat sofort geschrien, es kribbele an den
Beinen. Ich habe dann die Hand ins Wasser gehalten, bei mir hat es auch gezogen, bis hoch in den
Ellenbogen. Als ich das Edelstahlgeländer am Einstieg angefasst habe, genauso.

Wir haben den Whirlpool am Hauptschalter im Keller ausgemacht und lassen alle davon weg. Meiner Tochter geht es gut, sie war aber ziemlich erschrocken. Vorgestern hat es sehr stark
geregnet, falls das wichtig ist.

Bitte schicken Sie so schnell wie möglich einen Techniker. Erreichbar bin ich unter
0152 0000 4471.

Freundliche Grüße
Stefanie Krämer"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Horst Wegener <h.wegener@t-mail.example>",
         to="kundendienst@vitamess.example",
         subject="Frage zum Blutdruckmessgerät BM 60",
         body="""\
Sehr geehrte Damen und Herren,

ist es normal, dass die Manschette nach der Messung keine Luft mehr ablässt? Bei meiner Frau (81)
ist das heute zweimal passiert. Das Gerät zeigt "Err 3", pumpt die Manschette ganz fest auf und
dann bleibt sie so. Ausschalten hilft nicht. Beim zweiten Mal ist ihr Unterarm ganz bläulich
geworden und die Finger waren taub, bis ich den Schlauch abgezogen habe. Jetzt hat sie einen
großen blauen Fleck am Oberarm.

Wir benutzen das Gerät vorerst nicht mehr. Es ist ungefähr ein Jahr alt und wurde in der Apotheke
gekauft.

Mit freundlichen Grüßen
Horst Wegener"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Jens Hoffmeister <kassenwart@tsv-brunnental.example>",
         to="support@vereinsplaner.example",
         subject="Dringend: Mitgliederliste mit Bankdaten an alle Übungsleiter verschickt",
         body="""\
Hallo Vereinsplaner-Team,

ich bin Kassenwart beim TSV Brunnental 1908 e.V. (Kundennr. VP-11820). Unsere Abteilungsleiterin
Turnen hat heute um 10:12 Uhr mit Ihrer Funktion "Rundmail an Gruppe" eine Teilnehmerliste an ihre
Übungsleiter geschickt. Im Anhang war aber nicht die Turnliste, sondern ein Export unseres
kompletten Mitgliederbestands: 1.843 Personen mit Anschrift, Geburtsdatum, IBAN und
Mandatsreferenz. Empfänger waren 23 Übungsleiter, mehrere davon mit privaten Mailadressen.

Die Abteilungsleiterin sagt, sie hat nur die Gruppe "Turnen Kinder" ausgewählt, und so steht es
auch im Protokoll.

Wir werden das wohl der Aufsichtsbehörde melden müssen. Bitte sagen Sie uns schnell, wie das
passieren konnte, ob andere Vereine auch betroffen sind und ob sich die Mail noch zurückholen
lässt.

Mit sportlichen Grüßen
Jens Hoffmeister
Kassenwart TSV Brunnental"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Mehmet Aydın <m.aydin@holzbau-aydin.example>",
         to="service@kraftwerk-tools.example",
         subject="Druckluftnagler KN-90 löst von alleine aus",
         body="""\
Moin,

unser KN-90 (gekauft im März, Rechnung 2026-4418) hat heute auf der Baustelle beim Ablegen aufs
Gerüstbrett einen Nagel geschossen, ohne dass einer am Abzug war. Der 90er steckt jetzt im Brett,
ca. 10 cm neben dem Fuß von meinem Kollegen. Danach nochmal probiert, Abzug verriegelt,
Auslöser vorne aufs Holz gedrückt – schießt trotzdem.

Gerät ist abgeklemmt und liegt im Container. Wir haben noch zwei von der gleichen Sorte im
Einsatz. Was sollen wir machen?

Gruß
Mehmet Aydın
Holzbau Aydın GmbH"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Carsten Behrens <leitstelle@parkhaus-am-markt.example>",
         to="support@parkgate-systems.example",
         subject="Parkhaus Am Markt – Ausfahrtschranken gehen nicht auf",
         body="""\
Hallo,

seit ca. 16:40 gehen an beiden Ausfahrten im Parkhaus Am Markt die Schranken nicht mehr auf. Die
Kunden bezahlen am Kassenautomaten, das Ticket wird an der Ausfahrt eingelesen, auf dem Display
steht "Bitte warten ..." und dann passiert nichts. Wir machen die Schranken im Moment von Hand
auf, mit zwei Leuten, die die Tickets kontrollieren.

Es ist Samstag vor dem ersten Advent, das Haus ist mit 620 Plätzen voll und die Schlange reicht
inzwischen bis runter auf Ebene -2. Die Leute hupen schon.

Kundennr. PG-3307. Bitte dringend zurückrufen: 0421 000 7390.

C. Behrens
Leitstelle Parkhaus Am Markt"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Birgit Schönfeld <it-admin@gymnasium-seehausen.example>",
         to="support@lernwolke.example",
         subject="Alle Kursräume leer – Vorabiklausuren ab Montag",
         body="""\
Sehr geehrtes Support-Team,

seit heute Morgen sehen alle Schülerinnen und Schüler unseres Gymnasiums in der Lernwolke nur
noch leere Kursräume: Die Kursnamen sind da, aber keine Materialien, keine Aufgaben, keine
Abgaben. Bei den Lehrkräften ist es genauso. Betroffen sind alle 54 Kurse, rund 900 Schülerinnen
und Schüler und 70 Lehrkräfte.

Die Q2 schreibt ab Montag Vorabiklausuren, und die Lernmaterialien liegen ausschließlich bei
Ihnen. Außerdem laufen heute bei mehreren Kolleginnen Abgabefristen ab, und die Schüler können
nichts hochladen.

Schulkennung GYM-SEE-0412. Ich bin bis 16 Uhr unter 04521 000 318 erreichbar.

Mit freundlichen Grüßen
Birgit Schönfeld
Netzwerkadministration, Gymnasium Seehausen"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Andreas Liebig <a.liebig@liebig-immobilien.example>",
         to="hilfe@signfix.example",
         subject="Unterschriftsseite bleibt weiß",
         body="""\
Hallo,

meine Kundin soll heute einen Kaufvertrag über Ihr Portal unterschreiben (Vorgang SF-2026-88127).
Die Mail mit dem Link kommt an, sie klickt drauf, die Seite lädt und bleibt dann komplett weiß.
Handy, Laptop, zwei verschiedene Browser – immer dasselbe. Ich hab mir den Link testweise selbst
geschickt, bei mir auch nur weiß.

Der Notartermin ist morgen früh um 9, ohne die Unterschrift platzt der. Bitte melden Sie sich
schnell.

Andreas Liebig
Liebig Immobilien
0171 000 2284"""),

    dict(n=8, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Petra Vogel <p.vogel@kanzlei-vogel-partner.example>",
         to="support@telvia-business.example",
         subject="AW: AW: Ticket 20931 – Rufumleitung auf Zentrale funktioniert nicht",
         body="""\
Das ist jetzt meine dritte Mail. Es geht IMMER NOCH nicht. Ich erwarte heute einen Rückruf.

P. Vogel

> Am 16.11.2026 um 08:55 schrieb Petra Vogel <p.vogel@kanzlei-vogel-partner.example>:
>
> Hallo, wie ist der Stand? Seit Donnerstag landen Anrufe auf den Durchwahlen der Anwälte, die
> nicht abnehmen, nicht mehr bei der Zentrale. Die Mandanten hören nach 30 Sekunden einfach ein
> Besetztzeichen und legen auf.
>
> > Am 12.11.2026 um 14:20 schrieb Petra Vogel:
> > Guten Tag, seit der Umstellung auf den neuen SIP-Trunk funktioniert die Rufumleitung bei
> > Nichtmelden auf die Zentrale (-100) nicht mehr. Kundennummer TB-55103.
> > Mit freundlichen Grüßen, Petra Vogel, Büroleitung"""),

    dict(n=9, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Monika Hartl <m.hartl@hv-hartl.example>",
         to="zaehlerportal@stadtwerke-ahrensfeld.example",
         subject="Zählerportal: keine neuen Werte seit 5 Tagen",
         body="""\
Guten Tag,

im Zählerportal werden für unsere drei Objekte (Liegenschaften 40-118, 40-119 und 40-122) seit
dem 12.11. keine neuen Verbrauchswerte mehr angezeigt – Wasser und Wärme stehen bei allen Wohnungen
auf dem Stand vom 11.11. Die Funkzähler selbst laufen, vor Ort abgelesen stimmen die Werte.

Es eilt nicht sehr, die Nebenkostenabrechnung machen wir erst im Januar, und zur Not lesen wir vor
Ort ab. Schön wäre aber, wenn die fehlenden Daten bis dahin nachgeliefert würden.

Mit freundlichen Grüßen
Monika Hartl
Hausverwaltung Hartl"""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Florian Maier <flo.maier@bergpost.example>",
         to="tickets@bergbahnen-hochalm.example",
         subject="Saisonkarte doppelt abgebucht",
         body="""\
Servus,

ich hab am Sonntag online zwei Saisonkarten bestellt (Erwachsener + Jugend), Bestellnr.
HA-2627-40917. Beim Bezahlen kam eine Fehlermeldung, ich hab's nochmal gemacht, und jetzt sind
von meiner Kreditkarte 2 x 1.138 € weg. Bestätigungsmail hab ich aber nur eine bekommen.

Könnt ihr die doppelte Buchung bitte zurückbuchen? Screenshot von der Kreditkartenabrechnung
hängt an.

Danke & Gruß
Flo Maier"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Ursula Brenner <ursula.brenner@web-post.example>",
         to="info@campingpark-seeblick.example",
         subject="Rückerstattung Anzahlung, Buchung 2026-0734",
         body="""\
Sehr geehrte Damen und Herren,

wir hatten für August einen Stellplatz für unseren Wohnwagen bei Ihnen gebucht (Buchungsnummer
2026-0734) und 350 € angezahlt. Wegen einer Operation meines Mannes mussten wir am 2. Juli
stornieren. Sie haben uns am 4. Juli schriftlich bestätigt, dass die Anzahlung abzüglich 30 €
Bearbeitungsgebühr, also 320 €, innerhalb von vier Wochen zurücküberwiesen wird.

Bis heute ist auf unserem Konto nichts eingegangen. Ich habe im September zweimal bei Ihnen
angerufen und man hat mir jedes Mal gesagt, das werde erledigt.

Ich bitte Sie nun, den Betrag bis Ende des Monats zu überweisen. Die Bankverbindung finden Sie in
unserer Stornierung vom 2. Juli.

Mit freundlichen Grüßen
Ursula Brenner"""),

    dict(n=12, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Kevin Schulte <kevin.schulte@mailbox.example>",
         to="buchung@hausboot-seenland.example",
         subject="Zahlung geht nicht – Boot ab morgen",
         body="""\
Hallo,

ich versuche seit gestern Abend, die Restzahlung für unser Hausboot zu machen (Buchung
MB-26-1182, ab morgen, 7 Tage). Jedes Mal "Zahlung abgelehnt". Zwei verschiedene Karten probiert,
Visa und Mastercard, beide gedeckt, und meine Bank sagt, bei ihnen kommt gar keine Anfrage an.
PayPal wird mir überhaupt nicht angeboten.

Laut Ihrer Mail verfällt die Buchung, wenn bis heute 18 Uhr nicht bezahlt ist. Wir sind zu sechst,
alle haben Urlaub genommen. Kann ich überweisen oder vor Ort bezahlen? Bitte kurz Bescheid geben!

Kevin Schulte
0160 000 9137"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Dr. Karin Aßmann <k.assmann@praxis-assmann.example>",
         to="kundenservice@fahrflex-abo.example",
         subject="Lastschrift nach Kündigung – Vertrag FX-300581",
         body="""\
Sehr geehrte Damen und Herren,

ich habe mein Auto-Abo (Vertrag FX-300581) fristgerecht zum 30.09.2026 gekündigt und das Fahrzeug
am 29.09. in Ihrer Station Köln-Ehrenfeld zurückgegeben. Das unterschriebene Rückgabeprotokoll
liegt mir vor.

Trotzdem haben Sie am 01.11. erneut 529,00 € per Lastschrift eingezogen. Ich bitte um Erstattung
innerhalb von 14 Tagen und um Bestätigung, dass das SEPA-Mandat gelöscht wurde. Andernfalls lasse
ich die Lastschrift über meine Bank zurückgehen.

Mit freundlichen Grüßen
Dr. K. Aßmann"""),

    dict(n=14, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Lena Wittmann <lena.w@inbox.example>",
         to="support@herzklopfen-app.example",
         subject="Profil deaktiviert??",
         body="""\
Hi,

ist es normal, dass mein Profil einfach "vorübergehend deaktiviert" ist? Seit gestern Abend komme
ich beim Einloggen nur noch auf diese Seite, ohne Begründung und ohne Mail von euch. Ich hab mich
an alle Regeln gehalten, ich hatte nur ein paar nette Chats. Premium läuft übrigens noch bis März.

Könnt ihr bitte nachschauen, was los ist? Mein Benutzername ist lenaw_hh.

LG Lena"""),

    dict(n=15, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Sabine Köhler <s.koehler@stb-koehler.example>",
         to="support@kontoro.example",
         subject="Zwei-Faktor: Handy defekt, kein Zugang mehr",
         body="""\
Guten Morgen,

mein Diensthandy ist gestern ins Spülbecken gefallen und geht nicht mehr an. Darauf war die
Authenticator-App für meinen Kontoro-Zugang (s.koehler@stb-koehler.example). Das Passwort wird
akzeptiert, danach will das System den Code, und da ist Schluss. Wiederherstellungscodes habe ich
leider nicht.

Ich bin Steuerberaterin und betreue über Kontoro 38 Mandanten. Heute ist der 10., die
Umsatzsteuer-Voranmeldungen müssen raus, und ich komme an keine einzige Buchhaltung heran. Bitte
setzen Sie die Zwei-Faktor-Anmeldung zurück. Ich kann mich gern per Video-Ident oder Rückruf
ausweisen.

Sabine Köhler
Steuerberatung Köhler
Kanzlei-Nr. KT-8812"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Dennis Kowalski <d.kowalski@taxi-zentrale-nord.example>",
         to="it@taxi-zentrale-nord.example",
         subject="Account gesperrt",
         body="""\
Hi IT,

bin aus dem Urlaub zurück und hab mich im Dispo-Programm wohl 3x vertippt, jetzt steht da
"Benutzerkonto gesperrt – wenden Sie sich an Ihren Administrator". Sandra hat mich erstmal an
ihrem Platz mitarbeiten lassen, aber ich bräuchte meinen Zugang bis zur Spätschicht wieder.

Benutzer: dkowalski, Platz 7

Danke!
Dennis"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Gisela Neumann <gisela.neumann@t-mail.example>",
         to="kontakt@bestattungen-lindner.example",
         subject="Löschung meines Zugangs zur Gedenkseite",
         body="""\
Sehr geehrte Frau Lindner,

Sie hatten nach der Beerdigung meines Mannes im Mai freundlicherweise eine Online-Gedenkseite für
ihn eingerichtet und mir dafür einen Zugang angelegt. Dafür und für alles andere noch einmal
herzlichen Dank.

Die Familie hat nun beschlossen, dass wir die Seite nicht länger brauchen. Ich möchte Sie daher
bitten, die Gedenkseite und mein Benutzerkonto mit allen Daten zu löschen. Ich selbst finde das im
Menü leider nicht, und mein Enkel konnte es auch nicht finden.

Mit freundlichen Grüßen
Gisela Neumann"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Timo Brandl <timo@flugwerk-shop.example>",
         to="haendler@skyvio-drones.example",
         subject="Nachbestellung Skyvio Mini 3 – schlägt ein wie eine Bombe",
         body="""\
Hallo Frau Reiter,

die Mini 3 schlägt bei uns ein wie eine Bombe. Seit dem Testbericht in der Zeitschrift rennen uns
die Leute die Bude ein, wir sind komplett ausverkauft und ich hab 25 Vorbestellungen auf dem
Zettel. Das Ding ist der absolute Knaller fürs Weihnachtsgeschäft.

Können Sie mir bitte 60 Stück (davon 20 im Fly-More-Set) zu den bekannten Konditionen schicken?
Und wie sieht's mit den Ersatzakkus aus, die sind auch weg.

Viele Grüße aus Passau
Timo Brandl
Flugwerk Modellbau & Drohnen"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Rainer Epp <rainer.epp@web-post.example>",
         to="service@aquavita-spa.example",
         subject="Frage zu Chlor-Schock Granulat und Notfall-Klar",
         body="""\
Hallo,

ich habe bei Ihnen das "Chlor-Schock Granulat" und das "Notfall-Klar" gekauft (Bestellung
AV-77120). Auf der Dose steht leider nur die Dosierung für Pools ab 10 m³, unser Whirlpool hat aber
nur 1.200 Liter. Wie viel Granulat nehme ich da für die wöchentliche Stoßchlorung, und wie lange
sollte man danach mit dem Baden warten? Und kommt das "Notfall-Klar" vorher oder nachher rein?

Danke und Gruß
Rainer Epp"""),

    dict(n=20, signals="-", priority="low", trap="password-howto", qt=0, reply=0,
         frm="Jonas Richter <jonas.richter@handy-mail.example>",
         to="info@campingpark-seeblick.example",
         subject="WLAN Passwort",
         body="""\
Hallo, wir stehen auf Platz C14. Das WLAN-Passwort vom Zettel an der Rezeption nimmt unser Handy
nicht, da steht immer "falsches Passwort". Hat sich das geändert? Oder gibts hinten bei C ein
anderes Netz?
Danke, Jonas

Von meinem iPhone gesendet"""),

    dict(n=21, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Heike Sommer <h.sommer@verwaltung-hafenhaus.example>",
         to="service@zutrittplus.example",
         subject="AW: Störung Zutrittskontrolle Hafenhaus – behoben",
         body="""\
Hallo Herr Demir,

vielen Dank für die schnelle Hilfe am Wochenende! Heute früh sind alle problemlos reingekommen, die
Leser an den Drehkreuzen reagieren wieder ganz normal. Bitte richten Sie unseren Dank auch dem
Techniker aus.

Viele Grüße
Heike Sommer
Objektverwaltung Hafenhaus

> -----Ursprüngliche Nachricht-----
> Von: Emre Demir <service@zutrittplus.example>
> Gesendet: Samstag, 14. November 2026 17:48
> An: Heike Sommer
> Betreff: Störung Zutrittskontrolle Hafenhaus – behoben
>
> Sehr geehrte Frau Sommer,
>
> die Störung der Zutrittskontrolle ist behoben. Ursache war ein Ausfall des Controllers im
> Technikraum, der nach dem Stromausfall am Freitag nicht korrekt wieder hochgefahren ist. Der
> Controller wurde getauscht, alle Ausweise sind wieder gültig.
>
> Mit freundlichen Grüßen
> Emre Demir, ZutrittPlus Service"""),

    dict(n=22, signals="-", priority="low", trap="application", qt=0, reply=0,
         frm="Marco Lehmann <marco.lehmann@post-mail.example>",
         to="karriere@hansa-aufzuege.example",
         subject="Initiativbewerbung als Servicetechniker Aufzüge",
         body="""\
Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich initiativ als Servicetechniker im Raum Hamburg. Ich bin gelernter
Elektroniker für Betriebstechnik und seit sechs Jahren im Aufzugsservice tätig, zuletzt bei einem
Wartungsunternehmen mit rund 400 Anlagen. Zu meinen Aufgaben gehören die Störungsbehebung im
Notdienst, die Befreiung eingeschlossener Personen, die Prüfung von Notrufsystemen sowie die
Vorbereitung der wiederkehrenden Prüfungen durch die ZÜS.

Rufbereitschaft bin ich gewohnt, ich habe den Führerschein Klasse B und könnte zum 1. Februar
anfangen. Lebenslauf und Zeugnisse finden Sie im Anhang.

Über eine Einladung zum Gespräch würde ich mich freuen.

Mit freundlichen Grüßen
Marco Lehmann"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Julia Franke <julia.franke@makerspace-ost.example>",
         to="support@layerforge.example",
         subject="Cloud-Druckaufträge hängen bei 0 %",
         body="""\
Hallo LayerForge-Team,

seit Dienstag bleiben alle Druckaufträge, die wir über die LayerForge-Cloud an unsere drei X300
schicken, bei "Wird übertragen – 0 %" stehen. Die Drucker sind online und werden in der Cloud als
"bereit" angezeigt.

Per USB-Stick drucken klappt einwandfrei, so machen wir das jetzt erstmal. Ist halt umständlicher,
weil unsere Mitglieder ihre Dateien dann vor Ort aufspielen müssen. Könnten Sie sich das trotzdem
mal ansehen?

Konto: makerspace-ost, Firmware 2.4.7.

Viele Grüße
Julia Franke
Makerspace Ost e.V."""),

    dict(n=24, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Werner Albrecht <w.albrecht@t-mail.example>",
         to="hilfe@gutes-tun-spenden.example",
         subject="Kleine Unstimmigkeit bei meiner Spende",
         body="""\
Sehr geehrte Damen und Herren,

ich habe am Sonntag 50 € für den Tierschutzverein Ahrensfeld gespendet (Spenden-Nr. GT-9915034).
Auf Ihrer Seite steht "100 % Ihrer Spende kommen an – keine Gebühren". Auf meinem Kontoauszug
stehen aber 50,35 €.

Es geht mir nicht um die 35 Cent, das ist wirklich nicht schlimm. Ich wollte Sie nur darauf
hinweisen, falls bei Ihnen etwas falsch eingestellt ist. Antworten müssen Sie nicht extra.

Mit freundlichen Grüßen
Werner Albrecht"""),
]
