# blind24 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sabine Körner <sabine.koerner@postfach-mail.example>",
         to="service@herdfix-kundendienst.example",
         subject="Backofentür nach Reparatur – Auftrag HF-20417",
         body="""\
Guten Tag,

Ihr Techniker hat am Montag bei uns am Einbaubackofen (Modell EB 640) die
Türdichtung und beide Scharniere getauscht.

Gestern Abend wollte meine Tochter (9) nach den Plätzchen sehen und hat die Tür
aufgezogen. Dabei hat das linke Scharnier nachgegeben, die Tür ist seitlich
weggekippt und mit der Kante auf ihren Fuß gefallen. Der große Zeh ist blau und
dick geschwollen, sie kann nicht auftreten, wir fahren gleich zum Kinderarzt.
Die Glasscheibe ist an der Ecke abgeplatzt.

Die Tür hängt jetzt schief und geht nicht mehr zu. Den Ofen benutzen wir
natürlich nicht mehr.

Bitte schicken Sie schnellstmöglich jemanden und erklären Sie mir, wie das
passieren konnte.

Mit freundlichen Grüßen
Sabine Körner
Tel. 030 23125418"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Gudrun Weißhaupt <g.weisshaupt@heimnetz.example>",
         to="stoerung@waermenetz-gruenwalde.example",
         subject="Übergabestation im Keller – heute früh",
         body="""\
Hallo,

heute gegen 6:15 Uhr gab es in unserem Heizungskeller einen lauten Knall. Der
Deckel vom Schmutzfänger an der Fernwärme-Übergabestation ist abgesprungen und
quer durch den Raum gegen die Tür geflogen – mein Mann stand zwei Meter daneben
an der Waschmaschine. Seitdem zischt es dort, heißes Wasser läuft über den Boden
und der ganze Keller ist so voller Dampf, dass man nichts mehr sieht.

Wir haben die Kellertür zugemacht und gehen nicht mehr runter. Wo man das
zudreht, wissen wir nicht.

Kundennummer FW-3308172, Am Lindenhof 14, Grünwalde.
Bitte sofort jemanden schicken! 0171 3920047

Gudrun Weißhaupt"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="unauthorised", qt=0, reply=0,
         frm="Felix Brunnhuber <felix.brunnhuber@webpost.example>",
         to="hilfe@radwerk-mietraeder.example",
         subject="Aufladungen, die nicht von mir sind",
         body="""\
Hallo,

in meinem RadWerk-Konto sehe ich seit gestern vier Guthaben-Aufladungen à 50 €,
alle von meiner hinterlegten Kreditkarte, zwischen 2:10 und 2:25 Uhr nachts. Da
habe ich geschlafen. In der Fahrtenliste stehen außerdem Fahrten in Hamburg –
ich wohne in München und war seit Jahren nicht dort.

Mein Passwort habe ich eben geändert, die Karte hat die Bank gesperrt. Bitte
frieren Sie das Guthaben ein und erstatten Sie mir die 200 €.

Nutzer-ID RW-5520913

Felix Brunnhuber"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Aylin Demirci <aylin.demirci@familienpost.example>",
         to="kundenservice@wasserverband-mittelau.example",
         subject="Leitungswasser riecht nach Benzin",
         body="""\
Sehr geehrte Damen und Herren,

seit die Baufirma vorgestern vor unserem Haus in der Kastanienallee die Leitung
erneuert hat, kommt das Wasser aus allen Hähnen leicht gelblich und riecht stark
nach Benzin oder Verdünner.

Mein Sohn (4) hat gestern Abend ein Glas davon getrunken, bevor wir es gemerkt
haben. In der Nacht hat er sich zweimal übergeben und er klagt seitdem über
Bauchweh. Die Nachbarn im 2. Stock riechen es auch.

Dürfen wir das Wasser überhaupt noch benutzen? Zum Kochen und Zähneputzen nehmen
wir jetzt Flaschenwasser.

Zählernummer 7W-118204, Kastanienallee 9
Mit freundlichen Grüßen
Aylin Demirci"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dr. Franziska Lehner <lehner@loewen-apotheke-hainfeld.example>",
         to="hotline@medirobo-systeme.example",
         subject="Kommissionierer gibt keine Packungen mehr aus – dringend",
         body="""\
Sehr geehrtes Hotline-Team,

seit heute 7:40 Uhr gibt unser Kommissionierautomat (Anlage MR-2200, Seriennr.
40-11873) keine einzige Packung mehr aus. Die Anforderungen vom HV-Tisch kommen
an, der Greifer fährt bis zum Fach und bleibt dort stehen, im Display steht
„Warte auf Freigabe“.

Wir suchen jetzt alles von Hand aus dem Reservelager zusammen, die Schlange
reicht bis auf den Gehweg. Um 11 Uhr müssen außerdem die Wochenblister für das
Pflegeheim St. Anna raus.

Bitte rufen Sie mich sofort zurück: 089 99998231.

Dr. Franziska Lehner
Löwen-Apotheke Hainfeld"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Josef Brandl <info@metzgerei-brandl.example>",
         to="netzservice@stadtwerke-hollbach.example",
         subject="Nach Zählertausch kein Strom im Laden",
         body="""\
Grüß Gott,

Ihr Monteur hat heute um 8 Uhr bei uns den alten Zähler gegen einen neuen
digitalen getauscht. Seitdem ist im ganzen Laden kein Strom: Kühltheke,
Kühlhaus, Kasse, Licht – alles aus. Die Sicherungen sind alle drin.

Im Kühlhaus hängen rund 400 kg Fleisch, das Thermometer steht schon bei 9 Grad.
Den Laden haben wir zugesperrt. Der Monteur geht nicht ans Handy.

Bitte schnellstens jemanden schicken!

Metzgerei Brandl, Hauptstraße 22, Hollbach
Tel. 089 99998764"""),

    dict(n=7, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Bernd Huber <bernd.huber@alpenmail.example>",
         to="support@teetime-buchung.example",
         subject="Startzeiten lassen sich nicht buchen",
         body="""\
Servus,

seit gestern zeigt mir die Buchungsseite vom GC Tegernau für jeden Tag nur einen
leeren Kalender, keine einzige Startzeit. Egal ob App oder Browser, Handy oder
Laptop. Im Sekretariat sagen sie, bei ihnen sieht alles normal aus und ich soll
mich an Sie wenden.

Ich möchte für Samstag einen Flight für vier Personen buchen.
Mitgliedsnummer 2207.

Grüße
Bernd Huber"""),

    dict(n=8, signals="outage", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Jana Wolters <j.wolters@nordbau-projekt.example>",
         to="support@baustellenblick.example",
         subject="Kamera 3 Hafenquartier – Bild hängt",
         body="""\
Hallo Support,

bei unserem Projekt Hafenquartier (Vertrag BK-7741) liefern die Kameras 1, 2 und
4 ganz normal. Kamera 3 am Kran Nord aktualisiert das Livebild nur noch alle
20–30 Minuten statt jede Minute, und im Zeitraffer fehlen seit Montag die
Nachmittage.

Unser Projektleiter in Rotterdam schrieb heute: "Camera 3 has been lagging since
Monday, please ask the vendor to check it."

Die Dokumentation für den Bauherrn machen wir vorerst mit den anderen Kameras,
es brennt also nicht, aber bitte bis Ende der Woche ansehen.

Gruß
Jana Wolters
Bauleitung"""),

    dict(n=9, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Tobias Reuter <tobias.reuter@heimnetz.example>",
         to="auftraege@waschprofi-reparatur.example",
         subject="Trockner nach Reparatur",
         body="""\
Guten Tag,

ist es normal, dass der Trockner nach Ihrer Reparatur am Dienstag auch nach drei
Stunden im Programm „Schranktrocken“ die Wäsche genauso nass herausgibt, wie sie
hineinkam? Die Trommel dreht sich, das Gebläse läuft, aber innen wird es nicht
einmal lauwarm. Vorher hat er wenigstens noch getrocknet, nur eben laut.

Wir sind fünf Personen und hängen jetzt alles im Wohnzimmer auf.

Auftragsnummer WR-66031

Viele Grüße
Tobias Reuter"""),

    dict(n=10, signals="payment", priority="medium", trap="double", qt=0, reply=0,
         frm="Kathrin Moser <kathrin.moser@bergpost.example>",
         to="reservierung@huettenbuch.example",
         subject="Anzahlung doppelt abgebucht – Gamsjochhütte",
         body="""\
Grüß Gott,

für unsere Übernachtung auf der Gamsjochhütte am 12./13. Juli (4 Personen,
Matratzenlager) habe ich die Anzahlung von 80 € per Kreditkarte bezahlt. Auf
meiner Abrechnung steht der Betrag jetzt zweimal, beide vom 28.05. Die
Reservierung gibt es nur einmal (Nr. HR-24-03817).

Bitte buchen Sie den doppelten Betrag zurück.

Danke und Berg Heil
Kathrin Moser"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Anna Petrović <anna.petrovic@webpost.example>",
         to="abrechnung@lumenstrom-energie.example",
         subject="Guthaben aus Schlussrechnung – brauche es für die Kaution",
         body="""\
Sehr geehrte Damen und Herren,

laut Ihrer Schlussrechnung vom 14.04. für meine alte Wohnung (Vertragskonto
8100 4477 21) habe ich ein Guthaben von 643,18 €, das „innerhalb von 14 Tagen“
überwiesen werden sollte. Bis heute ist nichts angekommen, und ich habe schon
zweimal bei der Hotline angerufen.

Ich brauche das Geld dringend: Die Kaution für die neue Wohnung muss bis Freitag
beim Vermieter sein, sonst ist die Wohnung weg. Die IBAN steht in der Rechnung
(endet auf 3391).

Bitte überweisen Sie den Betrag sofort und geben Sie mir kurz Bescheid.

Anna Petrović"""),

    dict(n=12, signals="payment", priority="medium", trap="buried", qt=0, reply=0,
         frm="Martin Kleine <m.kleine@kleine-hochbau.example>",
         to="dispo@albers-kranverleih.example",
         subject="Einsatz Mobilkran Schulzentrum / Rechnung 2025-1184",
         body="""\
Hallo Herr Albers,

erst einmal vielen Dank für den reibungslosen Einsatz letzte Woche. Ihr
Kranführer Herr Stojanović war klasse, sehr ruhig beim Heben der Lüftungsgeräte
aufs Dach, trotz des Windes am Mittwoch. Auch das Ordnungsamt hat sich wegen der
Straßensperrung nicht beschwert, was bei uns selten ist.

Im Herbst kommt der zweite Bauabschnitt (Turnhalle), da würden wir gern wieder
mit Ihnen arbeiten – ich melde mich dazu separat mit den Plänen.

Zur Rechnung noch eine Sache: Abgerechnet sind drei Einsatztage à 1.450 €, der
Kran stand aber nur Dienstag und Mittwoch bei uns (siehe Stundenzettel, von
beiden Seiten unterschrieben). Außerdem ist die An- und Abfahrt zweimal drin
(Pos. 4 und Pos. 7). Könnten Sie die Rechnung bitte korrigieren? Unsere
Buchhaltung gibt sie erst nach Korrektur frei.

Beste Grüße
Martin Kleine
Kleine Hochbau GmbH"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Mira Lindqvist <mira.lindqvist@postfach-mail.example>",
         to="tickets@tierpark-eichenau.example",
         subject="Frage zur Systemgebühr",
         body="""\
Hallo, nur aus Neugier: Bei meiner Bestellung von zwei Jahreskarten stand am
Ende eine „Systemgebühr“ von 1,50 €. Wofür ist die genau? Kein Problem, ich
wollte es nur verstehen.

LG Mira"""),

    dict(n=14, signals="account", priority="high", trap="lockout", qt=0, reply=0,
         frm="Hauke Jansen <hauke@zimmerei-jansen.example>",
         to="gewerbe@holzhof-friesland.example",
         subject="Kundenkonto gesperrt – Bestellung für morgen",
         body="""\
Moin,

ich komme nicht mehr in unser Gewerbekundenkonto (Kd-Nr. 30-4471, Zimmerei
Jansen). Nach dem Zurücksetzen des Passworts steht da nur: „Ihr Konto wurde
vorübergehend gesperrt. Bitte wenden Sie sich an den Kundenservice.“

Ich muss bis heute 14 Uhr das KVH für die Baustelle morgen früh bestellen, sonst
steht die Kolonne. Bitte kurz entsperren oder zurückrufen: 0171 3920083.

Danke
Hauke Jansen"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Dilara Yıldız <dilara.yildiz@familienpost.example>",
         to="service@aqualand-sonnfeld.example",
         subject="SMS-Code kommt nicht an",
         body="""\
Hallo,

ich möchte mich in der Aqualand-App anmelden, um die Saisonkarten meiner Kinder
zu verlängern. Beim Login kommt die Meldung, dass ein Code per SMS geschickt
wurde, aber es kommt nichts. Ich habe es über zwei Tage immer wieder versucht.
Im Profil steht die richtige Nummer (0171 3920061), andere SMS bekomme ich
problemlos.

Können Sie das prüfen?

Gruß
Dilara Yıldız"""),

    dict(n=16, signals="account", priority="medium", trap="question", qt=0, reply=0,
         frm="Ralf Vogel <r.vogel@freipost.example>",
         to="kundenkonto@glasschnitt-online.example",
         subject="E-Mail-Adresse ändern – Bestätigungslink",
         body="""\
Guten Tag,

ist es normal, dass der Bestätigungslink für die neue E-Mail-Adresse an die alte
Adresse geschickt wird? Die alte gehört zu meinem früheren Arbeitgeber und
existiert nicht mehr, da komme ich also nie dran. Im Konto steht jetzt
„Änderung ausstehend“, und ich kann die Adresse nicht noch einmal ändern.

Kundennummer GZ-10934. Bitte stellen Sie die Adresse auf r.vogel@freipost.example
um.

Mit freundlichen Grüßen
Ralf Vogel"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Uwe Brenner <uwe.brenner@webpost.example>",
         to="hilfe@platzbuchung-tc.example",
         subject="Zwei-Faktor-Anmeldung einrichten?",
         body="""\
Hallo, wie richte ich für mein Konto die Zwei-Faktor-Anmeldung mit einer
Authenticator-App ein? Unter „Profil“ finde ich nur die Passwortänderung.

Danke, Uwe Brenner"""),

    dict(n=18, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Jörg Lindemann <joerg.lindemann@heimnetz.example>",
         to="zaehler@stadtwerke-weidenau.example",
         subject="AW: Terminbestätigung Zählerwechsel",
         body="""\
Hallo Frau Schubert,

passt, Dienstag 8–12 Uhr ist gut, ich bin zu Hause. Der Zähler hängt im Keller,
die Tür ist offen.

Viele Grüße
Jörg Lindemann

-----Ursprüngliche Nachricht-----
Von: Stadtwerke Weidenau Kundenservice <zaehler@stadtwerke-weidenau.example>
Gesendet: Donnerstag, 5. Juni 2025 10:12
An: Jörg Lindemann
Betreff: Terminbestätigung Zählerwechsel

> Sehr geehrter Herr Lindemann,
>
> für den Einbau Ihres neuen intelligenten Messsystems haben wir Dienstag,
> 17.06., zwischen 8 und 12 Uhr eingeplant.
>
> Bitte beachten Sie: Während des Wechsels kommt es zu einem Stromausfall von
> etwa 30 Minuten. Bitte schalten Sie empfindliche Geräte vorher aus.
>
> Mit freundlichen Grüßen
> Petra Schubert"""),

    dict(n=19, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Heike Sommer <heike.sommer@bergpost.example>",
         to="service@herdfix-kundendienst.example",
         subject="Danke – Kühlschrank läuft wieder",
         body="""\
Hallo liebes Team,

nur ein kurzes Dankeschön an Herrn Aydın, der gestern noch um 19 Uhr vorbeikam.
Der Kühlschrank kühlt wieder einwandfrei, der Kompressor springt ganz normal an.
Ich dachte schon, der ganze Wochenendeinkauf ist hinüber.

Top Service!
Heike Sommer"""),

    dict(n=20, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Christina Albrecht <c.albrecht@gymnasium-lerchenfeld.example>",
         to="gruppen@abenteuerland-wiesbrunn.example",
         subject="Klassenausflug – Feuerdrache und Blitzturm",
         body="""\
Hallo,

ich bin Klassenlehrerin einer 7. Klasse (28 Kinder, 3 Begleitpersonen) und wir
möchten am 3. Juli zu Ihnen kommen. Die Kinder brennen schon darauf, den
Feuerdrachen und den Blitzturm auszuprobieren – seit Wochen reden sie von nichts
anderem, der Ausflug ist für sie der absolute Knaller.

Gibt es einen Gruppenpreis für Schulklassen? Ab welcher Körpergröße darf man in
den Blitzturm? Und lohnt es sich, die Tickets vorab zu buchen?

Viele Grüße
Christina Albrecht"""),

    dict(n=21, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Petra und Klaus Hartmann <hartmann.pk@heimnetz.example>",
         to="vertrieb@sonnenwacht-monitoring.example",
         subject="Frage zum Wartungsvertrag „Sorglos Plus“",
         body="""\
Guten Tag,

wir überlegen, unsere PV-Anlage (9,8 kWp) in Ihr Monitoring mit Wartungsvertrag
„Sorglos Plus“ zu geben. Bevor wir unterschreiben, ein paar Fragen:

- Sind Ausfälle des Wechselrichters abgedeckt, also übernehmen Sie Reparatur und
  entgangenen Ertrag?
- Was gilt bei Blitzeinschlag oder Hagel – ist das Ihre Sache oder die der
  Gebäudeversicherung?
- Wie lange ist die Kündigungsfrist?

Freundliche Grüße
Petra und Klaus Hartmann"""),

    dict(n=22, signals="-", priority="low", trap="film", qt=0, reply=0,
         frm="Lea Brückner <lea.brueckner@postfach-mail.example>",
         to="tickets@meereswelt-kieselbucht.example",
         subject="Kinonacht „Der weiße Hai“ – Tickets als Geschenk?",
         body="""\
Hallo,

mein Freund ist ein riesiger Fan von „Der weiße Hai“, und ich habe gesehen, dass
Sie den Film im August nachts im Haitunnel zeigen. Genial! Ich sterbe vor
Neugier, wie das aussieht.

Kann man dafür Gutscheine kaufen oder nur Tickets mit festem Datum? Und ist der
Abend auch für Leute mit etwas Platzangst okay, oder ist der Tunnel sehr eng?

Danke!
Lea"""),

    dict(n=23, signals="outage", priority="critical", trap="deadline", qt=0, reply=0,
         frm="Sven Oltmanns <s.oltmanns@nordkai-logistik.example>",
         to="support@zollstar-software.example",
         subject="Ausfuhranmeldungen gehen nicht raus – 14 Lkw warten",
         body="""\
Dringend!

Seit ca. 5 Uhr werden unsere Ausfuhranmeldungen aus Ihrer Zollsoftware nicht
mehr an ATLAS übermittelt. Der Status bleibt auf „In Warteschlange“, es kommt
keine MRN zurück. Betroffen sind alle drei Standorte (Hamburg, Bremen, Kassel).

Auf unseren Höfen stehen 14 Lkw unseres größten Kunden (Automobilzulieferer,
Just-in-Sequence) und können ohne Ausfuhrbegleitdokument nicht los. Die Teile
müssen heute bis 18 Uhr im Werk in Winterthur sein, sonst steht dort das Band.

Wir sind Premiumkunde (Rahmenvertrag RV-2019-044). Bitte sofort Rückruf unter
040 66969512.

Sven Oltmanns
Speditionsleitung, Nordkai Logistik GmbH"""),

    dict(n=24, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Ömer Kaya <o.kaya@kaya-fassaden.example>",
         to="buchhaltung@geruestbau-steinhagen.example",
         subject="AW: Rückzahlung Kaution Gerüst – Auftrag GV-5521",
         body="""\
Hallo,

jetzt zum dritten Mal: Die Kaution über 3.800 € ist immer noch nicht bei uns
eingegangen, obwohl das Gerüst seit dem 2. Mai abgebaut und von Ihrem
Lagermeister ohne Mängel abgenommen ist. Auf meine beiden Mails kam keine
Antwort, am Telefon werde ich vertröstet.

Ende der Woche sind die Löhne für meine sechs Leute fällig, und das Geld ist
fest eingeplant. Ich erwarte die Überweisung bis spätestens Donnerstag, sonst
geht die Sache an unseren Anwalt.

Ömer Kaya
Kaya Fassadenbau

Am 19.05.2025 um 08:03 schrieb Ömer Kaya <o.kaya@kaya-fassaden.example>:
> Guten Morgen,
>
> ich hatte schon am 6. Mai nachgefragt: Wann wird die Kaution für Auftrag
> GV-5521 zurückgezahlt? Das Abnahmeprotokoll hängt noch einmal an.
>
> Gruß
> Ömer Kaya"""),
]
