# blind9 -- German (de), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Renate Kühnel <r.kuehnel@lindenpost.example>",
         to="service@somnocare.example",
         subject="Frage zum Gerät meines Mannes",
         body="""\
Guten Tag,

mein Mann (Helmut Kühnel, Kundennummer SC-114027) benutzt seit März Ihr Atemtherapiegerät "SomnoAir 3" mit Befeuchter.

Heute Nacht gegen drei ist er aufgewacht, weil ihm die Luft aus der Maske richtig heiß ins Gesicht geblasen hat. Er hat sich die Maske heruntergerissen. Am Morgen war die Haut um Nase und Wangen knallrot, an einer Stelle hat sich eine Blase gebildet. Die Wasserkammer war fast leer, und am Anschluss vom Schlauch ist der Kunststoff ganz weich und verformt, es riecht dort verschmort.

Er hat das Gerät seitdem nicht mehr angerührt, aber ohne schläft er sehr schlecht und hat wieder Atemaussetzer. Was sollen wir jetzt tun? Können Sie ein Ersatzgerät schicken, und soll das alte zu Ihnen zurück?

Mit freundlichen Grüßen
Renate Kühnel"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Jonas Albrecht <jonas.albrecht@mailbucht.example>",
         to="kundenservice@farbenwerk-direkt.example",
         subject="Bestellung 2026-48817 Wandfarbe",
         body="""\
Hallo,

ich habe bei Ihnen am 28.11. zwei Eimer "KlarWeiß Innen" (10 l, seidenmatt) bestellt, Bestellnummer 2026-48817. Laut Etikett und Ihrer Produktseite "lösemittelfrei, ideal für Kinderzimmer". Genau deshalb haben wir sie genommen.

Am Samstag haben wir das Zimmer unserer Zwillinge (3 Jahre) gestrichen, zwei Tage gelüftet, Sonntagabend haben die beiden wieder dort geschlafen. In der Nacht hat sich die eine zweimal übergeben, morgens hatten beide Kopfweh und rote, verklebte Augen. Im Zimmer riecht es immer noch stechend, fast wie Verdünnung, obwohl das Fenster seit Samstag gekippt ist. Mir war beim Streichen selbst schwindlig, ich dachte aber, das liegt an mir.

Die Kinder schlafen jetzt bei uns im Bett. Ich will wissen, was tatsächlich in dieser Farbe ist (Nummer auf dem Eimer: KW-2609-117) und ob es dazu schon Meldungen gibt. Die Kinderärztin fragt auch danach.

Jonas Albrecht"""),

    dict(n=3, signals="safety", priority="critical", trap="plain", qt=0, reply=0,
         frm="Sevgi Arslan <sevgi.arslan@kochwerk-mail.example>",
         to="service@schneidkunst.example",
         subject="Santoku Pro – Griff abgebrochen, Verletzung",
         body="""\
Sehr geehrte Damen und Herren,

ich habe im Oktober das Kochmesser "Santoku Pro 18 cm" bei Ihnen gekauft (Rechnung SK-90331). Gestern beim Kürbisschneiden ist der Griff ohne jede Vorwarnung direkt an der Klinge abgebrochen. Meine Hand ist nach vorne auf die Schneide gerutscht, und ich habe mich tief in Zeige- und Mittelfinger geschnitten. In der Notaufnahme wurde mit sechs Stichen genäht, ob eine Sehne verletzt ist, wird noch untersucht.

Der Griff ist innen hohl, der Metallstift war nur wenige Millimeter tief eingeklebt. Für ein Messer in dieser Preisklasse ist das gefährlich, und ich frage mich, wie viele davon noch in anderen Küchen liegen.

Ich erwarte eine Stellungnahme und bitte um Auskunft, ob Sie das Modell prüfen bzw. zurückrufen. Fotos vom Messer und den Arztbericht kann ich Ihnen schicken.

Mit freundlichen Grüßen
Sevgi Arslan"""),

    dict(n=4, signals="safety", priority="critical", trap="wrong-person", qt=0, reply=0,
         frm="Katharina Ebner <k.ebner@alpenpost.example>",
         to="patientenportal@kinderwunsch-isarauen.example",
         subject="Patientenportal",
         body="""\
Guten Abend,

ich wollte heute im Patientenportal meine Blutwerte vom Zyklus-Monitoring ansehen. Unter "Meine Befunde" stehen aber drei Dokumente einer anderen Patientin – mit vollem Namen, Geburtsdatum, Versichertennummer, Hormonwerten und einem Bericht über einen Embryotransfer. Meine eigenen Befunde sind gar nicht zu sehen.

Ich habe nichts heruntergeladen und nur das erste Dokument kurz geöffnet, um zu verstehen, was da los ist. Ich gehe davon aus, dass umgekehrt vielleicht auch jemand anderes meine Unterlagen sieht, und das beunruhigt mich ehrlich gesagt sehr.

Bitte prüfen Sie das und melden Sie sich bei mir. Meine Patientennummer ist KW-2025-0873.

Freundliche Grüße
Katharina Ebner"""),

    dict(n=5, signals="outage", priority="critical", trap="named", qt=0, reply=0,
         frm="Dirk Wendland <tankstelle.wendland@freiemail.example>",
         to="hotline@tankkasse-systeme.example",
         subject="TOTALAUSFALL Station 4471",
         body="""\
Hallo,

bei uns ist seit 5:40 Uhr das komplette Kassensystem ausgefallen. Beide Kassen zeigen nur "Verbindung zum Server wird hergestellt", die Zapfsäulen werden nicht freigegeben, die Waschstraße auch nicht. Der Außenautomat an Säule 7 ist ebenfalls tot.

Router und Kassenserver haben wir neu gestartet, wie es im Handbuch steht. Nichts. Der Berufsverkehr geht gleich los, die ersten Kunden fahren schon wieder vom Hof.

Stationsnummer 4471, Kattenbrück-Ost. Bitte dringend Techniker schicken oder zurückrufen!

Dirk Wendland
Pächter"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Lena Marquardt <lena.marquardt@webfach.example>",
         to="hilfe@netzwelle.example",
         subject="seit gestern abend",
         body="""\
Hallo,

seit gestern ca. 21 Uhr geht bei mir gar nichts mehr. Die Lampe "Internet" am Router blinkt rot, WLAN ist zwar da, aber keine Seite lädt, und das Festnetztelefon (läuft ja auch über Sie) ist stumm. Router zweimal neu gestartet, Kabel geprüft, sogar nach Ihrer Anleitung auf Werkseinstellungen zurückgesetzt – alles gleich.

Ich arbeite im Homeoffice und komme heute nicht ins Firmennetz, das Datenvolumen vom Handy-Hotspot war nach einer Stunde weg. Kundennummer 7730-55129, Anschluss Lerchenstraße 12.

Wann kommt jemand?

Lena Marquardt"""),

    dict(n=7, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Ömer Demir <o.demir@leihhaus-demir.example>",
         to="support@pfandsoft.example",
         subject="dringend",
         body="""\
Guten Morgen,

seit dem Update heute Nacht startet PfandSoft in keiner unserer drei Filialen mehr (Hauptstraße, Bahnhofsplatz, Marktgalerie). Nach der Anmeldung kommt kurz das Logo, dann "Datenbankschema veraltet (Code 0x3E1)", und das Programm schließt sich.

Das heißt für uns: keine Pfandscheine, keine Verlängerungen, keine Auslösungen. Die Kunden stehen vor der Tür und wollen ihre Sachen abholen oder verlängern, bei manchen läuft heute die Frist ab. Ohne das System können wir nicht einmal nachsehen, welcher Gegenstand im Tresor zu welchem Schein gehört.

Lizenz PS-PRO-00918. Bitte rufen Sie mich sofort an, die Handynummer steht im Kundenkonto.

Ömer Demir
Leihhaus Demir GmbH"""),

    dict(n=8, signals="outage", priority="medium", trap="workaround", qt=0, reply=0,
         frm="Annette Vogelsang <vogelsang@hs-niederrhein-sued.example>",
         to="support@lernraum-cloud.example",
         subject="LernRaum sehr langsam, Uploads brechen ab",
         body="""\
Liebes Support-Team,

seit Montag ist LernRaum bei uns (Hochschule Niederrhein-Süd, Mandant hns) auffällig zäh. Kursseiten brauchen 20 bis 30 Sekunden, und bei größeren Abgaben (PDF über ca. 15 MB) bricht der Upload bei etwa der Hälfte der Studierenden mit "Zeitüberschreitung" ab. Kleinere Dateien gehen durch.

Wir haben den Studierenden vorerst erlaubt, ihre Hausarbeiten per Mail zu schicken. Das klappt, ist aber bei 140 Arbeiten ziemlich mühsam, Abgabeschluss ist Freitag.

Sind bei Ihnen Probleme bekannt? Falls Sie Logs brauchen, gibt unser Rechenzentrum (Herr Kowalczyk) gern Auskunft.

Viele Grüße
Prof. Dr. Annette Vogelsang
Fachbereich Sozialwesen"""),

    dict(n=9, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Patrick Lindner <p.lindner@reisebuero-sonnenweg.example>",
         to="partner-support@flugbuch-connect.example",
         subject="Schnittstelle antwortet nur noch mit 503",
         body="""\
Hallo,

die Buchungsschnittstelle (REST, /booking/v3/offers) liefert seit heute 8:15 Uhr auf jede Anfrage "503 Service Unavailable", Verfügbarkeitsabfragen genauso. Wir können im Reisebüro damit gerade keinen einzigen Flug buchen oder umbuchen, auch die offenen Gruppenanfragen für die Skifreizeit hängen.

Agenturnummer: FBC-DE-20177
Beispiel-Request-ID: 4be1-90af-77c2-0d13

Bitte um kurze Rückmeldung, ob das bei Ihnen bekannt ist.

Gruß
Patrick Lindner
Reisebüro Sonnenweg"""),

    dict(n=10, signals="payment", priority="medium", trap="plain", qt=0, reply=0,
         frm="Björn Hagedorn <bjoern.hagedorn@kurvenpost.example>",
         to="tickets@sv-eintracht-kattenbrueck.example",
         subject="Dauerkarte Rückrunde",
         body="""\
Moin,

für meine Dauerkarte Rückrunde (Block 12, Reihe 8, Platz 14, Mitgliedsnr. 20931) sind 189,00 € zweimal von meinem Konto abgebucht worden, einmal am 1.12. und nochmal am 3.12., Verwendungszweck beide Male "DK RR 26/27 20931". Karte hab ich natürlich nur eine bekommen.

Könnt ihr mir die zweite Abbuchung bitte zurücküberweisen? Die IBAN habt ihr ja.

Danke und Grüße aus der Nordkurve
Björn"""),

    dict(n=11, signals="payment", priority="high", trap="payout", qt=0, reply=0,
         frm="Waltraud Sieber <w.sieber@fichtelpost.example>",
         to="gewinnauszahlung@gluecksring-lotterie.example",
         subject="Gewinn noch nicht auf dem Konto",
         body="""\
Sehr geehrte Damen und Herren,

mit meinem Spielschein vom 14. November (Quittungsnummer 8812-4406-7719) habe ich in Gewinnklasse 5 einen Betrag von 2.418,60 € gewonnen. In der App steht seit dem 18. November "Auszahlung veranlasst". Auf meinem Konto ist bis heute nichts angekommen. Meine Bank sagt, es gab auch keine Rückbuchung oder Ähnliches.

Ich habe das Geld fest für die Nebenkostennachzahlung eingeplant, die am 15. fällig ist. Bitte prüfen Sie, wohin das Geld überwiesen wurde, und teilen Sie mir mit, wann ich damit rechnen kann.

Mit freundlichen Grüßen
Waltraud Sieber"""),

    dict(n=12, signals="payment", priority="medium", trap="direct-debit", qt=0, reply=0,
         frm="Familie Osterkamp <osterkamp.haus@netzpostfach.example>",
         to="kundenservice@wasserverband-lindtal.example",
         subject="Ihre Mahnung vom 4.12.",
         body="""\
Guten Tag,

heute kam eine Mahnung über den Abschlag November (58,00 €) plus 7,50 € Rücklastschriftgebühr. Laut Ihrem Schreiben ist die Lastschrift "mangels Deckung" zurückgekommen. Das kann nicht sein, auf dem Konto war genug Geld, und meine Bank sagt, es sei von Ihnen nur eine Lastschrift mit einer unbekannten Mandatsreferenz eingegangen, die automatisch abgelehnt wurde.

Wir haben im Oktober die Bankverbindung geändert (neue IBAN endet auf 4420), das wurde uns damals schriftlich bestätigt. Vielleicht ist dabei etwas schiefgelaufen?

Bitte ziehen Sie den Abschlag neu ein und nehmen Sie die Gebühr zurück.

Vertragskonto 600 118 347
Mit freundlichen Grüßen
Heike Osterkamp"""),

    dict(n=13, signals="payment", priority="low", trap="question", qt=0, reply=0,
         frm="Tim Rosenthal <tim.rosenthal@flinkmail.example>",
         to="service@aufladekarte.example",
         subject="Frage",
         body="""\
Hi,

kurze Frage: Bei meiner Prepaid-Kreditkarte (die virtuelle, endet auf 3391) steht seit November bei jeder Aufladung per Überweisung eine Position "Ladeentgelt 0,99 €". Ist das neu? In der Preisübersicht, die ich beim Abschluss bekommen habe, stand das nur für Bareinzahlungen im Laden. Kein Drama, will nur wissen, ob das jetzt immer so ist.

Gruß
Tim"""),

    dict(n=14, signals="account", priority="high", trap="locked", qt=0, reply=0,
         frm="Mareike Tiedemann <m.tiedemann@elbkai-spedition.example>",
         to="eservice@nordreederei.example",
         subject="Zugang deaktiviert – Freistellung nicht möglich",
         body="""\
Hallo zusammen,

mein Zugang zu Ihrem eService-Portal (Benutzer MTIEDEMANN, Elbkai Spedition) geht nicht mehr. Ich habe heute früh das abgelaufene Passwort zurückgesetzt, danach kam "Ihr Konto wurde aus Sicherheitsgründen deaktiviert". Der Link "Konto entsperren" verschickt keine Mail.

Ich bin bei uns die Einzige mit Berechtigung für Freistellungen und kann jetzt die drei Container von der "Nordstern" (u. a. NRDU 418772-3) nicht freistellen. Der Trucker steht morgen um 7 Uhr am Terminal.

Können Sie den Zugang bitte heute noch freischalten?

Danke und Gruß
Mareike Tiedemann
Disposition Import"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Gerhard Pohl <gerhard.pohl@punktmail.example>",
         to="kundenportal@funkstern-mobil.example",
         subject="SMS-Code",
         body="""\
Sehr geehrtes Team,

ich möchte mich in "Mein Funkstern" anmelden, um meine Rechnung herunterzuladen. Nach dem Passwort steht da, es wurde ein Code per SMS an die Nummer ***-**17 geschickt. Da kommt aber nichts an. Ich habe es jetzt viermal versucht und auch das Handy aus- und wieder eingeschaltet. Telefonieren und normale SMS gehen.

Die Nummer ist die richtige, das ist ja mein Vertrag bei Ihnen. Was kann ich tun? Kann man den Code auch per E-Mail bekommen?

Mit freundlichem Gruß
Gerhard Pohl"""),

    dict(n=16, signals="account", priority="medium", trap="deleted", qt=0, reply=0,
         frm="Anja Lorenz <anja.lorenz@stadtpost-mail.example>",
         to="jahreskarte@museen-kattenbrueck.example",
         subject="Mein Konto ist weg?",
         body="""\
Hallo,

ich habe seit drei Jahren die Jahreskarte für die städtischen Museen und zeige sie immer in der App vor. Seit gestern kann ich mich nicht mehr anmelden: "Kein Konto mit dieser E-Mail-Adresse gefunden". Neu registrieren mit derselben Adresse geht, dann ist das Konto aber leer, ohne Karte.

Ich vermute, das hängt mit Ihrer Mail vom Oktober zusammen, dass "inaktive Konten" gelöscht werden. Ich war aber zuletzt im September im Naturkundemuseum! Die Karte ist bis Mai 2027 bezahlt.

Können Sie das alte Konto wiederherstellen oder die Karte auf das neue übertragen? Die Nummer war, glaube ich, JK-30518.

Viele Grüße
Anja Lorenz"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Felix Brandstätter <felix.b@bergmail.example>",
         to="app@blutspende-suedwest.example",
         subject="Spenderausweis in der App?",
         body="""\
Hallo,

ich spende seit Jahren Blut und habe mir jetzt Ihre App installiert und ein Konto angelegt. Zwei Fragen dazu:

1. Wie verknüpfe ich mein bestehendes Spenderkonto (die Spendernummer steht auf dem Plastikausweis) mit dem App-Konto, damit meine bisherigen Spenden angezeigt werden?
2. Kann ich die Anmeldung per Fingerabdruck statt Passwort einstellen? In den Einstellungen finde ich dazu nichts.

Danke im Voraus!
Felix"""),

    dict(n=18, signals="-", priority="low", trap="complaint", qt=0, reply=0,
         frm="Horst Klingbeil <h.klingbeil@stadtnetz-post.example>",
         to="service@abfallbetrieb-lindtal.example",
         subject="SCHON WIEDER!!!!!",
         body="""\
Ich schreibe Ihnen jetzt zum letzten Mal freundlich!!!

Ihre Müllwerker stellen die Biotonne nach dem Leeren JEDES MAL mitten in meine Einfahrt statt zurück an den Zaun. Heute morgen musste ich aussteigen und das Ding wegschieben, um überhaupt zur Arbeit zu kommen. Und der Deckel stand wieder offen, jetzt hat die Katze vom Nachbarn alles ausgeräumt.

Geleert wird pünktlich, das bestreite ich gar nicht. Aber ist es zu viel verlangt, eine Tonne zwei Meter zu schieben?? Ich zahle dafür Gebühren wie jeder andere auch.

Birkenweg 9. Ich erwarte, dass das abgestellt wird.

H. Klingbeil"""),

    dict(n=19, signals="-", priority="low", trap="charge", qt=0, reply=0,
         frm="Sabine Hollmann <info@reitanlage-hollmann.example>",
         to="bestellung@tierapotheke-am-deich.example",
         subject="Lieferschein – bitte wieder mit Charge",
         body="""\
Guten Tag,

wir bestellen regelmäßig die Wurmkur-Paste für unseren Pensionsstall bei Ihnen (Kundennr. 44812). Da die Pferde bei uns als Lebensmittel liefernde Tiere geführt werden, müssen wir bei jeder Behandlung die Charge ins Bestandsbuch eintragen.

Bisher stand die Chargennummer immer auf dem Lieferschein, bei den letzten beiden Lieferungen leider nicht mehr, da mussten wir sie mühsam von jeder einzelnen Tube abschreiben. Könnten Sie Charge und Verfallsdatum wieder auf den Lieferschein drucken? Und wäre es möglich, dass eine Lieferung möglichst aus einer Charge kommt?

Ansonsten alles bestens, die Ware kommt immer flott.

Viele Grüße
Sabine Hollmann
Reitanlage Hollmann"""),

    dict(n=20, signals="-", priority="low", trap="question", qt=0, reply=0,
         frm="Miriam Sauer <miri.sauer@wolkenpost.example>",
         to="kundenservice@topfundpfanne.example",
         subject="Vor dem Kauf: Rückgabe",
         body="""\
Hallo,

ich liebäugle mit dem Schnellkochtopf "Dampfmeister 6 l" aus Ihrem Shop, bin aber unsicher, ob er auf meinem alten Induktionsfeld (Kochzone 18 cm) richtig funktioniert. Die drei Sicherheitsventile klingen jedenfalls überzeugend.

Deshalb vorab: Wenn er nicht passt, kann ich ihn innerhalb von 30 Tagen zurückschicken und bekomme den vollen Kaufpreis zurück, oder gibt es nur einen Gutschein? Wer zahlt die Rücksendung? Und zählt Auspacken und einmal Ausprobieren schon als "benutzt"?

Danke für eine kurze Antwort, dann bestelle ich.

Lieben Gruß
Miriam Sauer"""),

    dict(n=21, signals="-", priority="low", trap="webinar", qt=0, reply=0,
         frm="Verband kommunaler Versorger Nord <veranstaltungen@vkv-nord.example>",
         to="kontakt@netzleit-software.example",
         subject="Einladung: Blackout, Cyberangriff, Hochwasser – krisenfest im Netzbetrieb (Online-Seminar)",
         body="""\
Sehr geehrte Damen und Herren,

ein flächendeckender Stromausfall über 72 Stunden, ein Hackerangriff auf die Leitstelle, ein gesperrtes Wasserwerk nach Hochwasser – wie gut wäre Ihr Betrieb vorbereitet?

In unserem kostenfreien Online-Seminar am 21. Januar 2027, 10:00 bis 12:30 Uhr, berichten drei Stadtwerke aus der Praxis:

- Notstromkonzepte und Schwarzstartfähigkeit
- Was tun nach einem Ransomware-Befall? Erfahrungen aus einer echten Krise
- Kommunikation mit den Bürgern, wenn Telefon und Internet ausfallen

Anmeldung bis 14. Januar per Antwort an veranstaltungen@vkv-nord.example. Die Teilnahme ist für Mitgliedsunternehmen und deren Dienstleister kostenlos.

Mit freundlichen Grüßen
Ihr Veranstaltungsteam
Verband kommunaler Versorger Nord e. V."""),

    dict(n=22, signals="-", priority="low", trap="account", qt=1, reply=1,
         frm="Ulrich Brenner <ulrich.brenner@heidepost.example>",
         to="kundenservice@sehwerk-optik.example",
         subject="AW: Ihr Kundenkonto wurde gesperrt",
         body="""\
Hallo Frau Petersen,

vielen Dank, hat geklappt! Ich konnte mich eben anmelden und die Rechnung für die Krankenkasse herunterladen. Und bei der Gelegenheit: Die neue Gleitsichtbrille ist wirklich top, nach zwei Tagen Eingewöhnung sehe ich besser als je zuvor.

Schönes Wochenende!
Ulrich Brenner

Am 08.12.2026 um 10:14 schrieb Sehwerk Optik Kundenservice:
> Sehr geehrter Herr Brenner,
>
> Ihr Kundenkonto war nach mehreren fehlgeschlagenen Anmeldeversuchen automatisch gesperrt. Wir haben die Sperre soeben aufgehoben. Bitte vergeben Sie über "Passwort vergessen" ein neues Passwort.
>
> Mit freundlichen Grüßen
> Jana Petersen
>
>> Guten Tag, ich komme nicht mehr in mein Kundenkonto, da steht nur "Konto gesperrt". Ich brauche die Rechnung für meine Brille."""),

    dict(n=23, signals="safety,account", priority="critical", trap="stolen-phone", qt=0, reply=0,
         frm="Christoph Haller <c.haller@rheinmail.example>",
         to="service@aerolinea-nord.example",
         subject="Handy gestohlen – bitte App-Zugang sperren!",
         body="""\
Hallo,

mir wurde vor einer Stunde am Flughafen, direkt hinter der Sicherheitskontrolle am Gate B14, das Handy aus der Jackentasche gezogen. Auf dem Handy ist Ihre App, ich war eingeloggt, mit meinem Meilenkonto (Nr. 3319 0082 417), der gespeicherten Kreditkarte und den Bordkarten für den Rückflug.

Vom Laptop aus komme ich nicht in mein Konto, weil der Bestätigungscode natürlich aufs gestohlene Handy geht. Bitte melden Sie sofort alle Geräte ab und entfernen Sie die hinterlegte Karte, bevor jemand damit Flüge oder Upgrades bucht oder Meilen einlöst. Die Kreditkarte selbst lasse ich gerade bei der Bank sperren.

Erreichbar bin ich über diese Mailadresse oder über meine Frau, Sabine Haller (Nummer steht als Notfallkontakt im Profil).

Danke!
Christoph Haller"""),

    dict(n=24, signals="outage", priority="medium", trap="workaround", qt=0, reply=1,
         frm="Carina Wolff <c.wolff@rheinperle-flusskreuzfahrten.example>",
         to="support@bordmedia.example",
         subject="AW: Ticket #20931 – Mediathek-App auf Kabinen-TVs",
         body="""\
Hallo Herr Nowak,

anbei wie gewünscht die Infos: Betroffen sind alle 74 Kabinen-TVs auf der MS Rheinperle (Modell HT-43 Hospitality, Firmware 7.2.118). Seit dem Update vom Wochenende startet die Mediathek-App nicht mehr, der Bildschirm bleibt nach dem Logo schwarz und springt nach ca. 30 Sekunden zurück ins Bordmenü. Live-TV und das Streamen vom eigenen Handy funktionieren normal.

Beschwert haben sich bisher nur zwei Gäste, die meisten schauen eh auf dem Tablet. Also keine Eile – wenn das mit dem nächsten regulären Update behoben wird, reicht uns das völlig.

Viele Grüße
Carina Wolff
Hotel Manager, MS Rheinperle

> Sehr geehrte Frau Wolff,
>
> damit wir das Problem mit der Mediathek-App nachstellen können, teilen Sie uns bitte mit, welche Geräte betroffen sind (Modell, Firmware) und ob Live-TV weiterhin funktioniert.
>
> Mit freundlichen Grüßen
> Daniel Nowak
> Technischer Support, BordMedia"""),
]
