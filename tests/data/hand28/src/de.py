# blind29 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sven Kröger <s.kroeger@sprungwerk-park.example>",
         to="service@jumptec-anlagen.example",
         subject="Feld 4 – Netz an der Stange ausgerissen",
         body="""\
Guten Tag,

heute gegen 16:20 Uhr hat sich am Trampolinfeld 4 (Anlage JT-Arena, Seriennr. JT-2291-04) das
seitliche Netz auf etwa einem Meter Länge von der Stange gelöst. Die Ösen sind aus dem Gewebe
ausgerissen, nicht die Karabiner aufgegangen. Ein elfjähriger Junge ist genau an der Stelle
durchgerutscht und mit dem Kopf auf den Stahlrahmen der Nachbarbahn geknallt. Er hat stark
geblutet und wurde mit dem RTW in die Kinderklinik gebracht.

Wir haben Feld 4 und die baugleichen Felder 3 und 5 gesperrt. Bei Feld 3 sehen die Ösen an der
gleichen Stelle auch schon ausgefranst aus.

Bitte schicken Sie so schnell wie möglich einen Techniker und teilen Sie uns mit, ob wir die
übrigen Felder überhaupt noch öffnen dürfen. Am Wochenende haben wir 600 Besucher gebucht.

Mit freundlichen Grüßen
Sven Kröger
Betriebsleitung Sprungwerk Trampolinpark Bielefeld"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Birgit Hansen <pdl@haus-am-muehlenteich.example>",
         to="support@pflegedoku-plus.example",
         subject="Tablet zeigt Medikation vom falschen Bewohner",
         body="""\
Sehr geehrte Damen und Herren,

bei der Medikamentenrunde heute um 8 Uhr hat das Stations-Tablet auf Wohnbereich 2 beim
Scannen des Armbands von Frau K. (Zimmer 14) den Medikationsplan von Herrn B. aus Zimmer 12
angezeigt – mit Name und Foto von Frau K. oben drüber. Die Kollegin hat ihr danach die
Tabletten laut Plan gegeben, darunter 3 mg Marcumar, das Frau K. gar nicht bekommt.

Der Hausarzt ist informiert, Frau K. wird engmaschig überwacht. Wir haben die Tablets auf allen
Wohnbereichen aus der Runde genommen und teilen jetzt nach den Papierplänen aus.

Ich brauche bis heute Mittag eine Aussage, wie das passieren konnte und ob andere Bewohner
betroffen sein können. Die Mittagsrunde beginnt um 12 Uhr.

Birgit Hansen
Pflegedienstleitung, Seniorenzentrum Haus am Mühlenteich"""),

    dict(n=3, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Ralf Becker <ralf.becker@t-net.example>",
         to="kundendienst@kochwerk-hausgeraete.example",
         subject="Frage zum Induktionskochfeld KW 604",
         body="""\
Hallo,

ist es normal, dass es leicht kribbelt, wenn man beim Kochen den Metallrahmen vom Kochfeld
und gleichzeitig den Wasserhahn anfasst? Meine Frau hat es heute zweimal gemerkt, ich danach
auch. Ist ein KW 604, vor drei Monaten vom Elektriker eingebaut.

Gruß
Ralf Becker"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Anja Vogt <a.vogt@hoerwelt-vogt.example>",
         to="support@akustikerportal.example",
         subject="Export enthält fremde Kundendaten",
         body="""\
Guten Morgen,

ich habe gestern über „Berichte > Kundenexport" unsere Kundenliste für die
Erinnerungsschreiben heruntergeladen. In der Datei stehen neben unseren 412 Kunden noch
ungefähr 300 weitere Personen, die wir nicht kennen – mit Geburtsdatum, Anschrift,
Krankenkasse, Versichertennummer und den Hörgeräte-Modellen. Nach den Filialnummern sind das
wohl Kunden eines anderen Akustikers in Kassel.

Meine Auszubildende hatte die Datei schon an die Druckerei geschickt, die hat sie auf meine Bitte
inzwischen gelöscht. Umgekehrt muss ich davon ausgehen, dass unsere Kundendaten auch bei einem
anderen Betrieb gelandet sind.

Bitte melden Sie sich umgehend, wir müssen klären, ob eine Meldung an die Datenschutzbehörde
nötig ist.

Anja Vogt
Hörwelt Vogt, Hörakustikmeisterin"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Jens Albrecht <j.albrecht@roestwerk-nord.example>",
         to="hotline@kassenfix.example",
         subject="DRINGEND: alle Filialen Röstwerk Nord",
         body="""\
Seit ca. 6:45 drehen sich auf allen Kassen in unseren 9 Cafés nur noch die Kreise, wenn man
einen Artikel antippt. Nach Neustart dasselbe. In Altona steht die Schlange bis auf den
Gehweg, die Leute gehen wieder. Wir nehmen gerade nur Bargeld und schreiben Zettel.

Bitte sofort zurückrufen: 040 999 21 388.

Jens Albrecht
Geschäftsführer Röstwerk Nord"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Petra Lindner <disposition@lindner-schulbus.example>",
         to="support@tourplan-mobil.example",
         subject="Fahrer-Tablets zeigen Ferienfahrplan",
         body="""\
Guten Morgen,

auf allen 18 Fahrer-Tablets ist heute früh der Fahrplan aus den Herbstferien geladen, also
ohne die Schultouren. Die Schule hat aber seit Montag wieder angefangen. In der Dispo am PC
stehen die richtigen Touren drin, auf den Tablets kommt nach „Synchronisieren" trotzdem nur
der alte Plan.

Ich habe die Fahrer um 6:10 zusammengerufen und ihnen die Haltestellen von den Ausdrucken
vorgelesen, aber drei Touren sind neu und die kennt keiner auswendig. Es warten rund 700 Kinder
an den Haltestellen im ganzen Landkreis, die Eltern rufen schon bei uns an.

Rückruf bitte an 05141 999 76 20.

Petra Lindner
Disposition, Lindner Schülerbeförderung GmbH"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Optik Meyerhoff <info@optik-meyerhoff.example>",
         to="kundenservice@glasline-bestellportal.example",
         subject="Bestellungen gehen nicht raus",
         body="""\
Hallo,

seit gestern Nachmittag passiert im Bestellportal nichts, wenn ich auf „Bestellung absenden"
klicke. Der Knopf wird kurz grau, dann steht alles wieder so da wie vorher, keine Meldung,
keine Bestellnummer. Unter „Meine Aufträge" kommt auch nichts an.

Ich habe sieben Brillen für Kunden, die ich nicht bestellen kann, zwei davon sind Gleitsicht
für Leute, die ohne Brille nicht Auto fahren dürfen. Anderer Browser und anderer Rechner
haben nichts geändert.

Bitte um schnelle Hilfe.

Thomas Meyerhoff
Optik Meyerhoff, Lüneburg"""),

    dict(n=8, signals="outage", priority="medium", trap="effect", qt=0, reply=0,
         frm="Daniela Schuster <d.schuster@strike-bowling.example>",
         to="support@bahnbuch.example",
         subject="Buchungsbestätigungen kommen Stunden später",
         body="""\
Hallo zusammen,

seit dem Wochenende bekommen unsere Gäste die Bestätigungsmail zu ihrer Bahnreservierung erst
fünf bis sieben Stunden nach der Buchung. In unserer Übersicht sind die Buchungen sofort da,
es geht nur um die Mails an die Kunden. Einige haben deshalb doppelt gebucht oder angerufen,
ob alles geklappt hat.

Ist kein Weltuntergang, aber bitte schaut euch das in den nächsten Tagen mal an.

Viele Grüße
Daniela Schuster
Strike Bowling Center Kassel"""),

    dict(n=9, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Markus Endres <markus.endres@freiraum-design.example>",
         to="support@workhub-coworking.example",
         subject="AW: AW: Ticket #4471 – Transponder öffnet Tür nicht",
         body="""\
Zum dritten Mal: Der Leser piept weiterhin rot. Ich stehe wieder vor der Tür und warte,
bis mich jemand reinlässt. Ich zahle 320 € im Monat für einen Fixdesk, an den ich nicht
komme. Ich erwarte heute noch eine Lösung, sonst kündige ich.

Markus Endres

-----Ursprüngliche Nachricht-----
Von: Markus Endres <markus.endres@freiraum-design.example>
Gesendet: Dienstag, 10. November 2026 08:52
An: support@workhub-coworking.example
Betreff: AW: Ticket #4471 – Transponder öffnet Tür nicht

> Hallo, gibt es schon etwas Neues? Der Transponder geht nach wie vor nicht, weder am
> Haupteingang noch am Seiteneingang.
>
> -----Ursprüngliche Nachricht-----
> Von: Markus Endres
> Gesendet: Freitag, 6. November 2026 09:14
>
> > Seit Donnerstag piept der Leser am Haupteingang rot, wenn ich meinen Transponder
> > (Nr. 00871) vorhalte. Die App zeigt meine Mitgliedschaft als aktiv an."""),

    dict(n=10, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Liam O'Connor <liam.oconnor@mailpost.example>",
         to="shop@brauhaus-holzfass.example",
         subject="Zweimal bezahlt Bestellung 10458",
         body="""\
Hallo,

ich habe am Samstag das Bier-Abo „Saisonkiste" bestellt, Bestellnummer 10458. Auf meiner
Kreditkarte sehe ich jetzt zwei Mal 39,90 €, beide vom gleichen Tag. Ich habe nur einmal
bestellt und bekomme auch nur eine Bestätigung.

Können Sie bitte das zweite Mal zurück zahlen?

Vielen Dank und schöne Grüße
Liam O'Connor"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Familie Brandt <brandt.familie@heimnetz.example>",
         to="tickets@tierpark-rosenau.example",
         subject="Erstattung Jahreskarte noch nicht erhalten",
         body="""\
Sehr geehrte Damen und Herren,

wir haben am 2. Oktober unsere Familien-Jahreskarte (Nr. JK-77312) innerhalb der 14 Tage
zurückgegeben, weil wir umziehen. An der Kasse wurde uns gesagt, dass die 189 € innerhalb von
zwei Wochen zurücküberwiesen werden. Auf unserem Konto ist bis heute nichts eingegangen.

Könnten Sie bitte nachsehen, ob die Erstattung angewiesen wurde? Unsere IBAN haben wir damals
auf dem Formular angegeben.

Mit freundlichen Grüßen
Katrin Brandt"""),

    dict(n=12, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Holger Wittmann <h.wittmann@wittmann-camper.example>",
         to="vermieter@campershare.example",
         subject="Auszahlung Oktober fehlt – 2.340 €",
         body="""\
Guten Tag,

ich vermiete über Ihre Plattform zwei Wohnmobile (Inserate 5521 und 5522). Laut Ihrem
Vermieter-Dashboard wurde die Auszahlung für Oktober über 2.340,00 € am 3. November „ausgeführt".
Auf meinem Geschäftskonto ist bis heute kein Cent angekommen, meine Bank findet auch keine
abgelehnte Buchung.

Am 15. wird die Leasingrate für beide Fahrzeuge fällig, und ohne die Auszahlung kann ich die
nicht bedienen. Bitte prüfen Sie sofort, wohin das Geld gegangen ist, und nennen Sie mir einen
Termin, wann es bei mir ist.

Holger Wittmann
Wittmann Camper-Vermietung"""),

    dict(n=13, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Uwe Schäfer <uwe.schaefer@online-post.example>",
         to="verwaltung@campus-wohnen-mitte.example",
         subject="Miete abgebucht trotz Kündigung!!",
         body="""\
Sehr geehrte Damen und Herren,

meine Tochter Lena Schäfer hat ihr Zimmer im Wohnheim Hegelstraße (Zi. 3.07) fristgerecht zum
30.09. gekündigt, die Kündigungsbestätigung von Ihnen liegt mir vor. Die Wohnungsübergabe war
am 29.09., Schlüssel wurden abgegeben.

Trotzdem haben Sie am 1. Oktober UND am 1. November jeweils 385 € von meinem Konto abgebucht.
Das ist schlicht nicht in Ordnung. Ich erwarte, dass Sie das Lastschriftmandat sofort löschen
und die 770 € innerhalb einer Woche zurücküberweisen, ansonsten lasse ich die Lastschriften
über die Bank zurückgehen.

Uwe Schäfer"""),

    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Tierarztpraxis Dr. Köhler <praxis@tierarzt-koehler.example>",
         to="support@vetapo-direkt.example",
         subject="SMS-Code kommt nicht",
         body="""\
Hallo, beim Login ins Bestellportal kommt seit heute früh kein SMS-Code mehr an. Handynummer
ist unverändert. Können Sie das prüfen? Bestellungen gebe ich solange telefonisch durch.

Gruß, S. Köhler

Von meinem iPhone gesendet"""),

    dict(n=15, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Salon Haarmonie <termine@salon-haarmonie.example>",
         to="hilfe@schnitttermin-app.example",
         subject="Frage wegen Passwort",
         body="""\
Hallo,

ist es normal, dass mein Zugang zur Salon-Ansicht jedes Mal nach ein paar Stunden wieder
gesperrt ist, obwohl ich das Passwort gerade neu vergeben habe? Dann steht da „Zu viele
Fehlversuche", obwohl ich mich gar nicht vertippt habe. Meine Mitarbeiterin kommt mit ihrem
eigenen Zugang ganz normal rein, darüber sehen wir die Termine im Moment.

Liebe Grüße
Yvonne Krämer
Salon Haarmonie"""),

    dict(n=16, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Dennis Ohlsen <dennis.ohlsen@hafen-nordkai.example>",
         to="it-service@hafen-nordkai.example",
         subject="Konto gesperrt – Schicht beginnt 14 Uhr",
         body="""\
Moin IT,

mein Windows-Konto (d.ohlsen) ist seit heute Mittag gesperrt, Meldung „Konto deaktiviert,
wenden Sie sich an Ihren Administrator". Ich komme damit auch nicht in die Liegeplatzplanung
und nicht ins Fährterminal-System.

Ich übernehme um 14 Uhr die Leitstand-Schicht, ohne Zugang kann ich die Fähren nicht
einplanen. Bitte dringend entsperren, ich bin unter Durchwahl 4417 erreichbar.

Danke
Dennis Ohlsen
Leitstand Nordkai"""),

    dict(n=17, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Gisela Hartmann <gisela.hartmann@rentnerpost.example>",
         to="kundenservice@maschenwelt-strickmaschinen.example",
         subject="Neue E-Mail-Adresse",
         body="""\
Sehr geehrte Damen und Herren,

ich habe bei Ihnen im Jahr 2019 eine Strickmaschine gekauft und bestelle seitdem Garne und
Zubehör in Ihrem Internetladen. Meine alte E-Mail-Adresse bei T-Online gibt es nicht mehr,
mein Enkel hat mir diese neue eingerichtet.

Wenn ich mich jetzt anmelden möchte, schickt mir die Seite einen Code an die alte Adresse,
und dort kann ich nicht mehr nachsehen. So komme ich nicht in mein Kundenkonto.

Könnten Sie bitte meine neue Adresse eintragen? Meine Kundennummer ist 200 418, ich wohne
in der Lindenallee 7 in 34117 Kassel. Sie können mich auch gerne anrufen: 0561 999 40 12.

Mit freundlichen Grüßen
Gisela Hartmann"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Nina Albers <nina@kreativatelier-albers.example>",
         to="handel@harzkunst-epoxid.example",
         subject="Nachbestellung Gießharz",
         body="""\
Hallo Herr Brenner,

Ihr neues Gießharz ist bei uns eingeschlagen wie eine Bombe! Die Resin-Kurse im Dezember sind
innerhalb von zwei Tagen explodiert, wir haben jetzt sogar eine Warteliste. Die Teilnehmer
sind total heiß auf die Glitzerpigmente.

Ich hätte deshalb gern ein Angebot über 20 Sets „Harz Klar 1,5 kg" und 40 Dosen Pigment
Galaxy. Lieferung bis Ende November wäre super.

Viele Grüße aus Goslar
Nina Albers"""),

    dict(n=19, signals="-", priority="low", trap="product-name", qt=0, reply=0,
         frm="Jürgen Wolff <j.wolff@kegelclub-alle-neune.example>",
         to="reservierung@kino-lichtspielhaus.example",
         subject="Reservierung „Totalausfall“ Samstag",
         body="""\
Guten Tag,

wir möchten für die Vorstellung von „Totalausfall" am Samstag, 21.11., um 20:15 Uhr
12 Plätze nebeneinander reservieren, möglichst in der Mitte. Einer von uns sitzt im Rollstuhl
– haben Sie im Saal 2 einen Rollstuhlplatz mit Begleitplatz daneben?

Abholung der Karten bis 19:45 an der Kasse ist kein Problem.

Mit freundlichen Grüßen
Jürgen Wolff
Kegelclub „Alle Neune" Herford"""),

    dict(n=20, signals="-", priority="low", trap="payment", qt=1, reply=1,
         frm="Monika Rieger <monika.rieger@landpost.example>",
         to="lieferung@pelletprofi-sued.example",
         subject="AW: Ihre Pelletbestellung 3 t – Zahlungseingang",
         body="""\
Hallo Frau Stein,

danke für die Nachricht. Kann der Fahrer am Donnerstag erst ab 10 Uhr kommen? Vorher bin ich
beim Arzt. Der Einblasstutzen ist wie beim letzten Mal hinten an der Garage, der Schlauch muss
etwa 25 m lang sein.

Viele Grüße
Monika Rieger

Am 11.11.2026 um 14:32 schrieb PelletProfi Süd <lieferung@pelletprofi-sued.example>:
> Sehr geehrte Frau Rieger,
>
> vielen Dank, Ihre Zahlung über 1.134,00 € ist eingegangen. Ihre Lieferung ist für
> Donnerstag, 19.11., eingeplant.
>
> Bitte beachten Sie: Sollte eine Lastschrift nicht eingelöst werden oder eine Zahlung
> fehlschlagen, berechnen wir eine Rücklastschriftgebühr von 8,50 €.
>
> Freundliche Grüße
> Sabine Stein, Disposition"""),

    dict(n=21, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Zahnlabor Petersen <labor@zahnlabor-petersen.example>",
         to="support@scanbridge-dental.example",
         subject="Scans kommen wieder an – danke!",
         body="""\
Hallo Herr Yilmaz,

kurze Rückmeldung: Seit Ihrem Update gestern Abend kommen die Intraoralscans der Praxen wieder
ganz normal bei uns an, heute früh schon 14 Stück. Vielen Dank für die schnelle Hilfe und
den Rückruf!

Beste Grüße
Kerstin Petersen"""),

    dict(n=22, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Matthias Grün <m.gruen@gemeinde-oberhain.example>",
         to="vertrieb@lumisteuer.example",
         subject="Anfrage Lichtsteuerung – Fragen zu Ausfällen und SLA",
         body="""\
Sehr geehrte Damen und Herren,

die Gemeinde Oberhain plant, im kommenden Jahr rund 1.100 Straßenleuchten auf LED mit
Fernsteuerung umzurüsten. Im Rahmen der Ausschreibung haben wir vorab einige Fragen:

1. Welche Verfügbarkeit garantieren Sie für die Cloud-Plattform, und gibt es ein SLA mit
   Reaktionszeiten bei Ausfällen?
2. Was passiert mit den Leuchten, wenn die Verbindung zur Plattform abbricht oder bei einem
   Stromausfall? Laufen sie mit dem zuletzt hinterlegten Dimmprofil weiter?
3. Wie werden Passwörter und Benutzerrechte für unsere Bauhof-Mitarbeiter verwaltet?

Über ein Angebot und Referenzen aus vergleichbaren Kommunen würden wir uns freuen.

Mit freundlichen Grüßen
Matthias Grün
Bauamt, Gemeinde Oberhain"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Frank Seidel <f.seidel@wertstoffhof-talkreis.example>",
         to="support@waagenwerk-software.example",
         subject="Waage überträgt keine Gewichte",
         body="""\
Hallo,

seit Montag landen die Gewichte von der Fahrzeugwaage am Wertstoffhof Talkreis nicht mehr im
Programm. Die Waage selbst zeigt richtig an, aber im Wiegeschein bleibt das Feld leer.

Wir schreiben die Gewichte im Moment auf Papier mit und tippen sie abends von Hand nach. Geht,
ist halt Mehrarbeit. Bitte bei Gelegenheit anschauen.

Gruß
Frank Seidel"""),

    dict(n=24, signals="outage", priority="critical", trap="scale", qt=0, reply=0,
         frm="Verkehrsrechnerzentrale Stadt Halden <vrz@stadt-halden.example>",
         to="stoerung@signalnet-verkehrstechnik.example",
         subject="Störung VRZ Halden – Verbindung zu allen 63 Lichtsignalanlagen",
         body="""\
Sehr geehrte Damen und Herren,

seit 6:40 Uhr hat der Verkehrsrechner keine Verbindung mehr zu den 63 Lichtsignalanlagen im
Stadtgebiet. Alle Knoten stehen in der Zentrale auf „Kommunikation unterbrochen".

Die Anlagen laufen vor Ort im Festzeitprogramm weiter. Damit fehlen aber die
Busbevorrechtigung, die verkehrsabhängige Steuerung auf dem Innenring und vor allem die
Störmeldungen: Fällt eine Anlage aus, erfahren wir es im Moment nur über Anrufe von
Bürgern oder der Polizei. Im Berufsverkehr stauen sich die Linienbusse bereits.

Wir bitten um sofortige Rückmeldung Ihres Bereitschaftsdienstes unter 05151 999 30 00.

Mit freundlichen Grüßen
Stefan Kühn
Verkehrsrechnerzentrale, Tiefbauamt Stadt Halden"""),
]
