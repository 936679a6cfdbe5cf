# blind18 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Dr. Katrin Sommerfeld <praxis@zahnarzt-sommerfeld.example>",
         to="service@steriklar.example",
         subject="Autoklav SK-23: Tür springt nach Zyklusende auf",
         body="""\
Sehr geehrte Damen und Herren,

ist es normal, dass die Tür unseres SK-23 nach Programmende von selbst aufspringt? Heute
Vormittag hat es nach dem 134-Grad-Programm einen lauten Knall gegeben, die Tür ist aufgeflogen
und eine Dampfwolke kam heraus, obwohl im Display noch „Druckabbau" stand. Meine Helferin
stand direkt davor, um die Trays zu entnehmen. Ihr rechter Unterarm ist seitdem hochrot und
hat mehrere Blasen, sie ist jetzt beim Hausarzt.

Das Gerät hatte im März die Wartung durch Ihren Techniker, dabei wurde die Türdichtung
getauscht. Wir haben es ausgeschaltet und vom Netz genommen. Bitte rufen Sie mich heute noch
zurück: 089 99998 214.

Mit freundlichen Grüßen
Dr. Katrin Sommerfeld
Zahnarztpraxis Sommerfeld, München"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jana Petersen <leitung@kita-sonnenkaefer.example>",
         to="support@kitaklick.example",
         subject="Check-in-Chip geöffnet – Knopfzelle fehlt",
         body="""\
Hallo,

heute Morgen lag im Flur einer Ihrer KitaKlick-Check-in-Chips auf dem Boden, aufgeklappt,
die kleine runde Batterie war nicht mehr drin. Daneben saß Mats (2 Jahre) und hat gewürgt und
dann gespuckt. Wir haben den ganzen Flur abgesucht, die Knopfzelle ist weg. Eine Kollegin ist
mit ihm und der Mutter auf dem Weg in die Kinderklinik.

Die Chips hängen bei uns an den Garderobenhaken, auf Kinderhöhe, so wie in Ihrer Anleitung
beschrieben. Der Deckel geht mit einem Fingernagel auf, das habe ich gerade an drei anderen
Chips ausprobiert.

Wir sammeln jetzt alle 48 Chips ein. Ich brauche sofort eine Rückmeldung, welche Batterie
genau verbaut ist (für die Klinik) und wie es weitergehen soll.

Jana Petersen
Leitung Kita Sonnenkäfer, Kiel
Tel. 040 66969 371"""),

    dict(n=3, signals="safety,payment,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Mehmet Aydın <m.aydin@aydin-waschpark.example>",
         to="sicherheit@kassomat-pay.example",
         subject="Fremder Zugriff auf Händlerkonto – Auszahlung auf fremdes Konto",
         body="""\
Guten Tag,

jemand hat sich in der Nacht auf heute in unser Kassomat-Händlerkonto eingeloggt. Laut der
Benachrichtigungs-Mail wurde um 02:14 Uhr die Bankverbindung für Auszahlungen geändert, auf
eine IBAN bei einer Bank in Litauen, die wir nicht kennen. Die Auszahlung von 3.480,55 € für
die Waschanlage ging heute früh genau dorthin.

Unser Passwort funktioniert nicht mehr, und die Zwei-Faktor-Codes kommen auf eine Nummer, die
nicht unsere ist. Wir kommen also selbst nicht mehr rein.

Bitte sperren Sie das Konto sofort für alle Auszahlungen und rufen Sie mich an. Anzeige bei
der Polizei erstatten wir heute.

Mehmet Aydın
Aydın Waschpark GmbH, Dortmund
0221 4710 588"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Holger Rautenberg <h.rautenberg@lager-nordhafen.example>",
         to="service@voltlift.example",
         subject="Ladegerät VL-48 qualmt – Brandgefahr",
         body="""\
Hallo,

an Ladeplatz 3 riecht es seit ca. 20 Minuten stark nach verschmortem Kunststoff. Das VL-48
Ladegerät ist am Gehäuse so heiß, dass man die Hand nicht drauflassen kann, und aus dem
Lüftungsgitter kommt ein dünner grauer Rauch. Dazu ein Zischen vom Stecker zum Stapler.

Wir haben die Sicherung rausgedreht, den Stapler weggefahren und die Halle gelüftet. Aus
meiner Sicht besteht akute Brandgefahr, die anderen fünf Geräte gleicher Baureihe laufen noch.
Müssen wir die auch abschalten? Bitte sofort melden.

Holger Rautenberg
Lagerleitung, Lager Nordhafen
Tel. 040 66969 118"""),

    # 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Sabine Krüger <info@waschstrasse-krueger.example>",
         to="support@kassomat-pay.example",
         subject="Terminals an allen drei Waschstraßen lehnen jede Karte ab",
         body="""\
Hallo,

seit heute 8 Uhr zeigen alle drei Terminals an unseren Waschstraßen bei jeder Karte
„Transaktion abgebrochen – Fehler 51". EC, Kreditkarte, Handy – egal. Bargeld nehmen die
Automaten keins mehr, das haben wir letztes Jahr auf Ihre Empfehlung abgeschafft.

Samstag, schönes Wetter, die Autos stehen bis auf die Bundesstraße, und die Leute drehen nach
fünf Minuten um und fahren zur Konkurrenz. Wir haben die Geräte neu gestartet, ohne Erfolg.

Bitte dringend zurückrufen: 069 90009 442.

Sabine Krüger
Waschstraße Krüger, Offenbach"""),

    dict(n=6, signals="outage", priority="critical", trap="mixed-lang", qt=0, reply=0,
         frm="Tobias Wendt <t.wendt@paketwerk-logistik.example>",
         to="support@conveyx.example",
         subject="Förderanlage Halle B steht – Steuerung reagiert nicht",
         body="""\
Guten Morgen,

seit 05:50 Uhr bewegt sich in Halle B kein einziges Band mehr. Die ConveyX-Steuerung zeigt
alle Zonen grün, nimmt aber keine Befehle an. Die Pakete stapeln sich an der Einschleusung,
30 Leute der Frühschicht stehen rum, und um 10 Uhr kommen die ersten Abholungen der
Paketdienste, die wir nicht bedienen können.

Unser Schichtleiter aus dem Werk in Rotterdam hat es so zusammengefasst: "We are losing a
full shift here, we need someone on site now."

Tobias Wendt
Betriebsleitung, Paketwerk Logistik GmbH
Tel. 0221 4710 903"""),

    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Lena Hoffmeister <lena@hoffmeister-architekten.example>",
         to="support@plotpilot.example",
         subject="Frage zum Druckserver nach dem Update",
         body="""\
Hallo zusammen,

ist es eigentlich normal, dass der PlotPilot-Druckserver seit dem Treiberupdate von gestern
jeden Auftrag mit „Job verworfen" ablehnt? Egal ob A0 oder A3, PDF oder DWG – es kommt nichts
mehr aus dem Plotter. Wir müssen Freitag die Bauantragspläne in fünffacher Ausfertigung
abgeben.

Viele Grüße
Lena Hoffmeister
Hoffmeister Architekten, Freiburg"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Uwe Brandl <uwe@brandl-angelbedarf.example>",
         to="support@shophafen-hosting.example",
         subject="Shop sehr langsam",
         body="""\
Servus,

seit Montag braucht unser Shop (brandl-angelbedarf.example) 12 bis 15 Sekunden pro
Produktseite. Bestellungen gehen durch, der Checkout ist normal schnell, aber die Kategorien
laden ewig. Wir haben nichts geändert. Können Sie mal auf den Server schauen?

Gruß
Uwe Brandl"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Anika Lorenz <anika@frischbox-abo.example>",
         to="support@postwerk-newsletter.example",
         subject="Editor down – Newsletter kann nicht raus",
         body="""\
Hallo Postwerk-Team,

der Newsletter-Editor ist seit gestern Abend down, beim Öffnen jeder Kampagne kommt nur
„Error 503". Wir können unseren wöchentlichen Newsletter an die Abonnenten nicht verschicken,
der sollte heute um 10 Uhr raus. Sorry for the rush, but this is our main sales channel.

Anika Lorenz
FrischBox – Gemüse im Abo"""),

    # 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Gasthaus Zur Linde <kueche@gasthaus-zurlinde.example>",
         to="buchhaltung@gruenhof-grosshandel.example",
         subject="Lastschrift doppelt abgebucht – Rechnung 2024-3381",
         body="""\
Sehr geehrte Damen und Herren,

die Lastschrift für Ihre Rechnung Nr. 2024-3381 über 612,40 € wurde am 15.04. zweimal von
unserem Geschäftskonto abgebucht (gleicher Betrag, gleiche Mandatsreferenz). Bitte erstatten
Sie uns den doppelten Betrag zurück, Kontoauszug im Anhang.

Mit freundlichen Grüßen
Franz Obermaier
Gasthaus Zur Linde"""),

    dict(n=11, signals="payment", priority="high", trap="buried", qt=0, reply=0,
         frm="Claudia Weißbach <c.weissbach@weissbach-umzuege.example>",
         to="haendler@zahlfix.example",
         subject="Rückfrage zu Auszahlungen im April",
         body="""\
Hallo Zahlfix-Team,

zunächst vielen Dank für die Umstellung auf das neue Dashboard, das gefällt uns gut,
insbesondere die Übersicht nach Aufträgen. Zwei Kleinigkeiten noch dazu: der Export nach
DATEV schneidet bei langen Kundennamen ab, und die Uhrzeiten stehen in UTC statt in
deutscher Zeit. Vielleicht können Sie das bei Gelegenheit weitergeben.

Eigentlicher Grund meiner Mail: Die Auszahlungen vom 22., 23. und 24. April stehen im
Dashboard auf „fehlgeschlagen", zusammen 14.906,20 €. Bei unserer Bank ist nichts angekommen.
Am 30. müssen wir die Löhne für 19 Mitarbeiter zahlen, und ohne dieses Geld reicht es dafür
nicht. Ich brauche bis Freitag eine verbindliche Aussage, wann das Geld überwiesen wird.

Mit freundlichen Grüßen
Claudia Weißbach
Geschäftsführung, Weißbach Umzüge
Tel. 030 23125 764"""),

    dict(n=12, signals="payment", priority="medium", trap="outage", qt=1, reply=1,
         frm="Rainer Gottschalk <rg@gottschalk-optik.example>",
         to="billing@zertiform.example",
         subject="AW: Erstattung SSL-Zertifikat",
         body="""\
Hallo Frau Demir,

das ist jetzt drei Wochen her, und die 89,00 € für das stornierte Zertifikat sind immer noch
nicht auf unserem Konto. Können Sie bitte nachsehen, ob die Erstattung überhaupt angestoßen
wurde?

Gruß
Rainer Gottschalk
Gottschalk Optik

Am 02.04.2024 um 11:20 schrieb Zertiform Billing <billing@zertiform.example>:
> Sehr geehrter Herr Gottschalk,
>
> aufgrund eines Ausfalls in unserem Abrechnungssystem konnten Erstattungen vorübergehend
> nicht verarbeitet werden. Die Störung ist behoben, Ihre Erstattung erfolgt innerhalb von
> 5 bis 7 Werktagen.
>
> Freundliche Grüße
> Aylin Demir"""),

    dict(n=13, signals="payment", priority="low", trap="curious", qt=0, reply=0,
         frm="Petra Lindqvist <petra@blumen-lindqvist.example>",
         to="abo@etikettenwelt.example",
         subject="1,90 € Gebühr?",
         body="""\
Hallo, auf der letzten Abrechnung für unser Etiketten-Abo steht „Bearbeitungsgebühr 1,90 €".
Wofür ist die? Nur aus Neugier, kein Problem. Gruß, Petra Lindqvist"""),

    # 14-17 account
    dict(n=14, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Jürgen Haas <juergen.haas@haas-metallbau.example>",
         to="support@mandantwerk.example",
         subject="Neues Handy – komme nicht mehr ins Mandantenportal",
         body="""\
Guten Tag,

ich habe ein neues Handy, die Authenticator-App war auf dem alten. Jetzt fragt das
Mandantenportal nach dem 6-stelligen Code und ich komme nicht weiter. Meine Steuerberaterin
wartet auf die Belege für das erste Quartal. Wie kann ich die Zwei-Faktor-Anmeldung
zurücksetzen lassen?

Jürgen Haas
Haas Metallbau"""),

    dict(n=15, signals="account", priority="medium", trap="email", qt=0, reply=0,
         frm="Miriam Scholz <m.scholz@reifen-scholz.example>",
         to="support@tyretec-portal.example",
         subject="E-Mail-Adresse ändern – Bestätigungslink geht an alte Adresse",
         body="""\
Hallo,

unser Zugang zum Tyretec-Portal läuft noch auf die Adresse eines ehemaligen Mitarbeiters
(k.bauer@reifen-scholz.example), das Postfach gibt es nicht mehr. Wenn ich in den
Einstellungen meine Adresse eintrage, schickt das Portal den Bestätigungslink an die alte
Adresse, und die Änderung bleibt hängen. Können Sie die Adresse bitte auf
m.scholz@reifen-scholz.example umstellen? Ich bin die Inhaberin, Kundennummer 70-2219.

Miriam Scholz
Reifen Scholz"""),

    dict(n=16, signals="account", priority="high", trap="deleted", qt=0, reply=0,
         frm="Dieter Kowalski <dieter.kowalski@mailbox.example>",
         to="support@lagerbox24.example",
         subject="Konto gelöscht – komme nicht mehr an mein Abteil",
         body="""\
Hallo,

ich stehe gerade vor Ihrem Standort in Bochum und das Tor geht nicht auf. In der App steht
„Konto existiert nicht", und als ich mich neu anmelden wollte, hieß es, meine E-Mail sei
nicht registriert. Ich miete das Abteil 2-114 seit drei Jahren und zahle jeden Monat. Heute
kommt der Umzugswagen, ich muss an meine Sachen.

Dieter Kowalski
030 23125 306"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Sophie Brenner <sophie.brenner@posteo-mail.example>",
         to="hilfe@kitaklick.example",
         subject="Zweites Elternteil hinzufügen",
         body="""\
Hallo,

wie kann ich meinen Mann zu meinem Konto in der KitaKlick-App hinzufügen, damit er auch die
Nachrichten der Gruppe sieht und unsere Tochter abmelden kann? Ich finde die Option nicht.

Danke und viele Grüße
Sophie Brenner"""),

    # 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Kai Feddersen <kai@zapfhahn-kiel.example>",
         to="vertrieb@leitungsrein.example",
         subject="Angebot für zweite Bar",
         body="""\
Moin,

Ihre Schankanlagenreinigung hat bei uns eingeschlagen wie eine Bombe. Seit Ihr Team alle
zwei Wochen kommt, schmeckt das Pils wieder, die Gäste sind Feuer und Flamme und am Samstag
hat der Laden gebrannt – voll bis zur Tür.

Wir übernehmen im Juni eine zweite Bar in Eckernförde, acht Zapfhähne. Können Sie uns dafür
ein Angebot machen?

Gruß
Kai Feddersen
Zapfhahn Kiel"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Ingrid Pfeiffer <ingrid@pfeiffer-druck.example>",
         to="support@pressnet.example",
         subject="AW: Sicherheitswarnung: gefälschte Rechnungs-Mails",
         body="""\
Danke für die Info, ist angekommen. Bitte schicken Sie solche Hinweise künftig zusätzlich an
buero@pfeiffer-druck.example, ich bin nicht jeden Tag im Haus.

Ingrid Pfeiffer

-----Ursprüngliche Nachricht-----
Von: PressNet Support <support@pressnet.example>
Gesendet: Dienstag, 7. Mai 2024 09:15
Betreff: Sicherheitswarnung: gefälschte Rechnungs-Mails

> Liebe Kundinnen und Kunden,
>
> derzeit sind betrügerische E-Mails im Umlauf, die wie Rechnungen von PressNet aussehen und
> auf eine gefälschte Anmeldeseite verlinken. Dort werden Zugangsdaten und Kreditkartendaten
> abgegriffen. Bitte klicken Sie nicht auf diese Links.
>
> Ihr PressNet-Team"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Stefan Ruhland <werkstatt@autohaus-ruhland.example>",
         to="support@diagtronik.example",
         subject="Danke – Tester läuft wieder",
         body="""\
Hallo Herr Yilmaz,

kurze Rückmeldung: Nach dem Update von Ihnen läuft der DT-7 wieder einwandfrei, auch an den
älteren Fahrzeugen. Letzte Woche, als er bei jeder zweiten Abfrage abgestürzt ist, war ich
kurz davor, das Ding aus dem Fenster zu werfen. Vielen Dank für die Geduld!

Beste Grüße aus der Werkstatt
Stefan Ruhland"""),

    dict(n=21, signals="-", priority="low", trap="product", qt=0, reply=0,
         frm="Nadine Vogt <nadine@vogt-schilder.example>",
         to="vertrieb@folienhaus.example",
         subject="Anfrage: nachleuchtende Folie für Notausgang-Schilder",
         body="""\
Guten Tag,

wir haben einen Auftrag über 240 Rettungszeichen für ein Hotel: „Notausgang", „Feuerlöscher",
„Brandschutztür – geschlossen halten" und Fluchtwegpfeile. Dafür brauchen wir nachleuchtende
Folie nach DIN 67510, ca. 30 laufende Meter.

Können Sie uns Preis und Lieferzeit nennen? Gern auch ein Muster vorab.

Mit freundlichen Grüßen
Nadine Vogt
Vogt Schilder & Beschriftung"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Taxameter-News <news@taxometrik.example>",
         to="zentrale@taxi-brenner.example",
         subject="Taxameter-News Mai: Blackout im Funknetz? So bleiben Sie mobil",
         body="""\
Taxameter-News – Ausgabe Mai

• Wenn das Funknetz ausfällt: So speichert Ihr TX-5 Fahrten offline und überträgt sie
  später automatisch.
• Gehackte Fahrerkonten: drei Tipps für sichere Passwörter in der Flotte.
• Neue Tarifpflicht ab Juli – was Sie jetzt umstellen müssen.
• Veranstaltungstipp: Crashkurs Fiskalisierung, 18. Juni, online.

Sie erhalten diesen Newsletter, weil Sie Kunde von Taxometrik sind.
Abmelden: https://taxometrik.example/abmelden"""),

    # 23-24 context
    dict(n=23, signals="outage", priority="high", trap="deadline", qt=0, reply=0,
         frm="Frank Meinhardt <f.meinhardt@blumengrosshandel-meinhardt.example>",
         to="support@coldtrace.example",
         subject="Temperaturdaten Kühlzellen fehlen – Audit morgen 9 Uhr",
         body="""\
Hallo ColdTrace-Support,

im ColdTrace-Portal fehlen für unsere sechs Kühlzellen seit Sonntag alle Messwerte, die
Kurven brechen einfach ab. Die Logger selbst zeigen vor Ort normale Temperaturen (2–4 °C),
die Ware ist in Ordnung, es kommen nur keine Daten mehr im Portal an.

Morgen um 9 Uhr ist das Lieferanten-Audit unserer größten Kundin, einer Supermarktkette mit
40 Filialen, und die wollen die lückenlose Kühlkette der letzten 14 Tage als Export sehen.
Ohne den Nachweis verlieren wir im schlimmsten Fall den Auftrag. Bitte heute noch melden.

Frank Meinhardt
Blumengroßhandel Meinhardt
Tel. 030 23125 419"""),

    dict(n=24, signals="account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Olga Schwarz <olga@schwarz-feinkost.example>",
         to="support@marktplatz-handel.example",
         subject="AW: AW: Händlerzugang gesperrt – Ticket 48812",
         body="""\
Das ist jetzt meine dritte Nachricht. Seit neun Tagen ist unser Händlerzugang gesperrt, ich
kann weder Bestellungen sehen noch Versandnummern eintragen. Die Kunden schreiben schon
Beschwerden, und meine Bewertung sinkt jeden Tag. Ich bitte um sofortige Weiterleitung an
eine Teamleitung.

Olga Schwarz
Schwarz Feinkost

Am 10.06.2024 um 08:02 schrieb Olga Schwarz <olga@schwarz-feinkost.example>:
> Hallo, gibt es schon etwas Neues? Ich komme immer noch nicht in den Händlerbereich.
>
> Am 05.06.2024 um 17:45 schrieb Olga Schwarz <olga@schwarz-feinkost.example>:
> > Guten Tag, beim Login in den Händlerbereich kommt „Konto vorübergehend gesperrt".
> > Ich habe mein Passwort nicht vergessen. Können Sie den Zugang bitte freischalten?
> > Olga Schwarz"""),
]
