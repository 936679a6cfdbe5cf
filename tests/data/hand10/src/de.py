# blind11 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Ingrid Wallmeyer <ingrid.wallmeyer@postfach.example>",
         to="kundendienst@kochwerk-hausgeraete.example",
         subject="Induktionskochfeld KW-604 knackt und riecht",
         body="""\
Guten Tag,

unser Induktionskochfeld KW-604 (gekauft im Februar, Rechnung 2024-03318) macht
seit gestern Abend seltsame Dinge. Beim Einschalten gibt es hinten ein lautes
Knacken, ungefähr wie ein Fingerschnippen, danach riecht die ganze Küche nach
heißem Plastik, fast wie nach Fischkleber.

Heute früh war die Glasplatte über der Bedienleiste so heiß, dass man die Hand
nicht drauflassen konnte, obwohl seit Stunden keine Kochzone an war. Die Anzeige
flackert, und unter der Arbeitsplatte, wo das Kabel in die Dose geht, ist die
Kunststoffabdeckung bräunlich verfärbt und leicht aufgequollen.

Wir haben den Strom für die Küche am Verteilerkasten abgestellt. Bitte schicken Sie
jemanden vorbei, wir haben zwei kleine Kinder im Haus und ich möchte das Gerät so
nicht mehr anfassen.

Mit freundlichen Grüßen
Ingrid Wallmeyer
Tel. 030 23125 417"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Murat Yıldırım <murat.yildirim@netzpost.example>",
         to="service@vitabaer.example",
         subject="Frage zu Vita-Bärchen Eisen+C - wie viel Eisen pro Stück?",
         body="""\
Hallo,

unser Sohn Emir (3 Jahre) hat heute Nachmittag die Dose Vita-Bärchen Eisen+C aus
dem Küchenregal geholt. Der Deckel ließ sich einfach aufdrehen, ohne Drücken. Es
fehlen ungefähr 12 bis 15 Bärchen, genau wissen wir es nicht.

Seit etwa einer Stunde übergibt er sich immer wieder, er hat Bauchweh, ist ganz
blass und will nur noch schlafen. Der Kinderarzt am Telefon fragt, wie viel Eisen
genau in einem Bärchen ist, auf der Dose steht nur der Wert pro Tagesportion für
Erwachsene. Chargennummer: VB-EC-24117.

Bitte antworten Sie so schnell es geht, wir fahren jetzt los.

Murat Yıldırım
0171 3920034"""),

    dict(n=3, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Svenja Hartkopf <svenja.hartkopf@mailwerk.example>",
         to="hilfe@herzklopfen-app.example",
         subject="Jemand ist in meinem Herzklopfen-Profil und liest meine Chats",
         body="""\
Hallo Herzklopfen-Team,

seit gestern Abend schreiben mir Matches, dass sie sich für "die Fotos" bedanken
oder fragen, warum ich auf einmal um Geld bitte. Ich habe niemandem Fotos geschickt
und um Geld schon gar nicht.

Als ich mich einloggen wollte, hieß es "Passwort falsch". Beim Zurücksetzen kam
heraus, dass in meinem Konto jetzt eine fremde E-Mail-Adresse hinterlegt ist
(irgendwas mit @quickmail.example). Ich komme nicht mehr rein.

Die Person kann jetzt alle meine Unterhaltungen lesen. Darin stehen meine
Handynummer, meine Adresse (die hatte ich einem Match für ein Treffen geschickt)
und wo ich arbeite. Bitte sperren Sie das Profil sofort und geben Sie es mir
zurück.

Mein Benutzername ist svenja_hk91.

Svenja Hartkopf"""),

    dict(n=4, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Dirk Overbeck <d.overbeck@kabelpost.example>",
         to="info@reifen-rasch.example",
         subject="Radwechsel am Samstag - Radmuttern hinten links lose",
         body="""\
Sehr geehrte Damen und Herren,

am Samstag habe ich bei Ihnen in der Filiale Lüneburg die Winterreifen auf meinen
Passat (LG-DO 412) aufziehen lassen, Auftrag 77-20391.

Heute auf der A7 fing es bei ungefähr 130 km/h hinten links an zu rumpeln, dann kam
ein lautes metallisches Klackern und das Lenkrad hat geschlagen. Ich habe es mit
Mühe auf den nächsten Parkplatz geschafft. Dort habe ich nachgesehen: drei der fünf
Radmuttern ließen sich mit der Hand drehen, eine fehlte ganz. Auf der Felge sind
schon Riefen.

Meine beiden Kinder saßen hinten. Das Auto steht jetzt auf dem Parkplatz
Brunautal, ich warte auf den Pannendienst. Ich erwarte einen Rückruf heute noch.

Dirk Overbeck
030 23125 588"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Anke Brünjes <a.bruenjes@forellenhof-wiesental.example>",
         to="support@aqualog.example",
         subject="AquaLog: keine Messwerte, Belüfter nicht schaltbar - Forellenhof Wiesental",
         body="""\
Hallo AquaLog-Support,

seit 02:10 Uhr heute Nacht zeigt das Portal für unsere Becken 1 bis 6 keine
Sauerstoff- und Temperaturwerte mehr, nur noch "--". Die Belüfter lassen sich aus
der Ferne weder ein- noch ausschalten, und die SMS-Warnungen kommen auch nicht.

Wir fahren jetzt alle zwei Stunden mit dem Handmessgerät an die Teiche und schalten
die Belüfter vor Ort von Hand. In den Becken stehen rund 18 Tonnen Forellen kurz
vor der Schlachtung, und für heute Nachmittag ist Gewitter mit 31 Grad angesagt.
Das halten wir so nicht bis morgen durch.

Kundennummer AL-30558. Bitte melden Sie sich dringend unter 0171 3920071.

Anke Brünjes
Forellenhof Wiesental GbR"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Dr. Benedikt Langhals <langhals@pruefungsamt.hs-elbtal.example>",
         to="servicedesk@lernraum-online.example",
         subject="Lernraum: Abgaben brechen bei 99 % ab - Frist heute 23:59",
         body="""\
Sehr geehrtes Lernraum-Team,

seit ca. 14 Uhr erreichen uns im Minutentakt Mails von Studierenden: Beim
Hochladen der Hausarbeit im Kurs "Agrarökonomie II" läuft der Balken bis 99 % und
dann erscheint "Upload fehlgeschlagen". Das betrifft alle Dateitypen, auch kleine
PDFs, und alle Browser. Ältere Abgaben werden angezeigt, neue kommen nicht an.

Abgabefrist für rund 380 Studierende ist heute um 23:59 Uhr, und nach
Prüfungsordnung können wir die Frist nicht einfach verschieben. Wir sammeln
notgedrungen Arbeiten per E-Mail, was bei der Menge nicht zu bewältigen ist.

Bitte um sofortige Rückmeldung, Mandant hs-elbtal, Tel. 030 23125 640.

Mit freundlichen Grüßen
Dr. Benedikt Langhals
Prüfungsamt, Hochschule Elbtal"""),

    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Jürgen Pfisterer <j.pfisterer@gartenpost.example>",
         to="service@maehwerk-robotik.example",
         subject="Ist das normal? App zeigt nur 'Verbindung wird hergestellt'",
         body="""\
Hallo,

ist es normal, dass die MähWerk-App seit Montag nur noch "Verbindung wird
hergestellt ..." anzeigt und der Mäher seitdem keinen einzigen Mähvorgang mehr
gestartet hat?

Er steht in der Ladestation, das Display zeigt "Warte auf Zeitplan". Den Zeitplan
kann ich aber nur über die App einstellen, am Gerät selbst gibt es dafür kein Menü.
WLAN ist da, der Fernseher daneben hat Netz. Ich habe die App neu installiert und
den Mäher aus- und eingeschaltet.

Modell MW 450 Connect, Seriennummer MW450-22-08813. Der Rasen steht inzwischen
knöchelhoch.

Gruß
Jürgen Pfisterer"""),

    dict(n=8, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Clara Oberdorfer <clara@oberdorfer-uebersetzungen.example>",
         to="support@domainnest.example",
         subject="E-Mails kommen mit mehreren Stunden Verspätung an",
         body="""\
Guten Tag,

seit gestern kommen die E-Mails an meine Adressen unter
oberdorfer-uebersetzungen.example mit zwei bis drei Stunden Verspätung an. Ich sehe
es an den Zeitstempeln im Header. Ausgehende Mails gehen sofort raus, und die
Website läuft normal.

Für mich ist das ärgerlich, weil Kunden mir Eilaufträge schicken und sich wundern,
warum ich nicht reagiere. Ich habe vorerst meine Handynummer in die Signatur
geschrieben, damit sie im Zweifel anrufen.

Vertragsnummer DN-114702.

Viele Grüße
Clara Oberdorfer"""),

    dict(n=9, signals="outage", priority="high", trap="mixed-lang", qt=0, reply=0,
         frm="Pieter van Doorn <pieter@vandoorn-kwekerij.example>",
         to="support@klimagruen.example",
         subject="Störung: KlimaGrün Server down?",
         body="""\
Hallo,

Ihr Server ist down, oder? Seit heute 7 Uhr kann ich die Gewächshaussteuerung
nicht mehr im Browser öffnen, Fehler 502. Die Lüftungsfenster bleiben in der
letzten Stellung, ich kann nichts ändern. Sorry for my German - please answer in
English if that is easier.

Pieter van Doorn
Kwekerij Van Doorn, Kundennr. KG-2207"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Friederike Sandkuhl <f.sandkuhl@reitanlage-moorhof.example>",
         to="buchhaltung@hafer-und-heu.example",
         subject="Lastschrift doppelt eingezogen - Rechnung 2024-5512",
         body="""\
Sehr geehrte Damen und Herren,

für Ihre Rechnung 2024-5512 (Müsli und Mineralfutter, Lieferung vom 04.11.) wurde
der Betrag von 489,60 € am 11.11. zweimal per Lastschrift von unserem Konto
abgebucht. Die Lieferung kam nur einmal.

Bitte erstatten Sie den doppelt eingezogenen Betrag auf das bekannte Konto.

Mit freundlichen Grüßen
Friederike Sandkuhl
Reitanlage Moorhof"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Tobias Reindl <tobias.reindl@freiemail.example>",
         to="freelancer@lingua-brueckner.example",
         subject="Honorar für Auftrag LB-24-0871 noch nicht eingegangen - Miete fällig",
         body="""\
Hallo Frau Kessler,

ich habe den Auftrag LB-24-0871 (Bedienungsanleitung Melkroboter, EN>DE, 14.200
Wörter) am 2. Oktober geliefert und am selben Tag die Rechnung über 1.846,00 €
geschickt. Zahlungsziel waren 30 Tage. Auf meinem Konto ist bis heute nichts
angekommen, und im Freelancer-Portal steht weiterhin "in Prüfung".

Ich muss ehrlich sein: Am 1. ist meine Miete fällig, und ich habe mit diesem Geld
fest gerechnet. Könnten Sie bitte nachsehen, ob es ein Problem gibt, und die
Zahlung noch diese Woche anweisen?

Danke und viele Grüße
Tobias Reindl"""),

    dict(n=12, signals="payment", priority="medium", trap="refund", qt=0, reply=0,
         frm="Lea Großmann <lea.grossmann@webpost.example>",
         to="kundenservice@rosenblatt-kosmetik.example",
         subject="Rückerstattung für Retoure seit 5 Wochen offen",
         body="""\
Hallo,

ich habe am 30.09. ein Serum und zwei Tagescremes (Bestellung RB-663019, 74,85 €)
zurückgeschickt. Laut Sendungsverfolgung ist das Paket am 02.10. bei Ihnen
angekommen. Eine Erstattung habe ich bis heute nicht bekommen, und auf meine
Nachricht über das Kontaktformular hat niemand reagiert.

Wann bekomme ich mein Geld zurück?

Lea Großmann"""),

    dict(n=13, signals="payment", priority="low", trap="curious-fee", qt=0, reply=0,
         frm="Walburga Niehues <w.niehues@t-netz.example>",
         to="service@fotofix-druck.example",
         subject="Was ist die Bearbeitungsgebühr?",
         body="""\
Guten Tag, auf meiner letzten Rechnung steht eine "Bearbeitungsgebühr" von 0,99 €.
Die kannte ich bisher nicht. Wofür ist die? Nur aus Neugier.

Freundliche Grüße
W. Niehues"""),

    dict(n=14, signals="account", priority="high", trap="locked", qt=0, reply=0,
         frm="Helmut Brackmann <helmut.brackmann@seniorenpost.example>",
         to="hilfe@apotheke-am-deich.example",
         subject="Kundenkonto gesperrt - ich brauche mein Rezept",
         body="""\
Sehr geehrte Damen und Herren,

ich habe mich beim Anmelden wohl dreimal vertippt, jetzt steht da "Ihr Konto wurde
vorübergehend gesperrt". Das ist jetzt zwei Tage her und es ist immer noch
gesperrt. Über "Passwort vergessen" kommt keine E-Mail.

In meinem Konto liegt mein E-Rezept für die Blutdrucktabletten, und die reichen nur
noch bis Freitag. Ich komme ohne das Konto nicht an die Bestellung. Bitte schalten
Sie es wieder frei. Meine Kundennummer ist 4471-0392.

Mit freundlichen Grüßen
Helmut Brackmann"""),

    dict(n=15, signals="account", priority="medium", trap="outage", qt=1, reply=1,
         frm="Kerstin Wöhrle <kerstin.woehrle@posteo-neu.example>",
         to="support@schildkroete-vpn.example",
         subject="AW: Information zur Störung am 3. Juni",
         body="""\
Hallo,

danke für die Info damals, bei mir lief danach alles wieder.

Ich habe jetzt aber ein anderes Anliegen: Ich habe ein neues Handy, und die
Authenticator-App darauf ist leer. Das alte Handy ist zurückgesetzt und verkauft.
Beim Login fragt mein Schildkröte-Konto nach dem 6-stelligen Code, den ich nicht
mehr habe, und Backup-Codes habe ich mir nie notiert. Können Sie die
Zwei-Faktor-Anmeldung zurücksetzen, damit ich sie neu einrichten kann?

Viele Grüße
Kerstin Wöhrle

-----Ursprüngliche Nachricht-----
Von: Schildkröte VPN <support@schildkroete-vpn.example>
Gesendet: Dienstag, 4. Juni 2024 09:12
An: kerstin.woehrle@posteo-neu.example
Betreff: Information zur Störung am 3. Juni

> Liebe Kundin, lieber Kunde,
>
> aufgrund einer Störung in unserem Rechenzentrum Frankfurt waren am 3. Juni
> zwischen 14:00 und 19:30 Uhr sämtliche Server ausgefallen, und Verbindungen
> waren nicht möglich. Wir entschuldigen uns für den Ausfall.
>
> Ihr Schildkröte-Team"""),

    dict(n=16, signals="account", priority="medium", trap="deleted-profile", qt=0, reply=0,
         frm="Kai-Uwe Ständer <kaiuwe.staender@fernpost.example>",
         to="support@flohkiste.example",
         subject="Mein Profil ist weg - mit allen Bewertungen",
         body="""\
Hallo Flohkiste,

mein Verkäuferprofil "kuss_trödel" ist seit heute früh verschwunden. Beim Login
steht "Dieses Konto existiert nicht". Ich habe es nicht gelöscht und auch keine
Mail bekommen, dass es gelöscht oder gesperrt wurde.

Da hingen 312 positive Bewertungen aus sechs Jahren dran, und drei Anzeigen mit
laufenden Anfragen. Bitte stellen Sie das Profil wieder her. Die E-Mail-Adresse
war diese hier.

Gruß
Kai-Uwe Ständer"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Mareike Holst <mareike.holst@inselmail.example>",
         to="hilfe@wolkenkiste-backup.example",
         subject="E-Mail-Adresse im Konto ändern",
         body="""\
Hallo,

wie kann ich die E-Mail-Adresse in meinem Wolkenkiste-Konto ändern? Ich wechsle zu
einem neuen Anbieter und finde die Option in den Einstellungen nicht.

Danke!
Mareike Holst"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Nadine Kroll <nadine.kroll@hundepost.example>",
         to="termine@struppi-salon.example",
         subject="Frisur-Notstand bei Bruno!",
         body="""\
Hallo ihr Lieben,

bei uns herrscht akuter Frisur-Notstand: Bruno (Pudel-Mix, 4 Jahre) sieht nach drei
Wochen Regen aus wie nach einer Explosion in der Wollfabrik. Es ist eine
Katastrophe, mein Mann nennt ihn nur noch "das Wischmopp-Monster".

Habt ihr am Samstagvormittag noch einen Termin zum Scheren und Baden frei? Die
Krallen bitte auch, er ist beim letzten Mal ganz brav gewesen.

Liebe Grüße
Nadine"""),

    dict(n=19, signals="-", priority="low", trap="safety", qt=1, reply=1,
         frm="Gisela Thamm <gisela.thamm@bergpost.example>",
         to="kundendienst@mixmeister.example",
         subject="AW: Ihr Standmixer MM 900 qualmt",
         body="""\
Liebes MixMeister-Team,

der Austauschmixer ist heute angekommen, und ich habe gleich einen Smoothie
gemacht. Er läuft ruhig und riecht nach nichts. Vielen Dank für die schnelle und
unkomplizierte Hilfe, das erlebt man selten!

Herzliche Grüße
Gisela Thamm

Am 12.11.2024 um 19:47 schrieb Gisela Thamm <gisela.thamm@bergpost.example>:
> Guten Abend,
>
> mein neuer Standmixer MM 900 hat beim Anlaufen heute gequalmt, es roch verbrannt,
> und der Sockel war ganz heiß. Ich habe sofort den Stecker gezogen. Was soll
> ich tun?
>
> Gisela Thamm"""),

    dict(n=20, signals="-", priority="low", trap="place-name", qt=0, reply=0,
         frm="Ulrich Sembach <u.sembach@genusspost.example>",
         to="club@weingut-kaltenbrunn.example",
         subject="Geschenk-Abo mit dem Höllenfeuer-Riesling?",
         body="""\
Guten Tag,

meine Frau schwärmt seit dem letzten Urlaub vom Riesling "Höllenfeuer" aus der
Lage Brennender Berg und vom Spätburgunder "Teufelsküche". Ich würde ihr gern zum
Geburtstag im Februar ein Weinclub-Abo schenken.

Zwei Fragen: Kann man beim Geschenk-Abo festlegen, dass diese beiden Weine in der
ersten Lieferung dabei sind? Und gibt es das Abo auch für 6 statt 12 Monate?

Mit freundlichen Grüßen
Ulrich Sembach"""),

    dict(n=21, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Lukas Ebersbach <lukas.ebersbach@schuelermail.example>",
         to="anmeldung@fahrschule-kurvenreich.example",
         subject="Fragen zum Ferien-Crashkurs",
         body="""\
Hallo,

ich interessiere mich für euren Ferien-Crashkurs Klasse B im Juli und habe vorher
ein paar Fragen:

1. Was passiert, wenn ich durch die praktische Prüfung falle - was kostet die
   Wiederholung?
2. Bekomme ich Geld zurück, wenn ich den Kurs abbrechen muss, z. B. wegen
   Krankheit?
3. Wie hoch ist die Stornogebühr, wenn ich eine Fahrstunde kurzfristig absage?

Danke schon mal!
Lukas"""),

    dict(n=22, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Kammerjäger Fuchs & Söhne <newsletter@kammerjaeger-fuchs.example>",
         to="info@kammerjaeger-fuchs.example",
         subject="Wespen-Alarm im Spätsommer: So schützen Sie Ihr Zuhause",
         body="""\
NEWSLETTER SEPTEMBER

Wespen-Alarm! Im Spätsommer sind die Völker am größten und die Tiere besonders
angriffslustig. Unser Notfall-Team rückt auch am Wochenende aus.

Außerdem in dieser Ausgabe:
- Ratten im Kompost: Woran Sie einen Befall erkennen
- Gefahr aus dem Vorratsschrank: Lebensmittelmotten richtig bekämpfen
- Neu: Marderschreck mit Ultraschall, jetzt 15 % günstiger

Ihr Team von Kammerjäger Fuchs & Söhne

Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben.
Abmelden | Einstellungen"""),

    dict(n=23, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Bernd Rotermund <b.rotermund@dachpost.example>",
         to="support@solarspeicher-nord.example",
         subject="App zeigt seit Tagen keine Daten vom Speicher",
         body="""\
Moin,

die SpeicherNord-App zeigt seit Donnerstag keine Werte mehr von unserem
Heimspeicher (Ladezustand, PV-Ertrag, Verbrauch - alles leer, "Letzte
Aktualisierung: vor 4 Tagen"). Der Speicher selbst arbeitet anscheinend normal, am
Display im Keller sehe ich, dass er tagsüber lädt und abends entlädt.

Ich lese die Werte jetzt eben unten am Gerät ab, das geht. Wäre aber schön, wenn
die App wieder mitspielt, ich will die Monatsauswertung machen.

Anlagennummer SN-10-44821.

Gruß
Bernd Rotermund"""),

    dict(n=24, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Petra Hülsmann <p.huelsmann@gaertnerei-hoevelmann.example>",
         to="support@stempeluhr24.example",
         subject="AW: Lohnexport bricht ab - DRINGEND, Lohnlauf morgen",
         body="""\
Hallo Stempeluhr24-Support,

ich schreibe jetzt zum dritten Mal und habe noch immer keine Antwort außer der
automatischen Eingangsbestätigung. Der Lohnexport bricht weiterhin bei jedem
Versuch ab, auch mit den Tipps aus Ihrer FAQ.

Unser Steuerbüro braucht die Stundendaten für 85 Mitarbeitende spätestens morgen
um 10 Uhr, sonst kann die Lohnabrechnung für November nicht laufen und die Leute
bekommen ihr Gehalt nicht pünktlich. Bitte rufen Sie mich heute noch an:
030 23125 733.

Petra Hülsmann
Personal, Gärtnerei Hövelmann

Am 25.11.2024 um 08:14 schrieb Petra Hülsmann <p.huelsmann@gaertnerei-hoevelmann.example>:
> Guten Morgen,
>
> beim Export der Monatsstunden für die Lohnabrechnung (DATEV-Format) bleibt
> Stempeluhr24 bei "Export wird erstellt ..." stehen und bricht nach ein paar
> Minuten mit "Fehler 500" ab. Das passiert seit Freitag bei jedem Versuch. Bitte
> um Hilfe.
>
> Petra Hülsmann"""),
]
