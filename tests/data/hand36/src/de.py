# blind37 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="aside", qt=0, reply=0,
         frm="Thomas Brenner <t.brenner@posteo-mail.example>",
         to="service@radhaus-lindner.example",
         subject="Ein paar Punkte zu unserem Tourmax 7",
         body="""\
Hallo Frau Lindner,

ich hätte ein paar Punkte zu unserem E-Bike (Kaufbeleg 2024-0871, Tourmax 7):

- Das Schutzblech hinten klappert wieder, vermutlich hat sich die Strebe gelöst.
- Das Ladegerät: Gestern Abend hat mein Sohn (14) den Stecker in den Akku gesteckt und einen ordentlichen Schlag bekommen, er hatte danach noch eine Weile ein Kribbeln im Arm. Ihm geht es gut. Das Kabel ist direkt am Netzteil aufgescheuert, man sieht die Kupferlitzen. Wir haben es seitdem nicht mehr angefasst.
- Können wir für die Frühjahrsinspektion schon einen Termin im März ausmachen?
- Die Klingel ist abgebrochen – habt ihr die als Ersatzteil da?

Wegen des Ladegeräts: Bekommen wir Ersatz, und wie sollen wir bis dahin laden? Mein Sohn fährt damit jeden Tag zur Schule.

Viele Grüße
Thomas Brenner
Am Kirchberg 12, 79112 Freiburg"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sabine Kröger <s.kroeger@haus-am-weiher.example>",
         to="blisterservice@apotheke-am-markt.example",
         subject="WG: Blister Zi. 14 – falsche Tablette",
         body="""\
Sehr geehrter Herr Dr. Aydın,

ich leite Ihnen unten die Nachricht unserer Nachtwache weiter. Bitte rufen Sie mich heute Vormittag unter 0421 55890-12 zurück, bevor die neuen Wochenblister ausgeliefert werden.

Mit freundlichen Grüßen
Sabine Kröger
Pflegedienstleitung, Haus am Weiher

---------- Weitergeleitete Nachricht ----------
Von: Nachtdienst WB 2 <wb2@haus-am-weiher.example>
Datum: Mi., 9. Dez. 2026 um 05:48 Uhr
Betreff: Blister Zi. 14 – falsche Tablette
An: Sabine Kröger <s.kroeger@haus-am-weiher.example>

Hallo Sabine,

bei Frau H. (Zi. 14) lag im Abendfach vom Dienstag statt der kleinen weißen Tablette (Bisoprolol 2,5 mg) eine gelbe mit der Prägung "10". Sie hat sie um 18 Uhr bekommen. Gegen 23 Uhr hatte sie einen Puls von 41 und war kaum ansprechbar. Der Notarzt hat sie zur Beobachtung ins Klinikum mitgenommen, inzwischen ist sie stabil.

Ich habe die restlichen Blister von Zi. 14 und Zi. 15 aus dem Medikamentenwagen genommen und im Dienstzimmer eingeschlossen. In zwei weiteren Fächern liegt dieselbe gelbe Tablette.

Gruß
Marta (Nachtwache WB 2)"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jürgen Haberland <j.haberland@t-netz.example>",
         to="kreditkarte@vr-bank-mittelland.example",
         subject="Umsätze, die nicht von mir sind – Karte endet auf 4417",
         body="""\
Guten Tag,

auf meiner Kreditkartenabrechnung stehen drei Umsätze, die ich nicht getätigt habe:

07.12.  ELEKTRO-MARKT VILNIUS     349,00 EUR
07.12.  ELEKTRO-MARKT VILNIUS     349,00 EUR
08.12.  GIFTCARD ONLINE LTD       500,00 EUR

Die Karte liegt hier vor mir, ich war die ganze Woche zu Hause und habe in Litauen nie etwas bestellt. Bitte sperren Sie die Karte sofort und buchen Sie die Beträge zurück. Die neue Karte bitte an meine bekannte Adresse.

Ich bin heute den ganzen Tag unter 0171 4482930 erreichbar.

J. Haberland
Kunden-Nr. 55120884"""),

    dict(n=4, signals="safety,account", priority="critical", trap="-", qt=0, reply=0,
         frm="Melanie Okafor <mel.okafor@freemail-de.example>",
         to="hilfe@kaufnebenan.example",
         subject="Jemand hat mein Konto übernommen!!",
         body="""\
Hallo,

ich komm seit heute Mittag nicht mehr in mein Konto (Nutzername: mel_okf). Das Passwort wird nicht angenommen, und die Mail zum Zurücksetzen geht an eine Adresse, die ich gar nicht kenne, irgendwas mit @quickmail. Die hat jemand anders eingetragen, ich glaub ich wurde gehackt.

Eine Freundin hat mir grad Screenshots geschickt: Unter meinem Namen sind jetzt 6 Anzeigen online, iPhones und eine PS5 zu Spottpreisen, und "ich" schreibe den Leuten, sie sollen vorab per Überweisung zahlen. Ich hab nichts davon eingestellt!! Ich verkaufe seit 8 Jahren ganz normal bei euch und hab nur gute Bewertungen.

Bitte sperrt die Anzeigen und gebt mir mein Konto zurück. Ich kann mich mit Personalausweis ausweisen.

Melanie Okafor

Von meinem iPhone gesendet"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dirk Wessel <disposition@spedition-wessel.example>",
         to="support@tourplan-software.example",
         subject="DRINGEND – Touren kommen nicht auf die Scanner",
         body="""\
Hallo Support,

seit 5:30 Uhr bekommen die Handscanner unserer Fahrer keine Touren. Die App zeigt nur "Synchronisierung läuft …" und bricht nach ein paar Minuten ab. Am Dispo-PC sehe ich die Touren, kann sie aber nicht an die Geräte schicken.

Hier im Hof stehen jetzt 38 Fahrer mit beladenen Fahrzeugen und warten. Die ersten Zustellungen bei unseren Klinikkunden hätten um 7 Uhr sein müssen, die Apotheken rufen schon an.

Geräte und App haben wir neu gestartet, überall dasselbe.
Bitte rufen Sie mich sofort an: 05141 9930-20.

Dirk Wessel
Disposition
Spedition Wessel GmbH & Co. KG, Celle
Kundennummer 10447"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Florian Gstrein <f.gstrein@bergbahnen-hochalm.example>",
         to="hotline@zutrittssysteme-alpin.example",
         subject="Talstation: Drehkreuze lesen keine Karten",
         body="""\
Servus,

an der Talstation Hochalmbahn lesen seit ca. 8:40 alle 6 Drehkreuze keine Karten mehr, rotes Licht, im Display "Server nicht erreichbar". Auch die frisch an der Kassa gekauften gehen nicht.

Draußen stehen grad geschätzt 700–800 Leute an, die Skischule mit 15 Gruppen ist auch dabei. Wir lassen sie jetzt händisch durch den Notdurchgang und schauen uns jede Karte an, aber lang geht das so nicht.

Ruft's mich bitte sofort am Handy an: +43 664 2213870

Florian Gstrein
Betriebsleitung Bergbahnen Hochalm

Von meinem Samsung Galaxy Smartphone gesendet"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=1,
         frm="Katrin Vogelsang <katrin.vogelsang@web-post.example>",
         to="stoerung@netzwelt-telekom.example",
         subject="AW: Ihre Störungsmeldung 2026-118-4471",
         body="""\
Hallo,

Ihre automatische Antwort hilft mir leider nicht weiter. Das Internet ist seit Freitagabend komplett weg. Router neu gestartet, auf Werkseinstellungen zurückgesetzt, anderes Kabel – alles gemacht. Die DSL-Lampe blinkt nur.

Ich arbeite im Homeoffice und konnte gestern und heute praktisch nichts machen, mein Arbeitgeber verliert langsam die Geduld. Über den Hotspot vom Handy geht es nur mit Mühe, und das Datenvolumen ist auch fast aufgebraucht.

Wann kommt endlich ein Techniker?

Katrin Vogelsang
Kundennummer 7730 1182

Am 05.12.2026 um 21:07 schrieb NetzWelt Kundenservice:
> Sehr geehrte Frau Vogelsang,
>
> vielen Dank für Ihre Störungsmeldung. Wir haben Ihr Anliegen unter der
> Ticketnummer 2026-118-4471 aufgenommen.
>
> Bitte starten Sie Ihren Router neu und prüfen Sie alle Kabelverbindungen.
> Sollte die Störung weiterhin bestehen, melden wir uns innerhalb von
> 48 Stunden bei Ihnen.
>
> Mit freundlichen Grüßen
> Ihr NetzWelt Kundenservice"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Dr. Lena Hofbauer <praxis@zahnarzt-hofbauer.example>",
         to="support@terminfix.example",
         subject="Terminerinnerungen per SMS werden nicht verschickt",
         body="""\
Sehr geehrte Damen und Herren,

seit Montag gehen aus Ihrem Programm keine SMS-Erinnerungen mehr an unsere Patienten raus. Im Versandprotokoll stehen alle Nachrichten auf "wartend". Online-Buchung und Kalender funktionieren ganz normal, nur die Erinnerungen eben nicht.

Wir merken es schon: Gestern sind vier Patienten nicht erschienen, das ist bei uns sonst die Ausnahme. Unsere Mitarbeiterinnen rufen jetzt am Vortag alle Patienten selbst an, aber das geht neben dem Praxisbetrieb nicht ewig.

Könnten Sie sich das bitte ansehen? Kundennummer TF-20931.

Freundliche Grüße
Dr. Lena Hofbauer
Zahnarztpraxis Hofbauer
Lindenstraße 4, 93047 Regensburg
Tel. 0941 567221"""),

    dict(n=9, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Gertrud Mahlmann <g.mahlmann@freenet-post.example>",
         to="kundenservice@stadtwerke-nordheide.example",
         subject="Abschlag November doppelt abgebucht",
         body="""\
Sehr geehrte Damen und Herren,

ich möchte Sie höflich auf Folgendes aufmerksam machen: Der Abschlag für Strom im November über 86,00 Euro wurde zweimal von meinem Konto abgebucht, einmal am 2. und einmal am 4. November. Laut Vertrag wird aber nur einmal im Monat abgebucht.

Ich bin Rentnerin und muss mit meinem Geld gut haushalten. Deshalb wäre ich Ihnen sehr dankbar, wenn Sie mir den doppelten Betrag bald zurücküberweisen könnten. Eine Kopie meines Kontoauszugs habe ich Ihnen angehängt.

Meine Vertragsnummer lautet 4410 2287 03.

Für Ihre Mühe bedanke ich mich im Voraus.

Mit freundlichen Grüßen
Gertrud Mahlmann
Heideweg 7
21244 Buchholz"""),

    dict(n=10, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Yusuf Demirci <yusuf.demirci@mailbox-de.example>",
         to="service@sonnenziel-reisen.example",
         subject="Erstattung Buchung SZ-558120 – ich brauche das Geld bis Monatsende",
         body="""\
Hallo,

am 14. Oktober haben Sie mir schriftlich bestätigt, dass die von Ihnen abgesagte Pauschalreise nach Antalya (Buchung SZ-558120, 2 Erwachsene, 2 Kinder) vollständig erstattet wird: 3.284 Euro, "innerhalb von 14 Tagen". Seitdem sind fast acht Wochen vergangen, und auf meinem Konto ist nichts angekommen.

Ich habe dreimal bei der Hotline angerufen, jedes Mal hieß es "ist in Bearbeitung". Ehrlich gesagt wird es bei uns jetzt eng: Das Geld war für den Urlaub zurückgelegt, und ich brauche es, um zum 1. Januar die Miete und die Nebenkostennachzahlung zu bezahlen.

Bitte sagen Sie mir konkret, an welchem Tag die Überweisung rausgeht.

Yusuf Demirci
Tel. 0157 33928810"""),

    dict(n=11, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Bernd Schöller <bschoeller@kabelpost.example>",
         to="hilfe@parkflink.example",
         subject="Frage zu 0,29 € Servicegebühr",
         body="""\
Moin,

kurze Frage: Bei meinen letzten Parkvorgängen in Bremen steht auf der Abrechnung zusätzlich zur Parkgebühr jedes Mal "Servicegebühr 0,29 €". Ist das neu, oder ist mir das bisher nur nie aufgefallen? Und kann man das irgendwie vermeiden, z. B. mit einem anderen Tarif?

Kein Drama, will's nur verstehen.

Gruß
Bernd Schöller"""),

    dict(n=12, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Agnieszka Nowak <a.nowak@onet-mail.example>",
         to="kundenportal@rheinland-versicherung.example",
         subject="Zugang gesperrt im Kundenportal",
         body="""\
Sehr geehrte Damen und Herren,

ich habe Problem mit Ihre Kundenportal. Ich wollte am Wochenende die Rechnung vom Zahnarzt hochladen, aber ich habe Passwort dreimal falsch eingegeben und jetzt steht "Ihr Zugang wurde gesperrt, Sie erhalten einen Freischaltcode per Post". Das war vor 10 Tage und bis jetzt ist kein Brief gekommen.

Kann man das nicht schneller machen, mit E-Mail oder SMS? Ich muss die Rechnung einreichen, ich habe schon selbst bezahlt und es sind fast 600 Euro.

Meine Versicherungsnummer ist KV-3381-7720.

Vielen Dank und schöne Grüße
Agnieszka Nowak"""),

    dict(n=13, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Stefan Ruppert <s.ruppert@gymnasium-am-wall.example>",
         to="support@lernwolke.example",
         subject="Keine Anmeldecodes mehr – Notenkonferenz am Freitag",
         body="""\
Guten Tag,

seit ich letzte Woche eine neue Handynummer bekommen habe, erreichen mich die Bestätigungscodes für die Anmeldung nicht mehr. Die alte Nummer ist abgeschaltet, und die neue kann ich im Profil nicht eintragen, weil ich dafür ja angemeldet sein müsste.

Unser Schuladmin ist bis Januar krankgeschrieben, deshalb wende ich mich direkt an Sie. Am Freitag ist Notenkonferenz, und ich muss bis Donnerstagabend noch die Noten von vier Klassen eintragen. Ohne Zugang geht das nicht.

Benutzername: ruppert.s@gaw
Wie kann ich mich ausweisen, damit Sie die Nummer umstellen?

Vielen Dank
Stefan Ruppert
Gymnasium am Wall, Verden"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Lea Hartwig <lea.hartwig@netcologne-post.example>",
         to="app@vereinsplaner.example",
         subject="E-Mail-Adresse in der App ändern?",
         body="""\
Hallo zusammen,

ich bin in der Volleyballabteilung vom TSV Eichenau und nutze eure App für die Trainingszeiten. Jetzt habe ich eine neue E-Mail-Adresse und finde nirgends, wo ich die ändern kann. Unter "Profil" kann ich nur Foto und Telefonnummer bearbeiten.

Muss ich das über den Verein machen oder geht das selbst? Und bleibt mein Passwort dann gleich?

Danke euch und sportliche Grüße
Lea Hartwig"""),

    dict(n=15, signals="-", priority="low", trap="aside", qt=0, reply=0,
         frm="Renate Kuhlmann <renate.kuhlmann@ewe-post.example>",
         to="leserservice@westerwaelder-bote.example",
         subject="Zustelladresse ändern – Abo 30021877",
         body="""\
Guten Tag,

bei uns hat es vor zwei Wochen im Dachstuhl gebrannt. Verletzt wurde zum Glück niemand, aber das Haus ist nach dem Löschwasser vorerst nicht bewohnbar, die Feuerwehr hat es bis auf Weiteres gesperrt. Wir wohnen jetzt übergangsweise bei unserer Tochter.

Könnten Sie die Zeitung bitte ab sofort an folgende Adresse liefern:
Familie Kuhlmann c/o Becker
Birkenweg 3
56457 Westerburg

Die Ausgaben der letzten zwei Wochen stecken vermutlich noch bei uns im Briefkasten, die brauchen Sie nicht zu ersetzen. Wie lange wir bei unserer Tochter bleiben, wissen wir noch nicht, ich melde mich dann wieder.

Freundliche Grüße
Renate Kuhlmann
Abo-Nr. 30021877"""),

    dict(n=16, signals="-", priority="low", trap="hobby", qt=0, reply=0,
         frm="Kai Lemke <kai.lemke@schrauber-post.example>",
         to="bestellung@oldtimerteile-nord.example",
         subject="Golf 2 GTI – Kopfdichtung & Co. lagernd?",
         body="""\
Moin zusammen,

mein 89er Golf GTI hat beim Probelauf am Samstag endgültig den Geist aufgegeben: Zylinderkopfdichtung durchgebrannt, Öl im Kühlwasser, die Karre hat gequalmt wie ein alter Dampfer. Der Motor ist damit wohl tot, aber ich hab noch einen Austauschblock in der Garage und will den jetzt fertig machen.

Bräuchte von euch:
- Zylinderkopfdichtung (Motorkennbuchstabe PB)
- Satz Zylinderkopfschrauben
- Wasserpumpe + Zahnriemensatz
- Kühlerschlauch oben und unten

Habt ihr das alles lagernd? Ich will die Kiste bis zum Oldtimertreffen im April wieder auf der Straße haben, sonst lachen mich die Jungs vom Stammtisch tot.

Gruß aus Kiel
Kai"""),

    dict(n=17, signals="-", priority="low", trap="jargon", qt=0, reply=0,
         frm="Markus Eichler <geraetewart@feuerwehr-lindenfeld.example>",
         to="vertrieb@brandschutztechnik-maier.example",
         subject="Nachbestellung nach der Übung + Rechnung an die Gemeinde",
         body="""\
Sehr geehrter Herr Maier,

nach unserer Einsatzübung am Samstag ("Brand in Tiefgarage, drei Verletzte, starke Rauchentwicklung") müssen wir einiges nachbestellen:

- 8 Sprechmembranen für die Atemschutzmasken, Art.-Nr. 44-1180
- 2 Kartons Fluchthauben (je 10 Stück)
- 1 Ersatzakku für die Wärmebildkamera, Art.-Nr. 71-305
- 5 l Fluid für die Nebelmaschine

Die Rechnung bitte wie immer auf die Gemeinde Lindenfeld, Kostenstelle 1300, und nicht auf den Förderverein. Lieferung gern ans Feuerwehrhaus, dienstags und donnerstags ab 18 Uhr ist jemand da.

Mit kameradschaftlichen Grüßen

Markus Eichler
Gerätewart
Freiwillige Feuerwehr Lindenfeld – Löschzug Mitte
Feuerwehrhaus, Am Bauhof 2, 64678 Lindenfeld
Tel. 06255 9870-14 (Di + Do 18–20 Uhr)
Im Notfall immer 112 wählen – dieses Postfach wird nicht rund um die Uhr gelesen."""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Jana Pfeiffer <jana.pfeiffer@ionos-post.example>",
         to="vertrieb@schliesswerk-smart.example",
         subject="Fragen vor dem Kauf – SmartLock Pro",
         body="""\
Hallo,

wir überlegen, das SmartLock Pro für unsere Haustür zu kaufen, und hätten vorher ein paar Fragen:

1. Was passiert, wenn die Batterien leer sind – sperren wir uns dann aus? Gibt es eine Notöffnung von außen?
2. Wenn einem von uns das Handy gestohlen wird: Kann ich den digitalen Schlüssel sofort aus der Ferne sperren?
3. Wie ist das Schloss gegen Hackerangriffe geschützt, ist das irgendwie zertifiziert?
4. Kommt die Feuerwehr im Notfall noch rein, ohne dass die ganze Tür kaputt ist?
5. Falls es an unserer Tür doch nicht passt: Bekomme ich mein Geld zurück, auch wenn die Verpackung schon offen ist?

Danke schon mal!
Jana Pfeiffer"""),

    dict(n=19, signals="-", priority="low", trap="fiction", qt=0, reply=0,
         frm="Oliver Sandmann <o.sandmann@arcor-post.example>",
         to="kontakt@hoerwelt-audio.example",
         subject="\"Schwarze Stunde\" – gibt es eine Fortsetzung?",
         body="""\
Hallo Hörwelt-Team,

ich habe letzte Nacht "Schwarze Stunde" zu Ende gehört und bin immer noch ganz durch. Wie die Hacker erst die Stadtwerke lahmlegen, dann der Stromausfall in ganz Norddeutschland, die Plünderungen, das Krankenhaus, dem der Diesel für die Notstromaggregate ausgeht … das ist mir richtig nahegegangen. Der Sprecher ist übrigens großartig, vor allem in der Szene, in der das Umspannwerk in Flammen steht.

Zwei Fragen:
- Gibt es einen zweiten Teil, oder ist einer in Planung?
- Können Sie mir ähnliche Titel empfehlen? Gern wieder Thriller mit realistischem Hintergrund.

Beste Grüße
Oliver Sandmann"""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Marco Lehmann <marco@gasthaus-zur-linde.example>",
         to="service@kassenprofi.example",
         subject="Danke an Herrn Schulte!",
         body="""\
Hallo liebes Kassenprofi-Team,

ich wollte mich einmal ausdrücklich bedanken. Letzten Samstag ist uns um halb acht, bei vollem Haus und mit einer Weihnachtsfeier für 45 Personen, das komplette Kassensystem abgestürzt. Keine Bons in der Küche, keine Kartenzahlung, gar nichts. Wir haben fast zwei Stunden lang Bestellungen auf Zettel geschrieben und die Rechnungen mit dem Taschenrechner gemacht, ein paar Gäste sind gegangen, geschätzt haben wir 700–800 Euro Umsatz verloren.

Ihr Techniker Herr Schulte stand am Sonntag um 9 Uhr bei uns in der Tür, obwohl das gar nicht in unserem Vertrag drin ist, hat die kaputte Festplatte im Kassenserver getauscht und alles neu eingerichtet. Seitdem läuft alles einwandfrei, sogar schneller als vorher.

Bitte richten Sie ihm unseren Dank aus – das nächste Schnitzel geht aufs Haus!

Herzliche Grüße aus der Linde
Marco Lehmann
Gasthaus Zur Linde, Ober-Ramstadt"""),

    dict(n=21, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Jonas Albrecht <jonas.albrecht@mailo-de.example>",
         to="support@stadtflitzer-carsharing.example",
         subject="AW: Ticket #88213 – Fahrzeug lässt sich nicht öffnen",
         body="""\
Hallo Frau Kessler,

alles gut, heute früh ging die App wieder und ich konnte den Wagen ganz normal öffnen. Danke für die schnelle Rückmeldung gestern Abend!

Schönes Wochenende
Jonas Albrecht

Am Do., 3. Dez. 2026 um 19:22 Uhr schrieb Stadtflitzer Support <support@stadtflitzer-carsharing.example>:
> Hallo Herr Albrecht,
>
> danke für Ihre Nachricht. Seit heute Nachmittag haben wir eine Störung
> unserer Server, deshalb lassen sich in ganz Leipzig derzeit keine
> Fahrzeuge per App öffnen. Unsere Technik arbeitet mit Hochdruck daran.
>
> Viele Grüße
> Nina Kessler
>
>> Hallo, ich stehe seit 15 Minuten vor dem Auto (L-SF 2041), die App zeigt
>> nur "Verbindung fehlgeschlagen", die Buchung läuft aber. So komme ich
>> nicht zu meinem Termin!"""),

    dict(n=22, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Sandra Wolff <sandra.wolff@gmx-post.example>",
         to="shop@scharfmacher-manufaktur.example",
         subject="Kommt die Höllenfeuer XXL wieder?",
         body="""\
Hallo ihr Scharfmacher,

ich muss euch einfach mal schreiben: Eure "Höllenfeuer XXL" war auf unserer Geburtstagsfeier der absolute Knaller. Mein Schwager hat großspurig einen ganzen Teelöffel genommen und ist danach zehn Minuten schweigend in der Küche auf und ab gelaufen, wir haben uns totgelacht. Seitdem sind alle Feuer und Flamme und wollen eine eigene Flasche.

Leider steht die Sauce im Shop seit Wochen auf "ausverkauft". Kommt die noch vor Weihnachten wieder rein? Dann würde ich gleich 5 Flaschen bestellen, plus das Probierset "Tödliche Versuchung" – bei euren Killerpreisen kann man ja nicht Nein sagen.

Scharfe Grüße
Sandra Wolff"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Heike Brandstätter <heike.brandstaetter@vodafone-post.example>",
         to="kundenservice@wohnwerk-moebel.example",
         subject="AW: AW: Rückerstattung Bestellung 88231",
         body="""\
Das ist jetzt meine DRITTE Mail, und außer Ihren Textbausteinen bekomme ich keine Antwort. Ich erwarte bis Freitag die Überweisung der 1.249 Euro. Sonst gebe ich die Sache an die Verbraucherzentrale und lasse den Betrag über meine Bank zurückholen.

H. Brandstätter

Am 24.11.2026 um 08:15 schrieb Heike Brandstätter:
> Guten Tag, ich frage zum zweiten Mal nach: Das Sofa "Lund" (Bestellung
> 88231) wurde am 28.10. von Ihrer Spedition wieder abgeholt, die Abholung
> wurde quittiert. Die Erstattung ist immer noch nicht da. Bitte um kurze Info.
>
> Am 10.11.2026 um 19:40 schrieb Heike Brandstätter:
>> Hallo, das Sofa wurde am 28.10. abgeholt (Rücksendung wegen falscher
>> Farbe). Wann wird mir der Kaufpreis von 1.249 Euro erstattet?"""),

    dict(n=24, signals="outage", priority="critical", trap="vip", qt=0, reply=0,
         frm="Christian Nowotny <c.nowotny@dialogpartner-callcenter.example>",
         to="enterprise-support@voxline-telecom.example",
         subject="P1-Störung SIP-Trunks Dortmund – Rahmenvertrag RV-2024-0193 / SLA Premium",
         body="""\
Sehr geehrte Damen und Herren,

hiermit melden wir gemäß Rahmenvertrag RV-2024-0193 (SLA Premium, Reaktionszeit 30 Minuten bei P1) eine Störung der Priorität 1:

Seit 10:40 Uhr brechen an unserem Standort Dortmund eingehende Anrufe nach 5–20 Sekunden ab, ausgehende Anrufe kommen gar nicht zustande. Betroffen sind beide SIP-Trunks (DO-01 und DO-02). Auf unserer Seite gab es keine Änderungen, die Firewall-Logs sind unauffällig.

Über diese Leitungen betreiben wir die Kundenhotline eines Energieversorgers; 120 Agents sitzen gerade praktisch ohne Arbeit da, die Warteschlange läuft voll.

Bitte bestätigen Sie den Eingang und nennen Sie uns einen Ansprechpartner. Laut SLA erwarten wir die Eskalation an Ihr NOC.

Mit freundlichen Grüßen

Christian Nowotny
Leiter IT-Betrieb
DialogPartner Callcenter GmbH
Rheinlanddamm 201 · 44139 Dortmund
Tel. +49 231 88704-500 · Mobil +49 171 2204491
Geschäftsführung: Petra Lindqvist, Dr. Heiner Roth
Amtsgericht Dortmund HRB 31877

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""),
]
