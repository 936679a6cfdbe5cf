# blind13 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    # 1-4 safety
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Svenja Hollerbach <svenja.hollerbach@postfach.example>",
         to="service@lunacam-baby.example",
         subject="LunaCam 3 – Ladestation riecht nach heißem Plastik und knistert",
         body="""\
Guten Morgen,

wir haben seit Februar das Babyphone LunaCam 3 (Seriennummer LC3-0042817).

Gestern Abend gegen 22 Uhr hat es im Kinderzimmer plötzlich stark nach heißem Plastik
gerochen. Die Ladestation der Kameraeinheit stand auf der Kommode direkt neben dem
Gitterbett unserer Tochter (8 Monate). Das Netzteil war so heiß, dass ich es nicht in der Hand
halten konnte, an der Unterseite der Station hat das Gehäuse eine Blase geworfen und ist
bräunlich verfärbt. Dazu kam ein leises Knistern, wie wenn man Alufolie zusammendrückt.

Ich habe alles sofort ausgesteckt, das Fenster aufgemacht und die Kleine bei uns schlafen
lassen. Auf der Kommode ist jetzt ein heller Abdruck im Lack.

Das Gerät war nie heruntergefallen und hing immer am Originalnetzteil. Was sollen wir jetzt
tun? Und gibt es das bei anderen Geräten auch? Ich habe Fotos gemacht.

Viele Grüße
Svenja Hollerbach
030 23125 418"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Bernd Kowalczyk <b.kowalczyk@webpost.example>",
         to="kundenservice@frischbox-mealprep.example",
         subject="Linsen-Curry vom Dienstag – wir sind beide seit der Nacht krank",
         body="""\
Hallo,

meine Frau und ich haben gestern Abend das Linsen-Curry aus der Lieferung vom Dienstag
gegessen (Box 3 von 5, Charge auf dem Deckel: LC-2411-07, haltbar bis Samstag).

Der Deckel war schon beim Rausnehmen aus dem Kühlschrank nach oben gewölbt, und beim Öffnen
roch es leicht säuerlich. Wir haben uns nichts dabei gedacht, weil ja Joghurt drin ist.

Seit ca. 2 Uhr nachts müssen wir uns beide immer wieder übergeben, meiner Frau ist so
schwindelig, dass sie nicht allein zur Toilette gehen kann, und wir haben beide Krämpfe. Der
ärztliche Bereitschaftsdienst kommt gleich vorbei.

Bitte prüfen Sie sofort, wer diese Charge noch bekommen hat. Die restlichen Boxen haben wir
nicht angerührt und stehen zur Abholung bereit.

Bernd Kowalczyk
Kundennr. 118204
040 66969 207"""),

    dict(n=3, signals="safety", priority="critical", trap="data", qt=0, reply=0,
         frm="Petra Lindqvist-Maurer <p.lindqvist@steuerbuero-maurer.example>",
         to="mandanten@lohnwerk-abrechnung.example",
         subject="Fremde Lohnabrechnungen in unserem Portal – Datenschutz",
         body="""\
Sehr geehrte Damen und Herren,

in unserem Mandantenportal (Mandant 40713, Bäckerei Sonnleitner GmbH) liegen seit heute früh
unter „Abrechnungen April“ nicht unsere eigenen Lohnabrechnungen, sondern 23 PDFs einer uns
völlig unbekannten Firma aus Augsburg – mit Namen, Adressen, IBAN, Steuer-ID, Krankenkasse
und Bruttolöhnen der Mitarbeitenden.

Das bedeutet für mich zweierlei: Jemand Fremdes hat Einblick in diese Daten, und vermutlich
liegen unsere Abrechnungen gerade bei einem anderen Mandanten. Unsere Mitarbeiterinnen haben
uns ausdrücklich gefragt, wer ihre Daten sehen kann.

Ich habe nichts heruntergeladen und nichts weitergeleitet. Bitte sperren Sie den Zugriff,
klären Sie, wo unsere Daten gelandet sind, und teilen Sie mir mit, ob eine Meldung an die
Aufsichtsbehörde erfolgt.

Mit freundlichen Grüßen
Petra Lindqvist-Maurer
Steuerbüro Maurer, im Auftrag der Bäckerei Sonnleitner
089 99998 134"""),

    dict(n=4, signals="safety,account", priority="critical", trap="takeover", qt=0, reply=0,
         frm="Jannik Oberreiter <jannik.oberreiter@mailzone.example>",
         to="support@nachtruhe-tracker.example",
         subject="Jemand hat mein Konto übernommen",
         body="""\
Hallo,

heute Nacht kamen drei Mails von euch: „Neue Anmeldung aus Hanoi“, „Ihr Passwort wurde
geändert“ und „Ihre E-Mail-Adresse wurde geändert“. Das war nicht ich. Jetzt komme ich nicht
mehr in mein NachtRuhe-Konto, das Passwort geht nicht und der Reset-Link geht an eine
fremde Adresse.

In dem Konto stehen meine Schlafdaten der letzten zwei Jahre, mein Herzschlag und – weil der
Tracker GPS hat – auch, wo ich jede Nacht schlafe. Bitte sperrt das Konto sofort.

Jannik Oberreiter
Geräte-ID NR-7Q-55310"""),

    # 5-9 outage
    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Georg Brandstätter <georg@baeckerei-brandstaetter.example>",
         to="hotline@backplan-software.example",
         subject="DRINGEND: Filialbestellungen kommen nicht in der Backstube an",
         body="""\
Guten Morgen,

seit ca. 3 Uhr kommen die Bestellungen unserer 12 Filialen nicht mehr in der Backstube an.
Die Filialen schicken ab, bekommen ein grünes Häkchen, aber auf unserem Produktionsbildschirm
steht für heute „0 Positionen“. Auch die Nachbestellungen von gestern Abend fehlen.

Wir backen jetzt nach den Zahlen vom letzten Freitag und telefonieren die Filialen einzeln
ab, die Bestellungen schreiben wir auf Zettel. Um 5:30 müssen die Wagen raus, die Hälfte der
Ware passt nicht zu dem, was die Filialen brauchen.

Bitte sofort zurückrufen: 069 90009 551.

Georg Brandstätter
Bäckerei Brandstätter"""),

    dict(n=6, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Aylin Demirtaş <a.demirtas@parkhaus-am-markt.example>",
         to="stoerung@schrankenwerk.example",
         subject="Parkhaus am Markt: Ausfahrt öffnet nicht mehr",
         body="""\
Hallo,

seit etwa 16:45 öffnet keine der beiden Ausfahrtsschranken mehr. Die Automaten nehmen das
Ticket an, zeigen „Bitte warten“ und spucken es nach einer Minute wieder aus. Bezahlen am
Kassenautomaten klappt, aber die Schranke liest danach trotzdem nichts.

Wir haben Feierabendverkehr, die Schlange steht bis auf die Rampe im 2. UG und die Leute
hupen. Meine Kollegin und ich lassen gerade jedes Auto einzeln per Handtaster raus und
schreiben die Kennzeichen auf.

Die Einfahrt funktioniert noch, d. h. es kommen weiter Autos rein. Bitte schicken Sie jemanden
oder schalten Sie sich auf die Anlage auf. Objekt-Nr. PAM-02.

Aylin Demirtaş
Schichtleitung
040 66969 380"""),

    dict(n=7, signals="outage", priority="high", trap="question", qt=0, reply=0,
         frm="Helga Pfisterer <helga.pfisterer@t-post.example>",
         to="kundendienst@klangwerk-hoergeraete.example",
         subject="Frage zur KlangWerk-App",
         body="""\
Sehr geehrte Damen und Herren,

ist es normal, dass sich die KlangWerk-App seit dem Update am Montag nicht mehr mit meinen
Hörgeräten verbindet? Sie sucht und sucht, und nach einer Weile steht da „Kein Gerät
gefunden“. Ich kann dadurch weder die Lautstärke ändern noch auf das Programm „Restaurant“
umschalten, und Telefonieren über die Hörgeräte geht auch nicht mehr.

Handy und Hörgeräte habe ich schon neu gestartet, wie im Heft beschrieben.

Mit freundlichen Grüßen
Helga Pfisterer"""),

    dict(n=8, signals="outage,account", priority="critical", trap="many-logins", qt=0, reply=0,
         frm="Sekretariat GS Lindenhof <sekretariat@gs-lindenhof.example>",
         to="support@mensaplus-catering.example",
         subject="Keine Eltern können sich mehr anmelden – Essensbestellung",
         body="""\
Sehr geehrtes MensaPlus-Team,

seit heute Morgen rufen uns laufend Eltern an: Beim Anmelden im Bestellportal kommt der
SMS-Code nicht an. Betroffen sind offenbar alle, wir haben bisher über 60 Anrufe und auch
ich selbst bekomme mit dem Schulkonto keinen Code.

Die Bestellfrist für nächste Woche endet morgen um 12 Uhr. Wenn die Eltern bis dahin nicht
bestellen können, haben rund 340 Kinder ab Montag kein Mittagessen, und die Ganztagsbetreuung
hängt daran.

Bitte geben Sie uns Bescheid, ob die Frist verlängert wird oder was wir den Eltern sagen
sollen.

Mit freundlichen Grüßen
Monika Stahl
Sekretariat Grundschule Lindenhof
030 23125 602"""),

    dict(n=9, signals="outage", priority="medium", trap="partial", qt=0, reply=0,
         frm="Till Ebersbach <t.ebersbach@architekten-ebersbach.example>",
         to="service@kopierwelt.example",
         subject="Scan-to-Mail funktioniert nicht (Gerät KW-C450, 2. OG)",
         body="""\
Hallo,

am Kopierer im 2. OG funktioniert Scan-to-Mail seit gestern nicht mehr, es kommt „SMTP-Fehler
535“. Drucken und Kopieren gehen normal, Scannen auf USB-Stick auch, damit behelfen wir uns
gerade. Wäre trotzdem gut, wenn sich das jemand diese Woche ansieht.

Gruß
Till Ebersbach"""),

    # 10-13 payment
    dict(n=10, signals="payment", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Chloe Hartmann <chloe.hartmann@inboxy.example>",
         to="abo@roestbruder-kaffee.example",
         subject="Kaffee-Abo zweimal abgebucht",
         body="""\
Hallo Röstbrüder,

für mein Abo (2 x 500 g Espresso, Kundennr. RB-30917) wurde im Mai zweimal 27,80 € abgebucht,
am 2. und am 5. Mai. Geliefert wurde nur einmal. Sorry, my German isn't perfect – could you
please refund the second payment to my account? Danke!

Chloe Hartmann"""),

    dict(n=11, signals="payment", priority="high", trap="urgent", qt=0, reply=0,
         frm="Dragan Milosavljević <dragan.milo@heimnetz.example>",
         to="hilfe@sendfix-transfer.example",
         subject="Überweisung TX-88420163 nicht angekommen – Miete morgen fällig",
         body="""\
Hallo,

ich habe am Montag 650 € über eure App an meine Mutter in Novi Sad geschickt (Transaktion
TX-88420163). In der App steht seit Dienstag „Ausgezahlt“, aber bei ihr ist nichts angekommen,
die Bank dort hat nichts bekommen. Das Geld ist bei mir abgebucht.

Das ist ihre Miete, die morgen fällig ist, und der Vermieter hat schon einmal gedroht. Bitte
sagt mir heute noch, wo das Geld ist, oder schickt es zurück, damit ich es anders überweisen
kann.

Dragan Milosavljević
069 90009 273"""),

    dict(n=12, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Ursula Wendtland <u.wendtland@postfach.example>",
         to="service@klarblick-optik.example",
         subject="Rückerstattung Brille – Bestellung KB-20931",
         body="""\
Guten Tag,

ich hatte im März bei Ihnen online eine Gleitsichtbrille bestellt (Bestellung KB-20931). Die
Beratung am Telefon war sehr nett, und die Gläser waren auch schnell da, nur saß das Gestell
leider überhaupt nicht, es drückte hinter den Ohren und rutschte beim Lesen ständig nach
unten. Ihre Filiale in der Bahnhofstraße hat noch versucht, es anzupassen, aber ohne Erfolg.
Ich habe mich dann für die Rücksendung entschieden, die ich am 4. April mit dem beigelegten
Etikett abgeschickt habe. Laut Sendungsverfolgung ist das Paket am 7. April bei Ihnen
angekommen.

Ist es normal, dass die Rückerstattung der 389 € jetzt schon über fünf Wochen dauert? Auf
meinem Konto ist bisher nichts eingegangen, und im Kundenkonto steht die Bestellung immer noch
als „bezahlt“.

Ich würde mich über eine kurze Nachricht freuen.

Freundliche Grüße
Ursula Wendtland"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Kai Reuschel <kai.reuschel@mailzone.example>",
         to="info@reifenhotel-nord.example",
         subject="Was ist die Umweltpauschale?",
         body="""\
Moin, auf meiner Rechnung für die Reifeneinlagerung steht eine „Umweltpauschale 2,50 €“.
Nur aus Neugier: wofür ist die? Ist kein Problem, will's nur verstehen.
Gruß Kai"""),

    # 14-17 account
    dict(n=14, signals="account", priority="medium", trap="reply", qt=0, reply=1,
         frm="Ingrid Sauerbrey <ingrid.sauerbrey@t-post.example>",
         to="tickets@philharmonie-elbtal.example",
         subject="AW: Ihr Kundenkonto",
         body="""\
Guten Tag Herr Albers,

vielen Dank für die schnelle Antwort. Den Link zum Zurücksetzen habe ich benutzt, aber danach
steht da: „Ihr Konto ist vorübergehend gesperrt. Bitte wenden Sie sich an den Kartenservice.“
Ich komme also weiterhin nicht an mein Abo und die Karten für das Brahms-Konzert heran.

Können Sie die Sperre bitte aufheben? Kundennummer 7702-419.

Mit freundlichen Grüßen
Ingrid Sauerbrey

-----Ursprüngliche Nachricht-----
Von: Kartenservice Philharmonie Elbtal <tickets@philharmonie-elbtal.example>
Gesendet: Dienstag, 8. April 2025 11:26
An: Ingrid Sauerbrey
Betreff: Ihr Kundenkonto

> Sehr geehrte Frau Sauerbrey,
> bitte nutzen Sie auf der Anmeldeseite „Passwort vergessen“, um ein neues Passwort zu
> vergeben. Sollte das nicht klappen, antworten Sie einfach auf diese Mail.
> Mit freundlichen Grüßen
> Jens Albers, Kartenservice"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Mehmet Özkaya <m.oezkaya@heimnetz.example>",
         to="hilfe@vitaltest-zuhause.example",
         subject="Bestätigungscode kommt nicht – komme nicht an meine Ergebnisse",
         body="""\
Hallo,

ich möchte mich einloggen, um die Ergebnisse meines Heimtests (Kit-Nr. VT-6621-X) anzusehen.
Nach dem Passwort soll ein Code per SMS kommen, aber es kommt nichts, auch nach „Code erneut
senden“ nicht. Nummer im Konto ist richtig, andere SMS bekomme ich ganz normal.

Können Sie mir helfen?
Mehmet Özkaya"""),

    dict(n=16, signals="account", priority="medium", trap="email-change", qt=0, reply=0,
         frm="Waltraud Kiesewetter <waltraud.kiesewetter@gartenpost.example>",
         to="verwaltung@kgv-sonnenwinkel.example",
         subject="E-Mail-Adresse geändert, jetzt geht gar nichts mehr",
         body="""\
Liebe Vereinsverwaltung,

ich wollte im Mitgliederportal meine alte E-Mail-Adresse (w.kiesewetter@altmail.example) auf
diese neue ändern. Die Bestätigungsmail kam erst am nächsten Tag, und da war der Link
abgelaufen. Jetzt kann ich mich weder mit der alten noch mit der neuen Adresse anmelden, und
ich wollte doch die Gerätehütte für Samstag reservieren.

Parzelle 47, Mitgliedsnummer 1983.

Liebe Grüße
Waltraud Kiesewetter"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Lena Vogelsang <lena.vogelsang@studmail.example>",
         to="support@sprachwerk-online.example",
         subject="Zwei-Faktor-Anmeldung einrichten?",
         body="""\
Hallo, wie kann ich für mein Konto die Zwei-Faktor-Anmeldung mit einer Authenticator-App
einrichten? Ich finde die Einstellung nicht. Danke, Lena"""),

    # 18-22 hard negatives
    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Ferdinand Gruber <ferdl.gruber@bergpost.example>",
         to="shop@metzgerei-hausleitner.example",
         subject="Eure Grillpakete sind der Hammer – Lieferung nach Österreich?",
         body="""\
Servus,

euer Grillpaket „Feuerteufel“ war am Wochenende die absolute Bombe, die Käsekrainer sind
mörderisch gut und meine Gäste sind fast ausgeflippt. Die Chili-Marinade brennt herrlich.

Jetzt meine Frage: Liefert ihr auch nach Österreich (Salzburg) und wenn ja, wie lange ist die
Kühlbox unterwegs? Ich würde gern für den Geburtstag meines Bruders im Juni bestellen.

Liebe Grüße
Ferdl"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Corinna Westphal <corinna.westphal@kuestenmail.example>",
         to="buchung@inselfaehre-nord.example",
         subject="AW: Ihre Buchung für den 14. Juni",
         body="""\
Hallo Frau Jansen,

alles klar, danke für die Info. Ich habe die Überfahrt eben noch einmal gebucht, diesmal ging
es sofort durch. Wir nehmen dann die Fähre um 14:30 mit dem Wohnmobil.

Schöne Grüße
Corinna Westphal

Am 02.06.2025 um 10:12 schrieb Inselfähre Nord <buchung@inselfaehre-nord.example>:
> Sehr geehrte Frau Westphal,
>
> am Samstag war unser Buchungssystem mehrere Stunden komplett ausgefallen, daher ist Ihre
> Buchung leider nicht gespeichert worden. Bitte buchen Sie erneut, es ist inzwischen wieder
> alles in Ordnung.
>
> Mit freundlichen Grüßen
> Maren Jansen, Buchungsteam"""),

    dict(n=20, signals="-", priority="low", trap="thanks", qt=0, reply=0,
         frm="Heiko Dannenberg <heiko.dannenberg@webpost.example>",
         to="service@schluesselmeister.example",
         subject="Danke für den schnellen Einsatz",
         body="""\
Hallo zusammen,

ein großes Dankeschön an Ihren Monteur Herrn Yilmaz, der gestern unsere Sicherheitstür neu
eingestellt hat. Wir hatten uns ja zweimal ausgesperrt, weil die Falle nicht mehr
zurückging – jetzt schließt sie wieder wie Butter. Die Rechnung ist schon überwiesen.

Beste Grüße
Heiko Dannenberg"""),

    dict(n=21, signals="-", priority="low", trap="titles", qt=0, reply=0,
         frm="Rosemarie Tiedtke <r.tiedtke@postfach.example>",
         to="onleihe@stadtbibliothek-auental.example",
         subject="E-Books „Notruf aus der Tiefe“ und „Brandnacht“ verfügbar?",
         body="""\
Guten Tag,

gibt es den Thriller „Notruf aus der Tiefe“ von Karla Behrens auch als E-Book in der Onleihe?
Ich finde nur die Hörbuchfassung. Und wird der zweite Band, „Brandnacht“, demnächst
angeschafft? Der Lesekreis im Seniorentreff möchte ihn gern im Herbst lesen.

Mit freundlichen Grüßen
Rosemarie Tiedtke"""),

    dict(n=22, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Melanie Strobel <melanie.strobel@inboxy.example>",
         to="atelier@weissezeit-brautmode.example",
         subject="Frage zur Anzahlung, falls die Hochzeit platzt",
         body="""\
Hallo liebes Team,

ich war letzte Woche zur Anprobe bei Ihnen und habe mich in das Kleid „Aurelia“ verliebt.
Bevor ich es bestelle, eine etwas unromantische Frage: Was passiert mit der Anzahlung von 40 %,
wenn die Hochzeit verschoben wird oder – Gott bewahre – ganz platzt? Bekommt man etwas
zurück, oder kann man das Kleid später noch abholen?

Danke und liebe Grüße
Melanie"""),

    # 23-24 context
    dict(n=23, signals="outage", priority="high", trap="escalation", qt=0, reply=1,
         frm="Carsten Möllenkamp <c.moellenkamp@planquadrat-buero.example>",
         to="service@sprechwerk-intercom.example",
         subject="AW: Gegensprechanlage 3. OG – Ticket SW-40912",
         body="""\
Hallo,

ich schreibe jetzt zum dritten Mal. Seit neun Tagen können Besucher bei uns im 3. OG nicht
klingeln, und niemand hat sich gemeldet. Die Paketboten nehmen inzwischen alles wieder mit.

Morgen und übermorgen haben wir acht Bewerbungsgespräche, und ich kann nicht den ganzen Tag
unten an der Tür stehen. Bitte schicken Sie heute noch einen Techniker.

Carsten Möllenkamp
Planquadrat Büro GmbH
089 99998 712

Am 28.04.2025 um 09:05 schrieb Carsten Möllenkamp <c.moellenkamp@planquadrat-buero.example>:
> Hallo, ich habe auf meine Mail von letzter Woche noch keine Antwort. Das Problem besteht
> weiterhin.
>
> Am 23.04.2025 um 14:31 schrieb Carsten Möllenkamp <c.moellenkamp@planquadrat-buero.example>:
>> Guten Tag, an unserer Gegensprechanlage (Haus Kanalstraße 12, 3. OG) kommt kein Klingeln
>> mehr an, wenn jemand unten auf unseren Knopf drückt. Das Display oben bleibt dunkel.
>> Bitte um einen Servicetermin. Ticket SW-40912."""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Annika Rohwedder <annika.rohwedder@kuestenmail.example>",
         to="service@stromlinie-laden.example",
         subject="Ladekarte startet keinen Ladevorgang",
         body="""\
Hallo,

meine Ladekarte (Nr. SL-002-77186) wird seit dem Wochenende an keiner Säule mehr erkannt, die
Säule blinkt nur rot. Über den QR-Code in der App kann ich aber ganz normal laden, also keine
Eile. Ich würde die Karte trotzdem gern wieder nutzen, weil mein Handy oft leer ist.

Viele Grüße
Annika Rohwedder"""),
]
