# blind17 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="rash", qt=0, reply=0,
         frm="Katrin Öztürk <k.oeztuerk@postfach.example>",
         to="service@ruhewelle.example",
         subject="Gewichtsdecke Kinder 5 kg – Ausschlag und Übelkeit",
         body="""\
Guten Tag,

wir haben für unsere Tochter Mila (7) vor zehn Tagen Ihre Gewichtsdecke „Ruhewelle Kids 5 kg“
gekauft. Seit ungefähr fünf Nächten wacht sie mit knallroten Flecken am Hals und an den Wangen
auf, dazwischen kleine Bläschen, die sie blutig kratzt. Gestern und heute Morgen war ihr beim
Aufstehen schwindelig, sie musste sich an der Wand festhalten und hat sich zweimal übergeben.

Die Decke riecht beim Auspacken und auch jetzt noch stark chemisch, ein bisschen wie Nagellack.
An einer Ecke ist die Naht offen und es rieseln kleine Glasperlen heraus, die waren heute früh
in ihrem Bett verteilt.

Unsere Kinderärztin möchte wissen, womit Bezug und Füllung behandelt sind. Bitte melden Sie sich
heute noch, gern telefonisch unter 030 23125 417.

Bestellnummer RW-204711

Mit freundlichen Grüßen
Katrin Öztürk"""),

    dict(n=2, signals="safety", priority="critical", trap="question", qt=0, reply=0,
         frm="Jürgen Bachmeier <j.bachmeier@inn-mail.example>",
         to="kundendienst@hebeprofi.example",
         subject="Deckenlifter HP 200 sackt beim Absenken durch",
         body="""\
Sehr geehrte Damen und Herren,

ist es normal, dass der Deckenlifter HP 200 beim Absenken plötzlich ein Stück ruckartig nach
unten fällt?

Ich pflege meine Mutter (84) zu Hause. Gestern Abend beim Umsetzen vom Rollstuhl ins Bett gab es
ein lautes Klacken oben in der Schiene, dann ist sie mit dem Tuch ungefähr 20 cm auf einmal
abgesackt und hing danach schief, weil ein Schlaufenhaken aus der Halterung gerutscht war. Sie
ist mit der Hüfte gegen den Bettrahmen gestoßen und hat heute einen großen blauen Fleck und kann
kaum auftreten. Der Hausarzt kommt heute Nachmittag.

Der Lifter ist erst seit Februar montiert, Seriennummer HP200-55812. Ich traue mich nicht, ihn
noch einmal zu benutzen, ohne Lifter kann ich sie aber nicht allein aus dem Bett holen.

Bitte schicken Sie schnell einen Techniker.

Jürgen Bachmeier
Tel. 069 90009 231"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Dr. Ulrike Hansen <u.hansen@vhs-sandhagen.example>",
         to="support@kursnetz.example",
         subject="Teilnehmerliste mit Gesundheitsangaben an alle Kursteilnehmer verschickt",
         body="""\
Sehr geehrtes Kursnetz-Team,

heute um 9:12 Uhr hat Ihr System an alle 23 Teilnehmenden unseres Kurses „Rückenfit 60+“
(Kurs 24F-118) eine automatische Erinnerungsmail geschickt. Im Anhang war aber nicht der
Stundenplan, sondern die vollständige Teilnehmerliste: Namen, Privatadressen, Geburtsdaten,
Telefonnummern und die Spalte „Gesundheitliche Hinweise“, in der zum Beispiel Bandscheibenvorfälle,
Herzschrittmacher und eine Krebserkrankung stehen.

Zwei Teilnehmerinnen haben schon angerufen und sind völlig aufgelöst. Wir müssen das vermutlich
dem Datenschutzbeauftragten melden und brauchen dafür von Ihnen sofort die Information, wie das
passieren konnte und ob weitere Kurse betroffen sind. Bitte stoppen Sie bis dahin alle
automatischen Mails für unsere Volkshochschule.

Mit freundlichen Grüßen
Dr. Ulrike Hansen
Fachbereichsleitung Gesundheit, VHS Sandhagen"""),

    dict(n=4, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Leon Schubert <leon.schubert@funkpost.example>",
         to="hilfe@fahrklar.example",
         subject="Jemand hat mein Fahrklar-Konto übernommen",
         body="""\
Hallo,

ich komme seit gestern Abend nicht mehr in meine Fahrklar-App. Beim Login steht „E-Mail oder
Passwort falsch“, und das Zurücksetzen geht an eine Adresse, die ich nicht kenne
(irgendwas mit „l.sch0bert“). Um 22:40 hatte ich eine Mail von euch, dass meine E-Mail-Adresse
geändert wurde – das war nicht ich.

Mein Fahrlehrer sagt, in meinem Profil stehen jetzt drei Sonderfahrten, die ich nicht gebucht
habe. In dem Konto sind auch meine Adresse, mein Geburtsdatum und die Nummer vom
Sehtest-Nachweis und vom Erste-Hilfe-Kurs gespeichert, das kann jetzt also jemand Fremdes sehen.

Bitte sperrt das Konto und gebt es mir zurück. Meine Handynummer ist die alte: 030 23125 688.

Leon Schubert"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Marco Lindner <betrieb@sprungwerk-kassel.example>",
         to="support@ticketfloh.example",
         subject="Einlass-Scanner lehnen alle Tickets ab – Halle voll",
         body="""\
Hallo Ticketfloh-Team,

seit 14:05 lehnen beide Einlass-Scanner im Sprungwerk Kassel jedes Online-Ticket mit „Code
ungültig“ ab, auch die, die wir gestern noch problemlos gescannt haben. Vor der Tür stehen gerade
rund 80 Leute, davon drei Kindergeburtstage mit fest gebuchtem Zeitfenster.

Wir lassen die Gäste jetzt gegen Vorzeigen der Buchungsmail rein und schreiben Namen und
Uhrzeit auf Papier mit, aber wir können so weder die Sprungzeiten kontrollieren noch die
Socken-Verkäufe zuordnen. Samstagnachmittag ist unser stärkster Zeitraum.

Bitte dringend Rückruf: 040 66969 512.

Marco Lindner
Betriebsleitung Sprungwerk Kassel"""),

    dict(n=6, signals="outage", priority="critical", trap="mixed-lang", qt=0, reply=0,
         frm="Sabine Wolters <s.wolters@lichtblick-druck.example>",
         to="kundenservice@handsprech.example",
         subject="Keine Dolmetscher-Verbindungen für unsere gehörlosen Mitarbeitenden",
         body="""\
Guten Morgen,

seit 8 Uhr kommt über Ihren Gebärdensprach-Vermittlungsdienst bei uns kein einziges Gespräch
mehr zustande. Unsere zwölf gehörlosen Kolleginnen und Kollegen im Kundenservice sehen nach dem
Wählen nur „Verbindung wird aufgebaut …“, nach einer Minute bricht es ab. Ein Dolmetscherbild
erscheint nie.

Damit können wir heute keine Kundentelefonate führen, drei Auftragsbesprechungen sind schon
geplatzt und die Warteschlange an Rückrufbitten wird immer länger.

Unser IT-Kollege hat das hier notiert: "Firewall unchanged since last week, other video calls
work fine, the issue started for all 12 workstations at the same time."

Bitte melden Sie sich bei mir: 069 90009 840.

Sabine Wolters
Personalleitung, Lichtblick Druck GmbH"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Heike Brandt <technik@theater-am-kai.example>",
         to="support@hoerbruecke.example",
         subject="Induktionsanlage Saal 2 lässt sich nicht mehr einschalten",
         body="""\
Hallo,

seit dem Firmware-Update gestern lässt sich der Verstärker der Induktionsschleife in Saal 2
über die Web-Oberfläche nicht mehr einschalten. Der Knopf „Aktivieren“ ist grau, und der Status
bleibt auf „Gerät wird gesucht“. In den Hörgeräten der Testpersonen kommt nichts an.

Heute Abend ist Premiere, ausverkauft, und wir haben 14 Plätze für Hörgeschädigte vergeben, die
sich auf die Schleife verlassen. Am Gerät selbst gibt es keinen Schalter.

Können Sie uns vor 18 Uhr helfen?

Heike Brandt
Technische Leitung, Theater am Kai"""),

    dict(n=8, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Renate Kowalczyk <renate.kowalczyk@netzpost.example>",
         to="hilfe@bilderbuchwerk.example",
         subject="Upload im Fotobuch-Editor bleibt bei 99 % hängen",
         body="""\
Guten Tag,

ist es normal, dass der Bild-Upload im Online-Editor seit ein paar Tagen bei 99 % stehen bleibt?
Von 120 Fotos für das Jubiläumsbuch unseres Kleingartenvereins sind erst 40 drin, der Rest hängt.

Mit Ihrem Programm für den PC geht es, da konnte ich gestern Abend einen Teil hochladen, nur ist
das auf dem alten Laptop meines Mannes sehr mühsam. Ich würde lieber im Browser weitermachen.

Freundliche Grüße
Renate Kowalczyk"""),

    dict(n=9, signals="outage", priority="high", trap="short", qt=0, reply=0,
         frm="Thomas Reiter <kantor@kreuzkirche-elm.example>",
         to="support@raumplaner.example",
         subject="Raumplaner down?",
         body="""\
Moin, der Raumplaner ist seit heute früh komplett down, jede Seite zeigt nur „Fehler 500“. Wir
können keine Proben im Gemeindesaal eintragen. Gruß, Thomas Reiter"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Birgit Sauer <birgit.sauer@mailhafen.example>",
         to="beitraege@tv-rheinau.example",
         subject="Mitgliedsbeitrag doppelt abgebucht",
         body="""\
Hallo liebe Geschäftsstelle,

der Jahresbeitrag für meine beiden Kinder (Turnen und Leichtathletik, zusammen 192,00 €) ist am
15.01. zweimal von meinem Konto abgebucht worden, beide Male mit der Mandatsreferenz TVR-0873.
Könnt ihr mir den doppelten Betrag bitte zurücküberweisen?

Viele Grüße
Birgit Sauer"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Yannick Hoffmann <kontakt@yannick-fotografie.example>",
         to="auszahlungen@hochzeitsbuch.example",
         subject="Auszahlung fehlgeschlagen – brauche das Geld bis zum 1.",
         body="""\
Hallo,

meine Auszahlung über 3.180,00 € für die drei Hochzeiten im Mai steht seit Montag auf
„Fehlgeschlagen“, ohne Begründung. Meine IBAN ist seit zwei Jahren dieselbe, und die
April-Auszahlung kam ganz normal an.

Ich bin selbstständig und von dem Geld hängt meine Miete und die Rate für die neue Kamera ab,
beides geht am 1. raus, also in vier Tagen. Bitte prüfen Sie das und stoßen Sie die Auszahlung
heute neu an.

Yannick Hoffmann
Fotografie Hoffmann
Tel. 040 66969 207"""),

    dict(n=12, signals="payment", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Dennis Krüger <d.krueger@webwerk-mail.example>",
         to="abo@tintenflatrate.example",
         subject="Falsche Rechnung Tintenabo – 300 statt 100 Seiten",
         body="""\
Hallo,

auf meiner Rechnung vom 03.06. (Nr. TF-2024-61844) steht der Tarif „300 Seiten“ für 9,99 €,
ich habe aber seit Anfang an den Tarif „100 Seiten“ für 3,99 €. Im Kundenkonto wird auch
weiterhin 100 Seiten angezeigt.

Ihr Chat-Bot hat mir gestern nur geantwortet: "Your plan was updated automatically based on
your printing habits." Ich habe keinem Wechsel zugestimmt und drucke im Monat vielleicht
40 Seiten.

Bitte korrigieren Sie die Rechnung und erstatten Sie die 6,00 € Differenz.

Danke und Gruß
Dennis Krüger"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Gisela Haberl <gisela.haberl@alpenpost.example>",
         to="freundeskreis@stadtmuseum-lenzing.example",
         subject="Frage zu 0,49 € Gebühr",
         body="""\
Grüß Gott, rein aus Neugier: Was ist die „Bearbeitungsgebühr 0,49 €“ auf der Abrechnung für
meine Museumskarte? Das hatte ich letztes Jahr nicht. Kein Problem, nur interessehalber.
Gisela Haberl"""),

    dict(n=14, signals="account", priority="medium", trap="buried", qt=0, reply=0,
         frm="Friederike Adler <f.adler@bogen-nord.example>",
         to="support@pfeilbuch.example",
         subject="Turnierplanung Sommer und eine Frage",
         body="""\
Liebes Pfeilbuch-Team,

zunächst ein großes Lob: Die neue Ergebnisliste mit den Klassen nach Bogenart kommt bei uns im
Verein super an, unsere Jugendlichen schauen jetzt nach jedem Training rein. Auch die
Platzbelegung für das Freigelände klappt viel besser als mit unserer alten Excel-Tabelle.

Wir planen im Juli unser Sommerturnier mit etwa 60 Schützinnen und Schützen und würden gern
wissen, ob man Startgebühren künftig direkt über Pfeilbuch einsammeln kann. Außerdem wäre eine
Funktion für Warteliste schön.

Und dann noch mein eigentliches Problem: Mein Zugang ist gesperrt. Nach dem Wechsel auf das neue
Handy habe ich wohl ein paar Mal das falsche Passwort eingegeben, seitdem kommt „Konto vorübergehend
gesperrt“, und zwar jetzt schon seit drei Tagen, nicht nur vorübergehend. Ich bin im Verein für
die Anmeldungen zuständig und komme so an nichts heran. Benutzername: f.adler

Herzliche Grüße
Friederike Adler
BSV Nordheide"""),

    dict(n=15, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Kai Petersen <kai.petersen@luftpost-nord.example>",
         to="service@flugfeld-drohnen.example",
         subject="AW: Ihre Rückerstattung zu Bestellung FD-30912",
         body="""\
Hallo Frau Yilmaz,

danke, das hat geklappt. Jetzt habe ich aber ein anderes Thema: Beim Login in mein Kundenkonto
kommt der SMS-Code nicht mehr an. Ich habe seit letzter Woche eine neue Handynummer und komme
nicht mehr ins Konto, um sie zu ändern. Können Sie die Nummer für mich umstellen?
Neue Nummer: 040 66969 733

Gruß
Kai Petersen

-----Ursprüngliche Nachricht-----
Von: Flugfeld Drohnen Service <service@flugfeld-drohnen.example>
Gesendet: Dienstag, 11. Juni 2024 10:14
Betreff: Ihre Rückerstattung zu Bestellung FD-30912

> Sehr geehrter Herr Petersen,
> Ihre Zahlung für den Ersatzakku wurde doppelt abgebucht. Wir haben die
> Rückerstattung über 59,90 € veranlasst, sie ist in 3–5 Werktagen auf Ihrem Konto.
> Freundliche Grüße, Aylin Yilmaz"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Werner Friedrichs <w.friedrichs@seepost.example>",
         to="hilfe@angelkarte-online.example",
         subject="E-Mail-Adresse lässt sich nicht ändern",
         body="""\
Guten Tag,

ich möchte in meinem Angelkarte-Konto die E-Mail-Adresse ändern. Die alte Adresse bei meinem
früheren Anbieter gibt es nicht mehr, und Ihr System schickt den Bestätigungslink genau dorthin.
Dadurch komme ich nicht weiter und kann auch meine Jahreskarte für den Mühlensee nicht
verlängern.

Kundennummer AK-77241, neue Adresse ist die, von der ich schreibe.

Mit freundlichen Grüßen
Werner Friedrichs"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Sven Albrecht <sven.albrecht@spurweite.example>",
         to="kundenservice@modellbahn-kontor.example",
         subject="Zwei-Faktor-Anmeldung einrichten",
         body="""\
Hallo, wie kann ich für mein Kundenkonto die Zwei-Faktor-Anmeldung mit einer App einrichten? Ich
finde die Option in den Einstellungen nicht. Danke, Sven Albrecht"""),

    dict(n=18, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Mehmet Aydın <m.aydin@rennbahn-post.example>",
         to="shop@rc-garage.example",
         subject="AW: Versandbestätigung Bestellung RC-88120",
         body="""\
Danke für den Hinweis, wir passen auf!

Noch eine Frage: Gibt es den Akku für den Buggy auch mit 5000 mAh, und passt der dann noch ins
Akkufach? Mein Sohn möchte natürlich länger fahren.

Viele Grüße
Mehmet Aydın

Am 04.06.2024 um 15:31 schrieb RC-Garage <shop@rc-garage.example>:
> Ihre Bestellung ist unterwegs!
> Sicherheitshinweis: LiPo-Akkus bitte nie unbeaufsichtigt laden. Ein beschädigter
> Akku kann sich stark erhitzen und einen Brand auslösen. Verwenden Sie die
> mitgelieferte Ladetasche."""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=1,
         frm="Elke Brunner <e.brunner@chor-lindenau.example>",
         to="support@probenraum24.example",
         subject="AW: Buchungsportal nicht erreichbar",
         body="""\
Liebes Probenraum24-Team,

nur kurz: Seit heute Morgen läuft alles wieder, wir konnten unsere Proben bis Dezember eintragen.
Vielen Dank für die schnelle Hilfe gestern und die freundliche Rückmeldung!

Herzliche Grüße vom ganzen Chor
Elke Brunner"""),

    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Anja Weißmann <anja.weissmann@stoffpost.example>",
         to="kurse@naehstube-mitte.example",
         subject="Nächster Kurs? Wir sind Feuer und Flamme",
         body="""\
Hallo ihr Lieben,

euer Anfängerkurs hat bei uns eingeschlagen wie eine Bombe! Meine Freundin und ich sind Feuer und
Flamme, die Nähmaschine glüht seit zwei Wochen, und mein Mann sagt, ich sei nicht mehr zu retten.

Wann startet der Aufbaukurs „Kleider nähen“, und was kostet er? Gibt es einen Rabatt, wenn wir
uns zu zweit anmelden?

Liebe Grüße
Anja"""),

    dict(n=21, signals="-", priority="low", trap="name", qt=0, reply=0,
         frm="Dieter Vogelsang <d.vogelsang@lesezeit.example>",
         to="raumbuchung@stadtbuecherei-hollfeld.example",
         subject="Raumanfrage Lesung „Der Brandstifter von Hollfeld“",
         body="""\
Sehr geehrte Damen und Herren,

unser Literaturkreis möchte im Oktober eine Lesung mit der Autorin des Krimis „Der Brandstifter
von Hollfeld“ veranstalten. Der zweite Band heißt übrigens „Notruf aus dem Stadtwald“, den
würden wir gern gleich mit vorstellen.

Ist der Veranstaltungsraum im ersten Stock an einem Donnerstagabend frei, für etwa 40 Personen?
Was kostet die Miete für gemeinnützige Vereine, und dürfen wir Getränke ausschenken?

Mit freundlichen Grüßen
Dieter Vogelsang
Literaturkreis Hollfeld e.V."""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Jagdschule Eichenhain <newsletter@jagdschule-eichenhain.example>",
         to="info@jagdschule-eichenhain.example",
         subject="Eichenhain-Post Juni: Sicherheit am Schießstand, Notfallkurs und Datenschutz",
         body="""\
EICHENHAIN-POST – JUNI

SICHERHEIT AM SCHIESSSTAND
Am 15. Juni zeigt unser Standaufsichtsteam, worauf Jungjägerinnen und Jungjäger beim Laden,
Entladen und Transport der Waffe achten müssen. Die Teilnahme ist kostenlos.

NOTFALLKURS ERSTE HILFE IM REVIER
Was tun bei Verletzungen durch Stürze vom Hochsitz oder Schnitte beim Aufbrechen? Unser
Notfallkurs am 29. Juni gibt Antworten. Noch 6 Plätze frei.

DATENSCHUTZ
Wir haben unsere Datenschutzerklärung aktualisiert. Sie finden sie auf unserer Website.

Sie erhalten diesen Newsletter, weil Sie Teilnehmer der Jagdschule Eichenhain sind.
Abmelden: jagdschule-eichenhain.example/abmelden"""),

    dict(n=23, signals="outage", priority="critical", trap="vip", qt=0, reply=0,
         frm="Carolin Meißner <carolin@jawort-hochzeitsplanung.example>",
         to="business@galeriefix.example",
         subject="Business-Konto: keine Galerie-Uploads möglich, Abgabefrist morgen",
         body="""\
Guten Tag,

wir sind eine Hochzeitsagentur mit 9 Fotografinnen und Fotografen und nutzen Galeriefix seit
2021 im Business-Tarif für alle unsere Paare (aktuell 27 laufende Galerien).

Seit gestern Mittag bricht jeder Upload sofort mit „Übertragung abgebrochen“ ab, egal ob Browser
oder Ihre Desktop-App, egal von welchem Rechner. Keiner von uns kann Bilder in die Galerien
stellen. Morgen um 12 Uhr müssen wir vier Paaren ihre fertigen Galerien liefern, das ist
vertraglich zugesagt, und am Wochenende kommen fünf neue Hochzeiten dazu.

Bitte behandeln Sie das mit Vorrang und rufen Sie mich an: 030 23125 904.

Carolin Meißner
Geschäftsführerin, Jawort Hochzeitsplanung"""),

    dict(n=24, signals="account", priority="high", trap="escalation", qt=0, reply=1,
         frm="Holger Wendt <holger.wendt@kaffeekanne.example>",
         to="support@sportkarte.example",
         subject="AW: AW: Konto gesperrt – Mitgliedsnummer SK-55190",
         body="""\
Hallo,

jetzt schreibe ich zum dritten Mal. Mein Konto ist seit über zwei Wochen gesperrt, ich kann
keine Kurse im Fitnessbereich buchen und komme nicht an meine digitale Mitgliedskarte, also
komme ich nicht einmal durchs Drehkreuz am Eingang.

Ich erwarte bis Freitag eine Lösung.

Holger Wendt

Am 03.06.2024 schrieb Holger Wendt:
> Hallo, ich habe immer noch keine Antwort. Mein Konto ist weiterhin gesperrt, ich
> komme nicht in die App. Bitte melden Sie sich.
>
> Am 27.05.2024 schrieb Holger Wendt:
> > Guten Tag, mein Konto in der Sportkarte-App ist plötzlich gesperrt („Konto
> > gesperrt, bitte Support kontaktieren“). Ich habe nichts geändert. Bitte
> > entsperren Sie es. Mitgliedsnummer SK-55190."""),
]
