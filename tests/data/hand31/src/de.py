# blind32 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Jonas Wüstefeld <j.wuestefeld@posteo-mail.example>",
         to="service@voltrad-bikes.example",
         subject="AW: Akku qualmt beim Laden – Ticket 58213",
         body="""\
Hallo zusammen,

der Ersatzakku ist heute angekommen, passt und lädt ganz normal. Danke für die schnelle Abwicklung!

Gruß
Jonas Wüstefeld

Am 02.12.2026 um 21:47 schrieb Jonas Wüstefeld <j.wuestefeld@posteo-mail.example>:
> Guten Abend,
> mein Akku (Voltrad City 500) ist gerade beim Laden im Flur total heiß
> geworden und hat angefangen zu qualmen. Ich habe ihn sofort vom Netz
> genommen und auf den Balkon gestellt. Es riecht immer noch verschmort.
> Was soll ich jetzt machen? Ich trau mich nicht, den noch mal anzuschließen.
> Jonas"""),
    dict(n=2, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Renate Osterkamp <renate.osterkamp@t-netz.example>",
         to="stoerung@fibernord.example",
         subject="AW: Störung Internet – Anschluss 4471-229",
         body="""\
Guten Tag,

seit heute Vormittag läuft alles wieder. Sie können das Ticket schließen.

Mit freundlichen Grüßen
Renate Osterkamp

-----Ursprüngliche Nachricht-----
> Von: Renate Osterkamp <renate.osterkamp@t-netz.example>
> Gesendet: Montag, 7. Dezember 2026 08:12
> An: stoerung@fibernord.example
> Betreff: Störung Internet – Anschluss 4471-229
>
> Sehr geehrte Damen und Herren,
>
> seit Samstagabend haben wir weder Internet noch Telefon. Die Info-LED am
> Router blinkt rot, ein Neustart hat nichts gebracht. Ich bin auf das Telefon
> angewiesen, weil mein Mann pflegebedürftig ist. Bitte schicken Sie
> schnellstmöglich einen Techniker.
>
> Renate Osterkamp"""),
    dict(n=3, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Murat Demirel <murat.demirel@mailbox.example>",
         to="kundenservice@hausundgarten-shop.example",
         subject="Re: Bestellung 300-8841127 doppelt abgebucht",
         body="""\
Am 30.11.2026 um 18:05 schrieb Murat Demirel <murat.demirel@mailbox.example>:
> Hallo,
> Sie haben meine Bestellung 300-8841127 (Gartenhäcksler, 289,00 EUR)
> zweimal von meinem Konto abgebucht, einmal am 27.11. und einmal am 28.11.
> Bestellt habe ich nur einen. Bitte erstatten Sie den doppelten Betrag.

Hallo nochmal,

die 289 Euro sind gestern zurückgekommen, danke dafür. Eine Frage hab ich
noch: der Häcksler steht laut Sendungsverfolgung seit drei Tagen "in
Zustellung". Wissen Sie ungefähr, wann er kommt? Ich bin ab dem 14. für
eine Woche nicht da.

Grüße
Murat Demirel"""),
    dict(n=4, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Katharina Bleibtreu <k.bleibtreu@agentur-bleibtreu.example>",
         to="support@taskwerk.example",
         subject="AW: Konto gesperrt nach zu vielen Anmeldeversuchen",
         body="""\
Hallo Herr Pohl,

super, das hat geklappt, ich bin wieder drin. Und ehrlich gesagt: so schnell
und freundlich hat mir bei einem Softwareanbieter noch nie jemand geholfen.
Das wollte ich einfach mal loswerden.

Viele Grüße aus Leipzig
Katharina Bleibtreu

Am Di., 8. Dez. 2026 um 10:31 Uhr schrieb Taskwerk Support <support@taskwerk.example>:
> Hallo Frau Bleibtreu,
> wir haben die Sperre Ihres Kontos aufgehoben. Bitte setzen Sie über
> "Passwort vergessen" ein neues Passwort.
> Beste Grüße, Tobias Pohl
>
> > Am Di., 8. Dez. 2026 um 09:02 Uhr schrieb Katharina Bleibtreu:
> > Hallo, mein Konto ist gesperrt, weil ich mich dreimal vertippt habe.
> > Ich komme nicht mehr an unsere Projekte und wir haben heute Abgabe.
> > Bitte entsperren!"""),
    dict(n=5, signals="payment", priority="medium", trap="safety", qt=1, reply=1,
         frm="Friedhelm Sauter <f.sauter@web-post.example>",
         to="kartenservice@hanseatische-kreditkarte.example",
         subject="AW: Kreditkarte gestohlen – bitte sofort sperren",
         body="""\
Sehr geehrte Damen und Herren,

vielen Dank für die schnelle Sperrung, die neue Karte ist inzwischen da.

Allerdings ist mir auf der Dezemberabrechnung aufgefallen, dass Sie mir die
Jahresgebühr von 49,00 Euro zweimal belastet haben, einmal für die alte und
einmal für die neue Karte. Die Ersatzkarte war doch nicht meine Schuld.
Ich bitte um Gutschrift der zweiten Gebühr.

Mit freundlichen Grüßen
Friedhelm Sauter
Kartennummer endet auf 7730

-----Ursprüngliche Nachricht-----
> Von: Friedhelm Sauter
> Gesendet: Sonntag, 22. November 2026 14:40
> An: kartenservice@hanseatische-kreditkarte.example
> Betreff: Kreditkarte gestohlen – bitte sofort sperren
>
> Mir wurde heute auf dem Weihnachtsmarkt die Geldbörse gestohlen, darin
> meine Kreditkarte (endet auf 7730). Bitte sperren Sie die Karte sofort.
> Anzeige bei der Polizei ist erstattet."""),
    dict(n=6, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Lena Hofbauer <lena.hofbauer@gmx-mail.example>",
         to="hilfe@flimmerkiste-tv.example",
         subject="Re: App zeigt nur Fehler 5003",
         body="""\
geht wieder, danke!
gibts eigentlich ein familienabo mit mehreren profilen? überlege umzusteigen

lena

Von meinem iPhone gesendet

Am 05.12.2026 um 20:14 schrieb lena.hofbauer@gmx-mail.example:
> seit ner stunde geht bei mir gar nix mehr, app und browser zeigen nur
> fehler 5003, bei meinem freund auch. server down??"""),
    dict(n=7, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Dr. Hartmut Lindqvist <h.lindqvist@kanzlei-lindqvist.example>",
         to="refunds@skyline-air.example",
         subject="AW: AW: Erstattung Flug SK 2214 annulliert – Buchung QX7P4M",
         body="""\
Sehr geehrte Frau Rehm,

der Betrag ist eingegangen, vielen Dank. Bitte ändern Sie zudem in meinem
Kundenprofil die Anschrift: ab 1. Januar lautet sie Lindenallee 12,
20259 Hamburg.

Mit freundlichen Grüßen
Dr. Hartmut Lindqvist

Am 03.12.2026 schrieb Skyline Air Kundenservice:
> Sehr geehrter Herr Dr. Lindqvist,
> die Erstattung über 612,40 EUR wurde heute angewiesen und sollte
> innerhalb von fünf Werktagen gutgeschrieben sein.
> Freundliche Grüße, Sabine Rehm
>
> > Am 18.11.2026 schrieb Dr. Hartmut Lindqvist:
> > Mein Flug SK 2214 am 2. November wurde annulliert. Trotz Ihrer
> > Bestätigung warte ich seit über zwei Wochen auf die Erstattung von
> > 612,40 EUR. Ich setze Ihnen hiermit eine Frist bis zum 30.11.2026."""),
    dict(n=8, signals="outage", priority="high", trap="account", qt=1, reply=1,
         frm="Stefan Brückner <stefan.brueckner@freenet-post.example>",
         to="kundenservice@funkstark-mobil.example",
         subject="AW: Zugang Kundenportal gesperrt",
         body="""\
Hallo,

das mit dem Portal hat sich erledigt, ich komme wieder rein. Dafür habe ich
jetzt seit heute früh überhaupt kein Netz mehr, weder Telefonie noch mobile
Daten, das Handy zeigt nur "Kein Dienst". Meine Frau (auch bei Ihnen) hat
das gleiche, wir wohnen in 37269 Eschwege. SIM getauscht und neu gestartet
haben wir schon. Ich bin selbständig und bin telefonisch nicht erreichbar.

Stefan Brückner
Kundennummer 55102938

Am Do., 10. Dez. 2026 um 19:22 schrieb Stefan Brückner:
> Ich kann mich nicht mehr in "Mein Funkstark" einloggen, es heißt immer
> "Benutzername oder Passwort falsch", obwohl ich nichts geändert habe.
> Der Reset-Link kommt auch nicht an."""),
    dict(n=9, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Annegret Vollmer <annegret.vollmer@online-post.example>",
         to="support@tellerfix.example",
         subject="AW: Allergische Reaktion nach Bestellung 77-41920",
         body="""\
Sehr geehrte Frau Yilmaz,

haben Sie vielen Dank für Ihre ausführliche Antwort und den Gutschein. Meiner
Tochter geht es wieder gut, sie war zum Glück nur eine Nacht im Krankenhaus.
Ich finde es gut, dass Sie das mit dem Restaurant klären, und nehme Ihre
Entschuldigung an.

Freundliche Grüße
Annegret Vollmer

-----Ursprüngliche Nachricht-----
> Von: Annegret Vollmer
> Gesendet: Freitag, 27. November 2026 22:58
> An: support@tellerfix.example
> Betreff: Allergische Reaktion nach Bestellung 77-41920
>
> Ich habe ausdrücklich "ohne Nüsse – Allergie!" in die Bestellung geschrieben.
> Im Curry waren trotzdem Cashewkerne. Meine Tochter hat eine schwere
> allergische Reaktion bekommen, wir mussten den Notarzt rufen."""),
    dict(n=10, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Bernd Kowalczyk <b.kowalczyk@steuerbuero-kowalczyk.example>",
         to="support@belegwerk.example",
         subject="AW: Belegwerk nicht erreichbar – komplette Kanzlei betroffen",
         body="""\
Hallo Frau Engel,

meine Antworten direkt unten im Text.

Am 09.12.2026 um 11:40 schrieb Belegwerk Support:
> die Störung in unserem Rechenzentrum ist seit 11:15 Uhr behoben.
> Können Sie bitte bestätigen, dass bei Ihnen wieder alles funktioniert?

Ja, alle sechs Arbeitsplätze laufen wieder.

> Haben Sie Buchungen, die während der Störung verloren gegangen sind?

Nein, es fehlt nichts, haben wir geprüft.

> > Seit heute 8 Uhr kommt bei allen Mitarbeitern nur "Service
> > vorübergehend nicht verfügbar". Wir können keine einzige Buchung machen,
> > und morgen ist Abgabetermin für die Umsatzsteuervoranmeldungen!

Eine Frage noch: Wann ist die nächste geplante Wartung? Dann kann ich das
im Team ankündigen.

Beste Grüße
Bernd Kowalczyk"""),
    dict(n=11, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Ilse Hammerschmidt <ilse.hammerschmidt@t-netz.example>",
         to="kundenservice@stadtwerke-mittelau.example",
         subject="AW: Abschlag viel zu hoch – Vertragskonto 200418775",
         body="""\
Guten Tag,

danke, dass Sie den Abschlag wieder auf 84 Euro gesetzt haben.

Jetzt habe ich aber ein anderes Problem: Ich komme nicht mehr in das
Kundenportal. Ich habe "Passwort vergessen" gemacht, aber der Link in der
E-Mail sagt jedes Mal "Link abgelaufen", auch wenn ich ihn sofort anklicke.
Ich möchte doch meinen Zählerstand eintragen.

Freundliche Grüße
Ilse Hammerschmidt

Am 01.12.2026 um 16:02 schrieb Ilse Hammerschmidt:
> Sie haben meinen monatlichen Abschlag von 84 auf 231 Euro erhöht, ohne
> Begründung. Das ist fast das Dreifache! Ich wohne allein in einer
> Zweizimmerwohnung. Bitte korrigieren Sie das, bevor im Januar abgebucht wird."""),
    dict(n=12, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Paul Ziegenhagen <paul.z@mailbox.example>",
         to="gaesteservice@alpenhof-hotels.example",
         subject="AW: Kann mich nicht in mein Bonuskonto einloggen",
         body="""\
Danke, passt alles!
Paul

Gesendet mit der GMX Mail App

Am 11.12.2026 um 09:15 schrieb gaesteservice@alpenhof-hotels.example:
> Lieber Herr Ziegenhagen, wir haben Ihre beiden Bonuskonten
> zusammengeführt. Sie können sich jetzt wieder mit paul.z@mailbox.example
> anmelden, Ihre 12.400 Punkte sind vollständig übertragen.
>
> > Ich komme nicht mehr in mein Bonuskonto, seit ich die E-Mail-Adresse
> > geändert habe. Es heißt, das Konto existiert nicht."""),
    dict(n=13, signals="safety", priority="critical", trap="outage", qt=1, reply=1,
         frm="Sabine Nowotny <s.nowotny@web-post.example>",
         to="kundenbetreuung@merkur-automobile.example",
         subject="AW: MerkurConnect App geht seit Tagen nicht",
         body="""\
Hallo,

die App ist mir inzwischen ehrlich gesagt egal. Wichtiger: Seit gestern
Abend leuchtet im Display die rote Bremswarnleuchte, und das Auto zieht beim
Bremsen deutlich nach rechts. Heute früh auf der B27 habe ich beim Bremsen
fast die Spur verloren. Der Wagen (Merkur Avanti, FIN WME4471K20993, erst
14 Monate alt) steht jetzt vor der Tür und ich fahre keinen Meter mehr.
Können Sie ihn abschleppen lassen? Ich erreiche die Hotline nicht.

Sabine Nowotny
0176 5520 1943

Am 06.12.2026 um 08:30 schrieb Sabine Nowotny:
> Die MerkurConnect App zeigt seit Mittwoch nur "Verbindung zum Fahrzeug
> fehlgeschlagen". Standheizung und Türverriegelung per App gehen nicht."""),
    dict(n=14, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Maximilian Ortlepp <m.ortlepp@stud.uni-rheinfeld.example>",
         to="it-service@uni-rheinfeld.example",
         subject="Re: Mein Uni-Konto wurde gehackt",
         body="""\
Hallo,

danke nochmal, das neue Passwort und die Zwei-Faktor-Anmeldung funktionieren.

Kurze Frage, die nicht ganz hierher gehört: Hat die Unibibliothek zwischen
den Jahren geöffnet? Auf der Webseite finde ich nur die normalen Zeiten.

Viele Grüße
Max Ortlepp
Matrikelnummer 3318842

Am 04.12.2026 um 23:51 schrieb Maximilian Ortlepp:
> Hallo IT-Service,
> ich habe auf eine Mail "Postfach voll – jetzt bestätigen" geklickt und meine
> Zugangsdaten eingegeben. Jetzt wurden von meinem Uni-Konto hunderte
> Spam-Mails verschickt und meine Weiterleitung wurde geändert. Bitte
> sperrt das Konto, ich habe Angst, dass jemand an meine Noten und Daten kommt."""),
    dict(n=15, signals="safety", priority="critical", trap="-", qt=0, reply=1,
         frm="Gisela Brandhorst <gisela.brandhorst@online-post.example>",
         to="kundendienst@weisswerk-hausgeraete.example",
         subject="AW: Trockner riecht verbrannt – Reparaturauftrag 9911-3370",
         body="""\
Sehr geehrte Damen und Herren,

leider muss ich mich noch einmal melden. Ihr Techniker war am Dienstag da und
hat das Heizelement getauscht. Gestern habe ich den Trockner wieder
angestellt, und nach zwanzig Minuten roch es genauso verbrannt wie vorher.
Diesmal kam sogar etwas Rauch aus dem Flusensieb. Ich habe sofort den
Stecker gezogen.

Ich wohne in einem Mehrfamilienhaus und habe große Angst, dass es brennt.
Bitte holen Sie das Gerät ab oder tauschen Sie es aus.

Mit freundlichen Grüßen
Gisela Brandhorst
Tel. 0231 449 210

Am 24.11.2026 schrieb Gisela Brandhorst:
> Mein Wärmepumpentrockner WW T8 riecht seit einigen Tagen stark verbrannt,
> das Gehäuse wird an der Seite sehr heiß."""),
    dict(n=16, signals="safety,payment", priority="critical", trap="-", qt=0, reply=1,
         frm="Tim Ohlendorf <tim.ohlendorf@freenet-post.example>",
         to="sicherheit@payfix.example",
         subject="AW: Fremde Zahlungen von meinem Payfix-Konto",
         body="""\
Es geht schon wieder los!! Heute Nacht noch mal drei Abbuchungen:
- 02:13 Uhr, 149,99 EUR an "GAMESTORE-DIGITAL"
- 02:15 Uhr, 149,99 EUR an "GAMESTORE-DIGITAL"
- 02:40 Uhr, 89,00 EUR an "TOPUP-SERVICE LTD"

Ich habe nach Ihrer letzten Mail das Passwort geändert und die Karte in der
App gesperrt. Wie kann das sein?? Bitte sperren Sie das Konto komplett und
buchen Sie das Geld zurück.

Tim Ohlendorf

Am 09.12.2026 um 07:55 schrieb Tim Ohlendorf:
> Von meinem Payfix-Konto wurden gestern 420 Euro an Händler abgebucht,
> die ich nicht kenne. Ich war das nicht!"""),
    dict(n=17, signals="outage,account", priority="critical", trap="scale", qt=0, reply=1,
         frm="Claudia Reinecke <c.reinecke@reinecke-logistik.example>",
         to="business-support@postfachplus.example",
         subject="AW: AW: Keine Anmeldung möglich – alle Mitarbeiter betroffen",
         body="""\
Sehr geehrter Herr Albers,

ich schreibe als Büroleiterin für unser gesamtes Team: Das Problem besteht
weiterhin. Keiner unserer 23 Mitarbeiter kann sich seit gestern Mittag in
sein Postfach einloggen, jeder bekommt nach der Passworteingabe wieder die
Anmeldeseite angezeigt. Auch die von Ihnen zurückgesetzten Passwörter helfen
nicht.

Wir sind eine Spedition, unsere Kunden schicken Aufträge per E-Mail. Seit
über 24 Stunden geht uns jeder Auftrag verloren. Ich bitte um sofortige
Eskalation und einen Rückruf unter 0421 66 503-10.

Claudia Reinecke
Reinecke Logistik GmbH

-----Ursprüngliche Nachricht-----
> Von: Postfachplus Business Support
> Gesendet: Donnerstag, 10. Dezember 2026 15:20
> Betreff: AW: Keine Anmeldung möglich – alle Mitarbeiter betroffen
>
> wir haben die Passwörter aller Konten Ihrer Domain zurückgesetzt. Bitte
> versuchen Sie es erneut."""),
    dict(n=18, signals="outage", priority="high", trap="-", qt=0, reply=1,
         frm="Helmut Gerstner <helmut.gerstner@t-netz.example>",
         to="kundendialog@schienenflott.example",
         subject="AW: App stürzt beim Öffnen des Tickets ab",
         body="""\
Leider immer noch nicht. Neueste Version, Handy neu gestartet, App neu installiert.
Ich sitze morgen um 6:12 im Zug nach Köln.

H. Gerstner

Am 08.12.2026 um 17:03 schrieb Helmut Gerstner:
> Sobald ich in der App auf "Meine Tickets" gehe, stürzt sie ab. Ich komme
> nicht an mein Ticket (Auftragsnr. 4471 2290 5513)."""),
    dict(n=19, signals="outage", priority="medium", trap="-", qt=0, reply=1,
         frm="Niklas Petersen <niklas.petersen@mailbox.example>",
         to="support@drachenfels-games.example",
         subject="Re: Matchmaking dauert ewig / Lags auf EU-West",
         body="""\
Hey,

nach dem Patch von gestern ist es eher schlimmer geworden. Die Suche nach
einer Ranked-Runde dauert jetzt 10–15 Minuten, und wenn ich reinkomme, hab ich
Ping-Spitzen bis 900 ms. Auf dem Server EU-Nord läuft es normal, nur EU-West
ist so. Meine Leitung ist okay, hab's mit Kabel und Speedtest geprüft.

Nickname: Nordlicht_Niklas

Gruß Niklas

Am Sa., 5. Dez. 2026 um 21:48 Uhr schrieb Niklas Petersen <niklas.petersen@mailbox.example>:
> Seit ein paar Tagen sind die Wartezeiten auf EU-West extrem lang und im
> Spiel laggt es ständig."""),
    dict(n=20, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Dragan Petrović <dragan.petrovic@handwerk-petrovic.example>",
         to="haendler@kaufhafen-marktplatz.example",
         subject="AW: AW: AW: Auszahlung seit 3 Wochen ausstehend – Händler-ID 88120",
         body="""\
Das ist jetzt meine DRITTE Mail und ich bekomme nur Textbausteine zurück.

Seit dem 18. November warten wir auf die Auszahlung von 3.846,20 Euro für
verkaufte Ware. Die Bestellungen sind alle zugestellt, kein einziger
Kunde hat reklamiert. Ich muss am Montag die Miete für die Werkstatt und
die Löhne zahlen. Wenn das Geld bis Freitag nicht da ist, schalte ich
einen Anwalt ein.

Dragan Petrović
Holzwerkstatt Petrović

Am 04.12.2026 schrieb Dragan Petrović:
> Ich warte immer noch auf die Auszahlung. Bitte um Rückmeldung.
>
> > Am 25.11.2026 schrieb Dragan Petrović:
> > Die Auszahlung für den Zeitraum 1.–15.11. ist nicht auf unserem
> > Geschäftskonto angekommen. Im Händlerbereich steht "in Bearbeitung"."""),
    dict(n=21, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Monika Sterzinger <monika.sterzinger@web-post.example>",
         to="beitragsservice@solida-versicherung.example",
         subject="AW: Beitrag doppelt eingezogen – Vertrag HR-2290417",
         body="""\
Sehr geehrte Damen und Herren,

in Ihrer Antwort vom 2. Dezember schrieben Sie, der doppelt eingezogene
Beitrag von 312,60 Euro werde "zeitnah" erstattet. Auf meinem Konto ist bis
heute nichts eingegangen. Stattdessen wurde am 1. Dezember der Beitrag
erneut doppelt eingezogen.

Bitte erstatten Sie beide zu viel eingezogenen Beträge, insgesamt 625,20 Euro.

Mit freundlichen Grüßen
Monika Sterzinger

> Von: Solida Versicherung Beitragsservice
> Gesendet: Mittwoch, 2. Dezember 2026 10:11
> Betreff: AW: Beitrag doppelt eingezogen – Vertrag HR-2290417
> Wir bedauern den Fehler. Die Erstattung wird zeitnah veranlasst."""),
    dict(n=22, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Yvonne Kästner <yvonne.kaestner@gmx-mail.example>",
         to="hilfe@frischkorb.example",
         subject="Re: Fehlende Artikel berechnet – Lieferung 6620991",
         body="""\
Hallo,

das gleiche schon wieder. Bei der Lieferung von gestern (6631450) fehlten
die Milch und der Käse, berechnet wurden sie trotzdem, zusammen 7,48 Euro.
Letzte Woche waren es die Eier. Ich hab jetzt keine Lust mehr, jedes Mal
nachzurechnen. Bitte gutschreiben.

Yvonne

Am 03.12.2026 um 19:20 schrieb Yvonne Kästner:
> Bei meiner Lieferung 6620991 fehlten die Eier (3,29 Euro), sie stehen aber
> auf der Rechnung."""),
    dict(n=23, signals="account", priority="high", trap="-", qt=0, reply=1,
         frm="Ahmad Rahimi <a.rahimi@rahimi-architektur.example>",
         to="support@wolkenkiste.example",
         subject="AW: Kein Zugriff auf mein Konto nach Handywechsel",
         body="""\
Hallo,

ich habe alles gemacht, wie Sie geschrieben haben: Wiederherstellungscodes
gesucht (habe ich leider nicht mehr), Ausweis hochgeladen, Formular ausgefüllt.
Das ist jetzt eine Woche her. Ich komme immer noch nicht an mein Konto. Darin
liegen alle Pläne meiner laufenden Projekte. Die Authenticator-App war auf dem
alten Handy, das ist kaputt.

Bitte sagen Sie mir, wie lange das noch dauert.

Ahmad Rahimi

Am 04.12.2026 schrieb Wolkenkiste Support:
> Bitte laden Sie über das Formular zur Kontowiederherstellung eine Kopie
> Ihres Ausweises hoch. Die Prüfung dauert in der Regel 2–3 Werktage."""),
    dict(n=24, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Bettina Lorenz <bettina.lorenz@online-post.example>",
         to="support@vitalpuls-app.example",
         subject="AW: Änderung der E-Mail-Adresse",
         body="""\
Guten Tag,

ich schreibe im Namen meines Vaters, Werner Lorenz (82). Sie hatten uns
zugesagt, die E-Mail-Adresse in seinem Konto von w.lorenz@altpost.example auf
meine Adresse zu ändern, weil er sein altes Postfach nicht mehr öffnen kann.
Das ist nicht passiert: Die Bestätigungsmails und Blutdruckberichte gehen
weiter an die alte Adresse, und in der App steht noch die alte.

Könnten Sie das bitte noch einmal prüfen?

Vielen Dank
Bettina Lorenz

Am 30.11.2026 um 14:05 schrieb VitalPuls Support:
> Wir haben Ihre Anfrage erhalten und ändern die Adresse in den nächsten Tagen."""),
]
