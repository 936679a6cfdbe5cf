# blind43 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Sabine Hoffmann <sabine.hoffmann@posteo-mail.example>",
         to="service@waermetechnik-kessler.example",
         subject="Nach der Wartung gestern: CO-Melder piept",
         body="""\
Guten Tag,

Ihr Techniker war gestern Vormittag zur Wartung unserer Gastherme bei uns (Kundennummer 40-1187, Therme im Keller). Seit heute früh gegen halb sechs piept der CO-Melder im Flur vor dem Heizungsraum ununterbrochen und zeigt 85 ppm an. Unten im Keller riecht es außerdem komisch, irgendwie nach Abgas.

Unsere beiden Kinder sind heute Morgen mit Kopfschmerzen und Übelkeit aufgewacht, mein Mann auch. Wir haben alle Fenster aufgerissen, die Therme ausgeschaltet und sind jetzt mit den Kindern bei den Nachbarn.

Bitte schicken Sie heute noch jemanden vorbei, bevor wir die Heizung wieder anmachen, und rufen Sie mich zurück: 0171 5552381.

Sabine Hoffmann
Lindenstraße 12, Kassel"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jonas Peters <jonas.peters@webpost.example>",
         to="hilfe@radflott.example",
         subject="Rad 4471 – Vorderbremse",
         body="""\
Hallo,

bin gestern Abend mit einem Ihrer Räder gestürzt (Nr. 4471, ausgeliehen 18:52 am Hauptbahnhof). Die Vorderbremse hat bergab in der Goethestraße einfach nicht gegriffen, der Hebel ging bis zum Lenker durch. Bin in eine Autotür gekracht, Handgelenk gebrochen, war bis 2 Uhr in der Notaufnahme.

Das Rad steht noch Ecke Goethestraße/Uhlandstraße und ist in der App schon wieder als frei angezeigt. Bitte holen Sie es da weg, bevor der Nächste damit losfährt.

Gruß
Jonas Peters
(mit links getippt, sorry für Tippfehler)"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Petra Wagner <petra.wagner@gmx-mail.example>",
         to="kundenservice@lottoglueck.example",
         subject="Auszahlungen, die ich nicht gemacht habe",
         body="""\
Sehr geehrte Damen und Herren,

in meinem Spielkonto (Kundennr. 7785102) stehen seit heute Nacht zwei Auszahlungen, einmal 250 € und einmal 180 €, auf ein Konto bei einer Bank, die ich gar nicht kenne (IBAN endet auf 4419). Vorher hatte ich 455 € Guthaben, jetzt sind es noch 25 €. Außerdem wurden gestern Abend 100 € per Lastschrift von meinem Girokonto eingezahlt, das war ich auch nicht.

Ich kann mich noch ganz normal anmelden und habe mein Passwort eben geändert. Bitte stoppen Sie die Auszahlungen bzw. holen Sie das Geld zurück und sagen Sie mir, was ich jetzt noch tun muss.

Mit freundlichen Grüßen
Petra Wagner

Von meinem iPhone gesendet"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Monika Schreiber <monika.schreiber@web-mail.example>",
         to="befundservice@labor-mittelhessen.example",
         subject="Fremden Befund per Post erhalten",
         body="""\
Sehr geehrte Damen und Herren,

heute kam Post von Ihnen, in der ich die Ergebnisse meiner Blutuntersuchung vom 24. November erwartet habe. Im Umschlag, der korrekt an mich adressiert war, lagen aber zwei Seiten mit den Befunden einer anderen Frau: vollständiger Name, Geburtsdatum, Anschrift in Gießen, Krankenkasse und sämtliche Werte, einschließlich HIV- und Hepatitis-Test.

Meine eigenen Ergebnisse waren nicht dabei. Ich befürchte, dass meine Unterlagen dann wohl bei jemand anderem gelandet sind.

Wie soll ich mit den fremden Unterlagen verfahren? Ich schicke sie gern zurück, möchte sie aber nicht einfach so in den Briefkasten werfen. Und bitte teilen Sie mir mit, an wen mein Befund gegangen ist.

Mit freundlichen Grüßen
Monika Schreiber
geb. 14.03.1971, Auftragsnr. 26-884213"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Thomas Becker <t.becker@becker-logistik.example>",
         to="support@tourfunk.example",
         subject="DRINGEND: Fahrer-App zeigt keine Touren – 38 Fahrzeuge stehen",
         body="""\
Guten Morgen,

seit ca. 4:45 Uhr bekommen unsere Fahrer in der TourFunk-App nach dem Anmelden keine Touren mehr angezeigt, die Liste bleibt leer und „Synchronisiere …“ läuft endlos. In der Disposition im Browser sind alle Touren ganz normal zu sehen und freigegeben.

Betroffen sind alle 38 Fahrzeuge an den Standorten Bremen und Oldenburg. Die Fahrer stehen auf dem Hof und können ohne Scan nicht laden. Die ersten Zustellfenster bei unseren Kunden, darunter zwei Krankenhausapotheken, beginnen um 7 Uhr.

Geräte neu gestartet, App neu installiert, WLAN und Mobilfunk probiert – keine Änderung.

Bitte rufen Sie mich umgehend an: 0421 555 3170 oder mobil 0160 5551234.

Mit freundlichen Grüßen

Thomas Becker
Leitung Disposition
Becker Logistik GmbH & Co. KG
Hafenstraße 88, 28217 Bremen

Sitz der Gesellschaft: Bremen, Amtsgericht Bremen HRA 23456 HB
Persönlich haftende Gesellschafterin: Becker Verwaltungs-GmbH, Geschäftsführer: Hans-Jürgen Becker, Katrin Becker-Ostendorf
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Miriam Schulte <m.schulte@stadthalle-hameln.example>",
         to="support@ticketpunkt.example",
         subject="Einlass heute Abend – Scanner lehnen alle Tickets ab",
         body="""\
Hallo Support,

wir haben heute Abend „Die große Weihnachtsgala“ mit 1.400 verkauften Plätzen, Einlass ab 18:30 Uhr. Seit dem Probelauf um 16 Uhr zeigen alle sechs Handscanner bei jedem Ticket „Code unbekannt“, auch bei Tickets, die wir gestern noch problemlos gescannt haben. Im Backend ist die Veranstaltung mit allen Buchungen ganz normal sichtbar.

Per Namensliste schaffen wir 1.400 Leute in einer Stunde niemals. Bitte melden Sie sich sofort, an der Abendkasse 05151 555210 oder mobil 0151 5557788.

Miriam Schulte
Veranstaltungsleitung Stadthalle Hameln"""),

    dict(n=7, signals="outage", priority="high", trap="-", qt=0, reply=0,
         frm="Ayşe Demir <info@salon-ayse.example>",
         to="support@termino-app.example",
         subject="Kalender geht nicht auf",
         body="""\
Hallo,

seit heute morgen ich kann den Kalender in Termino nicht öffnen, weder am Tablet im Laden noch am Handy. Es kommt nur weiße Seite und dann "Fehler 503". Ich sehe nicht, welche Kundin wann kommt, heute sind 14 Termine. Wir sind nur zwei im Salon, meine Kollegin und ich, und ich habe keine andere Liste.

Online buchen für die Kunden geht auch nicht, eine Kundin hat schon angerufen.

Bitte schnell helfen.
Danke, Ayşe Demir
Salon Ayşe, Nürnberg"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Frank Zimmermann <f.zimmermann@zimmermann-bau.example>",
         to="support@baustellenzeit.example",
         subject="Mehrere Punkte / Export an die Lohnbuchhaltung",
         body="""\
Hallo zusammen,

ein paar Punkte aus unserem Büro:

1. Der Export der Stunden an die Lohnbuchhaltung bricht seit dem letzten Update mit „Ungültiges Format in Zeile 1“ ab. Die Erfassung auf den Baustellen läuft normal, die Jungs buchen ihre Stunden wie immer. Die Abrechnung für Dezember machen wir erst am 28., bis dahin sollte das aber wieder gehen.
2. Kann man bei den Baustellen ein Foto hinterlegen? Wäre für die neuen Kollegen praktisch.
3. Die Rechnung für November ist angekommen, danke.

Viele Grüße
Frank Zimmermann
Zimmermann Bau GmbH, Paderborn"""),

    dict(n=9, signals="outage", priority="low", trap="minor", qt=0, reply=0,
         frm="Bernd Krüger <bernd.krueger@freenet-post.example>",
         to="support@robopure.example",
         subject="Kleiner Anzeigefehler in der App",
         body="""\
Hallo,

nur eine Kleinigkeit: Seit dem App-Update letzte Woche wird die Karte von unserem RoboPure S8 ein gutes Stück verdreht angezeigt, das Wohnzimmer liegt quasi halb im Garten. Gesaugt wird trotzdem ganz normal, und die Räume fährt er auch richtig an. Vielleicht können Sie das ja beim nächsten Update mit erledigen.

Schöne Grüße
Bernd Krüger"""),

    dict(n=10, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Lena Fischer <lena.fischer@mailbox-de.example>",
         to="kontakt@fitwerk-studios.example",
         subject="Frage zur Abbuchung im Dezember",
         body="""\
Hallo liebes Fitwerk-Team,

ich hab mal eine kurze Frage: Bei der Abbuchung Anfang Dezember waren es statt der üblichen 34,90 € diesmal 54,80 €. Im Mitgliederportal steht dazu „Servicepauschale 19,90 €“. Ist das die Jahrespauschale, von der bei der Anmeldung mal kurz die Rede war? Ich wollte nur sichergehen, dass das so stimmt, damit ich mich nächstes Jahr nicht wieder wundere :)

Ansonsten alles super, der neue Kursraum ist toll!

Liebe Grüße
Lena Fischer
Mitgliedsnummer 100-47721"""),

    dict(n=11, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Michael Braun <michael.braun@webpost.example>",
         to="service@brillenblick.example",
         subject="AW: Ihre Rücksendung zu Bestellung 55102",
         body="""\
Guten Tag,

laut Ihrer Mail unten sollte die Erstattung innerhalb von 5 Werktagen auf meinem PayPal-Konto sein. Das ist jetzt über drei Wochen her, und es ist nichts angekommen, auch im PayPal-Verlauf steht nichts. Es geht um 289,00 €.

Können Sie bitte nachsehen, woran es hängt, und mir eine Transaktionsnummer o. Ä. schicken?

Danke und Gruß
Michael Braun

Am Mo., 16. Nov. 2026 um 11:03 Uhr schrieb BrillenBlick Service <service@brillenblick.example>:
> Sehr geehrter Herr Braun,
>
> Ihre Rücksendung zur Bestellung 55102 (Gleitsichtbrille „Hamburg“ in
> Havanna) ist bei uns eingegangen und wurde geprüft. Die Erstattung über
> 289,00 € wird innerhalb von 5 Werktagen auf Ihr PayPal-Konto veranlasst.
>
> Mit freundlichen Grüßen
> Ihr BrillenBlick-Team"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=0,
         frm="Andrea Vogel <andrea.vogel@posteo-mail.example>",
         to="service@napfglueck.example",
         subject="Doppelt abgebucht?!",
         body="""\
Hallo,

ich bin gerade ziemlich sauer. Für die Dezember-Lieferung (Trockenfutter Lamm & Reis, 2 x 12 kg für unsere beiden Hunde) wurden mir 119,80 € GLEICH ZWEIMAL vom Konto abgebucht, am 1. und am 2. Dezember. Geliefert wurde natürlich nur einmal. Es ist nicht das erste Mal, dass bei Ihnen mit den Abbuchungen was schiefgeht, im Sommer war es schon mal ein falscher Betrag.

Ich erwarte, dass die zweite Abbuchung umgehend zurücküberwiesen wird, sonst lasse ich sie über die Bank zurückgehen.

Andrea Vogel
Abo-Nr. NG-2291-0457"""),

    dict(n=13, signals="payment", priority="high", trap="-", qt=0, reply=0,
         frm="Claudia Neumann <c.neumann@kaiser-metallbau.example>",
         to="support@lohnfix.example",
         subject="WG: Ablehnung SEPA-Sammelauftrag",
         body="""\
Hallo LohnFix-Support,

untenstehende Meldung kam heute früh von unserer Bank. Die Gehaltsdatei für Dezember, die wir gestern über LohnFix an die Bank übergeben haben, wurde komplett abgelehnt. In LohnFix steht der Lauf aber als „erfolgreich übermittelt“.

Bei uns warten 23 Mitarbeiter auf ihr Gehalt, das heute auf den Konten sein sollte. Ich hatte heute schon drei Anrufe wegen Miete und Daueraufträgen. Bitte helfen Sie uns schnell, eine korrigierte Datei zu erstellen.

Claudia Neumann
Personal & Lohnbuchhaltung
Kaiser Metallbau GmbH, Tel. 0231 555 8014

-------- Weitergeleitete Nachricht --------
Betreff: Ablehnung SEPA-Sammelauftrag
Datum: 11.12.2026, 06:58
Von: Rheinwest Bank <noreply@rheinwestbank.example>
An: c.neumann@kaiser-metallbau.example

Sehr geehrte Kundin, sehr geehrter Kunde,
Ihr SEPA-Sammelauftrag (Referenz LF-2026-12-01, 23 Posten, Summe 71.482,16 €) konnte nicht ausgeführt werden.
Grund: Datei entspricht nicht dem Schema pain.001.001.09 (Fehlercode FF01).
Ihre Rheinwest Bank"""),

    dict(n=14, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Sophie Lang <sophie.lang@mailbox-de.example>",
         to="support@herzklopfen-app.example",
         subject="Profil pausieren oder löschen?",
         body="""\
Hallo,

ich habe über eure App jemanden kennengelernt (danke dafür!) und möchte mein Profil jetzt nicht mehr aktiv haben. In den Einstellungen finde ich aber nur „Benachrichtigungen“ und „Sichtbarkeit“.

Kann ich das Profil irgendwo pausieren, falls es doch nicht hält ;-), oder muss ich es ganz löschen? Und wenn ich lösche: Läuft mein Premium-Abo dann automatisch aus oder muss ich das extra kündigen?

Viele Grüße
Sophie"""),

    dict(n=15, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Felix Hartmann <felix.hartmann@gmx-mail.example>",
         to="support@stadtflitzer.example",
         subject="AW: Ihre Anfrage 118-4403 – Anmeldung",
         body="""\
Hallo Frau Yılmaz,

danke für die schnelle Rückmeldung, ich schreibe die Antworten direkt unter Ihre Fragen.

Am 30.11.2026 um 09:12 schrieb StadtFlitzer Support <support@stadtflitzer.example>:
> 1. Welche Handynummer ist in Ihrem Kundenkonto hinterlegt?

Noch die alte, 0176 5554321. Die gibt es seit meinem Anbieterwechsel nicht mehr, die neue ist 0157 5559876.

> 2. Erhalten Sie die SMS mit dem Bestätigungscode gar nicht?

Nein, der Code geht ja an die alte Nummer. Ohne Code komme ich weder in die App noch auf die Website und kann die Nummer deshalb auch nicht selbst ändern.

> 3. Können Sie sich alternativ per E-Mail-Code anmelden?

Die Option wird mir nicht angezeigt, nur SMS.

Ich brauche ein Auto erst nächste Woche wieder, wäre aber froh, wenn die Nummer bis dahin umgestellt ist.

Viele Grüße
Felix Hartmann
Kundennr. SF-209377"""),

    dict(n=16, signals="account", priority="medium", trap="-", qt=0, reply=1,
         frm="Kathrin Meier <kathrin.meier@web-mail.example>",
         to="support@kitaflow.example",
         subject="AW: [Ticket #20431] Passwort zurücksetzen",
         body="""\
Hallo,

leider klappt es immer noch nicht. Ich habe den Link aus Ihrer Mail sofort angeklickt und heute früh noch zweimal, und jedes Mal kommt „Dieser Link ist abgelaufen oder wurde bereits verwendet“. Ich komme seit Freitag nicht in die App und sehe weder die Elternbriefe noch die Fotos aus der Gruppe. Mein Mann kann sich mit seinem Zugang normal anmelden, es liegt also wohl an meinem Konto.

Kathrin Meier (Mama von Emil, Igelgruppe, Kita Sonnenblume)

Am 07.12.2026 um 18:41 schrieb KitaFlow Support <support@kitaflow.example>:
> Ticket #20431 – Status: Wartet auf Ihre Antwort
>
> Hallo Frau Meier,
> wir haben Ihnen einen neuen Link zum Zurücksetzen Ihres Passworts
> geschickt. Bitte klicken Sie innerhalb von 24 Stunden darauf.
>
> Viele Grüße
> Ihr KitaFlow-Support"""),

    dict(n=17, signals="account", priority="high", trap="-", qt=0, reply=0,
         frm="Dennis Koch <d.koch@dialogwerk-callcenter.example>",
         to="support@voxdesk.example",
         subject="Admin-Zugang gesperrt – Kampagnenstart 14 Uhr",
         body="""\
Hallo,

mein Admin-Zugang bei VoxDesk (Benutzer d.koch, Mandant DW-Leipzig) ist seit heute Morgen gesperrt, Meldung: „Konto nach zu vielen Fehlversuchen gesperrt“. Vertippt habe ich mich nicht, ich vermute, ein alter Rechner im Schulungsraum hat es immer wieder mit dem alten Passwort versucht.

Ich bin der einzige Admin. Ohne Zugang kann ich die zwölf neuen Agents nicht den Warteschlangen für die Kampagne zuordnen, die heute um 14 Uhr startet.

Bitte entsperren Sie das Konto oder rufen Sie mich an: 0341 555 6620.

Dennis Koch
Teamleitung Dialogwerk Leipzig"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Gisela Roth <gisela.roth@freenet-post.example>",
         to="bestellung@blumenhaus-winter.example",
         subject="Der Strauß zum 80. – und gleich die nächste Bestellung",
         body="""\
Liebe Frau Winter,

der Strauß zum 80. Geburtstag meiner Mutter hat eingeschlagen wie eine Bombe! Sie war völlig hin und weg, und die ganze Verwandtschaft war Feuer und Flamme für die roten Amaryllis. Mein Bruder meinte, er sei vor Neid fast gestorben, weil sein Geschenk dagegen total abgestürzt ist. :-)

Jetzt zur nächsten Bestellung: Am 19. Dezember ist unsere Weihnachtsfeier im Chor, und ich hätte gern für die sechs Tische je ein kleines Gesteck in denselben Farben, gern mit Kerzen. Was würde das ungefähr kosten? Abholen würde ich am Vormittag des 19.

Herzliche Grüße
Gisela Roth"""),

    dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Stefan Wolf <kassenwart@ff-oberweiler.example>",
         to="auftrag@druckerei-lenz.example",
         subject="Flyer Brandschutztag + Frage zur Papiercharge",
         body="""\
Hallo Herr Lenz,

die Freiwillige Feuerwehr Oberweiler braucht wieder Drucksachen, diesmal für den Brandschutztag am 14. März:

- 1.000 Flyer DIN lang wie letztes Jahr, Titel „Rauchmelder retten Leben – im Notfall 112“
- 50 Plakate A2 „Feuer & Flamme – Tag der offenen Tür“

Bei der letzten Lieferung war das Rot etwas orangestichig, laut Ihrer Kollegin lag das an einer anderen Papiercharge. Können Sie diesmal auf die alte Charge achten oder vorher einen Andruck schicken? Die Druckdaten kommen bis Ende Januar, die Rechnung bitte wieder an die Vereinsadresse.

Mit kameradschaftlichen Grüßen
Stefan Wolf
Kassenwart, Förderverein FF Oberweiler e. V."""),

    dict(n=20, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="CyberSchutz Akademie <newsletter@cyberschutz-akademie.example>",
         to="support@mietportal.example",
         subject="Einladung: Webinar „Gehackt – und jetzt?“ am 20. Januar",
         body="""\
Guten Tag,

Phishing-Mails, gestohlene Passwörter, verschlüsselte Server: Immer mehr mittelständische Unternehmen werden Opfer eines Cyberangriffs. Oft beginnt der Notfall mit einem einzigen Klick.

In unserem kostenlosen Webinar „Gehackt – und jetzt?“ zeigen wir Ihnen in 60 Minuten,
• wie Sie ein Datenleck erkennen, bevor es öffentlich wird,
• welche Meldepflichten nach DSGVO innerhalb von 72 Stunden gelten,
• wie ein Notfallplan für gesperrte Systeme und Erpressungsversuche aussieht,
• warum ein Passwortmanager Ihr ganzes Team schützt.

Termin: Mittwoch, 20. Januar 2027, 10:00–11:00 Uhr
Anmeldung: www.cyberschutz-akademie.example/webinar

Mit besten Grüßen
Ihr Team der CyberSchutz Akademie

Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website angemeldet haben. Abmelden: www.cyberschutz-akademie.example/abmelden"""),

    dict(n=21, signals="-", priority="low", trap="injury-aside", qt=0, reply=0,
         frm="Leon Schmitt <leon.schmitt@mailbox-de.example>",
         to="info@fahrschule-brandt.example",
         subject="Fahrstunden absagen + Crashkurs Februar",
         body="""\
Hallo Herr Brandt,

ich muss leider meine Fahrstunden für die nächsten Wochen absagen. Ich hatte am Samstag beim Fußball einen Unfall, Bänderriss im rechten Sprunggelenk, war bis nachts im Krankenhaus in der Notaufnahme und darf jetzt erst mal sechs Wochen nicht aufs Gaspedal treten (sagt der Arzt, und ehrlich gesagt ginge es auch gar nicht).

Deshalb die Frage: Gibt es in den Winterferien wieder den Crashkurs, also die Intensivwoche mit täglichen Fahrstunden? Bis dahin sollte ich wieder fit sein und würde gern alles nachholen und dann direkt zur Prüfung. Sind da noch Plätze frei und muss ich mich jetzt schon anmelden?

Danke und viele Grüße
Leon Schmitt"""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Werner Lehmann <werner.lehmann@t-mail.example>",
         to="kundenservice@hoerwelt.example",
         subject="AW: Kein Zugang zum Kundenkonto",
         body="""\
Guten Tag Frau Krause,

herzlichen Dank, jetzt hat es geklappt! Ich bin wieder drin und habe gleich die Batterien für Januar nachbestellt.

Viele Grüße
Werner Lehmann

Am Di., 1. Dez. 2026 um 15:27 Uhr schrieb HörWelt Kundenservice <kundenservice@hoerwelt.example>:
> Sehr geehrter Herr Lehmann,
>
> wir haben Ihr Kundenkonto entsperrt. Bitte vergeben Sie über
> „Passwort vergessen“ ein neues Passwort.
>
> Freundliche Grüße
> Jana Krause, HörWelt Kundenservice
>
>> Am 30.11.2026 schrieb Werner Lehmann:
>> Ich komme nicht mehr in mein Kundenkonto. Nach dreimal falschem
>> Passwort ist es gesperrt, und die Mail zum Zurücksetzen kommt nie an.
>> Ich muss dringend Batterien für meine Hörgeräte bestellen."""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Julia Schäfer <julia.schaefer@webpost.example>",
         to="service@mobilticket-rheintal.example",
         subject="App schließt sich sofort nach dem Öffnen",
         body="""\
Hallo,

seit dem Update am Wochenende schließt sich die Ticket-App auf meinem Handy (Pixel 7, Android 15) direkt nach dem Start wieder, man sieht nur kurz das Logo. Neu installiert habe ich sie schon.

Mein Abo-Ticket kann ich zum Glück über die Website im Browser anzeigen, das hat der Kontrolleur heute früh auch akzeptiert, und die Einzelfahrscheine für meine Tochter kaufe ich solange am Automaten. Also kein Drama, aber auf Dauer ist das umständlich. Wissen Sie, wann das behoben wird?

Viele Grüße
Julia Schäfer"""),

    dict(n=24, signals="outage", priority="low", trap="deadline", qt=0, reply=0,
         frm="Ralf Günther <r.guenther@gemeinde-waldbrunn.example>",
         to="support@termin-kommunal.example",
         subject="SMS-Erinnerungen im Testmandanten – Start Bürgerbüro 1. Februar",
         body="""\
Sehr geehrte Damen und Herren,

die Gemeinde Waldbrunn führt zum 1. Februar 2027 Ihre Online-Terminvergabe für das neue Bürgerbüro ein. Im Testmandanten ist uns aufgefallen, dass die SMS-Erinnerungen am Vortag des Termins nicht verschickt werden. Die E-Mail-Erinnerungen kommen an, Buchung und Stornierung funktionieren einwandfrei.

Derzeit betrifft das nur unsere Testbuchungen, eilig ist es also nicht. Zum Start brauchen wir die SMS aber, weil viele ältere Bürgerinnen und Bürger keine E-Mail-Adresse angeben. Es wäre schön, wenn sich das bis Mitte Januar klären ließe.

Mit freundlichen Grüßen
Im Auftrag

Ralf Günther
Hauptamt / Digitalisierung
Gemeinde Waldbrunn
Tel. 06274 555-112"""),
]
