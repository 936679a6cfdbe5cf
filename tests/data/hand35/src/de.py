# blind36 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jürgen Albrecht <j.albrecht@kunststoff-albrecht.example>",
         to="service@presstec-maschinen.example",
         subject="WG: Vorfall Presse 3 – Spätschicht",
         body="""\
Guten Morgen,

unten die Meldung unseres Schichtleiters von gestern Abend. Die Presse steht seitdem still und bleibt aus, bis einer Ihrer Techniker sie sich angesehen hat. Bitte rufen Sie mich heute noch an: 07361 48820-14.

Jürgen Albrecht
Werksleitung, Kunststofftechnik Albrecht GmbH

---------- Weitergeleitete Nachricht ---------
Von: Dennis Kowalczyk <d.kowalczyk@kunststoff-albrecht.example>
Datum: Do., 10. Dez. 2026 um 22:47 Uhr
Betreff: Vorfall Presse 3 – Spätschicht
An: Jürgen Albrecht <j.albrecht@kunststoff-albrecht.example>

Hallo Jürgen,

um 21:30 ist an der Presse 3 (HPX 250, Baujahr 2024) der Stößel nach unten gefahren, obwohl Frau Yilmaz noch mit der linken Hand im Werkzeugbereich war, um ein verklemmtes Teil rauszuholen. Der Lichtvorhang hat nicht ausgelöst, am Display stand keine Störung. Sie hat Quetschungen an drei Fingern, der Rettungswagen hat sie ins Klinikum gebracht, ein Finger ist wohl gebrochen.
Danach haben wir zweimal mit dem Prüfstab getestet: einmal hat der Vorhang gestoppt, einmal nicht.
Hauptschalter ist aus und mit Vorhängeschloss gesichert.

Dennis"""),

    dict(n=2, signals="safety", priority="critical", trap="effect", qt=0, reply=0,
         frm="Katrin Mehlhorn <katrin.mehlhorn@webpost.example>",
         to="kundenservice@elektroland-versand.example",
         subject="Heizlüfter Bestellung 3318-7742",
         body="""\
Hallo,

ich habe am 24.11. bei Ihnen den Heizlüfter "Thermo Breeze 2000" bestellt (Bestellnr. 3318-7742). Heute früh lief er im Kinderzimmer auf Stufe 2, auf einmal hat es verschmort gerochen. Das Gehäuse ist hinten geschmolzen und schwarz, aus dem Gitter kam Rauch. Meine Tochter (6) wollte ihn ausmachen und hat sich dabei am Schalter die Finger verbrannt, wir waren gerade beim Kinderarzt-Notdienst.

Das Gerät steht jetzt draußen auf dem Balkon, Stecker ist gezogen. Was soll ich damit machen? Ich möchte nicht, dass noch jemand so ein Ding im Kinderzimmer stehen hat. Fotos kann ich schicken.

Katrin Mehlhorn

Von meinem iPhone gesendet"""),

    dict(n=3, signals="safety,payment", priority="critical", trap="-", qt=0, reply=0,
         frm="Thorsten Wiegand <t.wiegand@mailbox-west.example>",
         to="service@nordbank-direkt.example",
         subject="Betrug!!! Kartenzahlungen, die ich NICHT gemacht habe",
         body="""\
Sehr geehrte Damen und Herren,

in meiner Banking-App stehen seit heute Nacht vier Kartenzahlungen, die ich nicht gemacht habe:

03:12  ZALNDO-RO BUCURESTI    189,90 EUR
03:14  ZALNDO-RO BUCURESTI    189,90 EUR
03:41  STEAM PURCHASE          99,99 EUR
04:02  BINANCE.COM            450,00 EUR

Meine Visa-Karte (endet auf 4471) liegt hier vor mir auf dem Tisch, ich war die ganze Nacht zu Hause und habe geschlafen. Ich habe die Sperr-Hotline angerufen, die Karte ist gesperrt. Jetzt will ich wissen, wie ich die 929,79 EUR zurückbekomme und wie das überhaupt passieren konnte. Das ist eindeutig Betrug. Heute wurde auch noch die Miete abgebucht, mein Konto ist jetzt im Minus.

Ich erwarte, dass Sie das heute noch klären.

Thorsten Wiegand
Girokonto endet auf 8820"""),

    dict(n=4, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Dr. med. Susanne Hartl <praxis@hausarzt-hartl.example>",
         to="support@terminfix.example",
         subject="Fremde Patiententermine in unserem Kalender?",
         body="""\
Sehr geehrtes Terminfix-Team,

ist es normal, dass wir seit dem Update heute früh in unserer Tagesansicht Termine sehen, die gar nicht zu unserer Praxis gehören? Meine MFA hat mich darauf aufmerksam gemacht: Zwischen unseren eigenen Patienten stehen dort z. B. "Kowalski, Irene – Kontrolle Schilddrüse" und "Brandt, Leon (4 J.) – U8", jeweils mit Geburtsdatum, Handynummer und Krankenkasse. Diese Patienten kennen wir nicht, die Einträge gehören offenbar zu einer Kinderarztpraxis hier in der Stadt.

Ich muss davon ausgehen, dass umgekehrt dort gerade unsere Patienten angezeigt werden. Den Bildschirm am Empfang haben wir vorsorglich ausgeschaltet, damit im Wartezimmer niemand mitliest.

Bitte melden Sie sich kurzfristig telefonisch: 0941 556 210.

Mit freundlichen Grüßen
Dr. med. Susanne Hartl
Hausarztpraxis Hartl"""),

    dict(n=5, signals="outage", priority="critical", trap="logs", qt=0, reply=0,
         frm="Malte Brüggemann <tech@roesterei-brueggemann.example>",
         to="support@paynetic.example",
         subject="Keine Bestellungen seit 14:05 – Checkout",
         body="""\
Hallo,

Shop-ID 20-88431, Live-Modus.

Seit 14:05 kommt keine einzige Bestellung mehr durch. Kunden landen nach "Jetzt kaufen" auf einer weißen Seite, im Log bei jedem Versuch:

2026-12-03 14:05:51 POST /v2/sessions -> 502 (upstream timeout 30000 ms)
2026-12-03 14:06:03 POST /v2/sessions -> 502 (upstream timeout 30000 ms)
2026-12-03 14:11:40 POST /v2/sessions -> 503

Bei uns hat sich nichts geändert, letztes Deployment war Dienstag. Kreditkarte, PayPal und Sofortüberweisung, alles gleich. Heute Mittag ging unser Advents-Newsletter an 40.000 Empfänger raus, die Warenkörbe füllen sich, aber keiner kommt bis zur Zahlung.

Bitte dringend Rückmeldung, Handy 0172 5581940.

Malte Brüggemann
Kaffeerösterei Brüggemann – IT"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=1,
         frm="Stefan Kühn <info@brauhaus-am-markt.example>",
         to="support@kassenprofi.example",
         subject="AW: [Ticket #48213] Bondrucker Küche druckt nicht",
         body="""\
Hallo,

nein, es geht immer noch nicht. Wir haben alles neu gestartet, wie Sie geschrieben haben: Kasse, Router, beide Drucker. Die Bestellungen lassen sich an der Kasse buchen, aber in der Küche und an der Schänke kommt kein einziger Bon raus. Seit 18 Uhr rennen die Kellner mit Zetteln in die Küche. Wir haben 140 Plätze, heute Abend zusätzlich eine Weihnachtsfeier mit 60 Leuten, und die Küche weiß nicht mehr, was für welchen Tisch ist.

Rufen Sie bitte sofort zurück: 0171 2293845 (Kühn).

Stefan Kühn
Brauhaus am Markt

Am 10.12.2026 um 18:22 schrieb Kassenprofi Support <support@kassenprofi.example>:
> ##- Bitte geben Sie Ihre Antwort oberhalb dieser Zeile ein -##
>
> Ticket #48213 – Status: In Bearbeitung
>
> Sehr geehrter Herr Kühn,
>
> vielen Dank für Ihre Anfrage. Bitte starten Sie zunächst die Kasse, den Router
> und die Bondrucker neu. Sollte das Problem danach weiterhin bestehen, antworten
> Sie bitte auf diese E-Mail.
>
> Mit freundlichen Grüßen
> Ihr Kassenprofi-Team"""),

    dict(n=7, signals="outage", priority="high", trap="followup", qt=0, reply=0,
         frm="Birgit Sommerfeld <b.sommerfeld@freepost-mail.example>",
         to="kundenservice@glasnetz.example",
         subject="Gibt es etwas Neues? Störung Anschluss 0351 7742981",
         body="""\
Guten Tag,

ich wollte nachfragen, ob es schon etwas Neues gibt. Ich hatte am Montag angerufen und die Störung gemeldet (Vorgangsnummer ST-2291174), seitdem habe ich nichts mehr von Ihnen gehört.

Nochmal kurz: Seit Sonntagabend habe ich weder Internet noch Festnetz, am Router blinkt die DSL-Lampe rot. Ich arbeite im Homeoffice und hänge seit einer Woche am Handy-Hotspot, das Datenvolumen ist jetzt aufgebraucht. Ab Montag kann ich so nicht mehr arbeiten.

Wann kommt ein Techniker?

Freundliche Grüße
Birgit Sommerfeld
Kundennummer 40017736"""),

    dict(n=8, signals="outage", priority="medium", trap="list", qt=0, reply=0,
         frm="Olaf Jankowski <o.jankowski@lager-nord.example>",
         to="support@shipflow.example",
         subject="Mehrere Punkte zu ShipFlow – bitte Punkt 2 vorziehen",
         body="""\
Hallo ShipFlow-Team,

ein paar Sachen, die sich bei uns angesammelt haben:

1. Die Spalte "Gewicht" in der Versandübersicht lässt sich nicht mehr sortieren. Nicht eilig.
2. Seit gestern Mittag schlägt ungefähr jedes dritte DHL-Label fehl ("Fehler 4012: Carrier-Antwort ungültig"). Beim zweiten oder dritten Versuch klappt es meistens. GLS und DPD laufen normal. Das kostet uns am Tag gut eine Stunde, und für den 15-Uhr-Abholer wird es jedes Mal knapp.
3. Schön wäre, wenn man im Packplatz-Modus die Schrift größer stellen könnte, die Packer beschweren sich.
4. Die Rechnung für November ist angekommen, danke.

Punkt 2 bitte zuerst.

Gruß
Olaf Jankowski
Versandleitung, Lager Nord GmbH & Co. KG"""),

    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Henrik Asmussen <henrik.asmussen@nordpost-mail.example>",
         to="hilfe@warmhaus-smart.example",
         subject="Thermostate alle offline, Wohnung wird kalt",
         body="""\
Hallo,

seit gestern Abend gegen 20 Uhr zeigen alle sechs Thermostate in der App "offline". Die Bridge blinkt orange, ich habe sie zweimal vom Strom genommen, ohne Erfolg. Am Thermostat selbst lässt sich nichts verstellen, es bleibt beim letzten Wert, und das war leider der Nachtmodus mit 16 Grad. Draußen hat es minus 5, im Kinderzimmer waren heute früh 15 Grad.

Ist bei Ihnen etwas kaputt oder liegt es an uns? Im Forum schreiben andere seit gestern dasselbe.

Gruß
Henrik Asmussen"""),

    dict(n=10, signals="payment", priority="medium", trap="signature", qt=0, reply=0,
         frm="Claudia Reinhardt <c.reinhardt@stb-reinhardt.example>",
         to="abrechnung@rechnungsmeister.example",
         subject="Jahreslizenz doppelt abgebucht – Kundennr. RM-10922",
         body="""\
Sehr geehrte Damen und Herren,

für unsere Jahreslizenz "Kanzlei Pro" (5 Arbeitsplätze) wurden am 1. Dezember zweimal 1.428,00 EUR per Lastschrift von unserem Geschäftskonto eingezogen, einmal mit Verwendungszweck RM-2026-55810 und einmal mit RM-2026-55811. Eine Rechnung haben wir nur über den ersten Betrag.

Bitte erstatten Sie den doppelt eingezogenen Betrag und bestätigen Sie mir die Erstattung kurz schriftlich, damit ich sie in der Buchhaltung zuordnen kann.

Mit freundlichen Grüßen

Claudia Reinhardt
Büroleitung

Steuerberatungsgesellschaft Reinhardt & Partner mbB
Lindenallee 14 · 50999 Köln
Tel. 0221 3398 41-0 · Fax 0221 3398 41-99
www.stb-reinhardt.example

Sitz der Gesellschaft: Köln · Partnerschaftsregister AG Essen PR 4471
Partner: StB Dipl.-Kfm. Martin Reinhardt, StB Anja Felder

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet."""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Agnieszka Wróbel <a.wrobel@onet-post.example>",
         to="erstattung@skylinie.example",
         subject="Erstattung Flug storniert – Buchung K7QX2P",
         body="""\
Sehr geehrte Damen und Herren,

mein Flug von Dortmund nach Kattowitz am 12.10. wurde von Ihnen storniert. Am Telefon man hat mir gesagt, ich bekomme das Geld in 7 Tagen zurück, das ist jetzt fast 8 Wochen her. Es geht um 384,60 Euro für mich und mein Sohn.

Ich habe zwei mal das Formular ausgefüllt, aber ich bekomme nur automatische Antwort. Ich brauche das Geld wirklich dringend, weil am 15. ich muss Miete bezahlen und ich habe die Tickets mit meine letzte Geld gekauft.

Bitte können Sie mir sagen, wann kommt das Geld?

Vielen Dank
Agnieszka Wróbel
Buchungsnummer K7QX2P"""),

    dict(n=12, signals="payment", priority="medium", trap="-", qt=0, reply=1,
         frm="Franziska Obermaier <rezeption@hotel-seeblick-am-see.example>",
         to="billing@channelhub.example",
         subject="AW: Provision auf stornierte Buchungen – Rechnung CH-11/2026-0482",
         body="""\
Hallo Herr Lindner,

danke für die schnelle Antwort, aber ganz passt es leider noch nicht. In der korrigierten Rechnung sind die drei Oktober-Buchungen zwar raus, die vom 14.11. (BK-88120, Gast Vermeulen, am 02.11. kostenfrei storniert) steht aber immer noch mit 38,40 EUR Provision drin.

Können Sie das bitte noch korrigieren, bevor Sie am 15. abbuchen?

Viele Grüße vom See
Franziska Obermaier
Hotel Seeblick

Am Do., 3. Dez. 2026 um 11:02 Uhr schrieb Markus Lindner <billing@channelhub.example>:
> Sehr geehrte Frau Obermaier,
>
> Sie haben recht, für stornierte Buchungen fällt keine Provision an. Anbei die
> korrigierte Rechnung, die Gutschrift verrechnen wir mit der nächsten Abbuchung.
>
> Beste Grüße
> Markus Lindner, ChannelHub Billing
>
> Am Di., 1. Dez. 2026 um 16:45 Uhr schrieb Franziska Obermaier <rezeption@hotel-seeblick-am-see.example>:
> > Guten Tag,
> >
> > in der Rechnung für November berechnen Sie uns Provision für vier Buchungen,
> > die von den Gästen kostenfrei storniert wurden (Liste anbei). Bitte um Korrektur.
> >
> > Franziska Obermaier"""),

    dict(n=13, signals="payment", priority="low", trap="minor", qt=0, reply=0,
         frm="Lukas Brenner <lukas.brenner@gmx-post.example>",
         to="hilfe@stadtflitzer.example",
         subject="Frage zu 1,50 € Servicepauschale",
         body="""\
Hallo zusammen,

kurze Frage: In der App steht bei meiner Fahrt vom 2.12. neben dem Fahrpreis noch eine "Servicepauschale Parkzone" über 1,50 €. Wofür genau ist die? Ich habe das Auto in der Südstadt abgestellt, ist das eine besondere Zone?

Kein Drama, ich will es nur verstehen, damit ich künftig woanders parke.

Danke und Gruß
Lukas Brenner"""),

    dict(n=14, signals="account", priority="medium", trap="-", qt=0, reply=0,
         frm="Sabine Köhler <sabine.koehler@t-post.example>",
         to="support@flimmerkiste.example",
         subject="E-Mail-Adresse ändern – Code kommt nicht an",
         body="""\
Hallo,

ich möchte die E-Mail-Adresse in meinem Flimmerkiste-Konto ändern, weil es meine alte Adresse (s.koehler@altmail.example) nicht mehr gibt, der Anbieter hat das Postfach gelöscht. Beim Ändern will die App aber einen Bestätigungscode an genau diese alte Adresse schicken, und den bekomme ich natürlich nie.

Das Abo läuft weiter und wird bezahlt, auf dem Fernseher kann ich auch noch schauen, nur an die Kontoeinstellungen komme ich nicht mehr heran. Wie kann ich mich anders ausweisen?

Viele Grüße
Sabine Köhler"""),

    dict(n=15, signals="account", priority="high", trap="inline", qt=0, reply=1,
         frm="Jonas Petersen <jonas@pixelhafen-agentur.example>",
         to="support@serverwerk.example",
         subject="AW: Zugang Kundenkonto 44812 – Zwei-Faktor zurücksetzen",
         body="""\
Hallo Frau Demir,

danke, die Antworten stehen direkt unter Ihren Fragen.

Am 30.11.2026 um 16:20 schrieb Aylin Demir (Serverwerk Support):
> Um die Zwei-Faktor-Authentifizierung für das Konto 44812 zurückzusetzen,
> benötigen wir folgende Angaben:
> 1. Name des Vertragsinhabers

Pixelhafen Digitalagentur GmbH, Geschäftsführer Jonas Petersen (das bin ich).

> 2. Die letzten vier Stellen der hinterlegten IBAN

3307

> 3. Grund für die Zurücksetzung

Der Admin-Zugang war an das Diensthandy eines Kollegen gekoppelt, der zum 30.11. ausgeschieden ist. Das Handy wurde zurückgesetzt, die Authenticator-App ist damit weg. Wir kommen nicht mehr ins Kundencenter und damit auch nicht an die DNS-Einstellungen.

Bitte so schnell wie möglich: Morgen früh um 9 geht die neue Website eines Kunden live, vorher müssen wir die Domain umstellen.

Viele Grüße
Jonas Petersen"""),

    dict(n=16, signals="outage,account", priority="critical", trap="scale", qt=0, reply=0,
         frm="Monika Stadler <m.stadler@gemeinde-lindenau.example>",
         to="servicedesk@kommunal-it-service.example",
         subject="DRINGEND: Keine Anmeldung möglich – ganzes Rathaus",
         body="""\
Sehr geehrte Damen und Herren,

seit heute 7:30 Uhr kann sich im Rathaus Lindenau niemand mehr an seinem Arbeitsplatz anmelden. Betroffen sind alle 38 Mitarbeitenden, auch das Bürgerbüro. Die Meldung lautet:

"Die Vertrauensstellung zwischen dieser Arbeitsstation und der primären Domäne konnte nicht hergestellt werden."

Das Zurücksetzen des Passworts über Ihr Selbstbedienungsportal bringt nichts, dort kommt "Benutzer nicht gefunden". Laut Wartungsprotokoll hat Ihr Techniker am Freitag Updates am Domänencontroller eingespielt.

Das Bürgerbüro hat heute 24 Termine (Ausweise, Meldebescheinigungen), die ersten Bürger warten schon auf dem Flur. Bitte schicken Sie jemanden vorbei oder schalten Sie sich sofort per Fernwartung auf.

Mit freundlichen Grüßen
i. A. Monika Stadler
Hauptamt / IT-Koordination
Gemeinde Lindenau, Rathausplatz 1, 97999 Lindenau
Tel. 09472 9401-12

Diese Nachricht kann vertrauliche Informationen enthalten. Sollten Sie nicht der vorgesehene Empfänger sein, löschen Sie die Nachricht bitte und benachrichtigen Sie den Absender."""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Gerda Pfeiffer <gerda.pfeiffer@web-post.example>",
         to="online-service@gesundkasse.example",
         subject="Neues Handy – wie komme ich wieder in die App?",
         body="""\
Sehr geehrte Damen und Herren,

mein Enkel richtet mir nächste Woche ein neues Handy ein. Auf dem alten melde ich mich in Ihrer App mit Fingerabdruck an, und manchmal kommt zusätzlich ein Code per SMS.

Was muss ich tun, damit ich auf dem neuen Handy wieder in mein Konto komme? Muss ich mich vorher auf dem alten abmelden? Ich möchte nicht die ganze Anmeldung mit Brief und Aktivierungscode noch einmal machen.

Für eine kurze Anleitung wäre ich dankbar.

Mit freundlichen Grüßen
Gerda Pfeiffer
Versichertennummer K417556902"""),

    dict(n=18, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Felix Haberland <f.haberland@haberland-ingenieure.example>",
         to="vertrieb@cloudakte.example",
         subject="Sicherheitsfragebogen vor Vertragsabschluss CloudAkte Business",
         body="""\
Hallo Frau Nowak,

wie am Telefon besprochen, würden wir CloudAkte Business gern ab Januar für unsere 60 Mitarbeitenden einsetzen. Bevor die Geschäftsführung unterschreibt, braucht unser Datenschutzbeauftragter noch Antworten auf folgende Punkte:

- Wie und innerhalb welcher Frist informieren Sie Kunden bei einem Datenleck oder Hackerangriff?
- Gab es in den letzten drei Jahren einen meldepflichtigen Sicherheitsvorfall?
- Welche Passwortrichtlinien und Zwei-Faktor-Verfahren unterstützen Sie? Werden Konten nach mehreren Fehlversuchen automatisch gesperrt?
- Wie sieht Ihr Notfallplan bei einem Ausfall des Rechenzentrums aus (RTO/RPO)?
- Liegt ein aktuelles ISO-27001-Zertifikat vor?

Gern auch einfach Ihr Standarddokument, falls es so etwas gibt. Danke!

Beste Grüße
Felix Haberland
IT-Administration, Haberland Ingenieure GmbH"""),

    dict(n=19, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Mehmet Aydın <mehmet.aydin@mailfix.example>",
         to="kundendialog@stadtbahn-ticket.example",
         subject="AW: Passwort-Mail kommt nicht an – kein Zugriff auf Ticket-Abo",
         body="""\
Hallo Herr Brandl,

danke, jetzt hat es geklappt! Die Mail ist angekommen (lag doch im Spam-Ordner, sorry) und ich bin wieder drin, das Ticket ist auch wieder in der App.

Noch eine Frage nebenbei: Kann ich das Abo-Ticket bei Ihnen auch als Chipkarte bekommen? Mein Vater hat kein Smartphone.

Schöne Grüße
Mehmet Aydın

Am Fr., 4. Dez. 2026 um 09:12 Uhr schrieb Thomas Brandl <kundendialog@stadtbahn-ticket.example>:
> Guten Tag Herr Aydın,
>
> wir haben die Mail zum Zurücksetzen erneut an mehmet.aydin@mailfix.example
> geschickt. Bitte schauen Sie auch in Ihren Spam-Ordner.
>
> Am Do., 3. Dez. 2026 um 20:31 Uhr schrieb Mehmet Aydın <mehmet.aydin@mailfix.example>:
> > Hallo,
> > ich komme seit gestern nicht mehr in mein Konto, die App sagt "Passwort falsch"
> > und die Mail zum Zurücksetzen kommt nie an. Morgen früh muss ich fahren und
> > habe kein Ticket auf dem Handy. Bitte um Hilfe!"""),

    dict(n=20, signals="-", priority="low", trap="presales", qt=0, reply=0,
         frm="Julia Wendt <julia.wendt@familienpost.example>",
         to="beratung@kinderwelt-shop.example",
         subject="Frage vor dem Kauf: Kindersitz SafeRide 360",
         body="""\
Hallo,

wir überlegen, für unsere Tochter (11 Monate) den SafeRide 360 i-Size bei Ihnen zu bestellen, und ich hätte vorher ein paar Fragen:

- Wie hat der Sitz im Crashtest abgeschnitten? Ich finde nur Ergebnisse für das Vorgängermodell.
- Ist der Bezug schwer entflammbar und bei 30 Grad waschbar?
- Passt er mit Isofix in einen Skoda Fabia von 2019?

Hintergrund: Unser alter Sitz musste nach einem Auffahrunfall im Sommer ausgetauscht werden (zum Glück ist keinem etwas passiert), und diesmal will ich mich vorher besser informieren.

Danke und viele Grüße
Julia Wendt"""),

    dict(n=21, signals="-", priority="low", trap="maintenance", qt=0, reply=0,
         frm="Reinhold Gasser <buero@sanitaer-gasser.example>",
         to="support@handwerkcloud.example",
         subject="WG: Geplante Wartung am 13.12. – HandwerkCloud nicht erreichbar",
         body="""\
Hallo,

kurze Frage zu Ihrer Mail unten: Unser Notdienst-Monteur hat an dem Wochenende Bereitschaft und legt nachts Aufträge (Rohrbruch, Heizungsausfall) über die App auf dem Tablet an. Kann er in der Wartungszeit offline weiterschreiben, und wird das danach automatisch übertragen? Oder soll er besser auf Papier schreiben?

Gruß
Reinhold Gasser
Sanitär Gasser GmbH

---------- Weitergeleitete Nachricht ---------
Von: HandwerkCloud <noreply@handwerkcloud.example>
Datum: Mi., 2. Dez. 2026 um 10:00 Uhr
Betreff: Geplante Wartung am 13.12. – HandwerkCloud nicht erreichbar
An: <buero@sanitaer-gasser.example>

Sehr geehrte Kundin, sehr geehrter Kunde,

am Sonntag, 13.12.2026, führen wir zwischen 02:00 und 06:00 Uhr Wartungsarbeiten an unseren Servern durch. In dieser Zeit ist HandwerkCloud nicht erreichbar, Anmeldungen sind nicht möglich. Ihre Daten bleiben selbstverständlich erhalten.

Ihr HandwerkCloud-Team"""),

    dict(n=22, signals="-", priority="low", trap="feature-request", qt=0, reply=0,
         frm="Leonie Brandt <leonie@coworking-hafenspeicher.example>",
         to="feedback@deskbook.example",
         subject="Feature-Wunsch: Notfallkontakt und Anwesenheitsliste für Räumungsübung",
         body="""\
Hallo DeskBook-Team,

wir nutzen DeskBook seit einem Jahr im Hafenspeicher und sind sehr zufrieden. Zwei Wünsche hätten wir:

1. Ein Feld "Notfallkontakt" im Mitgliederprofil. Wenn sich bei uns jemand verletzt oder umkippt, wollen wir wissen, wen wir anrufen sollen. Im Moment führen wir dafür eine Excel-Liste.
2. Eine druckbare Liste "wer ist gerade eingecheckt". Am 14.1. haben wir unsere jährliche Räumungsübung mit der Feuerwehr, und die Verantwortlichen am Sammelplatz brauchen eine aktuelle Anwesenheitsliste.

Ist so etwas geplant? Als Betatester stünden wir gern zur Verfügung.

Viele Grüße
Leonie Brandt
Community Management, Coworking Hafenspeicher"""),

    dict(n=23, signals="payment", priority="high", trap="escalation", qt=0, reply=1,
         frm="Rüdiger Falk <ruediger.falk@koeln-netz.example>",
         to="service@moebelhaus-krone.example",
         subject="AW: AW: Erstattung Rücksendung Sofa – Auftrag 7718-2204",
         body="""\
Jetzt reicht es mir wirklich.

Das ist meine DRITTE Mail zu diesem Thema, auf die ersten beiden kamen nur automatische Antworten. Das Sofa ist seit dem 28. Oktober wieder bei Ihnen, die Spedition hat die Abholung quittiert, und ich warte immer noch auf meine 1.249,00 EUR. Wenn das Geld nicht bis Freitag auf meiner Karte ist, gehe ich zur Verbraucherzentrale und lasse die Kreditkartenzahlung zurückbuchen.

R. Falk

Am 24.11.2026 um 19:05 schrieb Rüdiger Falk <ruediger.falk@koeln-netz.example>:
> Hallo, ich hatte am 10.11. schon geschrieben. Wo bleibt meine Erstattung?
> Die Abholung war am 28.10., der Abholschein liegt mir vor. R. Falk
>
> Am 10.11.2026 um 08:47 schrieb Rüdiger Falk <ruediger.falk@koeln-netz.example>:
> > Sehr geehrte Damen und Herren,
> > am 28.10. wurde das Sofa "Lounge Verona" (Auftrag 7718-2204) von Ihrer
> > Spedition abgeholt. Bitte erstatten Sie den Kaufpreis von 1.249,00 EUR
> > auf meine Kreditkarte.
> > Mit freundlichen Grüßen, Rüdiger Falk"""),

    dict(n=24, signals="outage", priority="high", trap="vip", qt=0, reply=0,
         frm="Andreas Vogt <andreas.vogt@stadtwerke-lindenau.example>",
         to="enterprise-support@callwave.example",
         subject="SLA Priorität 2: Anrufverteilung gestört – Vertrag CW-ENT-2024-117",
         body="""\
Sehr geehrte Damen und Herren,

seit heute 08:15 Uhr werden Anrufe auf unserer Service-Hotline nur noch teilweise zugestellt. Etwa ein Drittel der Anrufer hört nach der Begrüßungsansage ein Besetztzeichen, obwohl 9 von 14 Agenten frei sind. Die Live-Statistik in der Konsole zeigt seit 08:15 keine Werte mehr.

Wir haben mit Ihnen einen Enterprise-Vertrag (CW-ENT-2024-117) mit Premium-SLA: Reaktionszeit 30 Minuten bei Störungen der Priorität 2. Das Ticket INC-552901 haben wir um 08:40 Uhr im Portal eröffnet, bis jetzt (10:05 Uhr) hat sich niemand gemeldet. Diese Woche gehen die Jahresabrechnungen an unsere Kunden raus, entsprechend hoch ist das Anrufaufkommen.

Ich bitte um sofortigen Rückruf durch unseren Technical Account Manager und behalte mir vor, die vertraglich vereinbarte Gutschrift geltend zu machen.

Mit freundlichen Grüßen
Andreas Vogt
Leiter Kundenservice
Stadtwerke Lindenau GmbH
Tel. 09472 880-300"""),
]
